// The hashes behind the lookup tables. This one file is compiled into the macro crate (to lay
// the tables out) and emitted as tokens into `sec-codes` (to probe them at run time), so the two
// sides cannot disagree. It must stay plain `core` Rust with no `use`.
//
// Every table is a perfect hash ("hash and displace", as in PTHash): a key's hash picks a bucket,
// the bucket's pilot (chosen when the table is laid out) picks the key's slot, and no two keys
// share a slot. A lookup is one pilot load, one slot load and one comparison of the key found:
// no probe loop, so no branch for random keys to mispredict.

/// The number of slots of a table of `keys` keys: a power of two, at least 2, and with at least a
/// quarter more slots than keys, so that pilots are quick to find.
#[must_use]
pub const fn slot_count(keys: usize) -> usize {
    let wanted = keys + keys / 4 + 1;
    let mut len = 2;
    while len < wanted {
        len *= 2;
    }
    len
}

/// The number of pilots (buckets) of a table of `keys` keys: about four keys a bucket.
#[must_use]
pub const fn bucket_count(keys: usize) -> usize {
    if keys < 4 { 1 } else { keys.div_ceil(4) }
}

/// The bucket of a hash: its high half, scaled to `buckets`.
#[inline]
#[must_use]
pub const fn bucket(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

/// The slot of a hash under a pilot, in a table of `len` slots (a power of two, at least 2).
#[inline]
#[must_use]
pub const fn slot(hash: u64, pilot: u16, len: usize) -> usize {
    let mixed = (hash ^ (pilot as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
        .wrapping_mul(0xBF58_476D_1CE4_E5B9);
    (mixed >> (64 - len.trailing_zeros())) as usize
}

/// Hashes a status value (a multiply by an odd constant: distinct values, distinct hashes).
#[inline]
#[must_use]
pub const fn value_hash(value: i32) -> u64 {
    (value as u32 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Hashes a name, 8 bytes at a time (names are at most `MAX_NAME_LEN` bytes). Every byte counts:
/// Apple names often share long prefixes and suffixes (`CSSMERR_CSP_INVALID_ATTR_KEY`).
#[inline]
#[must_use]
pub fn name_hash(bytes: &[u8]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut hash = (bytes.len() as u64).wrapping_mul(SEED);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]));
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    let mut at = 0;
    while at < rest.len() {
        last[at] = rest[at];
        at += 1;
    }
    hash = (hash.rotate_left(5) ^ u64::from_le_bytes(last)).wrapping_mul(SEED);
    // Spread the low bits' entropy into the high half, which picks the bucket.
    hash ^ (hash >> 29)
}
