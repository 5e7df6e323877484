// Category keys in any case, with `-` or nothing between words, `"all"`; names split by whitespace.
use sec_codes::sec_codes;

#[sec_codes(categories = "Code-Signing")]
pub enum Dashed {}

#[sec_codes(categories = "CodeSigning")]
pub enum Joined {}

#[sec_codes(categories = "OCSP, mobile_me")]
pub enum Upper {}

#[sec_codes(categories = "all")]
pub enum Everything {}

#[sec_codes(categories = "ALL")]
pub enum EverythingUpper {}

#[sec_codes(
    categories = "ocsp
                  crl",
    codes = "errSecIO	errSecParam  errSecItemNotFound",
    exclude = " errSecOCSPBadResponse "
)]
pub enum Spaced {}

fn main() {
    let _ = [Dashed::Other(0)];
    let _ = [Joined::Other(0)];
    let _ = Upper::OcspBadResponse;
    let _ = [Everything::ItemNotFound, Everything::OcspBadResponse];
    let _ = EverythingUpper::Io;
    let _ = [Spaced::Io, Spaced::Param, Spaced::ItemNotFound];
    assert_eq!(Spaced::from(-36), Spaced::Io);
    // Excluded: no variant, so it converts to `Other`.
    assert!(matches!(Spaced::from(-67630), Spaced::Other(-67630)));
}
