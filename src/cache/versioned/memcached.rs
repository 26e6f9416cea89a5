//! memcached as a [`Kv`]: `memcache://host:port`, spoken in memcached's text protocol over
//! one TCP connection with the Redis store's 1.5 s bound on connecting and on each reply.
//! (Hand-written: six commands; the `memcache` crate's pool checks every connection with
//! an extra round trip and spawns threads, which a hit cannot afford.)
//!
//! memcached cannot enumerate its keys, so `cache list` has nothing to show there and
//! `cache stats` no entry count; it cannot delete a key only if it holds a value either,
//! so a fill lock is released by a read then a delete (a lock taken in between by another
//! process is lost, costing at most one extra fill).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};

use anyhow::{Context, Result, bail};

use super::kv::Kv;
use crate::cache::now_ms;
use crate::cache::redis::TIMEOUT;

pub const SCHEME: &str = "memcache://";

/// Past this many seconds memcached reads an expiry as a Unix time.
const RELATIVE_LIMIT_S: u64 = 30 * 24 * 3600;

/// memcached's longest key.
const MAX_KEY: usize = 250;

pub struct Memcached {
    conn: BufReader<TcpStream>,
    shown: String,
}

impl Memcached {
    pub fn open(url: &str) -> Result<Self> {
        let shown = crate::db::target::redact_unparsed(url);
        let addr = address(url).with_context(|| format!("invalid memcached URL {shown}"))?;
        let conn = connect(&addr).with_context(|| format!("cannot reach memcached at {shown}"))?;
        Ok(Self {
            conn: BufReader::new(conn),
            shown,
        })
    }

    /// Send one command (and its data block), then read its first reply line.
    fn call(&mut self, line: &str, data: Option<&[u8]>) -> Result<String> {
        let mut out = Vec::with_capacity(line.len() + data.map_or(0, |d| d.len() + 4) + 2);
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
        if let Some(data) = data {
            out.extend_from_slice(data);
            out.extend_from_slice(b"\r\n");
        }
        self.conn.get_mut().write_all(&out)?;
        self.line()
    }

    fn line(&mut self) -> Result<String> {
        let mut line = String::new();
        if self.conn.read_line(&mut line)? == 0 {
            bail!("memcached closed the connection");
        }
        let line = line.trim_end_matches(['\r', '\n']).to_owned();
        if line == "ERROR" || line.starts_with("CLIENT_ERROR") {
            bail!("memcached refused a command: {line}");
        }
        Ok(line)
    }

    /// The values of a `get` reply, by key, until `END`.
    fn values(&mut self, first: String) -> Result<Vec<(String, Vec<u8>)>> {
        let mut found = Vec::new();
        let mut line = first;
        while line != "END" {
            let mut parts = line.split(' ');
            let (Some("VALUE"), Some(key), Some(_flags), Some(len)) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                bail!("unexpected reply from memcached: {line}");
            };
            let len: usize = len.parse().context("memcached sent a bad length")?;
            let mut data = vec![0; len + 2];
            self.conn.read_exact(&mut data)?;
            data.truncate(len);
            found.push((key.to_owned(), data));
            line = self.line()?;
        }
        Ok(found)
    }

    /// `set` or `add`; `true` if stored.
    fn store(&mut self, verb: &str, key: &str, value: &[u8], exptime: u32) -> Result<bool> {
        let line = format!("{verb} {} 0 {exptime} {}", checked(key)?, value.len());
        match self.call(&line, Some(value))?.as_str() {
            "STORED" => Ok(true),
            "NOT_STORED" => Ok(false),
            // Larger than the server's item size: served, not kept.
            r if r.starts_with("SERVER_ERROR object too large") => Ok(false),
            r => bail!("unexpected reply from memcached to {verb}: {r}"),
        }
    }
}

/// `host:port` of `memcache://host:port` (port 11211 if absent).
fn address(url: &str) -> Result<String> {
    let parsed = url::Url::parse(url)?;
    if parsed.scheme() != "memcache"
        || !parsed.path().trim_matches('/').is_empty()
        || parsed.query().is_some()
    {
        bail!("expected memcache://host:port");
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        bail!("memcached's text protocol has no login: drop the user and password");
    }
    let host = parsed.host_str().context("no host in it")?;
    Ok(format!("{host}:{}", parsed.port().unwrap_or(11211)))
}

fn connect(addr: &str) -> Result<TcpStream> {
    let mut last = None;
    for a in addr.to_socket_addrs()? {
        match TcpStream::connect_timeout(&a, TIMEOUT) {
            Ok(s) => {
                s.set_read_timeout(Some(TIMEOUT))?;
                s.set_write_timeout(Some(TIMEOUT))?;
                s.set_nodelay(true)?;
                return Ok(s);
            }
            Err(e) => last = Some(e),
        }
    }
    Err(last.map_or_else(|| anyhow::anyhow!("{addr} resolves to nothing"), Into::into))
}

/// A key memcached accepts (petdb's prefixes have no spaces; the length is the limit).
fn checked(key: &str) -> Result<&str> {
    if key.len() > MAX_KEY || key.bytes().any(|b| b <= b' ' || b == 0x7f) {
        bail!("'{key}' is not a memcached key (at most {MAX_KEY} bytes, no spaces)");
    }
    Ok(key)
}

