//! What became of each read of a command in the cache — served, filled, or not kept and
//! why — for commands that report it (`cache warm`). Recorded where it happens (a hit is
//! served in `read.rs`, an entry is stored in `fill.rs`, a read is not kept in
//! [`Cache::skip`](super::Cache)), in the order the reads were answered.

use super::Cache;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Answered from a valid entry.
    Hit,
    /// Ran, and its entry was stored.
    Filled,
    /// Answered, but not kept: uncacheable, too large, a table untracked or written
    /// while it ran.
    Skipped { why: String },
}

impl Cache {
    /// The outcomes recorded since the last call.
    pub fn take_outcomes(&mut self) -> Vec<Outcome> {
        std::mem::take(&mut self.outcomes)
    }
}
