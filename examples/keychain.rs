//! A keychain wrapper: raw `OSStatus` results become `Result<Option<_>, KeychainError>`, with a
//! trimmed error enum whose `match` the compiler checks.
//!
//! Run with `cargo run --example keychain`. The "keychain" here is an in-memory stand-in that
//! returns the statuses Apple's `SecItemCopyMatching` / `SecItemAdd` return, so the example runs
//! on any OS.

use std::collections::HashMap;

use sec_codes::{OSStatus, sec_code, sec_codes};

/// Errors of the keychain layer: every keychain code, plus the few system codes
/// `SecItem*` calls also return.
#[sec_codes(
    categories = "keychain",
    codes = "errSecParam errSecAllocate errSecUserCanceled errSecMissingEntitlement"
)]
pub enum KeychainError {}

/// Stands in for the Security framework: item lookups by service name.
#[derive(Default)]
struct FakeSecurity {
    items: HashMap<String, Vec<u8>>,
    locked: bool,
}

impl FakeSecurity {
    /// Like `SecItemCopyMatching`: fills `out` and returns a status.
    fn copy_matching(&self, service: &str, out: &mut Vec<u8>) -> OSStatus {
        if service.is_empty() {
            return sec_code!(errSecParam);
        }
        if self.locked {
            return sec_code!(errSecInteractionNotAllowed);
        }
        match self.items.get(service) {
            Some(secret) => {
                out.clone_from(secret);
                sec_code!(errSecSuccess)
            }
            None => sec_code!(errSecItemNotFound),
        }
    }

    /// Like `SecItemAdd`.
    fn add(&mut self, service: &str, secret: &[u8]) -> OSStatus {
        if self.items.contains_key(service) {
            return sec_code!(errSecDuplicateItem);
        }
        self.items.insert(service.to_owned(), secret.to_vec());
        sec_code!(errSecSuccess)
    }
}

/// The wrapper users of this layer see.
struct Keychain(FakeSecurity);

impl Keychain {
    /// `Ok(None)` when there is no such item: not finding one is not an error here.
    fn get(&self, service: &str) -> Result<Option<Vec<u8>>, KeychainError> {
        let mut secret = Vec::new();
        match KeychainError::check(self.0.copy_matching(service, &mut secret)) {
            Ok(()) => Ok(Some(secret)),
            Err(KeychainError::ItemNotFound) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Adds an item; `Ok(false)` if it already existed.
    fn add(&mut self, service: &str, secret: &[u8]) -> Result<bool, KeychainError> {
        match KeychainError::check(self.0.add(service, secret)) {
            Ok(()) => Ok(true),
            Err(KeychainError::DuplicateItem) => Ok(false),
            Err(error) => Err(error),
        }
    }
}

/// What to tell the user; the compiler checks that every interesting case is handled.
fn advice(error: KeychainError) -> &'static str {
    match error {
        KeychainError::InteractionNotAllowed => "unlock the device and try again",
        KeychainError::UserCanceled => "cancelled",
        KeychainError::MissingEntitlement => "the app lacks the keychain-access-groups entitlement",
        KeychainError::AuthFailed => "wrong password",
        _ => "unexpected keychain error",
    }
}

fn main() {
    let mut keychain = Keychain(FakeSecurity::default());
    println!("add: {:?}", keychain.add("example.com", b"hunter2"));
    println!("add again: {:?}", keychain.add("example.com", b"hunter2"));
    println!("get: {:?}", keychain.get("example.com"));
    println!("get missing: {:?}", keychain.get("nowhere.example"));
    keychain.0.locked = true;
    if let Err(error) = keychain.get("example.com") {
        println!(
            "get while locked: {error} [{}] -> {}",
            error.code(),
            advice(error)
        );
    }
    if let Err(error) = keychain.get("") {
        println!("get with no service: {error:?}: {error}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_become_options_and_errors() {
        let mut keychain = Keychain(FakeSecurity::default());
        assert_eq!(keychain.get("a"), Ok(None));
        assert_eq!(keychain.add("a", b"s"), Ok(true));
        assert_eq!(keychain.add("a", b"s"), Ok(false));
        assert_eq!(keychain.get("a"), Ok(Some(b"s".to_vec())));
        assert_eq!(keychain.get(""), Err(KeychainError::Param));
        keychain.0.locked = true;
        let error = keychain.get("a").unwrap_err();
        assert_eq!(error, KeychainError::InteractionNotAllowed);
        assert_eq!(advice(error), "unlock the device and try again");
        assert_eq!(error.name(), Some("errSecInteractionNotAllowed"));
    }
}
