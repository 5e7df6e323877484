//! Describes the status of the first argument from the whole catalogue (`describe`) and prints
//! the code's name and message: the catalogue's text, without the tables of lookups by name.

fn main() {
    let status: i32 = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(0);
    match sec_codes::describe(status) {
        Some(info) => println!("{}: {}", info.name(), info.message()),
        None => println!("unknown"),
    }
}
