// `sec_code!` takes the Apple name exactly as Apple spells it: a short name (which `lookup` and
// `FromStr` accept) or another case is an error that suggests it.
use sec_codes::sec_code;

fn main() {
    let _ = sec_code!(ItemNotFound);
    let _ = sec_code!(ERRSECITEMNOTFOUND);
}
