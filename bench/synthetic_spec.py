#!/usr/bin/env python3
"""Writes a synthetic device spec of about N registers (default 10,000) for the
code generation benchmark (`cargo xtask bench --codegen`).

The mix follows the seed specs: plain blocks and repeated blocks (heating-circuit
style, 8 instances), three unit ids, holding and input tables, 16/32-bit integers
with and without scale, floats, strings, enumerations (a few value sets shared by
many registers, as EMS-ESP's on/off, and some of their own), named bits, ranges,
units, `since` and descriptions. Deterministic: the same N gives the same file.

    bench/synthetic_spec.py [--registers N] OUT.yaml
"""

import argparse
import random

SHARED_ENUMS = [
    {0: "off", 1: "on"},
    {0: "manual", 1: "auto"},
    {0: "summer", 1: "auto", 2: "winter"},
    {0: "off", 1: "heating", 2: "cooling", 3: "auto"},
    {0: "idle", 1: "running", 2: "fault", 3: "service", 4: "test"},
]

TEMPLATE_KINDS = ["u16", "i16_scaled", "u32", "f32", "enum", "enum", "bits", "string", "u16_range", "i16_scaled"]


def yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def register(rng: random.Random, name: str, address: int, kind: str, own_enum: int) -> tuple[str, int]:
    """One register line of kind `kind` at `address`; returns (line, width)."""
    fields = [f"name: {name}", f"address: {address}"]
    width = 1
    if kind == "u16":
        fields.append("type: u16")
    elif kind == "u16_range":
        fields += ["type: u16", "unit: min", "min: 0", f"max: {rng.randint(10, 600)}"]
    elif kind == "i16_scaled":
        fields += ["type: i16", 'scale: "1/10"', 'unit: "°C"', "min: -50", "max: 120"]
    elif kind == "u32":
        fields += ["type: u32", "scale: 0.01", "unit: kWh"]
        width = 2
    elif kind == "f32":
        fields += ["type: f32", "unit: W"]
        width = 2
    elif kind == "string":
        fields += ["type: string", "length: 16", "access: r"]
        width = 8
    elif kind == "enum":
        if rng.random() < 0.8:
            values = SHARED_ENUMS[rng.randrange(len(SHARED_ENUMS))]
        else:
            values = {k: f"mode_{own_enum}_{k}" for k in range(rng.randint(2, 6))}
        items = ", ".join(f"{k}: {yaml_str(v)}" for k, v in values.items())
        fields += ["type: u16", f"values: {{{items}}}"]
    elif kind == "bits":
        fields += ["type: u16", 'bits: {0: pump, 1: burner, 2: valve, "4-7": stage}', "access: r"]
    else:
        raise ValueError(kind)
    if rng.random() < 0.05:
        fields.append('since: "2.1.0"')
    fields.append(f"description: {yaml_str(f'Synthetic register {name} ({kind})')}")
    return "      - {" + ", ".join(fields) + "}", width


def block(rng: random.Random, name: str, table: str, unit: int, base: int, count: int, repeat: int | None) -> tuple[list[str], int]:
    """A block of `count` registers; returns its lines and the addresses it spans per instance."""
    lines = [f"  - name: {name}", f"    table: {table}", f"    unit_id: {unit}", f"    base: {base}"]
    body = []
    address = 0
    for i in range(count):
        kind = rng.choice(TEMPLATE_KINDS)
        if table == "input" and kind in ("enum", "u16_range"):
            kind = "u16"
        line, width = register(rng, f"r{i}", address, kind, own_enum=base + i)
        if table == "input":
            line = line.replace(", access: r", "")
        body.append(line)
        address += width
    if repeat:
        stride = (address + 99) // 100 * 100
        lines.append(f"    repeat: {{count: {repeat}, stride: {stride}}}")
        span = stride * repeat
    else:
        span = address
    lines.append(f"    description: Synthetic block {name}.")
    lines.append("    registers:")
    return lines + body, span


def letters(k: int) -> str:
    """0 -> a, 25 -> z, 26 -> ba: a block-name suffix without digits."""
    out = ""
    while True:
        out = chr(ord("a") + k % 26) + out
        k //= 26
        if k == 0:
            return out


def spec(total: int) -> str:
    rng = random.Random(total)
    out = [
        f"# Synthetic spec of {total} registers for `cargo xtask bench --codegen` (written by bench/synthetic_spec.py).",
        "device:",
        "  name: synthetic",
        "  title: Synthetic benchmark device",
        "  unit_id: 1",
        "  firmware: \"2.2.0\"",
        "  read_limit: 125",
        "  max_gap: 4",
        "blocks:",
    ]
    written = 0
    next_base: dict[tuple[int, str], int] = {}
    k = 0
    while written < total:
        repeated = k % 3 == 0
        per = 40 if repeated else 50
        instances = 8 if repeated else 1
        per = min(per, max(1, (total - written) // instances)) if total - written < per * instances else per
        unit = 1 + k % 3
        table = "input" if k % 4 == 3 else "holding"
        base = next_base.get((unit, table), 0)
        # Instances of a repeated block are named `<block><n>`: letters keep them apart from other blocks.
        name = f"circuit_{letters(k)}" if repeated else f"plain_{k}"
        lines, span = block(rng, name, table, unit, base, per, instances if repeated else None)
        if base + span > 65535:
            break
        next_base[(unit, table)] = base + span + 10
        out += lines
        written += per * instances
        k += 1
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--registers", type=int, default=10_000, help="registers to write (default 10000)")
    parser.add_argument("out", help="the spec file to write (.yaml)")
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(spec(args.registers))


if __name__ == "__main__":
    main()
