#!/usr/bin/env bash
# Compile cost of #[derive(ModbusMap)] and of generated modules, on this machine.
#
#   macros/bench/compile_cost.sh            # 3 runs each, prints medians
#   RUNS=5 macros/bench/compile_cost.sh
#   RUNS=1 VARIANTS="plain200 derive200" macros/bench/compile_cost.sh   # a quick look at one cost
#
# Builds a throwaway crate (under target/compile-cost, outside the workspace) in
# five variants and times a non-incremental `cargo build` of that crate alone (its
# dependencies are brought up to date, untimed, before each timed build):
#   plain200   a 200-field struct, no derive            (baseline)
#   derive200  the same struct with #[derive(ModbusMap)] (extra = derive cost)
#   serde200   the same struct with #[derive(serde::Serialize, serde::Deserialize)] (the peer)
#   empty      an empty lib                              (baseline)
#   largest    `include!` of the largest seed spec's generated Rust module (extra = generated module cost)
# The derive's cost is reported as a ratio to serde's, measured in the same run,
# because absolute seconds vary twofold between machines.
set -euo pipefail
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi

root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${RUNS:-3}"
work="$root/target/compile-cost"
export CARGO_TARGET_DIR="$work/target"
# Each timed build compiles the crate from scratch (no incremental reuse), as a first build would.
export CARGO_INCREMENTAL=0
mkdir -p "$work"

# Generate every seed spec with the codegen of this tree (generated/ may lag behind it).
specs=("$root"/specs/*.yaml "$root"/specs/*.csv)
(cd "$root" && cargo xtask gen --spec "${specs[@]}" --out "$work/gen" >/dev/null) \
    || { echo "error: \`cargo xtask gen\` failed; fix the specs or the generators first" >&2; exit 1; }
largest="$(ls -S "$work"/gen/rust/*.rs 2>/dev/null | head -n1 || true)"
if [[ -z "$largest" ]]; then
    echo "error: \`cargo xtask gen\` wrote no Rust module under $work/gen/rust" >&2
    exit 1
fi

make_crate() { # name, lib.rs content on stdin
    local dir="$work/$1"
    mkdir -p "$dir/src"
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "cc_$1"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
modbus-map = { path = "$root", features = ["derive", "tcp"] }
serde = { version = "1", features = ["derive"] }

[workspace]
TOML
    cat > "$dir/src/lib.rs"
}

fields() { # $1 = with attributes?
    for i in $(seq 0 199); do
        if [[ "$1" == yes ]]; then
            echo "    #[modbus(holding, address = $i, min = 0, max = 1000, unit = \"W\")]"
        fi
        echo "    pub f$i: u16,"
    done
}

{ echo "pub struct Big {"; fields no; echo "}"; } | make_crate plain200
{ echo "#[derive(modbus_map::ModbusMap)]"; echo "pub struct Big {"; fields yes; echo "}"; } | make_crate derive200
{ echo "#[derive(serde::Serialize, serde::Deserialize)]"; echo "pub struct Big {"; fields no; echo "}"; } | make_crate serde200
echo "" | make_crate empty
echo "include!(\"$largest\");" | make_crate largest

time_build() { # crate dir -> "wall cpu" seconds of one build of that crate only
    local dir="$work/$1"
    # Dependencies come from the shared tree and may change under us: bring them
    # up to date untimed right before each timed build.
    cargo build --quiet --manifest-path "$dir/Cargo.toml" >/dev/null 2>"$work/$1.log" \
        || { echo "error: build of $1 failed, see $work/$1.log" >&2; tail -n 20 "$work/$1.log" >&2; exit 1; }
    touch "$dir/src/lib.rs"
    # CPU time (user + sys of cargo and rustc) next to wall time: on a machine shared
    # with other work, wall time mostly measures the others.
    local TIMEFORMAT='%R %U %S' times real user sys
    times=$( { time cargo build --quiet --manifest-path "$dir/Cargo.toml" >/dev/null 2>"$work/$1.log"; } 2>&1 ) \
        || { echo "error: build of $1 failed, see $work/$1.log" >&2; tail -n 20 "$work/$1.log" >&2; exit 1; }
    read -r real user sys <<< "$times"
    echo "$real $(echo "$user + $sys" | bc -l)"
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

read -r -a variants <<< "${VARIANTS:-plain200 derive200 serde200 empty largest}"
for c in "${variants[@]}"; do
    # Warm-up: builds dependencies once, untimed.
    cargo build --quiet --manifest-path "$work/$c/Cargo.toml" >/dev/null 2>"$work/$c.log" \
        || { echo "error: build of $c failed:" >&2; tail -n 20 "$work/$c.log" >&2; exit 1; }
    : > "$work/$c.times"
done
# Round-robin, so that a change in the machine's load falls on every variant alike.
for _ in $(seq "$runs"); do
    for c in "${variants[@]}"; do time_build "$c" >> "$work/$c.times"; done
done
declare -A wall cpu
for c in "${variants[@]}"; do
    wall[$c]=$(cut -d' ' -f1 "$work/$c.times" | median)
    cpu[$c]=$(cut -d' ' -f2 "$work/$c.times" | median)
done

printf 'crate build time, median of %s runs (s):   wall    cpu\n' "$runs"
for c in "${variants[@]}"; do printf '  %-10s %30.2f %6.2f\n' "$c" "${wall[$c]}" "${cpu[$c]}"; done
extra() { # variant, baseline, clock -> seconds the variant adds
    local -n t="$3"
    echo "${t[$1]} - ${t[$2]}" | bc -l
}
has() { for v in "$@"; do [[ -n "${wall[$v]:-}" ]] || return 1; done; }
if has derive200 plain200; then
    printf 'extra for #[derive(ModbusMap)] on 200 fields: %.2f s wall, %.2f s cpu\n' \
        "$(extra derive200 plain200 wall)" "$(extra derive200 plain200 cpu)"
fi
if has serde200 plain200; then
    printf 'extra for #[derive(serde::Serialize, serde::Deserialize)] on the same struct: %.2f s wall, %.2f s cpu\n' \
        "$(extra serde200 plain200 wall)" "$(extra serde200 plain200 cpu)"
fi
if has derive200 serde200 plain200; then
    printf 'derive ratio (ModbusMap extra / serde extra; target at most 1.5): %.2f wall, %.2f cpu\n' \
        "$(echo "($(extra derive200 plain200 wall)) / ($(extra serde200 plain200 wall))" | bc -l)" \
        "$(echo "($(extra derive200 plain200 cpu)) / ($(extra serde200 plain200 cpu))" | bc -l)"
fi
if has largest empty; then
    printf 'extra for including the generated module %s (%s lines): %.2f s wall, %.2f s cpu\n' \
        "$(basename "$largest")" "$(wc -l < "$largest")" "$(extra largest empty wall)" "$(extra largest empty cpu)"
fi
