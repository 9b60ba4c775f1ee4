//! `cargo xtask bench`: comparisons measured in one run (criterion benches: `cargo bench`).

use crate::Result;

#[derive(clap::Args, Debug)]
pub struct Args {}

pub fn main(_args: Args) -> Result<()> {
    Err("the benchmarks are being wired in".into())
}
