//! The keychain enum of `cold-user` written with `num_enum`, `strum` and `thiserror`.

mod keychain;

pub use keychain::KeychainErrors;
