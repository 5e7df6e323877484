// Enums declared inside a function body: the generated code names each enum by its name (in
// `code()`'s inner function too), which must resolve there as well as at module level, for an
// enum that shares a runtime enum's tables (`keychain`) and one with tables of its own.
use sec_codes::sec_codes;

fn main() {
    #[sec_codes(categories = "keychain")]
    enum Shared {}

    #[sec_codes(categories = "keychain", codes = "errSecIO")]
    enum Own {}

    const NOT_FOUND: i32 = Shared::ItemNotFound.code();
    assert_eq!(NOT_FOUND, -25300);
    assert_eq!(Own::Io.code(), -36);
    assert_eq!(Shared::from_code(-25300), Some(Shared::ItemNotFound));
    assert_eq!(Own::from_code(-36), Some(Own::Io));
    assert_eq!(Own::from(-25300).name(), Some("errSecItemNotFound"));
    assert_eq!(
        format!("{:?}", Shared::ItemNotFound).split(' ').next(),
        Some("ItemNotFound")
    );
    assert_eq!(Own::Other(1).code(), 1);
}
