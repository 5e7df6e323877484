//! Every rule of the catalogue, pinned with its exact message and position.

use super::load;
use crate::catalogue::Catalogue;
use crate::shipped::shipped;

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

#[test]
fn the_shipped_catalogue_is_valid() {
    let catalogue: &Catalogue = shipped().unwrap_or_else(|errors| panic!("{errors:?}"));
    assert_eq!(catalogue.codes.len(), 384);
    assert_eq!(catalogue.categories.len(), 19);
    let aliases: Vec<_> = catalogue
        .codes
        .iter()
        .filter(|c| c.alias_of.is_some())
        .collect();
    assert_eq!(aliases.len(), 3);
    let io = &catalogue.codes[catalogue.code("errSecIO").unwrap()];
    assert_eq!((io.variant.as_str(), io.value), ("Io", -36));
    let crl = &catalogue.codes[catalogue.code("errSecCRLExpired").unwrap()];
    assert_eq!(crl.variant, "CrlExpired");
}

#[test]
fn build_rs_ships_the_catalogue_it_parsed() {
    let parsed = load("codes.toml", include_str!("../../codes.toml")).unwrap();
    assert_eq!(&parsed, shipped().unwrap());
}

#[test]
fn codes_are_grouped_by_category_in_file_order() {
    let source = format!(
        "{BASE}\n[[code]]\nname = \"errSecIO\"\nvalue = -36\ncategory = \"system\"\ndoc = \"I/O error.\"\nmessage = \"I/O error.\"\n"
    );
    let catalogue = load("codes.toml", &source).unwrap();
    let names: Vec<_> = catalogue.codes.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["errSecSuccess", "errSecIO", "errSecItemNotFound"]);
    assert_eq!(catalogue.categories[0].range, 0..2);
    assert_eq!(catalogue.categories[1].range, 2..3);
}

#[test]
fn categories_match_loosely() {
    let catalogue = shipped().unwrap();
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
            "codes.toml:25:8: code name `kSecItemNotFound` must be `errSec` followed by an \
          UpperCamelCase ASCII word, e.g. `errSecItemNotFound`, so that it makes a Rust variant name"
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
            "codes.toml:28:7: `doc` must not be empty; write the code's text",
            "codes.toml:29:11: `message` must not be empty; write the code's text",
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
