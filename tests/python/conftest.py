"""Shared fixtures: where the generated maps are, importing them, finding the tools.

``MODBUS_MAP_GENERATED`` names the directory ``cargo xtask gen`` wrote (its
``python/`` subdirectory holds the maps); it defaults to the repository's
``generated/``. The generator's own test fixtures (``codegen/tests/data``) are
written to ``target/modbus-map-fixtures/python`` by
``cargo test -p modbus-map-codegen --test fixture_snapshots``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED = Path(os.environ.get("MODBUS_MAP_GENERATED", REPO / "generated"))
GENERATED_PYTHON = GENERATED / "python"
# The Rust test writes beside its build, so follow CARGO_TARGET_DIR when it is set.
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
FIXTURE_PYTHON = (REPO / TARGET / "modbus-map-fixtures" / "python").resolve()
VECTORS = REPO / "tests" / "vectors" / "values.json"


def module_paths(directory: Path) -> list[Path]:
    """The generated modules in ``directory``, sorted (``__init__.py`` and the like excluded)."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob("*.py") if not p.name.startswith("_"))


def load_module(path: Path) -> ModuleType:
    """Imports a generated module from its file, under a name that cannot clash."""
    name = f"modbus_map_generated_{path.parent.name}_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    # A map imports the runtime module written beside it, as it would from an
    # application that puts the generated directory on its import path.
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        pytest.fail(f"cannot import {path}: Python found no loader for it")
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up in sys.modules while the class is built.
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def require_generated() -> list[Path]:
    paths = module_paths(GENERATED_PYTHON)
    if not paths:
        pytest.fail(
            f"no generated Python maps in {GENERATED_PYTHON}; run `cargo xtask gen` "
            "(or point MODBUS_MAP_GENERATED at a directory holding python/*.py)"
        )
    return paths


def require_fixture(name: str) -> ModuleType:
    path = FIXTURE_PYTHON / f"{name}.py"
    if not path.is_file():
        pytest.fail(
            f"{path} is missing; it is written by "
            "`cargo test -p modbus-map-codegen --test fixture_snapshots`, run that first"
        )
    return load_module(path)


def tool_passes(name: str, *args: str) -> None:
    """Runs the tool ``name`` (see ``tool``) from the repository and fails the test with its output unless it exits 0."""
    result = subprocess.run(
        [tool(name), *args], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{name} {args[0]} failed:\n{result.stdout}{result.stderr}"


def tool(name: str) -> str:
    """Path of a command-line tool: the one beside this interpreter (the venv) first, then PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"`{name}` is not installed: install tests/python/requirements.txt into the "
            "interpreter running pytest (`cargo xtask test --setup` builds target/venv)"
        )
    return found
