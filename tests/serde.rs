//! The `serde` feature: codes serialize as their integer value and deserialize from the integer,
//! its decimal text (JSON map keys) or a name that `FromStr` accepts. A `#[sec_codes]` enum gets
//! serde impls only when it asks with `serde`.

use std::collections::{BTreeMap, HashMap};

use sec_codes::codes::Keychain;
use sec_codes::{SecError, catalogue, sec_codes};

#[sec_codes(categories = "ocsp", serde)]
#[derive(PartialOrd, Ord)]
enum OcspError {}

/// Implements serde itself: the `serde` feature is on in this build (the tests package turns it
/// on), yet no impl is generated for an enum that does not ask, so these do not clash (E0119).
#[sec_codes(categories = "keychain")]
enum OwnSerde {}

impl serde::Serialize for OwnSerde {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name().unwrap_or("other"))
    }
}

impl<'de> serde::Deserialize<'de> for OwnSerde {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = <String as serde::Deserialize>::deserialize(deserializer)?;
        name.parse().map_err(serde::de::Error::custom)
    }
}

#[test]
fn an_enum_may_implement_serde_itself() {
    let json = serde_json::to_string(&OwnSerde::ItemNotFound).unwrap();
    assert_eq!(json, r#""errSecItemNotFound""#);
    assert_eq!(
        serde_json::from_str::<OwnSerde>(&json).unwrap(),
        OwnSerde::ItemNotFound
    );
}

#[test]
fn every_code_round_trips_through_json() {
    let mut count = 0;
    for info in catalogue() {
        count += 1;
        let error = SecError::from(info.value());
        let json = serde_json::to_string(&error).unwrap();
        assert_eq!(json, info.value().to_string());
        assert_eq!(serde_json::from_str::<SecError>(&json).unwrap(), error);
        let by_name = serde_json::to_string(info.name()).unwrap();
        assert_eq!(
            serde_json::from_str::<SecError>(&by_name).unwrap(),
            error,
            "{}",
            info.name()
        );
        let compact = postcard::to_allocvec(&error).unwrap();
        assert_eq!(postcard::from_bytes::<SecError>(&compact).unwrap(), error);
    }
    assert_eq!(count, 1097);
}

#[test]
fn map_keys_round_trip() {
    let map: HashMap<SecError, u32> = SecError::ALL
        .iter()
        .copied()
        .chain([
            SecError::Other(0),
            SecError::Other(-1),
            SecError::Other(i32::MIN),
        ])
        .zip(0..)
        .collect();
    let json = serde_json::to_string(&map).unwrap();
    assert!(json.contains(r#""-25300":"#), "JSON map keys are strings");
    assert_eq!(
        serde_json::from_str::<HashMap<SecError, u32>>(&json).unwrap(),
        map
    );
    let compact = postcard::to_allocvec(&map).unwrap();
    assert_eq!(
        postcard::from_bytes::<HashMap<SecError, u32>>(&compact).unwrap(),
        map
    );

    let tree: BTreeMap<OcspError, &str> = OcspError::ALL
        .iter()
        .copied()
        .chain([OcspError::Other(-25300), OcspError::Other(7)])
        .map(|error| (error, "x"))
        .collect();
    let json = serde_json::to_string(&tree).unwrap();
    assert_eq!(
        serde_json::from_str::<BTreeMap<OcspError, &str>>(&json).unwrap(),
        tree
    );
    let compact = postcard::to_allocvec(&tree).unwrap();
    assert_eq!(
        postcard::from_bytes::<BTreeMap<OcspError, &str>>(&compact).unwrap(),
        tree
    );
    // Names work as keys too; a key that is neither a code nor a name is an error.
    let by_name: HashMap<Keychain, u8> =
        serde_json::from_str(r#"{"errSecItemNotFound": 1, "AuthFailed": 2}"#).unwrap();
    assert_eq!(by_name[&Keychain::ItemNotFound], 1);
    assert_eq!(by_name[&Keychain::AuthFailed], 2);
    assert!(serde_json::from_str::<HashMap<Keychain, u8>>(r#"{"1.5": 1}"#).is_err());
    assert!(serde_json::from_str::<HashMap<Keychain, u8>>(r#"{"99999999999": 1}"#).is_err());
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
    for json in ["4294967296", "-2147483649", "1.5", "null", "[]", "{}"] {
        let error = serde_json::from_str::<SecError>(json)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("an OSStatus integer or a Security framework result code name"),
            "{json}: {error}"
        );
    }
    // A string fails as `FromStr` does: the input, and the nearest name where one is close.
    for (json, message) in [
        (
            r#""errSecItemNotFund""#,
            "\"errSecItemNotFund\" is no Security framework result code name or 32-bit value; \
             did you mean errSecItemNotFound?",
        ),
        (
            r#""""#,
            "\"\" is no Security framework result code name or 32-bit value",
        ),
        (
            r#""0x1FFFF9D2C""#,
            "\"0x1FFFF9D2C\" is no Security framework result code name or 32-bit value",
        ),
    ] {
        let error = serde_json::from_str::<SecError>(json)
            .unwrap_err()
            .to_string();
        assert!(error.starts_with(message), "{json}: {error}");
    }
}

#[test]
fn every_text_form_of_from_str_deserializes() {
    // The forms of the README's table: what `FromStr` and `secerr` accept, serde accepts.
    for json in [
        "-25300",
        "4294941996",
        r#""-25300""#,
        r#""4294941996""#,
        r#""0xFFFF9D2C""#,
        r#""errSecItemNotFound""#,
        r#""ItemNotFound""#,
        r#""itemnotfound""#,
    ] {
        assert_eq!(
            serde_json::from_str::<SecError>(json).unwrap(),
            SecError::ItemNotFound,
            "{json}"
        );
    }
    assert_eq!(
        serde_json::from_str::<SecError>("2147483648").unwrap(),
        SecError::Other(i32::MIN)
    );
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
