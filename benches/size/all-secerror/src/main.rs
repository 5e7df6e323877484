//! Converts the status of the first argument to a `#[sec_codes(categories = "all")]` enum and to
//! `SecError`, and prints the `Display` of both: a library that exposes `SecError` used by an
//! application with an enum of its own.

/// Every result code.
#[sec_codes::sec_codes(categories = "all")]
enum AllErrors {}

fn main() {
    let status: i32 = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(0);
    println!("{}", AllErrors::from(status));
    println!("{}", sec_codes::SecError::from(status));
}
