//! As `size-catalogue`, and prints the code's documentation too: the only program that reads
//! `CodeInfo::doc`.

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let info = match arg.parse::<i32>() {
        Ok(status) => sec_codes::describe(status),
        Err(_) => sec_codes::lookup(&arg),
    };
    match info {
        Some(info) => println!("{}: {}\n{}", info.name(), info.message(), info.doc()),
        None => println!("unknown"),
    }
}
