"""pymodbus against the modbus-map simulator, through the generated Python maps.

Driven by ``cargo test -p modbus-map-sim --test pymodbus``, which generates the maps,
starts one simulator per spec on 127.0.0.1 and passes:

- ``MODBUS_MAP_INTEROP_MAPS``: directory with ``<device>.py`` generated maps;
- ``MODBUS_MAP_INTEROP_SERVERS``: ``device=host:port`` pairs, comma separated
  (``rules``, ``write_functions``, ``sentinels``, ``high_words`` and ``aliases`` are
  sim/tests/fixtures/rules.yaml, write_functions.yaml, sentinels.yaml,
  high_words.yaml and aliases.yaml, ``sunspec_demo`` specs/sunspec_demo.yaml,
  ``eastron_sdm630`` specs/eastron_sdm630.yaml, the others are the seed specs).
"""

from __future__ import annotations

import importlib.util
import math
import os
import socket
import struct
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pymodbus.client import ModbusTcpClient


def _servers() -> dict[str, tuple[str, int]]:
    text = os.environ.get("MODBUS_MAP_INTEROP_SERVERS")
    if not text:
        pytest.fail(
            "MODBUS_MAP_INTEROP_SERVERS is not set: run these tests through "
            "`cargo test -p modbus-map-sim --test pymodbus`, which starts the simulators"
        )
    servers = {}
    for pair in text.split(","):
        name, _, addr = pair.partition("=")
        host, _, port = addr.rpartition(":")
        servers[name] = (host, int(port))
    return servers


def _map(name: str) -> ModuleType:
    directory = Path(os.environ.get("MODBUS_MAP_INTEROP_MAPS", ""))
    path = directory / f"{name}.py"
    if not path.is_file():
        pytest.fail(f"generated map {path} is missing (MODBUS_MAP_INTEROP_MAPS={directory})")
    module_name = f"modbus_map_interop_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    # The map imports the runtime module written beside it.
    if str(directory) not in sys.path:
        sys.path.insert(0, str(directory))
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


Connect = Callable[[str], ModbusTcpClient]

# The seed specs and the Eastron meter: each reads its defaults and takes writes.
SEEDS = ["askoheat_plus", "clage_dsx", "clivet", "ems_esp", "heishamon", "eastron_sdm630"]


@pytest.fixture
def connect() -> Iterator[Connect]:
    clients: list[ModbusTcpClient] = []

    def open_client(name: str) -> ModbusTcpClient:
        host, port = _servers()[name]
        client = ModbusTcpClient(host, port=port, timeout=3, retries=0)
        assert client.connect(), f"cannot connect to the {name} simulator at {host}:{port}"  # type: ignore[no-untyped-call]
        clients.append(client)
        return client

    yield open_client
    for client in clients:
        client.close()  # type: ignore[no-untyped-call]


def _expected(device: ModuleType, name: str) -> object:
    """The spec default as the map decodes it (0 where the spec has none)."""
    reg = device.REGISTERS[name]
    if reg.default is None:
        return device.decode(name, [0] * reg.width)
    return device.decode(name, device.encode(name, reg.default))


def _starts_right(device: ModuleType, name: str, got: object) -> bool:
    """At its spec default; without one, at a value the map accepts writing back
    (the server's start value rule, docs/spec-format.md "Start values")."""
    if device.REGISTERS[name].default is not None:
        return _same(got, _expected(device, name))
    try:
        device.encode(name, got)
    except (ValueError, TypeError):
        return False
    return True


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)  # type: ignore[arg-type]
    return a == b


@pytest.mark.parametrize("name", SEEDS)
def test_read_plan_returns_the_spec_defaults(name: str, connect: Connect) -> None:
    device = _map(name)
    client = connect(name)
    values = device.read_all(client)
    readable = [r.qualified_name for r in device.REGISTERS.values() if r.readable]
    assert sorted(values) == sorted(readable), "READ_PLAN covers every readable register"
    wrong = {
        n: (values[n], _expected(device, n))
        for n in readable
        if not _starts_right(device, n, values[n])
    }
    assert not wrong, f"{name}: registers not at their spec default (got, expected): {wrong}"


