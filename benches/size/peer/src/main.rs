//! Converts the status of the first argument to the keychain enum written with `num_enum`,
//! `strum` and `thiserror` (`keychain.rs`, written by `benches/binary-size.sh`) and prints its
//! `Display`.

mod keychain;

fn main() {
    let status: i32 = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(0);
    println!("{}", keychain::KeychainErrors::from(status));
}
