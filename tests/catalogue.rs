//! The catalogue against Apple's headers and documentation page, its invariants, and the runtime
//! lookups over it.
//!
//! Everything expected here is derived from copies in `tests/data/` (see its README), never from
//! `codes.toml`: `families.tsv` (every OSStatus constant of the Security framework's public
//! headers), `secbase.tsv` (the `errSec*` rows of `SecBase.h`) and `result-codes-page.txt`
//! (Apple's "Security Framework Result Codes" page).

#[macro_use]
#[path = "common/category_enums.rs"]
mod category_enums;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use sec_codes::{
    Category, CodeInfo, OSStatus, ResultCode, SecError, catalogue, codes, describe, lookup, message,
};

const FAMILIES: &str = include_str!("data/families.tsv");
const SECBASE: &str = include_str!("data/secbase.tsv");
const PAGE: &str = include_str!("data/result-codes-page.txt");

/// The 19 headings of the documentation page: category key and title, in page order.
const PAGE_CATEGORIES: [(&str, &str); 19] = [
    ("system", "System Result Codes"),
    ("internal_error", "Internal Error Result Codes"),
    ("keychain", "Keychain Result Codes"),
    ("certificate", "Certificate Result Codes"),
    ("acl", "ACL Result Codes"),
    ("crl", "CRL Result Codes"),
    ("smime", "SMIME Result Codes"),
    ("ocsp", "OCSP Result Codes"),
    ("code_signing", "Code Signing Result Codes"),
    ("mobile_me", "Mobile Me Result Codes"),
    ("cryptographic_key", "Cryptographic Key Result Codes"),
    ("invalid_attribute", "Invalid Attribute Result Codes"),
    ("missing_attribute", "Missing Attribute Result Codes"),
    ("timestamp", "Timestamp Result Codes"),
    ("invalid_parameter", "Invalid parameter result codes"),
    ("unsupported_input", "Unsupported input result codes"),
    ("apple_specific", "Apple specific result codes"),
    ("module_manager", "Module manager result codes"),
    ("other", "Other Result Codes"),
];

/// The families after the page: `families.tsv`'s family column and the category key.
const FAMILY_CATEGORIES: [(&str, &str); 7] = [
    ("errSSL", "secure_transport"),
    ("errSecCS", "code_signing_services"),
    ("errAuthorization", "authorization"),
    ("errSession", "session"),
    ("errSecureDownload", "secure_download"),
    ("CSSM", "cssm"),
    ("CSSM-Apple", "cssm_apple"),
];

/// The `errSec*` names the page leaves out, and the category each is listed under.
const NOT_ON_PAGE: [(&str, &str); 6] = [
    ("errSecRestrictedAPI", "other"),
    ("errSecInvalidCRLAuthority", "crl"),
    ("errSecInvalidTupleCredentials", "invalid_parameter"),
    ("errSecCertificateIsCA", "certificate"),
    ("errSecCertificateDuplicateExtension", "certificate"),
    ("errSecMissingQualifiedCertStatement", "code_signing"),
];

/// Where the page gives another code's text, or none: the header's comment is the doc.
const PAGE_WRONG: [&str; 3] = [
    "errSecNotAvailable",
    "errSecServiceNotAvailable",
    "errSecTimestampServiceNotAvailable",
];

/// Names per category, in category order.
const SIZES: [usize; 26] = [
    11, 3, 30, 14, 8, 18, 7, 17, 11, 10, 17, 29, 29, 17, 61, 13, 5, 6, 78, 77, 84, 15, 7, 2, 396,
    132,
];

/// Every alias and its primary, in catalogue order, and whether Apple deprecated the alias.
const ALIASES: [(&str, &str, bool); 12] = [
    ("errSecDskFull", "errSecDiskFull", true),
    (
        "errSecInvaldCRLAuthority",
        "errSecInvalidCRLAuthority",
        true,
    ),
    (
        "errSecInvalidTupleCredendtials",
        "errSecInvalidTupleCredentials",
        true,
    ),
    ("errSSLServerAuthCompleted", "errSSLPeerAuthCompleted", true),
    ("errSSLClientAuthCompleted", "errSSLPeerAuthCompleted", true),
    ("errSSLLast", "errSSLUnexpectedRecord", true),
    ("errSecCSSigDBDenied", "errSecCSDBDenied", false),
    ("errSecCSSigDBAccess", "errSecCSDBAccess", false),
    ("errAuthorizationSuccess", "errSecSuccess", false),
    ("errSessionSuccess", "errSecSuccess", false),
    ("errSessionInternal", "errAuthorizationInternal", false),
    (
        "errSessionInvalidFlags",
        "errAuthorizationInvalidFlags",
        false,
    ),
];

/// One row of `families.tsv`.
#[derive(Debug)]
struct Row {
    family: &'static str,
    name: &'static str,
    value: OSStatus,
    comment: &'static str,
    macos_message: &'static str,
    deprecated: bool,
    alias_of: &'static str,
}

/// Every row of `families.tsv`, 1,166.
fn reference() -> Vec<Row> {
    let mut lines = FAMILIES.lines();
    assert_eq!(
        lines.next(),
        Some("family\theader\tname\tvalue\tcomment\tmacos_message\tdeprecated\talias_of\tsource")
    );
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 9, "{line}");
            assert!(["yes", "no"].contains(&fields[6]), "{line}");
            Row {
                family: fields[0],
                name: fields[2],
                value: fields[3].parse().unwrap(),
                comment: fields[4],
                macos_message: fields[5],
                deprecated: fields[6] == "yes",
                alias_of: fields[7],
            }
        })
        .collect()
}

/// The rows that are OSStatus names (not `CSSM_ERRCODE_*` module-relative codes, not the
/// `errSecErrnoBase`/`errSecErrnoLimit` range markers): 1,097.
fn catalogued(rows: &[Row]) -> Vec<&Row> {
    rows.iter()
        .filter(|row| {
            !row.name.starts_with("CSSM_ERRCODE_")
                && !["errSecErrnoBase", "errSecErrnoLimit"].contains(&row.name)
        })
        .collect()
}

