#![doc = include_str!("../README.md")]
//!
//! # In this crate
//!
//! - [`#[sec_codes]`](macro@sec_codes) builds a trimmed error enum, and [`sec_code!`] matches raw
//!   `OSStatus` values by Apple name; [`example_generated`] shows the generated API, rendered.
//! - [`SecError`] has a variant for every code; [`codes`] has one enum per category;
//!   [`ResultCode`] is the trait they all implement.
//! - [`describe`], [`lookup`], [`message`] and [`catalogue`] answer questions about any of the
//!   1,097 names; each answer is a [`CodeInfo`]. [`Category`] lists the categories.
//! - [`ParseCodeError`] is what `FromStr` of every enum returns for text that names no code.

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Generated code names this crate by its absolute path, `::sec_codes`, also in here.
extern crate self as sec_codes;

// Modules bottom-up: each uses only those above it (ARCHITECTURE.md; `codegen/tests/layers.rs`
// checks that no two use each other).
//
// The rules shared with the macros, and how the generated tables are stored.
mod rules;
mod storage;
// The generated tables: `Category` and the catalogue.
mod tables;
// Entries, lookups and categories over the tables.
mod errno;
mod info;
#[cfg(feature = "catalogue")]
mod lookup;
mod category;
#[cfg(feature = "catalogue")]
mod nearest;
mod parse_error;
mod status_text;
// What every generated enum is built on: its tables, the trait, the behaviour of its impls.
mod enum_tables;
mod result_code;
mod enum_impls;
mod serde_support;
// The generated enums of this crate.
mod sec_error;
pub mod codes;
pub mod example_generated;

// What generated code names: re-exports of the above only.
#[doc(hidden)]
pub mod __private;

pub use category::{Category, ParseCategoryError};
pub use info::{CodeInfo, Hex};
#[cfg(feature = "catalogue")]
#[cfg_attr(docsrs, doc(cfg(feature = "catalogue")))]
pub use lookup::errno_range;
#[cfg(feature = "catalogue")]
#[cfg_attr(docsrs, doc(cfg(feature = "catalogue")))]
pub use lookup::{Codes, catalogue, describe, lookup, message};
pub use parse_error::ParseCodeError;
pub use result_code::ResultCode;
/// The former name of [`ResultCode`], kept so that existing imports still compile.
pub use result_code::ResultCode as SecCode;
pub use sec_codes_macros::{sec_code, sec_codes};
pub use sec_error::SecError;

/// The status type of Apple's Security framework: `OSStatus` is a C `int32_t`.
///
/// `0` (`errSecSuccess`) means success; every other value is an error.
pub type OSStatus = i32;
