//! What `sec-codes` itself is built from: the catalogue table, `Category`, the lookup tables, and
//! the enums `SecError` and `codes::*`. Invoked only inside `sec-codes`.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};

use super::tables::HashTable;
use super::{Kind, Spec, catalogue_errors, generate, ident};
use crate::catalogue::Catalogue;
use crate::catalogue::Code;
use crate::hash::{TABLE_BITS, name_hash, name_tag, value_hash};
use crate::select::{Selection, is_variant};
use crate::shipped;

/// Runs `build` over the shipped catalogue, or reports why the catalogue is invalid.
fn with_catalogue(
    input: TokenStream,
    build: impl FnOnce(&Catalogue) -> TokenStream,
) -> TokenStream {
    if !input.is_empty() {
        return syn::Error::new_spanned(input, "this macro takes no input").to_compile_error();
    }
    match shipped::shipped() {
        Ok(catalogue) => build(catalogue),
        Err(errors) => catalogue_errors(errors),
    }
}

/// `CATALOG`, `Category`, and the value and name lookup tables.
pub fn catalogue(input: TokenStream) -> TokenStream {
    with_catalogue(input, |catalogue| {
        let category = category_enum(catalogue);
        let table = catalog_table(catalogue);
        let lookups = lookup_tables(catalogue);
        quote! {
            #category
            #table
            #lookups
        }
    })
}

