//! A `#[deprecated]` constant per deprecated Apple name, generated from the catalogue:
//! `sec_code!(errSecDskFull)` and `codes = "errSecDskFull"` name it, so that they warn as
//! `E::DskFull` does. Defined here, not re-exported, because rustc's warning names the
//! constant by the path where it is defined, and that path is the one users see.

sec_codes_macros::__deprecated_names!();
