//! What `sec-codes` itself is built from: the catalogue table, `Category`, the lookup tables, and
//! the enums `SecError` and `codes::*`. Invoked only inside `sec-codes`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{Kind, Spec, catalogue_errors, generate, ident};
use crate::catalogue::Catalogue;
use crate::name_hash::name_hash;
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
    quote! {
        /// Every code, grouped by category.
        pub(crate) static CATALOG: [crate::CodeInfo; #count] = [#(#entries),*];

        /// The generated variant name of each `CATALOG` entry.
        pub(crate) static VARIANTS: [&str; #count] = [#(#variants),*];
    }
}

fn lookup_tables(catalogue: &Catalogue) -> TokenStream {
    // Value → index: a `match` the compiler turns into jump tables over the dense runs of codes.
    let arms = catalogue
        .codes
        .iter()
        .enumerate()
        .filter(|(_, code)| code.alias_of.is_none())
        .map(|(index, code)| {
            let value = Literal::i32_unsuffixed(code.value);
            let index = Literal::u16_unsuffixed(u16::try_from(index).unwrap_or(u16::MAX));
            quote!(#value => ::core::option::Option::Some(#index),)
        });
    let Some(names) = SlotTable::build(catalogue.codes.iter().map(|code| code.suffix())) else {
        return quote!(::core::compile_error!("the catalogue has too many codes for its lookup tables"););
    };
    let Some(variants) = SlotTable::build(catalogue.codes.iter().map(|code| code.variant.as_str()))
    else {
        return quote!(::core::compile_error!("the catalogue has too many codes for its lookup tables"););
    };
    let size = names.slots.len();
    let shift = names.shift;
    let name_slots = &names.slots;
    let variant_slots = &variants.slots;
    let hash: TokenStream = include_str!("../name_hash.rs").parse().unwrap_or_default();
    quote! {
        /// The index in `CATALOG` of the primary code with this value.
        #[inline]
        pub(crate) fn index_of_value(code: crate::OSStatus) -> ::core::option::Option<u16> {
            match code {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }

        /// Hash tables (open addressing, linear probing): `CATALOG` index + 1 by `name_hash` of the
        /// name without `errSec`, and of the variant name; 0 marks an empty slot.
        pub(crate) static NAME_SLOTS: [u16; #size] = [#(#name_slots),*];
        pub(crate) static VARIANT_SLOTS: [u16; #size] = [#(#variant_slots),*];
        pub(crate) const SLOT_SHIFT: u32 = #shift;
        pub(crate) const SLOT_MASK: usize = #size - 1;

        #hash
    }
}

/// A hash table laid out at compile time, read by `sec_codes::lookup`.
struct SlotTable {
    slots: Vec<u16>,
    shift: u32,
}

impl SlotTable {
    /// Places each key's index + 1 at its hash slot or the next free one. The table is at most
    /// half full, so lookups probe little and always meet an empty slot. `None` if the indices do
    /// not fit in `u16`.
    fn build<'a>(keys: impl ExactSizeIterator<Item = &'a str>) -> Option<SlotTable> {
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let shift = 64 - size.trailing_zeros();
        let mut slots = vec![0u16; size];
        for (index, key) in keys.enumerate() {
            let mut slot = usize::try_from(name_hash(key.as_bytes()) >> shift).ok()?;
            while slots[slot] != 0 {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = u16::try_from(index + 1).ok()?;
        }
        Some(SlotTable { slots, shift })
    }
}
