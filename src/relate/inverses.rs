//! What the ontology says follows from a statement: the other way round (`owl:inverseOf`,
//! symmetric properties, one-way implications `rdfs:subPropertyOf [ owl:inverseOf … ]`), and
//! a broader property (`rdfs:subPropertyOf tkg:…`) with what follows from that in turn.

use crate::relate::{Object, Statement};
use crate::resources::Ontology;

/// What follows from each statement between entities: its broader statement, and the
/// statement the other way round of both.
pub fn implied(onto: &Ontology, statements: &[Statement]) -> Vec<Statement> {
    let broader: Vec<Statement> = statements
        .iter()
        .filter(|st| matches!(st.object, Object::Entity(_)))
        .filter_map(|st| {
            Some(Statement {
                property: onto.property(st.property).broader?,
                ..st.clone()
            })
        })
        .collect();
    let turned = statements.iter().chain(&broader).filter_map(|st| {
        let Object::Entity(object) = st.object else {
            return None;
        };
        Some(Statement {
            subject: object,
            property: onto.property(st.property).inverse?,
            object: Object::Entity(st.subject),
            ..st.clone()
        })
    });
    let turned: Vec<Statement> = turned.collect();
    broader.into_iter().chain(turned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{EntityId, SentenceId};

    #[test]
    fn inverses_swap_subject_and_object() {
        let onto = Ontology::builtin().unwrap();
        let part_of = onto.property_named("partOf").unwrap();
        let (a, b) = (EntityId::from_index(0), EntityId::from_index(1));
        let st = Statement {
            subject: a,
            property: part_of,
            object: Object::Entity(b),
            sentence: SentenceId::from_index(0),
            confidence: 0.8,
            rule: "r".into(),
            qualifiers: Vec::new(),
            knowledge: None,
        };
        let got = implied(&onto, std::slice::from_ref(&st));
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].subject, got[0].object.clone()),
            (b, Object::Entity(a))
        );
        assert_eq!(onto.property_name(got[0].property), "hasPart");
        let inception = onto.property_named("inception").unwrap();
        assert!(implied(
            &onto,
            &[Statement {
                property: inception,
                ..st
            }]
        )
        .is_empty());
    }

    #[test]
    fn a_broader_property_follows_with_its_inverse() {
        let onto = Ontology::builtin().unwrap();
        let p = |n: &str| onto.property_named(n).unwrap();
        let (a, b) = (EntityId::from_index(0), EntityId::from_index(1));
        let st = Statement {
            subject: a,
            property: p("conflict"),
            object: Object::Entity(b),
            sentence: SentenceId::from_index(0),
            confidence: 0.8,
            rule: "r".into(),
            qualifiers: Vec::new(),
            knowledge: None,
        };
        let got: Vec<(&str, EntityId)> = implied(&onto, &[st])
            .iter()
            .map(|s| (onto.property_name(s.property), s.subject))
            .collect();
        assert_eq!(got, [("participantIn", a), ("participant", b)]);
    }
}
