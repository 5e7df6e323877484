//! Trait impls: `SecCode`, conversions to and from `OSStatus` and other enums, `FromStr`,
//! `Display`, `Error`, serde. Behaviour lives in `sec_codes::__private`; these impls only map
//! variants to values (a table one way, a `match` the other), so each enum adds little to a build.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

use super::{Kind, Spec, text};

pub fn conversions(spec: &Spec) -> TokenStream {
    let krate = &spec.krate;
    let name = &spec.ident;
    let all = text::per_code(spec, |text, _, index| {
        let _ = write!(text, "Self::{},", spec.catalogue.codes[index].variant);
    });
    // Catalogue index → position in `ALL` (indices are the same in `sec-codes`: both crates are
    // built from one catalogue); `u16::MAX` for codes not listed. A table, so `from_code` is two
    // loads after the hash lookup, with no branch on which code it is.
    let mut positions = vec![u16::MAX; spec.catalogue.codes.len()];
    for (position, &index) in spec.selection.codes.iter().enumerate() {
        positions[index] = u16::try_from(position).unwrap_or(u16::MAX);
    }
    let count = positions.len();
    let positions = text::lex(&format!("{positions:?}"));
    let values = text::per_code(spec, |text, _, index| {
        let code = &spec.catalogue.codes[index];
        let _ = write!(text, "Self::{} => {},", code.variant, code.value);
    });
    quote! {
        #[automatically_derived]
        impl #krate::SecCode for #name {
            const ALL: &'static [Self] = &[#all];

            #[inline]
            fn from_code(code: #krate::OSStatus) -> ::core::option::Option<Self> {
                const POSITIONS: [::core::primitive::u16; #count] = #positions;
                let position = *POSITIONS.get(#krate::__private::catalogue_index(code)?)?;
                let position = <::core::primitive::usize as ::core::convert::From<_>>::from(position);
                <Self as #krate::SecCode>::ALL.get(position).copied()
            }

            #[inline]
            fn code(self) -> #krate::OSStatus {
                match self {
                    #values
                    Self::Other(code) => code,
                }
            }
        }

        /// Total: a code this enum does not list, `0` included, becomes `Other`.
        #[automatically_derived]
        impl ::core::convert::From<#krate::OSStatus> for #name {
            #[inline]
            fn from(code: #krate::OSStatus) -> Self {
                match <Self as #krate::SecCode>::from_code(code) {
                    ::core::option::Option::Some(listed) => listed,
                    ::core::option::Option::None => Self::Other(code),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#name> for #krate::OSStatus {
            #[inline]
            fn from(value: #name) -> Self {
                #krate::SecCode::code(value)
            }
        }

        /// Parses an Apple name (`errSecItemNotFound`, or `ItemNotFound`) or a variant name; a
        /// catalogue code this enum does not list becomes `Other`.
        #[automatically_derived]
        impl ::core::str::FromStr for #name {
            type Err = #krate::ParseCodeError;

            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                #krate::__private::parse(text).map(<Self as ::core::convert::From<#krate::OSStatus>>::from)
            }
        }

        /// The message, Apple name and value; an unknown code shows its decimal and hex value.
        #[automatically_derived]
        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #krate::__private::display(#krate::SecCode::code(*self), f)
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #name {}

        #krate::__private::impl_serde!(#name);
    }
}

/// Conversions between this enum and the runtime's `SecError` and category enums.
pub fn other_enums(spec: &Spec) -> TokenStream {
    let krate = &spec.krate;
    let name = &spec.ident;
    // Written as text (see `text`): an enum of every category gets 21 of these.
    let krate_text = krate.to_string();
    let via_code = |from: &str, to: &str| {
        text::lex(&format!(
            "#[automatically_derived] \
             impl ::core::convert::From<{from}> for {to} {{ \
                 #[inline] \
                 fn from(value: {from}) -> Self {{ \
                     <Self as ::core::convert::From<{krate_text}::OSStatus>>::from(\
                         {krate_text}::SecCode::code(value)) \
                 }} \
             }}"
        ))
    };
    let this = name.to_string();
    let sec_error = format!("{krate_text}::SecError");
    match spec.kind {
        Kind::All => TokenStream::new(),
        Kind::Category => {
            let into_sec_error = via_code(&this, &sec_error);
            quote! {
                #into_sec_error

                /// Succeeds for the codes of this category; otherwise gives the error back.
                #[automatically_derived]
                impl ::core::convert::TryFrom<#krate::SecError> for #name {
                    type Error = #krate::SecError;

                    #[inline]
                    fn try_from(value: #krate::SecError) -> ::core::result::Result<Self, #krate::SecError> {
                        match <Self as #krate::SecCode>::from_code(#krate::SecCode::code(value)) {
                            ::core::option::Option::Some(listed) => ::core::result::Result::Ok(listed),
                            ::core::option::Option::None => ::core::result::Result::Err(value),
                        }
                    }
                }
            }
        }
        Kind::User => {
            let from_sec_error = via_code(&sec_error, &this);
            let into_sec_error = via_code(&this, &sec_error);
            let from_categories = spec.selection.full_categories.iter().map(|&index| {
                let category = &spec.catalogue.categories[index].ident;
                via_code(&format!("{krate_text}::codes::{category}"), &this)
            });
            quote! {
                #from_sec_error
                #into_sec_error
                #(#from_categories)*
            }
        }
    }
}
