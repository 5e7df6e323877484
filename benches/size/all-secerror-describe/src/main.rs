//! As `size-all-secerror`, and also prints what `describe` says of the status: every way of
//! reaching a code's text in one program.

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
    match sec_codes::describe(status) {
        Some(info) => println!("{}: {}", info.name(), info.message()),
        None => println!("unknown"),
    }
}
