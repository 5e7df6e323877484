//! Code generation. Entry points validate their input and build a [`Spec`]; the generators below
//! assume it is valid.

mod convert;
mod deprecation;
mod enum_def;
mod input;
pub mod runtime;
mod tables;
mod text;
mod twin;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{ToTokens, quote};

use crate::args::{self, Errors};
use crate::catalogue::{self, Catalogue};
use crate::select::{self, Selection};
use crate::shipped;

/// One enum to generate.
pub struct Spec<'a> {
    pub catalogue: &'a Catalogue,
    /// Path of the runtime crate, `::sec_codes` unless `crate = "…"` says otherwise.
    pub krate: TokenStream,
    pub ident: Ident,
    pub selection: Selection,
    pub kind: Kind,
    /// Whether to implement serde's traits (`#[sec_codes(serde)]`).
    pub serde: bool,
}

/// Which conversions to other enums the generated enum gets.
pub enum Kind {
    /// A user's `#[sec_codes]` enum: `From` both ways with `SecError`, and from whole categories.
    User,
    /// `sec_codes::codes::X`: into `SecError`, and back with `TryFrom`.
    Category,
    /// `sec_codes::SecError` itself.
    All,
}

/// `#[sec_codes(...)]` on `item`.
pub fn attribute(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let input = input::parse(item.clone());
    let args = args::parse(args);
    let catalogue = shipped::shipped();
    let (input, args, catalogue) = match (input, args, catalogue) {
        (Ok(input), Ok(args), Ok(catalogue)) => (input, args, catalogue),
        (input, args, catalogue) => {
            errors.push(input.map(drop));
            errors.push(args.map(drop));
            return fallback(item, errors, catalogue.err());
        }
    };
    match select::select(catalogue, &args) {
        Ok(selection) => {
            let krate = args
                .krate
                .clone()
                .map_or_else(|| quote!(::sec_codes), |path| path.into_token_stream());
            let spec = Spec {
                catalogue,
                krate,
                ident: input.ident.clone(),
                selection,
                kind: Kind::User,
                serde: args.serde,
            };
            let mut tokens = generate(&spec, &input.attrs, &input.vis);
            tokens.extend(deprecation::uses(catalogue, &args, &spec.krate));
            if let Some(error) = input::rejected_derive(&input.attrs) {
                tokens.extend(error.to_compile_error());
            }
            tokens
        }
        Err(error) => {
            errors.push(Err(error));
            fallback(item, errors, None)
        }
    }
}

/// `sec_code!(errSecItemNotFound)` → `-25300i32`.
pub fn sec_code(input: TokenStream) -> TokenStream {
    let catalogue = match shipped::shipped() {
        Ok(catalogue) => catalogue,
        Err(errors) => return catalogue_errors(errors),
    };
    let input_copy = input.clone();
    // `r#errSecIO` is the identifier `errSecIO`.
    let name = match syn::parse2::<Ident>(input) {
        Ok(name) => syn::ext::IdentExt::unraw(&name),
        Err(error) => {
            let message = match syn::parse2::<syn::LitStr>(input_copy) {
                Ok(quoted) => format!(
                    "write the name without quotes: `sec_code!({})`",
                    quoted.value()
                ),
                Err(_) => {
                    "expected one Apple name, e.g. `sec_code!(errSecItemNotFound)`".to_owned()
                }
            };
            return syn::Error::new(error.span(), message).to_compile_error();
        }
    };
    match catalogue.code(&name.to_string()) {
        Some(index) if catalogue.codes[index].deprecated => {
            // A path, not a literal, so that rustc warns as it does for `E::DskFull`.
            deprecation::path(&quote!(::sec_codes), &name.to_string(), name.span())
        }
        Some(index) => {
            let mut literal = Literal::i32_suffixed(catalogue.codes[index].value);
            literal.set_span(name.span());
            literal.into_token_stream()
        }
        None => {
            let message = select::unknown_code(catalogue, &name.to_string());
            syn::Error::new(name.span(), message).to_compile_error()
        }
    }
}

/// Everything generated for one enum.
pub fn generate(spec: &Spec, attrs: &[syn::Attribute], vis: &syn::Visibility) -> TokenStream {
    let definition = enum_def::definition(spec, attrs, vis);
    let inherent = enum_def::inherent(spec);
    let conversions = convert::conversions(spec);
    let others = convert::other_enums(spec);
    quote! {
        #definition
        #inherent
        #conversions
        #others
    }
}

/// On bad input: the item as written (so code naming it still resolves) plus every error. An
/// enum loses its generic parameters, which would only add "parameter is never used" errors.
fn fallback(
    item: TokenStream,
    errors: Errors,
    catalogue: Option<&[catalogue::CatalogueError]>,
) -> TokenStream {
    let mut tokens = match syn::parse2::<syn::DeriveInput>(item.clone()) {
        Ok(mut input) if matches!(input.data, syn::Data::Enum(_)) => {
            input.generics = syn::Generics::default();
            input.into_token_stream()
        }
        _ => item,
    };
    if let Err(error) = errors.finish(()) {
        tokens.extend(error.to_compile_error());
    }
    if let Some(problems) = catalogue {
        tokens.extend(catalogue_errors(problems));
    }
    tokens
}

/// A catalogue that fails validation has no Rust span: each error names `path:line:col`.
fn catalogue_errors(problems: &[catalogue::CatalogueError]) -> TokenStream {
    problems
        .iter()
        .map(|problem| {
            let message = format!("invalid catalogue: {problem}");
            quote!(::core::compile_error! { #message })
        })
        .collect()
}

/// An identifier at the macro's call site.
fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}
