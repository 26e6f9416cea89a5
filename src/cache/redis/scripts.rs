//! The Redis store's Lua scripts: each runs atomically, so a fill, an invalidation and a
//! lock hand-over cannot interleave with each other.

/// Store an entry and tag it, unless a generation moved. KEYS: entry, then each table's
/// generation key, then each table's tag set. ARGV: bytes, expiry (Unix ms), key hex, then
/// for each table its generation and '1' if the fill sets it (there was none). A tag set
/// lives at least as long as the longest-lived entry it indexes.
pub const PUT: &str = r#"
local n = (#KEYS - 1) / 2
for i = 1, n do
  local want, create = ARGV[2 + 2 * i], ARGV[3 + 2 * i]
  if create == '1' then
    if not redis.call('SET', KEYS[1 + i], want, 'NX') then return 0 end
  elseif redis.call('GET', KEYS[1 + i]) ~= want then
    return 0
  end
end
local at = tonumber(ARGV[2])
redis.call('SET', KEYS[1], ARGV[1], 'PXAT', at)
for i = 1, n do
  local tags = KEYS[1 + n + i]
  if redis.call('TYPE', tags).ok ~= 'set' then redis.call('DEL', tags) end
  redis.call('SADD', tags, ARGV[3])
  local ttl = redis.call('PTTL', tags)
  if ttl >= 0 then
    local t = redis.call('TIME')
    local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
    if now + ttl < at then redis.call('PEXPIREAT', tags, at) end
  elseif ttl == -1 then
    redis.call('PEXPIREAT', tags, at)
  end
end
return 1
"#;

/// Invalidate a table: set its generation first (so that whatever else fails, no TTL hit
/// serves its entries), then, unless only holding it, drop every entry tagged with it. A
/// tag set of the wrong type (garbage at petdb's key) is removed. KEYS: tag set,
/// generation. ARGV: this database's key prefix (`<prefix><db id>:`), the new generation,
/// '1' to drop the entries. Returns {entries removed, 1 if the tag set was garbage}.
pub const INVALIDATE: &str = r#"
redis.call('SET', KEYS[2], ARGV[2])
if ARGV[3] ~= '1' then return {0, 0} end
local kind = redis.call('TYPE', KEYS[1]).ok
if kind == 'none' then return {0, 0} end
if kind ~= 'set' then
  redis.call('DEL', KEYS[1])
  return {0, 1}
end
local removed = 0
for _, hex in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  removed = removed + redis.call('DEL', ARGV[1] .. 'e:' .. hex)
  redis.call('DEL', ARGV[1] .. 'r:' .. hex)
  redis.call('HDEL', ARGV[1] .. 'hits', hex)
  redis.call('HDEL', ARGV[1] .. 'used', hex)
end
redis.call('DEL', KEYS[1])
return {removed, 0}
"#;

/// Keep a rendering (a field of the entry's rendering hash) only while its entry exists,
/// expiring with it. KEYS: entry, rendering hash. ARGV: style, bytes.
pub const PUT_RENDERING: &str = r#"
local at = redis.call('PEXPIRETIME', KEYS[1])
if at <= 0 then return 0 end
local kind = redis.call('TYPE', KEYS[2]).ok
if kind ~= 'hash' and kind ~= 'none' then redis.call('DEL', KEYS[2]) end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIREAT', KEYS[2], at)
return 1
"#;

/// The bytes an entry and its renderings take. KEYS: entry, rendering hash.
pub const SIZE: &str = r#"
local n = redis.call('STRLEN', KEYS[1])
for _, style in ipairs(redis.call('HKEYS', KEYS[2])) do
  n = n + redis.call('HSTRLEN', KEYS[2], style)
end
return n
"#;

/// Take over a fill lock from a holder known to be dead, only if it still holds it.
/// KEYS: lock. ARGV: the dead holder's token, our token, lock ttl ms.
pub const TAKE_OVER: &str = r#"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
"#;

/// Release a fill lock only if it is still ours. KEYS: lock. ARGV: token.
pub const UNLOCK: &str = r#"
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"#;

/// Add to counters in a hash, replacing whatever else is at its key (garbage at a key of
/// petdb's). KEYS: the hash. ARGV: field, increment, field, increment… Returns 1 if
/// garbage was replaced.
pub const ADD_COUNTS: &str = r#"
local garbage = 0
local kind = redis.call('TYPE', KEYS[1]).ok
if kind ~= 'hash' and kind ~= 'none' then
  redis.call('DEL', KEYS[1])
  garbage = 1
end
for i = 1, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
return garbage
"#;

/// Record a hit: the entry's hit count and last use, each in a hash (garbage at either
/// key is replaced). KEYS: hits hash, used hash. ARGV: key hex, now (Unix ms).
pub const TOUCH: &str = r#"
for i = 1, 2 do
  local kind = redis.call('TYPE', KEYS[i]).ok
  if kind ~= 'hash' and kind ~= 'none' then redis.call('DEL', KEYS[i]) end
end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
"#;

/// The first bytes of an entry and its whole length: {bytes, length}; {'', 0} for a key of
/// another type (garbage: damage); nothing if absent. KEYS: entry. ARGV: how many bytes.
pub const HEAD: &str = r#"
local kind = redis.call('TYPE', KEYS[1]).ok
if kind == 'none' then return nil end
if kind ~= 'string' then return {'', 0} end
return {redis.call('GETRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1), redis.call('STRLEN', KEYS[1])}
"#;
