"""Scans a SunSpec device with pysunspec2's own client and prints every point it read.

Usage: pysunspec2_scan.py HOST PORT. Prints one JSON object: the model ids in the
order the scan found them (``order``) and, per model id, each point's raw ``value``
and scaled ``cvalue`` (``null`` where pysunspec2 reads SunSpec's not-implemented value).
Driven by sim/tests/pysunspec2.rs against the simulator; traffic goes to HOST only.
"""

from __future__ import annotations

import json
import sys

import sunspec2.modbus.client as client


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    device = client.SunSpecModbusClientDeviceTCP(slave_id=1, ipaddr=host, ipport=port, timeout=5)
    try:
        device.scan(full_model_read=True)
        found: dict[str, dict[str, dict[str, object]]] = {}
        order: list[int] = []
        for key, models in device.models.items():
            if not isinstance(key, int):
                continue  # pysunspec2 lists every model by id and by name
            for model in models:
                model.read()
                order.append(model.model_id)
                found[str(model.model_id)] = {
                    name: {"value": point.value, "cvalue": point.cvalue}
                    for name, point in model.points.items()
                }
        print(json.dumps({"base": device.base_addr, "order": order, "models": found}))
    finally:
        device.close()


if __name__ == "__main__":
    main()
