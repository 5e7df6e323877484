//! The catalogue and its lookup tables, generated from `codes.toml` by `sec-codes-macros`.

sec_codes_macros::__catalogue!();
