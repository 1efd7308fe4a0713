//! Infobox-style lines: a flattened infobox puts one field a line, with the field name glued to
//! its value ("NewspaperSocialist Worker", "Political positionLeft-wing"). The fields and the
//! properties they map to are data (`data/infobox_fields.tsv`).

use crate::error::{Error, Result};
use crate::segment::Segmentation;

const FIELDS: &str = include_str!("../data/infobox_fields.tsv");

/// One row of the field table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field name as an infobox shows it ("Political position").
    pub name: String,
    /// The property's local name, or `None` for fields recognised but not stated.
    pub property: Option<String>,
    /// The value's kind: an ontology class, or `Date`, `Integer`, `Text`.
    pub value: String,
    /// A property stated the other way round too (`Newspaper` → the paper's `publisher`).
    pub inverse: Option<String>,
}

/// A field found in the text: the line (a sentence index) and the value's byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub sentence: usize,
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
    pub fn builtin() -> Self {
        Self::parse(FIELDS, "data/infobox_fields.tsv").unwrap_or(FieldTable { specs: Vec::new() })
    }

    /// Parses a field table (TSV: field, property or `-`, value kind).
    pub fn parse(text: &str, path: &str) -> Result<Self> {
        let mut specs = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if !(3..=4).contains(&cols.len()) {
                return Err(Error::BadDataFile {
                    path: path.to_string(),
                    line: i + 1,
                    message: "expected tab-separated columns: field, property, value, inverse?"
                        .into(),
                });
            }
            specs.push(FieldSpec {
                name: cols[0].trim().to_string(),
                property: Some(cols[1].trim())
                    .filter(|p| *p != "-")
                    .map(str::to_string),
                value: cols[2].trim().to_string(),
                inverse: cols
                    .get(3)
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty()),
            });
        }
        specs.sort_by_key(|s| std::cmp::Reverse(s.name.len()));
        Ok(FieldTable { specs })
    }

    /// Finds the infobox fields of a document: short lines, before the first paragraph of prose,
    /// that start with a known field name.
    pub fn find(&self, text: &str, seg: &Segmentation) -> Vec<Field> {
        let mut fields: Vec<Field> = Vec::new();
        for (index, sentence) in seg.sentences.iter().enumerate() {
            let line = &text[sentence.start..sentence.end];
            if is_prose(line) {
                // The infobox is over once prose starts.
                if index > 0 {
                    break;
                }
                continue;
            }
            // A parenthesised line continues the previous field's value:
            // "LeaderCollective leadership" / "(Steering Committee)".
            if line.starts_with('(') {
                continue;
            }
            for spec in &self.specs {
                let Some(matched) = prefix_len(line, &spec.name) else {
                    continue;
                };
                let rest = &line[matched..];
                // Glued ("NewspaperSocialist Worker") or separated by ":" or spaces.
                let glued = rest
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                let separated =
                    rest.starts_with(':') || rest.starts_with(' ') || rest.starts_with('\t');
                if !(rest.is_empty() || glued || separated) {
                    continue;
                }
                let skip = rest.len() - rest.trim_start_matches([':', ' ', '\t']).len();
                let value_start = sentence.start + matched + skip;
                fields.push(Field {
                    sentence: index,
                    spec: spec.clone(),
                    value_start,
                    value_end: sentence.end.max(value_start),
                });
                break;
            }
        }
        fields
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

/// Whether a line reads as prose (a sentence ending in punctuation, or long).
fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words > 14 || (words > 3 && line.trim_end().ends_with(['.', '!', '?']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_field_names_are_split_from_values() {
        let text = "Some Group\nNewspaperThe Daily\nPolitical\u{a0}positionLeft-wing\nFounded: 1999\n\nSome Group is a group.";
        let seg = crate::segment::segment(text);
        let fields = FieldTable::builtin().find(text, &seg);
        let got: Vec<(&str, &str)> = fields
            .iter()
            .map(|f| (f.spec.name.as_str(), &text[f.value_start..f.value_end]))
            .collect();
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
        let text = "Leader of the group since 1990, she wrote many books about it.";
        let seg = crate::segment::segment(text);
        assert!(FieldTable::builtin().find(text, &seg).is_empty());
    }
}