/// One `var name: OSStatus` entry of the documentation page.
struct PageEntry {
    heading: &'static str,
    name: &'static str,
    text: &'static str,
}

/// The page's 378 entries, in page order.
fn page() -> Vec<PageEntry> {
    let lines: Vec<&'static str> = PAGE.lines().collect();
    let mut heading = "";
    let mut entries = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if let Some(title) = line.strip_prefix("### ") {
            heading = title.trim();
        } else if let Some(name) = line
            .strip_prefix("var ")
            .and_then(|rest| rest.trim_end().strip_suffix(": OSStatus"))
        {
            let text = lines[at + 1..]
                .iter()
                .find(|line| !line.trim().is_empty())
                .filter(|line| !line.starts_with("var ") && !line.starts_with("### "))
                .map_or("", |line| line.trim());
            entries.push(PageEntry {
                heading,
                name,
                text,
            });
        }
    }
    entries
}

/// What the spec says one name of the catalogue must be, from the reference copies only.
struct Expected {
    family: &'static str,
    name: &'static str,
    value: OSStatus,
    category: &'static str,
    deprecated: bool,
    /// The name that `describe(value)` gives: this name itself for a primary.
    primary: &'static str,
    message: String,
    doc: String,
    /// Name of the generated enums' variant (for an alias, the variant it would have).
    variant: String,
}

impl Expected {
    fn is_alias(&self) -> bool {
        self.primary != self.name
    }
}

/// Every name, in reference order (family by family, as the catalogue's categories follow).
fn model() -> Vec<Expected> {
    let rows = reference();
    let rows = catalogued(&rows);
    let page = page();
    let page_by_name: HashMap<&str, &PageEntry> =
        page.iter().map(|entry| (entry.name, entry)).collect();
    let key_of_title: HashMap<&str, &str> = PAGE_CATEGORIES
        .iter()
        .map(|&(key, title)| (title, key))
        .collect();

    // Primaries: a header alias names its primary; otherwise the first name with the value wins.
    // Reference order is catalogue order between families (errSec, errSSL, errSecCS,
    // errAuthorization, errSession, errSecureDownload, CSSM, CSSM-Apple).
    let mut first: HashMap<OSStatus, &str> = HashMap::new();
    for row in rows.iter().filter(|row| row.alias_of.is_empty()) {
        first.entry(row.value).or_insert(row.name);
    }
    let primary_of = |row: &Row| -> &'static str {
        if row.alias_of.is_empty() {
            first[&row.value]
        } else {
            row.alias_of
        }
    };
    let by_name: HashMap<&str, &Row> = rows.iter().map(|row| (row.name, *row)).collect();

    // errSec docs: the page's text, or the header's where the page is wrong or silent.
    let errsec_doc = |row: &Row| -> String {
        match page_by_name.get(row.name) {
            Some(entry) if !PAGE_WRONG.contains(&row.name) => entry.text.to_owned(),
            _ => row.comment.to_owned(),
        }
    };
    let primary_message = |row: &Row| -> String {
        if !row.macos_message.is_empty() && row.macos_message != row.name {
            row.macos_message.to_owned()
        } else if !row.comment.is_empty() {
            row.comment.to_owned()
        } else if row.family == "errSec" && !errsec_doc(row).is_empty() {
            errsec_doc(row)
        } else {
            row.name.to_owned()
        }
    };

    assert_eq!(rows.len(), 1097);
    assert_eq!(page.len(), 378);
    let model: Vec<Expected> = rows
        .iter()
        .map(|row| {
            let primary = primary_of(row);
            let message = if primary == row.name {
                primary_message(row)
            } else if !row.comment.is_empty() {
                row.comment.to_owned()
            } else {
                primary_message(by_name[primary])
            };
            let doc = if row.family == "errSec" {
                errsec_doc(row)
            } else if !row.comment.is_empty() {
                row.comment.to_owned()
            } else {
                message.clone()
            };
            let category = if row.family == "errSec" {
                match page_by_name.get(row.name) {
                    Some(entry) => key_of_title[entry.heading],
                    None => {
                        NOT_ON_PAGE
                            .iter()
                            .find(|(name, _)| *name == row.name)
                            .unwrap_or_else(|| {
                                panic!("{} is neither on the page nor listed", row.name)
                            })
                            .1
                    }
                }
            } else {
                FAMILY_CATEGORIES
                    .iter()
                    .find(|(family, _)| *family == row.family)
                    .unwrap_or_else(|| panic!("family {}", row.family))
                    .1
            };
            Expected {
                family: row.family,
                name: row.name,
                value: row.value,
                category,
                deprecated: row.deprecated,
                primary,
                message,
                doc,
                variant: variant_name(row.family, row.name),
            }
        })
        .collect();
    // Every loop over the model covers the whole catalogue.
    assert_eq!(model.len(), 1097);
    assert_eq!(model.iter().filter(|e| e.is_alias()).count(), 12);
    model
}

/// The name of a code's variant: the family prefix dropped (`errSec` for errSec and errSecCS,
/// `err` for the other `err` families, `CSSMERR_` becoming `Cssm`), the rest UpperCamelCase.
fn variant_name(family: &str, name: &str) -> String {
    let (prefix, stem) = match family {
        "errSec" | "errSecCS" => ("", name.strip_prefix("errSec")),
        "errSSL" | "errAuthorization" | "errSession" | "errSecureDownload" => {
            ("", name.strip_prefix("err"))
        }
        "CSSM" | "CSSM-Apple" => ("Cssm", name.strip_prefix("CSSMERR_")),
        _ => panic!("family {family}"),
    };
    let stem = stem.unwrap_or_else(|| panic!("{name} lacks its family's prefix"));
    format!("{prefix}{}", upper_camel_case(stem))
}

