// An alias Apple did not deprecate (`errSessionInternal` is `errAuthorizationInternal`'s value)
// is a plain constant: using it warns of nothing, even under `deny(warnings)`.
#![deny(warnings)]

use sec_codes::sec_codes;

#[sec_codes(categories = "session")]
pub enum SessionError {}

fn main() {
    assert_eq!(SessionError::SessionInternal, SessionError::AuthorizationInternal);
    assert!(matches!(SessionError::from(-60008), SessionError::SessionInternal));
    assert_eq!(sec_codes::sec_code!(errSessionInternal), -60008);
}
