//! The statement record of `textkg extract --format jsonl`: one JSON object a line. This is a
//! public contract read by evaluation and other tools; change it only compatibly.
//!
//! ```json
//! {"doc": "iso", "subject": {"iri", "label", "aliases": [], "type"},
//!  "predicate": {"iri", "label", "wikidata": "P571"},
//!  "object": {"iri", "label", "aliases", "type"} | {"value", "datatype"},
//!  "evidence": {"text", "start", "end"}, "confidence": 0.9, "rule": "inception.founded-in"}
//! ```

use crate::ontology::Ontology;
use crate::pipeline::Extraction;
use crate::rdf::{TKG, XSD};
use crate::relation::{Object, Statement};
use serde::{Deserialize, Serialize};

/// An entity as the record shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    pub iri: String,
    pub label: String,
    pub aliases: Vec<String>,
    #[serde(rename = "type")]
    pub class: String,
}

/// A predicate as the record shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PredicateRef {
    pub iri: String,
    pub label: String,
    pub wikidata: Option<String>,
}

/// A literal object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiteralRef {
    pub value: String,
    pub datatype: String,
}

/// The object: an entity or a literal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ObjectRef {
    Entity(EntityRef),
    Literal(LiteralRef),
}

/// The sentence a statement was read from, with byte offsets into the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A qualifier of a statement ("point in time: 2013").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QualifierRef {
    pub property: String,
    pub wikidata: Option<String>,
    pub value: String,
    pub datatype: String,
}

/// One line of `extract --format jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementRecord {
    pub doc: String,
    pub subject: EntityRef,
    pub predicate: PredicateRef,
    pub object: ObjectRef,
    pub evidence: Evidence,
    pub confidence: f32,
    pub rule: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifiers: Vec<QualifierRef>,
}

/// The class IRI of a class local name.
pub fn class_iri(class: &str) -> String {
    format!("{TKG}{class}")
}

fn entity_ref(ex: &Extraction, index: usize) -> EntityRef {
    let e = &ex.resolution.entities[index];
    EntityRef {
        iri: ex.iris[index].clone(),
        label: e.label.clone(),
        aliases: e.aliases.clone(),
        class: e.class.clone(),
    }
}

/// The record of one statement of an extraction.
pub fn record(ex: &Extraction, statement: &Statement, onto: &Ontology) -> StatementRecord {
    let property = onto.property(&statement.property);
    let sentence = &ex.segmentation.sentences[statement.sentence];
    let object = match &statement.object {
        Object::Entity(e) => ObjectRef::Entity(entity_ref(ex, *e)),
        Object::Value(v) => ObjectRef::Literal(LiteralRef {
            value: v.lexical(),
            datatype: format!("{XSD}{}", v.datatype()),
        }),
    };
    StatementRecord {
        doc: ex.document.id.clone(),
        subject: entity_ref(ex, statement.subject),
        predicate: PredicateRef {
            iri: property
                .map(|p| p.iri.clone())
                .unwrap_or_else(|| format!("{TKG}{}", statement.property)),
            label: property
                .map(|p| p.label.clone())
                .unwrap_or_else(|| statement.property.clone()),
            wikidata: property.and_then(|p| p.wikidata.clone()),
        },
        object,
        evidence: Evidence {
            text: ex.document.text[sentence.start..sentence.end].to_string(),
            start: sentence.start,
            end: sentence.end,
        },
        confidence: (statement.confidence * 100.0).round() / 100.0,
        rule: statement.rule.clone(),
        qualifiers: statement
            .qualifiers
            .iter()
            .map(|(q, v)| QualifierRef {
                property: q.clone(),
                wikidata: onto.property(q).and_then(|p| p.wikidata.clone()),
                value: v.lexical(),
                datatype: format!("{XSD}{}", v.datatype()),
            })
            .collect(),
    }
}

/// All records of an extraction, in document order.
pub fn records(ex: &Extraction, onto: &Ontology) -> Vec<StatementRecord> {
    ex.statements.iter().map(|s| record(ex, s, onto)).collect()
}
