//! Every rule of the catalogue, pinned with its exact message and position.

use super::Locator;
use super::load;
use super::parse::{At, RawCatalogue, RawCategory, RawCode};
use super::validate::{MAX_CODES, validate};
use crate::catalogue::Catalogue;

/// The real catalogue, loaded.
fn shipped() -> Catalogue {
    accepted(include_str!("../../../codes.toml"))
}

/// A valid two-category catalogue that each test breaks in one place.
const BASE: &str = r#"
[[category]]
key = "system"
title = "System Result Codes"

[[category]]
key = "keychain"
title = "Keychain Result Codes"

[[code]]
name = "errSecSuccess"
value = 0
category = "system"
doc = "No error."
message = "No error."

[[code]]
name = "errSecItemNotFound"
value = -25300
category = "keychain"
doc = "The item cannot be found."
message = "The specified item could not be found in the keychain."
"#;

fn errors(source: &str) -> Vec<String> {
    match load("codes.toml", source) {
        Ok(_) => panic!("expected the catalogue to be rejected"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn with_code(extra: &str) -> String {
    format!("{BASE}\n[[code]]\n{extra}\n")
}

/// A valid `[[code]]` in `keychain`: six lines, `name` on the second.
fn code(name: &str, value: i32) -> String {
    format!(
        "[[code]]\nname = \"{name}\"\nvalue = {value}\ncategory = \"keychain\"\ndoc = \"d\"\n\
         message = \"m\"\n"
    )
}

/// `BASE` and then `entries`, each after an empty line: the first `name` is on line 25, the
/// second on line 32, both at column 8.
fn with_entries(entries: &[String]) -> String {
    entries.iter().fold(BASE.to_owned(), |source, entry| {
        format!("{source}\n{entry}")
    })
}

/// `BASE` and one more category, whose `key` is at 25:7 and `title` at 26:9.
fn with_category(key: &str, title: &str) -> String {
    format!("{BASE}\n[[category]]\nkey = \"{key}\"\ntitle = \"{title}\"\n")
}

/// A catalogue that must load.
fn accepted(source: &str) -> Catalogue {
    load("codes.toml", source).unwrap_or_else(|errors| panic!("{errors:#?}"))
}

/// The variant each code of `names` gets in a catalogue of `BASE` and those codes.
fn variants(names: &[&str]) -> Vec<String> {
    let entries: Vec<String> = (1..).zip(names).map(|(i, name)| code(name, -i)).collect();
    let catalogue = accepted(&with_entries(&entries));
    assert_eq!(catalogue.codes.len(), 2 + names.len());
    let variant = |name: &&str| {
        catalogue.codes[catalogue.code(name).unwrap()]
            .variant
            .to_string()
    };
    names.iter().map(variant).collect()
}

/// The errors for `BASE` plus two codes: the one the second (at 32:8) breaks a rule with.
fn pair(first: &str, second: &str) -> Vec<String> {
    errors(&with_entries(&[code(first, -1), code(second, -2)]))
}

#[test]
fn the_shipped_catalogue_is_valid() {
    let catalogue = shipped();
    assert_eq!(catalogue.codes.len(), 1097);
    assert_eq!(catalogue.categories.len(), 26);
    let aliases: Vec<_> = catalogue
        .codes
        .iter()
        .filter(|c| c.alias_of.is_some())
        .map(|c| c.name)
        .collect();
    assert_eq!(aliases.len(), 12, "{aliases:?}");
    let variant = |name: &str| {
        let code = &catalogue.codes[catalogue.code(name).unwrap()];
        (code.variant, code.value)
    };
    assert_eq!(variant("errSecIO"), ("Io", -36));
    assert_eq!(variant("errSecCRLExpired"), ("CrlExpired", -67613));
    assert_eq!(variant("errSecCSUnsigned"), ("CsUnsigned", -67062));
    assert_eq!(variant("errSSLClosedAbort"), ("SslClosedAbort", -9806));
    assert_eq!(
        variant("errAuthorizationCanceled"),
        ("AuthorizationCanceled", -60006)
    );
    assert_eq!(variant("errSessionInvalidId"), ("SessionInvalidId", -60500));
    assert_eq!(
        variant("errSecureDownloadInvalidTicket"),
        ("SecureDownloadInvalidTicket", -20052)
    );
    assert_eq!(
        variant("CSSMERR_TP_NOT_TRUSTED"),
        ("CssmTpNotTrusted", -2147409622)
    );
    assert_eq!(
        variant("CSSMERR_APPLETP_HOSTNAME_MISMATCH"),
        ("CssmAppletpHostnameMismatch", -2147408896)
    );
}

#[test]
fn variant_keys_are_what_the_runtime_hashes() {
    // The runtime looks names up by `naming::is_key_of`: the variant in lowercase.
    for code in shipped().codes.iter() {
        let key = code.variant.to_ascii_lowercase();
        assert!(
            crate::naming::is_key_of(code.name, key.as_bytes()),
            "{}",
            code.name
        );
        assert!(!crate::naming::is_key_of(code.name, b"x"), "{}", code.name);
    }
}

#[test]
fn codes_are_grouped_by_category_in_file_order() {
    let source = format!(
        "{BASE}\n[[code]]\nname = \"errSecIO\"\nvalue = -36\ncategory = \"system\"\ndoc = \"I/O error.\"\nmessage = \"I/O error.\"\n"
    );
    let catalogue = load("codes.toml", &source).unwrap();
    let names: Vec<_> = catalogue.codes.iter().map(|c| c.name).collect();
    assert_eq!(names, ["errSecSuccess", "errSecIO", "errSecItemNotFound"]);
    assert_eq!(catalogue.categories[0].range, 0..2);
    assert_eq!(catalogue.categories[1].range, 2..3);
}

#[test]
fn categories_match_loosely() {
    let catalogue = shipped();
    for spelling in [
        "code_signing",
        "code-signing",
        "CodeSigning",
        "code signing",
        "CODESIGNING",
    ] {
        let index = catalogue.category(spelling).unwrap();
        assert_eq!(
            catalogue.categories[index].key, "code_signing",
            "{spelling}"
        );
    }
    assert_eq!(catalogue.category("codesign"), None);
}

#[test]
fn invalid_toml() {
    assert_eq!(
        errors("[[code]\nname = 1"),
        ["codes.toml:1:8: invalid TOML: unclosed array table, expected `]`"]
    );
}

#[test]
fn duplicate_name() {
    let source = with_code(
        "name = \"errSecItemNotFound\"\nvalue = -1\ncategory = \"keychain\"\ndoc = \"d\"\nmessage = \"m\"",
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:25:8: duplicate code `errSecItemNotFound` (first defined on line 18); remove one"
        ]
    );
}

#[test]
fn value_shared_without_alias() {
    let source = with_code(
        "name = \"errSecNotFound\"\nvalue = -25300\ncategory = \"keychain\"\ndoc = \"d\"\nmessage = \"m\"",
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:26:9: `errSecNotFound` has value -25300, already used by `errSecItemNotFound`; \
          give it its own value, or if it is another name for that code, add \
          `alias_of = \"errSecItemNotFound\"`"
        ]
    );
}

#[test]
fn alias_pointing_nowhere() {
    let source = with_code(
        "name = \"errSecItemNotFnd\"\nvalue = -25300\ncategory = \"keychain\"\ndoc = \"d\"\nmessage = \"m\"\n\
         deprecated = true\nalias_of = \"errSecItemNotFund\"",
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:31:12: `errSecItemNotFnd` is an alias of `errSecItemNotFund`, which is not in \
          the catalogue; did you mean `errSecItemNotFound`?"
        ]
    );
}

