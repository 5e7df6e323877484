//! A user's enum whose variants are exactly those of an enum of `sec-codes` (`SecError` for
//! `categories = "all"`, `codes::Keychain` for `categories = "keychain"`) reads that enum's value
//! table and texts instead of carrying copies: a program that has both has them once.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Kind, Spec, ident};
use crate::select::{category_variants, is_variant};

/// The path of the runtime's enum with the same variants in the same order, if there is one.
pub fn runtime_twin(spec: &Spec) -> Option<TokenStream> {
    if !matches!(spec.kind, Kind::User) {
        return None;
    }
    let catalogue = spec.catalogue;
    let krate = &spec.krate;
    let count = spec.selection.codes.len();
    // Both sides list their codes in catalogue order, so equal sets mean equal positions; a
    // selection holds every variant of a `full_categories` category, so equal counts suffice.
    let variants = (0..catalogue.codes.len())
        .filter(|&index| is_variant(catalogue, index))
        .count();
    if count == variants {
        return Some(quote!(#krate::SecError));
    }
    spec.selection
        .full_categories
        .iter()
        .find(|&&category| {
            let mut codes: Vec<usize> = category_variants(catalogue, category).collect();
            codes.sort_unstable();
            codes.dedup();
            codes.len() == count
        })
        .map(|&category| {
            let name = ident(catalogue.categories[category].ident);
            quote!(#krate::codes::#name)
        })
}
