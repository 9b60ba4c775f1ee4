//! Generates the water heater's Rust module into OUT_DIR; src/lib.rs `include!`s it.

fn main() {
    let spec = "spec/water_heater.yaml";
    println!("cargo:rerun-if-changed={spec}");
    let result = modbus_map_codegen::Builder::new()
        .spec(spec)
        .rust(true)
        .markdown(false)
        .python(false)
        .generate();
    if let Err(e) = result {
        // Spec diagnostics are multi-line and rustc-styled; cargo shows a build script's
        // stderr when it fails, so print them whole and stop the build.
        eprintln!("{e}");
        std::process::exit(1);
    }
}
