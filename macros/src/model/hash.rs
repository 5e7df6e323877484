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

/// The number of pilots (buckets) of a table of `keys` keys: a power of two, at least 2, about
/// four keys a bucket.
#[must_use]
pub const fn bucket_count(keys: usize) -> usize {
    let mut buckets = 2;
    while buckets * 4 < keys {
        buckets *= 2;
    }
    buckets
}

/// The bucket of a hash among `buckets` (a power of two, at least 2): its high bits.
#[inline]
#[must_use]
pub const fn bucket(hash: u64, buckets: usize) -> usize {
    (hash >> (64 - buckets.trailing_zeros())) as usize
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

/// Hashes a name (at most `MAX_NAME_LEN`, 64 bytes) from its length and eight 8-byte words at
/// offsets 0, 8, …, 56, each moved back to end at the name's end if it would run past it, which
/// together cover every byte: a fixed amount of work whatever the length, with no loop whose end a branch predictor could miss, and one multiply. Apple names often differ in a byte or two in the middle
/// (`CSSMERR_CL_…`, `CSSMERR_DL_…`), so every byte must count.
#[inline]
#[must_use]
pub fn name_hash(bytes: &[u8]) -> u64 {
    const KEYS: [u64; 2] = [0x9E37_79B9_7F4A_7C15, 0xBF58_476D_1CE4_E5B9];
    let len = bytes.len();
    let last = len.saturating_sub(8);
    let word = |lane: usize| -> u64 {
        let at = (lane * 8).min(last);
        match bytes.get(at..at + 8) {
            Some(chunk) => u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8])),
            None => {
                // Shorter than 8 bytes: the whole name, zero-padded, in every lane.
                let mut padded = [0u8; 8];
                let mut i = 0;
                while i < len && i < 8 {
                    padded[i] = bytes[i];
                    i += 1;
                }
                u64::from_le_bytes(padded)
            }
        }
    };
    // Lanes are folded into two words with rotations that differ modulo 8 (so a byte's change
    // in two overlapping windows cannot cancel out), then mixed by one folded multiply
    // (wyhash's): every bit of both words reaches both halves of the product. Only the
    // catalogue's own names must hash apart, which laying the tables out checks.
    let a = word(0) ^ word(2).rotate_left(9) ^ word(4).rotate_left(18) ^ word(6).rotate_left(27);
    let b = word(1) ^ word(3).rotate_left(9) ^ word(5).rotate_left(18) ^ word(7).rotate_left(27);
    let product = u128::from(a ^ KEYS[0]).wrapping_mul(u128::from(b ^ KEYS[1] ^ len as u64));
    (product as u64) ^ ((product >> 64) as u64)
}
