//! `message()` against the Security framework itself: for every code of the catalogue, what
//! `SecCopyErrorMessageString` returns on the machine that runs the test. Apple platforms only;
//! CI checks that it compiles for `aarch64-apple-darwin`, and `cargo test` on a Mac runs it.
//!
//! The rule (`CodeInfo::message`), for a primary name:
//! - where the framework returns a sentence, the message is that sentence;
//! - where it returns no sentence, the message is the header's comment (tests/data/families.tsv),
//!   else for an `errSec` code the documentation text (`doc()`), else the name. "No sentence" is
//!   a null string, a bare name of the value (what the framework's debug table holds for codes
//!   without a comment), or `OSStatus <value>`, its text for a code it does not know.
//!
//! For an alias: its own header comment, else its primary's message, whatever the framework says.
//!
//! The only file of the project with `unsafe`: three CoreFoundation calls and one Security call.

#![cfg(target_vendor = "apple")]

use std::collections::HashMap;
use std::ffi::{CStr, c_char, c_void};

use sec_codes::{CodeInfo, OSStatus, catalogue};

const FAMILIES: &str = include_str!("data/families.tsv");

/// `CFStringRef`: an immutable CoreFoundation string.
type CFStringRef = *const c_void;
/// `CFIndex`: a signed long.
type CFIndex = isize;
/// `kCFStringEncodingUTF8`.
const UTF8: u32 = 0x0800_0100;

#[link(name = "Security", kind = "framework")]
extern "C" {
    /// Returns a string the caller owns (the "Copy" rule), or null.
    fn SecCopyErrorMessageString(status: OSStatus, reserved: *mut c_void) -> CFStringRef;
}

#[link(name = "CoreFoundation", kind = "framework")]
extern "C" {
    fn CFStringGetLength(string: CFStringRef) -> CFIndex;
    fn CFStringGetMaximumSizeForEncoding(length: CFIndex, encoding: u32) -> CFIndex;
    fn CFStringGetCString(
        string: CFStringRef,
        buffer: *mut c_char,
        size: CFIndex,
        encoding: u32,
    ) -> u8;
    fn CFRelease(object: *const c_void);
}

/// What the Security framework says of `status`, or `None` for a null string.
fn framework_message(status: OSStatus) -> Option<String> {
    // SAFETY: the reserved argument must be null; the result is null or a string we own.
    let string = unsafe { SecCopyErrorMessageString(status, std::ptr::null_mut()) };
    if string.is_null() {
        return None;
    }
    // SAFETY: `string` is a valid CFString until released below; the buffer is as large as the
    // size CoreFoundation asks for, plus the terminating NUL.
    let text = unsafe {
        let size = CFStringGetMaximumSizeForEncoding(CFStringGetLength(string), UTF8) + 1;
        let mut buffer = vec![0 as c_char; usize::try_from(size).expect("a size")];
        let copied = CFStringGetCString(string, buffer.as_mut_ptr(), size, UTF8);
        CFRelease(string);
        assert_ne!(copied, 0, "the message of {status} converts to UTF-8");
        CStr::from_ptr(buffer.as_ptr())
            .to_str()
            .expect("UTF-8")
            .to_owned()
    };
    Some(text)
}

/// Family and header comment of each name, from tests/data/families.tsv.
fn families() -> HashMap<&'static str, (&'static str, &'static str)> {
    FAMILIES
        .lines()
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (fields[2], (fields[0], fields[4]))
        })
        .collect()
}

/// Whether the framework's text is a sentence, rather than a stand-in for one.
fn is_sentence(text: Option<&str>, status: OSStatus) -> bool {
    let Some(text) = text else {
        return false;
    };
    let bare_name = catalogue().any(|info| info.value() == status && info.name() == text);
    !text.is_empty() && !bare_name && text != format!("OSStatus {status}")
}

/// The message the rule gives a primary name.
fn expected_primary(
    info: CodeInfo,
    framework: Option<&str>,
    comment: &str,
    family: &str,
) -> String {
    match framework {
        Some(text) if is_sentence(framework, info.value()) => text.to_owned(),
        _ if !comment.is_empty() => comment.to_owned(),
        _ if family == "errSec" => info.doc().to_owned(),
        _ => info.name().to_owned(),
    }
}

#[test]
fn messages_follow_the_security_framework() {
    let families = families();
    let mut mismatches = Vec::new();
    let mut sentences = 0;
    for info in catalogue() {
        let (family, comment) = families[info.name()];
        let expected = match info.alias_of() {
            Some(_) if !comment.is_empty() => comment.to_owned(),
            Some(primary) => primary.message().to_owned(),
            None => {
                let framework = framework_message(info.value());
                sentences += usize::from(is_sentence(framework.as_deref(), info.value()));
                expected_primary(info, framework.as_deref(), comment, family)
            }
        };
        if info.message() != expected {
            mismatches.push(format!(
                "{} ({}): message {:?}, expected {:?}",
                info.name(),
                info.value(),
                info.message(),
                expected
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    // Most codes have a sentence; a framework that returned none would test only the fallbacks.
    assert!(
        sentences > 500,
        "only {sentences} sentences from the framework"
    );
}
