//! Rules that relate entries to each other: unique names and values, aliases that point at a real
//! primary code, categories that exist, names that make Rust identifiers, texts the generated code
//! can hold, limits of the lookup tables. Every rule's message says what to change.

use std::collections::HashMap;

use heck::ToUpperCamelCase;

use super::parse::{At, RawCatalogue, RawCode};
use super::{Locator, leak};
use crate::catalogue::{Catalogue, CatalogueError, Category, Code, MacosMessage, loose_key};
use crate::naming::{MAX_NAME_LEN, name_stem};
use crate::suggest::did_you_mean;

/// The variant every generated enum keeps for codes outside its selection.
pub const OTHER_VARIANT: &str = "Other";

/// What `#[sec_codes(categories = "all")]` means; no category may take the key.
const RESERVED_CATEGORY: &str = "all";

/// The runtime's tables store a code's index plus one in a `u16`.
pub const MAX_CODES: usize = u16::MAX as usize - 1;

/// Rust's keywords, strict and reserved, in every edition: none can name a variant or an enum.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

pub fn validate(locate: &Locator, raw: RawCatalogue) -> Result<Catalogue, Vec<CatalogueError>> {
    let mut errors = Vec::new();
    if raw.codes.is_empty() {
        errors.push(locate.error(
            0,
            "the catalogue has no codes; add at least one `[[code]]` entry",
        ));
    } else if raw.codes.len() > MAX_CODES {
        errors.push(locate.error(
            raw.codes[MAX_CODES].name.offset,
            format!(
                "the catalogue has {} codes, more than the {MAX_CODES} its lookup tables can \
                 index (a `u16` each); widen the index type in sec-codes-macros' `expand/tables.rs` \
                 and the runtime's tables before adding more",
                raw.codes.len()
            ),
        ));
    }
    let categories = categories(locate, &raw, &mut errors);
    let mut codes = Vec::with_capacity(raw.codes.len());
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    let mut by_variant: HashMap<String, &str> = HashMap::new();

    for (index, code) in raw.codes.iter().enumerate() {
        let name = &code.name.value;
        if let Some(&first) = by_name.get(name.as_str()) {
            let line = locate.error(raw.codes[first].name.offset, "").line;
            errors.push(locate.error(
                code.name.offset,
                format!("duplicate code `{name}` (first defined on line {line}); remove one"),
            ));
            continue;
        }
        by_name.insert(name, index);
        let variant = variant_name(locate, &code.name, &mut errors);
        if let Some(variant) = &variant {
            if let Some(other) = by_variant.insert(variant.clone(), name) {
                errors.push(locate.error(
                    code.name.offset,
                    format!(
                        "`{name}` and `{other}` both become the variant `{variant}`; rename one"
                    ),
                ));
            }
        }
        let value = os_status(locate, &code.value, &mut errors);
        let category = category_of(locate, &categories, &code.category, &mut errors);
        text(locate, "doc", &code.doc, &mut errors);
        text(locate, "message", &code.message, &mut errors);
        let macos_message = macos_message(locate, code, &mut errors);
        if let (Some(variant), Some(value), Some(category)) = (variant, value, category) {
            codes.push(Code {
                name: leak(name.clone()),
                value,
                category,
                doc: leak(code.doc.value.clone()),
                message: leak(code.message.value.clone()),
                macos_message,
                rustdoc: leak(crate::prose::variant_doc(
                    name,
                    value,
                    &code.doc.value,
                    &code.message.value,
                )),
                deprecated: code.deprecated,
                alias_of: None,
                variant: leak(variant),
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    link_aliases(locate, &raw.codes, &mut codes, &mut errors);
    unambiguous_names(locate, &raw.codes, &codes, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(group_by_category(categories, codes))
}

fn categories(
    locate: &Locator,
    raw: &RawCatalogue,
    errors: &mut Vec<CatalogueError>,
) -> Vec<Category> {
    let mut seen: HashMap<String, &str> = HashMap::new();
    let mut categories = Vec::new();
    for category in &raw.categories {
        let key = &category.key;
        let valid = !key.value.is_empty()
            && key
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && key.value.starts_with(|c: char| c.is_ascii_lowercase());
        if !valid {
            errors.push(locate.error(
                key.offset,
                format!(
                    "category key `{}` must be snake_case ASCII starting with a letter, e.g. `code_signing`",
                    key.value
                ),
            ));
            continue;
        }
        if loose_key(&key.value) == RESERVED_CATEGORY {
            errors.push(locate.error(
                key.offset,
                "the category key `all` is reserved: `categories = \"all\"` selects every \
                 category; choose another key",
            ));
            continue;
        }
        // Only the UpperCamelCase ident is ever a Rust name (the key stays a string), so `crate`
        // (→ `Crate`) is fine and `self` (→ `Self`) is not.
        let ident = key.value.to_upper_camel_case();
        if KEYWORDS.contains(&ident.as_str()) {
            errors.push(locate.error(
                key.offset,
                format!(
                    "the category key `{}` becomes `{ident}`, a Rust keyword, as its enum's \
                     name; choose another key",
                    key.value
                ),
            ));
            continue;
        }
        text(locate, "title", &category.title, errors);
        if let Some(first) = seen.insert(loose_key(&key.value), &key.value) {
            errors.push(locate.error(
                key.offset,
                format!(
                    "duplicate category `{}` (same as `{first}`); remove or rename one",
                    key.value
                ),
            ));
            continue;
        }
        categories.push(Category {
            key: leak(key.value.clone()),
            title: leak(category.title.value.clone()),
            ident: leak(ident),
            range: 0..0,
        });
    }
    categories
}

/// The enum variant for a code name (see `naming::name_stem`): `errSecItemNotFound` →
/// `ItemNotFound`, `errSecIO` → `Io`, `errSSLClosedAbort` → `SslClosedAbort`,
/// `CSSMERR_TP_NOT_TRUSTED` → `CssmTpNotTrusted`.
fn variant_name(
    locate: &Locator,
    name: &At<String>,
    errors: &mut Vec<CatalogueError>,
) -> Option<String> {
    let mut fail = |message: String| errors.push(locate.error(name.offset, message));
    // `errSec` alone reads as `err` + `Sec`, but would answer lookups with an empty short name.
    let stem = name_stem(&name.value).filter(|_| name.value != "errSec");
    let valid = stem.is_some_and(|(_, stem)| {
        stem.starts_with(|c: char| c.is_ascii_alphabetic())
            && stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    });
    let Some((prefix, stem)) = stem.filter(|_| valid) else {
        fail(format!(
            "code name `{}` must be `errSec` or `err` followed by an ASCII word that starts with \
             a capital, or `CSSMERR_` followed by one that starts with a letter \
             (`errSecItemNotFound`, `errSSLClosedAbort`, `CSSMERR_TP_NOT_TRUSTED`), so that it \
             makes a Rust variant name",
            name.value
        ));
        return None;
    };
    if name.value.len() > MAX_NAME_LEN {
        fail(format!(
            "code name `{}` is {} bytes long, more than the {MAX_NAME_LEN} a name may have; \
             shorten it",
            name.value,
            name.value.len()
        ));
        return None;
    }
    let variant = format!("{prefix}{}", stem.to_upper_camel_case());
    if variant == OTHER_VARIANT {
        fail(format!(
            "`{}` would become the variant `{OTHER_VARIANT}`, which every enum keeps for unlisted codes; rename it",
            name.value
        ));
        return None;
    }
    if KEYWORDS.contains(&variant.as_str()) {
        fail(format!(
            "`{}` would become the variant `{variant}`, a Rust keyword; rename it",
            name.value
        ));
        return None;
    }
    Some(variant)
}

fn os_status(locate: &Locator, value: &At<i64>, errors: &mut Vec<CatalogueError>) -> Option<i32> {
    let fits = i32::try_from(value.value).ok();
    if fits.is_none() {
        errors.push(locate.error(
            value.offset,
            format!(
                "`value` = {} does not fit in an OSStatus (i32: {} to {})",
                value.value,
                i32::MIN,
                i32::MAX
            ),
        ));
    }
    fits
}

fn category_of(
    locate: &Locator,
    categories: &[Category],
    category: &At<String>,
    errors: &mut Vec<CatalogueError>,
) -> Option<usize> {
    let found = categories.iter().position(|c| c.key == category.value);
    if found.is_none() {
        let hint = did_you_mean(&category.value, categories.iter().map(|c| c.key))
            .unwrap_or_else(|| "; add it as a `[[category]]` first".to_owned());
        errors.push(locate.error(
            category.offset,
            format!("unknown category `{}`{hint}", category.value),
        ));
    }
    found
}

/// A text the generated code carries: not blank, and no carriage return, which the raw string
/// literals it is written into cannot hold.
fn text(locate: &Locator, field: &str, text: &At<String>, errors: &mut Vec<CatalogueError>) {
    if text.value.trim().is_empty() {
        errors.push(locate.error(
            text.offset,
            format!("`{field}` must not be empty; write the text"),
        ));
    } else if text.value.contains('\r') {
        errors.push(locate.error(
            text.offset,
            format!("`{field}` contains a carriage return (`\\r`); end lines with `\\n` only"),
        ));
    }
}

/// Which text macOS shows for the code: `macos_message`, where given, says `"name"` or `"none"`;
/// left out, the message. A `"name"` where the message is the name already is left out too, so
/// that the key marks only the codes where macOS and `message` differ.
fn macos_message(
    locate: &Locator,
    code: &RawCode,
    errors: &mut Vec<CatalogueError>,
) -> MacosMessage {
    let Some(given) = &code.macos_message else {
        return MacosMessage::Message;
    };
    match given.value.as_str() {
        "name" if code.message.value == code.name.value => {
            errors.push(locate.error(
                given.offset,
                format!(
                    "`macos_message = \"name\"` repeats what the message of `{}` says already \
                     (it is the name); remove the line",
                    code.name.value
                ),
            ));
            MacosMessage::Message
        }
        "name" => MacosMessage::Name,
        "none" => MacosMessage::Nothing,
        other => {
            let hint = did_you_mean(other, ["name", "none"]).unwrap_or_else(|| ".".to_owned());
            errors.push(locate.error(
                given.offset,
                format!(
                    "unknown `macos_message = \"{other}\"`{hint} Write `\"name\"` (macOS shows \
                     the bare name) or `\"none\"` (its strings tables hold nothing), or leave \
                     the key out where macOS shows the message"
                ),
            ));
            MacosMessage::Message
        }
    }
}

/// Names are looked up in any case, as the Apple name, the name without `errSec` or the variant
/// name: no spelling may answer for two codes.
fn unambiguous_names(
    locate: &Locator,
    raw: &[RawCode],
    codes: &[Code],
    errors: &mut Vec<CatalogueError>,
) {
    let mut owner: HashMap<String, usize> = HashMap::new();
    for (index, code) in codes.iter().enumerate() {
        let mut forms = vec![
            code.name.to_ascii_lowercase(),
            code.variant.to_ascii_lowercase(),
        ];
        if let Some(short) = crate::naming::short_name(code.name) {
            forms.push(short.to_ascii_lowercase());
        }
        // One error for each other code this one clashes with, however many forms they share.
        let mut clashes = Vec::new();
        for form in forms {
            match owner.get(&form) {
                Some(&other) if other == index || clashes.contains(&other) => {}
                Some(&other) => {
                    clashes.push(other);
                    errors.push(locate.error(
                        raw[index].name.offset,
                        format!(
                            "`{}` and `{}` both answer to the name `{form}` (lookups ignore case); \
                         rename one",
                            code.name, codes[other].name
                        ),
                    ));
                }
                None => {
                    owner.insert(form, index);
                }
            }
        }
    }
}

/// Resolves `alias_of` and checks that codes share a value only through a declared alias.
fn link_aliases(
    locate: &Locator,
    raw: &[RawCode],
    codes: &mut [Code],
    errors: &mut Vec<CatalogueError>,
) {
    let index_of: HashMap<&str, usize> = raw
        .iter()
        .enumerate()
        .map(|(i, c)| (c.name.value.as_str(), i))
        .collect();
    for (index, code) in raw.iter().enumerate() {
        let Some(target) = &code.alias_of else {
            continue;
        };
        let name = &code.name.value;
        let Some(&primary) = index_of.get(target.value.as_str()) else {
            let hint = did_you_mean(&target.value, raw.iter().map(|c| c.name.value.as_str()))
                .unwrap_or_default();
            errors.push(locate.error(
                target.offset,
                format!(
                    "`{name}` is an alias of `{}`, which is not in the catalogue{hint}",
                    target.value
                ),
            ));
            continue;
        };
        if primary == index {
            errors.push(locate.error(
                target.offset,
                format!("`{name}` cannot be an alias of itself; remove `alias_of`"),
            ));
        } else if let Some(next) = &raw[primary].alias_of {
            errors.push(locate.error(
                target.offset,
                format!(
                    "`{name}` is an alias of `{}`, which is itself an alias; write `alias_of = \"{}\"`",
                    target.value, next.value
                ),
            ));
        } else if codes[primary].value != codes[index].value {
            errors.push(locate.error(
                target.offset,
                format!(
                    "`{name}` (value {}) is an alias of `{}`, whose value is {}; an alias must share its value",
                    codes[index].value, target.value, codes[primary].value
                ),
            ));
        } else {
            codes[index].alias_of = Some(primary);
        }
    }
    // A value may be shared only between a primary code and its declared aliases.
    let mut primary_of_value: HashMap<i32, usize> = HashMap::new();
    for (index, code) in codes.iter().enumerate() {
        if code.alias_of.is_some() || raw[index].alias_of.is_some() {
            continue;
        }
        if let Some(&first) = primary_of_value.get(&code.value) {
            errors.push(locate.error(
                raw[index].value.offset,
                format!(
                    "`{}` has value {}, already used by `{}`; give it its own value, or if it is \
                     another name for that code, add `alias_of = \"{}\"`",
                    code.name, code.value, codes[first].name, codes[first].name
                ),
            ));
        } else {
            primary_of_value.insert(code.value, index);
        }
    }
}

/// Orders codes by category (stable, so file order within a category) and records each range.
fn group_by_category(mut categories: Vec<Category>, codes: Vec<Code>) -> Catalogue {
    let mut order: Vec<usize> = (0..codes.len()).collect();
    order.sort_by_key(|&i| codes[i].category);
    let mut new_index = vec![0; codes.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Code>> = codes.into_iter().map(Some).collect();
    let mut sorted: Vec<Code> = order.iter().filter_map(|&old| slots[old].take()).collect();
    for code in &mut sorted {
        code.alias_of = code.alias_of.map(|old| new_index[old]);
    }
    for (index, category) in categories.iter_mut().enumerate() {
        let start = sorted.partition_point(|c| c.category < index);
        let end = sorted.partition_point(|c| c.category <= index);
        category.range = start..end;
    }
    Catalogue {
        categories: categories.leak(),
        codes: sorted.leak(),
    }
}
