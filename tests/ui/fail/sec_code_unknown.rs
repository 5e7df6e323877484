// `sec_code!` with an unknown name: the nearest Apple names are suggested, on the name.
use sec_codes::sec_code;

fn main() {
    let _ = sec_code!(errSecItemNotFund);
}
