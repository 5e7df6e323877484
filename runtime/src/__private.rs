//! What generated code calls, by path: `::sec_codes::__private::…`. Not public API: names and
//! signatures may change in any release. It only re-exports; the code lives in the layered
//! modules below it (see ARCHITECTURE.md). The one thing defined under it, `deprecated`, is
//! generated constants whose path users see in warnings.

pub use crate::__impl_serde as impl_serde;
pub use crate::__tables as tables;
pub use crate::enum_impls::{debug, display, parse};
pub use crate::enum_tables::Tables;
pub use crate::storage::{Ends, Perfect, PerfectValues, Texts};

/// How alike a name must be to another to be suggested for it, on the command line: `secerr`'s
/// threshold, from the rules this crate shares with the macros (which use their own beside it).
pub use crate::rules::SUGGEST_AT_RUN_TIME;

/// The loose category key, its synonyms (`tls` is `secure_transport`) and the threshold of a
/// "did you mean" among category keys: `secerr --category` says what the macros' error says.
pub use crate::rules::{SUGGEST_AT_COMPILE_TIME, category_synonym, loose_key_chars};

#[cfg(feature = "serde")]
pub use crate::serde_support::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use serde;

/// A `#[deprecated]` constant per deprecated Apple name: `sec_code!(errSecDskFull)` and
/// `codes = "errSecDskFull"` refer to it, so that they warn as `E::DskFull` does.
pub mod deprecated;
