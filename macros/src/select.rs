//! Resolves the attribute's names against the catalogue: which codes become variants, which
//! deprecated aliases become constants, which categories are selected whole.

use proc_macro2::Span;

use crate::args::{Args, Errors, Names};
use crate::catalogue::{Catalogue, Code};
use crate::suggest::{did_you_mean, nearest};

pub struct Selection {
    /// Codes that become variants, in catalogue order: primaries only, never `errSecSuccess`.
    pub codes: Vec<usize>,
    /// Aliases whose primary is selected: they become associated constants.
    pub aliases: Vec<usize>,
    /// Categories every variant-worthy code of which is selected.
    pub full_categories: Vec<usize>,
}

impl Selection {
    /// A selection of the given codes: aliases and whole categories derived from them.
    pub fn of(catalogue: &Catalogue, chosen: &[bool]) -> Selection {
        let codes = (0..catalogue.codes.len()).filter(|&i| chosen[i]).collect();
        let aliases = catalogue
            .codes
            .iter()
            .enumerate()
            .filter(|(_, code)| code.alias_of.is_some_and(|primary| chosen[primary]))
            .map(|(index, _)| index)
            .collect();
        let full_categories = catalogue
            .categories
            .iter()
            .enumerate()
            .filter(|(index, _)| {
                let mut variants = category_variants(catalogue, *index);
                variants.clone().next().is_some() && variants.all(|i| chosen[i])
            })
            .map(|(index, _)| index)
            .collect();
        Selection {
            codes,
            aliases,
            full_categories,
        }
    }
}

/// A code gets a variant unless it is success or an alias.
pub fn is_variant(catalogue: &Catalogue, index: usize) -> bool {
    let code = &catalogue.codes[index];
    !code.is_success() && code.alias_of.is_none()
}

/// The variants a category brings: the code each of its names stands for (an alias brings its
/// primary, wherever that is listed), success excepted. In catalogue order, possibly repeated.
pub fn category_variants(
    catalogue: &Catalogue,
    category: usize,
) -> impl Iterator<Item = usize> + Clone + '_ {
    catalogue.categories[category]
        .range
        .clone()
        .map(|index| catalogue.primary(index))
        .filter(|&index| is_variant(catalogue, index))
}

pub fn select(catalogue: &Catalogue, args: &Args) -> syn::Result<Selection> {
    let mut chosen = vec![false; catalogue.codes.len()];
    let mut errors = Errors::default();
    if let Some(categories) = &args.categories {
        // A heading copied from Apple's page or `secerr --categories` for its key.
        let text = categories.literal.value();
        if let Some(category) = catalogue
            .categories
            .iter()
            .find(|c| c.title.eq_ignore_ascii_case(text.trim()))
        {
            return Err(syn::Error::new(
                categories.literal.span(),
                format!(
                    "\"{}\" is the title of a category; write its key: `categories = \"{}\"`",
                    category.title, category.key
                ),
            ));
        }
        // The list of keys is long: the first unknown name shows it, later ones refer to it.
        let listed = std::cell::Cell::new(false);
        for category in resolve(categories, &mut errors, |name| {
            find_category(catalogue, name, &listed)
        }) {
            for index in category_variants(catalogue, category) {
                chosen[index] = true;
            }
        }
    }
    if let Some(codes) = &args.codes {
        for index in resolve(codes, &mut errors, |name| find_code(catalogue, name)) {
            chosen[index] = true;
        }
    }
    if let Some(exclude) = &args.exclude {
        for index in resolve(exclude, &mut errors, |name| find_code(catalogue, name)) {
            if chosen[index] {
                chosen[index] = false;
            } else {
                let message = format!(
                    "`{}` is not selected, so there is nothing to exclude; remove it from `exclude`",
                    catalogue.codes[index].name
                );
                errors.push(Err(syn::Error::new(exclude.literal.span(), message)));
            }
        }
    }
    errors.finish(())?;
    if !chosen.contains(&true) {
        return Err(empty_selection(args));
    }
    Ok(Selection::of(catalogue, &chosen))
}

