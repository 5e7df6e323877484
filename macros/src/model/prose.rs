//! Catalogue text made safe for rustdoc. Compiled into the macro crate and the code generator,
//! which writes each variant's doc with it into the model.

/// Catalogue text made safe for rustdoc as prose: Markdown and HTML punctuation is escaped and
/// lines lose their indentation, so that no text can open a code block (which rustdoc would run
/// as a doctest in every user's crate), a tag, a link or emphasis.
pub fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (number, line) in text.lines().enumerate() {
        if number > 0 {
            out.push('\n');
        }
        let line = line.trim_start();
        for (position, c) in line.char_indices() {
            let at_start = position == 0;
            let escape = matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '|' | '~' | '!'
            ) || (at_start && matches!(c, '-' | '+' | '=' | ':'))
                || (c == '.' && line[..position].bytes().all(|b| b.is_ascii_digit()));
            if escape {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// The doc of a code's variant: Apple's text, then the name, value and (where it says more) the
/// message, as prose.
pub fn variant_doc(name: &str, value: i32, doc: &str, message: &str) -> String {
    let mut text = format!(" {}\n\n `{name}` = `{value}`", prose(doc));
    if message != doc && message != name {
        text.push_str(&format!(": “{}”", prose(message)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_escapes_what_rustdoc_would_run_or_render() {
        assert_eq!(prose("Plain text, 1.5 KB."), "Plain text, 1.5 KB.");
        assert_eq!(prose("```\nrun()\n```"), "\\`\\`\\`\nrun()\n\\`\\`\\`");
        assert_eq!(prose("    indented code"), "indented code");
        assert_eq!(
            prose("<script>a & b</script>"),
            "\\<script\\>a \\& b\\</script\\>"
        );
        assert_eq!(
            prose("*a* _b_ [c](d) # e"),
            "\\*a\\* \\_b\\_ \\[c\\](d) \\# e"
        );
        assert_eq!(
            prose("- item\n1. first\n= heading"),
            "\\- item\n1\\. first\n\\= heading"
        );
    }

    #[test]
    fn variant_docs_add_the_message_where_it_says_more() {
        assert_eq!(
            variant_doc("errSecIO", -36, "I/O error.", "I/O error."),
            " I/O error.\n\n `errSecIO` = `-36`"
        );
        assert_eq!(
            variant_doc("errSecX", -1, "The *item*.", "Not found."),
            " The \\*item\\*.\n\n `errSecX` = `-1`: “Not found.”"
        );
    }
}
