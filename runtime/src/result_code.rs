//! [`ResultCode`]: what every generated enum implements, for generic code.

use core::fmt;
use core::hash::Hash;

use crate::{Category, CodeInfo, OSStatus};

/// What every result-code enum offers: [`SecError`](crate::SecError), the enums of
/// [`codes`](crate::codes), and every [`#[sec_codes]`](macro@crate::sec_codes) enum. Each has
/// one variant per listed code plus `Other(OSStatus)` for every other value.
///
/// The same methods are inherent on every generated enum (`code()` as a `const fn`), so calling
/// them needs no import; this trait is for code generic over several enums. Only the macros
/// implement it: its hidden items are how the generated code reaches each enum's own tables.
///
/// Not named `SecCode`, which is security-framework's code-signing object; [`SecCode`] remains
/// as an alias of this trait for now.
///
/// [`SecCode`]: crate::SecCode
pub trait ResultCode:
    Copy + Eq + Hash + fmt::Debug + fmt::Display + From<OSStatus> + Into<OSStatus> + 'static
{
    /// Every listed variant, in catalogue order (`Other` is not listed).
    const ALL: &'static [Self];

    #[doc(hidden)]
    const __TABLES: &'static crate::enum_tables::Tables;

    /// `Ok` with the variant's position in [`ALL`](Self::ALL), or `Err` with the status of an
    /// `Other` value.
    #[doc(hidden)]
    fn __position(self) -> Result<usize, OSStatus>;

    /// The variant at `position` in [`ALL`](Self::ALL).
    #[doc(hidden)]
    fn __from_position(position: usize) -> Option<Self>;

    /// The `OSStatus` value.
    fn code(self) -> OSStatus;

    /// The listed variant for `code`, or `None` if the enum does not list it (use
    /// [`From<OSStatus>`] for a conversion that keeps every value).
    fn from_code(code: OSStatus) -> Option<Self>;

    /// The Apple name, e.g. `"errSecItemNotFound"`; for `Other`, the catalogue's name of the
    /// code (`None` when it has none, or without the `catalogue` feature).
    #[inline]
    fn name(self) -> Option<&'static str> {
        Self::__TABLES.name_of(self.__position())
    }

    /// The code's message (see [`CodeInfo::message`]); for `Other`, as for [`name`](Self::name).
    #[inline]
    fn message(self) -> Option<&'static str> {
        Self::__TABLES.message_of(self.__position())
    }

    /// The category the code is listed under; for `Other`, as for [`name`](Self::name).
    #[inline]
    fn category(self) -> Option<Category> {
        Self::__TABLES.category_of(self.__position())
    }

    /// The catalogue entry of the code, also for an `Other` value the catalogue knows; `None`
    /// without the `catalogue` feature.
    #[inline]
    fn info(self) -> Option<CodeInfo> {
        Self::__TABLES.info_of(self.__position())
    }
}
