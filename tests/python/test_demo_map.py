"""The generator's own fixture device (codegen/tests/data/md_py_demo.ir.json),
which exercises every type, word and byte order, scale/offset, enumerations,
bit ranges, aliases, repeated blocks, two unit ids and all four tables.

Every expected value below was computed by hand from the Modbus encoding rules
(the comments show the arithmetic), not by running the code under test. The
last tests drive the generated ``read_all``/``read_register``/``write_register``
through a real pymodbus client against a real pymodbus TCP server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import math
import os
import socket
import subprocess
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from conftest import FIXTURE_PYTHON, REPO, require_fixture, tool


@pytest.fixture(scope="module")
def demo() -> ModuleType:
    return require_fixture("md_py_demo")


# (register, raw words, engineering value, word order override)
DECODE_VECTORS: list[tuple[str, list[int], Any, str | None]] = [
    ("status.temp_flow", [215], 21.5, None),  # 215 * 0.1
    ("status.temp_flow", [0xFFF6], -1.0, None),  # i16 -10 * 0.1
    ("status.energy", [0x2345, 0x0001], 0x12345, None),  # low word first: 74565
    ("status.energy", [0x0001, 0x2345], 0x12345, "high_first"),  # run-time override
    ("status.power", [0x449A, 0x5000], 1234.5, None),  # IEEE 754 0x449A5000
    ("status.mode", [255], 255, None),  # auto_mode
    ("status.errors", [0x0503], 0x0503, None),  # sensor_fault | pump_fault | stage 5
    # low_first bytes: "AB" -> 0x4241, "12" -> 0x3231, then NUL padding
    ("status.serial", [0x4241, 0x3231, 0, 0, 0], "AB12", None),
    ("status.total_hours", [0, 0x0100, 0, 5], (1 << 40) + 5, None),
    ("status.raw_blob", [1, 2], [1, 2], None),
    ("status.level", [200], 200, None),
    ("status.trim", [0x00FE], -2, None),  # zero-extended i8
    ("setpoints.target_temp", [120], 45.0, None),  # 120 * 0.5 - 15
    ("setpoints.max_power", [0x0001, 0x1170], 70000, None),  # 65536 + 4464
    ("setpoints.label", [0x6465, 0x6D6F], "demo", None),  # "de", "mo", high byte first
    ("setpoints.efficiency", [0x3FE0, 0, 0, 0], 0.5, None),  # IEEE 754 double 0.5
    ("hc2.room_temp", [0xFFC9], -5.5, None),  # i16 -55 * 0.1
    ("hc3.hc_mode", [1], 1, None),
    ("control.pump_on", [1], True, None),
    ("alarms.alarm", [0], False, None),
]


@pytest.mark.parametrize(("name", "words", "value", "order"), DECODE_VECTORS)
def test_decode_and_encode_hand_computed(
    demo: ModuleType, name: str, words: list[int], value: Any, order: str | None
) -> None:
    decoded = demo.decode(name, words, word_order=order)
    if isinstance(value, float):
        assert isinstance(decoded, float)
        assert math.isclose(decoded, value, rel_tol=1e-12), decoded
    else:
        assert decoded == value
        assert type(decoded) is not float
    if name == "setpoints.max_power":
        # Out of its spec range (0..10000): decoding reports what the device holds,
        # encoding refuses it.
        with pytest.raises(ValueError, match=r"setpoints.max_power: 70000 W is outside"):
            demo.encode(name, value)
        return
    assert demo.encode(name, value, word_order=order) == words


def test_enumerations_and_bits_are_typed(demo: ModuleType) -> None:
    mode = demo.decode("status.mode", [255])
    assert mode is demo.StatusMode.AutoMode
    # Unknown raw values are kept, as plain ints.
    unknown = demo.decode("status.mode", [7])
    assert unknown == 7 and not isinstance(unknown, demo.StatusMode)
    # The alias shares its target's enumeration class.
    assert demo.REGISTERS["status.mode_copy"].enum is demo.StatusMode
    assert demo.decode("status.mode_copy", [1]) is demo.StatusMode.Heat
    # Repeated blocks share one class.
    assert demo.REGISTERS["hc1.hc_mode"].enum is demo.REGISTERS["hc3.hc_mode"].enum
    # Encoding accepts the member, the spec name and the member name.
    assert demo.encode("status.mode", demo.StatusMode.Cool) == [2]
    assert demo.encode("status.mode", "auto_mode") == [255]
    assert demo.encode("status.mode", "Heat") == [1]

    errors = demo.decode("status.errors", [0x0503])
    assert isinstance(errors, demo.StatusErrors)
    assert demo.StatusErrors.SENSOR_FAULT in errors
    assert demo.StatusErrors.PUMP_FAULT in errors
    assert demo.field(errors, demo.StatusErrors.STAGE) == 5
    assert demo.StatusErrors.STAGE == 0x0700
    assert demo.with_field(0, demo.StatusErrors.STAGE, 3) == 0x0300
    with pytest.raises(ValueError, match="does not fit the bit range 0x700"):
        demo.with_field(0, demo.StatusErrors.STAGE, 8)


def test_register_facts(demo: ModuleType) -> None:
    reg = demo.REGISTERS["hc2.room_temp"]
    assert (reg.unit_id, reg.table, reg.address, reg.width) == (1, "holding", 1100, 1)
    assert (reg.block, reg.instance, reg.data_type, reg.unit) == ("hc", "hc2", "i16", "°C")
    assert reg.scale == 0.1 and reg.offset == 0.0
    target = demo.REGISTERS["setpoints.target_temp"]
    assert (target.min, target.max, target.default, target.since) == (10.0, 60.0, 45.0, "2.0")
    assert demo.REGISTERS["setpoints.max_power"].safety is True
    assert demo.REGISTERS["status.mode"].aliases == ("status.mode_copy",)
    assert demo.REGISTERS["status.serial"].byte_order == "low_first"
    assert demo.REGISTERS["control.pump_on"].table == "coil"
    assert demo.WORD_ORDER_COIL == "control.word_order_high"
    assert demo.VENDOR == "Example | Co & Sons"
    with pytest.raises(AttributeError):
        reg.address = 5  # frozen


def test_bad_input_is_refused_with_clear_messages(demo: ModuleType) -> None:
    with pytest.raises(KeyError, match="did you mean 'status.temp_flow'"):
        demo.decode("status.temp_flw", [0])
    with pytest.raises(ValueError, match=r"status.energy: expected 2 register\(s\), got 1"):
        demo.decode("status.energy", [1])
    with pytest.raises(ValueError, match=r"register 0 is 70000, not a 16-bit value"):
        demo.decode("status.temp_flow", [70000])
    with pytest.raises(ValueError, match="does not fit u8"):
        demo.decode("status.level", [0x0100])
    with pytest.raises(ValueError, match="does not fit i8"):
        demo.decode("status.trim", [0x0180])
    assert demo.decode("status.trim", [0xFFFE]) == -2  # sign-extended i8 is accepted too
    with pytest.raises(ValueError, match="word_order must be"):
        demo.decode("status.energy", [0, 1], word_order="middle")
    with pytest.raises(ValueError, match="not UTF-8"):
        demo.decode("setpoints.label", [0xFFFF, 0])

    with pytest.raises(ValueError, match=r"target_temp: 61 °C is outside its range 10..60 °C"):
        demo.encode("setpoints.target_temp", 61)
    with pytest.raises(ValueError, match=r"3 is not one of its values: 0 \(off\)"):
        demo.encode("status.mode", 3)
    with pytest.raises(ValueError, match="'warm' is not one of its values"):
        demo.encode("status.mode", "warm")
    with pytest.raises(ValueError, match="holds at most 4"):
        demo.encode("setpoints.label", "demos")
    with pytest.raises(ValueError, match="u8 cannot hold"):
        demo.encode("status.level", 256)
    with pytest.raises(TypeError, match="expects a number"):
        demo.encode("status.level", [1])
    with pytest.raises(TypeError, match="expects True or False"):
        demo.encode("control.pump_on", 2)
    with pytest.raises(TypeError, match="expects a str"):
        demo.encode("setpoints.label", 5)
    with pytest.raises(ValueError, match="does not fit f32"):
        demo.encode("status.power", 1e300)
    with pytest.raises(ValueError, match="does not fit 16 bits"):
        demo.encode("status.errors", 0x10000)


def test_scaled_encoding_rounds_half_away_from_zero(demo: ModuleType) -> None:
    # (45.25 + 15) / 0.5 = 120.5 -> 121; (10.25 + 15) / 0.5 = 50.5 -> 51
    assert demo.encode("setpoints.target_temp", 45.25) == [121]
    assert demo.encode("setpoints.target_temp", 10.25) == [51]
    # -0.05 / 0.1 = -0.5 -> -1 -> 0xFFFF
    assert demo.encode("hc1.room_temp", -0.05) == [0xFFFF]


def test_fixture_module_passes_ruff_and_mypy(demo: ModuleType) -> None:
    path = FIXTURE_PYTHON / "md_py_demo.py"
    runtime = FIXTURE_PYTHON / "_modbus_map_runtime.py"
    ruff = subprocess.run(
        [tool("ruff"), "check", "--no-cache", str(path), str(runtime)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, f"ruff check failed:\n{ruff.stdout}{ruff.stderr}"
    formatted = subprocess.run(
        [tool("ruff"), "format", "--no-cache", "--check", str(path), str(runtime)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert formatted.returncode == 0, f"ruff format --check failed:\n{formatted.stdout}"
    mypy = subprocess.run(
        [tool("mypy"), "--strict", "--cache-dir", str(REPO / "target" / "mypy-cache"), str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, f"mypy --strict failed:\n{mypy.stdout}{mypy.stderr}"


def test_pymodbus_client_fits_the_client_protocol(tmp_path: Any) -> None:
    """A real pymodbus client type-checks against the generated ``ModbusClient`` protocol."""
    usage = tmp_path / "usage.py"
    usage.write_text(
        "from pymodbus.client import ModbusTcpClient\n"
        "import md_py_demo\n\n"
        "client = ModbusTcpClient('127.0.0.1')\n"
        "values: dict[str, md_py_demo.Value] = md_py_demo.read_all(client)\n"
        "one: md_py_demo.Value = md_py_demo.read_register(client, 'status.temp_flow')\n"
        "md_py_demo.write_register(client, 'setpoints.target_temp', 45.0)\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            tool("mypy"),
            "--strict",
            "--cache-dir",
            str(REPO / "target" / "mypy-cache"),
            str(usage),
        ],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(FIXTURE_PYTHON)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"mypy --strict failed:\n{result.stdout}{result.stderr}"


# What the server holds, as raw words (bits for coil/discrete), per unit id and table.
SERVER_INPUT_100 = [
    215,  # 100 temp_flow 21.5
    0,  # 101 unmapped, bridged by the plan (max_gap 2)
    0x2345, 0x0001,  # 102 energy, low word first: 74565
    0x449A, 0x5000,  # 104 power 1234.5
    255,  # 106 mode auto_mode
    0x0503,  # 107 errors
    0x4241, 0x3231, 0, 0, 0,  # 108 serial "AB12" (low byte first)
    0, 0x0100, 0, 5,  # 113 total_hours 2**40 + 5
    1, 2,  # 117 raw_blob
    200,  # 119 level
    0xFFFE,  # 120 trim -2
    1,  # 121 mode_copy heat
]  # fmt: skip
SERVER_HOLDING_200 = [120, 0, 5000, 0x6465, 0x6D6F, 0x3FE0, 0, 0, 0]
SERVER_HC = {1000: [0xFFC9, 1], 1100: [200, 0], 1200: [0, 7]}

EXPECTED_READ_ALL: dict[str, Any] = {
    "status.temp_flow": 21.5,
    "status.energy": 74565,
    "status.power": 1234.5,
    "status.mode": 255,
    "status.errors": 0x0503,
    "status.serial": "AB12",
    "status.total_hours": (1 << 40) + 5,
    "status.raw_blob": [1, 2],
    "status.level": 200,
    "status.trim": -2,
    "status.mode_copy": 1,
    "setpoints.target_temp": 45.0,
    "setpoints.max_power": 5000,
    "setpoints.label": "demo",
    "setpoints.efficiency": 0.5,
    "hc1.room_temp": -5.5,
    "hc1.hc_mode": 1,
    "hc2.room_temp": 20.0,
    "hc2.hc_mode": 0,
    "hc3.room_temp": 0.0,
    "hc3.hc_mode": 7,
    "control.pump_on": True,
    "control.word_order_high": False,
    "alarms.alarm": True,
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def server() -> Iterator[int]:
    """A pymodbus TCP server on 127.0.0.1 holding the values above; yields its port."""
    try:
        from pymodbus import simulator
        from pymodbus.server import ModbusTcpServer
    except ImportError as error:
        pytest.fail(f"pymodbus is not installed ({error}); install tests/python/requirements.txt")

    sim_data, data_type = simulator.SimData, simulator.DataType
    unit1 = simulator.SimDevice(
        id=1,
        simdata=(
            [sim_data(0, values=[False], datatype=data_type.BITS)],
            [sim_data(0, values=[False], datatype=data_type.BITS)],
            [sim_data(200, values=SERVER_HOLDING_200, datatype=data_type.REGISTERS)]
            + [
                sim_data(base, values=words, datatype=data_type.REGISTERS)
                for base, words in SERVER_HC.items()
            ],
            [sim_data(100, values=SERVER_INPUT_100, datatype=data_type.REGISTERS)],
        ),
    )
    unit2 = simulator.SimDevice(
        id=2,
        simdata=(
            [sim_data(0, values=[True, False], datatype=data_type.BITS)],
            [sim_data(10, values=[True], datatype=data_type.BITS)],
            [sim_data(0, values=[0], datatype=data_type.REGISTERS)],
            [sim_data(0, values=[0], datatype=data_type.REGISTERS)],
        ),
    )
    port = _free_port()
    loop = asyncio.new_event_loop()
    listening = threading.Event()
    holder: dict[str, Any] = {}

    async def serve() -> None:
        tcp = ModbusTcpServer([unit1, unit2], address=("127.0.0.1", port))
        holder["server"] = tcp
        await tcp.serve_forever(background=True)
        listening.set()
        await tcp.serving

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    if not listening.wait(timeout=10):
        pytest.fail(f"the pymodbus server did not start listening on 127.0.0.1:{port} within 10 s")
    try:
        yield port
    finally:
        asyncio.run_coroutine_threadsafe(holder["server"].shutdown(), loop).result(timeout=10)
        thread.join(timeout=10)
        loop.close()


def _client(port: int) -> Any:
    from pymodbus.client import ModbusTcpClient

    client: Any = ModbusTcpClient("127.0.0.1", port=port, timeout=5, retries=0)
    if not client.connect():
        pytest.fail(f"cannot connect to the pymodbus server on 127.0.0.1:{port}")
    return client


def test_read_all_over_tcp(demo: ModuleType, server: int) -> None:
    client = _client(server)
    try:
        values = demo.read_all(client)
    finally:
        client.close()
    assert set(values) == set(EXPECTED_READ_ALL)
    for name, expected in EXPECTED_READ_ALL.items():
        got = values[name]
        if isinstance(expected, float):
            assert math.isclose(got, expected, rel_tol=1e-12), f"{name}: {got!r}"
        else:
            assert got == expected, f"{name}: {got!r} != {expected!r}"
    assert values["status.mode"] is demo.StatusMode.AutoMode
    assert values["hc3.hc_mode"] == 7


def test_read_all_leaves_out_registers_newer_than_the_firmware(
    demo: ModuleType, server: int
) -> None:
    newer = {n for n, r in demo.REGISTERS.items() if r.readable and not demo.supported(n, "1.9")}
    assert "status.mode" in newer, "the demo map must have a register newer than 1.9"
    client = _client(server)
    try:
        old = demo.read_all(client, firmware="1.9")
        current = demo.read_all(client, firmware="2.1")
    finally:
        client.close()
    assert set(old) == set(EXPECTED_READ_ALL) - newer
    assert set(current) == set(EXPECTED_READ_ALL)
    for name in old:
        assert old[name] == current[name], name


def test_read_and_write_registers_over_tcp(demo: ModuleType, server: int) -> None:
    client = _client(server)
    try:
        assert demo.read_register(client, "status.energy") == 74565
        assert demo.read_register(client, "status.energy", word_order="high_first") == 0x23450001
        assert demo.read_register(client, "alarms.alarm") is True

        # Coil control.word_order_high (unit 2, address 1) holds False.
        assert demo.detect_word_order(client) == "low_first"

        # (50 + 15) / 0.5 = 130
        demo.write_register(client, "setpoints.target_temp", 50.0)
        assert list(client.read_holding_registers(200, count=1, device_id=1).registers) == [130]
        assert demo.read_register(client, "setpoints.target_temp") == 50.0

        with pytest.raises(ValueError, match="safety relevant; pass allow_safety=True"):
            demo.write_register(client, "setpoints.max_power", 6000)
        demo.write_register(client, "setpoints.max_power", 6000, allow_safety=True)
        assert list(client.read_holding_registers(201, count=2, device_id=1).registers) == [0, 6000]

        demo.write_register(client, "setpoints.label", "ab")  # "ab" + NUL padding
        assert list(client.read_holding_registers(203, count=2, device_id=1).registers) == [
            0x6162,
            0,
        ]

        demo.write_register(client, "control.pump_on", False)
        assert client.read_coils(0, count=1, device_id=2).bits[0] is False

        with pytest.raises(ValueError, match="status.temp_flow is read-only"):
            demo.write_register(client, "status.temp_flow", 1.0)
        with pytest.raises(ValueError, match="outside its range"):
            demo.write_register(client, "setpoints.target_temp", 99)
        # status.mode exists since 2.0; refused locally for older firmware.
        assert demo.supported("status.mode", "2.0") and not demo.supported("status.mode", "1.9.9")
        assert demo.read_register(client, "status.mode", firmware="2.1") == 255
        with pytest.raises(
            ValueError, match="status.mode needs firmware 2.0 or newer; the device runs 1.9"
        ):
            demo.read_register(client, "status.mode", firmware="1.9")
        with pytest.raises(ValueError, match="setpoints.target_temp needs firmware 2.0"):
            demo.write_register(client, "setpoints.target_temp", 40.0, firmware="1")
        with pytest.raises(ValueError, match="firmware 'v2' is not a version"):
            demo.read_register(client, "status.mode", firmware="v2")
        # Unit 9 does not exist: the server answers with an exception.
        with pytest.raises(demo.ModbusError, match="from unit 9 failed"):
            demo.read_register(client, "status.temp_flow", unit_id=9)
    finally:
        client.close()
