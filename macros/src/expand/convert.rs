//! Trait impls: `ResultCode`, conversions to and from `OSStatus`, `isize` and other enums,
//! `FromStr`, `Display`, `Debug`, `Error`, serde. Behaviour lives in `sec_codes::__private`;
//! these impls only carry what maps each variant to its texts (the catalogue index of each, and
//! the enum's own names, messages and variant names, of which the runtime keeps one or the other
//! by its `catalogue` feature: `__private::tables!`), so each enum adds little to a build or a
//! binary. An enum with the variants of one of the runtime's reads that one's (`twin`).

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

use super::text::{self, Blob};
use super::{Kind, Spec, twin};

pub fn conversions(spec: &Spec) -> TokenStream {
    let krate = &spec.krate;
    let name = &spec.ident;
    let trait_path = quote!(#krate::ResultCode);
    // An enum with a twin in the runtime reads the twin's texts (see `twin`).
    let (tables, tables_ref) = match twin::runtime_twin(spec) {
        Some(twin) => (TokenStream::new(), quote!(<#twin as #trait_path>::__TABLES)),
        None => {
            let tables = text::lex(&tables_text(spec));
            // A `const`, not a `static`: a `const` cannot refer to a `static` before Rust 1.83,
            // and `__TABLES` is one. The one reference to it makes one allocation either way.
            (
                quote!(const TABLES: #krate::__private::Tables = #tables;),
                quote!(&TABLES),
            )
        }
    };
    // `Name::Variant` rather than `Self::Variant` in the long lists: rustc resolves `Self::X` by
    // a search through the enum's variants, a thousand times a thousand for `categories = "all"`
    // (120 M instructions of its `cargo check`), and `Name::X` by its name tables.
    let enum_name = name.to_string();
    let positions = text::per_code(spec, |text, position, index| {
        let _ = write!(
            text,
            "{enum_name}::{} => {position},",
            spec.catalogue.codes[index].variant
        );
    });
    // One flat match, which LLVM turns into a range check on the discriminant. (In groups,
    // `0..=63 => match position { … }`, it cost rustc's exhaustiveness check less, but compiled to
    // a comparison per group, which random positions mispredict: `SecError::from_code` took
    // 13–22 ns instead of 1.3.)
    let from_positions = text::per_code(spec, |text, position, index| {
        let _ = write!(
            text,
            "{position} => {enum_name}::{},",
            spec.catalogue.codes[index].variant
        );
    });
    let count = spec.selection.codes.len();
    // Constants only in the big matches (`Other` is handled apart), so that the compiler turns
    // them into arithmetic on the discriminant rather than a jump to code per variant.
    let (position, from_position) = if count == 0 {
        (
            quote!(match self {
                Self::Other(code) => ::core::result::Result::Err(code),
            }),
            quote!({
                let _ = position;
                ::core::option::Option::None
            }),
        )
    } else {
        (
            quote! {
                let position = match self {
                    #positions
                    Self::Other(_) => #count,
                };
                match self {
                    Self::Other(code) => ::core::result::Result::Err(code),
                    _ => ::core::result::Result::Ok(position),
                }
            },
            quote! {
                ::core::option::Option::Some(match position {
                    #from_positions
                    _ => return ::core::option::Option::None,
                })
            },
        )
    };
    let serde = if spec.serde {
        quote!(#krate::__private::impl_serde!(#name);)
    } else {
        TokenStream::new()
    };
    quote! {
        // The enum's own tables, in a constant that only its impls can see.
        const _: () = {
            #tables

            #[automatically_derived]
            impl #krate::ResultCode for #name {
                const ALL: &'static [Self] = #name::ALL;

                #[doc(hidden)]
                const __TABLES: &'static #krate::__private::Tables = #tables_ref;

                #[doc(hidden)]
                #[inline]
                fn __position(self) -> ::core::result::Result<::core::primitive::usize, #krate::OSStatus> {
                    #position
                }

                #[doc(hidden)]
                #[inline]
                fn __from_position(position: ::core::primitive::usize) -> ::core::option::Option<Self> {
                    #from_position
                }

                #[inline]
                fn code(self) -> #krate::OSStatus {
                    #name::code(self)
                }

                #[inline]
                fn from_code(code: #krate::OSStatus) -> ::core::option::Option<Self> {
                    #name::from_code(code)
                }
            }
        };

        /// Total: a code this enum does not list, `0` included, becomes `Other`.
        #[automatically_derived]
        impl ::core::convert::From<#krate::OSStatus> for #name {
            #[inline]
            fn from(code: #krate::OSStatus) -> Self {
                match #name::from_code(code) {
                    ::core::option::Option::Some(listed) => listed,
                    ::core::option::Option::None => Self::Other(code),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#name> for #krate::OSStatus {
            #[inline]
            fn from(value: #name) -> Self {
                #name::code(value)
            }
        }

        /// From a `CFIndex` (`CFErrorGetCode`), which fails outside the `OSStatus` range.
        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::isize> for #name {
            type Error = ::core::num::TryFromIntError;

            #[inline]
            fn try_from(code: ::core::primitive::isize) -> ::core::result::Result<Self, Self::Error> {
                <#krate::OSStatus as ::core::convert::TryFrom<::core::primitive::isize>>::try_from(code)
                    .map(<Self as ::core::convert::From<#krate::OSStatus>>::from)
            }
        }

        /// Parses an Apple name (`errSecItemNotFound`, `ItemNotFound`) or a variant name, in any
        /// case; a catalogue code this enum does not list becomes `Other`.
        #[automatically_derived]
        impl ::core::str::FromStr for #name {
            type Err = #krate::ParseCodeError;

            #[inline]
            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                #krate::__private::parse(text)
            }
        }

        /// The message, Apple name and value (the name once where it is the message); another
        /// code shows its value in decimal and hex, with its catalogue entry where there is one.
        #[automatically_derived]
        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #krate::__private::display(*self, f)
            }
        }

        /// The variant with its value and message: `ItemNotFound { code: -25300, message: "…" }`.
        #[automatically_derived]
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #krate::__private::debug(*self, f)
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #name {}

        #serde
    }
}