@pytest.mark.parametrize("name", SEEDS)
def test_writes_through_the_map_round_trip(name: str, connect: Connect) -> None:
    device = _map(name)
    client = connect(name)
    written = 0
    for reg in device.REGISTERS.values():
        if not (reg.readable and reg.writable) or reg.safety:
            continue
        value = _expected(device, reg.qualified_name)
        # Write something other than the default when the register allows it, so a no-op cannot pass.
        candidates = [value]
        if reg.data_type == "bool":
            candidates.insert(0, not value)
        elif reg.enum is not None and len(reg.values) > 1:
            candidates.insert(0, reg.enum(reg.values[-1][0]))
        elif reg.data_type not in ("string", "raw") and reg.flags is None and reg.max is not None:
            candidates.insert(0, reg.max)
        target = candidates[0]
        device.write_register(client, reg.qualified_name, target)
        got = device.read_register(client, reg.qualified_name)
        if reg.self_clearing:
            # A command: the device executed it and reads its idle value (the start value) again.
            assert target != value and _same(got, value), reg.qualified_name
            written += 1
            continue
        assert _same(
            got, device.decode(reg.qualified_name, device.encode(reg.qualified_name, target))
        ), reg.qualified_name
        if reg.default is not None:
            # Registers without a default start at raw 0, which their range may not even allow.
            device.write_register(client, reg.qualified_name, value)
        written += 1
    assert written > 0, f"{name} has no writable register to round-trip"


def test_scale_factors_are_read_with_their_values(connect: Connect) -> None:
    """The simulator serves a value and its scale factor register as plain words;
    the map decodes the value with the factor read in the same request."""
    device = _map("sunspec_demo")
    client = connect("sunspec_demo")
    w, w_sf = device.REGISTERS["inverter.W"], device.REGISTERS["inverter.W_SF"]
    raw = client.read_holding_registers(w.address, count=2, device_id=1)
    assert not raw.isError(), raw
    # The spec's default 2840 W at W_SF = 1 is raw 284.
    assert w_sf.address == w.address + 1 and list(raw.registers) == [284, 1]
    assert device.decode("inverter.W", [284], factor=1) == 2840.0
    assert device.read_register(client, "inverter.W") == 2840.0
    values = device.read_all(client)
    expected = {
        "inverter.W": 2840.0,
        "inverter.W_SF": 1,
        "inverter.Hz": 50.01,
        "inverter.Hz_SF": -2,
        "inverter.A": 12.3,
        "inverter.WH": 1234560.0,
        "inverter.TmpCab": 41.5,
        "settings.WMaxLim_Pct": 100.0,
    }
    for name, want in expected.items():
        assert _same(values[name], want), f"{name}: read {values[name]!r}, expected {want!r}"
    for reg in device.REGISTERS.values():
        if reg.scale_factor is not None and reg.default is not None:
            got = values[reg.qualified_name]
            if reg.default == "n/a":
                # Served as its sentinel: not available, never a number.
                assert got is None, f"{reg.qualified_name}: read {got!r} for a sentinel"
                continue
            assert isinstance(got, float) and _same(got, reg.default), reg.qualified_name
    # `default: n/a` under `sentinels: sunspec`: the simulator serves SunSpec's 0x8000 / 0xFFFF.
    tmp_ot, st_vnd = device.REGISTERS["inverter.TmpOt"], device.REGISTERS["inverter.StVnd"]
    assert client.read_holding_registers(tmp_ot.address, count=1, device_id=1).registers == [0x8000]
    assert client.read_holding_registers(st_vnd.address, count=1, device_id=1).registers == [0xFFFF]
    assert values["inverter.TmpOt"] is None and values["inverter.StVnd"] is None
    assert device.read_register(client, "inverter.StVnd") is None
    # READ_PLAN keeps every value in the request of its factor.
    for request in device.READ_PLAN:
        for name in request.names:
            factor = device.REGISTERS[name].scale_factor
            assert factor is None or factor in request.names, f"{name} and {factor} apart"
    # A write uses the device's current factor (WMaxLim_Pct_SF = -1): 55.5 % is raw 555.
    lim = device.REGISTERS["settings.WMaxLim_Pct"]
    device.write_register(client, "settings.WMaxLim_Pct", 55.5)
    raw = client.read_holding_registers(lim.address, count=2, device_id=1)
    assert list(raw.registers) == [555, 0xFFFF]
    assert _same(device.read_register(client, "settings.WMaxLim_Pct"), 55.5)
    with pytest.raises(ValueError, match="factor="):
        device.decode("inverter.W", [284])