/// heck 0.5's `ToUpperCamelCase`, ported: words split at non-alphanumerics, before an uppercase
/// letter that follows a lowercase one, and before the last capital of a run followed by a
/// lowercase letter (`CSSigDB` → `CS`, `Sig`, `DB`); each word capitalized.
fn upper_camel_case(text: &str) -> String {
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lowercase,
        Uppercase,
    }
    let mut words = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let mut chars = word.char_indices().peekable();
        let mut start = 0;
        let mut mode = Mode::Boundary;
        while let Some((at, c)) = chars.next() {
            let Some(&(next_at, next)) = chars.peek() else {
                words.push(&word[start..]);
                break;
            };
            let next_mode = if c.is_lowercase() {
                Mode::Lowercase
            } else if c.is_uppercase() {
                Mode::Uppercase
            } else {
                mode
            };
            if next_mode == Mode::Lowercase && next.is_uppercase() {
                words.push(&word[start..next_at]);
                start = next_at;
                mode = Mode::Boundary;
            } else if mode == Mode::Uppercase && c.is_uppercase() && next.is_lowercase() {
                words.push(&word[start..at]);
                start = at;
                mode = Mode::Boundary;
            } else {
                mode = next_mode;
            }
        }
    }
    let mut out = String::new();
    for word in words {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.extend(chars.flat_map(char::to_lowercase));
        }
    }
    out
}

/// The catalogue's entry named exactly `name` (by scanning, not by `lookup`).
fn entry(name: &str) -> CodeInfo {
    catalogue()
        .find(|info| info.name() == name)
        .unwrap_or_else(|| panic!("{name} missing from the catalogue"))
}

