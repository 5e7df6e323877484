// The hashes behind the runtime's lookup tables. This one file is compiled into the macro crate
// (to lay the tables out) and emitted as tokens into `sec-codes` (to probe them at run time), so
// the two sides cannot disagree. It must stay plain `core` Rust with no `use`.

/// log2 of the number of slots of every lookup table: 1024 slots, under half full for the
/// catalogue's 384 codes, so probes are short and always reach an empty slot.
pub const TABLE_BITS: u32 = 10;

/// The slot a hash probes first: its high bits, where the multiplies leave the most entropy.
#[inline]
#[must_use]
pub const fn home_slot(hash: u64) -> usize {
    (hash >> (64 - TABLE_BITS)) as usize
}

/// Multiplier of FxHash (rustc's own hasher): cheap, and good enough for a few hundred names.
const NAME_HASH_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Hashes a name from its length and its first and last 8 bytes: two loads whatever the length,
/// with no loop for the branch predictor to miss on. Names that share all three only share a
/// probe sequence; the lookup still compares the whole name.
#[inline]
#[must_use]
pub fn name_hash(bytes: &[u8]) -> u64 {
    #[inline(always)]
    fn mix(hash: u64, word: u64) -> u64 {
        (hash.rotate_left(5) ^ word).wrapping_mul(NAME_HASH_SEED)
    }
    let len = bytes.len() as u64;
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(first), Some(last)) => mix(
            mix(mix(0, len), u64::from_le_bytes(*first)),
            u64::from_le_bytes(*last),
        ),
        _ => {
            let mut word = [0u8; 8];
            for (to, from) in word.iter_mut().zip(bytes) {
                *to = *from;
            }
            mix(mix(0, len), u64::from_le_bytes(word))
        }
    }
}

/// Hashes a status value (Fibonacci hashing: one multiply by 2^64 / φ).
#[inline]
#[must_use]
pub const fn value_hash(value: i32) -> u64 {
    (value as u32 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// What a name table stores to compare before the name itself: the hash's low half (its high
/// bits chose the slot).
#[inline]
#[must_use]
pub const fn name_tag(hash: u64) -> u32 {
    hash as u32
}
