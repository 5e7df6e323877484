//! [`SecError`]: one variant for every code of the catalogue.

sec_codes_macros::__sec_error!();
