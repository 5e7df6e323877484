//! The optional `serde` feature: a code serializes as its integer value and deserializes from the
//! integer (signed, or the unsigned 32-bit form), or from any text its `FromStr` accepts: a
//! number (what JSON makes of an integer map key, hex included) or a name.
//!
//! Without the feature, `#[sec_codes(serde)]` is a compile error that says what to do.

#[cfg(feature = "serde")]
pub use with_serde::{deserialize, serialize};

#[cfg(feature = "serde")]
mod with_serde {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{self, Deserializer, Visitor};
    use serde::ser::Serializer;

    use crate::{OSStatus, ResultCode};

    /// `Serialize` of every generated enum.
    pub fn serialize<T: ResultCode, S: Serializer>(
        code: T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(code.code())
    }

    /// `Deserialize` of every generated enum.
    pub fn deserialize<'de, T: ResultCode, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        // Names only exist in self-describing formats; compact binary formats carry the integer.
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(CodeVisitor(PhantomData))
        } else {
            deserializer.deserialize_i32(CodeVisitor(PhantomData))
        }
    }

    struct CodeVisitor<T>(PhantomData<T>);

    impl<T: ResultCode> Visitor<'_> for CodeVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an OSStatus integer or a Security framework result code name")
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
            OSStatus::try_from(value)
                .map(T::from)
                .map_err(|_| E::invalid_value(de::Unexpected::Signed(value), &self))
        }

        /// Also the unsigned 32-bit form (`4294941996` for `-25300`), as `FromStr` and `secerr`
        /// accept it: some C code prints an `OSStatus` as unsigned.
        fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
            u32::try_from(value)
                .map(|bits| T::from(OSStatus::from_ne_bytes(bits.to_ne_bytes())))
                .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
        }

        /// What `FromStr` accepts: a name, or a number in text (JSON's map keys: `{"-25300": 1}` for
        /// a `HashMap<SecError, _>`).
        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            crate::enum_impls::parse(text).map_err(E::custom)
        }
    }

    /// Implements `Serialize` and `Deserialize` for a generated enum when the `serde` feature is on.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __impl_serde {
        ($ty:ty) => {
            #[automatically_derived]
            impl $crate::__private::serde::Serialize for $ty {
                fn serialize<S: $crate::__private::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> ::core::result::Result<S::Ok, S::Error> {
                    $crate::__private::serialize(*self, serializer)
                }
            }

            #[automatically_derived]
            impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
                fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::core::result::Result<Self, D::Error> {
                    $crate::__private::deserialize(deserializer)
                }
            }
        };
    }
}

/// Without the `serde` feature, asking an enum for serde impls is an error that says what to do;
/// the feature only adds, it never changes a crate that built without it.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ty) => {
        ::core::compile_error!(
            "#[sec_codes(serde)] needs the `serde` feature of sec-codes: \
             sec-codes = { version = \"…\", features = [\"serde\"] }"
        );
    };
}