/// Why nothing is selected: `exclude` removed it all, or the categories bring no code.
fn empty_selection(args: &Args) -> syn::Error {
    match (&args.exclude, &args.categories) {
        (Some(exclude), _) => syn::Error::new(
            exclude.literal.span(),
            "the selection is empty: `exclude` removes every selected code; \
             select more codes or exclude fewer",
        ),
        (None, Some(categories)) => syn::Error::new(
            categories.literal.span(),
            "the selection is empty: these categories have no code that becomes a variant \
             (success never does); select other categories or add `codes = \"...\"`",
        ),
        (None, None) => syn::Error::new(
            Span::call_site(),
            "the selection is empty; select categories or codes",
        ),
    }
}

/// Every name of a list resolved to indices (`"all"` resolves to several); unknown names and
/// names that select the same thing twice are reported.
fn resolve(
    names: &Names,
    errors: &mut Errors,
    find: impl Fn(&str) -> Result<Vec<usize>, String>,
) -> Vec<usize> {
    // Each index found, with the name that first selected it.
    let mut found: Vec<(usize, &str)> = Vec::new();
    for name in &names.names {
        match find(name) {
            Ok(indices) => {
                for index in indices {
                    if let Some((_, first)) = found.iter().find(|(seen, _)| *seen == index) {
                        let message = if first == name {
                            format!("duplicate name: `{name}` is listed twice; list it once")
                        } else {
                            format!(
                                "duplicate name: `{name}` is already selected by `{first}`; remove one"
                            )
                        };
                        errors.push(Err(syn::Error::new(names.literal.span(), message)));
                        break;
                    }
                    found.push((index, name));
                }
            }
            Err(message) => errors.push(Err(syn::Error::new(names.literal.span(), message))),
        }
    }
    found.into_iter().map(|(index, _)| index).collect()
}

fn find_category(
    catalogue: &Catalogue,
    name: &str,
    listed: &std::cell::Cell<bool>,
) -> Result<Vec<usize>, String> {
    if name.eq_ignore_ascii_case("all") {
        return Ok((0..catalogue.categories.len()).collect());
    }
    catalogue
        .category(name)
        .map(|index| vec![index])
        .ok_or_else(|| {
            if catalogue.code(name).is_some() {
                return format!("`{name}` is a code, not a category; put it in `codes = \"...\"`");
            }
            let keys = || catalogue.categories.iter().map(|c| c.key);
            let hint = crate::naming::category_synonym(name)
                .map(|key| format!("; did you mean `{key}`?"))
                .or_else(|| did_you_mean(name, keys()))
                .unwrap_or_default();
            if listed.replace(true) {
                return format!(
                    "unknown category `{}`{}{hint} (the keys are listed above)",
                    shown(name),
                    odd_characters(name)
                );
            }
            let width = keys().map(str::len).max().unwrap_or(0);
            let list: String = catalogue
                .categories
                .iter()
                .map(|c| {
                    let note = crate::category_notes::note_suffix(c.key);
                    format!("\n  {:width$}  {}{note}", c.key, c.title)
                })
                .collect();
            format!(
                "unknown category `{}`{}{hint}\nexpected `all` or one of:{list}",
                shown(name),
                odd_characters(name)
            )
        })
}

fn find_code(catalogue: &Catalogue, name: &str) -> Result<Vec<usize>, String> {
    let Some(index) = catalogue.code(name) else {
        if catalogue.category(name).is_some() {
            return Err(format!(
                "`{name}` is a category, not a code; put it in `categories = \"...\"`"
            ));
        }
        return Err(unknown_code(catalogue, name));
    };
    let code = &catalogue.codes[index];
    if code.is_success() {
        return Err(format!(
            "`{name}` is success, not an error, so it is never a variant; remove it \
             (`check` returns `Ok(())` for it)"
        ));
    }
    // An alias selects the code it stands for; the alias becomes a constant.
    Ok(vec![code.alias_of.unwrap_or(index)])
}

