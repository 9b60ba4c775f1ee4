"""The generated Python maps (``generated/python``): they import, they are
consistent with themselves, they agree with the shared hand-computed vectors
(the same file the Rust client tests read), and they pass ruff and mypy --strict.
"""

from __future__ import annotations

import json
import math
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import (
    GENERATED_PYTHON,
    REPO,
    VECTORS,
    load_module,
    module_paths,
    require_generated,
    tool,
)

TABLE_ORDER = {"coil": 0, "discrete": 1, "input": 2, "holding": 3}
PROTOCOL_READ_LIMIT = {"coil": 2000, "discrete": 2000, "input": 125, "holding": 125}

PATHS = module_paths(GENERATED_PYTHON)


def generated(device: str) -> ModuleType:
    path = GENERATED_PYTHON / f"{device}.py"
    if not path.is_file():
        pytest.fail(
            f"tests/vectors/values.json has vectors for {device!r} but {path} does not exist; "
            "run `cargo xtask gen` or fix the vector's device name"
        )
    return load_module(path)


def with_runtime(paths: list[Path]) -> list[Path]:
    """The device modules and every other file the generator wrote beside them (the runtime)."""
    return sorted({*paths, *GENERATED_PYTHON.glob("_*.py")})


def load_vectors() -> list[dict[str, Any]]:
    if not VECTORS.is_file():
        return []
    rows: list[dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))["vectors"]
    return rows


VECTOR_ROWS = load_vectors()


def test_generated_maps_exist() -> None:
    paths = require_generated()
    assert all(p.suffix == ".py" for p in paths)


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_module_is_consistent(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# @generated from "), f"{path}: the do-not-edit header is missing"
    module = load_module(path)
    registers = module.REGISTERS
    assert registers, f"{path}: REGISTERS is empty"
    assert module.DEVICE == path.stem
    assert module.__doc__ and "Usage::" in module.__doc__

    keys = list(registers)
    for key, reg in registers.items():
        assert reg.qualified_name == key
        assert reg.width >= 1
        assert reg.end <= 65536, f"{key} runs past address 65535"
        if reg.alias_of is not None:
            assert reg.alias_of in registers, f"{key} aliases unknown {reg.alias_of}"
            assert key in registers[reg.alias_of].aliases
        if reg.values:
            assert reg.enum is not None, f"{key} has values but no IntEnum"
            assert {int(m) for m in reg.enum} == {raw for raw, _ in reg.values}
        elif reg.bits:
            assert reg.flags is not None, f"{key} has bits but no IntFlag"
    order = sorted(
        keys,
        key=lambda k: (
            registers[k].unit_id,
            TABLE_ORDER[registers[k].table],
            registers[k].address,
            k,
        ),
    )
    assert keys == order, "REGISTERS is not sorted by (unit id, table, address, name)"

    # READ_PLAN reads every readable register exactly once, within the limits.
    planned: list[str] = []
    for request in module.READ_PLAN:
        limit = min(module.READ_LIMIT, PROTOCOL_READ_LIMIT[request.table])
        assert 1 <= request.quantity <= limit, f"{request} asks for more than {limit} items"
        if module.VALUES_PER_READ is not None:
            assert len(request.names) <= module.VALUES_PER_READ
        for name in request.names:
            reg = registers[name]
            assert reg.readable
            assert (reg.unit_id, reg.table) == (request.unit_id, request.table)
            assert request.address <= reg.address
            assert reg.end <= request.address + request.quantity
        planned.extend(request.names)
    readable = sorted(k for k, r in registers.items() if r.readable)
    assert sorted(planned) == readable


@pytest.mark.parametrize(
    "row",
    VECTOR_ROWS,
    ids=[f"{r['device']}:{r['register']}:{r.get('word_order', '')}" for r in VECTOR_ROWS],
)
def test_vector(row: dict[str, Any]) -> None:
    module = generated(row["device"])
    name: str = row["register"]
    words: list[int] = row["registers"]
    expected = row["value"]
    word_order = row.get("word_order")
    factor = row.get("factor")

    if row.get("implausible"):
        # Refused with the value read, not passed on; writing it is still a matter of min/max.
        with pytest.raises(module.ImplausibleValueError) as refused:
            module.decode(name, words, word_order=word_order, factor=factor)
        assert refused.value.register == name
        assert math.isclose(refused.value.value, expected, rel_tol=1e-9), refused.value
        assert module.encode(name, expected, word_order=word_order, factor=factor) == words
        return
    decoded = module.decode(name, words, word_order=word_order, factor=factor)
    if isinstance(expected, bool):
        assert decoded is expected, f"{name}: decoded {decoded!r}, expected {expected!r}"
    elif isinstance(expected, float):
        assert isinstance(decoded, float), f"{name}: decoded {decoded!r}, expected a float"
        assert math.isclose(decoded, expected, rel_tol=1e-9, abs_tol=1e-12), (
            f"{name}: decoded {decoded!r}, expected {expected!r}"
        )
    else:
        assert decoded == expected, f"{name}: decoded {decoded!r}, expected {expected!r}"

    encoded = module.encode(name, expected, word_order=word_order, factor=factor)
    assert encoded == words, f"{name}: encoded {expected!r} as {encoded}, expected {words}"


def test_sentinels_are_not_available_and_never_written_by_accident() -> None:
    sunspec = generated("sunspec_demo")
    # sentinels: sunspec gives W (an i16) SunSpec's not-implemented 0x8000.
    assert sunspec.register("inverter.W").sentinels == (0x8000,)
    assert sunspec.register("inverter.ID").sentinels == (), "sentinel: none opts out"
    # -32768 W at factor 0 is raw 0x8000: written, it would read back as not available.
    with pytest.raises(ValueError, match="not available"):
        sunspec.encode("inverter.W", -32768, factor=0)
    assert sunspec.encode("inverter.W", None, factor=0) == [0x8000]
    assert sunspec.decode("inverter.W", [0x8000], factor=0) is None
    # An enumeration's sentinel is not available, not an unknown raw value.
    assert sunspec.decode("inverter.St", [0xFFFF]) is None
    with pytest.raises(ValueError, match="no sentinel"):
        sunspec.encode("inverter.ID", None)


def test_vectors_cover_every_generated_device() -> None:
    paths = require_generated()
    if not VECTOR_ROWS:
        pytest.fail(f"{VECTORS} is missing or holds no vectors")
    covered = {row["device"] for row in VECTOR_ROWS}
    missing = sorted(p.stem for p in paths if p.stem not in covered)
    assert not missing, f"no vectors in {VECTORS} for {missing}"


def test_ruff_passes() -> None:
    paths = require_generated()
    result = subprocess.run(
        [tool("ruff"), "check", "--no-cache", *map(str, with_runtime(paths))],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"ruff check failed:\n{result.stdout}{result.stderr}"


def test_ruff_format_leaves_them_unchanged() -> None:
    """The generator writes what ruff format would: readable, and no churn if someone formats."""
    paths = require_generated()
    result = subprocess.run(
        [tool("ruff"), "format", "--no-cache", "--check", *map(str, with_runtime(paths))],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"ruff format --check failed:\n{result.stdout}{result.stderr}"


def test_mypy_strict_passes() -> None:
    paths = require_generated()
    result = subprocess.run(
        [
            tool("mypy"),
            "--strict",
            "--cache-dir",
            str(REPO / "target" / "mypy-cache"),
            *map(str, paths),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"mypy --strict failed:\n{result.stdout}{result.stderr}"