#[test]
fn alias_of_an_alias() {
    let alias = |name: &str, of: &str| {
        format!(
            "[[code]]\nname = \"{name}\"\nvalue = -25300\ncategory = \"keychain\"\ndoc = \"d\"\n\
             message = \"m\"\nalias_of = \"{of}\"\n"
        )
    };
    let source = format!(
        "{BASE}\n{}\n{}",
        alias("errSecNotFound", "errSecItemNotFound"),
        alias("errSecNotFnd", "errSecNotFound")
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:38:12: `errSecNotFnd` is an alias of `errSecNotFound`, which is itself an \
          alias; write `alias_of = \"errSecItemNotFound\"`"
        ]
    );
}

#[test]
fn alias_with_another_value() {
    let source = with_code(
        "name = \"errSecNotFound\"\nvalue = -1\ncategory = \"keychain\"\ndoc = \"d\"\nmessage = \"m\"\n\
         alias_of = \"errSecItemNotFound\"",
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:30:12: `errSecNotFound` (value -1) is an alias of `errSecItemNotFound`, whose \
          value is -25300; an alias must share its value"
        ]
    );
}

#[test]
fn unknown_category() {
    let source = with_code(
        "name = \"errSecIO\"\nvalue = -36\ncategory = \"keychian\"\ndoc = \"d\"\nmessage = \"m\"",
    );
    assert_eq!(
        errors(&source),
        ["codes.toml:27:12: unknown category `keychian`; did you mean `keychain`?"]
    );
}

