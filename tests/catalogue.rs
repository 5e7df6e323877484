//! The catalogue's invariants and lookups.
