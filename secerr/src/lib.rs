#![doc = include_str!("../EXPLAIN.md")]
//!
//! # The library
//!
//! The scanner behind `secerr --explain`, for tools that run `codesign`, `security` or a test
//! suite and want to point out the result codes in what they captured:
//!
//! - [`Scanner`] holds the automaton; build it once.
//! - [`Scanner::scan_line`] gives the findings of one line, one per code.
//! - [`LineScanner`] reads any [`Read`](std::io::Read) a line at a time in constant memory and
//!   gives each line's text with its findings; [`LineScanner::for_each`] just the findings.
//! - Each [`Finding`] has the byte range matched, the code (a [`sec_codes::CodeInfo`]: name,
//!   value, message, category…), [`How`] it was recognized, and whether a shared message made it
//!   [`ambiguous`](Finding::ambiguous).
//!
//! ```
//! let scanner = secerr::Scanner::new();
//! let line = b"security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.";
//! let found = scanner.scan_line(line);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].code.name(), "errSecItemNotFound");
//! assert_eq!(found[0].how, secerr::How::Message);
//! ```

#![forbid(unsafe_code)]

mod lines;
mod scan;
mod stream;

pub use lines::CHUNK;
pub use scan::texts::{GENERIC_WORDS, MIN_TELLING_WORDS, MIN_WORDS};
pub use scan::{Cuts, FRAMEWORK_MARKERS, Finding, How, NUMBER_VETOES, OTHER_DOMAINS, Scanner};
pub use stream::{LineScanner, Piece};
