//! The checked-in model must be what the generator makes of the checked-in catalogue.

use std::fs;

use sec_codes_codegen::{CATALOGUE, GENERATED, generate, workspace_root};

#[test]
fn generated_model_is_up_to_date() {
    let root = workspace_root();
    let source = fs::read_to_string(root.join(CATALOGUE)).expect("codes.toml is readable");
    let (text, errors) = generate(&source);
    assert!(errors.is_empty(), "{CATALOGUE} is invalid: {errors:#?}");
    let target = root.join(GENERATED);
    let current = fs::read_to_string(&target).unwrap_or_default();
    if current != text {
        // Like rust-analyzer's `ensure_file_contents`: fix it, and fail so that CI notices.
        fs::write(&target, &text).expect("the generated model is writable");
        panic!(
            "{GENERATED} was stale and has been regenerated from {CATALOGUE}; rebuild and commit it"
        );
    }
}

/// Git on Windows may check codes.toml out with CRLF line ends (unless `.gitattributes` is
/// honoured): the same model, and the same fingerprint, so that sec-codes builds as it is.
#[test]
fn a_crlf_checkout_makes_the_same_model() {
    let source = fs::read_to_string(workspace_root().join(CATALOGUE)).expect("readable");
    let crlf = source.replace('\n', "\r\n");
    assert_eq!(crlf.len(), source.len() + source.lines().count());
    assert_eq!(generate(&crlf), generate(&source));
}
