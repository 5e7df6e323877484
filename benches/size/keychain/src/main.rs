//! Converts the status of the first argument to a `#[sec_codes(categories = "keychain")]` enum
//! and prints its `Display`.

/// The keychain result codes.
#[sec_codes::sec_codes(categories = "keychain")]
enum KeychainErrors {}

fn main() {
    let status: i32 = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(0);
    println!("{}", KeychainErrors::from(status));
}
