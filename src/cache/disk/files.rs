//! File-system primitives of the disk cache: private directories (0700) and files (0600),
//! atomic replacement (temp file, fsync, rename), locks with a bounded wait, and the check
//! that a cache directory is private to this user.
//!
//! Inside the cache directory nothing is trusted to be what its name says: no symlink is
//! ever followed, no FIFO waited on, nothing but a regular file opened as one, and nothing
//! removed but a regular file (never a directory tree). What petdb finds that it did not
//! make is left alone.

use std::fs::{self, DirBuilder, File, OpenOptions, TryLockError};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};

/// Create `dir` and its missing parents, each new one 0700.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// Flags for every open inside the cache: a symlink is an error (ELOOP), a FIFO opens
/// without waiting for a writer.
const SAFE: i32 = libc::O_NOFOLLOW | libc::O_NONBLOCK;

/// Make sure `dir` is a real directory (0700, created if missing) — not a symlink to one.
/// One `lstat` when it is there (every hit opens the cache: no `mkdir` to be refused).
pub fn own_dir(dir: &Path) -> io::Result<()> {
    match fs::symlink_metadata(dir) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(_) => return Err(not_ours(dir, "is not a directory petdb made")),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    match DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => Ok(()),
        // Made by another process meanwhile.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            if is_real_dir(dir) {
                Ok(())
            } else {
                Err(not_ours(dir, "is not a directory petdb made"))
            }
        }
        Err(e) => Err(e),
    }
}

/// Is `dir` a directory itself (not a symlink to one)?
pub fn is_real_dir(dir: &Path) -> bool {
    fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir())
}

/// The names and types of what a real directory holds (nothing if `dir` is a symlink or
/// not a directory).
pub fn list_dir(dir: &Path) -> Vec<(String, fs::FileType)> {
    if !is_real_dir(dir) {
        return Vec::new();
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.file_type().ok()?)))
        .collect()
}

/// What is at a path of petdb's.
pub enum Found {
    Missing,
    /// A regular file, with its length when opened.
    File(File, u64),
    /// Something else: a symlink, a FIFO, a directory, a device — damage, never used.
    Other,
}

/// Open `path` for reading if it is a regular file.
pub fn open_regular(path: &Path) -> io::Result<Found> {
    match OpenOptions::new().read(true).custom_flags(SAFE).open(path) {
        Ok(file) => match file.metadata()? {
            m if m.is_file() => Ok(Found::File(file, m.len())),
            _ => Ok(Found::Other),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Found::Missing),
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => Ok(Found::Other),
        Err(e) => Err(e),
    }
}

/// Open (creating 0600 if needed) one of petdb's own files for reading and writing; an
/// error if anything but a regular file is there.
pub fn open_private(path: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(SAFE)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => not_ours(path, "is a symlink"),
            _ => e,
        })?;
    if !file.metadata()?.is_file() {
        return Err(not_ours(path, "is not a regular file"));
    }
    Ok(file)
}

/// Remove `path` if, and only if, it is a regular file; its size if it was removed.
pub fn remove_regular(path: &Path) -> io::Result<Option<u64>> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => match fs::remove_file(path) {
            Ok(()) => Ok(Some(m.len())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        },
        Ok(_) => Ok(None),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn not_ours(path: &Path, what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("{} {what}; petdb leaves it alone", path.display()),
    )
}

/// Replace `path` with `bytes` atomically: readers see the old file or the new one, never a
/// part. The temporary name starts with `.tmp-` so a crash leaves something recognisable.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".tmp-{}-{:x}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default()
    ));
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_data()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Create `path` holding `bytes` unless it exists (whoever comes first wins, and a reader
/// never sees it half-written: it is written aside and linked into place). `false` if it
/// existed.
pub fn create_if_absent(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".tmp-{}-{:x}",
        std::process::id(),
        rand::random::<u64>()
    ));
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)?;
    let result = f
        .write_all(bytes)
        .and_then(|()| f.sync_data())
        .and_then(|()| fs::hard_link(&tmp, path));
    let _ = fs::remove_file(&tmp);
    match result {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e),
    }
}

/// Is this a temporary file left by [`write_atomic`]?
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(".tmp-")
}

/// Take an exclusive lock on `file`, waiting at most `wait`. `Ok(false)` on timeout.
pub fn lock_within(file: &File, wait: Duration) -> io::Result<bool> {
    let deadline = Instant::now() + wait;
    let mut pause = Duration::from_millis(1);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(true),
            Err(TryLockError::WouldBlock) => {
                if Instant::now() >= deadline {
                    return Ok(false);
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(TryLockError::Error(e)) => return Err(e),
        }
    }
}

/// Read `len` bytes of `file` from its position — the start, for a file just opened —
/// or fewer if it is shorter: one read for a file of that length, where `read_to_end`
/// would also ask for its size and position and read again to see the end.
pub fn read_len(file: &File, len: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(len).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Refuse a cache directory another user owns or anyone may write to: its entries could
/// have been planted. `meta` is the directory's (`fs::metadata`).
pub fn check_private(dir: &Path, meta: &fs::Metadata) -> Result<()> {
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me {
        bail!(
            "cache directory {} belongs to another user (uid {}); not trusting it",
            dir.display(),
            meta.uid()
        );
    }
    let mode = meta.permissions().mode();
    if mode & 0o022 != 0 {
        let who = if mode & 0o002 != 0 {
            "everyone"
        } else {
            "its group"
        };
        bail!(
            "cache directory {} is writable by {who}; not trusting it (chmod 700 it)",
            dir.display()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn private_files_and_dirs_have_private_modes() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("a/b");
        private_dir(&dir).unwrap();
        assert_eq!(
            fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
            0o700
        );
        let file = dir.join("f");
        write_atomic(&file, b"hello").unwrap();
        assert_eq!(
            fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(fs::read(&file).unwrap(), b"hello");
        write_atomic(&file, b"bye").unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"bye");
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            1,
            "no temp file left behind"
        );
    }

    #[test]
    fn a_held_lock_times_out() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("l");
        let a = open_private(&path).unwrap();
        let b = open_private(&path).unwrap();
        assert!(lock_within(&a, Duration::from_millis(10)).unwrap());
        assert!(!lock_within(&b, Duration::from_millis(30)).unwrap());
        a.unlock().unwrap();
        assert!(lock_within(&b, Duration::from_millis(10)).unwrap());
    }
}