#[test]
fn value_outside_i32() {
    let source = with_code(
        "name = \"errSecHuge\"\nvalue = 2147483648\ncategory = \"keychain\"\ndoc = \"d\"\nmessage = \"m\"",
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:26:9: `value` = 2147483648 does not fit in an OSStatus (i32: -2147483648 to 2147483647)"
        ]
    );
}

#[test]
fn missing_and_mistyped_fields() {
    let source =
        with_code("name = \"errSecIO\"\nvalue = \"-36\"\ncategory = \"system\"\ndoc = \"d\"");
    assert_eq!(
        errors(&source),
        [
            "codes.toml:26:9: field `value` must be an integer, found string",
            "codes.toml:24:1: missing field `message` in `[[code]]` `errSecIO`; add `message = \"...\"`",
        ]
    );
}

#[test]
fn unknown_field_and_section() {
    let source = format!("{BASE}\n[[codes]]\nname = \"x\"\n");
    assert_eq!(
        errors(&source),
        ["codes.toml:24:3: unknown section `codes`; expected `[[category]]` or `[[code]]`"]
    );
    let source = with_code(
        "nmae = \"errSecIO\"\nname = \"errSecIO\"\nvalue = -36\ncategory = \"system\"\ndoc = \"d\"\nmessage = \"m\"",
    );
    assert_eq!(
        errors(&source),
        ["codes.toml:25:1: unknown field `nmae` in `[[code]]`; did you mean `name`?"]
    );
}

#[test]
fn names_that_make_no_identifier() {
    let source = with_code(
        "name = \"kSecItemNotFound\"\nvalue = -1\ncategory = \"keychain\"\ndoc = \"d\"\nmessage = \"m\"",
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:25:8: code name `kSecItemNotFound` must be `errSec` or `err` followed by an \
          ASCII word that starts with a capital, or `CSSMERR_` followed by one that starts with a \
          letter (`errSecItemNotFound`, `errSSLClosedAbort`, `CSSMERR_TP_NOT_TRUSTED`), so that it \
          makes a Rust variant name"
        ]
    );
    let source = with_code(
        "name = \"errSecOther\"\nvalue = -1\ncategory = \"keychain\"\ndoc = \"d\"\nmessage = \"m\"",
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:25:8: `errSecOther` would become the variant `Other`, which every enum keeps \
          for unlisted codes; rename it"
        ]
    );
    let source = with_code(
        "name = \"errSecITEMNotFound\"\nvalue = -1\ncategory = \"keychain\"\ndoc = \"d\"\nmessage = \"m\"",
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:25:8: `errSecITEMNotFound` and `errSecItemNotFound` both become the variant \
          `ItemNotFound`; rename one"
        ]
    );
}

#[test]
fn empty_texts_and_bad_category_keys() {
    let source = with_code(
        "name = \"errSecIO\"\nvalue = -36\ncategory = \"system\"\ndoc = \" \"\nmessage = \"\"",
    );
    assert_eq!(
        errors(&source),
        [
            "codes.toml:28:7: `doc` must not be empty; write the text",
            "codes.toml:29:11: `message` must not be empty; write the text",
        ]
    );
    let source = format!("{BASE}\n[[category]]\nkey = \"Key-Chain\"\ntitle = \"t\"\n");
    assert_eq!(
        errors(&source),
        [
            "codes.toml:25:7: category key `Key-Chain` must be snake_case ASCII starting with a letter, \
          e.g. `code_signing`"
        ]
    );
    let source = format!("{BASE}\n[[category]]\nkey = \"key_chain\"\ntitle = \"t\"\n");
    assert_eq!(
        errors(&source),
        [
            "codes.toml:25:7: duplicate category `key_chain` (same as `keychain`); remove or rename one"
        ]
    );
}

