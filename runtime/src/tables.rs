//! Generated from `codes.toml` by `sec-codes-macros`: `Category`, the hash and naming functions
//! shared with the macros, and (with the `catalogue` feature) the catalogue's data and tables.

sec_codes_macros::__categories!();

#[cfg(feature = "catalogue")]
pub(crate) mod catalogue {
    sec_codes_macros::__catalogue!();
}

/// Without the catalogue: empty tables, so that `CodeInfo`'s methods compile; as `CodeInfo::at`
/// finds no entry in them, no `CodeInfo` can be made.
#[cfg(not(feature = "catalogue"))]
pub(crate) mod catalogue {
    use crate::__private::{Ends, Texts};

    pub(crate) static NAMES: Texts = Texts::new("", Ends::Narrow(&[]));
    pub(crate) static MESSAGES: Texts = Texts::new("", Ends::Narrow(&[]));
    pub(crate) static DOCS: Texts = Texts::new("", Ends::Narrow(&[]));
    pub(crate) static VALUES: [crate::OSStatus; 0] = [];
    pub(crate) static DEPRECATED: [u16; 0] = [];
    pub(crate) static ALIASES: [(u16, u16); 0] = [];
    pub(crate) static MACOS_NAME: [u16; 0] = [];
    pub(crate) static MACOS_NOTHING: [u16; 0] = [];
    pub(crate) static ERRNO_TEXTS: Texts = Texts::new("", Ends::Narrow(&[]));
    pub(crate) static ERRNO_BY_NAME: [u8; 0] = [];
}
