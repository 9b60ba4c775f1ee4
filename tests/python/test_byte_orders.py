"""The shared byte-order vectors (``byte_orders`` in tests/vectors/values.json, also
read by core/tests/byte_orders.rs and sim/tests/byte_orders.rs) through the generated
Python runtime: every numeric type in every word and byte order decodes from its
words and encodes back to them; the words-apart and converting-alias vectors too.
"""

from __future__ import annotations

import json
import math
from types import ModuleType
from typing import Any

import pytest
from conftest import GENERATED_PYTHON, VECTORS, load_module


def byte_order_vectors() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))["byte_orders"]
    return rows


VECTOR_ROWS = byte_order_vectors()


@pytest.fixture(scope="module")
def runtime() -> ModuleType:
    path = GENERATED_PYTHON / "_modbus_map_runtime.py"
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `cargo xtask gen`")
    return load_module(path)


def one_register_map(runtime: ModuleType, vector: dict[str, Any], device_order: str) -> Any:
    """A map of one holding register with the vector's type and orders, the way a
    generated module writes it (``None``: the device's word order)."""
    word_order = None if vector["word_order"] == "high_first" else vector["word_order"]
    byte_order = None if vector["byte_order"] == "high_first" else vector["byte_order"]
    width = len(vector["words"])
    row = runtime.Row(
        "value", 0, vector["type"], "rw", width=width, word_order=word_order, byte_order=byte_order
    )
    return runtime.DeviceMap(
        "orders",
        unit_id=1,
        word_order="high_first",
        byte_order=device_order,
        word_order_coil=None,
        blocks=[runtime.Block("orders", "holding", 1, 0, (row,))],
        read_plan=[],
    )


@pytest.mark.parametrize(
    "vector", VECTOR_ROWS, ids=[f"{v['type']}-{v['layout']}" for v in VECTOR_ROWS]
)
def test_vector_decodes_and_encodes(runtime: ModuleType, vector: dict[str, Any]) -> None:
    device = one_register_map(runtime, vector, "high_first")
    assert device.register("orders.value").byte_order == vector["byte_order"]
    assert device.decode("orders.value", vector["words"]) == vector["value"]
    assert device.encode("orders.value", vector["value"]) == vector["words"]


def test_every_type_has_every_order() -> None:
    layouts: dict[str, set[str]] = {}
    for v in VECTOR_ROWS:
        layouts.setdefault(v["type"], set()).add(v["layout"])
    assert {t: len(s) for t, s in layouts.items()} == {
        "u16": 2,
        "i16": 2,
        "u32": 4,
        "i32": 4,
        "f32": 4,
        "u64": 4,
        "i64": 4,
        "f64": 4,
    }


def test_a_devices_string_byte_order_leaves_its_numbers_alone(runtime: ModuleType) -> None:
    # ASKOHEAT+ packs strings low byte first and sends numbers high byte first.
    vector = next(v for v in VECTOR_ROWS if v["type"] == "u32" and v["layout"] == "ABCD")
    device = one_register_map(runtime, vector, "low_first")
    assert device.register("orders.value").byte_order == "high_first"
    assert device.decode("orders.value", [0x1234, 0x5678]) == 0x12345678


def words_apart_vectors() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))["words_apart"]
    return rows


WORDS_APART = words_apart_vectors()


@pytest.mark.parametrize(
    "vector", WORDS_APART, ids=[f"{v['type']}-{v['byte_order']}" for v in WORDS_APART]
)
def test_words_apart_decode_and_encode(runtime: ModuleType, vector: dict[str, Any]) -> None:
    """``words_apart`` (also read by core/tests/high_words.rs): a register whose high
    word lies at ``high_word_at``, written the way a generated module writes it."""
    byte_order = None if vector["byte_order"] == "high_first" else vector["byte_order"]
    row = runtime.Row(
        "value",
        vector["address"],
        vector["type"],
        "r",
        width=2,
        high_word_at=vector["high_word_at"],
        word_order="low_first",
        byte_order=byte_order,
    )
    device = runtime.DeviceMap(
        "apart",
        unit_id=1,
        word_order="high_first",
        byte_order="high_first",
        word_order_coil=None,
        blocks=[runtime.Block("apart", "holding", 1, 0, (row,))],
        read_plan=[],
    )
    reg = device.register("apart.value")
    assert (reg.address, reg.high_word, reg.end) == (
        vector["address"],
        vector["high_word_at"],
        vector["address"] + 1,
    )
    words = [vector["low"], vector["high"]]
    assert device.decode("apart.value", words) == vector["value"]
    # The words' places are fixed: a word order override changes nothing.
    assert device.decode("apart.value", words, word_order="high_first") == vector["value"]
    assert device.encode("apart.value", vector["value"]) == words
    assert len(WORDS_APART) >= 6


