// `sec_code!` with a string instead of an identifier, or with nothing in it.
use sec_codes::sec_code;

fn main() {
    let _ = sec_code!("errSecIO");
    let _ = sec_code!();
}
