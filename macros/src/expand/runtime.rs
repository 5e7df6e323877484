//! What `sec-codes` itself is built from: `Category`, the catalogue's string blobs and lookup
//! tables, and the enums `SecError` and `codes::*`. Invoked only inside `sec-codes`.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

use super::tables::PerfectTable;
use super::text::{self, Blob};
use super::{Kind, Spec, catalogue_errors, generate, ident};
use crate::catalogue::{Catalogue, Code, MacosMessage};
use crate::hash::{name_hash, value_hash};
use crate::select::{Selection, category_variants, is_variant};
use crate::shipped;

/// Runs `build` over the shipped catalogue, or reports why the catalogue is invalid.
fn with_catalogue(
    input: TokenStream,
    build: impl FnOnce(&Catalogue) -> TokenStream,
) -> TokenStream {
    if !input.is_empty() {
        return syn::Error::new_spanned(input, "this macro takes no input").to_compile_error();
    }
    match shipped::checked() {
        Ok(catalogue) => build(catalogue),
        Err(errors) => catalogue_errors(errors),
    }
}

/// The rules the runtime shares with this crate and the generator: the model's `hash.rs` and
/// `naming.rs`, pasted as tokens (one copy of each file, compiled on every side: the sides cannot
/// disagree). Needs no catalogue.
pub fn rules(input: TokenStream) -> TokenStream {
    if !input.is_empty() {
        return syn::Error::new_spanned(input, "this macro takes no input").to_compile_error();
    }
    text::lex(concat!(
        include_str!("../model/hash.rs"),
        include_str!("../model/naming.rs")
    ))
}

/// `Category`: the catalogue's categories, their keys, titles and ranges of entries.
pub fn categories(input: TokenStream) -> TokenStream {
    with_catalogue(input, category_enum)
}

/// The catalogue: its strings as blobs with offsets (no pointer per entry, so no relocation per
/// entry in a position-independent binary), values, deprecations, aliases and hash tables.
///
/// `__catalogue!(empty)`: the same items with no entries (and no errno range), for `sec-codes`
/// without its `catalogue` feature, where `CodeInfo`'s methods still compile but no `CodeInfo`
/// can be made. One writer for both, so that they cannot drift apart.
pub fn catalogue(input: TokenStream) -> TokenStream {
    if input.to_string() == "empty" {
        return text::lex(&catalogue_text(&[], &[], &[]));
    }
    with_catalogue(input, |catalogue| {
        let errno_texts = crate::errno::texts();
        let errno_by_name = crate::errno::by_name();
        text::lex(&catalogue_text(
            catalogue.codes,
            &errno_texts,
            &errno_by_name,
        ))
    })
}

