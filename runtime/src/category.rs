//! [`Category`]: the 19 headings of Apple's result-code page and the framework's 7 other
//! families. The enum itself, its keys, titles and code ranges are generated from `codes.toml`;
//! parsing is written here.

use core::fmt;
use core::str::FromStr;

use crate::rules::loose_eq;
pub use crate::tables::Category;

impl Category {
    /// The category whose key matches `text` loosely: in any case, and with `-`, `_`, a space or
    /// nothing between words (`"code-signing"`, `"CodeSigning"`, `"OCSP"`).
    #[must_use]
    pub fn from_key(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|category| loose_eq(text, category.key()))
    }

    /// The category's names, in catalogue order, aliases included.
    ///
    /// ```
    /// let names: Vec<_> = sec_codes::Category::SecureDownload.codes().map(|c| c.name()).collect();
    /// assert_eq!(names, ["errSecureDownloadInvalidTicket", "errSecureDownloadInvalidDownload"]);
    /// ```
    #[cfg(feature = "catalogue")]
    #[cfg_attr(docsrs, doc(cfg(feature = "catalogue")))]
    #[must_use]
    pub fn codes(self) -> crate::Codes {
        crate::Codes::new(self.range())
    }
}

impl FromStr for Category {
    type Err = ParseCategoryError;

    /// See [`Category::from_key`].
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_key(text).ok_or(ParseCategoryError(()))
    }
}

/// Formats as the key, e.g. `code_signing`.
impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The error of parsing a [`Category`] from a string that names none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCategoryError(());

impl fmt::Display for ParseCategoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown category; expected one of: ")?;
        for (i, category) in Category::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(category.key())?;
        }
        Ok(())
    }
}

impl core::error::Error for ParseCategoryError {}
