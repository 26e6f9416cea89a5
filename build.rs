//! Re-embed the migrations whenever a file under `migrations/` changes, and tune how
//! petdb is linked on Linux: a position-dependent executable, with libgcc's unwinder taken
//! from its static archive where the toolchain has it (see below).

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-env-changed=CC");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os != "linux" {
        return;
    }
    // A position-independent executable makes the dynamic loader patch ~23,000 pointers at
    // every start (and copy the pages holding them): a third of a cached read's time. The
    // code is still compiled position-independent; only the final link of petdb's own
    // binaries is fixed-address. See bench/ANALYSIS.md.
    println!("cargo:rustc-link-arg-bins=-no-pie");
    // The C toolchain asked below is the host's: only for a native build.
    if env == "gnu" && std::env::var("TARGET").ok() == std::env::var("HOST").ok() {
        static_unwinder();
    }
}

/// Every shared library a process maps costs it at start: measured here, a no-op C
/// program takes 0.10 ms longer linked with libgcc_s, whose constructor also asks the CPU
/// for its features (a trap to the hypervisor on a virtual machine) — a tenth of a cached
/// read. Rust's standard library asks for it by name (`-lgcc_s`, for unwinding), so a
/// directory searched before the system's holds a linker script of that name pointing at
/// libgcc_eh.a: the same unwinder, linked in as `gcc -static-libgcc` links it. Only
/// petdb's own binaries are linked so (a dependent crate, such as a fuzz target that also
/// links C++, keeps the shared unwinder), and where the toolchain has no such archive the
/// shared library is linked as before. The binary then needs the glibc it was built
/// against or newer (libgcc_eh uses `_dl_find_object`, glibc 2.35), as petdb is built
/// where it runs. (glibc's libm, which SQLite's math functions need, cannot be linked this
/// way: its archive is built for static executables only.)
fn static_unwinder() {
    let Some(out) = std::env::var_os("OUT_DIR").map(|d| PathBuf::from(d).join("static-unwinder"))
    else {
        return;
    };
    let Some(archive) = toolchain_file("libgcc_eh.a") else {
        return;
    };
    // A compiler upgrade that moves or removes the archive runs this again.
    println!("cargo:rerun-if-changed={}", archive.display());
    let script = format!("INPUT ( {} )\n", archive.display());
    if std::fs::create_dir_all(&out).is_ok()
        && std::fs::write(out.join("libgcc_s.a"), script).is_ok()
    {
        println!("cargo:rustc-link-arg-bins=-L{}", out.display());
    }
}

/// The absolute path of `name` in the C toolchain's library directories, if it is there.
fn toolchain_file(name: &str) -> Option<PathBuf> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let output = Command::new(cc)
        .arg(format!("-print-file-name={name}"))
        .output()
        .ok()?;
    let path = PathBuf::from(String::from_utf8(output.stdout).ok()?.trim());
    let path = path.canonicalize().ok()?;
    (path.is_absolute() && Path::is_file(&path)).then_some(path)
}
