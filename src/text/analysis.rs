//! The text layer as one step: a document in, its sentences, fields, mentions and entities out.

use crate::resources::{Lexicon, Ontology};
use crate::text::document::Document;
use crate::text::id::{IdVec, MentionId};
use crate::text::infobox::{Field, FieldTable};
use crate::text::mention::{Mention, MentionFinder};
use crate::text::resolve::{Resolution, Resolver};
use crate::text::segment::{segment, Segmentation};

/// What the text layer found in one document: what the statement producers read.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub document: Document,
    pub segmentation: Segmentation,
    pub fields: Vec<Field>,
    pub mentions: IdVec<MentionId, Mention>,
    pub resolution: Resolution,
}

impl Analysis {
    /// Runs every text stage on a document.
    pub fn of(document: Document, lexicon: &Lexicon, onto: &Ontology, fields: &FieldTable) -> Self {
        let text = document.text.as_str();
        let mut segmentation = segment(text, lexicon);
        let found = fields.find(text, &segmentation);
        for field in &found {
            segmentation.split_at(field.value_start);
        }
        for cut in demonym_compound_cuts(text, &segmentation, lexicon) {
            segmentation.split_at(cut);
        }
        let mentions = MentionFinder::new(lexicon, onto).find(text, &segmentation, &found);
        let resolution = Resolver::new(lexicon, onto).resolve(&document, &segmentation, &mentions);
        if tracing::enabled!(tracing::Level::DEBUG) {
            for (m, e) in mentions.iter().zip(&resolution.mention_entity) {
                let entity = e.map(|e| resolution.entities[e].label.as_str());
                tracing::debug!(
                    "{}: mention {:?} {:?} {} → {:?}",
                    document.id,
                    &text[m.start..m.end],
                    m.kind,
                    onto.class_name(m.class),
                    entity
                );
            }
        }
        Analysis {
            document,
            segmentation,
            fields: found,
            mentions,
            resolution,
        }
    }

    /// The document's text.
    pub fn text(&self) -> &str {
        &self.document.text
    }
}

/// "Greek-French", "Anglo-Irish": compounds of words the lexicon knows are cut at their hyphens
/// (both sides of each), so that each part is a mention.
fn demonym_compound_cuts(text: &str, seg: &Segmentation, lexicon: &Lexicon) -> Vec<usize> {
    seg.tokens
        .iter()
        .filter(|t| {
            let word = t.text(text);
            word.contains('-') && word.split('-').all(|part| lexicon.lookup(part).is_some())
        })
        .flat_map(|t| {
            t.text(text)
                .match_indices('-')
                .flat_map(move |(i, _)| [t.start + i, t.start + i + 1])
                .collect::<Vec<_>>()
        })
        .collect()
}
