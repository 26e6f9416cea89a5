//! A rendering: the output of one style (say csv without header) made from an entry's
//! rows, kept beside the entry so a hit can skip re-rendering. It is bound to its entry's
//! key, its style and the checksum of the rows it was made from, so it can never be
//! served for another entry, another format, or outlive a refill:
//!
//! ```text
//! 0   magic "PETDBR" + format u16      8   XXH3-128(key, style, rows checksum)
//! 24  body length (u64 LE)             32  XXH3-128(body)      48  body
//! ```

use std::io::{Seek, SeekFrom, Write};

use anyhow::{Result, ensure};
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

use super::entry::{FORMAT, u64_at, u128_at};
use super::key::Key;

pub const MAGIC: &[u8; 6] = b"PETDBR";
pub const HEADER_LEN: usize = 48;
/// How much of a large rendering is in memory at once while it is checked or copied.
pub const CHUNK: usize = 1024 * 1024;

/// What a rendering is bound to: its entry, its style, and the entry's rows.
fn binding(key: &Key, style: &str, rows_sum: u128) -> u128 {
    let mut h = Xxh3::new();
    h.update(&key.0);
    h.update(&(style.len() as u64).to_le_bytes());
    h.update(style.as_bytes());
    h.update(&rows_sum.to_le_bytes());
    h.digest128()
}

pub fn encode(key: &Key, style: &str, rows_sum: u128, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&binding(key, style, rows_sum).to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&xxh3_128(body).to_le_bytes());
    out.extend_from_slice(body);
    out
}

/// Check a rendering's header: ours, this format, bound to (key, style, rows), and as
/// long as it says.
fn check_header(header: &[u8], total: u64, bound: u128) -> Result<()> {
    ensure!(header.len() >= HEADER_LEN, "truncated rendering");
    ensure!(&header[..6] == MAGIC, "not a petdb rendering");
    ensure!(
        u16::from_le_bytes([header[6], header[7]]) == FORMAT,
        "rendering of another format version"
    );
    ensure!(
        u128_at(header, 8) == bound,
        "rendering of another entry, format or rows"
    );
    ensure!(
        u64_at(header, 24) == total - HEADER_LEN as u64,
        "rendering length mismatch"
    );
    Ok(())
}

/// The body of a rendering, if it is intact and bound to (key, style, rows_sum).
pub fn decode<'b>(bytes: &'b [u8], key: &Key, style: &str, rows_sum: u128) -> Result<&'b [u8]> {
    check_header(bytes, bytes.len() as u64, binding(key, style, rows_sum))?;
    let body = &bytes[HEADER_LEN..];
    ensure!(
        xxh3_128(body) == u128_at(bytes, 32),
        "rendering checksum mismatch"
    );
    Ok(body)
}

/// Check a rendering kept in `file` window by window, so a large one is never in memory
/// whole (each window is mapped, hashed and unmapped).
fn check_file(file: &std::fs::File, key: &Key, style: &str, rows_sum: u128) -> Result<()> {
    use std::os::unix::fs::FileExt;
    let total = file.metadata()?.len();
    let mut header = [0u8; HEADER_LEN];
    file.read_exact_at(&mut header, 0)
        .map_err(|_| anyhow::anyhow!("truncated rendering"))?;
    check_header(&header, total, binding(key, style, rows_sum))?;
    let mut hasher = Xxh3::new();
    let mut at = 0u64; // windows start at page-aligned offsets; the header is skipped
    while at < total {
        let len = (total - at).min(CHUNK as u64) as usize;
        // SAFETY: renderings are never modified in place (a refill writes a new file and
        // renames it over this one), so the mapped bytes cannot change under us.
        let window = unsafe {
            memmap2::MmapOptions::new()
                .offset(at)
                .len(len)
                .populate()
                .map(file)?
        };
        let skip = if at == 0 { HEADER_LEN.min(len) } else { 0 };
        hasher.update(&window[skip..]);
        at += len as u64;
    }
    ensure!(
        hasher.digest128() == u128_at(&header, 32),
        "rendering checksum mismatch"
    );
    Ok(())
}

/// A rendering read from a store: in memory, or (large ones, from disk) an open file that
/// is checked and then copied in chunks, so a hit's memory stays small whatever the
/// output's size.
pub enum Blob {
    Owned(Vec<u8>),
    File(std::fs::File),
}

impl Blob {
    /// Check that this is an intact rendering of `key`'s rows (checksum `rows_sum`) in
    /// `style`.
    pub fn check(&mut self, key: &Key, style: &str, rows_sum: u128) -> Result<()> {
        match self {
            Blob::Owned(bytes) => decode(bytes, key, style, rows_sum).map(drop),
            Blob::File(file) => check_file(file, key, style, rows_sum),
        }
    }

    /// Write the rendered output (call [`Blob::check`] first). When `out` buffers the
    /// process's stdout, a large body is handed to the kernel to copy (no pass through
    /// user memory).
    pub fn write_body(&mut self, out: &mut dyn Write, stdout: bool) -> Result<()> {
        match self {
            Blob::Owned(bytes) => out.write_all(&bytes[HEADER_LEN..])?,
            Blob::File(file) => {
                file.seek(SeekFrom::Start(HEADER_LEN as u64))?;
                if stdout {
                    out.flush()?;
                    std::io::copy(file, &mut std::io::stdout().lock())?;
                } else {
                    std::io::copy(file, out)?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: Key = Key([3; 32]);

    #[test]
    fn renderings_belong_to_their_entry_style_and_rows() {
        let body = b"id,name\n1,Rex\n";
        let r = encode(&KEY, "csv", 42, body);
        assert_eq!(decode(&r, &KEY, "csv", 42).unwrap(), body);
        assert!(decode(&r, &KEY, "csv", 43).is_err(), "made from other rows");
        assert!(decode(&r, &KEY, "json", 42).is_err(), "another format");
        assert!(
            decode(&r, &Key([4; 32]), "csv", 42).is_err(),
            "another entry"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r");
        let in_file = |bytes: &[u8], style: &str| {
            std::fs::write(&path, bytes).unwrap();
            Blob::File(std::fs::File::open(&path).unwrap()).check(&KEY, style, 42)
        };
        assert!(in_file(&r, "csv").is_ok());
        assert!(in_file(&r, "tsv").is_err());
        for len in 0..r.len() {
            assert!(decode(&r[..len], &KEY, "csv", 42).is_err());
            assert!(
                in_file(&r[..len], "csv").is_err(),
                "from a file, truncated to {len}"
            );
        }
        for i in 0..r.len() {
            let mut bad = r.clone();
            bad[i] ^= 1;
            assert!(decode(&bad, &KEY, "csv", 42).is_err(), "byte {i}");
            assert!(in_file(&bad, "csv").is_err(), "from a file, byte {i}");
        }
        // A body over several windows.
        let big: Vec<u8> = (0..(CHUNK * 2 + 12345)).map(|i| (i % 251) as u8).collect();
        let r = encode(&KEY, "csv", 42, &big);
        assert!(in_file(&r, "csv").is_ok());
        let mut bad = r.clone();
        bad[CHUNK + 17] ^= 1;
        assert!(in_file(&bad, "csv").is_err());
    }
}
