// `crate = "..."` that parses but names nothing: rustc reports the unresolved path on the string
// (and at the attribute, where generated impls name it).
use sec_codes::sec_codes;

#[sec_codes(categories = "module_manager", crate = "nowhere::sec_codes")]
pub enum ModuleError {}

fn main() {}