def _raw_exception(name: str, pdu: bytes) -> int | None:
    """Sends one request PDU over a plain socket; the exception code of the answer, if any."""
    host, port = _servers()[name]
    with socket.create_connection((host, port), timeout=3) as sock:
        sock.sendall(struct.pack(">HHHB", 7, 0, len(pdu) + 1, 1) + pdu)
        header = b""
        while len(header) < 7:
            chunk = sock.recv(7 - len(header))
            assert chunk, "the simulator closed the connection instead of answering"
            header += chunk
        length = struct.unpack(">H", header[4:6])[0] - 1
        body = b""
        while len(body) < length:
            chunk = sock.recv(length - len(body))
            assert chunk, "the simulator closed the connection mid-answer"
            body += chunk
    return body[1] if body[0] == pdu[0] | 0x80 else None


def _exception(reply: Any) -> int | None:
    return reply.exception_code if reply.isError() else None


def test_rules_fixture_round_trips_and_reads_defaults(connect: Connect) -> None:
    device = _map("rules")
    client = connect("rules")
    values = device.read_all(client)
    assert _same(values["hold.setpoint"], 45.5)
    assert values["hold.mode"] == device.REGISTERS["hold.mode"].enum(1)
    assert values["hold.energy"] == 123456
    assert _same(values["inputs.total"], 1.5)
    assert values["coils.run"] is True
    device.write_register(client, "hold.setpoint", 30.5)
    assert _same(device.read_register(client, "hold.setpoint_again"), 30.5), (
        "the alias serves the same value"
    )
    device.write_register(client, "hold.setpoint", 45.5)


def test_each_error_rule_is_the_right_exception_code(connect: Connect) -> None:
    client = connect("rules")
    hold = client.read_holding_registers
    # 02: unmapped, starts inside / ends inside a multi-register value, read of write-only.
    assert _exception(hold(7, count=1, device_id=1)) == 2
    assert _exception(hold(3, count=1, device_id=1)) == 2
    assert _exception(hold(1, count=2, device_id=1)) == 2
    assert _exception(hold(4, count=1, device_id=1)) == 2
    # allow_gaps: the gap reads as 0.
    assert hold(20, count=4, device_id=1).registers == [7, 0, 0, 9]
    # 02: write to read-only.
    assert _exception(client.write_register(2, 1, device_id=1)) == 2
    # 03: out of range, unnamed enumeration value, quantity over 125.
    assert _exception(client.write_register(0, 651, device_id=1)) == 3
    assert _exception(client.write_register(1, 9, device_id=1)) == 3
    # pymodbus refuses to send a count over 125 itself, so that request goes out as raw bytes.
    assert _raw_exception("rules", bytes([0x03, 0, 0, 0, 126])) == 3
    # 03: a coil value other than 0x0000/0xFF00 (pymodbus only sends those, so raw again).
    assert _raw_exception("rules", bytes([0x05, 0, 1, 0x12, 0x34])) == 3
    # All or nothing: a valid setpoint with an invalid mode writes nothing.
    assert _exception(client.write_registers(0, [300, 9], device_id=1)) == 3
    assert hold(0, count=2, device_id=1).registers == [455, 1]
    # 01: safety-relevant registers while safety writes are off.
    assert _exception(client.write_register(5, 1, device_id=1)) == 1
    assert _exception(client.write_coil(2, True, device_id=1)) == 1
    # 0x0B: no such unit behind this TCP server.
    assert _exception(hold(0, count=1, device_id=9)) == 0x0B


