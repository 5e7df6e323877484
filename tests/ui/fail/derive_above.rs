// A derive above `#[sec_codes]` runs on the enum before the macro fills it: rustc reports a
// conflicting `Clone` and non-exhaustive matches at the derive. The rule (attribute first) is
// in the attribute's rustdoc, which quotes these symptoms.
use sec_codes::sec_codes;

#[derive(Clone)]
#[sec_codes(categories = "keychain")]
pub enum StoreError {}

fn main() {}
