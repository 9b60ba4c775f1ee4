"""Reads every register of devices through their generated Python maps and prints them.

Usage: read_all.py GENERATED_PYTHON_DIR DEVICE=PORT... Prints one JSON object, per device
its ``read_all`` (on 127.0.0.1:PORT) by qualified name: numbers, strings and bools as
they decode, enumerations and bit sets as their integers, ``null`` for not available.
Driven by sim/tests/homeassistant.rs against the simulator; traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import enum
import importlib
import json
import sys

from pymodbus.client import ModbusTcpClient


def plain(value: object) -> object:
    if isinstance(value, (enum.IntEnum, enum.IntFlag)):
        return int(value)
    return value


def main() -> None:
    sys.path.insert(0, sys.argv[1])
    out: dict[str, dict[str, object]] = {}
    for arg in sys.argv[2:]:
        device, port = arg.split("=")
        module = importlib.import_module(device)
        client = ModbusTcpClient("127.0.0.1", port=int(port), timeout=2, retries=0)
        assert client.connect(), f"cannot connect to the simulator of {device} on port {port}"
        try:
            out[device] = {name: plain(v) for name, v in module.read_all(client).items()}
        finally:
            client.close()
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