/// `SecError`: every code of the catalogue.
pub fn sec_error(input: TokenStream) -> TokenStream {
    with_catalogue(input, |catalogue| {
        let chosen: Vec<bool> = (0..catalogue.codes.len())
            .map(|i| is_variant(catalogue, i))
            .collect();
        let spec = Spec {
            catalogue,
            krate: quote!(::sec_codes),
            ident: ident("SecError"),
            selection: Selection::of(catalogue, &chosen),
            kind: Kind::All,
        };
        let doc = format!(
            "Every result code of Apple's `SecBase.h`: {} variants, plus `Other` for any other \
             status.\n\nConverts to and from `OSStatus` and every enum of [`codes`](crate::codes).",
            spec.selection.codes.len()
        );
        generate(
            &spec,
            &[syn::parse_quote!(#[doc = #doc])],
            &syn::parse_quote!(pub),
        )
    })
}

/// `codes::Keychain`, `codes::Ocsp`, …: one enum per category.
pub fn category_enums(input: TokenStream) -> TokenStream {
    with_catalogue(input, |catalogue| {
        catalogue
            .categories
            .iter()
            .enumerate()
            .map(|(index, category)| {
                let chosen: Vec<bool> = (0..catalogue.codes.len())
                    .map(|i| catalogue.codes[i].category == index && is_variant(catalogue, i))
                    .collect();
                let spec = Spec {
                    catalogue,
                    krate: quote!(::sec_codes),
                    ident: ident(&category.ident),
                    selection: Selection::of(catalogue, &chosen),
                    kind: Kind::Category,
                };
                let doc = format!(
                    "The {} codes of Apple's “{}” ([`Category::{}`](crate::Category::{})), plus \
                     `Other` for any other status.",
                    spec.selection.codes.len(),
                    category.title,
                    category.ident,
                    category.ident
                );
                generate(
                    &spec,
                    &[syn::parse_quote!(#[doc = #doc])],
                    &syn::parse_quote!(pub),
                )
            })
            .collect()
    })
}

fn category_enum(catalogue: &Catalogue) -> TokenStream {
    let count = catalogue.categories.len();
    let idents: Vec<_> = catalogue
        .categories
        .iter()
        .map(|c| ident(&c.ident))
        .collect();
    let keys = catalogue.categories.iter().map(|c| &c.key);
    let titles = catalogue.categories.iter().map(|c| &c.title);
    let docs = catalogue
        .categories
        .iter()
        .map(|c| format!(" {} (key `{}`, {} codes).", c.title, c.key, c.range.len()));
    let starts = catalogue.categories.iter().map(|c| c.range.start);
    let ends = catalogue.categories.iter().map(|c| c.range.end);
    quote! {
        /// A category of result codes: a heading of Apple's “Security Framework Result Codes” page.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Category {
            #(#[doc = #docs] #idents,)*
        }

        impl Category {
            /// Every category, in the page's order.
            pub const ALL: [Self; #count] = [#(Self::#idents),*];

            /// The key used in `codes.toml` and `#[sec_codes(categories = "…")]`, e.g. `"code_signing"`.
            #[must_use]
            pub const fn key(self) -> &'static str {
                match self { #(Self::#idents => #keys,)* }
            }

            /// The heading on Apple's page, e.g. `"Keychain Result Codes"`.
            #[must_use]
            pub const fn title(self) -> &'static str {
                match self { #(Self::#idents => #titles,)* }
            }

            /// The category's codes, in the page's order, deprecated aliases included.
            #[must_use]
            pub fn codes(self) -> &'static [crate::CodeInfo] {
                match self { #(Self::#idents => &CATALOG[#starts..#ends],)* }
            }
        }
    }
}

fn catalog_table(catalogue: &Catalogue) -> TokenStream {
    let count = catalogue.codes.len();
    let entries = catalogue.codes.iter().map(|code| {
        let category = ident(&catalogue.categories[code.category].ident);
        let (name, doc, message, deprecated) =
            (&code.name, &code.doc, &code.message, code.deprecated);
        let value = Literal::i32_unsuffixed(code.value);
        let alias_of = match code.alias_of {
            Some(primary) => {
                let primary = &catalogue.codes[primary].name;
                quote!(::core::option::Option::Some(#primary))
            }
            None => quote!(::core::option::Option::None),
        };
        quote! {
            crate::CodeInfo {
                name: #name,
                value: #value,
                category: Category::#category,
                doc: #doc,
                message: #message,
                deprecated: #deprecated,
                alias_of: #alias_of,
            }
        }
    });
    let variants = catalogue.codes.iter().map(|code| &code.variant);
    let short_names = catalogue.codes.iter().map(Code::suffix);
    quote! {
        /// Every code, grouped by category.
        pub(crate) static CATALOG: [crate::CodeInfo; #count] = [#(#entries),*];

        /// The generated variant name of each `CATALOG` entry.
        pub(crate) static VARIANTS: [&str; #count] = [#(#variants),*];

        /// The name without `errSec` of each `CATALOG` entry.
        pub(crate) static SHORT_NAMES: [&str; #count] = [#(#short_names),*];
    }
}

fn lookup_tables(catalogue: &Catalogue) -> TokenStream {
    let too_many = || quote!(::core::compile_error!("the catalogue has too many codes for its lookup tables"););
    // Deprecated aliases are left out: a value describes its primary code.
    let values = catalogue
        .codes
        .iter()
        .enumerate()
        .filter(|(_, code)| code.alias_of.is_none());
    let values = values.map(|(index, code)| {
        (
            value_hash(code.value),
            Literal::i32_unsuffixed(code.value).into_token_stream(),
            index,
        )
    });
    let Some(values) = HashTable::build(values.collect::<Vec<_>>().into_iter()) else {
        return too_many();
    };
    let by_name = |key: fn(&Code) -> &str| {
        let entries = catalogue.codes.iter().enumerate().map(|(index, code)| {
            let hash = name_hash(key(code).as_bytes());
            (hash, name_tag(hash).into_token_stream(), index)
        });
        HashTable::build(entries)
    };
    let (Some(names), Some(variants)) = (by_name(Code::suffix), by_name(|code| &code.variant))
    else {
        return too_many();
    };
    let (values, names, variants) = (values.to_tokens(), names.to_tokens(), variants.to_tokens());
    let size = 1usize << TABLE_BITS;
    let hash: TokenStream = include_str!("../hash.rs").parse().unwrap_or_default();
    quote! {
        /// Hash tables of `(tag, CATALOG index + 1)`, 0 marking an empty slot (see `hash.rs` in
        /// sec-codes-macros): by value (tag: the value), by name without `errSec` and by variant
        /// name (tag: `name_tag` of the name's hash).
        pub(crate) static BY_VALUE: [(crate::OSStatus, u16); #size] = #values;
        pub(crate) static BY_NAME: [(u32, u16); #size] = #names;
        pub(crate) static BY_VARIANT: [(u32, u16); #size] = #variants;

        #hash
    }
}
