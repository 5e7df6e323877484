//! The bulky, repetitive parts of the output (a line or two per code) are written as text and
//! lexed by the compiler in one call. Built token by token in an unoptimized proc macro, each token
//! a call across the proc-macro bridge, they were most of the macro's run time (BENCHMARKS.md).

use std::fmt::Write as _;

use proc_macro2::{Span, TokenStream};

use super::Spec;

/// Lexes generated text; a lexing error (a bug here) becomes a compile error, not a panic.
///
/// Inside a macro call the compiler's own lexer does it: `proc_macro2`'s `FromStr` would first
/// run its own lexer over the text to validate it, unoptimized, which costs more than it saves.
pub fn lex(text: &str) -> TokenStream {
    let lexed = if proc_macro::is_available() {
        text.parse::<proc_macro::TokenStream>()
            .map(TokenStream::from)
            .map_err(|error| error.to_string())
    } else {
        text.parse::<TokenStream>()
            .map_err(|error| error.to_string())
    };
    lexed.unwrap_or_else(|error| {
        let message = format!("sec-codes-macros generated invalid tokens: {error}");
        syn::Error::new(Span::call_site(), message).to_compile_error()
    })
}

/// Writes one piece per selected code and lexes the whole.
///
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
            "#[doc = {}] #[doc(alias = {})] {},",
            string_literal(&doc),
            string_literal(&code.name),
            code.variant
        );
    })
}

/// A Rust string literal of `text`: raw when it can be (no per-character escaping to do), else
/// with `{:?}`'s escapes.
fn string_literal(text: &str) -> String {
    if text.contains("\"#") {
        format!("{text:?}")
    } else {
        format!("r#\"{text}\"#")
    }
}

#[cfg(test)]
mod tests {
    use super::string_literal;

    #[test]
    fn string_literals_round_trip() {
        for text in [
            "plain",
            "quote \" and # and \\",
            "“curly” é",
            "ends with \"#",
            "",
        ] {
            let literal: syn::LitStr = syn::parse_str(&string_literal(text)).unwrap();
            assert_eq!(literal.value(), text);
        }
    }
}
