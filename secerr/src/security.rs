//! What macOS's `security error` prints for a status (SecurityTool's `display_error_code.c`):
//! `Error: 0x%08X %d %s` with the text of `cssmErrorString` (SecBase.cpp), for any 32-bit value.

use std::fmt;

use crate::catalogue::Hex;
use crate::catalogue::macos_message;

/// `Error: 0xFFFF9D2C -25300 The specified item could not be found in the keychain.`;
/// `Error: 0x00003039 12345 unknown error 12345=3039` for a value the framework has no text for.
#[must_use]
pub fn line(status: i32) -> String {
    format!("Error: {} {status} {}", Hex(status), Text(status))
}

/// The text `cssmErrorString` gives a status: what the framework's strings tables hold for it
/// (`UNIX[…]` for the errno range, which the runtime knows), else `unknown error %ld=%lx` of
/// the status widened to a signed 64-bit `long`.
struct Text(i32);

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = self.0;
        if let Some(text) = macos_message(status) {
            return f.write_str(text);
        }
        if is_module_relative(status) {
            return write!(f, "OSStatus {status}");
        }
        // `{:x}` of a negative `i64` is its two's complement, as C's `%lx` of a `long`.
        let long = i64::from(status);
        write!(f, "unknown error {long}={long:x}")
    }
}

/// The module-relative `CSSM_ERRCODE_*` numbers of `cssmerr.h` and `cssmapple.h`: no status of
/// the catalogue, but Apple's generator puts `OSStatus <n>` in the strings tables for each.
fn is_module_relative(status: i32) -> bool {
    matches!(status, 1..=12 | 32..=54 | 64..=88 | 224..=230)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_as_macos_prints_them() {
        assert_eq!(
            line(-25300),
            "Error: 0xFFFF9D2C -25300 The specified item could not be found in the keychain."
        );
        assert_eq!(
            line(-2070),
            "Error: 0xFFFFF7EA -2070 errSecInternalComponent"
        );
        assert_eq!(
            line(-60500),
            "Error: 0xFFFF13AC -60500 unknown error -60500=ffffffffffff13ac"
        );
        assert_eq!(
            line(12345),
            "Error: 0x00003039 12345 unknown error 12345=3039"
        );
        assert_eq!(
            line(100_013),
            "Error: 0x000186AD 100013 UNIX[Permission denied]"
        );
        assert_eq!(line(0), "Error: 0x00000000 0 No error.");
        assert_eq!(line(1), "Error: 0x00000001 1 OSStatus 1");
        assert_eq!(
            line(i32::MIN),
            "Error: 0x80000000 -2147483648 unknown error -2147483648=ffffffff80000000"
        );
        assert_eq!(
            line(i32::MAX),
            "Error: 0x7FFFFFFF 2147483647 unknown error 2147483647=7fffffff"
        );
    }
}
