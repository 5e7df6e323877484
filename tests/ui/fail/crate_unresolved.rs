// `crate = "..."` that parses but names nothing: one rustc error, on the string.
use sec_codes::sec_codes;

#[sec_codes(categories = "module_manager", crate = "nowhere::sec_codes")]
pub enum ModuleError {}

fn main() {}
