//! Fuzz the cache's decoders (entries, renderings, statistics) with arbitrary bytes:
//! whatever a damaged or foreign file holds, decoding must fail cleanly or yield exactly
//! what the checksums vouch for — never panic.
//!
//! Run: `cargo fuzz run cache_entry` (from the repository root; see the README).

#![no_main]

use libfuzzer_sys::fuzz_target;
use petdb::cache::entry::fuzz_one;
use petdb::cache::key::Key;

fuzz_target!(|data: &[u8]| {
    // The key the entry must belong to comes from the input too, when there is room.
    let key = if data.len() >= 32 { Key(data[..32].try_into().unwrap()) } else { Key([7; 32]) };
    fuzz_one(data, &key);
    if data.len() > 32 {
        fuzz_one(&data[32..], &key);
    }
});
