//! The item under `#[sec_codes]`: it must be an enum with no variants and no generics.

use proc_macro2::TokenStream;
use syn::{Data, DeriveInput};

use crate::args::Errors;

const USAGE: &str = "#[sec_codes] goes on an enum with no variants, e.g. `pub enum StoreError {}`";

pub fn parse(item: TokenStream) -> syn::Result<DeriveInput> {
    let input: DeriveInput =
        syn::parse2(item).map_err(|error| syn::Error::new(error.span(), USAGE))?;
    let mut errors = Errors::default();
    // Attribute macros expand outside in: a second `#[sec_codes]` is still on the item here.
    if let Some(again) = input.attrs.iter().find(|attr| {
        attr.path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "sec_codes")
    }) {
        errors.push(Err(syn::Error::new_spanned(
            again,
            "#[sec_codes] is applied twice to this enum; remove one and merge their arguments",
        )));
    }
    match &input.data {
        Data::Enum(data) => {
            if !data.variants.is_empty() {
                errors.push(Err(syn::Error::new_spanned(
                    &data.variants,
                    "remove these variants: #[sec_codes] generates one per selected code, \
                     plus `Other(OSStatus)`",
                )));
            }
        }
        Data::Struct(data) => {
            let message = format!("{USAGE}, not a struct");
            errors.push(Err(syn::Error::new_spanned(data.struct_token, message)));
        }
        Data::Union(data) => {
            let message = format!("{USAGE}, not a union");
            errors.push(Err(syn::Error::new_spanned(data.union_token, message)));
        }
    }
    if !input.generics.params.is_empty() {
        errors.push(Err(syn::Error::new_spanned(
            &input.generics,
            "#[sec_codes] enums cannot be generic; remove the generic parameters",
        )));
    } else if let Some(clause) = &input.generics.where_clause {
        errors.push(Err(syn::Error::new_spanned(
            clause,
            "#[sec_codes] enums take no `where` clause; remove it",
        )));
    }
    errors.finish(input)
}

/// `#[derive(Default)]` on the enum: no result code is a natural default value.
pub fn rejected_derive(attrs: &[syn::Attribute]) -> Option<syn::Error> {
    let paths = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("derive"))
        .filter_map(|attr| {
            attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
            )
            .ok()
        })
        .flatten();
    for path in paths {
        let last = path
            .segments
            .last()
            .map(|segment| segment.ident.to_string());
        if last.is_some_and(|name| super::enum_def::REJECTED.contains(&name.as_str())) {
            return Some(syn::Error::new_spanned(
                path,
                "#[sec_codes] enums cannot derive `Default`: no result code is a natural \
                 default; remove it, and write `Option<YourError>` or `Result<(), YourError>` \
                 for \"no error yet\"",
            ));
        }
    }
    None
}
