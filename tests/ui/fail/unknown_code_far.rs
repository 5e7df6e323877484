// An unknown code like no Apple name: the hint shows what an Apple name looks like.
use sec_codes::sec_codes;

#[sec_codes(codes = "xyzzy")]
pub enum StoreError {}

fn main() {}
