//! An OCSP checker that uses only the `ocsp` codes: each status a revocation check can return is
//! classified by an exhaustive `match`, so a code added to the catalogue's OCSP category later
//! is a compile error here until it is handled.
//!
//! Run with `cargo run --example ocsp -- -67630 -67634 0 -25300`.

use sec_codes::{OSStatus, sec_codes};

/// The results of an OCSP revocation check.
#[sec_codes(categories = "ocsp")]
pub enum OcspError {}

/// What a client should do after an OCSP failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    /// The responder or network failed: try again later (soft-fail policy may allow the cert).
    Retry,
    /// The response proves nothing or was tampered with: treat the certificate as untrusted.
    Reject,
    /// Not an OCSP status at all: report it as is.
    Unexpected,
}

fn action(error: OcspError) -> Action {
    use OcspError::*;
    match error {
        OcspUnavailable | NetworkFailure | OcspResponderTryLater | OcspResponderInternalError => {
            Action::Retry
        }
        OcspBadResponse
        | OcspBadRequest
        | OcspStatusUnrecognized
        | EndOfData
        | IncompleteCertRevocationCheck
        | OcspNotTrustedToAnchor
        | RecordModified
        | OcspSignatureError
        | OcspNoSigner
        | OcspResponderMalformedReq
        | OcspResponderSignatureRequired
        | OcspResponderUnauthorized
        | OcspResponseNonceMismatch => Action::Reject,
        Other(_) => Action::Unexpected,
    }
}

/// `Ok(())` if the status says the certificate's revocation check passed.
fn check(status: OSStatus) -> Result<(), (OcspError, Action)> {
    OcspError::check(status).map_err(|error| (error, action(error)))
}

fn main() {
    let statuses: Vec<OSStatus> = std::env::args()
        .skip(1)
        .filter_map(|arg| match arg.parse() {
            Ok(status) => Some(status),
            Err(_) => {
                eprintln!("ocsp: `{arg}` is not an OSStatus integer; skipped");
                None
            }
        })
        .collect();
    let statuses = if statuses.is_empty() {
        vec![0, -67630, -67634, -25300]
    } else {
        statuses
    };
    for status in statuses {
        match check(status) {
            Ok(()) => println!("{status}: revocation check passed"),
            Err((error, action)) => {
                let name = error.name().unwrap_or("unknown");
                println!("{status}: {action:?} ({name}): {error}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ocsp_code_gets_an_action() {
        assert_eq!(OcspError::ALL.len(), 17);
        let retries = OcspError::ALL
            .iter()
            .filter(|e| action(**e) == Action::Retry)
            .count();
        assert_eq!(retries, 4);
        assert_eq!(check(0), Ok(()));
        assert_eq!(
            check(-67630),
            Err((OcspError::OcspBadResponse, Action::Reject))
        );
        assert_eq!(
            check(-67636),
            Err((OcspError::NetworkFailure, Action::Retry))
        );
        assert_eq!(
            check(-25300),
            Err((OcspError::Other(-25300), Action::Unexpected))
        );
    }
}
