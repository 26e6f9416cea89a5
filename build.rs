//! Re-embed the migrations whenever a file under `migrations/` changes, and link petdb as a
//! position-dependent executable on Linux (see below).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    // A position-independent executable makes the dynamic loader patch ~23,000 pointers at
    // every start (and copy the pages holding them): a third of a cached read's time. The
    // code is still compiled position-independent; only the final link of petdb's own
    // binaries is fixed-address. See bench/ANALYSIS.md.
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