#[test]
fn variants_that_are_rust_keywords() {
    // `Self` is the one keyword in UpperCamelCase; `CSSMERR_` variants start with `Cssm`.
    for name in ["errSecSelf", "errSecSELF", "errSelf"] {
        assert_eq!(
            errors(&with_entries(&[code(name, -1)])),
            [format!(
                "codes.toml:25:8: `{name}` would become the variant `Self`, a Rust keyword; \
                 rename it"
            )]
        );
    }
    assert_eq!(
        variants(&["CSSMERR_SELF", "errSecSelfSigned"]),
        ["CssmSelf", "SelfSigned"]
    );
}

#[test]
fn category_keys_whose_enum_is_a_keyword() {
    for key in ["self", "self_"] {
        assert_eq!(
            errors(&with_category(key, "t")),
            [format!(
                "codes.toml:25:7: the category key `{key}` becomes `Self`, a Rust keyword, as its \
                 enum's name; choose another key"
            )]
        );
    }
    // Only the enum's name is Rust: a key that is a keyword in lowercase is fine.
    for (key, ident) in [
        ("crate", "Crate"),
        ("type", "Type"),
        ("self_signed", "SelfSigned"),
    ] {
        let catalogue = accepted(&with_category(key, "t"));
        assert_eq!(catalogue.categories[2].ident, ident);
        assert_eq!(catalogue.category(key), Some(2));
    }
}

#[test]
fn the_category_key_all_is_reserved() {
    assert_eq!(
        errors(&with_category("all", "All")),
        [
            "codes.toml:25:7: the category key `all` is reserved: `categories = \"all\"` selects \
          every category; choose another key"
        ]
    );
    assert_eq!(
        accepted(&with_category("all_keys", "t")).categories.len(),
        3
    );
}

#[test]
fn empty_and_blank_titles() {
    for title in ["", "  ", r"\t", r"\r\n"] {
        assert_eq!(
            errors(&with_category("trust", title)),
            ["codes.toml:26:9: `title` must not be empty; write the text"],
            "{title:?}"
        );
    }
}

#[test]
fn carriage_returns_in_texts() {
    let cr = |field: &str, at: &str| {
        format!(
            "codes.toml:{at}: `{field}` contains a carriage return (`\\r`); end lines with `\\n` \
             only"
        )
    };
    let source = with_code(
        r#"name = "errSecIO"
value = -36
category = "system"
doc = "I/O\r\nerror."
message = "I/O error.\r""#,
    );
    assert_eq!(errors(&source), [cr("doc", "28:7"), cr("message", "29:11")]);
    assert_eq!(
        errors(&with_category("trust", r"Trust\r")),
        [cr("title", "26:9")]
    );
    // A file checked out with CRLF line ends: each CRLF is read as a newline, also inside a
    // multi-line string.
    let source = with_code(
        "name = \"errSecIO\"\nvalue = -36\ncategory = \"system\"\ndoc = \"\"\"\nI/O\nerror.\"\"\"\n\
         message = \"m\"",
    )
    .replace('\n', "\r\n");
    assert_eq!(accepted(&source).codes[1].doc, "I/O\nerror.");
    // A lone CR is no line end: an error, in a multi-line string or between fields.
    let lone_cr = |at: &str| {
        format!(
            "codes.toml:{at}: invalid TOML: carriage return must be followed by newline, \
             expected newline"
        )
    };
    let lone = source.replacen("I/O\r\n", "I/O\r", 1);
    assert_eq!(errors(&lone), [lone_cr("29:5")]);
    let lone = source.replacen("-36\r\n", "-36\r", 1);
    assert_eq!(errors(&lone), [lone_cr("26:13")]);
    // Without CRs, the same multi-line text.
    let source = source.replace("\r\n", "\n");
    assert_eq!(accepted(&source).codes[1].doc, "I/O\nerror.");
}

