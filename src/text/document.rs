//! A document: the unit of extraction and of replacement in the store.

/// One input document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable identifier; the document's named graph is derived from it.
    pub id: String,
    /// The article's title, naming its subject, when the input gives one.
    pub title: Option<String>,
    /// The full text; all offsets downstream are byte offsets into it.
    pub text: String,
    /// Where it came from (a path, `path:line` for JSONL, or `stdin`), for messages.
    pub source: String,
}

impl Document {
    /// Builds a document from text, taking the title from a leading Markdown heading if any.
    ///
    /// ```
    /// let doc = textkg::Document::from_text("ada", "# Ada Lovelace\n\nAda was a mathematician.");
    /// assert_eq!(doc.title.as_deref(), Some("Ada Lovelace"));
    /// ```
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let title = markdown_title(&text);
        let id = id.into();
        Document {
            source: id.clone(),
            id,
            title,
            text,
        }
    }
}

impl Document {
    /// SHA-256 of the text, hex: an unchanged document (same hash) is not rebuilt.
    pub fn content_hash(&self) -> String {
        sha256_hex(&self.text)
    }
}

/// SHA-256 of a text, hex.
pub fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The text of a leading Markdown heading ("# Title").
pub(crate) fn markdown_title(text: &str) -> Option<String> {
    let first = text.lines().find(|l| !l.trim().is_empty())?;
    let heading = first.trim().strip_prefix("# ")?;
    Some(heading.trim().to_string()).filter(|t| !t.is_empty())
}
