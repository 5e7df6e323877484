//! How the generated tables are stored: texts as one blob with end offsets ([`Texts`]), and
//! perfect hash tables ([`Perfect`], [`PerfectValues`]) laid out by the macros. Used by the
//! catalogue's tables (`tables`) and by every generated enum (through `__private`).

use crate::OSStatus;
use crate::rules::{bucket, slot, value_hash};

/// Texts joined into one string with the end offset of each: one pointer for all of them, so a
/// position-independent binary needs no relocation per text.
#[derive(Debug)]
pub struct Texts {
    text: &'static str,
    ends: Ends,
}

/// End offsets, two bytes each while the text is under 64 KiB.
#[derive(Debug)]
pub enum Ends {
    /// Offsets below 65,536.
    Narrow(&'static [u16]),
    /// Any offsets.
    Wide(&'static [u32]),
}

impl Ends {
    #[inline]
    fn get(&self, index: usize) -> Option<usize> {
        match self {
            Ends::Narrow(ends) => ends.get(index).map(|&end| usize::from(end)),
            Ends::Wide(ends) => ends.get(index).and_then(|&end| usize::try_from(end).ok()),
        }
    }
}

impl Texts {
    /// `ends` has where each text ends in `text` (it starts where the previous one ends).
    #[must_use]
    pub const fn new(text: &'static str, ends: Ends) -> Self {
        Texts { text, ends }
    }

    /// Where text `index` lies in the blob: from where the previous one ends to its own end.
    #[inline]
    fn range(&self, index: usize) -> Option<core::ops::Range<usize>> {
        let end = self.ends.get(index)?;
        let start = match index.checked_sub(1) {
            Some(previous) => self.ends.get(previous)?,
            None => 0,
        };
        Some(start..end)
    }

    /// Text `index`; `None` past the end. Empty texts are how tables say "as another field".
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&'static str> {
        self.text.get(self.range(index)?)
    }

    /// Message `index` of a table of messages, which stores a message equal to its name as empty
    /// (the model's `Code::stored_message` writes every such table): the name from `names`
    /// then. The one reader of that rule.
    #[inline]
    #[must_use]
    pub fn message(&self, index: usize, names: &Texts) -> Option<&'static str> {
        match self.get(index) {
            Some("") => names.get(index),
            message => message,
        }
    }

    /// Text `index` as bytes: like [`get`](Self::get) without the check that the offsets fall
    /// on character boundaries, for comparing with a key.
    #[inline]
    #[must_use]
    pub fn bytes(&self, index: usize) -> Option<&'static [u8]> {
        self.text.as_bytes().get(self.range(index)?)
    }
}

/// A perfect hash table laid out by the macros (see `hash.rs` of sec-codes-macros): a pilot per
/// bucket, and per slot the index of the one key that hashes there, plus one (0: empty). Sizes
/// are powers of two known at compile time, so indexing needs no bounds check.
#[derive(Debug)]
pub struct Perfect<const BUCKETS: usize, const SLOTS: usize> {
    pilots: [u16; BUCKETS],
    slots: [u16; SLOTS],
}

impl<const BUCKETS: usize, const SLOTS: usize> Perfect<BUCKETS, SLOTS> {
    /// The table as the macros laid it out.
    #[must_use]
    pub const fn new(pilots: [u16; BUCKETS], slots: [u16; SLOTS]) -> Self {
        Perfect { pilots, slots }
    }

    /// The index of the only key that can have this hash; the caller compares the key.
    #[inline]
    #[must_use]
    pub fn find(&self, hash: u64) -> Option<usize> {
        let pilot = self.pilots[bucket(hash, BUCKETS) & (BUCKETS - 1)];
        usize::from(self.slots[slot(hash, pilot, SLOTS) & (SLOTS - 1)]).checked_sub(1)
    }
}

/// The value table of a generated enum: like [`Perfect`], with each slot's value beside its
/// position (plus one), so that a lookup reads one slot and compares.
#[derive(Debug)]
pub struct PerfectValues<const BUCKETS: usize, const SLOTS: usize> {
    pilots: [u16; BUCKETS],
    values: [OSStatus; SLOTS],
    positions: [u16; SLOTS],
}

impl<const BUCKETS: usize, const SLOTS: usize> PerfectValues<BUCKETS, SLOTS> {
    /// The table as the macros laid it out.
    #[must_use]
    pub const fn new(
        pilots: [u16; BUCKETS],
        values: [OSStatus; SLOTS],
        positions: [u16; SLOTS],
    ) -> Self {
        PerfectValues {
            pilots,
            values,
            positions,
        }
    }

    /// The position of `code` in the enum's `ALL`, if it lists it.
    #[inline]
    #[must_use]
    pub fn find(&self, code: OSStatus) -> Option<usize> {
        let hash = value_hash(code);
        let pilot = self.pilots[bucket(hash, BUCKETS) & (BUCKETS - 1)];
        let at = slot(hash, pilot, SLOTS) & (SLOTS - 1);
        if self.values[at] == code {
            usize::from(self.positions[at]).checked_sub(1)
        } else {
            None
        }
    }
}