#[test]
fn catalogues_without_codes() {
    let categories_only = &BASE[..BASE.find("[[code]]").unwrap()];
    for source in [categories_only, "", "# codes to come\n"] {
        assert_eq!(
            errors(source),
            ["codes.toml:1:1: the catalogue has no codes; add at least one `[[code]]` entry"],
            "{source:?}"
        );
    }
}

#[test]
fn names_of_at_most_64_bytes() {
    let longest = [
        format!("errSec{}", "A".repeat(58)),
        format!("CSSMERR_{}", "A_".repeat(28)),
    ];
    assert!(longest.iter().all(|name| name.len() == 64));
    let fits: Vec<_> = (1..).zip(&longest).map(|(i, n)| code(n, -i)).collect();
    accepted(&with_entries(&fits));
    let too_long: Vec<_> = (1..)
        .zip(&longest)
        .map(|(i, n)| code(&format!("{n}B"), -i))
        .collect();
    let message = |at: &str, name: &str| {
        format!(
            "codes.toml:{at}: code name `{name}B` is 65 bytes long, more than the 64 a name may \
             have; shorten it"
        )
    };
    assert_eq!(
        errors(&with_entries(&too_long)),
        [message("25:8", &longest[0]), message("32:8", &longest[1])]
    );
}

#[test]
fn names_of_every_family() {
    assert_eq!(
        variants(&[
            "errSSLFoo",
            "errAuthorizationFoo",
            "errSessionFoo",
            "errSecureDownloadFoo",
            "errSecCSFoo",
            "CSSMERR_TP_FOO",
            "CSSMERR_APPLETP_FOO_BAR2",
            "errSecFoo_Bar",
        ]),
        [
            "SslFoo",
            "AuthorizationFoo",
            "SessionFoo",
            "SecureDownloadFoo",
            "CsFoo",
            "CssmTpFoo",
            "CssmAppletpFooBar2",
            "FooBar",
        ]
    );
}

#[test]
fn err_sec_is_dropped_only_before_a_capital() {
    assert_eq!(
        variants(&[
            "errSecureDownloadFoo",
            "errSecUreBar",
            "errSecure",
            "errSecbaz",
            "errSecIO"
        ]),
        ["SecureDownloadFoo", "UreBar", "Secure", "Secbaz", "Io"]
    );
}

#[test]
fn family_prefixes_without_a_word() {
    for name in [
        "CSSMERR_",
        "errSec",
        "err",
        "",
        "errfoo",
        "errsecFoo",
        "ERRSecFoo",
        "CSSMERR_1X",
        "CSSMERR__X",
        "errSecFoo-Bar",
        "errSecFoo Bar",
        "kSecItemNotFound",
    ] {
        assert_eq!(
            errors(&with_entries(&[code(name, -1)])),
            [format!(
                "codes.toml:25:8: code name `{name}` must be `errSec` or `err` followed by an \
                 ASCII word that starts with a capital, or `CSSMERR_` followed by one that starts \
                 with a letter (`errSecItemNotFound`, `errSSLClosedAbort`, \
                 `CSSMERR_TP_NOT_TRUSTED`), so that it makes a Rust variant name"
            )],
            "{name:?}"
        );
    }
}

/// `BASE` plus codes `first` and `second` fails with one error: both become the variant `variant`.
fn assert_same_variant(first: &str, second: &str, variant: &str) {
    assert_eq!(
        pair(first, second),
        [format!(
            "codes.toml:32:8: `{second}` and `{first}` both become the variant `{variant}`; \
             rename one"
        )]
    );
}

/// `BASE` plus codes `first` and `second` fails with one error: both answer to the name `form`.
fn assert_same_name(first: &str, second: &str, form: &str) {
    assert_eq!(
        pair(first, second),
        [format!(
            "codes.toml:32:8: `{second}` and `{first}` both answer to the name `{form}` (lookups \
             ignore case); rename one"
        )]
    );
}

#[test]
fn names_that_differ_only_in_case() {
    assert_same_variant("errSecFOO", "errSecFoo", "Foo");
    // Different variants but one name in any case: one error, though three spellings clash (the
    // name, the variant and the name without `errSec`).
    assert_same_name("errSecFooBar", "errSecFoobar", "errsecfoobar");
    assert_same_name("errSecUreFoo", "errSecureFoo", "errsecurefoo");
    assert_same_name("CSSMERR_TP_FOOBAR", "CSSMERR_TP_FOO_BAR", "cssmtpfoobar");
}

