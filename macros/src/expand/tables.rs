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
