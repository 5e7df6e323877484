//! What a generated enum knows of its listed variants ([`Tables`], by position in its `ALL`),
//! in the form the `catalogue` feature picks: with it, each variant's catalogue index; without,
//! the enum's own texts. The macro writes both forms into one `__private::tables!` call and the
//! `__tables!` defined here keeps one.

use crate::rules::MAX_NAME_LEN;
#[cfg(not(feature = "catalogue"))]
use crate::storage::Texts;
use crate::{Category, CodeInfo, OSStatus};

/// What a generated enum knows of its listed variants, by position in its `ALL`. With the
/// `catalogue` feature, each one's entry in the catalogue: its texts are the catalogue's, stored
/// once whatever the number of enums, and an enum adds two bytes a variant.
#[cfg(feature = "catalogue")]
#[derive(Debug)]
pub struct Tables {
    entries: &'static [u16],
}

#[cfg(feature = "catalogue")]
impl Tables {
    /// `entries[position]` is the catalogue index of the variant at `position`.
    #[must_use]
    pub const fn new(entries: &'static [u16]) -> Self {
        Tables { entries }
    }

    /// The catalogue's entry of the variant at `position`.
    #[inline]
    pub(crate) fn info(&self, position: usize) -> Option<CodeInfo> {
        self.entries
            .get(position)
            .and_then(|&index| CodeInfo::at(usize::from(index)))
    }

    #[inline]
    pub(crate) fn name(&self, position: usize) -> Option<&'static str> {
        self.info(position).map(CodeInfo::name)
    }

    #[inline]
    pub(crate) fn message(&self, position: usize) -> Option<&'static str> {
        self.info(position).map(CodeInfo::message)
    }

    #[inline]
    pub(crate) fn category(&self, position: usize) -> Option<Category> {
        self.info(position).map(CodeInfo::category)
    }

    /// The variant name, spelled from the Apple name (as the macros name variants) into
    /// `buffer`: the catalogue holds no second copy of the names.
    pub(crate) fn variant<'b>(
        &self,
        position: usize,
        buffer: &'b mut [u8; MAX_NAME_LEN],
    ) -> Option<&'b str> {
        crate::rules::variant_name(self.name(position)?, buffer)
    }
}

/// What a generated enum knows of its listed variants, by position in its `ALL`. Without the
/// `catalogue` feature, its own texts: those of its variants only.
#[cfg(not(feature = "catalogue"))]
#[derive(Debug)]
pub struct Tables {
    /// Apple names.
    pub names: Texts,
    /// Messages; empty where the message is the name.
    pub messages: Texts,
    /// Variant names, for `Debug` and `FromStr`.
    pub variants: Texts,
    /// `(end, category)`: positions from the previous end up to `end` are in `category`.
    pub categories: &'static [(u16, Category)],
}

#[cfg(not(feature = "catalogue"))]
impl Tables {
    /// No catalogue, no entry.
    #[inline]
    #[allow(clippy::unused_self)]
    pub(crate) fn info(&self, _position: usize) -> Option<CodeInfo> {
        None
    }

    #[inline]
    pub(crate) fn name(&self, position: usize) -> Option<&'static str> {
        self.names.get(position)
    }

    #[inline]
    pub(crate) fn message(&self, position: usize) -> Option<&'static str> {
        self.messages.message(position, &self.names)
    }

    #[inline]
    pub(crate) fn category(&self, position: usize) -> Option<Category> {
        self.categories
            .iter()
            .find(|(end, _)| position < usize::from(*end))
            .map(|&(_, category)| category)
    }

    #[inline]
    pub(crate) fn variant<'b>(
        &self,
        position: usize,
        _buffer: &'b mut [u8; MAX_NAME_LEN],
    ) -> Option<&'b str> {
        self.variants.get(position)
    }
}

/// The `Tables` expression of a generated enum, from everything the macro knows of its variants:
/// `tables!([catalogue indices] (names) (messages) (variant names) [(end, Category)])`, each text
/// as `("blob", Narrow or Wide, [end offsets])`. The macro cannot see this crate's features, so
/// it writes both forms and this picks one: with the `catalogue` feature only the indices are
/// compiled, the texts are dropped unparsed.
#[cfg(feature = "catalogue")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tables {
    ($entries:tt $names:tt $messages:tt $variants:tt $categories:tt) => {
        $crate::__private::Tables::new(&$entries)
    };
}

/// See the other definition: without the `catalogue` feature, the enum's own texts.
#[cfg(not(feature = "catalogue"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tables {
    (
        $entries:tt
        ($names:literal, $names_width:ident, $names_ends:tt)
        ($messages:literal, $messages_width:ident, $messages_ends:tt)
        ($variants:literal, $variants_width:ident, $variants_ends:tt)
        [$(($end:literal, $category:ident)),* $(,)?]
    ) => {
        $crate::__private::Tables {
            names: $crate::__private::Texts::new(
                $names,
                $crate::__private::Ends::$names_width(&$names_ends),
            ),
            messages: $crate::__private::Texts::new(
                $messages,
                $crate::__private::Ends::$messages_width(&$messages_ends),
            ),
            variants: $crate::__private::Texts::new(
                $variants,
                $crate::__private::Ends::$variants_width(&$variants_ends),
            ),
            categories: &[$(($end, $crate::Category::$category)),*],
        }
    };
}

/// `name`, `message`, `category` and `info` of a generated enum's value, from its tables and its
/// [`__position`](crate::ResultCode::__position): a listed variant's from the tables, an
/// `Other` code's from the catalogue: what `ResultCode`'s default methods return, and through
/// them the generated inherent methods.
impl Tables {
    #[inline]
    pub(crate) fn name_of(&self, position: Result<usize, OSStatus>) -> Option<&'static str> {
        match position {
            Ok(position) => self.name(position),
            Err(code) => describe(code).map(CodeInfo::name),
        }
    }

    #[inline]
    pub(crate) fn message_of(&self, position: Result<usize, OSStatus>) -> Option<&'static str> {
        match position {
            Ok(position) => self.message(position),
            Err(code) => describe(code).map(CodeInfo::message),
        }
    }

    #[inline]
    pub(crate) fn category_of(&self, position: Result<usize, OSStatus>) -> Option<Category> {
        match position {
            Ok(position) => self.category(position),
            Err(code) => describe(code).map(CodeInfo::category),
        }
    }

    /// A listed variant's entry without a search.
    #[inline]
    pub(crate) fn info_of(&self, position: Result<usize, OSStatus>) -> Option<CodeInfo> {
        match position {
            Ok(position) => self.info(position),
            Err(code) => describe(code),
        }
    }
}

/// The catalogue's entry for a code: `None` without the `catalogue` feature.
#[inline]
#[must_use]
pub(crate) fn describe(code: OSStatus) -> Option<CodeInfo> {
    #[cfg(feature = "catalogue")]
    return crate::describe(code);
    #[cfg(not(feature = "catalogue"))]
    {
        let _ = code;
        None
    }
}
