//! Statements: what the producers of this layer make, one sentence of evidence each.

use crate::resources::{Datasets, PropertyId};
use crate::text::{EntityId, SentenceId, Value};

/// The object of a statement: an entity of the document or a literal value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Object {
    Entity(EntityId),
    Value(Value),
}

/// A statement read from one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub subject: EntityId,
    pub property: PropertyId,
    pub object: Object,
    /// The sentence it was read from.
    pub sentence: SentenceId,
    pub confidence: f32,
    /// The rule (or producer) that made it.
    pub rule: String,
    /// Qualifiers, e.g. (`pointInTime`, 2013).
    pub qualifiers: Vec<(PropertyId, Value)>,
    /// The world knowledge it rests on, if any (which place lies in which, from a data set).
    pub knowledge: Option<Knowledge>,
}

/// World knowledge a statement rests on: the data sets, and the lexicon rows followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Knowledge {
    pub datasets: Datasets,
    /// The keys of the rows whose containment was followed (`gn:4887398`; a hand-written row's
    /// label).
    pub records: Vec<String>,
    /// Whether the sentence states part of it ("X is in Chicago", and Chicago lies in Illinois);
    /// if not, the data set alone states it and the sentence is no evidence.
    pub with_text: bool,
}

impl Statement {
    /// Whether a data set alone states it: no sentence is its evidence.
    pub fn is_world_knowledge(&self) -> bool {
        self.knowledge.as_ref().is_some_and(|k| !k.with_text)
    }
}

/// Keeps one statement per (subject, property, object): one a sentence states before one only a
/// data set states, then the most confident, with the earliest evidence, merging qualifiers. The
/// result is in sentence order.
pub fn dedup(mut statements: Vec<Statement>) -> Vec<Statement> {
    statements.sort_by(|a, b| {
        (a.subject, a.property, &a.object)
            .cmp(&(b.subject, b.property, &b.object))
            .then(a.is_world_knowledge().cmp(&b.is_world_knowledge()))
            .then(b.confidence.total_cmp(&a.confidence))
            .then(a.sentence.cmp(&b.sentence))
    });
    let mut out: Vec<Statement> = Vec::with_capacity(statements.len());
    for s in statements {
        if let Some(last) = out.last_mut() {
            if last.subject == s.subject && last.property == s.property && last.object == s.object {
                for q in s.qualifiers {
                    if !last.qualifiers.contains(&q) {
                        last.qualifiers.push(q);
                    }
                }
                continue;
            }
        }
        out.push(s);
    }
    out.sort_by_key(|s| (s.sentence, s.subject));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Ontology;
    use crate::text::Date;

    #[test]
    fn duplicates_keep_the_most_confident_and_merge_qualifiers() {
        let onto = Ontology::builtin().unwrap();
        let p = onto.property_named("memberCount").unwrap();
        let q = onto.property_named("pointInTime").unwrap();
        let year = |y| {
            Value::Date(Date {
                year: y,
                month: None,
                day: None,
            })
        };
        let st = |sentence: usize, confidence, when| Statement {
            subject: EntityId::from_index(0),
            property: p,
            object: Object::Value(Value::Integer(1500)),
            sentence: SentenceId::from_index(sentence),
            confidence,
            rule: format!("r{sentence}"),
            qualifiers: vec![(q, year(when))],
            knowledge: None,
        };
        let out = dedup(vec![st(3, 0.5, 2013), st(1, 0.9, 2014), st(2, 0.9, 2013)]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].rule, "r1");
        assert_eq!(out[0].qualifiers, vec![(q, year(2014)), (q, year(2013))]);
    }
}
