//! Nothing but the `lookups` benchmark (`benches/lookups.rs`).
