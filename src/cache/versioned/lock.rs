//! Fill locks on a version-addressed store: one `SET NX PX` (memcached `add`) per key,
//! expiring after the wait, and taken over at once from a process of this host that died.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use anyhow::Result;

use super::kv::Kv;
use crate::cache::now_ms;
use crate::cache::redis::lock::{hostname, lock_token, parse_lock_token, process_alive, take_each};
use crate::cache::store::FillLock;

/// A held fill lock; released (if still ours) when dropped.
struct Held {
    kv: Rc<RefCell<Box<dyn Kv>>>,
    keys: Vec<String>,
    token: String,
}

impl Drop for Held {
    fn drop(&mut self) {
        for k in &self.keys {
            // A failed release is harmless: the lock expires.
            let _ = self.kv.borrow_mut().delete_if(k, self.token.as_bytes());
        }
    }
}

/// Lock every key of `names` for a fill, waiting at most `wait`; `None` on timeout.
pub fn lock(
    kv: &Rc<RefCell<Box<dyn Kv>>>,
    mut names: Vec<String>,
    wait: Duration,
) -> Result<Option<FillLock>> {
    let token = lock_token(&hostname(), std::process::id(), now_ms());
    let ttl_ms = wait.as_millis().max(1) as u64;
    names.sort();
    names.dedup();
    let mut held = Held {
        kv: Rc::clone(kv),
        keys: Vec::new(),
        token: token.clone(),
    };
    let got = take_each(names, wait, &mut held.keys, |name| {
        let added = kv.borrow_mut().add(name, token.as_bytes(), Some(ttl_ms))?;
        Ok(added || take_over_if_dead(kv, name, &token, ttl_ms)?)
    })?;
    if !got {
        return Ok(None);
    }
    Ok(Some(Box::new(held)))
}

/// If the lock `name` is held by a process of this host that no longer exists (killed
/// mid-fill), remove its lock and take one of ours.
fn take_over_if_dead(
    kv: &Rc<RefCell<Box<dyn Kv>>>,
    name: &str,
    token: &str,
    ttl_ms: u64,
) -> Result<bool> {
    let Some(holder) = kv.borrow_mut().get(name)? else {
        return Ok(false); // released meanwhile: the next add gets it
    };
    let holder = String::from_utf8_lossy(&holder).into_owned();
    let dead = parse_lock_token(&holder)
        .is_some_and(|(host, pid)| host == hostname() && !process_alive(pid));
    if !dead {
        return Ok(false);
    }
    let mut kv = kv.borrow_mut();
    kv.delete_if(name, holder.as_bytes())?;
    kv.add(name, token.as_bytes(), Some(ttl_ms))
}
