//! Lookups over the whole catalogue: by value through a generated `match`, by name through a
//! generated hash table. No linear scans.

use crate::tables::{
    CATALOG, NAME_SLOTS, SLOT_MASK, SLOT_SHIFT, VARIANT_SLOTS, VARIANTS, index_of_value, name_hash,
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
    index_of_value(code).map(|index| &CATALOG[usize::from(index)])
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
    find(&NAME_SLOTS, short, |index| CATALOG[index].short_name())
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
    find(&VARIANT_SLOTS, variant, |index| VARIANTS[index])
}

/// Open addressing with linear probing: slots hold catalogue index + 1, 0 is empty. The generator
/// keeps every table under half full, so a probe sequence always reaches an empty slot.
fn find(
    slots: &[u16],
    key: &str,
    key_of: impl Fn(usize) -> &'static str,
) -> Option<&'static CodeInfo> {
    let mut slot = (name_hash(key.as_bytes()) >> SLOT_SHIFT) as usize;
    loop {
        let index = usize::from(*slots.get(slot)?).checked_sub(1)?;
        if key_of(index) == key {
            return CATALOG.get(index);
        }
        slot = (slot + 1) & SLOT_MASK;
    }
}
