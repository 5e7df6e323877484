// `sec_code!` as a pattern (alone, in `|` and in ranges) and as an expression, in const too.
use sec_codes::{OSStatus, sec_code};

const NOT_FOUND: OSStatus = sec_code!(errSecItemNotFound);

fn classify(status: OSStatus) -> &'static str {
    match status {
        sec_code!(errSecSuccess) => "ok",
        sec_code!(errSecItemNotFound) => "missing",
        sec_code!(errSecDuplicateItem) | sec_code!(errSecIO) => "retry",
        sec_code!(errSecDskFull) => "disk",
        _ => "other",
    }
}

fn main() {
    assert_eq!(NOT_FOUND, -25300);
    assert_eq!(sec_code!(errSecIO), -36);
    let status: i32 = sec_code!(errSecDuplicateItem);
    assert_eq!(classify(status), "retry");
    assert_eq!(classify(NOT_FOUND), "missing");
    assert_eq!(classify(0), "ok");
    assert_eq!(classify(sec_code!(errSecDiskFull)), "disk");
    assert_eq!(classify(1), "other");
    // A raw identifier is the same identifier.
    assert_eq!(sec_code!(r#errSecIO), -36);
    assert_eq!(sec_code!(errSSLClosedAbort), -9806);
    assert_eq!(sec_code!(CSSMERR_TP_NOT_TRUSTED), -2147409622);
}
