//! The `serde` feature: codes serialize as their integer value and deserialize from the integer or
//! a name that `FromStr` accepts.

use sec_codes::{SecCode, SecError, catalog, codes::Keychain, sec_codes};

#[sec_codes(categories = "ocsp")]
enum OcspError {}

#[test]
fn every_code_round_trips_through_json() {
    for info in catalog() {
        let error = SecError::from(info.value);
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(json, info.value.to_string());
        assert_eq!(serde_json::from_str::<SecError>(&json).unwrap(), error);
        let by_name = serde_json::to_string(info.name).unwrap();
        assert_eq!(
            serde_json::from_str::<SecError>(&by_name).unwrap(),
            error,
            "{}",
            info.name
        );
    }
}

#[test]
fn trimmed_and_category_enums_round_trip() {
    for error in OcspError::ALL
        .iter()
        .copied()
        .chain([OcspError::Other(-25300), OcspError::Other(7)])
    {
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(serde_json::from_str::<OcspError>(&json).unwrap(), error);
    }
    let list: Vec<Keychain> =
        serde_json::from_str(r#"[-25300, "errSecDuplicateItem", "AuthFailed", 5]"#).unwrap();
    assert_eq!(
        list,
        [
            Keychain::ItemNotFound,
            Keychain::DuplicateItem,
            Keychain::AuthFailed,
            Keychain::Other(5)
        ]
    );
    assert_eq!(
        serde_json::to_string(&list).unwrap(),
        "[-25300,-25299,-25293,5]"
    );
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    for json in [
        r#""errSecNoSuchThing""#,
        "2147483648",
        "-2147483649",
        "1.5",
        "null",
        "[]",
        "{}",
        r#""""#,
    ] {
        let error = serde_json::from_str::<SecError>(json)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("an OSStatus integer or a Security framework result code name"),
            "{json}: {error}"
        );
    }
}

/// One `i32` from a format that, like compact binary formats, is not human-readable and cannot
/// say what type comes next: `deserialize_any` fails, only typed requests work.
struct Compact(i32);

impl<'de> serde::Deserializer<'de> for Compact {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("deserialize_any is not supported"))
    }

    fn deserialize_i32<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_i32(self.0)
    }

    fn is_human_readable(&self) -> bool {
        false
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

#[test]
fn compact_formats_carry_the_integer() {
    use serde::Deserialize;
    assert_eq!(
        SecError::deserialize(Compact(-25300)),
        Ok(SecError::ItemNotFound)
    );
    assert_eq!(Keychain::deserialize(Compact(7)), Ok(Keychain::Other(7)));
}
