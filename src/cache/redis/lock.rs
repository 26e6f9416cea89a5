//! Fill locks on Redis (`SET NX PX`, one per key), which a process of this host that has
//! died is not allowed to hold on to: its lock is taken over at once.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use anyhow::Result;
use redis::{Connection, Script};

use super::{RedisStore, now_ms, scripts};
use crate::cache::key::Key;
use crate::cache::store::FillLock;

/// A held fill lock; released (if still ours) when dropped.
struct RedisLock {
    conn: Rc<RefCell<Connection>>,
    keys: Vec<String>,
    token: String,
}

impl Drop for RedisLock {
    fn drop(&mut self) {
        let script = Script::new(scripts::UNLOCK);
        for k in &self.keys {
            // A failed release is harmless: the lock expires.
            let _: Result<i64, _> = script
                .key(k)
                .arg(&self.token)
                .invoke(&mut *self.conn.borrow_mut());
        }
    }
}

impl RedisStore {
    /// Lock `keys` for a fill, waiting at most `wait` for other holders. A lock expires
    /// after `wait` too: a holder that crashed on another host delays the others by no
    /// more than they would wait anyway, and one that crashed on this host (its process
    /// is gone) is taken over at once.
    pub(super) fn lock_keys(&mut self, keys: &[Key], wait: Duration) -> Result<Option<FillLock>> {
        let token = lock_token(&hostname(), std::process::id(), now_ms());
        let ttl_ms = wait.as_millis().max(1) as u64;
        let mut names: Vec<String> = keys
            .iter()
            .map(|k| format!("{}l:{}", self.ns, k.hex()))
            .collect();
        names.sort();
        names.dedup();
        let mut held = RedisLock {
            conn: Rc::clone(&self.conn),
            keys: Vec::new(),
            token: token.clone(),
        };
        let got = take_each(names, wait, &mut held.keys, |name| {
            let set = redis::cmd("SET")
                .arg(name)
                .arg(&token)
                .arg("NX")
                .arg("PX")
                .arg(ttl_ms)
                .clone();
            Ok(self.query::<Option<String>>(&set)?.is_some()
                || self.take_over_if_dead(name, &token, ttl_ms)?)
        })?;
        if !got {
            return Ok(None);
        }
        Ok(Some(Box::new(held)))
    }

    /// If the lock `name` is held by a process of this host that no longer exists (killed
    /// mid-fill), take it over atomically.
    fn take_over_if_dead(&self, name: &str, token: &str, ttl_ms: u64) -> Result<bool> {
        let Some(holder) = self.query::<Option<String>>(redis::cmd("GET").arg(name))? else {
            return Ok(false); // released meanwhile: the next SET NX gets it
        };
        let dead = parse_lock_token(&holder)
            .is_some_and(|(host, pid)| host == hostname() && !process_alive(pid));
        if !dead {
            return Ok(false);
        }
        let took: i64 = Script::new(scripts::TAKE_OVER)
            .key(name)
            .arg(&holder)
            .arg(token)
            .arg(ttl_ms)
            .invoke(&mut *self.conn.borrow_mut())?;
        Ok(took == 1)
    }
}

/// Take each lock of `names` in turn with `take` (`true`: taken) into `held`, retrying
/// with a short back-off until `wait` has passed; `false` on timeout.
pub(in crate::cache) fn take_each(
    names: Vec<String>,
    wait: Duration,
    held: &mut Vec<String>,
    mut take: impl FnMut(&str) -> Result<bool>,
) -> Result<bool> {
    let deadline = Instant::now() + wait;
    let mut pause = Duration::from_millis(2);
    for name in names {
        while !take(&name)? {
            if Instant::now() >= deadline {
                return Ok(false);
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(25));
        }
        held.push(name);
    }
    Ok(true)
}

pub(in crate::cache) fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_owned())
        .unwrap_or_else(|_| "host".into())
}

/// A fill lock's value: who holds it (`<host>-<pid>-<ms>`), unique per attempt.
pub(in crate::cache) fn lock_token(host: &str, pid: u32, ms: u64) -> String {
    format!("{host}-{pid}-{ms}")
}

/// The host and pid of a lock token (a host name may itself contain `-`).
pub(in crate::cache) fn parse_lock_token(token: &str) -> Option<(&str, u32)> {
    let mut parts = token.rsplitn(3, '-');
    let _ms: u64 = parts.next()?.parse().ok()?;
    let pid = parts.next()?.parse().ok()?;
    Some((parts.next()?, pid))
}

/// Does process `pid` exist on this host? (A process we may not signal still exists.)
pub(in crate::cache) fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    if pid <= 0 {
        return true;
    }
    // SAFETY: signal 0 sends nothing; it only checks that the process exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_tokens_name_their_host_and_pid_even_when_the_host_has_dashes() {
        let token = lock_token("cron-host-3", 4242, 1_700_000_000_000);
        assert_eq!(parse_lock_token(&token), Some(("cron-host-3", 4242)));
        assert_eq!(parse_lock_token("garbage"), None);
        assert_eq!(parse_lock_token("host-notapid-1"), None);
    }

    #[test]
    fn a_reaped_process_is_dead_and_a_live_one_is_not() {
        assert!(process_alive(std::process::id()));
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        assert!(!process_alive(pid));
    }
}
