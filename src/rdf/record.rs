//! The statement record of `textkg extract --format jsonl`: one JSON object a line. This is a
//! public contract read by evaluation and other tools; change it only compatibly.
//!
//! ```json
//! {"doc": "iso", "subject": {"iri", "label", "aliases": [], "type"},
//!  "predicate": {"iri", "label", "wikidata": "P571"},
//!  "object": {"iri", "label", "aliases", "type"} | {"value", "datatype"},
//!  "evidence": {"text", "start", "end"}, "confidence": 0.9, "rule": "inception.founded-in"}
//! ```
//!
//! A statement that rests on world knowledge adds `"source": {"datasets": [{"name", "iri"}],
//! "records": ["gn:4887398"]}`; one that a data set alone states ("Scotland — located in —
//! United Kingdom") has no `evidence`.

use crate::rdf::iri::XSD;
use crate::rdf::DocumentGraph;
use crate::relate::{Object, Statement};
use crate::resources::Ontology;
use crate::text::EntityId;
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

/// A data set a statement rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetRef {
    pub name: String,
    pub iri: String,
}

/// The world knowledge a statement rests on: the data sets, and the keys of their records
/// followed (`gn:4887398` is GeoNames' Chicago; a hand-written row is named by its label).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    pub datasets: Vec<DatasetRef>,
    #[serde(default)]
    pub records: Vec<String>,
}

/// One line of `extract --format jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementRecord {
    pub doc: String,
    pub subject: EntityRef,
    pub predicate: PredicateRef,
    pub object: ObjectRef,
    /// The sentence that states it; absent where a data set alone does (see `source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// The world knowledge it rests on, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    pub confidence: f32,
    pub rule: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualifiers: Vec<QualifierRef>,
}

fn entity_ref(g: DocumentGraph, onto: &Ontology, id: EntityId) -> EntityRef {
    let e = &g.analysis.resolution.entities[id];
    EntityRef {
        iri: g.iris[id].clone(),
        label: e.label.clone(),
        aliases: e.aliases.clone(),
        class: onto.class_name(e.class).to_string(),
    }
}

/// The record of one statement of a document.
pub fn record(g: DocumentGraph, statement: &Statement, onto: &Ontology) -> StatementRecord {
    let property = onto.property(statement.property);
    let doc = &g.analysis.document;
    let sentence = &g.analysis.segmentation.sentences[statement.sentence];
    let object = match &statement.object {
        Object::Entity(e) => ObjectRef::Entity(entity_ref(g, onto, *e)),
        Object::Value(v) => ObjectRef::Literal(LiteralRef {
            value: v.lexical(),
            datatype: format!("{XSD}{}", v.datatype()),
        }),
    };
    StatementRecord {
        doc: doc.id.clone(),
        subject: entity_ref(g, onto, statement.subject),
        predicate: PredicateRef {
            iri: property.iri.clone(),
            label: property.label.clone(),
            wikidata: property.wikidata.clone(),
        },
        object,
        evidence: (!statement.is_world_knowledge()).then(|| Evidence {
            text: doc.text[sentence.start..sentence.end].to_string(),
            start: sentence.start,
            end: sentence.end,
        }),
        source: statement.knowledge.as_ref().map(|k| SourceRef {
            datasets: k
                .datasets
                .iter()
                .map(|d| DatasetRef {
                    name: d.name().to_string(),
                    iri: d.iri().to_string(),
                })
                .collect(),
            records: k.records.clone(),
        }),
        confidence: (statement.confidence * 100.0).round() / 100.0,
        rule: statement.rule.clone(),
        qualifiers: statement
            .qualifiers
            .iter()
            .map(|(q, v)| QualifierRef {
                property: onto.property_name(*q).to_string(),
                wikidata: onto.property(*q).wikidata.clone(),
                value: v.lexical(),
                datatype: format!("{XSD}{}", v.datatype()),
            })
            .collect(),
    }
}

/// All records of a document, in statement order.
pub fn records(g: DocumentGraph, onto: &Ontology) -> Vec<StatementRecord> {
    g.statements.iter().map(|s| record(g, s, onto)).collect()
}