def alias_vectors() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))["aliases"]
    return rows


ALIASES = alias_vectors()


def alias_map(runtime: ModuleType, case: dict[str, Any]) -> Any:
    """The case's target at 0 and its converting alias at 8, written the way a generated
    module writes them (keys left out take the Row defaults)."""

    def row(name: str, address: int, d: dict[str, Any], alias_of: str | None) -> Any:
        width = {"u16": 1, "i16": 1, "u32": 2, "i32": 2, "f32": 2, "u64": 4, "i64": 4, "f64": 4}
        word_order = d.get("word_order", "high_first")
        byte_order = d.get("byte_order", "high_first")
        return runtime.Row(
            name,
            address,
            d["type"],
            "rw",
            width=width[d["type"]],
            scale=float(d.get("scale", 1.0)),
            offset=float(d.get("offset", 0.0)),
            word_order=None if word_order == "high_first" else word_order,
            byte_order=None if byte_order == "high_first" else byte_order,
            sentinels=tuple(d.get("sentinel", ())),
            min=d.get("min"),
            max=d.get("max"),
            alias_of=alias_of,
        )

    rows = (row("target", 0, case["target"], None), row("alias", 8, case["alias"], "target"))
    return runtime.DeviceMap(
        "v",
        unit_id=1,
        word_order="high_first",
        byte_order="high_first",
        word_order_coil=None,
        blocks=[runtime.Block("v", "holding", 1, 0, rows)],
        read_plan=[],
    )


def engineering(value: Any) -> Any:
    return float("nan") if value == "nan" else value


def same(data_type: str, got: Any, want: Any) -> bool:
    """The precision rule of the Rust codec (``codec::same_number``): an f32 to 2^-23 of
    the value's size, anything else to 1e-9; ``None`` and NaN only equal themselves."""
    if got is None or want is None:
        return got is want
    if isinstance(want, float) and math.isnan(want):
        return isinstance(got, float) and math.isnan(got)
    relative = 2.0**-23 if data_type == "f32" else 1e-9
    return bool(got == want or abs(got - want) <= relative * max(abs(want), 1.0))


@pytest.mark.parametrize("case", ALIASES, ids=[c["name"] for c in ALIASES])
def test_converting_alias_vector(runtime: ModuleType, case: dict[str, Any]) -> None:
    """``aliases`` (also read by core/tests/aliases.rs and sim/tests/aliases.rs): the
    Python map decodes each register on its own, so the target's words and the alias's
    words must give the one engineering value, and each side encodes it back to its
    words; a crossing the server refuses is a value the other side cannot hold."""
    device = alias_map(runtime, case)
    target, alias = case["target"]["type"], case["alias"]["type"]
    assert device.register("v.alias").alias_of == "v.target"
    value = engineering(case["value"])
    alias_value = engineering(case.get("alias_value", case["value"]))
    if "target_words" in case:
        got = device.decode("v.target", case["target_words"])
        assert same(target, got, value), (got, value)
        if not (isinstance(value, float) and math.isnan(value)):
            assert device.encode("v.target", value) == case["target_words"]
    if "alias_words" in case:
        want = value if "write" in case else alias_value
        got = device.decode("v.alias", case["alias_words"])
        assert same(alias, got, want), (got, want)
        assert device.encode("v.alias", want) == case["alias_words"]
    if case.get("read") == 4:
        # The alias cannot hold the target's value: its encode refuses it too.
        with pytest.raises(ValueError):
            device.encode("v.alias", value)
    if case.get("write") == 3:
        # The target cannot hold the alias's value exactly: refused, or only rounded.
        try:
            words = device.encode("v.target", value)
        except ValueError:
            pass
        else:
            assert not same(target, device.decode("v.target", words), value), words
    if case.get("read") == "ok" and case.get("write") == "ok":
        assert same(target, value, alias_value)


def test_every_alias_crossing_is_covered() -> None:
    reads = {c.get("read") for c in ALIASES}
    writes = {c.get("write") for c in ALIASES}
    assert {"ok", 4} <= reads and {"ok", 3} <= writes, (reads, writes)
    assert len(ALIASES) >= 20
