//! Where words start in a line, found 64 bytes at a time.
//!
//! Every pattern of the scanner matches whole words, so only word starts are worth the
//! automaton. Testing each byte in turn (is it a word byte? was the one before?) was the
//! scanner's hottest loop; here eight bytes are classified at once in a `u64` (SWAR), the word
//! starts of a 64-byte block become the set bits of a mask, and each start costs one
//! `trailing_zeros`.

use super::{Cuts, is_word};

/// `0x01` in every byte.
const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
/// `0x80` in every byte.
const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
/// Bytes in a block: one bit of a `u64` mask each.
const BLOCK: usize = 64;

/// The word starts of a text, in order; see [`WordStarts::skip_to`] to jump past a match.
///
/// A word start is a word byte (ASCII letter, digit or `_`, see [`is_word`]) at the start of the
/// text or after a byte that is not one. With [`Cuts::before`], the text continues a word that
/// started earlier, so a word byte at its start is no word start.
pub struct WordStarts<'a> {
    text: &'a [u8],
    /// Offset of the block `starts` belongs to.
    block: usize,
    /// The word starts of that block not handed out yet, bit `i` for `text[block + i]`.
    starts: u64,
    cuts: Cuts,
}

impl<'a> WordStarts<'a> {
    /// The word starts of `text`, from its first byte.
    pub fn new(text: &'a [u8], cuts: Cuts) -> Self {
        let mut words = Self {
            text,
            block: 0,
            starts: 0,
            cuts,
        };
        words.load(0);
        words
    }

    /// Drops every start before `at`: the next one handed out is at `at` or later.
    pub fn skip_to(&mut self, at: usize) {
        if at >= self.block + BLOCK {
            self.load(at - at % BLOCK);
        }
        let below = at.saturating_sub(self.block);
        if below >= BLOCK {
            self.starts = 0;
        } else {
            self.starts &= u64::MAX << below;
        }
    }

    /// Makes the block at offset `block` (a multiple of [`BLOCK`]) the current one.
    fn load(&mut self, block: usize) {
        self.block = block;
        let Some(rest) = self.text.get(block..) else {
            self.starts = 0;
            return;
        };
        let words = word_mask(&rest[..rest.len().min(BLOCK)]);
        let word_before = match block.checked_sub(1) {
            Some(last) => is_word(self.text[last]),
            None => self.cuts.before,
        };
        self.starts = words & !(words << 1 | u64::from(word_before));
    }
}

impl Iterator for WordStarts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.starts == 0 {
            if self.block + BLOCK >= self.text.len() {
                return None;
            }
            self.load(self.block + BLOCK);
        }
        let bit = self.starts.trailing_zeros() as usize;
        self.starts &= self.starts - 1;
        Some(self.block + bit)
    }
}

/// Bit `i` set when `block[i]` is a word byte; `block` holds at most 64 bytes.
fn word_mask(block: &[u8]) -> u64 {
    let mut mask = 0;
    let mut chunks = block.chunks_exact(8);
    let mut shift = 0;
    for chunk in &mut chunks {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(chunk);
        mask |= word_bits(u64::from_le_bytes(bytes)) << shift;
        shift += 8;
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        // Zero bytes are not word bytes.
        let mut bytes = [0; 8];
        bytes[..tail.len()].copy_from_slice(tail);
        mask |= word_bits(u64::from_le_bytes(bytes)) << shift;
    }
    mask
}

/// Bit `i` set when byte `i` of `word` (little-endian) is a word byte.
fn word_bits(word: u64) -> u64 {
    // High bit of each byte set where `byte + (0x80 - low)` reaches 0x80, that is where the byte
    // is at least `low`. Bytes are taken without their high bit, so no sum carries into the next.
    let at_least = |bytes: u64, low: u8| bytes + ONES * u64::from(0x80 - low);
    let ascii = word & !HIGH;
    let in_range =
        |bytes: u64, low: u8, high: u8| at_least(bytes, low) & !at_least(bytes, high + 1);
    let digit = in_range(ascii, b'0', b'9');
    // ASCII letters are the bytes that `| 0x20` maps into `a..=z`.
    let letter = in_range(ascii | (ONES * 0x20), b'a', b'z');
    let underscore = in_range(ascii, b'_', b'_');
    // A byte with its high bit set (UTF-8 beyond ASCII) is not a word byte.
    let flags = (digit | letter | underscore) & !word & HIGH;
    // Gathers the eight flags (bit 7 of each byte) into the low byte, byte `i` to bit `i`.
    (flags >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Word starts found one byte at a time: what [`WordStarts`] must agree with.
    fn byte_by_byte(text: &[u8], cuts: Cuts) -> Vec<usize> {
        (0..text.len())
            .filter(|&i| {
                is_word(text[i])
                    && match i.checked_sub(1) {
                        Some(before) => !is_word(text[before]),
                        None => !cuts.before,
                    }
            })
            .collect()
    }

    #[test]
    fn every_byte_is_classified_as_is_word_does() {
        for byte in 0..=255_u8 {
            let word = u64::from_le_bytes([b' ', byte, b'-', byte, 0xFF, byte, 0, byte]);
            let expected = if is_word(byte) { 0b1010_1010 } else { 0 };
            assert_eq!(word_bits(word), expected, "byte {byte:#04x}");
        }
    }

    #[test]
    fn starts_agree_with_a_byte_by_byte_walk() {
        // A small xorshift generator: texts of word bytes, blanks, punctuation and UTF-8, of every
        // length around the block size, so that words straddle blocks and tails.
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let alphabet = b"aZ09_ -.:(\xC3\xA9\xE2\x80\x99";
        for length in 0..300 {
            for _ in 0..8 {
                let text: Vec<u8> = (0..length)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        alphabet[usize::try_from(state % alphabet.len() as u64).unwrap()]
                    })
                    .collect();
                for before in [false, true] {
                    let cuts = Cuts {
                        before,
                        after: false,
                    };
                    let expected = byte_by_byte(&text, cuts);
                    assert_eq!(WordStarts::new(&text, cuts).collect::<Vec<_>>(), expected);
                    // Skipping to any offset drops exactly the starts before it.
                    for at in (0..=length + 70).step_by(7) {
                        let mut words = WordStarts::new(&text, cuts);
                        words.skip_to(at);
                        let rest: Vec<usize> =
                            expected.iter().copied().filter(|&i| i >= at).collect();
                        assert_eq!(words.collect::<Vec<_>>(), rest, "skip to {at}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_word_across_a_block_edge_starts_once() {
        let mut text = vec![b' '; 60];
        text.extend_from_slice(b"errSecItemNotFound and more");
        assert_eq!(
            WordStarts::new(&text, Cuts::default()).collect::<Vec<_>>(),
            [60, 79, 83]
        );
        let mut words = WordStarts::new(&text, Cuts::default());
        words.skip_to(70);
        assert_eq!(words.collect::<Vec<_>>(), [79, 83]);
    }
}
