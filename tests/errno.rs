//! The errno range, 100,000 + errno for errno 0 to 255, against macOS's strerror table
//! (`tests/data/macos-errno.tsv`, see its README): `describe`, `lookup`, `errno_range`, every
//! `CodeInfo` method, and the `Display`/`Debug` of an enum's `Other`.

use sec_codes::{Category, CodeInfo, OSStatus, SecError, catalogue, describe, errno_range, lookup};

const ERRNO: &str = include_str!("data/macos-errno.tsv");

/// One errno of macOS's table.
struct Row {
    errno: u8,
    name: &'static str,
    status: OSStatus,
    message: &'static str,
}

/// The 108 rows of macOS's table, errno 0 to 107.
fn table() -> Vec<Row> {
    let mut lines = ERRNO.lines();
    assert_eq!(
        lines.next(),
        Some("errno\tname\tstrerror\tsecurity_osstatus\tsecurity_message")
    );
    let rows: Vec<Row> = lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 5, "{line}");
            assert_eq!(fields[4], format!("UNIX[{}]", fields[2]), "{line}");
            Row {
                errno: fields[0].parse().unwrap(),
                name: fields[1],
                status: fields[3].parse().unwrap(),
                message: fields[4],
            }
        })
        .collect();
    assert!(rows.iter().zip(0..).all(|(row, errno)| row.errno == errno));
    rows
}

/// What the range must hold for errno 0 to 255: name, short name, status and message.
fn expected() -> Vec<(String, String, OSStatus, String)> {
    let table = table();
    (0..=255u8)
        .map(|errno| {
            let status = 100_000 + OSStatus::from(errno);
            match table.get(usize::from(errno)) {
                Some(row) => {
                    assert_eq!(row.status, status);
                    let name = format!("UNIX_{}", row.name);
                    (name, row.name.to_owned(), status, row.message.to_owned())
                }
                None => {
                    let name = format!("UNIX_{errno}");
                    let message = format!("UNIX[Unknown error: {errno}]");
                    (name.clone(), name, status, message)
                }
            }
        })
        .collect()
}

#[test]
fn every_status_of_the_range_is_described() {
    let expected = expected();
    assert_eq!(expected.len(), 256);
    for (name, short_name, status, message) in &expected {
        let info = describe(*status).unwrap_or_else(|| panic!("describe({status})"));
        assert_eq!(info.value(), *status);
        assert_eq!(info.name(), name);
        assert_eq!(info.short_name(), short_name);
        assert_eq!(info.message(), message);
        assert_eq!(info.macos_message(), Some(message.as_str()));
        assert_eq!(info.doc(), message);
        assert_eq!(info.category(), Category::System);
        assert!(!info.is_deprecated());
        assert_eq!(info.alias_of(), None);
        assert_eq!(sec_codes::message(*status), Some(message.as_str()));
        assert_eq!(info.hex().to_string(), format!("0x{status:08X}"));
    }
    assert_eq!(describe(99_999), None);
    assert_eq!(describe(100_256), None);
}

#[test]
fn the_table_points() {
    // The values the issue names: the first, a common one, the last of macOS's table, the first
    // past it, the last of the range.
    let message = |status| describe(status).map(CodeInfo::message);
    assert_eq!(message(100_000), Some("UNIX[Undefined error: 0]"));
    assert_eq!(message(100_013), Some("UNIX[Permission denied]"));
    assert_eq!(message(100_107), Some("UNIX[Capabilities insufficient]"));
    assert_eq!(message(100_108), Some("UNIX[Unknown error: 108]"));
    assert_eq!(message(100_255), Some("UNIX[Unknown error: 255]"));
    assert_eq!(describe(100_013).unwrap().name(), "UNIX_EACCES");
}

#[test]
fn lookup_by_name_in_any_case() {
    for (name, short_name, status, _) in expected() {
        let info = describe(status).unwrap();
        for spelling in [
            name.clone(),
            short_name.clone(),
            name.to_ascii_lowercase(),
            short_name.to_ascii_lowercase(),
        ] {
            assert_eq!(lookup(&spelling), Some(info), "{spelling}");
        }
    }
    for name in [
        "UNIX_",
        "UNIX",
        "UNIX_13",
        "UNIX_013",
        "UNIX_0200",
        "UNIX_+200",
        "UNIX_256",
        "UNIX_1000",
        "200",
        "E",
        "EACCESS",
        "UNIX_EACCESS",
        "UNIX_UNIX_EACCES",
        "UNIX[EACCES]",
        "UNIX[Permission denied]",
        " EACCES",
        "errSecEACCES",
    ] {
        assert_eq!(lookup(name), None, "{name:?}");
    }
}

#[test]
fn errno_range_lists_the_range_and_catalogue_does_not() {
    let range: Vec<CodeInfo> = errno_range().collect();
    assert_eq!(errno_range().len(), 256);
    let values: Vec<OSStatus> = range.iter().map(|info| info.value()).collect();
    assert_eq!(values, (100_000..=100_255).collect::<Vec<_>>());
    assert_eq!(
        range,
        (100_000..=100_255).filter_map(describe).collect::<Vec<_>>()
    );
    assert_eq!(errno_range().next_back(), describe(100_255));
    assert_eq!(errno_range().nth(13), describe(100_013));
    assert_eq!(catalogue().len(), 1097);
    assert!(catalogue().all(|info| !(100_000..=100_255).contains(&info.value())));
    // A catalogue entry orders before every status of the range.
    assert!(catalogue().next_back() < errno_range().next());
}

#[test]
fn other_shows_what_macos_shows() {
    let error = SecError::from(100_013);
    assert_eq!(error, SecError::Other(100_013));
    assert_eq!(error.name(), Some("UNIX_EACCES"));
    assert_eq!(error.message(), Some("UNIX[Permission denied]"));
    assert_eq!(error.category(), Some(Category::System));
    assert_eq!(
        error.to_string(),
        "UNIX[Permission denied] (UNIX_EACCES, 100013)"
    );
    assert_eq!(
        format!("{error:?}"),
        "Other { code: 100013, name: \"UNIX_EACCES\", message: \"UNIX[Permission denied]\" }"
    );
    assert_eq!(
        SecError::from(100_200).to_string(),
        "UNIX[Unknown error: 200] (UNIX_200, 100200)"
    );
    assert_eq!(error.info(), describe(100_013));
    // The range has no variants: `from_code` lists only the framework's codes.
    assert_eq!(SecError::from_code(100_013), None);
    // Names parse as they look up.
    assert_eq!("EACCES".parse::<SecError>(), Ok(error));
    assert_eq!(
        describe(100_001).unwrap().to_string(),
        "UNIX[Operation not permitted] (UNIX_EPERM, 100001)"
    );
}

#[test]
fn a_crates_own_enum_shows_it_too() {
    /// Errors of a keychain layer.
    #[sec_codes::sec_codes(categories = "keychain")]
    enum StoreError {}

    let error = StoreError::from(100_013);
    assert!(matches!(error, StoreError::Other(100_013)));
    assert_eq!(
        error.to_string(),
        "UNIX[Permission denied] (UNIX_EACCES, 100013)"
    );
}
