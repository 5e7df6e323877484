//! The arguments of `#[sec_codes(...)]`: `categories`, `codes`, `exclude`, `crate`, and the flag
//! `serde`. Only their syntax is checked here; what the names mean is `select`'s job.

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, LitStr, Token};

use crate::suggest::did_you_mean;

const KEYS: &[&str] = &["categories", "codes", "exclude", "crate", "serde"];

/// A list of names from one string argument, with the literal for error spans.
pub struct Names {
    pub names: Vec<String>,
    pub literal: LitStr,
}

#[derive(Default)]
pub struct Args {
    pub categories: Option<Names>,
    pub codes: Option<Names>,
    pub exclude: Option<Names>,
    pub krate: Option<syn::Path>,
    /// Implement serde's `Serialize` and `Deserialize`: asked for per enum, so that enabling
    /// `sec-codes/serde` elsewhere in a build never adds impls that clash with a crate's own.
    pub serde: bool,
}

/// Whether `key` is `categories` or `codes`, or a misspelling of one (`category`), which gets its
/// own "did you mean" error: "expected `categories` or `codes`" on top of it would be noise.
fn names_a_selection(key: &Ident) -> bool {
    let key = key.to_string();
    let selections = ["categories", "codes"];
    selections.contains(&key.as_str())
        || (!KEYS.contains(&key.as_str())
            && crate::suggest::nearest(&key, KEYS.iter().copied(), 1)
                .first()
                .is_some_and(|nearest| selections.contains(nearest)))
}

/// Parses the arguments, reporting every problem found at once.
pub fn parse(tokens: TokenStream) -> syn::Result<Args> {
    let parser = |input: ParseStream| {
        let mut args = Args::default();
        let mut errors = Errors::default();
        // Whether a selection argument was written, valid or not (so a bad one is one error).
        let mut selects = false;
        while !input.is_empty() {
            let key = input.call(Ident::parse_any)?;
            selects |= names_a_selection(&key);
            if key == "serde" {
                errors.push(args.set_serde(&key, input));
                continue;
            }
            if input.parse::<Token![=]>().is_err() {
                return Err(syn::Error::new(
                    key.span(),
                    format!("expected `{key} = \"...\"`: arguments take a string value"),
                ));
            }
            let value = value_tokens(input)?;
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
            errors.push(args.set(&key, value));
        }
        if !selects {
            errors.push(Err(syn::Error::new(
                Span::call_site(),
                "expected `categories = \"...\"` or `codes = \"...\"`: say which codes the enum \
                 holds, e.g. #[sec_codes(categories = \"keychain\")]",
            )));
        }
        errors.finish(args)
    };
    parser.parse2(tokens)
}

impl Args {
    /// The flag `serde`: no value, given once.
    fn set_serde(&mut self, key: &Ident, input: ParseStream) -> syn::Result<()> {
        if input.peek(Token![=]) {
            let value = value_tokens(input)?;
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
            return Err(syn::Error::new_spanned(
                value,
                "`serde` is a flag and takes no value: write `serde`",
            ));
        }
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
        if self.serde {
            return Err(syn::Error::new(key.span(), "duplicate argument `serde`"));
        }
        self.serde = true;
        Ok(())
    }

    fn set(&mut self, key: &Ident, value: TokenStream) -> syn::Result<()> {
        let name = key.to_string();
        let slot = match name.as_str() {
            "categories" => Slot::Names(&mut self.categories),
            "codes" => Slot::Names(&mut self.codes),
            "exclude" => Slot::Names(&mut self.exclude),
            "crate" => Slot::Path(&mut self.krate),
            _ => {
                let hint = did_you_mean(&name, KEYS.iter().copied()).unwrap_or_default();
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "unknown argument `{name}`{hint}\n\
                         expected `categories`, `codes`, `exclude`, `crate` or `serde`"
                    ),
                ));
            }
        };
        let literal = string_literal(key, value)?;
        let duplicate = || {
            syn::Error::new(
                key.span(),
                format!("duplicate argument `{name}`; give all names in one string"),
            )
        };
        match slot {
            Slot::Names(slot) => {
                if slot.is_some() {
                    return Err(duplicate());
                }
                let names = split_names(&literal.value());
                if names.is_empty() {
                    return Err(syn::Error::new(
                        literal.span(),
                        format!("`{name}` names nothing; list at least one name, or remove it"),
                    ));
                }
                *slot = Some(Names { names, literal });
            }
            Slot::Path(slot) => {
                if slot.is_some() {
                    return Err(duplicate());
                }
                *slot = Some(literal.parse().map_err(|_| {
                    syn::Error::new(
                        literal.span(),
                        "expected a path to the sec-codes crate, e.g. `crate = \"my_crate::sec_codes\"`",
                    )
                })?);
            }
        }
        Ok(())
    }
}

