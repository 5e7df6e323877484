//! Lookups over the whole catalogue through hash tables laid out at compile time: no linear
//! scans, no allocation.

use crate::tables::{
    BY_NAME, BY_VALUE, BY_VARIANT, CATALOG, SHORT_NAMES, TABLE_BITS, VARIANTS, home_slot,
    name_hash, name_tag, value_hash,
};
use crate::{CodeInfo, OSStatus};

/// Every code of the catalogue: grouped by [`Category`](crate::Category) in Apple's page order,
/// deprecated aliases included.
#[must_use]
pub fn catalog() -> &'static [CodeInfo] {
    &CATALOG
}

/// The catalogue entry for a status code; for a value with a deprecated alias, the primary name.
///
/// `errSecSuccess` (`0`) is in the catalogue; a value outside it gives `None`.
///
/// ```
/// let info = sec_codes::describe(-25300).unwrap();
/// assert_eq!(info.name, "errSecItemNotFound");
/// assert_eq!(sec_codes::describe(-34).unwrap().name, "errSecDiskFull"); // not errSecDskFull
/// assert!(sec_codes::describe(12345).is_none());
/// ```
#[must_use]
pub fn describe(code: OSStatus) -> Option<&'static CodeInfo> {
    index_of_value(code).and_then(|index| CATALOG.get(index))
}

/// The catalogue entry for an Apple name, exact (`"errSecItemNotFound"`) or without the `errSec`
/// prefix (`"ItemNotFound"`). Case matters, as it does in Apple's headers.
///
/// ```
/// assert_eq!(sec_codes::lookup("errSecItemNotFound").unwrap().value, -25300);
/// assert_eq!(sec_codes::lookup("ItemNotFound").unwrap().value, -25300);
/// assert!(sec_codes::lookup("errSecNoSuchThing").is_none());
/// ```
#[must_use]
pub fn lookup(name: &str) -> Option<&'static CodeInfo> {
    let short = name.strip_prefix("errSec").unwrap_or(name);
    find_name(&BY_NAME, &SHORT_NAMES, short)
}

/// The text macOS's `SecCopyErrorMessageString` returns for a status code, from the catalogue.
///
/// ```
/// assert_eq!(
///     sec_codes::message(-25300),
///     Some("The specified item could not be found in the keychain.")
/// );
/// ```
#[must_use]
pub fn message(code: OSStatus) -> Option<&'static str> {
    describe(code).map(|info| info.message)
}

/// The catalogue entry whose generated variant is `variant` (`"Io"` for `errSecIO`).
pub(crate) fn lookup_variant(variant: &str) -> Option<&'static CodeInfo> {
    find_name(&BY_VARIANT, &VARIANTS, variant)
}

const MASK: usize = (1 << TABLE_BITS) - 1;

/// The `CATALOG` index of the primary code with this value.
#[inline]
pub(crate) fn index_of_value(code: OSStatus) -> Option<usize> {
    let mut slot = home_slot(value_hash(code));
    loop {
        let (value, entry) = BY_VALUE[slot & MASK];
        // Tables are under half full: a probe always reaches an empty slot (entry 0).
        let index = usize::from(entry).checked_sub(1)?;
        if value == code {
            return Some(index);
        }
        slot = (slot + 1) & MASK;
    }
}

/// Probes a name table; the tag (half the hash) rules out most slots before any string compare.
#[inline]
fn find_name(table: &[(u32, u16)], names: &[&str], key: &str) -> Option<&'static CodeInfo> {
    let hash = name_hash(key.as_bytes());
    let tag = name_tag(hash);
    let mut slot = home_slot(hash);
    loop {
        let (slot_tag, entry) = *table.get(slot & MASK)?;
        let index = usize::from(entry).checked_sub(1)?;
        if slot_tag == tag && names.get(index) == Some(&key) {
            return CATALOG.get(index);
        }
        slot = (slot + 1) & MASK;
    }
}
