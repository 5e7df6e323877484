//! Perfect hash tables laid out at compile time for lookups by value and by name (see `hash.rs`).

use std::fmt::Write as _;

use crate::hash::{bucket, bucket_count, slot, slot_count};

/// Pilots (one per bucket) and slots of `index + 1`, 0 marking an empty slot.
#[derive(Debug)]
pub struct PerfectTable {
    pilots: Vec<u16>,
    slots: Vec<u32>,
}

impl PerfectTable {
    /// Lays out `(hash, index)` entries so that each hash has a slot of its own. `None` if no
    /// pilot separates some bucket's keys, which only two equal hashes cause.
    pub fn build(entries: &[(u64, usize)]) -> Option<Self> {
        let buckets = bucket_count(entries.len());
        let mut members: Vec<Vec<(u64, usize)>> = vec![Vec::new(); buckets];
        for &(hash, index) in entries {
            members[bucket(hash, buckets)].push((hash, index));
        }
        // Fullest buckets first, while most slots are free (stable: ties keep bucket order).
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
        let len = slot_count(entries.len());
        let mut table = PerfectTable {
            pilots: vec![0; buckets],
            slots: vec![0; len],
        };
        // Plain loops: this runs in an unoptimized proc macro, where iterator adapters are slow.
        let mut taken: Vec<usize> = Vec::with_capacity(8);
        for b in order {
            let keys = &members[b];
            let mut found = None;
            'pilots: for pilot in 0..=u16::MAX {
                taken.clear();
                for &(hash, _) in keys {
                    let at = slot(hash, pilot, len);
                    if table.slots[at] != 0 || taken.contains(&at) {
                        continue 'pilots;
                    }
                    taken.push(at);
                }
                found = Some(pilot);
                break;
            }
            let pilot = found?;
            table.pilots[b] = pilot;
            for (&at, &(_, index)) in taken.iter().zip(keys) {
                table.slots[at] = u32::try_from(index + 1).ok()?;
            }
        }
        Some(table)
    }

    /// The number of buckets and of slots: the type's parameters.
    pub fn sizes(&self) -> (usize, usize) {
        (self.pilots.len(), self.slots.len())
    }

    /// `crate::storage::Perfect::<B, S>::new([pilots], [slots])`: indices by hash, inside
    /// `sec-codes` itself.
    pub fn to_runtime_text(&self) -> String {
        let slots = list(self.slots.iter());
        self.constructor("crate::storage", "Perfect", &[&slots])
    }

    /// `{krate}::__private::PerfectValues::<B, S>::new([pilots], [values], [positions + 1])`:
    /// each slot with the value of the key it holds (`values[index]`), 0 where empty.
    pub fn to_values_text_with(&self, krate: &str, values: &[i32]) -> String {
        let slot_values = list(self.slots.iter().map(|&slot| {
            let index = usize::try_from(slot)
                .ok()
                .and_then(|slot| slot.checked_sub(1));
            index
                .and_then(|index| values.get(index))
                .copied()
                .unwrap_or(0)
        }));
        let positions = list(self.slots.iter());
        let module = format!("{krate}::__private");
        self.constructor(&module, "PerfectValues", &[&slot_values, &positions])
    }

    /// `{module}::{kind}::<B, S>::new([pilots], arrays…)`.
    fn constructor(&self, module: &str, kind: &str, arrays: &[&str]) -> String {
        let (buckets, slots) = self.sizes();
        let mut text = format!(
            "{module}::{kind}::<{buckets}, {slots}>::new({}",
            list(self.pilots.iter())
        );
        for array in arrays {
            let _ = write!(text, ", {array}");
        }
        text.push(')');
        text
    }

    /// The index at the slot of `hash`, as the runtime finds it.
    #[cfg(test)]
    fn find(&self, hash: u64) -> Option<usize> {
        let pilot = self.pilots[bucket(hash, self.pilots.len())];
        let entry = self.slots[slot(hash, pilot, self.slots.len())];
        usize::try_from(entry).ok()?.checked_sub(1)
    }
}

/// `[a,b,…,]`: an array expression of numbers.
fn list<T: std::fmt::Display>(items: impl Iterator<Item = T>) -> String {
    let mut text = String::from("[");
    for item in items {
        let _ = write!(text, "{item},");
    }
    text.push(']');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::{name_hash, value_hash};

    #[test]
    fn every_key_has_a_slot_of_its_own() {
        for keys in [0, 1, 2, 3, 5, 30, 1085, 5000] {
            let entries: Vec<(u64, usize)> = (0..keys)
                .map(|i| (value_hash(-(i as i32) * 7 - 1), i))
                .collect();
            let table = PerfectTable::build(&entries).unwrap();
            assert!(table.slots.len() >= keys + keys / 4, "{keys}");
            assert!(table.slots.len().is_power_of_two());
            for &(hash, index) in &entries {
                assert_eq!(table.find(hash), Some(index), "{keys}");
            }
            let used = table.slots.iter().filter(|&&s| s != 0).count();
            assert_eq!(used, keys);
        }
    }

    #[test]
    fn names_sharing_prefix_suffix_and_length_are_told_apart() {
        let names = [
            "CSSMERR_CSP_INVALID_ATTR_KEY",
            "CSSMERR_CSP_MISSING_ATTR_KEY",
        ];
        assert_ne!(
            name_hash(names[0].as_bytes()),
            name_hash(names[1].as_bytes())
        );
        let entries: Vec<_> = (0..)
            .zip(names)
            .map(|(i, n)| (name_hash(n.as_bytes()), i))
            .collect();
        let table = PerfectTable::build(&entries).unwrap();
        assert_eq!(table.find(entries[1].0), Some(1));
    }

    #[test]
    fn equal_hashes_cannot_be_separated() {
        assert!(PerfectTable::build(&[(42, 0), (42, 1)]).is_none());
    }
}
