//! Rules that relate entries to each other: unique names and values, aliases that point at a real
//! primary code, categories that exist, names that make Rust identifiers. Every rule's message says
//! what to change.

use std::collections::HashMap;

use heck::ToUpperCamelCase;

use super::Locator;
use super::parse::{At, RawCatalogue, RawCode};
use crate::catalogue::{Catalogue, CatalogueError, Category, Code, PREFIX, loose_key};
use crate::suggest::did_you_mean;

/// The variant every generated enum keeps for codes outside its selection.
pub const OTHER_VARIANT: &str = "Other";

pub fn validate(locate: &Locator, raw: RawCatalogue) -> Result<Catalogue, Vec<CatalogueError>> {
    let mut errors = Vec::new();
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
        if let Some(variant) = &variant
            && let Some(other) = by_variant.insert(variant.clone(), name)
        {
            errors.push(locate.error(
                code.name.offset,
                format!("`{name}` and `{other}` both become the variant `{variant}`; rename one"),
            ));
        }
        let value = os_status(locate, &code.value, &mut errors);
        let category = category_of(locate, &categories, &code.category, &mut errors);
        non_empty(locate, "doc", &code.doc, &mut errors);
        non_empty(locate, "message", &code.message, &mut errors);
        if let (Some(variant), Some(value), Some(category)) = (variant, value, category) {
            codes.push(Code {
                name: name.clone(),
                value,
                category,
                doc: code.doc.value.clone(),
                message: code.message.value.clone(),
                deprecated: code.deprecated,
                alias_of: None,
                variant,
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    link_aliases(locate, &raw.codes, &mut codes, &mut errors);
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
            key: key.value.clone(),
            title: category.title.clone(),
            ident: key.value.to_upper_camel_case(),
            range: 0..0,
        });
    }
    categories
}

/// The enum variant for a code name: `errSecItemNotFound` → `ItemNotFound`, `errSecIO` → `Io`.
fn variant_name(
    locate: &Locator,
    name: &At<String>,
    errors: &mut Vec<CatalogueError>,
) -> Option<String> {
    let suffix = name.value.strip_prefix(PREFIX).unwrap_or("");
    let valid = suffix.starts_with(|c: char| c.is_ascii_uppercase())
        && suffix.chars().all(|c| c.is_ascii_alphanumeric());
    if !valid {
        errors.push(locate.error(
            name.offset,
            format!(
                "code name `{}` must be `errSec` followed by an UpperCamelCase ASCII word, \
                 e.g. `errSecItemNotFound`, so that it makes a Rust variant name",
                name.value
            ),
        ));
        return None;
    }
    let variant = suffix.to_upper_camel_case();
    if variant == OTHER_VARIANT {
        errors.push(locate.error(
            name.offset,
            format!(
                "`{}` would become the variant `{OTHER_VARIANT}`, which every enum keeps for unlisted codes; rename it",
                name.value
            ),
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
        let hint = did_you_mean(&category.value, categories.iter().map(|c| c.key.as_str()))
            .unwrap_or_else(|| "; add it as a `[[category]]` first".to_owned());
        errors.push(locate.error(
            category.offset,
            format!("unknown category `{}`{hint}", category.value),
        ));
    }
    found
}

fn non_empty(locate: &Locator, field: &str, text: &At<String>, errors: &mut Vec<CatalogueError>) {
    if text.value.trim().is_empty() {
        errors.push(locate.error(
            text.offset,
            format!("`{field}` must not be empty; write the code's text"),
        ));
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
        categories,
        codes: sorted,
    }
}