/// memcached's expiry for Unix time `at_ms`: seconds from now, or a Unix time when far;
/// `None` if it has passed.
fn expiry(at_ms: u64) -> Option<u32> {
    let left = at_ms.checked_sub(now_ms())?.div_ceil(1000).max(1);
    let secs = if left > RELATIVE_LIMIT_S {
        at_ms.div_ceil(1000)
    } else {
        left
    };
    Some(u32::try_from(secs).unwrap_or(u32::MAX))
}

fn ttl_secs(ttl_ms: Option<u64>) -> u32 {
    ttl_ms.map_or(0, |ms| {
        u32::try_from(ms.div_ceil(1000).max(1)).unwrap_or(u32::MAX)
    })
}

impl Kv for Memcached {
    fn location(&self) -> String {
        self.shown.clone()
    }

    fn get(&mut self, key: &str) -> Result<Option<Vec<u8>>> {
        let first = self.call(&format!("get {}", checked(key)?), None)?;
        Ok(self.values(first)?.into_iter().next().map(|(_, v)| v))
    }

    fn get_many(&mut self, keys: &[String]) -> Result<Vec<Option<Vec<u8>>>> {
        let mut line = String::from("get");
        for k in keys {
            line.push(' ');
            line.push_str(checked(k)?);
        }
        let first = self.call(&line, None)?;
        let mut found = self.values(first)?;
        Ok(keys
            .iter()
            .map(|k| {
                let i = found.iter().position(|(f, _)| f == k)?;
                Some(found.swap_remove(i).1)
            })
            .collect())
    }

    fn set(&mut self, key: &str, value: &[u8], expires_at_ms: Option<u64>) -> Result<()> {
        let exptime = match expires_at_ms {
            None => 0,
            Some(at) => match expiry(at) {
                Some(exp) => exp,
                None => return Ok(()), // expired already: nothing to keep
            },
        };
        self.store("set", key, value, exptime)?;
        Ok(())
    }

    fn add(&mut self, key: &str, value: &[u8], ttl_ms: Option<u64>) -> Result<bool> {
        self.store("add", key, value, ttl_secs(ttl_ms))
    }

    fn delete(&mut self, key: &str) -> Result<bool> {
        match self
            .call(&format!("delete {}", checked(key)?), None)?
            .as_str()
        {
            "DELETED" => Ok(true),
            "NOT_FOUND" => Ok(false),
            r => bail!("unexpected reply from memcached to delete: {r}"),
        }
    }

    fn delete_if(&mut self, key: &str, value: &[u8]) -> Result<()> {
        if self.get(key)?.as_deref() == Some(value) {
            self.delete(key)?;
        }
        Ok(())
    }

    fn add_counts(&mut self, counts: &[(String, u64)]) -> Result<()> {
        for (key, by) in counts {
            loop {
                let reply = self.call(&format!("incr {} {by}", checked(key)?), None)?;
                if reply != "NOT_FOUND" {
                    if !reply.bytes().all(|b| b.is_ascii_digit()) {
                        bail!("unexpected reply from memcached to incr: {reply}");
                    }
                    break;
                }
                // A missing counter starts at this increment (unless another host just
                // created it: then increment that one).
                if self.store("add", key, by.to_string().as_bytes(), 0)? {
                    break;
                }
            }
        }
        Ok(())
    }

    fn count_hit(&mut self, _key: &str, _expires_at_ms: u64) -> Result<()> {
        Ok(()) // nothing lists entries here
    }

    fn keys(&mut self, _pattern: &str) -> Result<Option<Vec<String>>> {
        Ok(None)
    }

    fn lengths(&mut self, keys: &[String]) -> Result<Vec<u64>> {
        Ok(vec![0; keys.len()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiries_are_relative_seconds_rounded_up_or_unix_times_when_far() {
        let now = now_ms();
        assert_eq!(expiry(now - 1), None);
        let soon = expiry(now + 1_500).unwrap();
        assert!((1..=2).contains(&soon), "{soon}");
        let far = now + 40 * 24 * 3600 * 1000;
        assert_eq!(
            expiry(far),
            Some(u32::try_from(far.div_ceil(1000)).unwrap())
        );
        assert_eq!(ttl_secs(None), 0);
        assert_eq!(ttl_secs(Some(1)), 1);
        assert_eq!(ttl_secs(Some(2_001)), 3);
    }

    #[test]
    fn urls_and_keys_memcached_accepts() {
        assert_eq!(
            address("memcache://127.0.0.1:11311").unwrap(),
            "127.0.0.1:11311"
        );
        assert_eq!(
            address("memcache://cache.internal").unwrap(),
            "cache.internal:11211"
        );
        assert!(address("memcache://h:1/db").is_err());
        assert!(address("memcache://u:p@h:1").is_err());
        assert!(checked("petdb:abc:e:g1:{00}").is_ok());
        assert!(checked("has space").is_err());
        assert!(checked(&"k".repeat(251)).is_err());
    }
}
