// A user's derive below the attribute: generated traits are dropped from it, the others kept.
use sec_codes::sec_codes;

#[sec_codes(codes = "errSecIO, errSecParam")]
#[derive(Debug, PartialOrd)]
pub enum Below {}

#[sec_codes(codes = "errSecIO")]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Ord, PartialOrd)]
pub enum All {}

#[sec_codes(codes = "errSecIO")]
#[derive(core::fmt::Debug, std::hash::Hash)]
pub enum Paths {}

fn main() {
    assert!(Below::Io < Below::Param);
    // The user's `Debug` is dropped for the generated one, which shows the value.
    assert_eq!(
        format!("{:?}", Below::Io),
        "Io { code: -36, message: \"I/O error.\" }"
    );
    let mut all = [All::Other(1), All::Io];
    all.sort();
    assert_eq!(all, [All::Io, All::Other(1)]);
    let _ = Paths::Io;
}
