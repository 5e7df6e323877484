// The hashes behind the runtime's lookup tables. This one file is compiled into the macro crate
// (to lay the tables out) and emitted as tokens into `sec-codes` (to probe them at run time), so
// the two sides cannot disagree. It must stay plain `core` Rust with no `use`.

/// log2 of the number of slots of a table of `entries` keys: at least twice as many slots as
/// keys, so that probes are short and always reach an empty slot.
#[must_use]
pub const fn table_bits(entries: usize) -> u32 {
    let mut bits = 1;
    while (1usize << bits) < 2 * entries {
        bits += 1;
    }
    bits
}

/// The slot a hash probes first in a table of `len` slots (a power of two): the hash's high
/// bits, where the multiplies leave the most entropy.
#[inline]
#[must_use]
pub const fn home_slot(hash: u64, len: usize) -> usize {
    (hash >> (64 - len.trailing_zeros())) as usize
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
