//! The behaviour behind the `Debug`, `Display` and `FromStr` impls of every generated enum:
//! generic functions over [`ResultCode`] that the generated code calls through `__private`, so
//! that each enum carries data (its positions and tables) and no code of its own. (Its inherent
//! `name`, `message`, `category` and `info` call `ResultCode`'s default methods.)

use core::fmt;

use crate::enum_tables::describe;
#[cfg(not(feature = "catalogue"))]
use crate::info::write_code;
use crate::rules::MAX_NAME_LEN;
use crate::{Hex, ParseCodeError, ResultCode};

/// `FromStr` of every generated enum: a status as a number (`-25300`, `4294941996`,
/// `0xFFFF9D2C`), an Apple name (with or without `errSec`) or a variant name, in any case. Codes
/// the enum does not list become `Other`; without the `catalogue` feature, only the enum's own
/// names are known.
///
/// # Errors
///
/// A text that names no code.
pub fn parse<T: ResultCode>(text: &str) -> Result<T, ParseCodeError> {
    if let Some(code) = crate::status_text::parse_status(text) {
        return Ok(T::from(code));
    }
    // The catalogue knows every name of every enum, in every spelling the enums accept.
    #[cfg(feature = "catalogue")]
    return crate::lookup(text)
        .map(|info| T::from(info.value()))
        .ok_or_else(|| ParseCodeError::new(text));
    #[cfg(not(feature = "catalogue"))]
    {
        let tables = T::__TABLES;
        let mut buffer = [0; MAX_NAME_LEN];
        (0..T::ALL.len())
            .find(|&position| {
                let name = tables.name(position).unwrap_or_default();
                let variant = tables.variant(position, &mut buffer).unwrap_or_default();
                text.eq_ignore_ascii_case(name)
                    || text.eq_ignore_ascii_case(variant)
                    || crate::rules::short_name(name)
                        .is_some_and(|short| text.eq_ignore_ascii_case(short))
            })
            .and_then(|position| T::ALL.get(position).copied())
            .ok_or_else(|| ParseCodeError::new(text))
    }
}

/// `Display` of every generated enum.
///
/// # Errors
///
/// Those of the formatter.
pub fn display<T: ResultCode>(value: T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let code = match value.__position() {
        // A listed variant. With the catalogue, its entry: the same text, stored once.
        // (Every index the macros write is the catalogue's: `None` cannot happen.)
        #[cfg(feature = "catalogue")]
        Ok(position) => {
            return match T::__TABLES.info(position) {
                Some(info) => fmt::Display::fmt(&info, f),
                None => Err(fmt::Error),
            };
        }
        // Without, the enum's own strings.
        #[cfg(not(feature = "catalogue"))]
        Ok(position) => {
            let tables = T::__TABLES;
            let name = tables.name(position).unwrap_or_default();
            let message = tables.message(position).unwrap_or_default();
            return write_code(f, name, message, value.code());
        }
        Err(code) => code,
    };
    match describe(code) {
        Some(info) => fmt::Display::fmt(&info, f),
        // Without the catalogue, a code may well be one Apple defines: it is not called unknown.
        None if cfg!(feature = "catalogue") => write!(
            f,
            "unknown Security framework result code {code} ({})",
            Hex(code)
        ),
        None => write!(f, "Security framework result code {code} ({})", Hex(code)),
    }
}

/// `Debug` of every generated enum: `ItemNotFound { code: -25300, message: "…" }`, or
/// `Other { code: -9806, name: "errSSLClosedAbort", message: "…" }` with what the catalogue knows.
///
/// # Errors
///
/// Those of the formatter.
pub fn debug<T: ResultCode>(value: T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match value.__position() {
        Ok(position) => {
            let tables = T::__TABLES;
            let mut buffer = [0; MAX_NAME_LEN];
            let variant = tables.variant(position, &mut buffer).unwrap_or_default();
            let mut out = f.debug_struct(variant);
            // With the catalogue, the value is the entry's: `code()`'s table is not linked.
            #[cfg(feature = "catalogue")]
            let code = tables.info(position).map_or(0, crate::CodeInfo::value);
            #[cfg(not(feature = "catalogue"))]
            let code = value.code();
            out.field("code", &code);
            let name = tables.name(position);
            let message = tables
                .message(position)
                .filter(|&message| name.is_some_and(|name| name != message));
            if let Some(message) = message {
                out.field("message", &message);
            }
            out.finish()
        }
        Err(code) => {
            let mut out = f.debug_struct("Other");
            out.field("code", &code);
            if let Some(info) = describe(code) {
                out.field("name", &info.name());
                if info.message() != info.name() {
                    out.field("message", &info.message());
                }
            }
            out.finish()
        }
    }
}
