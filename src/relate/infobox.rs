//! Statements of infobox fields: the article's subject, the field's property, the value.

use crate::relate::{Object, Producer, Resources, Statement};
use crate::text::infobox::FieldValue;
use crate::text::value::parse_integer;
use crate::text::{Analysis, Field, MentionKind, Value};

/// States what each infobox field of the article says.
#[derive(Debug, Clone, Copy, Default)]
pub struct InfoboxFacts;

fn statement(doc: &Analysis, field: &Field, object: Object, confidence: f32) -> Option<Statement> {
    Some(Statement {
        subject: doc.resolution.topic?,
        property: field.spec.property?,
        object,
        sentence: field.sentence,
        confidence,
        rule: format!("infobox:{}", field.spec.name),
        qualifiers: Vec::new(),
        knowledge: None,
    })
}

/// The statements of one field: each entity mention in its value, or its first date or number.
fn field_statements(doc: &Analysis, field: &Field) -> Vec<Statement> {
    let r = &doc.resolution;
    let mut out = Vec::new();
    let in_value = doc.mentions.iter_enumerated().filter(|(_, m)| {
        m.sentence == field.sentence && m.start >= field.value_start && m.end <= field.value_end
    });
    for (id, m) in in_value {
        let object = match (&m.value, field.spec.value) {
            (Some(Value::Date(d)), FieldValue::Date) => Object::Value(Value::Date(*d)),
            (Some(Value::Integer(n)), FieldValue::Integer) => Object::Value(Value::Integer(*n)),
            (None, FieldValue::Entity(_)) if m.kind != MentionKind::Reference => {
                match r.mention_entity[id] {
                    Some(e) if Some(e) != r.topic => Object::Entity(e),
                    _ => continue,
                }
            }
            _ => continue,
        };
        out.extend(statement(doc, field, object, 0.95));
        // Dates and numbers: the first one is the field's value ("Founded 1977; 47 years ago").
        if matches!(field.spec.value, FieldValue::Date | FieldValue::Integer) {
            break;
        }
    }
    // A bare number: "Membership1,500 (2013)".
    if field.spec.value == FieldValue::Integer && out.is_empty() {
        let value = &doc.text()[field.value_start..field.value_end];
        let number = value
            .split(|c: char| !(c.is_ascii_digit() || c == ','))
            .find_map(parse_integer);
        if let Some(n) = number {
            out.extend(statement(doc, field, Object::Value(Value::Integer(n)), 0.9));
        }
    }
    out
}

impl Producer for InfoboxFacts {
    fn name(&self) -> &'static str {
        "infobox"
    }

    fn produce(&self, _cx: &Resources, doc: &Analysis, _stated: &[Statement]) -> Vec<Statement> {
        if doc.resolution.topic.is_none() {
            return Vec::new();
        }
        doc.fields
            .iter()
            .flat_map(|field| field_statements(doc, field))
            .collect()
    }
}
