//! Finding the catalogue entry a [`Query`] asks for.

use crate::catalogue::{Entry, describe, lookup};
use crate::parse::Query;

/// The entry for a query: by value the primary name (`-34` is `errSecDiskFull`, not its
/// deprecated alias), by name exactly that entry, alias or not.
#[must_use]
pub fn resolve(query: &Query) -> Option<Entry> {
    match query {
        Query::Value(value) => describe(*value),
        Query::Name(name) => lookup(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_of(query: Query) -> Option<&'static str> {
        resolve(&query).map(|entry| entry.name)
    }

    #[test]
    fn by_value_gives_the_primary_name() {
        assert_eq!(name_of(Query::Value(-25300)), Some("errSecItemNotFound"));
        assert_eq!(name_of(Query::Value(-34)), Some("errSecDiskFull"));
        assert_eq!(name_of(Query::Value(0)), Some("errSecSuccess"));
        assert_eq!(name_of(Query::Value(-1234)), None);
    }

    #[test]
    fn by_name_in_any_case() {
        for name in [
            "errSecItemNotFound",
            "ItemNotFound",
            "itemnotfound",
            "ERRSECITEMNOTFOUND",
            "errsecItemNotFound",
        ] {
            assert_eq!(
                name_of(Query::Name(name.into())),
                Some("errSecItemNotFound"),
                "{name}"
            );
        }
    }

    #[test]
    fn an_alias_by_name_is_the_alias() {
        assert_eq!(
            name_of(Query::Name("errSecDskFull".into())),
            Some("errSecDskFull")
        );
        assert_eq!(
            name_of(Query::Name("dskfull".into())),
            Some("errSecDskFull")
        );
    }

    #[test]
    fn unknown_names() {
        assert_eq!(name_of(Query::Name("errSecItemNotFund".into())), None);
        assert_eq!(name_of(Query::Name("errSec".into())), None);
        assert_eq!(name_of(Query::Name("ItemNotFound ".into())), None);
        assert_eq!(name_of(Query::Name("ＩｔｅｍNotFound".into())), None);
    }
}
