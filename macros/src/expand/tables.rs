//! Hash tables laid out at compile time for lookups by value and by name.

use std::fmt::Write as _;

use crate::hash::{home_slot, table_bits};

/// Slots of `index + 1`, 0 marking an empty slot: each key sits at its home slot or the next free
/// one after it (linear probing), and the runtime probes the same way, comparing the key at each
/// index it meets. At least twice as many slots as keys, a power of two.
pub struct HashTable {
    slots: Vec<u32>,
}

impl HashTable {
    /// Entries are `(hash, index)`.
    pub fn build(entries: &[(u64, usize)]) -> Self {
        let size = 1usize << table_bits(entries.len());
        let mut slots = vec![0; size];
        for &(hash, index) in entries {
            let mut slot = home_slot(hash, size);
            while slots[slot] != 0 {
                slot = (slot + 1) % size;
            }
            // The catalogue's validation keeps indices within `u16` (`MAX_CODES`).
            slots[slot] = u32::try_from(index + 1).unwrap_or(0);
        }
        HashTable { slots }
    }

    /// The table as a Rust array expression: `[0, 3, 0, …]`.
    pub fn to_text(&self) -> String {
        let mut text = String::from("[");
        for slot in &self.slots {
            let _ = write!(text, "{slot},");
        }
        text.push(']');
        text
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_keys_take_the_next_free_slots() {
        // Equal hashes share a home slot (the top bits); the last slot wraps to the first.
        let table = HashTable::build(&[(0, 0), (0, 1), (u64::MAX, 2), (u64::MAX, 3)]);
        assert_eq!(table.len(), 8);
        assert_eq!(table.slots, [1, 2, 4, 0, 0, 0, 0, 3]);
    }

    #[test]
    fn keeps_at_least_half_the_slots_free() {
        for entries in [1, 2, 3, 4, 5, 1085, 1097, 5000] {
            let keys: Vec<(u64, usize)> = (0..entries).map(|i| (i as u64 * 7919, i)).collect();
            let table = HashTable::build(&keys);
            assert!(table.len() >= 2 * entries, "{entries}");
            assert!(table.len().is_power_of_two());
            assert_eq!(table.slots.iter().filter(|&&s| s != 0).count(), entries);
        }
    }
}
