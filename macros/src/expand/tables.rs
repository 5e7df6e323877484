//! Hash tables laid out at compile time for the runtime's lookups by value and by name.

use proc_macro2::TokenStream;
use quote::quote;

use crate::hash::{TABLE_BITS, home_slot};

/// Slots of `(tag, index + 1)`, index 0 marking an empty slot: each key sits at its home slot or
/// the next free one after it (linear probing), and the runtime probes the same way. The tag is
/// what a probe compares first: the value itself, or a name's hash.
pub struct HashTable {
    slots: Vec<Option<(TokenStream, u16)>>,
}

impl HashTable {
    /// Entries are `(hash, tag, index)`. `None` if they do not fit: more than half the slots, or
    /// indices beyond `u16`.
    pub fn build(
        entries: impl ExactSizeIterator<Item = (u64, TokenStream, usize)>,
    ) -> Option<Self> {
        let size = 1usize << TABLE_BITS;
        if entries.len() > size / 2 {
            return None;
        }
        let mut slots = vec![None; size];
        for (hash, tag, index) in entries {
            let mut slot = home_slot(hash);
            while slots[slot].is_some() {
                slot = (slot + 1) % size;
            }
            slots[slot] = Some((tag, u16::try_from(index + 1).ok()?));
        }
        Some(HashTable { slots })
    }

    pub fn to_tokens(&self) -> TokenStream {
        let slots = self.slots.iter().map(|slot| match slot {
            Some((tag, index)) => quote!((#tag, #index)),
            None => quote!((0, 0)),
        });
        quote!([#(#slots),*])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(hashes: &[u64]) -> impl ExactSizeIterator<Item = (u64, TokenStream, usize)> {
        let entries: Vec<_> = hashes
            .iter()
            .enumerate()
            .map(|(i, &h)| (h, quote!(#i), i))
            .collect();
        entries.into_iter()
    }

    #[test]
    fn colliding_keys_take_the_next_free_slots() {
        // Equal hashes share a home slot (the top bits); the last slot wraps to the first.
        let table = HashTable::build(entries(&[0, 0, u64::MAX, u64::MAX])).unwrap();
        let used: Vec<(usize, u16)> = table
            .slots
            .iter()
            .enumerate()
            .filter_map(|(slot, entry)| Some((slot, entry.as_ref()?.1)))
            .collect();
        assert_eq!(used, [(0, 1), (1, 2), (2, 4), (1023, 3)]);
    }

    #[test]
    fn refuses_to_fill_more_than_half() {
        let hashes: Vec<u64> = (0..513).collect();
        assert!(HashTable::build(entries(&hashes)).is_none());
        assert!(HashTable::build(entries(&hashes[..512])).is_some());
    }
}
