//! Resolves the attribute's names against the catalogue: which codes become variants, which
//! deprecated aliases become constants, which categories are selected whole.

use proc_macro2::Span;

use crate::args::{Args, Errors, Names};
use crate::catalogue::{Catalogue, Code, PREFIX};
use crate::suggest::{did_you_mean, nearest};

pub struct Selection {
    /// Codes that become variants, in catalogue order: primaries only, never `errSecSuccess`.
    pub codes: Vec<usize>,
    /// Deprecated aliases whose primary is selected: they become associated constants.
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
            .filter(|(_, category)| {
                let mut variants = category.range.clone().filter(|&i| is_variant(catalogue, i));
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

/// A code gets a variant unless it is success or a deprecated alias.
pub fn is_variant(catalogue: &Catalogue, index: usize) -> bool {
    let code = &catalogue.codes[index];
    !code.is_success() && code.alias_of.is_none()
}

pub fn select(catalogue: &Catalogue, args: &Args) -> syn::Result<Selection> {
    let mut chosen = vec![false; catalogue.codes.len()];
    let mut errors = Errors::default();
    if let Some(categories) = &args.categories {
        for category in resolve(categories, &mut errors, |name| {
            find_category(catalogue, name)
        }) {
            for index in catalogue.categories[category].range.clone() {
                chosen[index] |= is_variant(catalogue, index);
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
        let span = args
            .exclude
            .as_ref()
            .map_or_else(Span::call_site, |e| e.literal.span());
        return Err(syn::Error::new(
            span,
            "the selection is empty: `exclude` removes every selected code; \
             select more codes or exclude fewer",
        ));
    }
    Ok(Selection::of(catalogue, &chosen))
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

fn find_category(catalogue: &Catalogue, name: &str) -> Result<Vec<usize>, String> {
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
            let keys = || catalogue.categories.iter().map(|c| c.key.as_str());
            let hint = did_you_mean(name, keys()).unwrap_or_default();
            let list = keys().collect::<Vec<_>>().join(", ");
            format!("unknown category `{name}`{hint}\nexpected `all` or one of: {list}")
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
    // A deprecated alias selects the code it names; the alias becomes a constant.
    Ok(vec![code.alias_of.unwrap_or(index)])
}

/// "unknown code `x`; did you mean …?" with up to three nearest Apple names.
pub fn unknown_code(catalogue: &Catalogue, name: &str) -> String {
    // Compared without the shared `errSec` prefix, which would make every name look alike.
    let short = name.strip_prefix(PREFIX).unwrap_or(name);
    let close: Vec<String> = nearest(short, catalogue.codes.iter().map(Code::suffix), 3)
        .into_iter()
        .map(|suffix| format!("{PREFIX}{suffix}"))
        .collect();
    let hint = match close.as_slice() {
        [] => "; Apple names start with `errSec`, e.g. `errSecItemNotFound`".to_owned(),
        [one] => format!("; did you mean `{one}`?"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(|n| format!("`{n}`")).collect();
            format!("; did you mean {} or `{last}`?", rest.join(", "))
        }
    };
    format!("unknown result code `{name}`{hint}")
}
