//! Gold documents in the Re-DocRED record format (`data/eval/README.md`).

use crate::error::{Error, Result};
use crate::text::Document;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub names: Vec<String>,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldTriple {
    pub h: usize,
    pub t: usize,
    pub predicate: String,
}

/// One gold document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDocument {
    pub id: serde_json::Value,
    #[serde(default)]
    pub title: Option<String>,
    pub text: String,
    pub entities: Vec<GoldEntity>,
    pub triples: Vec<GoldTriple>,
    #[serde(default)]
    pub title_entity: Option<usize>,
    /// The properties each sentence was annotated for, where only some were (KnowledgeNet):
    /// predictions of other properties are not counted.
    #[serde(default)]
    pub annotated: Option<Vec<String>>,
}

impl GoldDocument {
    /// The document's id as text (ids may be JSON numbers).
    pub fn id_text(&self) -> String {
        match &self.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }

    /// The document to extract.
    pub fn document(&self) -> Document {
        Document {
            title: self.title.clone(),
            ..Document::from_text(self.id_text(), self.text.clone())
        }
    }
}

/// Reads a gold JSONL file; errors name the line.
pub fn read_gold(text: &str, path: &str) -> Result<Vec<GoldDocument>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| Error::BadJsonl {
                path: path.to_string(),
                line: i + 1,
                message: e.to_string(),
            })
        })
        .collect()
}
