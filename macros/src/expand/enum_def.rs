//! The enum itself (variants with their docs) and its inherent items: alias constants, `ALL`,
//! `code`, `from_code`, `name`, `message`, `category`, `info`, `check`.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;
use syn::punctuated::Punctuated;
use syn::{Attribute, Token, Visibility};

use super::tables::PerfectTable;
use super::{Spec, ident, text, twin};
use crate::hash::value_hash;

/// Traits every generated enum implements (`Debug` by hand, to show the value); a user's derive
/// of the same name is dropped, not doubled.
const DERIVED: &[&str] = &["Clone", "Copy", "Debug", "PartialEq", "Eq", "Hash"];

/// Derives a generated enum cannot have; `input::rejected_derive` reports them, once, and they are
/// dropped here so that rustc does not fail the derive on every variant as well.
pub const REJECTED: &[&str] = &["Default"];

pub fn definition(spec: &Spec, attrs: &[Attribute], vis: &Visibility) -> TokenStream {
    let krate = &spec.krate;
    let name = &spec.ident;
    let attrs = attrs.iter().filter_map(without_our_derives);
    let variants = text::variants(spec);
    quote! {
        #(#attrs)*
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash
        )]
        #vis enum #name {
            #variants
            /// Any other status: a code outside this enum's selection (known to the catalogue or
            /// not), or `0` when converted with `From<OSStatus>`. Not `Category::Other`, which
            /// is Apple's heading "Other Result Codes".
            Other(#krate::OSStatus),
        }
    }
}