/// The `__private::tables!` call of the enum: the catalogue index of each listed code, and its
/// names, messages and variant names, and where each category's codes end. The runtime keeps
/// the indices with its `catalogue` feature, the texts without.
fn tables_text(spec: &Spec) -> String {
    let krate = spec.krate.to_string();
    let codes: Vec<_> = spec
        .selection
        .codes
        .iter()
        .map(|&index| &spec.catalogue.codes[index])
        .collect();
    let mut entries = String::new();
    for index in &spec.selection.codes {
        let _ = write!(entries, "{index},");
    }
    let names = Blob::of(codes.iter().map(|c| c.name));
    let messages = Blob::of(codes.iter().map(|c| c.stored_message()));
    let variants = Blob::of(codes.iter().map(|c| c.variant));
    // Positions follow catalogue order, so each category's codes are one run.
    let mut categories = String::new();
    for (position, code) in codes.iter().enumerate() {
        let last_of_run = codes
            .get(position + 1)
            .map_or(true, |next| next.category != code.category);
        if last_of_run {
            let category = &spec.catalogue.categories[code.category].ident;
            let _ = write!(categories, "({}, {category}),", position + 1);
        }
    }
    format!(
        "{krate}::__private::tables!([{entries}] {} {} {} [{categories}])",
        names.to_macro_text(),
        messages.to_macro_text(),
        variants.to_macro_text(),
    )
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
                         <{from}>::code(value)) \
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
                        match #name::from_code(value.code()) {
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
            // And back, one step instead of two through `SecError`.
            let into_categories = spec.selection.full_categories.iter().map(|&index| {
                let category = &spec.catalogue.categories[index].ident;
                text::lex(&format!(
                    "/// Succeeds for the codes of this category; otherwise gives the error back.\n\
                     #[automatically_derived] \
                     impl ::core::convert::TryFrom<{this}> for {krate_text}::codes::{category} {{ \
                         type Error = {this}; \
                         #[inline] \
                         fn try_from(value: {this}) -> ::core::result::Result<Self, {this}> {{ \
                             match Self::from_code({this}::code(value)) {{ \
                                 ::core::option::Option::Some(listed) => ::core::result::Result::Ok(listed), \
                                 ::core::option::Option::None => ::core::result::Result::Err(value), \
                             }} \
                         }} \
                     }}"
                ))
            });
            quote! {
                #from_sec_error
                #into_sec_error
                #(#from_categories)*
                #(#into_categories)*
            }
        }
    }
}
