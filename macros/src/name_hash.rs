// The hash behind the runtime's name tables. This one file is compiled into the macro crate (to
// place names in the tables) and emitted as tokens into `sec-codes` (to find them at run time), so
// the two sides cannot disagree. It must stay plain `core` Rust with no `use`.

/// Multiplier of FxHash (rustc's own hasher): cheap, and good enough for a few hundred ASCII names.
const NAME_HASH_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Hashes a name 8 bytes at a time; the slot is taken from the high bits, where the multiply
/// leaves the most entropy.
#[inline]
#[must_use]
pub fn name_hash(bytes: &[u8]) -> u64 {
    #[inline(always)]
    fn mix(hash: u64, word: u64) -> u64 {
        (hash.rotate_left(5) ^ word).wrapping_mul(NAME_HASH_SEED)
    }
    let mut hash = mix(0, bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = mix(hash, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        hash = mix(hash, u64::from_le_bytes(word));
    }
    hash
}
