//! What the ontology says follows the other way round: `owl:inverseOf`, symmetric properties,
//! and one-way implications (`rdfs:subPropertyOf [ owl:inverseOf … ]`).

use crate::relate::{Object, Statement};
use crate::resources::Ontology;

/// The statement the other way round of each statement between entities that has one.
pub fn implied(onto: &Ontology, statements: &[Statement]) -> Vec<Statement> {
    statements
        .iter()
        .filter_map(|st| {
            let Object::Entity(object) = st.object else {
                return None;
            };
            Some(Statement {
                subject: object,
                property: onto.property(st.property).inverse?,
                object: Object::Entity(st.subject),
                ..st.clone()
            })
        })
        .collect()
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
}