/// "unknown code `x`; did you mean …?" with up to three nearest Apple names of any family.
pub fn unknown_code(catalogue: &Catalogue, name: &str) -> String {
    // A spelling `lookup` and `FromStr` accept (any case, short name, variant name): the macros
    // take the Apple name as written, so that the source can be searched for it.
    if let Some(code) = catalogue.codes.iter().find(|code| {
        name.eq_ignore_ascii_case(code.name)
            || name.eq_ignore_ascii_case(code.stem())
            || name.eq_ignore_ascii_case(code.variant)
    }) {
        return format!(
            "unknown result code `{name}`: write the Apple name exactly as Apple spells it, `{}`",
            code.name
        );
    }
    // Compared without the family prefix (`errSec`, `err`, `CSSMERR_`), which would make every
    // name of a family look alike.
    let stem = crate::naming::name_stem(name).map_or(name, |(_, stem)| stem);
    let close: Vec<&str> = nearest(stem, catalogue.codes.iter().map(Code::stem), 3)
        .into_iter()
        .filter_map(|stem| {
            let code = catalogue.codes.iter().find(|c| c.stem() == stem)?;
            Some(code.name)
        })
        .collect();
    let hint = match close.as_slice() {
        [] => "; Apple names look like `errSecItemNotFound`, `errSSLClosedAbort` or \
               `CSSMERR_TP_NOT_TRUSTED`"
            .to_owned(),
        [one] => format!("; did you mean `{one}`?"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(|n| format!("`{n}`")).collect();
            format!("; did you mean {} or `{last}`?", rest.join(", "))
        }
    };
    format!(
        "unknown result code `{}`{}{hint}",
        shown(name),
        odd_characters(name)
    )
}

/// A name as an error shows it: characters outside printable ASCII, which no catalogue name or
/// key has and which may be invisible or look like others, escaped (`keychain\u{200b}`).
pub fn shown(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c.to_string()
            } else {
                c.escape_unicode().to_string()
            }
        })
        .collect()
}

/// " (it contains U+200B, which no name has)" for a name with characters `shown` escapes.
fn odd_characters(name: &str) -> String {
    let odd: Vec<String> = name
        .chars()
        .filter(|c| !(c.is_ascii_graphic() || *c == ' '))
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    if odd.is_empty() {
        String::new()
    } else {
        format!(
            " (it contains {}, which no name has: names are ASCII)",
            odd.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;
    use crate::catalogue::Category;

    /// A catalogue whose category `only_success` holds nothing that becomes a variant.
    fn catalogue() -> Catalogue {
        let code = |name: &'static str, value, category| Code {
            name,
            value,
            category,
            doc: "d",
            message: "m",
            macos_message: crate::catalogue::MacosMessage::Message,
            rustdoc: "r",
            deprecated: false,
            alias_of: None,
            variant: name.trim_start_matches("errSec"),
        };
        let category = |key: &'static str, ident: &'static str, range| Category {
            key,
            title: "T",
            ident,
            range,
        };
        Catalogue {
            categories: vec![
                category("only_success", "OnlySuccess", 0..1),
                category("keychain", "Keychain", 1..2),
            ]
            .leak(),
            codes: vec![code("errSecSuccess", 0, 0), code("errSecIO", -36, 1)].leak(),
        }
    }

    fn message(args: proc_macro2::TokenStream) -> String {
        let args = crate::args::parse(args).unwrap();
        match select(&catalogue(), &args) {
            Ok(_) => panic!("expected an empty selection"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn an_empty_selection_says_why() {
        assert_eq!(
            message(quote!(categories = "only_success")),
            "the selection is empty: these categories have no code that becomes a variant \
             (success never does); select other categories or add `codes = \"...\"`"
        );
        assert_eq!(
            message(quote!(categories = "keychain", exclude = "errSecIO")),
            "the selection is empty: `exclude` removes every selected code; select more codes \
             or exclude fewer"
        );
    }

    #[test]
    fn odd_characters_are_shown_escaped() {
        assert_eq!(shown("key\u{200b}chain"), "key\\u{200b}chain");
        assert_eq!(shown("ok name"), "ok name");
        assert_eq!(
            odd_characters("a\u{430}\u{200b}"),
            " (it contains U+0430, U+200B, which no name has: names are ASCII)"
        );
        assert_eq!(odd_characters("plain"), "");
    }
}
