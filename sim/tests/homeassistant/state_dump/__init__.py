"""A test-only Home Assistant integration: every second it writes the state of every
registered entity, keyed by platform and unique id, to ``states.json`` in the
configuration directory (written whole, then renamed, so a reader never sees half a
file). sim/tests/homeassistant.rs reads what a real Home Assistant shows through it."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.typing import ConfigType

DOMAIN = "state_dump"


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    path = hass.config.path("states.json")

    def write(data: dict[str, dict[str, str | None]]) -> None:
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.replace(path + ".tmp", path)

    async def dump(_now: datetime | None = None) -> None:
        registry = er.async_get(hass)
        data: dict[str, dict[str, str | None]] = {}
        for entry in registry.entities.values():
            state = hass.states.get(entry.entity_id)
            data[f"{entry.platform}:{entry.unique_id}"] = {
                "entity_id": entry.entity_id,
                "state": state.state if state else None,
            }
        await hass.async_add_executor_job(write, data)

    async_track_time_interval(hass, dump, timedelta(seconds=1))
    return True