def test_sentinels_are_served_and_read_as_not_available(connect: Connect) -> None:
    """sim/tests/fixtures/sentinels.yaml: registers whose default is ``n/a`` are served
    as their sentinel, pymodbus reads those raw words, and the map reads them as ``None``,
    never as numbers; ``None`` written through the map is the sentinel on the wire."""
    device = _map("sentinels")
    client = connect("sentinels")
    raw = client.read_input_registers(0, count=9, device_id=1)
    assert not raw.isError(), raw
    # grid_voltage 230.1 V, battery_power 0x7FFF, total_energy 12345, flow NaN, running, alarms 0xFFFF, -3.
    assert list(raw.registers) == [2301, 0x7FFF, 0, 12345, 0x7FC0, 0, 1, 0xFFFF, 0xFFFD]
    values = device.read_all(client)
    assert [values[f"readings.{n}"] for n in ("battery_power", "flow", "alarms")] == [None] * 3
    assert _same(values["readings.grid_voltage"], 230.1)
    assert _same(values["readings.total_energy"], 1234.5)
    assert values["readings.running_state"] == device.REGISTERS["readings.running_state"].enum(1)
    assert values["readings.cabinet_offset"] == -3
    # What pymodbus itself decodes from the words is the number the map refuses to give.
    assert math.isnan(struct.unpack(">f", struct.pack(">HH", 0x7FC0, 0))[0])
    device.write_register(client, "settings.export_limit", None)
    assert client.read_holding_registers(0, count=1, device_id=1).registers == [0xFFFF]
    assert device.read_register(client, "settings.export_limit") is None
    device.write_register(client, "settings.export_limit", 4000)
    assert device.read_register(client, "settings.export_limit") == 4000
    # The server takes the sentinel as a value the device holds, and keeps max: 30000 otherwise.
    assert not client.write_register(0, 0xFFFF, device_id=1).isError()
    assert _exception(client.write_register(0, 40000, device_id=1)) == 3


def test_a_value_with_its_high_word_apart_is_read_from_both_addresses(connect: Connect) -> None:
    """sim/tests/fixtures/high_words.yaml, the Deye SUN-12K generator-port power: the
    simulator serves its low word at 0x298 and its high word at 0x29C, pymodbus reads
    each there, the map reads the value from both (also in a repeated block, where the
    stride moves both words), and writes to either word get exception 02."""
    device = _map("high_words")
    client = connect("high_words")
    power = device.REGISTERS["generator.power"]
    assert (power.address, power.high_word, power.end, power.word_order, power.access) == (
        0x298,
        0x29C,
        0x299,
        "low_first",
        "r",
    )
    hold = client.read_holding_registers
    assert hold(0x298, count=1, device_id=1).registers == [0xFFF6]
    assert hold(0x29C, count=1, device_id=1).registers == [0xFFFF]
    # The two adjacent words pymodbus would join are the low word and a voltage.
    assert hold(0x298, count=2, device_id=1).registers == [0xFFF6, 2300]
    values = device.read_all(client)
    assert values["generator.power"] == -10
    assert _same(values["generator.energy"], 7000.5)
    assert values["string1.power"] == 1234.5 and values["string2.power"] == 1234.5
    assert device.REGISTERS["string2.power"].high_word == 114
    assert client.read_input_registers(114, count=1, device_id=1).registers == [0x449A]
    assert device.read_register(client, "generator.power") == -10
    # A word order override does not apply: the key placed the words.
    assert device.read_register(client, "generator.power", word_order="high_first") == -10
    assert device.decode("generator.power", [0x86A0, 0x0001]) == 100000
    assert device.encode("generator.power", -10) == [0xFFF6, 0xFFFF]
    # READ_PLAN names a value in each request holding one of its words.
    energy = [(r.address, r.quantity) for r in device.READ_PLAN if "generator.energy" in r.names]
    assert energy == [(0x298, 7), (0x2A0, 1)]
    with pytest.raises(ValueError, match="read-only"):
        device.write_register(client, "generator.power", 5)
    assert _exception(client.write_register(0x298, 7, device_id=1)) == 2
    assert _exception(client.write_register(0x29C, 7, device_id=1)) == 2
    assert _exception(client.write_registers(0x298, [1, 2300], device_id=1)) == 2
    assert hold(0x298, count=1, device_id=1).registers == [0xFFF6]
    assert hold(0x29C, count=1, device_id=1).registers == [0xFFFF]


def test_write_functions_are_refused_by_the_server_and_followed_by_the_map(connect: Connect) -> None:
    """sim/tests/fixtures/write_functions.yaml: the map's ``write_register`` uses the
    function each register's ``write_function`` allows (it succeeds only because the
    server refuses the other one), and pymodbus's own requests with the refused
    function get exception 01 and change nothing."""
    device = _map("write_functions")
    client = connect("write_functions")
    assert device.REGISTERS["settings.max_charge_current"].write_function == "multiple"
    assert device.REGISTERS["legacy.setpoint"].write_function == "single"
    assert device.REGISTERS["legacy.plain"].write_function == "any"
    assert _exception(client.write_register(0x100, 41, device_id=1)) == 1
    assert _exception(client.write_registers(0x200, [11], device_id=1)) == 1
    assert _exception(client.write_coil(0, True, device_id=1)) == 1
    assert client.read_holding_registers(0x100, count=1, device_id=1).registers == [40]
    device.write_register(client, "settings.max_charge_current", 55)
    device.write_register(client, "settings.grid_charge_limit", 4200)
    device.write_register(client, "settings.work_mode", device.REGISTERS["settings.work_mode"].enum(2))
    device.write_register(client, "legacy.setpoint", 13)
    device.write_register(client, "switches.grid_charge", True)
    values = device.read_all(client)
    assert values["settings.max_charge_current"] == 55
    assert values["settings.grid_charge_limit"] == 4200
    assert values["settings.work_mode"] == device.REGISTERS["settings.work_mode"].enum(2)
    assert values["legacy.setpoint"] == 13
    assert values["switches.grid_charge"] is True


