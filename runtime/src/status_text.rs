//! A status written as a number, the way `secerr` and logs write them: a signed decimal
//! (`-25300`), the unsigned 32-bit decimal (`4294941996`) or `0x` and hex digits of a 32-bit
//! value (`0xFFFF9D2C`; leading zeros do not count, `0x00000000FFFF9D2C` as a 64-bit print has
//! it).

use crate::OSStatus;

/// The status `text` writes as a number; `None` for anything else, or a number outside 32 bits.
pub(crate) fn parse_status(text: &str) -> Option<OSStatus> {
    let bits = |unsigned: u32| OSStatus::from_ne_bytes(unsigned.to_ne_bytes());
    if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        // `from_str_radix` alone would accept a sign.
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        return u32::from_str_radix(hex, 16).ok().map(bits);
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<OSStatus>()
        .ok()
        .or_else(|| text.parse::<u32>().ok().map(bits))
}
