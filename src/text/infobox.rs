//! Infobox-style lines: a flattened infobox puts one field a line, with the field name glued to
//! its value ("NewspaperSocialist Worker", "Political positionLeft-wing"). The fields and the
//! properties they map to are data (`data/infobox_fields.tsv`).

use crate::error::{Error, Result};
use crate::resources::{ClassId, Ontology, PropertyId};
use crate::text::id::SentenceId;
use crate::text::segment::{is_prose, Segmentation};

const FIELDS: &str = include_str!("../../data/infobox_fields.tsv");

/// What a field's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldValue {
    /// An entity of this class (unless the lexicon knows the value better).
    Entity(ClassId),
    /// A date, found by the date finder within the line.
    Date,
    /// A whole number ("Membership1,500 (2013)").
    Integer,
    /// Text that states nothing.
    Text,
}

/// One row of the field table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field name as an infobox shows it ("Political position").
    pub name: String,
    /// The property it states, or `None` for fields recognised but not stated.
    pub property: Option<PropertyId>,
    pub value: FieldValue,
}

/// A field found in the text: the line (a sentence) and the value's byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub sentence: SentenceId,
    pub spec: FieldSpec,
    pub value_start: usize,
    pub value_end: usize,
}

/// The table of infobox fields, longest names first so that "Founded by" wins over "Founded".
#[derive(Debug, Clone)]
pub struct FieldTable {
    specs: Vec<FieldSpec>,
}

impl FieldTable {
    /// The table shipped in `data/infobox_fields.tsv`.
    pub fn builtin(onto: &Ontology) -> Result<Self> {
        Self::parse(FIELDS, "data/infobox_fields.tsv", onto)
    }

    /// Parses a field table (TSV: field, property or `-`, value kind). Property and class names
    /// are checked against the ontology.
    pub fn parse(text: &str, path: &str, onto: &Ontology) -> Result<Self> {
        let mut specs = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |message: String| Error::BadDataFile {
                path: path.to_string(),
                line: i + 1,
                message,
            };
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cols.len() != 3 {
                return Err(bad(
                    "expected three tab-separated columns: field, property, value".into(),
                ));
            }
            let property = match cols[1] {
                "-" => None,
                name => Some(onto.expect_property(name).map_err(bad)?),
            };
            let value = match cols[2] {
                "Date" => FieldValue::Date,
                "Integer" => FieldValue::Integer,
                "Text" => FieldValue::Text,
                class => FieldValue::Entity(onto.expect_class(class).map_err(bad)?),
            };
            specs.push(FieldSpec {
                name: cols[0].to_string(),
                property,
                value,
            });
        }
        specs.sort_by_key(|s| std::cmp::Reverse(s.name.len()));
        Ok(FieldTable { specs })
    }

    /// Finds the infobox fields of a document: short lines, before the first paragraph of prose,
    /// that start with a known field name.
    pub fn find(&self, text: &str, seg: &Segmentation) -> Vec<Field> {
        let mut fields: Vec<Field> = Vec::new();
        for (index, sentence) in seg.sentences.iter_enumerated() {
            let line = &text[sentence.start..sentence.end];
            if is_prose(line) {
                // The infobox is over once prose starts.
                if index.index() > 0 {
                    break;
                }
                continue;
            }
            // A parenthesised line continues the previous field's value:
            // "LeaderCollective leadership" / "(Steering Committee)".
            if line.starts_with('(') {
                continue;
            }
            if let Some((spec, skip)) = self.field_of(line) {
                let value_start = sentence.start + skip;
                fields.push(Field {
                    sentence: index,
                    spec: spec.clone(),
                    value_start,
                    value_end: sentence.end.max(value_start),
                });
            }
        }
        fields
    }

    /// The field a line starts with, and where its value starts in the line.
    fn field_of(&self, line: &str) -> Option<(&FieldSpec, usize)> {
        self.specs.iter().find_map(|spec| {
            let matched = prefix_len(line, &spec.name)?;
            let rest = &line[matched..];
            // Glued ("NewspaperSocialist Worker") or separated by ":" or spaces.
            let glued = rest
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            let separated = rest.starts_with([':', ' ', '\t']);
            if !(rest.is_empty() || glued || separated) {
                return None;
            }
            let skip = rest.len() - rest.trim_start_matches([':', ' ', '\t']).len();
            Some((spec, matched + skip))
        })
    }
}

/// The byte length of `name` at the start of `line`, where any white space in the line (a
/// no-break space, a tab) stands for a space in the name.
fn prefix_len(line: &str, name: &str) -> Option<usize> {
    let mut line_chars = line.char_indices();
    for expected in name.chars() {
        let (_, got) = line_chars.next()?;
        let same = got == expected || (expected == ' ' && got.is_whitespace());
        if !same {
            return None;
        }
    }
    Some(line_chars.next().map_or(line.len(), |(i, _)| i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Lexicon;

    fn find(text: &str) -> Vec<(String, String)> {
        let onto = Ontology::builtin().expect("ontology");
        let lexicon = Lexicon::builtin(&onto).expect("lexicon");
        let seg = crate::text::segment(text, &lexicon);
        let table = FieldTable::builtin(&onto).expect("the embedded field table parses");
        table
            .find(text, &seg)
            .iter()
            .map(|f| {
                (
                    f.spec.name.clone(),
                    text[f.value_start..f.value_end].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn glued_field_names_are_split_from_values() {
        let text = "Some Group\nNewspaperThe Daily\nPolitical\u{a0}positionLeft-wing\nFounded: 1999\n\nSome Group is a group.";
        let got = find(text);
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("Newspaper", "The Daily"),
                ("Political position", "Left-wing"),
                ("Founded", "1999")
            ]
        );
    }

    #[test]
    fn prose_lines_are_not_fields() {
        assert!(find("Leader of the group since 1990, she wrote many books about it.").is_empty());
    }

    #[test]
    fn unknown_properties_and_classes_name_the_line() {
        let onto = Ontology::builtin().expect("ontology");
        let err = FieldTable::parse("Leader\tleaderr\tPerson\n", "f.tsv", &onto).unwrap_err();
        assert!(err.to_string().starts_with("f.tsv:1:"), "{err}");
        let err = FieldTable::parse("Leader\tchairperson\tPersn\n", "f.tsv", &onto).unwrap_err();
        assert!(err.to_string().contains("unknown class `Persn`"), "{err}");
    }
}
