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
pub fn per_code(spec: &Spec, write: impl Fn(&mut String, usize, usize)) -> TokenStream {
    let mut text = String::new();
    for (position, &index) in spec.selection.codes.iter().enumerate() {
        write(&mut text, position, index);
    }
    lex(&text)
}

/// The variants: `#[doc = "…"] #[doc(alias = "errSec…")] Name,` for each selected code. The doc
/// text is the model's, written by the code generator (so no macro call escapes Markdown).
pub fn variants(spec: &Spec) -> TokenStream {
    per_code(spec, |text, _, index| {
        let code = &spec.catalogue.codes[index];
        let _ = writeln!(
            text,
            "#[doc = {}] #[doc(alias = {})] {},",
            string_literal(code.rustdoc),
            string_literal(code.name),
            code.variant
        );
    })
}

/// Texts joined into one string literal with the end offset of each: what the runtime's
/// `__private::Texts` holds. One pointer for all of them instead of one per text.
pub struct Blob {
    text: String,
    ends: Vec<u32>,
}

impl Blob {
    pub fn of<'a>(texts: impl Iterator<Item = &'a str>) -> Self {
        let mut blob = Blob {
            text: String::new(),
            ends: Vec::new(),
        };
        for text in texts {
            blob.text.push_str(text);
            // The catalogue's size is validated far below 4 GiB.
            blob.ends
                .push(u32::try_from(blob.text.len()).unwrap_or(u32::MAX));
        }
        blob
    }

    /// The string literal, `Narrow` (two bytes an offset while the text is under 64 KiB) or
    /// `Wide`, and the offsets as `a,b,…,`.
    fn parts(&self) -> (String, &'static str, String) {
        let narrow = self.text.len() <= usize::from(u16::MAX);
        let mut ends = String::new();
        for end in &self.ends {
            let _ = write!(ends, "{end},");
        }
        let width = if narrow { "Narrow" } else { "Wide" };
        (string_literal(&self.text), width, ends)
    }

    /// `("…", Narrow, […])`: the blob as `__private::tables!` takes it.
    pub fn to_macro_text(&self) -> String {
        let (literal, width, ends) = self.parts();
        format!("({literal}, {width}, [{ends}])")
    }

    /// `crate::storage::Texts::new("…", crate::storage::Ends::Narrow(&[…]))`, inside
    /// `sec-codes` itself.
    pub fn to_text(&self) -> String {
        let (literal, width, ends) = self.parts();
        format!("crate::storage::Texts::new({literal}, crate::storage::Ends::{width}(&[{ends}]))")
    }
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
