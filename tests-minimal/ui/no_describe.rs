// The catalogue's lookups (`describe`, `lookup`, `message`, `catalogue`) do not exist without the
// `catalogue` feature.
fn main() {
    let _ = sec_codes::describe(-25300);
}
