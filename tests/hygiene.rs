//! Generated code names everything by absolute path, so it survives a module that shadows the
//! prelude, `core`, `std`, the runtime crate's name and common type names (serde's `test_gen.rs`).

mod shadowed {
    #![no_implicit_prelude]
    #![allow(dead_code, non_camel_case_types)]

    mod core {}
    mod std {}
    mod sec_codes {}

    struct Option;
    struct Result;
    struct Ok;
    struct Err;
    struct Some;
    struct None;
    struct Box;
    struct String;
    struct Formatter;
    struct OSStatus;
    struct i32;
    struct u16;
    struct usize;
    struct isize;
    struct str;
    struct Category;
    struct CodeInfo;
    struct TryFromIntError;
    trait From {}
    trait Into {}
    trait TryFrom {}
    trait FromStr {}
    trait Display {}
    trait Error {}
    trait SecCode {}
    trait ResultCode {}
    trait Debug {}
    trait Serialize {}
    trait Deserialize {}
    mod serde {}

    /// Keychain and OCSP errors, declared where nothing familiar means what it usually does.
    #[::sec_codes::sec_codes(
        categories = "keychain, ocsp, session",
        codes = "errSecDiskFull",
        serde
    )]
    pub enum StoreError {}
}

use sec_codes::SecError;
use shadowed::StoreError;

#[test]
fn the_enum_works_despite_shadowing() {
    assert_eq!(StoreError::from(-25300), StoreError::ItemNotFound);
    assert_eq!(
        StoreError::from_code(-67630),
        Some(StoreError::OcspBadResponse)
    );
    assert_eq!(StoreError::check(0), Ok(()));
    assert_eq!("errSecIO".parse::<StoreError>(), Ok(StoreError::Other(-36)));
    assert_eq!(SecError::from(StoreError::DiskFull), SecError::DiskFull);
    assert_eq!(
        StoreError::from(sec_codes::codes::Ocsp::OcspBadResponse),
        StoreError::OcspBadResponse
    );
    assert_eq!(StoreError::try_from(-36_isize), Ok(StoreError::Other(-36)));
    assert_eq!(
        StoreError::SessionInternal,
        StoreError::AuthorizationInternal
    );
    assert_eq!(
        StoreError::ItemNotFound.category(),
        Some(sec_codes::Category::Keychain)
    );
    assert_eq!(format!("{:?}", StoreError::Other(-1)), "Other { code: -1 }");
    assert_eq!(
        serde_json::to_string(&StoreError::ItemNotFound).unwrap(),
        "-25300"
    );
    assert_eq!(
        StoreError::ItemNotFound.to_string(),
        "The specified item could not be found in the keychain. (errSecItemNotFound, -25300)"
    );
}
