//! What std's runtime does around `fn main` that petdb's own entry point (`src/main.rs`,
//! `#![no_main]` on glibc Linux) keeps doing: the standard file descriptors open, SIGPIPE
//! ignored, a panic unwound to exit code 101, stdout flushed at the end.

use std::io::Write;

/// Run `run` as std's runtime would around `fn main`: a panic unwinds (destructors run:
/// buffered output is written, cache fill locks are released) and exits 101, and stdout
/// is flushed at the end (a last line without a newline would otherwise stay in its
/// buffer).
pub fn finish(run: fn() -> u8) -> u8 {
    let code = std::panic::catch_unwind(run).unwrap_or(101);
    let _ = std::io::stdout().flush();
    code
}

/// What std's start-up guarantees: file descriptors 0, 1 and 2 are open (on /dev/null if
/// they were closed, so that no file petdb opens — a cache entry, the database — can be
/// taken for stdout), and a write to a closed pipe is an error (`EPIPE`, a success for
/// petdb) rather than a fatal signal.
///
/// # Safety
/// Call it first thing in the process, before any other thread or file exists.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub unsafe fn start_up() {
    let mut fds = [0, 1, 2].map(|fd| libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    });
    // SAFETY: three valid pollfd entries; a zero timeout.
    let polled = unsafe { libc::poll(fds.as_mut_ptr(), 3, 0) };
    for pfd in fds {
        let closed = if polled == -1 {
            // SAFETY: F_GETFD on any number is harmless.
            unsafe { libc::fcntl(pfd.fd, libc::F_GETFD) == -1 }
        } else {
            pfd.revents & libc::POLLNVAL != 0
        };
        // SAFETY: a NUL-terminated path; open takes the lowest free number, this one.
        if closed && unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) } == -1 {
            std::process::abort();
        }
    }
    // SAFETY: setting a signal's disposition to "ignore".
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
}

#[cfg(test)]
mod tests {
    use super::finish;

    #[test]
    fn a_panic_unwinds_to_exit_code_101_and_a_return_passes_through() {
        assert_eq!(finish(|| panic!("a bug")), 101);
        assert_eq!(finish(|| 2), 2);
        assert_eq!(finish(|| 0), 0);
    }
}
