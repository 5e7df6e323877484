//! The bulky, repetitive parts of the output (a line or two per code) are written as text and
//! lexed by the compiler in one call. Built token by token in an unoptimized proc macro, each token
//! a call across the proc-macro bridge, they were most of the macro's run time (BENCHMARKS.md).

use std::fmt::Write as _;

use proc_macro2::{Span, TokenStream};

use super::Spec;

/// Lexes generated text; a lexing error (a bug here) becomes a compile error, not a panic.
pub fn lex(text: &str) -> TokenStream {
    text.parse().unwrap_or_else(|error| {
        let message = format!("sec-codes-macros generated invalid tokens: {error}");
        syn::Error::new(Span::call_site(), message).to_compile_error()
    })
}

/// Writes one piece per selected code and lexes the whole.
///
/// Strings go through `{:?}`, which writes valid Rust string literals.
pub fn per_code(spec: &Spec, write: impl Fn(&mut String, usize, usize)) -> TokenStream {
    let mut text = String::new();
    for (position, &index) in spec.selection.codes.iter().enumerate() {
        write(&mut text, position, index);
    }
    lex(&text)
}

/// The variants: `#[doc = "…"] #[doc(alias = "errSec…")] Name,` for each selected code.
pub fn variants(spec: &Spec) -> TokenStream {
    per_code(spec, |text, _, index| {
        let code = &spec.catalogue.codes[index];
        let doc = format!(
            " {}\n\n `{}` = `{}`: “{}”",
            code.doc, code.name, code.value, code.message
        );
        let _ = writeln!(
            text,
            "#[doc = {doc:?}] #[doc(alias = {:?})] {},",
            code.name, code.variant
        );
    })
}
