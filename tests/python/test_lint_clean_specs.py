"""The generated Python of every lint-clean spec outside specs/ (the feature tour and
the fixtures listed in tests/fixtures/lint_clean_specs.txt) imports, passes ruff and
mypy --strict, and decodes the enumeration names the generators must escape.

``cargo test -p modbus-map-codegen --test fixture_snapshots`` writes the modules to
``target/modbus-map-fixtures/lint_clean_python``; their Rust is compiled by tests/client.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, TARGET, load_module, module_paths, tool_passes

# Not named `python`: load_module keys modules by directory name, and generated/python has one too.
SPECS_PYTHON = (REPO / TARGET / "modbus-map-fixtures" / "lint_clean_python").resolve()


def require_modules() -> list[Path]:
    paths = module_paths(SPECS_PYTHON)
    if not any(p.stem == "feature_tour" for p in paths):
        pytest.fail(
            f"{SPECS_PYTHON} holds no feature_tour.py; it is written by "
            "`cargo test -p modbus-map-codegen --test fixture_snapshots`, run that first"
        )
    return paths


def test_every_module_imports() -> None:
    for path in require_modules():
        module = load_module(path)
        assert module.REGISTERS, f"{path.name} has no registers"


def test_ruff_and_mypy_strict_pass() -> None:
    paths = [str(p) for p in require_modules()]
    tool_passes("ruff", "check", "--no-cache", *paths, str(SPECS_PYTHON / "_modbus_map_runtime.py"))
    tool_passes("mypy", "--strict", "--cache-dir", str(REPO / "target" / "mypy-cache"), *paths)


def test_shared_and_escaped_enumeration_names() -> None:
    tour = load_module(SPECS_PYTHON / "feature_tour.py")
    mode = tour.SettingsBatteryMode
    assert [m.name for m in mode] == [
        "Unknown",
        "Storung",
        "SelfConsumption",
        "DT",
        "T",
        "WenDu",
        "Self",
        "None_",
        "Name",
    ]
    # Raw 2, 3 and 4 share "self-consumption": each decodes to the one member,
    # which encodes to the lowest; every listed raw value is accepted.
    for raw in (2, 3, 4):
        assert tour.decode("settings.battery_mode", [raw]) is mode.SelfConsumption
        assert tour.encode("settings.battery_mode", raw) == [raw]
    assert tour.encode("settings.battery_mode", "self-consumption") == [2]
    assert tour.encode("settings.battery_mode", mode.SelfConsumption) == [2]
    assert tour.decode("settings.battery_mode", [11]) == 11
    with pytest.raises(ValueError, match="not one of its values"):
        tour.encode("settings.battery_mode", 11)
    values = tour.REGISTERS["settings.battery_mode"].values
    assert [raw for raw, name in values if name == "self-consumption"] == [2, 3, 4]
    assert dict(values)[7] == "温度"


def test_spec_examples_hold_in_every_map() -> None:
    """The spec's ``examples`` (checked by ``lint`` and the generated Rust test) hold in
    the Python codec too; generated/ (the seed specs and the Eastron meter) and the
    fixtures together carry examples of every kind the tour spec has."""
    from conftest import GENERATED_PYTHON

    checked = 0
    for path in [*require_modules(), *module_paths(GENERATED_PYTHON)]:
        module = load_module(path)
        assert module.check_examples() == [], path.name
        checked += sum(len(reg.examples) for reg in module.REGISTERS.values())
    tour = load_module(SPECS_PYTHON / "feature_tour.py")
    kinds = {type(value) for reg in tour.REGISTERS.values() for _, value in reg.examples}
    assert kinds == {bool, int, float, str}, kinds
    assert checked >= 10, f"only {checked} examples were checked"


def test_a_wrong_example_is_reported() -> None:
    import dataclasses

    tour = load_module(SPECS_PYTHON / "feature_tour.py")
    temp = tour.REGISTERS["short_data.temp1"]
    # 0x00FA is 250, 25.0 at scale 0.1; a vendor's typo says 26.0.
    tour.REGISTERS["short_data.temp1"] = dataclasses.replace(temp, examples=(((0x00FA,), 26.0),))
    try:
        problems = tour.check_examples()
    finally:
        tour.REGISTERS["short_data.temp1"] = temp
    assert problems == ["short_data.temp1: example ['0x00FA'] = 26.0: its words decode to 25.0"], problems