/// The attribute, minus any derive of a trait in [`DERIVED`] or [`REJECTED`]; `None` if nothing
/// is left of it.
fn without_our_derives(attr: &Attribute) -> Option<Attribute> {
    if !attr.path().is_ident("derive") {
        return Some(attr.clone());
    }
    let Ok(paths) = attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
    else {
        return Some(attr.clone()); // Leave malformed derives to rustc's own error.
    };
    let kept: Vec<&syn::Path> = paths
        .iter()
        .filter(|path| {
            let last = path
                .segments
                .last()
                .map(|segment| segment.ident.to_string());
            !last.is_some_and(|name| {
                DERIVED.contains(&name.as_str()) || REJECTED.contains(&name.as_str())
            })
        })
        .collect();
    if kept.is_empty() {
        return None;
    }
    let pound = attr.pound_token;
    let bracket = attr.bracket_token;
    let mut kept_attr: Attribute = syn::parse_quote!(#[derive(#(#kept),*)]);
    kept_attr.pound_token = pound;
    kept_attr.bracket_token = bracket;
    Some(kept_attr)
}

pub fn inherent(spec: &Spec) -> TokenStream {
    let krate = &spec.krate;
    let name = &spec.ident;
    let aliases = spec.selection.aliases.iter().map(|&index| {
        let alias = &spec.catalogue.codes[index];
        let Some(primary) = alias.alias_of.map(|p| &spec.catalogue.codes[p]) else {
            return TokenStream::new();
        };
        let alias_ident = ident(alias.variant);
        let primary_ident = ident(primary.variant);
        let apple_name = &alias.name;
        if alias.deprecated {
            let note = format!(
                "Apple deprecated `{}`; use `{}` (`{}`)",
                alias.name, primary.variant, primary.name
            );
            let doc = format!(
                " `{}`: deprecated alias of [`Self::{}`].",
                alias.name, primary.variant
            );
            quote! {
                #[doc = #doc]
                #[doc(alias = #apple_name)]
                #[deprecated(note = #note)]
                #[allow(non_upper_case_globals)]
                pub const #alias_ident: Self = Self::#primary_ident;
            }
        } else {
            let doc = format!(
                " `{}`: another name of [`Self::{}`] (`{}`), with the same value.",
                alias.name, primary.variant, primary.name
            );
            quote! {
                #[doc = #doc]
                #[doc(alias = #apple_name)]
                #[allow(non_upper_case_globals)]
                pub const #alias_ident: Self = Self::#primary_ident;
            }
        }
    });
    // `Name::Variant` rather than `Self::Variant`: see `from_position_arms` in `convert`.
    let enum_name = name.to_string();
    let all = text::per_code(spec, |text, _, index| {
        let _ = write!(
            text,
            "{enum_name}::{},",
            spec.catalogue.codes[index].variant
        );
    });
    let values = text::per_code(spec, |text, _, index| {
        let code = &spec.catalogue.codes[index];
        let _ = write!(text, "{enum_name}::{} => {},", code.variant, code.value);
    });
    let trait_path = quote!(#krate::ResultCode);
    let from_code = match twin::runtime_twin(spec) {
        // The same variants in the same order: the twin's position is this enum's.
        Some(twin) => quote! {
            let twin = <#twin>::from_code(code)?;
            let position = <#twin as #trait_path>::__position(twin).ok()?;
            <Self as #trait_path>::__from_position(position)
        },
        None => {
            let by_value = text::lex(&value_table(spec));
            quote! {
                static BY_VALUE: #by_value;
                let position = BY_VALUE.find(code)?;
                <Self as #trait_path>::__from_position(position)
            }
        }
    };
    // The listed values as constants only, in a function of their own: the compiler makes the
    // match one table lookup. With `Other`'s value in the same match, or inlined where `Other`
    // is told apart, it jumps to code per variant instead (6.5 KB more for `SecError`).
    let code = if spec.selection.codes.is_empty() {
        quote!(match self {
            Self::Other(code) => code,
        })
    } else {
        quote! {
            #[inline(never)]
            const fn listed(value: #name) -> #krate::OSStatus {
                match value {
                    #values
                    #name::Other(_) => 0,
                }
            }
            match self {
                Self::Other(code) => code,
                _ => listed(self),
            }
        }
    };
    quote! {
        impl #name {
            #(#aliases)*

            /// Every listed variant, in catalogue order (`Other` is not listed).
            pub const ALL: &'static [Self] = &[#all];

            /// The `OSStatus` value.
            #[inline]
            #[must_use]
            pub const fn code(self) -> #krate::OSStatus {
                #code
            }

            /// The listed variant for `code`, or `None` if this enum does not list it (use
            /// `From<OSStatus>` for a conversion that keeps every value).
            #[inline]
            #[must_use]
            pub fn from_code(code: #krate::OSStatus) -> ::core::option::Option<Self> {
                #from_code
            }

            /// The Apple name, e.g. `"errSecItemNotFound"`; for `Other`, the catalogue's name
            /// of the code (`None` if it has none, or without the `catalogue` feature).
            #[inline]
            #[must_use]
            pub fn name(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                <Self as #trait_path>::name(self)
            }

            /// What `SecCopyErrorMessageString` returns for the code on macOS, where that is a
            /// sentence (see `sec_codes::CodeInfo::message`); for `Other`, as for `name`.
            #[inline]
            #[must_use]
            pub fn message(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                <Self as #trait_path>::message(self)
            }

            /// The category the code is listed under; for `Other`, as for `name`.
            #[inline]
            #[must_use]
            pub fn category(self) -> ::core::option::Option<#krate::Category> {
                <Self as #trait_path>::category(self)
            }

            /// The catalogue's entry for the code, `Other` values included (`None` for a code
            /// the catalogue does not know, or without the `catalogue` feature).
            #[inline]
            #[must_use]
            pub fn info(self) -> ::core::option::Option<#krate::CodeInfo> {
                <Self as #trait_path>::info(self)
            }

            /// `Ok(())` for success (`0`), otherwise `Err` with the status as this enum.
            ///
            /// # Errors
            ///
            /// Every status but `0`, as `From<OSStatus>` converts it.
            #[inline]
            pub fn check(status: #krate::OSStatus) -> ::core::result::Result<(), Self> {
                if status == 0 {
                    ::core::result::Result::Ok(())
                } else {
                    ::core::result::Result::Err(<Self as ::core::convert::From<#krate::OSStatus>>::from(status))
                }
            }
        }
    }
}

/// `Type = expression` of the enum's perfect hash table of values (see `hash.rs`): positions in
/// `ALL` by value, each slot holding its value to compare.
fn value_table(spec: &Spec) -> String {
    let krate = spec.krate.to_string();
    let values: Vec<i32> = spec
        .selection
        .codes
        .iter()
        .map(|&index| spec.catalogue.codes[index].value)
        .collect();
    let hashes: Vec<(u64, usize)> = values
        .iter()
        .enumerate()
        .map(|(position, &value)| (value_hash(value), position))
        .collect();
    // Distinct values have distinct hashes: a table always exists.
    match PerfectTable::build(&hashes) {
        Some(table) => {
            let (buckets, slots) = table.sizes();
            format!(
                "{krate}::__private::PerfectValues<{buckets}, {slots}> = {}",
                table.to_values_text_with(&krate, &values)
            )
        }
        None => "() = ::core::compile_error!(\"sec-codes-macros could not lay out the table of values\")"
            .to_owned(),
    }
}
