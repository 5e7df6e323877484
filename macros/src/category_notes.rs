//! What a category's key and title do not say, for the categories newcomers mix up: shown in the
//! unknown-category error and in the docs of `Category` and `codes::*`.

/// The note for the category `key`, if it needs one.
fn category_note(key: &str) -> Option<&'static str> {
    Some(match key {
        "code_signing" => {
            "certificate-policy codes of code signing (`errSecCodeSigning*`, \
             `errSecResourceSign*`, …); Apple's code-signing API, `errSecCS*`, is \
             `code_signing_services`"
        }
        "code_signing_services" => {
            "Apple's code-signing API (`errSecCS*`, `CSCommon.h`); the certificate-policy codes \
             under the page's \"Code Signing\" heading are `code_signing`"
        }
        "secure_transport" => "TLS and SSL (`errSSL*`)",
        "other" => {
            "the page's heading \"Other Result Codes\"; not the `Other(OSStatus)` variant of \
             an enum, which holds statuses outside its selection"
        }
        _ => return None,
    })
}

/// `": note"` for a category newcomers mix up with another, else nothing: how the error's list
/// and the docs append it after a title.
pub fn note_suffix(key: &str) -> String {
    category_note(key)
        .map(|note| format!(": {note}"))
        .unwrap_or_default()
}
