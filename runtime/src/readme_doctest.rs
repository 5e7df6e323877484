// The README's examples as doctests: `cargo test --doc -p sec-codes` (and so `cargo test
// --workspace`) compiles and runs each of its `rust` code blocks; this module is compiled only for
// doctests. `../README.md` is `runtime/README.md`, a symlink to the workspace README, so the
// published crate, which contains the README, has them too.

#![doc = include_str!("../README.md")]
