//! File-system primitives of the disk cache: private directories (0700) and files (0600),
//! atomic replacement (temp file, fsync, rename), locks with a bounded wait, counters kept
//! in a file, and the check that a cache directory is private to this user.

use std::fs::{self, DirBuilder, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};

/// Create `dir` and its missing parents, each new one 0700.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// Open (creating 0600 if needed) a file for reading and writing.
pub fn open_private(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)
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

/// Refuse a cache directory another user owns or anyone may write to: its entries could
/// have been planted.
pub fn check_private(dir: &Path) -> Result<()> {
    let meta = fs::metadata(dir)?;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me {
        bail!(
            "cache directory {} belongs to another user (uid {}); not trusting it",
            dir.display(),
            meta.uid()
        );
    }
    if meta.permissions().mode() & 0o002 != 0 {
        bail!(
            "cache directory {} is writable by everyone; not trusting it (chmod 700 it)",
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
