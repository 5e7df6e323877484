// "Did you mean" searches every family, not only `errSec` names.
use sec_codes::sec_code;

fn main() {
    let _ = sec_code!(errSecCSUnsignd);
    let _ = sec_code!(errSSLClosedAbrt);
    let _ = sec_code!(CSSMERR_TP_NOT_TRUSTD);
    let _ = sec_code!(errAuthorizationCancelled);
}