/// The catalogue's items for `codes` and the errno range's texts (each errno's name, then its
/// message) and errnos sorted by name.
fn catalogue_text(codes: &[Code], errno_texts: &[String], errno_by_name: &[usize]) -> String {
    let count = codes.len();
    let names = Blob::of(codes.iter().map(|c| c.name));
    // A message equal to the name (most CSSM codes), or a doc equal to the message, is stored
    // once: an empty entry means "the same as the previous field".
    let messages = Blob::of(codes.iter().map(|c| c.stored_message()));
    let docs = Blob::of(
        codes
            .iter()
            .map(|c| if c.doc == c.message { "" } else { c.doc }),
    );
    let mut text = String::new();
    let _ = writeln!(
        text,
        "/// Number of entries of the catalogue.\n\
         pub(crate) const COUNT: usize = {count};\n\
         /// Every Apple name, in catalogue order.\n\
         pub(crate) static NAMES: crate::storage::Texts = {};\n\
         /// Every message; empty where it is the name.\n\
         pub(crate) static MESSAGES: crate::storage::Texts = {};\n\
         /// Every documentation text; empty where it is the message. Kept apart so that a program \
         that never reads a doc does not link them.\n\
         pub(crate) static DOCS: crate::storage::Texts = {};",
        names.to_text(),
        messages.to_text(),
        docs.to_text(),
    );
    let values: Vec<String> = codes.iter().map(|c| c.value.to_string()).collect();
    let _ = writeln!(
        text,
        "/// Every value.\npub(crate) static VALUES: [crate::OSStatus; {count}] = [{}];",
        values.join(",")
    );
    let deprecated: Vec<String> = codes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.deprecated)
        .map(|(index, _)| index.to_string())
        .collect();
    let _ = writeln!(
        text,
        "/// The indices of the names Apple deprecated, sorted.\n\
         pub(crate) static DEPRECATED: [u16; {}] = [{}];",
        deprecated.len(),
        deprecated.join(",")
    );
    let aliases: Vec<String> = codes
        .iter()
        .enumerate()
        .filter_map(|(index, c)| Some(format!("({index},{})", c.alias_of?)))
        .collect();
    let _ = writeln!(
        text,
        "/// `(alias, primary)` index pairs, sorted by alias.\n\
         pub(crate) static ALIASES: [(u16, u16); {}] = [{}];",
        aliases.len(),
        aliases.join(",")
    );
    // What macOS shows, where it is not the message: looked up for primaries only, since macOS
    // looks a status up by value.
    for (name, which, doc) in [
        (
            "MACOS_NAME",
            MacosMessage::Name,
            "whose macOS text is the bare name",
        ),
        (
            "MACOS_NOTHING",
            MacosMessage::Nothing,
            "for which macOS has no text",
        ),
    ] {
        let indices: Vec<String> = codes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.alias_of.is_none() && c.macos_message == which)
            .map(|(index, _)| index.to_string())
            .collect();
        let _ = writeln!(
            text,
            "/// The indices of the primary codes {doc}, sorted.\n\
             pub(crate) static {name}: [u16; {}] = [{}];",
            indices.len(),
            indices.join(",")
        );
    }
    let errno = Blob::of(errno_texts.iter().map(String::as_str));
    let by_name: Vec<String> = errno_by_name.iter().map(ToString::to_string).collect();
    let _ = writeln!(
        text,
        "/// The errno range: each errno's name, then its message.\n\
         pub(crate) static ERRNO_TEXTS: crate::storage::Texts = {};\n\
         /// The errnos with a name, sorted by name.\n\
         pub(crate) static ERRNO_BY_NAME: [u8; {}] = [{}];",
        errno.to_text(),
        by_name.len(),
        by_name.join(",")
    );
    // Aliases are left out of the value table: a value describes its primary code.
    let by_value: Vec<(u64, usize)> = codes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.alias_of.is_none())
        .map(|(index, c)| (value_hash(c.value), index))
        .collect();
    let by_name: Vec<(u64, usize)> = codes
        .iter()
        .enumerate()
        .map(|(index, c)| (name_hash(c.name.as_bytes()), index))
        .collect();
    let by_key: Vec<(u64, usize)> = codes
        .iter()
        .enumerate()
        .map(|(index, c)| (name_hash(c.variant.to_ascii_lowercase().as_bytes()), index))
        .collect();
    for (name, doc, entries) in [
        ("BY_VALUE", "by value (primary codes only)", &by_value),
        ("BY_NAME", "by Apple name, exactly as written", &by_name),
        (
            "BY_KEY",
            "by lookup key (the variant name in lowercase)",
            &by_key,
        ),
    ] {
        let Some(table) = PerfectTable::build(entries) else {
            // Only two keys with one hash could cause this: a collision of the name hash.
            let _ = writeln!(
                text,
                "::core::compile_error!(\"sec-codes-macros could not lay out the lookup table \
                 {name} of codes.toml: two names hash alike; change `name_hash` in hash.rs\");"
            );
            continue;
        };
        let (buckets, slots) = table.sizes();
        let _ = writeln!(
            text,
            "/// Perfect hash table {doc}.\n\
             pub(crate) static {name}: crate::storage::Perfect<{buckets}, {slots}> = {};",
            table.to_runtime_text()
        );
    }
    text
}

