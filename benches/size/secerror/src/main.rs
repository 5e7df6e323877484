//! Converts the status of the first argument to `SecError` and prints its `Display`.

fn main() {
    let status: i32 = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(0);
    println!("{}", sec_codes::SecError::from(status));
}
