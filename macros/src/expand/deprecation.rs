//! Deprecated Apple names (`errSecDskFull`) warn wherever a user writes them, as the enums'
//! deprecated constants do: `sec_code!` and `codes = "…"`/`exclude = "…"` refer to a
//! `#[deprecated]` constant of `sec_codes::__private::deprecated`, spanned at the user's token so
//! that rustc's warning points there and names the replacement.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::args::Args;
use crate::catalogue::Catalogue;

/// The note of a deprecated name: what to write instead.
fn note(catalogue: &Catalogue, index: usize) -> String {
    let code = &catalogue.codes[index];
    match code.alias_of {
        Some(primary) => format!(
            "Apple deprecated `{}`; use `{}`",
            code.name, catalogue.codes[primary].name
        ),
        None => format!("Apple deprecated `{}`", code.name),
    }
}

/// `sec_codes::__private::deprecated`: a deprecated constant per deprecated name.
pub fn constants(catalogue: &Catalogue) -> TokenStream {
    let constants = catalogue
        .codes
        .iter()
        .enumerate()
        .filter(|(_, code)| code.deprecated)
        .map(|(index, code)| {
            let name = Ident::new(code.name, Span::call_site());
            let value = code.value;
            let note = note(catalogue, index);
            let doc = format!(" `{}` ({value}): {note}.", code.name);
            quote! {
                #[doc = #doc]
                #[deprecated(note = #note)]
                #[allow(non_upper_case_globals)]
                pub const #name: crate::OSStatus = #value;
            }
        });
    quote!(#(#constants)*)
}

/// The path to the deprecated constant of `name`, its last segment spanned at `span`.
pub fn path(krate: &TokenStream, name: &str, span: Span) -> TokenStream {
    let name = Ident::new(name, span);
    quote!(#krate::__private::deprecated::#name)
}

/// One use of the deprecated constant per deprecated name in `codes` or `exclude`, spanned at the
/// string that names it.
pub fn uses(catalogue: &Catalogue, args: &Args, krate: &TokenStream) -> TokenStream {
    let lists = [&args.codes, &args.exclude];
    let uses = lists.into_iter().flatten().flat_map(|names| {
        names.names.iter().filter_map(|name| {
            let index = catalogue.code(name)?;
            catalogue.codes[index].deprecated.then(|| {
                let path = path(krate, name, names.literal.span());
                quote!(let _ = #path;)
            })
        })
    });
    let uses: Vec<TokenStream> = uses.collect();
    if uses.is_empty() {
        return TokenStream::new();
    }
    quote! {
        const _: () = {
            #(#uses)*
        };
    }
}