def test_float_enumerations_travel_as_whole_floats(connect: Connect) -> None:
    """The Eastron meter holds settings as float codes and takes writes through
    function 16 only: the map writes a named value as the float equal to it."""
    device = _map("eastron_sdm630")
    client = connect("eastron_sdm630")
    baud = device.REGISTERS["settings.baud_rate"]
    raw = client.read_holding_registers(baud.address, count=2, device_id=1)
    assert not raw.isError(), raw
    assert list(raw.registers) == [0x4000, 0], "baud_9600 is code 2, served as f32 2.0"
    assert device.read_register(client, "settings.baud_rate") == baud.enum(2)
    device.write_register(client, "settings.baud_rate", "baud_38400")
    raw = client.read_holding_registers(baud.address, count=2, device_id=1)
    assert list(raw.registers) == list(struct.unpack(">HH", struct.pack(">f", 4.0)))
    # Function 06 would write half of the float (exception 02) and 2.5 names no code
    # (exception 03): neither changes anything.
    single = client.write_register(baud.address, 0x4000, device_id=1)
    assert single.isError() and single.exception_code == 2, single
    half = struct.unpack(">HH", struct.pack(">f", 2.5))
    refused = client.write_registers(baud.address, list(half), device_id=1)
    assert refused.isError() and refused.exception_code == 3, refused
    assert device.read_register(client, "settings.baud_rate") == baud.enum(4)
    with pytest.raises(ValueError, match="not a whole number"):
        device.decode("settings.baud_rate", list(half))
    device.write_register(client, "settings.baud_rate", "baud_9600")


def test_converting_aliases_serve_one_value_in_each_codec(connect: Connect) -> None:
    """sim/tests/fixtures/aliases.yaml: battery power in W (i16) and again in centi-W
    (i32). pymodbus writes 700 W at one address and reads 70000 centi-W at the other;
    the generated map decodes each address with its own type and scale; a write the
    W register cannot hold is exception 03 and changes nothing; a value the 16-bit
    grid copy cannot represent is exception 04."""
    device = _map("aliases")
    client = connect("aliases")
    assert not client.write_register(0, 700, device_id=100).isError()
    assert list(client.read_holding_registers(1, count=2, device_id=100).registers) == [0x0001, 0x1170]
    assert device.read_register(client, "battery.power_centi") == pytest.approx(700.0)
    device.write_register(client, "battery.power_centi", 1200.0)
    assert device.read_register(client, "battery.power") == 1200
    assert list(client.read_holding_registers(0, count=1, device_id=100).registers) == [1200]
    # 1234.56 W as 123456 centi-W: the W register holds whole watts only.
    assert _exception(client.write_registers(1, [0x0001, 0xE240], device_id=100)) == 3
    assert device.read_register(client, "battery.power_centi") == pytest.approx(1200.0)
    # The map itself can only send what the alias's own codec allows; the server refuses the rest.
    with pytest.raises(device.ModbusError, match="battery.power_centi"):
        device.write_register(client, "battery.power_centi", 1234.56)
    assert device.read_register(client, "battery.power") == 1200
    assert not client.write_register(0, 0xFFFB, device_id=100).isError()  # -5 W
    assert device.read_register(client, "battery.charge_power") is None
    assert device.read_register(client, "battery.power_centi") == pytest.approx(-5.0)
    # grid.power starts at -40000 W, which the i16 copy cannot represent.
    assert _exception(client.read_holding_registers(102, count=1, device_id=100)) == 4
    device.write_register(client, "grid.power_16", -1000)
    assert device.read_register(client, "grid.power") == -1000
