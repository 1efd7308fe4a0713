//! The text layer: from a document to its entities.
//!
//! ```text
//! Document ─► segment ─► infobox ─► mention ─► resolve ─► link
//!             Segmentation  Field    Mention    Entity    (IRIs shared across documents)
//! ```
//!
//! Every stage keeps byte offsets into the document's text; none rewrites what an earlier one
//! found.

pub mod analysis;
pub mod document;
pub mod id;
pub mod infobox;
pub mod link;
pub mod load;
pub mod mention;
pub mod resolve;
pub mod segment;
pub mod value;

pub use analysis::Analysis;
pub use document::Document;
pub use id::{EntityId, IdVec, MentionId, SentenceId};
pub use infobox::{Field, FieldTable};
pub use link::{AliasRegistry, Profile};
pub use mention::{Mention, MentionFinder, MentionKind};
pub use resolve::{Entity, Resolution, Resolver};
pub use segment::{is_prose, segment, Segmentation, Sentence, Token, TokenKind};
pub use value::{Date, Value};

/// A lowercase, ASCII, hyphenated slug: `Some Article` → `some-article`.
///
/// ```
/// assert_eq!(textkg::text::slug("Léon Trotsky's Life"), "leon-trotsky-s-life");
/// ```
pub fn slug(text: &str) -> String {
    join_ascii_words(&deunicode::deunicode(text).to_lowercase(), '-')
}

/// The ASCII alphanumeric runs of `text` joined by `sep`.
pub fn join_ascii_words(text: &str, sep: char) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(sep);
        }
        out.push_str(word);
    }
    out
}
