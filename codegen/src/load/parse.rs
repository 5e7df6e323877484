//! TOML → raw entries: the file's shape and each field's type. Rules that relate entries to each
//! other (duplicates, aliases, identifiers) are `validate`'s job.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Locator;
use crate::catalogue::CatalogueError;

/// A value with the byte offset it was read from.
pub struct At<T> {
    pub value: T,
    pub offset: usize,
}

pub struct RawCategory {
    pub key: At<String>,
    pub title: At<String>,
}

pub struct RawCode {
    pub name: At<String>,
    pub value: At<i64>,
    pub category: At<String>,
    pub doc: At<String>,
    pub message: At<String>,
    /// `"name"` or `"none"`, checked by `validate`; `None` means the message.
    pub macos_message: Option<At<String>>,
    pub deprecated: bool,
    pub alias_of: Option<At<String>>,
}

pub struct RawCatalogue {
    pub categories: Vec<RawCategory>,
    pub codes: Vec<RawCode>,
}

const CATEGORY_FIELDS: &[&str] = &["key", "title"];
const CODE_FIELDS: &[&str] = &[
    "name",
    "value",
    "category",
    "doc",
    "message",
    "macos_message",
    "deprecated",
    "alias_of",
];

pub fn parse(locate: &Locator) -> Result<RawCatalogue, Vec<CatalogueError>> {
    let document = DeTable::parse(locate.source).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        vec![locate.error(
            offset,
            format!("invalid TOML: {}", error.message().trim_end()),
        )]
    })?;
    let mut errors = Vec::new();
    let mut raw = RawCatalogue {
        categories: Vec::new(),
        codes: Vec::new(),
    };
    for (key, value) in document.get_ref() {
        match key.get_ref().as_ref() {
            "category" => {
                for (table, offset) in tables(locate, "category", value, &mut errors) {
                    let mut fields =
                        Fields::new(locate, "category", table, offset, CATEGORY_FIELDS);
                    if let (Some(key), Some(title)) = (fields.string("key"), fields.string("title"))
                    {
                        raw.categories.push(RawCategory { key, title });
                    }
                    errors.append(&mut fields.errors);
                }
            }
            "code" => {
                for (table, offset) in tables(locate, "code", value, &mut errors) {
                    let mut fields = Fields::new(locate, "code", table, offset, CODE_FIELDS);
                    let code = (
                        fields.string("name"),
                        fields.integer("value"),
                        fields.string("category"),
                        fields.string("doc"),
                        fields.string("message"),
                    );
                    let deprecated = fields.boolean("deprecated");
                    let alias_of = fields.optional_string("alias_of");
                    let macos_message = fields.optional_string("macos_message");
                    if let (Some(name), Some(value), Some(category), Some(doc), Some(message)) =
                        code
                    {
                        raw.codes.push(RawCode {
                            name,
                            value,
                            category,
                            doc,
                            message,
                            macos_message,
                            deprecated,
                            alias_of,
                        });
                    }
                    errors.append(&mut fields.errors);
                }
            }
            other => errors.push(locate.error(
                key.span().start,
                format!("unknown section `{other}`; expected `[[category]]` or `[[code]]`"),
            )),
        }
    }
    if errors.is_empty() {
        Ok(raw)
    } else {
        Err(errors)
    }
}

/// The tables (with their offsets) of an array of tables (`[[code]]`); an error for anything else.
fn tables<'a, 'i>(
    locate: &Locator,
    section: &str,
    value: &'a Spanned<DeValue<'i>>,
    errors: &mut Vec<CatalogueError>,
) -> Vec<(&'a DeTable<'i>, usize)> {
    let Some(array) = value.get_ref().as_array() else {
        errors.push(locate.error(
            value.span().start,
            format!("`{section}` must be an array of tables: write each entry as `[[{section}]]`"),
        ));
        return Vec::new();
    };
    let mut found = Vec::new();
    for item in array.iter() {
        if let Some(table) = item.get_ref().as_table() {
            found.push((table, item.span().start));
        } else {
            errors.push(locate.error(
                item.span().start,
                format!("each `{section}` entry must be a table: write it as `[[{section}]]`"),
            ));
        }
    }
    found
}