#[test]
fn names_that_clash_across_families() {
    assert_same_variant("errSSLFoo", "errSecSSLFoo", "SslFoo");
    assert_same_variant("CSSMERR_TP_FOO", "errCssmTpFoo", "CssmTpFoo");
    // A name without `errSec`, or a variant, that is another family's whole name.
    assert_same_name("errFoo", "errSecErrFoo", "errfoo");
    assert_same_name("CSSMERR_TP_FOO", "errSecCSSMERR_TP_FOO", "cssmerr_tp_foo");
    // `errSec` is dropped only before a capital: `errSecure…` does not answer to `ure…`.
    assert_eq!(
        variants(&["errUreFoo", "errSecureFoo"]),
        ["UreFoo", "SecureFoo"]
    );
}

#[test]
fn alias_without_deprecated() {
    let catalogue = accepted(&with_code(
        "name = \"errSecNotFound\"\nvalue = -25300\ncategory = \"keychain\"\ndoc = \"d\"\n\
         message = \"m\"\nalias_of = \"errSecItemNotFound\"",
    ));
    let primary = catalogue.code("errSecItemNotFound").unwrap();
    let alias = catalogue.code("errSecNotFound").unwrap();
    assert_eq!(catalogue.codes[alias].alias_of, Some(primary));
    assert_eq!(catalogue.primary(alias), primary);
    assert!(!catalogue.codes[alias].deprecated);
    assert_eq!(catalogue.codes[primary].alias_of, None);
}

/// `count` valid codes as `validate` gets them, skipping the TOML: parsing 65,535 codes takes about
/// a second in a debug build, validating them a fraction of that. Each code is a line of the
/// returned source, which holds only its name, so an error on code `i` is at `i + 1`:1.
fn many_codes(count: usize) -> (String, RawCatalogue) {
    let mut source = String::new();
    let mut codes = Vec::with_capacity(count);
    for i in 0..count {
        let name = format!("errSecCode{i}");
        let at = |value: &str| At {
            value: value.to_owned(),
            offset: source.len(),
        };
        codes.push(RawCode {
            name: at(&name),
            value: At {
                value: -(i as i64),
                offset: source.len(),
            },
            category: at("k"),
            doc: at("d"),
            message: at("m"),
            macos_message: None,
            deprecated: false,
            alias_of: None,
        });
        source.push_str(&name);
        source.push('\n');
    }
    let key = At {
        value: "k".to_owned(),
        offset: 0,
    };
    let title = At {
        value: "t".to_owned(),
        offset: 0,
    };
    let categories = vec![RawCategory { key, title }];
    (source, RawCatalogue { categories, codes })
}

#[test]
fn as_many_codes_as_a_u16_index_holds() {
    assert_eq!(MAX_CODES, 65_534);
    let (source, raw) = many_codes(MAX_CODES);
    let locate = Locator {
        path: "codes.toml",
        source: &source,
    };
    let catalogue = validate(&locate, raw).unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(catalogue.codes.len(), 65_534);
    assert!(u16::try_from(catalogue.codes.len() + 1).is_ok());
}

#[test]
fn one_code_too_many() {
    let (source, raw) = many_codes(MAX_CODES + 1);
    let locate = Locator {
        path: "codes.toml",
        source: &source,
    };
    let errors: Vec<_> = validate(&locate, raw)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "codes.toml:65535:1: the catalogue has 65535 codes, more than the 65534 its lookup \
          tables can index (a `u16` each); widen the index type in sec-codes-macros' \
          `expand/tables.rs` and the runtime's tables before adding more"
        ]
    );
}