/// `deprecated` (re-exported as `__private::deprecated`): a `#[deprecated]` constant per
/// deprecated name.
pub fn deprecated_names(input: TokenStream) -> TokenStream {
    with_catalogue(input, super::deprecation::constants)
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
            serde: false,
        };
        let doc = format!(
            "Every result code of Apple's Security framework: {} variants, one per distinct \
             value but success, plus `Other` for any other status.\n\n\
             Converts to and from `OSStatus` and every enum of [`codes`](crate::codes). This is \
             the type to expose or box (`Box<dyn Error>`) across crates: every crate that uses \
             sec-codes shares it, while a `#[sec_codes]` enum is its own crate's type.",
            spec.selection.codes.len()
        );
        runtime_enum(&spec, &doc)
    })
}

/// An enum of `sec-codes` itself: public, `#[non_exhaustive]` (a minor release may add codes),
/// with serde impls when the runtime's `serde` feature is on (no other crate can implement
/// them for its types, so this cannot clash).
fn runtime_enum(spec: &Spec, doc: &str) -> TokenStream {
    let attrs = [
        syn::parse_quote!(#[doc = #doc]),
        syn::parse_quote!(#[non_exhaustive]),
    ];
    let enum_tokens = generate(spec, &attrs, &syn::parse_quote!(pub));
    let name = &spec.ident;
    quote! {
        #enum_tokens
        #[cfg(feature = "serde")]
        crate::__private::impl_serde!(#name);
    }
}

/// `codes::Keychain`, `codes::Ocsp`, …: one enum per category.
pub fn category_enums(input: TokenStream) -> TokenStream {
    with_catalogue(input, |catalogue| {
        catalogue
            .categories
            .iter()
            .enumerate()
            .map(|(index, category)| {
                let mut chosen = vec![false; catalogue.codes.len()];
                for code in category_variants(catalogue, index) {
                    chosen[code] = true;
                }
                let spec = Spec {
                    catalogue,
                    krate: quote!(::sec_codes),
                    ident: ident(category.ident),
                    selection: Selection::of(catalogue, &chosen),
                    kind: Kind::Category,
                    serde: false,
                };
                let doc = format!(
                    "The {} codes of “{}” ([`Category::{}`](crate::Category::{})){}, plus \
                     `Other` for any other status.",
                    spec.selection.codes.len(),
                    crate::prose::prose(category.title),
                    category.ident,
                    category.ident,
                    crate::category_notes::note_suffix(category.key)
                );
                runtime_enum(&spec, &doc)
            })
            .collect()
    })
}

fn category_enum(catalogue: &Catalogue) -> TokenStream {
    let count = catalogue.categories.len();
    let idents: Vec<_> = catalogue
        .categories
        .iter()
        .map(|c| ident(c.ident))
        .collect();
    let keys = catalogue.categories.iter().map(|c| &c.key);
    let titles = catalogue.categories.iter().map(|c| &c.title);
    let docs = catalogue.categories.iter().map(|c| {
        format!(
            " {} (key `{}`, {} names){}.",
            crate::prose::prose(c.title),
            c.key,
            c.range.len(),
            crate::category_notes::note_suffix(c.key)
        )
    });
    let ranges = catalogue.categories.iter().map(|c| {
        let (start, end) = (c.range.start, c.range.end);
        quote!(#start..#end)
    });
    quote! {
        /// A category of result codes: a heading of Apple's “Security Framework Result Codes”
        /// page, or one of the framework's other families of codes (Secure Transport, code
        /// signing services, authorization, sessions, Secure Download, CSSM).
        ///
        /// Marked `#[non_exhaustive]`: a minor release may add categories.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Category {
            #(#[doc = #docs] #idents,)*
        }

        impl Category {
            /// Every category, in catalogue order.
            pub const ALL: [Self; #count] = [#(Self::#idents),*];

            /// The key used in `codes.toml` and `#[sec_codes(categories = "…")]`, e.g. `"code_signing"`.
            #[must_use]
            pub const fn key(self) -> &'static str {
                match self { #(Self::#idents => #keys,)* }
            }

            /// The heading, e.g. `"Keychain Result Codes"`.
            #[must_use]
            pub const fn title(self) -> &'static str {
                match self { #(Self::#idents => #titles,)* }
            }

            /// The range of catalogue indices of the category's names.
            pub(crate) const fn range(self) -> ::core::ops::Range<usize> {
                match self { #(Self::#idents => #ranges,)* }
            }
        }
    }
}
