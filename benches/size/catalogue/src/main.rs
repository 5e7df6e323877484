//! Looks the first argument up in the whole catalogue, as a status (`describe`) or a name
//! (`lookup`), and prints the code's name and message.

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let info = match arg.parse::<i32>() {
        Ok(status) => sec_codes::describe(status),
        Err(_) => sec_codes::lookup(&arg),
    };
    match info {
        Some(info) => println!("{}: {}", info.name(), info.message()),
        None => println!("unknown"),
    }
}
