use core::fmt;
use core::hash::Hash;

use crate::{Category, CodeInfo, OSStatus};

/// What every result-code enum offers: [`SecError`](crate::SecError), the enums of
/// [`codes`](crate::codes), and every [`#[sec_codes]`](macro@crate::sec_codes) enum.
///
/// Each such enum has one variant per listed code plus `Other(OSStatus)` for every other value.
pub trait SecCode:
    Copy + Eq + Hash + fmt::Debug + fmt::Display + From<OSStatus> + Into<OSStatus> + 'static
{
    /// Every listed variant, in catalogue order (`Other` is not listed).
    const ALL: &'static [Self];

    /// The listed variant for `code`, or `None` if the enum does not list it (use
    /// [`From<OSStatus>`] for a conversion that keeps every value).
    fn from_code(code: OSStatus) -> Option<Self>;

    /// The `OSStatus` value.
    fn code(self) -> OSStatus;

    /// The catalogue entry of the code, also for an `Other` value that the catalogue knows.
    fn info(self) -> Option<&'static CodeInfo> {
        crate::describe(self.code())
    }

    /// The Apple name, e.g. `"errSecItemNotFound"`.
    fn name(self) -> Option<&'static str> {
        self.info().map(|info| info.name)
    }

    /// What `SecCopyErrorMessageString` returns for the code on macOS.
    fn message(self) -> Option<&'static str> {
        self.info().map(|info| info.message)
    }

    /// The category the catalogue lists the code under.
    fn category(self) -> Option<Category> {
        self.info().map(|info| info.category)
    }
}
