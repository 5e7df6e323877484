// Names that select the same thing twice under different spellings.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain, Key-Chain")]
pub enum Spelled {}

#[sec_codes(categories = "all, ocsp")]
pub enum Covered {}

#[sec_codes(codes = "errSecDskFull, errSecDiskFull")]
pub enum Aliased {}

fn main() {}