enum Slot<'a> {
    Names(&'a mut Option<Names>),
    Path(&'a mut Option<syn::Path>),
}

/// The tokens of one value: everything up to the next top-level comma.
fn value_tokens(input: ParseStream) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    Ok(tokens)
}

fn string_literal(key: &Ident, value: TokenStream) -> syn::Result<LitStr> {
    let mut tokens = value.clone().into_iter();
    let first = tokens.next();
    // `categories = "a" codes = "b"`: a string followed by more tokens lacks a comma.
    if let (Some(TokenTree::Literal(literal)), Some(next)) = (&first, tokens.next()) {
        if syn::parse2::<LitStr>(TokenTree::Literal(literal.clone()).into()).is_ok() {
            return Err(syn::Error::new(
                next.span(),
                "expected `,` between arguments",
            ));
        }
    }
    syn::parse2::<LitStr>(value.clone()).map_err(|_| {
        let example = match key.to_string().as_str() {
            "crate" => "\"sec_codes\"",
            "categories" => "\"keychain, ocsp\"",
            _ => "\"errSecItemNotFound, errSecAuthFailed\"",
        };
        let message = format!("expected a string: `{key} = {example}`");
        if value.is_empty() {
            syn::Error::new(key.span(), message)
        } else {
            syn::Error::new_spanned(value, message)
        }
    })
}

/// Names separated by commas and/or whitespace.
pub fn split_names(text: &str) -> Vec<String> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Errors collected across arguments and reported together (serde's `Ctxt`).
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push(&mut self, result: syn::Result<()>) {
        if let Err(error) = result {
            match &mut self.0 {
                Some(errors) => errors.combine(error),
                None => self.0 = Some(error),
            }
        }
    }

    pub fn finish<T>(self, value: T) -> syn::Result<T> {
        match self.0 {
            Some(errors) => Err(errors),
            None => Ok(value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn error_of(tokens: TokenStream) -> String {
        let errors = parse(tokens).err().expect("should fail");
        errors
            .into_iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn parses_every_argument() {
        let args = parse(quote!(
            categories = "keychain, OCSP",
            codes = "errSecIO  errSecParam",
            exclude = "errSecReadOnly",
            crate = "my::sec_codes"
        ))
        .unwrap();
        assert_eq!(args.categories.unwrap().names, ["keychain", "OCSP"]);
        assert_eq!(args.codes.unwrap().names, ["errSecIO", "errSecParam"]);
        assert_eq!(args.exclude.unwrap().names, ["errSecReadOnly"]);
        let path = args.krate.unwrap();
        assert_eq!(quote!(#path).to_string(), "my :: sec_codes");
    }

    #[test]
    fn reports_every_problem_at_once() {
        assert_eq!(
            error_of(quote!(categries = "keychain", codes = errSecIO)),
            "unknown argument `categries`; did you mean `categories`?\n\
             expected `categories`, `codes`, `exclude`, `crate` or `serde`\n\
             expected a string: `codes = \"errSecItemNotFound, errSecAuthFailed\"`"
        );
        assert_eq!(
            error_of(quote!(exclude = "errSecIO")),
            "expected `categories = \"...\"` or `codes = \"...\"`: say which codes the enum holds, \
             e.g. #[sec_codes(categories = \"keychain\")]"
        );
    }

    #[test]
    fn rejects_duplicates_and_empty_lists() {
        assert_eq!(
            error_of(quote!(categories = "acl", categories = "crl")),
            "duplicate argument `categories`; give all names in one string"
        );
        assert_eq!(
            error_of(quote!(categories = " , ")),
            "`categories` names nothing; list at least one name, or remove it"
        );
        assert_eq!(
            error_of(quote!(categories = "acl", crate = "not a path")),
            "expected a path to the sec-codes crate, e.g. `crate = \"my_crate::sec_codes\"`"
        );
    }
}