#[test]
fn variant_docs_reach_rustdoc_as_prose() {
    // A fence, an indented block, HTML or a link in a catalogue text would run as a doctest or
    // render as markup in every user's crate; the model carries the escaped text.
    let hostile = "```\nassert!(false);\n```\n    indented();\n<b>bold</b> [x](y) *em*";
    let catalogue = accepted(&with_code(&format!(
        "name = \"errSecFoo\"\nvalue = -1\ncategory = \"system\"\ndoc = {hostile:?}\nmessage = \"m\""
    )));
    let code = &catalogue.codes[catalogue.code("errSecFoo").unwrap()];
    assert_eq!(
        code.rustdoc,
        " \\`\\`\\`\nassert\\!(false);\n\\`\\`\\`\nindented();\n\\<b\\>bold\\</b\\> \\[x\\](y) \\*em\\*\
         \n\n `errSecFoo` = `-1`: “m”"
    );
    // In every shipped doc, each backtick and angle bracket of Apple's text (before the name and
    // value the doc ends with, which are code spans on purpose) is escaped, and no line indented.
    for code in shipped().codes.iter() {
        let text = code.rustdoc.split("\n\n `").next().unwrap_or_default();
        let doc = text.as_bytes();
        let escaped = (0..doc.len())
            .filter(|&i| matches!(doc[i], b'`' | b'<' | b'>'))
            .all(|i| i > 0 && doc[i - 1] == b'\\');
        assert!(escaped, "{}", code.name);
        assert!(
            code.rustdoc.lines().all(|line| !line.starts_with("    ")),
            "{}",
            code.name
        );
    }
}

#[test]
fn macos_message_marks_the_codes_where_macos_shows_another_text() {
    use crate::catalogue::MacosMessage;
    let entries = [
        code("errSecIO", -36),
        format!(
            "{}macos_message = \"name\"\n",
            code("errSecInternalComponent", -2070)
        ),
        format!(
            "{}macos_message = \"none\"\n",
            code("errSessionInvalidId", -60500)
        ),
    ];
    let catalogue = accepted(&with_entries(&entries));
    let macos = |name: &str| catalogue.codes[catalogue.code(name).unwrap()].macos_message;
    assert_eq!(macos("errSecIO"), MacosMessage::Message);
    assert_eq!(macos("errSecInternalComponent"), MacosMessage::Name);
    assert_eq!(macos("errSessionInvalidId"), MacosMessage::Nothing);
    // The shipped catalogue: the 12 errSec codes without a header comment show their name, the
    // errSession and errSecureDownload codes nothing.
    let shipped = shipped();
    let count = |which| {
        shipped
            .codes
            .iter()
            .filter(|c| c.macos_message == which)
            .count()
    };
    assert_eq!(
        (
            count(MacosMessage::Message),
            count(MacosMessage::Name),
            count(MacosMessage::Nothing)
        ),
        (1076, 12, 9)
    );
}

#[test]
fn macos_message_errors() {
    // The added line follows `code`'s six (`name` on line 25): its value is at 30:17.
    let with_macos = |value: &str| {
        let entry = format!("{}macos_message = {value}\n", code("errSecIO", -36));
        errors(&with_entries(&[entry]))
    };
    assert_eq!(
        with_macos("\"nmae\""),
        [
            "codes.toml:30:17: unknown `macos_message = \"nmae\"`; did you mean `name`? Write \
          `\"name\"` (macOS shows the bare name) or `\"none\"` (its strings tables hold nothing), \
          or leave the key out where macOS shows the message"
        ]
    );
    assert_eq!(
        with_macos("\"message text\""),
        [
            "codes.toml:30:17: unknown `macos_message = \"message text\"`. Write `\"name\"` (macOS \
          shows the bare name) or `\"none\"` (its strings tables hold nothing), or leave the key \
          out where macOS shows the message"
        ]
    );
    assert_eq!(
        with_macos("true"),
        ["codes.toml:30:17: field `macos_message` must be a string, found boolean"]
    );
    let redundant = "[[code]]\nname = \"CSSMERR_TP_NOT_TRUSTED\"\nvalue = -2147409622\n\
                     category = \"keychain\"\ndoc = \"d\"\nmessage = \"CSSMERR_TP_NOT_TRUSTED\"\n\
                     macos_message = \"name\"\n";
    assert_eq!(
        errors(&with_entries(&[redundant.to_owned()])),
        [
            "codes.toml:30:17: `macos_message = \"name\"` repeats what the message of \
          `CSSMERR_TP_NOT_TRUSTED` says already (it is the name); remove the line"
        ]
    );
}
