//! The math functions SQLite's SQL calls (`sin`, `pow`, `log10`, … of `petdb sql`), taken
//! from glibc's own `libm.so.6` the first time one is called instead of at every start.
//!
//! Only SQLite's math functions need libm, and few runs call one; yet a process linked
//! against libm has the loader map it and bind its symbols before `main`: ≈ 0.07 ms of every
//! run on this project's machines (a no-op C program with and without `-lm`, side by side),
//! where a cached read takes ≈ 1.2 ms. Each function here is defined under the C name
//! SQLite's code calls, so the linker binds SQLite to it and needs no libm; on the first
//! call it asks the dynamic loader for libm's function of that name (`dlopen`, `dlsym`:
//! the default version, the one linking against libm binds) and calls it from then on.
//! The values are libm's own, bit for bit (`tests/e2e/values.rs` compares each with libm's).

use std::ffi::{CStr, c_void};
use std::sync::OnceLock;

/// libm's function `name`; a process that cannot load glibc's own libm stops here with a
/// message rather than return a value that is not libm's.
fn resolve(name: &CStr) -> *mut c_void {
    static LIBM: OnceLock<usize> = OnceLock::new();
    let libm = *LIBM.get_or_init(|| {
        // SAFETY: a NUL-terminated name; the handle is never closed.
        unsafe { libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL) as usize }
    });
    // SAFETY: dlsym on a handle from dlopen (checked non-null first) and a NUL-terminated
    // name.
    let function = match libm {
        0 => std::ptr::null_mut(),
        handle => unsafe { libc::dlsym(handle as *mut c_void, name.as_ptr()) },
    };
    if function.is_null() {
        eprintln!(
            "petdb: cannot load {} from libm.so.6 (glibc's math library)",
            name.to_string_lossy()
        );
        std::process::abort();
    }
    function
}

macro_rules! from_libm {
    ($(fn $name:ident($($arg:ident),+);)+) => {$(
        #[unsafe(no_mangle)]
        extern "C" fn $name($($arg: f64),+) -> f64 {
            type F = extern "C" fn($(from_libm!(@f64 $arg)),+) -> f64;
            static FUNCTION: OnceLock<F> = OnceLock::new();
            let function = FUNCTION.get_or_init(|| {
                let name = concat!(stringify!($name), "\0");
                let name = CStr::from_bytes_with_nul(name.as_bytes()).expect("NUL-terminated");
                // SAFETY: libm's function of this name has this C signature.
                unsafe { std::mem::transmute::<*mut c_void, F>(resolve(name)) }
            });
            function($($arg),+)
        }
    )+};
    (@f64 $arg:ident) => { f64 };
}

from_libm! {
    fn acos(x);
    fn acosh(x);
    fn asin(x);
    fn asinh(x);
    fn atan(x);
    fn atan2(y, x);
    fn atanh(x);
    fn cos(x);
    fn cosh(x);
    fn exp(x);
    fn log(x);
    fn log10(x);
    fn log2(x);
    fn pow(x, y);
    fn sin(x);
    fn sinh(x);
    fn tan(x);
    fn tanh(x);
}