/// Fails listing every mismatch at once, so one wrong entry does not hide the others.
fn assert_none(mismatches: &[String], what: &str) {
    assert!(
        mismatches.is_empty(),
        "{} {what} mismatch(es):\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[test]
fn the_reference_copies_are_complete() {
    let rows = reference();
    assert_eq!(rows.len(), 1166);
    let mut per_family: BTreeMap<&str, usize> = BTreeMap::new();
    for row in &rows {
        *per_family.entry(row.family).or_default() += 1;
    }
    assert_eq!(
        per_family.into_iter().collect::<Vec<_>>(),
        [
            ("CSSM", 456),
            ("CSSM-Apple", 141),
            ("errAuthorization", 15),
            ("errSSL", 77),
            ("errSec", 384),
            ("errSecCS", 84),
            ("errSecureDownload", 2),
            ("errSession", 7),
        ]
    );
    assert_eq!(
        rows.iter()
            .filter(|row| row.name.starts_with("CSSM_ERRCODE_"))
            .count(),
        67
    );
    let names: HashSet<&str> = rows.iter().map(|row| row.name).collect();
    assert_eq!(names.len(), rows.len(), "a name appears twice");
    assert_eq!(catalogued(&rows).len(), 1097);

    // secbase.tsv holds the same errSec rows.
    let errsec: Vec<&Row> = rows.iter().filter(|row| row.family == "errSec").collect();
    let secbase: Vec<Vec<&str>> = SECBASE
        .lines()
        .skip(1)
        .map(|line| line.split('\t').collect())
        .collect();
    assert_eq!(secbase.len(), 384);
    for (row, fields) in errsec.iter().zip(&secbase) {
        assert_eq!(fields[0], row.name);
        assert_eq!(
            fields[1].parse::<OSStatus>().unwrap(),
            row.value,
            "{}",
            row.name
        );
        assert_eq!(fields[2], row.comment, "{}", row.name);
        assert_eq!(fields[3] == "yes", row.deprecated, "{}", row.name);
    }

    let page = page();
    assert_eq!(page.len(), 378);
    assert!(page.iter().all(|entry| names.contains(entry.name)));
    let headings: Vec<&str> =
        page.iter()
            .map(|entry| entry.heading)
            .fold(Vec::new(), |mut headings, heading| {
                if headings.last() != Some(&heading) {
                    headings.push(heading);
                }
                headings
            });
    let titles: Vec<&str> = PAGE_CATEGORIES.iter().map(|&(_, title)| title).collect();
    assert_eq!(headings, titles);

    let model = model();
    assert_eq!(model.len(), 1097);
    assert_eq!(
        model
            .iter()
            .map(|expected| expected.value)
            .collect::<BTreeSet<_>>()
            .len(),
        1085
    );
    assert_eq!(model.iter().filter(|e| e.is_alias()).count(), 12);
}

#[test]
fn variant_names_follow_heck() {
    for (family, name, variant) in [
        ("errSec", "errSecItemNotFound", "ItemNotFound"),
        ("errSec", "errSecIO", "Io"),
        (
            "errSec",
            "errSecSMIMEEmailAddressesNotFound",
            "SmimeEmailAddressesNotFound",
        ),
        ("errSec", "errSecInvalidCRLAuthority", "InvalidCrlAuthority"),
        ("errSecCS", "errSecCSUnsigned", "CsUnsigned"),
        ("errSecCS", "errSecCSSigDBDenied", "CsSigDbDenied"),
        (
            "errSecCS",
            "errSecMultipleExecSegments",
            "MultipleExecSegments",
        ),
        ("errSSL", "errSSLClosedAbort", "SslClosedAbort"),
        ("errSSL", "errSSLPeerCertUnknown", "SslPeerCertUnknown"),
        (
            "errAuthorization",
            "errAuthorizationCanceled",
            "AuthorizationCanceled",
        ),
        ("errSession", "errSessionInvalidId", "SessionInvalidId"),
        (
            "errSecureDownload",
            "errSecureDownloadInvalidTicket",
            "SecureDownloadInvalidTicket",
        ),
        ("CSSM", "CSSMERR_TP_NOT_TRUSTED", "CssmTpNotTrusted"),
        (
            "CSSM-Apple",
            "CSSMERR_APPLETP_HOSTNAME_MISMATCH",
            "CssmAppletpHostnameMismatch",
        ),
    ] {
        assert_eq!(variant_name(family, name), variant, "{name}");
    }
}

#[test]
fn every_name_is_in_the_catalogue_with_its_value_and_category() {
    let model = model();
    assert_eq!(catalogue().len(), 1097);
    assert_eq!(catalogue().count(), 1097);
    let actual: Vec<CodeInfo> = catalogue().collect();
    let names: HashSet<&str> = actual.iter().map(|info| info.name()).collect();
    assert_eq!(names.len(), 1097, "a name appears twice in the catalogue");
    let expected_names: HashSet<&str> = model.iter().map(|e| e.name).collect();
    assert_eq!(names, expected_names);

    let by_name: HashMap<&str, CodeInfo> = actual.iter().map(|&info| (info.name(), info)).collect();
    let mut mismatches = Vec::new();
    for expected in &model {
        let info = by_name[expected.name];
        if info.value() != expected.value {
            mismatches.push(format!(
                "{}: value expected {}, actual {}",
                expected.name,
                expected.value,
                info.value()
            ));
        }
        if info.category().key() != expected.category {
            mismatches.push(format!(
                "{}: category expected {}, actual {}",
                expected.name,
                expected.category,
                info.category().key()
            ));
        }
    }
    assert_none(&mismatches, "value/category");
    let values: BTreeSet<OSStatus> = actual.iter().map(|info| info.value()).collect();
    assert_eq!(values.len(), 1085);
}

#[test]
fn names_are_in_order() {
    let model = model();
    let page = page();
    let on_page: HashSet<&str> = page.iter().map(|entry| entry.name).collect();
    for (index, category) in Category::ALL.into_iter().enumerate() {
        let names: Vec<&str> = category.codes().map(CodeInfo::name).collect();
        if index < PAGE_CATEGORIES.len() {
            // The page's names in page order; the names the page leaves out anywhere in between.
            let title = PAGE_CATEGORIES[index].1;
            let from_page: Vec<&str> = page
                .iter()
                .filter(|entry| entry.heading == title)
                .map(|entry| entry.name)
                .collect();
            let listed: Vec<&str> = names
                .iter()
                .copied()
                .filter(|name| on_page.contains(name))
                .collect();
            assert_eq!(listed, from_page, "{category}");
            let extra: Vec<&str> = names
                .iter()
                .copied()
                .filter(|name| !on_page.contains(name))
                .collect();
            let expected_extra: Vec<&str> = NOT_ON_PAGE
                .iter()
                .filter(|(_, key)| *key == category.key())
                .map(|&(name, _)| name)
                .collect();
            assert_eq!(
                extra.iter().collect::<BTreeSet<_>>(),
                expected_extra.iter().collect::<BTreeSet<_>>(),
                "{category}"
            );
        } else {
            // The other families: header order.
            let from_reference: Vec<&str> = model
                .iter()
                .filter(|e| e.category == category.key())
                .map(|e| e.name)
                .collect();
            assert_eq!(names, from_reference, "{category}");
        }
    }
    // The families follow the page's categories in this order.
    let families: Vec<&str> = catalogue()
        .skip(384)
        .map(|info| {
            let expected = model.iter().find(|e| e.name == info.name()).unwrap();
            expected.family
        })
        .fold(Vec::new(), |mut families, family| {
            if families.last() != Some(&family) {
                families.push(family);
            }
            families
        });
    assert_eq!(
        families,
        FAMILY_CATEGORIES
            .iter()
            .map(|&(family, _)| family)
            .collect::<Vec<_>>()
    );
    assert!(
        catalogue()
            .take(384)
            .all(|info| info.name().starts_with("errSec"))
    );
}

#[test]
fn categories_partition_the_catalogue_in_order() {
    let keys: Vec<&str> = Category::ALL.iter().map(|c| c.key()).collect();
    let expected_keys: Vec<&str> = PAGE_CATEGORIES
        .iter()
        .map(|&(key, _)| key)
        .chain(FAMILY_CATEGORIES.iter().map(|&(_, key)| key))
        .collect();
    assert_eq!(keys, expected_keys);
    assert_eq!(Category::ALL.len(), 26);
    for (category, (_, title)) in Category::ALL.into_iter().zip(PAGE_CATEGORIES) {
        assert_eq!(category.title(), title, "{category}");
    }
    for category in &Category::ALL[19..] {
        assert!(!category.title().is_empty(), "{category}");
    }

    let all: Vec<CodeInfo> = catalogue().collect();
    let mut position = 0;
    for category in Category::ALL {
        let codes: Vec<CodeInfo> = category.codes().collect();
        assert_eq!(category.codes().len(), codes.len());
        assert!(!codes.is_empty(), "{category}");
        assert_eq!(codes, all[position..position + codes.len()], "{category}");
        assert!(codes.iter().all(|info| info.category() == category));
        position += codes.len();
    }
    assert_eq!(position, 1097);
    let sizes: Vec<usize> = Category::ALL.iter().map(|c| c.codes().len()).collect();
    assert_eq!(sizes, SIZES);

    // The sizes are the reference's too.
    let model = model();
    let expected_sizes: Vec<usize> = expected_keys
        .iter()
        .map(|key| model.iter().filter(|e| e.category == *key).count())
        .collect();
    assert_eq!(expected_sizes, SIZES);
}

#[test]
fn one_primary_per_value_and_aliases_point_at_it() {
    let model = model();
    let mut mismatches = Vec::new();
    for expected in &model {
        let info = entry(expected.name);
        let alias_of = info.alias_of().map(CodeInfo::name);
        let expected_alias_of = expected.is_alias().then_some(expected.primary);
        if alias_of != expected_alias_of {
            mismatches.push(format!(
                "{}: alias_of expected {expected_alias_of:?}, actual {alias_of:?}",
                expected.name
            ));
        }
        if info.is_deprecated() != expected.deprecated {
            mismatches.push(format!(
                "{}: deprecated expected {}, actual {}",
                expected.name,
                expected.deprecated,
                info.is_deprecated()
            ));
        }
        if let Some(primary) = info.alias_of() {
            assert_eq!(primary.value(), info.value(), "{}", info.name());
            assert_eq!(
                primary.alias_of(),
                None,
                "{}: alias of an alias",
                info.name()
            );
        }
    }
    assert_none(&mismatches, "alias/deprecation");

    // Exactly the 12 aliases, in catalogue order.
    let aliases: Vec<(&str, &str, bool)> = catalogue()
        .filter_map(|info| Some((info.name(), info.alias_of()?.name(), info.is_deprecated())))
        .collect();
    assert_eq!(aliases, ALIASES);
    let expected_aliases: BTreeSet<(&str, &str, bool)> = model
        .iter()
        .filter(|e| e.is_alias())
        .map(|e| (e.name, e.primary, e.deprecated))
        .collect();
    assert_eq!(
        expected_aliases,
        ALIASES.into_iter().collect::<BTreeSet<_>>()
    );
    // Deprecated names are exactly the header's six alias spellings.
    let deprecated: Vec<&str> = catalogue()
        .filter(|info| info.is_deprecated())
        .map(CodeInfo::name)
        .collect();
    let header_aliases: Vec<&str> = ALIASES
        .iter()
        .filter(|(_, _, deprecated)| *deprecated)
        .map(|&(name, _, _)| name)
        .collect();
    assert_eq!(deprecated, header_aliases);

    // One primary per value.
    let primaries: Vec<CodeInfo> = catalogue()
        .filter(|info| info.alias_of().is_none())
        .collect();
    assert_eq!(primaries.len(), 1085);
    let values: HashSet<OSStatus> = primaries.iter().map(|info| info.value()).collect();
    assert_eq!(values.len(), 1085);
}

#[test]
fn messages_follow_the_rules() {
    let model = model();
    let mut mismatches = Vec::new();
    for expected in &model {
        let info = entry(expected.name);
        if info.message() != expected.message {
            mismatches.push(format!(
                "{}: message expected {:?}, actual {:?}",
                expected.name,
                expected.message,
                info.message()
            ));
        }
        assert!(!info.message().trim().is_empty(), "{}", expected.name);
        // Against the reference, not against `message() != name()`, which it is written as.
        assert_eq!(
            info.has_own_message(),
            expected.message != expected.name,
            "{}",
            expected.name
        );
    }
    assert_none(&mismatches, "message");
    // Where no text exists, the message is the name: the CSSM codes without a header comment or
    // macOS string, errSecCSVetoed, and both errSecureDownload codes.
    let bare: Vec<&str> = model
        .iter()
        .filter(|e| e.message == e.name)
        .map(|e| e.name)
        .collect();
    assert_eq!(bare.len(), 442);
    assert_eq!(catalogue().filter(|i| !i.has_own_message()).count(), 442);
    assert!(bare.contains(&"CSSMERR_TP_NOT_TRUSTED"));
    assert!(bare.contains(&"errSecCSVetoed"));
    assert!(bare.contains(&"errSecureDownloadInvalidTicket"));
    assert!(
        model
            .iter()
            .all(|e| e.family != "errSec" || e.message != e.name)
    );
    // Spot checks of each rule.
    for (name, text) in [
        // macOS's string.
        (
            "errSecItemNotFound",
            "The specified item could not be found in the keychain.",
        ),
        ("CSSMERR_APPLETP_HOSTNAME_MISMATCH", "Host name mismatch"),
        // macOS gives only the name: the documentation page's text.
        (
            "errSecInternalComponent",
            "An internal component experienced an error.",
        ),
        // macOS gives nothing: the header comment.
        ("errSessionInvalidId", "invalid session id specified"),
        // An alias without a comment: its primary's message.
        ("errSecDskFull", "The disk is full."),
        ("errSSLLast", "unexpected (skipped) record in DTLS"),
        ("errSessionSuccess", "all is well"),
        // An alias with a comment of its own.
        ("errSessionInternal", "internal error"),
        ("errAuthorizationSuccess", "No error."),
    ] {
        assert_eq!(entry(name).message(), text, "{name}");
    }
}

#[test]
fn docs_follow_the_page_and_the_headers() {
    let model = model();
    let mut mismatches = Vec::new();
    for expected in &model {
        let info = entry(expected.name);
        if info.doc() != expected.doc {
            mismatches.push(format!(
                "{}: doc expected {:?}, actual {:?}",
                expected.name,
                expected.doc,
                info.doc()
            ));
        }
        assert!(!info.doc().trim().is_empty(), "{}", expected.name);
    }
    assert_none(&mismatches, "doc");
    let doc = |name| entry(name).doc();
    assert_eq!(doc("errSecItemNotFound"), "The item cannot be found.");
    // The page gives these the text of other codes, or none; the header's text is used.
    assert_eq!(
        doc("errSecNotAvailable"),
        "No keychain is available. You may need to restart your computer."
    );
    assert_eq!(
        doc("errSecServiceNotAvailable"),
        "The required service is not available."
    );
    assert_eq!(
        doc("errSecTimestampServiceNotAvailable"),
        "The timestamp service is not available."
    );
    // Not on the page: the header's comment.
    assert_eq!(
        doc("errSecCertificateIsCA"),
        "The verified certificate is a CA rather than an end-entity"
    );
    // Other families: the header comment, else the message.
    assert_eq!(doc("errSSLClosedAbort"), "connection closed via error");
    assert_eq!(doc("errSecCSUnsigned"), "code object is not signed at all");
    assert_eq!(
        doc("CSSMERR_APPLETP_HOSTNAME_MISMATCH"),
        "Host name mismatch"
    );
    assert_eq!(doc("CSSMERR_TP_NOT_TRUSTED"), "CSSMERR_TP_NOT_TRUSTED");
}

/// One code per category and a few more, with values checked by hand against the headers.
#[test]
fn a_spread_of_exact_values() {
    let expected: [(&str, OSStatus, Category); 38] = [
        ("errSecSuccess", 0, Category::System),
        ("errSecIO", -36, Category::System),
        (
            "errSecCoreFoundationUnknown",
            -4960,
            Category::InternalError,
        ),
        ("errSecItemNotFound", -25300, Category::Keychain),
        ("errSecInteractionNotAllowed", -25308, Category::Keychain),
        ("errSecCertificateExpired", -67818, Category::Certificate),
        ("errSecCertificateIsCA", -67902, Category::Certificate),
        ("errSecACLAddFailed", -67698, Category::Acl),
        ("errSecCRLExpired", -67613, Category::Crl),
        ("errSecInvalidCRLAuthority", -67827, Category::Crl),
        ("errSecSMIMEEmailAddressesNotFound", -67623, Category::Smime),
        ("errSecOCSPBadResponse", -67630, Category::Ocsp),
        (
            "errSecMissingQualifiedCertStatement",
            -67904,
            Category::CodeSigning,
        ),
        ("errSecMobileMeRequestQueued", -67657, Category::MobileMe),
        (
            "errSecInvalidKeyUsageForPolicy",
            -67608,
            Category::CryptographicKey,
        ),
        (
            "errSecInvalidAttributeKey",
            -67748,
            Category::InvalidAttribute,
        ),
        (
            "errSecMissingAttributeKey",
            -67749,
            Category::MissingAttribute,
        ),
        ("errSecTimestampMissing", -67882, Category::Timestamp),
        (
            "errSecInvalidTupleCredentials",
            -67852,
            Category::InvalidParameter,
        ),
        (
            "errSecUnsupportedFormat",
            -25256,
            Category::UnsupportedInput,
        ),
        ("errSecAppleAddAppACLSubject", -67589, Category::Acl),
        (
            "errSecAppleInvalidKeyEndDate",
            -67593,
            Category::AppleSpecific,
        ),
        (
            "errSecModuleManagerInitializeFailed",
            -67721,
            Category::ModuleManager,
        ),
        ("errSecRestrictedAPI", -34020, Category::Other),
        ("errSecVerifyFailed", -67808, Category::Other),
        ("errSecMissingEntitlement", -34018, Category::Other),
        ("errSSLClosedAbort", -9806, Category::SecureTransport),
        ("errSSLPeerAuthCompleted", -9841, Category::SecureTransport),
        ("errSSLLast", -9849, Category::SecureTransport),
        ("errSecCSUnsigned", -67062, Category::CodeSigningServices),
        (
            "errSecMultipleExecSegments",
            -66995,
            Category::CodeSigningServices,
        ),
        ("errAuthorizationCanceled", -60006, Category::Authorization),
        ("errSessionInvalidId", -60500, Category::Session),
        ("errSessionInternal", -60008, Category::Session),
        (
            "errSecureDownloadInvalidDownload",
            -20053,
            Category::SecureDownload,
        ),
        ("CSSMERR_TP_NOT_TRUSTED", -2147409622, Category::Cssm),
        ("CSSMERR_CSSM_INTERNAL_ERROR", -2147418111, Category::Cssm),
        (
            "CSSMERR_APPLETP_HOSTNAME_MISMATCH",
            -2147408896,
            Category::CssmApple,
        ),
    ];
    for (name, value, category) in expected {
        let info = lookup(name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(info.name(), name);
        assert_eq!((info.value(), info.category()), (value, category), "{name}");
    }
}

#[test]
fn describe_and_message_give_the_primary_for_every_value() {
    let model = model();
    let mut checked = 0;
    for expected in &model {
        let by_value = describe(expected.value)
            .unwrap_or_else(|| panic!("describe({}) for {}", expected.value, expected.name));
        assert_eq!(by_value.name(), expected.primary, "{}", expected.name);
        assert_eq!(by_value.value(), expected.value);
        assert_eq!(by_value.alias_of(), None, "{}", expected.name);
        assert_eq!(
            message(expected.value),
            Some(by_value.message()),
            "{}",
            expected.name
        );
        checked += 1;
    }
    assert_eq!(checked, 1097);
    assert_eq!(describe(-34).unwrap().name(), "errSecDiskFull");
    assert_eq!(describe(0).unwrap().name(), "errSecSuccess");
    assert_eq!(describe(-60008).unwrap().name(), "errAuthorizationInternal");
    assert_eq!(describe(-67033).unwrap().name(), "errSecCSDBDenied");
    assert_eq!(describe(-9841).unwrap().name(), "errSSLPeerAuthCompleted");
}

#[test]
fn lookup_round_trips_in_every_spelling() {
    let model = model();
    let mut mismatches = Vec::new();
    let mut spellings = 0;
    for expected in &model {
        let mut forms = vec![expected.name.to_owned(), expected.variant.clone()];
        if expected.family == "errSec" || expected.family == "errSecCS" {
            forms.push(expected.name["errSec".len()..].to_owned());
        }
        for form in forms.clone() {
            forms.push(form.to_uppercase());
            forms.push(form.to_lowercase());
        }
        for form in forms {
            spellings += 1;
            let found = lookup(&form);
            if found.map(CodeInfo::name) != Some(expected.name) {
                mismatches.push(format!(
                    "lookup({form:?}): expected {}, actual {:?}",
                    expected.name,
                    found.map(CodeInfo::name)
                ));
            }
        }
        // An alias's name finds the alias entry, which points at the primary.
        if let Some(info) = lookup(expected.name) {
            assert_eq!(
                info.alias_of().map(CodeInfo::name),
                expected.is_alias().then_some(expected.primary),
                "{}",
                expected.name
            );
        }
    }
    assert_none(&mismatches, "lookup");
    // 1,097 names × (name, variant) × 3 cases + 468 errSec/errSecCS short names × 3 cases.
    assert_eq!(spellings, 1097 * 6 + 468 * 3);
}

#[test]
fn short_names_drop_only_the_errsec_prefix() {
    let model = model();
    let mut mismatches = Vec::new();
    for expected in &model {
        let short = match expected.family {
            "errSec" | "errSecCS" => &expected.name["errSec".len()..],
            _ => expected.name,
        };
        let actual = entry(expected.name).short_name();
        if actual != short {
            mismatches.push(format!(
                "{}: short_name expected {short:?}, actual {actual:?}",
                expected.name
            ));
        }
        if lookup(actual).map(CodeInfo::name) != Some(expected.name) {
            mismatches.push(format!(
                "{}: lookup(short_name() = {actual:?}) gives {:?}",
                expected.name,
                lookup(actual).map(CodeInfo::name)
            ));
        }
    }
    assert_none(&mismatches, "short name");
}

#[test]
fn sec_error_has_a_variant_per_value_but_success() {
    let model = model();
    let primaries: Vec<&Expected> = model
        .iter()
        .filter(|e| !e.is_alias() && e.value != 0)
        .collect();
    assert_eq!(primaries.len(), 1084);
    assert_eq!(SecError::ALL.len(), 1084);
    // In catalogue order.
    let order: Vec<&str> = catalogue()
        .filter(|info| info.alias_of().is_none() && info.value() != 0)
        .map(CodeInfo::name)
        .collect();
    let listed: Vec<&str> = SecError::ALL
        .iter()
        .map(|error| error.name().unwrap())
        .collect();
    assert_eq!(listed, order);

    let mut mismatches = Vec::new();
    for expected in &model {
        if expected.value == 0 {
            assert_eq!(SecError::from_code(0), None);
            continue;
        }
        let error = SecError::from_code(expected.value)
            .unwrap_or_else(|| panic!("no SecError for {}", expected.name));
        assert_eq!(error.code(), expected.value);
        assert_eq!(error.name(), Some(expected.primary), "{}", expected.name);
        assert_eq!(SecError::from(expected.value), error);
        assert_eq!(error.info(), describe(expected.value));
        assert_eq!(
            expected.name.parse::<SecError>(),
            Ok(error),
            "{}",
            expected.name
        );
        if !expected.is_alias() {
            let debug = format!("{error:?}");
            let variant = debug.split(' ').next().unwrap();
            if variant != expected.variant {
                mismatches.push(format!(
                    "{}: variant expected {}, actual {variant}",
                    expected.name, expected.variant
                ));
            }
            assert_eq!(
                expected.variant.parse::<SecError>(),
                Ok(error),
                "{}",
                expected.variant
            );
            assert_eq!(error.message(), Some(expected.message.as_str()));
            assert_eq!(error.category().map(|c| c.key()), Some(expected.category));
        }
    }
    assert_none(&mismatches, "variant name");
}

/// `codes::X`: the primary of each of the category's names, success excepted, once each, in
/// catalogue order.
fn check_category_enum<T: ResultCode>(category: Category, model: &[Expected]) -> usize {
    let position: HashMap<&str, usize> = catalogue()
        .enumerate()
        .map(|(at, info)| (info.name(), at))
        .collect();
    let mut expected: Vec<&Expected> = model
        .iter()
        .filter(|e| e.category == category.key() && e.value != 0)
        .map(|e| model.iter().find(|p| p.name == e.primary).unwrap())
        .collect();
    expected.sort_by_key(|e| position[e.name]);
    expected.dedup_by_key(|e| e.name);
    let names: Vec<Option<&str>> = T::ALL.iter().map(|&variant| variant.name()).collect();
    let expected_names: Vec<Option<&str>> = expected.iter().map(|e| Some(e.primary)).collect();
    assert_eq!(names, expected_names, "codes for {category}");
    for (&variant, expected) in T::ALL.iter().zip(&expected) {
        assert_eq!(variant.code(), expected.value, "{}", expected.name);
        assert_eq!(
            T::from_code(expected.value),
            Some(variant),
            "{}",
            expected.name
        );
        assert_eq!(T::from(expected.value), variant, "{}", expected.name);
        assert_eq!(variant.info(), describe(expected.value));
        let debug = format!("{variant:?}");
        assert_eq!(debug.split(' ').next(), Some(expected.variant.as_str()));
        let sec_error = SecError::from_code(expected.value).unwrap();
        assert_eq!(sec_error.name(), variant.name());
    }
    assert_eq!(T::from_code(0), None);
    T::ALL.len()
}

#[test]
fn each_category_enum_lists_its_codes() {
    let model = model();
    let mut total = 0;
    macro_rules! check {
        ($($category:ident),* $(,)?) => {{
            let mut seen = Vec::new();
            $(
                total += check_category_enum::<codes::$category>(Category::$category, &model);
                seen.push(Category::$category);
            )*
            assert_eq!(seen, Category::ALL);
        }};
    }
    with_category_enums!(check);
    // Every variant once, but errSecSuccess's aliases bring nothing, the errSec aliases'
    // primaries are in their own category, and errSessionInternal/InvalidFlags bring the
    // authorization codes into `codes::Session` too.
    assert_eq!(total, 1084 + 2);
    assert_eq!(
        codes::Session::ALL
            .iter()
            .map(|code| code.name().unwrap())
            .collect::<Vec<_>>(),
        [
            "errAuthorizationInternal",
            "errAuthorizationInvalidFlags",
            "errSessionInvalidId",
            "errSessionInvalidAttributes",
            "errSessionAuthorizationDenied",
            "errSessionValueNotSet",
        ]
        .into_iter()
        .collect::<Vec<_>>()
    );
}

#[test]
fn lookups_miss_cleanly() {
    for value in [
        1,
        -1,
        -25299 - 10_000,
        i32::MIN,
        i32::MAX,
        -67905,
        99_999,
        100_256,
        -4,
    ] {
        assert_eq!(
            describe(value).map(CodeInfo::value),
            (value == -4).then_some(-4)
        );
    }
    for name in [
        "",
        "errSec",
        "err",
        "CSSMERR_",
        "errsecItemNotFound ",
        "errSecItemNotFound ",
        "kSecItemNotFound",
        "errSecerrSecIO",
        "\u{0}",
        "ÉrrSecIO",
        "errSecItemNotFound\u{301}",
        "CSSM_ERRCODE_INTERNAL_ERROR",
        "errSecErrnoBase",
        "errSecErrnoLimit",
        "SSLClosedAbortX",
        "CSSMERR_TP_NOT_TRUSTED_",
        "TP_NOT_TRUSTED",
        "ureDownloadInvalidTicket",
    ] {
        assert_eq!(lookup(name), None, "{name:?}");
    }
    assert_eq!(message(12345), None);
}

#[test]
fn code_info_formats() {
    let info = lookup("errSecItemNotFound").unwrap();
    assert_eq!(
        info.to_string(),
        "The specified item could not be found in the keychain. (errSecItemNotFound, -25300)"
    );
    assert_eq!(info.hex().to_string(), "0xFFFF9D2C");
    assert_eq!(
        lookup("errSecSuccess").unwrap().hex().to_string(),
        "0x00000000"
    );
    assert_eq!(info.short_name(), "ItemNotFound");
    // A message that is only the name is shown once.
    let trust = lookup("CSSMERR_TP_NOT_TRUSTED").unwrap();
    assert_eq!(trust.message(), "CSSMERR_TP_NOT_TRUSTED");
    assert_eq!(trust.to_string(), "CSSMERR_TP_NOT_TRUSTED (-2147409622)");
    assert_eq!(trust.hex().to_string(), "0x8001212A");
    assert_eq!(
        lookup("errSSLClosedAbort").unwrap().to_string(),
        "connection closed via error (errSSLClosedAbort, -9806)"
    );

    let mut once = 0;
    for info in catalogue() {
        let (name, message, value) = (info.name(), info.message(), info.value());
        let expected = if message == name {
            once += 1;
            format!("{name} ({value})")
        } else {
            format!("{message} ({name}, {value})")
        };
        assert_eq!(info.to_string(), expected);
        assert_eq!(info.hex().to_string(), format!("{:#010X}", value as u32));
        assert!(format!("{info:?}").contains(name));
    }
    assert_eq!(once, 442);
}

#[test]
fn categories_parse_loosely() {
    for (text, category) in [
        ("keychain", Category::Keychain),
        ("code-signing", Category::CodeSigning),
        ("CodeSigning", Category::CodeSigning),
        ("code signing", Category::CodeSigning),
        ("OCSP", Category::Ocsp),
        ("Mobile_Me", Category::MobileMe),
        ("S-MIME", Category::Smime),
        ("secure-transport", Category::SecureTransport),
        ("CodeSigningServices", Category::CodeSigningServices),
        ("CSSM apple", Category::CssmApple),
        ("cssm", Category::Cssm),
        ("SecureDownload", Category::SecureDownload),
    ] {
        assert_eq!(text.parse::<Category>(), Ok(category), "{text}");
    }
    for category in Category::ALL {
        assert_eq!(category.key().parse::<Category>(), Ok(category));
        assert_eq!(category.to_string(), category.key());
    }
    for text in ["", "all", "keychains", "code--signingx", "ключ", "ssl"] {
        assert!(text.parse::<Category>().is_err(), "{text}");
    }
    let error = "nope".parse::<Category>().unwrap_err().to_string();
    assert!(error.starts_with("unknown category; expected one of: system, internal_error, "));
    assert!(error.ends_with(", cssm, cssm_apple"), "{error}");
    assert_eq!(Category::CodeSigning.to_string(), "code_signing");
    assert_eq!(Category::Keychain.title(), "Keychain Result Codes");
    assert_eq!(
        Category::InvalidParameter.title(),
        "Invalid parameter result codes"
    );
}

/// `macos_message()` answers by value, as macOS looks a status up: for each value the text the
/// `macos_message` column gives its names (they agree where given), or `None`.
#[test]
fn macos_message_is_what_macos_returns_for_the_value() {
    let rows = reference();
    let rows = catalogued(&rows);
    let mut by_value: BTreeMap<OSStatus, &str> = BTreeMap::new();
    for row in rows.iter().filter(|row| !row.macos_message.is_empty()) {
        let first = *by_value.entry(row.value).or_insert(row.macos_message);
        assert_eq!(first, row.macos_message, "{}", row.name);
    }
    let mut texts = 0;
    let mut own_text_differs = Vec::new();
    for row in &rows {
        let info = lookup(row.name).unwrap();
        let expected = by_value.get(&row.value).copied();
        assert_eq!(info.macos_message(), expected, "{}", row.name);
        texts += usize::from(expected.is_some());
        if row.macos_message != expected.unwrap_or_default() {
            own_text_differs.push(row.name);
        }
    }
    assert_eq!(rows.len(), 1097);
    assert_eq!(
        texts,
        1097 - 6,
        "6 codes have no text: 4 errSession*, 2 errSecureDownload*"
    );
    // The generator gives errSession* constants no text, but three of their values are also
    // errSecSuccess's, errAuthorizationInternal's and errAuthorizationInvalidFlags'.
    assert_eq!(
        own_text_differs,
        [
            "errSessionSuccess",
            "errSessionInternal",
            "errSessionInvalidFlags"
        ]
    );
    // Where macOS shows the bare name though the catalogue has a sentence for people.
    let internal = describe(-2070).unwrap();
    assert_eq!(internal.macos_message(), Some("errSecInternalComponent"));
    assert_eq!(
        internal.message(),
        "An internal component experienced an error."
    );
}
