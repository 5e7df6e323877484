// The obvious code compiles with only the attribute imported: every method is inherent, `code`
// is a `const fn`, a `CFIndex` converts, and `Debug` shows the value.
use sec_codes::sec_codes;

#[sec_codes(categories = "keychain")]
pub enum StoreError {}

const NOT_FOUND: i32 = StoreError::ItemNotFound.code();

fn main() {
    let error = StoreError::from(-25300);
    assert_eq!(error.code(), NOT_FOUND);
    assert_eq!(error.name(), Some("errSecItemNotFound"));
    assert_eq!(
        error.message(),
        Some("The specified item could not be found in the keychain.")
    );
    assert!(error.category().is_some());
    assert!(error.info().is_some());
    assert_eq!(StoreError::from_code(-25300), Some(error));
    assert_eq!(StoreError::ALL.len(), 30);
    let cf_index: isize = -25300;
    assert_eq!(StoreError::try_from(cf_index), Ok(error));
    assert!(StoreError::try_from(isize::MAX).is_err());
    assert!(format!("{error:?}").contains("-25300"));
    // Any crate can downcast a boxed `SecError`: one call converts.
    let boxed: Box<dyn std::error::Error> = Box::new(sec_codes::SecError::from(error));
    assert_eq!(
        boxed.downcast_ref::<sec_codes::SecError>(),
        Some(&sec_codes::SecError::ItemNotFound)
    );
}
