// `tls` (or `ssl`) names no category: the error points at `secure_transport`, whose codes are
// `errSSL*`, and lists every key with its title.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain, tls")]
pub enum ConnectionError {}

fn main() {}