/// Typed access to one entry's fields, collecting what is missing, mistyped or unknown.
struct Fields<'a, 'i> {
    locate: &'a Locator<'a>,
    section: &'static str,
    table: &'a DeTable<'i>,
    offset: usize,
    errors: Vec<CatalogueError>,
}

impl<'a, 'i> Fields<'a, 'i> {
    fn new(
        locate: &'a Locator<'a>,
        section: &'static str,
        table: &'a DeTable<'i>,
        offset: usize,
        known: &[&str],
    ) -> Self {
        let mut errors = Vec::new();
        for key in table.keys() {
            let name = key.get_ref().as_ref();
            if !known.contains(&name) {
                let hint = crate::suggest::did_you_mean(name, known.iter().copied())
                    .unwrap_or_else(|| format!("; expected one of {}", quoted_list(known)));
                errors.push(locate.error(
                    key.span().start,
                    format!("unknown field `{name}` in `[[{section}]]`{hint}"),
                ));
            }
        }
        Fields {
            locate,
            section,
            table,
            offset,
            errors,
        }
    }

    /// The entry's name for messages: the code's `name` or the category's `key`, when readable.
    fn label(&self) -> String {
        ["name", "key"]
            .iter()
            .find_map(|field| self.table.get(*field)?.get_ref().as_str())
            .map_or_else(String::new, |name| format!(" `{name}`"))
    }

    fn required(&mut self, field: &str, example: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        let found = self.table.get(field);
        if found.is_none() {
            let message = format!(
                "missing field `{field}` in `[[{}]]`{}; add `{field} = {example}`",
                self.section,
                self.label()
            );
            self.errors.push(self.locate.error(self.offset, message));
        }
        found
    }

    fn wrong_type(&mut self, field: &str, value: &Spanned<DeValue>, expected: &str) {
        let message = format!(
            "field `{field}` must be {expected}, found {}",
            value.get_ref().type_str()
        );
        self.errors
            .push(self.locate.error(value.span().start, message));
    }

    fn string(&mut self, field: &str) -> Option<At<String>> {
        let value = self.required(field, "\"...\"")?;
        self.as_string(field, value)
    }

    fn optional_string(&mut self, field: &str) -> Option<At<String>> {
        let value = self.table.get(field)?;
        self.as_string(field, value)
    }

    fn as_string(&mut self, field: &str, value: &Spanned<DeValue>) -> Option<At<String>> {
        match value.get_ref().as_str() {
            Some(text) => Some(At {
                value: text.to_owned(),
                offset: value.span().start,
            }),
            None => {
                self.wrong_type(field, value, "a string");
                None
            }
        }
    }

    fn integer(&mut self, field: &str) -> Option<At<i64>> {
        let value = self.required(field, "-25300")?;
        let Some(integer) = value.get_ref().as_integer() else {
            self.wrong_type(field, value, "an integer");
            return None;
        };
        let offset = value.span().start;
        match i64::from_str_radix(integer.as_str(), integer.radix()) {
            Ok(number) => Some(At {
                value: number,
                offset,
            }),
            Err(_) => {
                let message = format!(
                    "`{field}` = {} does not fit in an OSStatus (i32)",
                    integer.as_str()
                );
                self.errors.push(self.locate.error(offset, message));
                None
            }
        }
    }

    fn boolean(&mut self, field: &str) -> bool {
        let Some(value) = self.table.get(field) else {
            return false;
        };
        value.get_ref().as_bool().unwrap_or_else(|| {
            self.wrong_type(field, value, "`true` or `false`");
            false
        })
    }
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
