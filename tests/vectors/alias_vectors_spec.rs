// The spec the shared converting-alias vectors (tests/vectors/values.json, `aliases`)
// are served from: one block per case, the target at 0 and its alias at 8, every codec
// key written out (an alias inherits what it does not say, such as an offset or a
// sentinel, and the vectors' descriptors take the defaults instead; a `min`/`max` of
// the target is still inherited by its alias, as the spec format says). Included by
// the tests that serve the vectors (tests/client/build.rs, sim/tests/aliases.rs), so
// both read the same spec. `header` is its first comment line.

fn alias_vectors_spec(cases: &[serde_json::Value], header: &str) -> String {
    use serde_json::Value;
    let keys = |d: &Value| -> String {
        let mut text = format!("type: {}", d["type"].as_str().unwrap_or("?"));
        for (key, default) in [("scale", "1"), ("offset", "0"), ("word_order", "high_first"), ("byte_order", "high_first"), ("min", ""), ("max", "")] {
            match (&d[key], default) {
                (Value::Null, "") => {}
                (Value::Null, default) => text += &format!(", {key}: {default}"),
                (v, _) => text += &format!(", {key}: {}", v.as_str().map_or_else(|| v.to_string(), str::to_owned)),
            }
        }
        match d["sentinel"].as_array() {
            Some(s) => text += &format!(", sentinel: [{}]", s.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ")),
            None => text += ", sentinel: none",
        }
        text
    };
    let mut spec = format!("# {header}\ndevice:\n  name: alias_vectors\nblocks:\n");
    for (k, case) in cases.iter().enumerate() {
        spec += &format!(
            "  - name: c{k}\n    table: holding\n    base: {}\n    registers:\n      - {{ name: target, address: 0, {} }}\n      - {{ name: alias, address: 8, {}, alias_of: c{k}.target, alias_lossy: true }}\n",
            16 * k,
            keys(&case["target"]),
            keys(&case["alias"])
        );
    }
    spec
}
