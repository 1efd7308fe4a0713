//! The extraction pipeline: document → segmentation → infobox fields → mentions → entities →
//! statements. [`Extractor`] holds what the stages read (ontology, lexicons, rules, the infobox
//! table); [`Extraction`] holds what they produce for one document.

use crate::document::Document;
use crate::error::Result;
use crate::infobox::{Field, FieldTable};
use crate::lexicon::Lexicon;
use crate::mention::{Mention, MentionFinder, MentionKind};
use crate::model::PairModel;
use crate::ontology::Ontology;
use crate::relation::{self, Object, RuleSet, Statement};
use crate::resolve::{self, Resolution};
use crate::segment::{self, Segmentation};
use crate::value::{parse_integer, Value};

/// Everything extracted from one document.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub document: Document,
    pub segmentation: Segmentation,
    pub fields: Vec<Field>,
    pub mentions: Vec<Mention>,
    pub resolution: Resolution,
    pub statements: Vec<Statement>,
    /// Each entity's IRI: minted from its label, or another document's (see [`crate::link`]).
    pub iris: Vec<String>,
}

/// The configured pipeline. Cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    pub ontology: Ontology,
    pub lexicon: Lexicon,
    pub rules: RuleSet,
    pub fields: FieldTable,
    /// The statistical relation model run after the rules (`None` to use the rules alone).
    pub model: Option<PairModel>,
}

impl Extractor {
    /// The pipeline with the built-in ontology, lexicons and rules.
    ///
    /// ```
    /// use textkg::{Document, Extractor};
    /// let extractor = Extractor::builtin().unwrap();
    /// let doc = Document::from_text("acme", "# Acme League\n\nThe Acme League was founded in 1901 by Jane Smith.");
    /// let ex = extractor.extract(doc);
    /// let props: Vec<&str> = ex.statements.iter().map(|s| s.property.as_str()).collect();
    /// assert!(props.contains(&"inception") && props.contains(&"foundedBy"));
    /// ```
    pub fn builtin() -> Result<Self> {
        let ontology = Ontology::builtin();
        let rules = RuleSet::builtin(&ontology)?;
        Ok(Extractor {
            lexicon: Lexicon::builtin(),
            fields: FieldTable::builtin(),
            model: PairModel::builtin(),
            rules,
            ontology,
        })
    }

    /// Adds a user rule file (TOML, the same syntax as `data/rules/core.toml`).
    pub fn add_rules(&mut self, text: &str, path: &str) -> Result<()> {
        self.rules.add_file(text, path, &self.ontology)
    }

    /// Adds a user lexicon (TSV: label, class, aliases).
    pub fn add_lexicon(&mut self, text: &str, path: &str) -> Result<()> {
        self.lexicon.add_user_file(text, path, &self.ontology)
    }

    /// Runs every stage on one document.
    pub fn extract(&self, document: Document) -> Extraction {
        let text = document.text.as_str();
        let mut segmentation = segment::segment(text);
        let fields = self.fields.find(text, &segmentation);
        for field in &fields {
            segmentation.split_at(field.value_start);
        }
        // "Greek-French", "Anglo-Irish"-style compounds of known demonyms: split at the hyphen.
        let cuts: Vec<usize> = segmentation
            .tokens
            .iter()
            .filter(|t| t.text(text).contains('-'))
            .filter(|t| {
                t.text(text)
                    .split('-')
                    .all(|part| self.lexicon.lookup(part).is_some())
            })
            .flat_map(|t| {
                let word = t.text(text);
                word.match_indices('-')
                    .flat_map(move |(i, _)| [t.start + i, t.start + i + 1])
                    .collect::<Vec<_>>()
            })
            .collect();
        for cut in cuts {
            segmentation.split_at(cut);
        }
        let mentions = MentionFinder::new(&self.lexicon).find(text, &segmentation, &fields);
        let resolution = resolve::resolve(&document, &segmentation, &mentions, &self.ontology);
        if tracing::enabled!(tracing::Level::DEBUG) {
            for (m, e) in mentions.iter().zip(&resolution.mention_entity) {
                let entity = e.map(|e| resolution.entities[e].label.as_str());
                tracing::debug!(
                    "{}: mention {:?} {:?} {} → {:?}",
                    document.id,
                    &text[m.start..m.end],
                    m.kind,
                    m.class,
                    entity
                );
            }
        }
        let mut statements = relation::extract(
            text,
            &segmentation,
            &mentions,
            &resolution,
            &self.rules,
            &self.ontology,
        );
        let geo = crate::geo::extract(
            text,
            &mentions,
            &resolution,
            &self.lexicon,
            &self.ontology,
            &statements,
        );
        statements.extend(geo);
        let national = crate::geo::document_country(
            &mentions,
            &resolution,
            &self.lexicon,
            &self.ontology,
            &statements,
        );
        statements.extend(national);
        statements.extend(infobox_statements(text, &fields, &mentions, &resolution));
        statements.extend(coordinated(text, &mentions, &resolution, &statements));
        statements.extend(self.inverses(&statements));
        let mut statements = relation::dedup(statements);
        // The model reads what the rules stated, and adds what they missed.
        if let Some(model) = &self.model {
            let input = crate::model::PairInput {
                text,
                segmentation: &segmentation,
                mentions: &mentions,
                resolution: &resolution,
                lexicon: &self.lexicon,
                statements: &statements,
            };
            let learned = model.statements(&input, &self.ontology);
            if !learned.is_empty() {
                statements.extend(self.inverses(&learned));
                statements.extend(learned);
                statements = relation::dedup(statements);
            }
        }
        let iris = resolution
            .entities
            .iter()
            .map(|e| crate::rdf::entity_iri(&e.label))
            .collect();
        Extraction {
            iris,
            document,
            segmentation,
            fields,
            mentions,
            resolution,
            statements,
        }
    }

    /// What the ontology says follows from the statements: the inverse of each statement
    /// between entities.
    fn inverses(&self, statements: &[Statement]) -> Vec<Statement> {
        statements
            .iter()
            .filter_map(|st| {
                let Object::Entity(object) = st.object else {
                    return None;
                };
                let inverse = self.ontology.property(&st.property)?.inverse.clone()?;
                Some(Statement {
                    subject: object,
                    property: inverse,
                    object: Object::Entity(st.subject),
                    ..st.clone()
                })
            })
            .collect()
    }
}

/// Statements of infobox fields: the article's subject, the field's property, the value.
fn infobox_statements(
    text: &str,
    fields: &[Field],
    mentions: &[Mention],
    resolution: &Resolution,
) -> Vec<Statement> {
    let Some(topic) = resolution.topic else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for field in fields {
        let Some(property) = &field.spec.property else {
            continue;
        };
        let in_value = mentions.iter().enumerate().filter(|(_, m)| {
            m.sentence == field.sentence && m.start >= field.value_start && m.end <= field.value_end
        });
        for (index, m) in in_value {
            let object = match (&m.value, field.spec.value.as_str()) {
                (Some(Value::Date(d)), "Date") => Object::Value(Value::Date(*d)),
                (Some(Value::Integer(n)), "Integer") => Object::Value(Value::Integer(*n)),
                (None, "Date" | "Integer" | "Text") => continue,
                (None, _) if m.kind != MentionKind::Reference => {
                    match resolution.mention_entity[index] {
                        Some(e) if e != topic => Object::Entity(e),
                        _ => continue,
                    }
                }
                _ => continue,
            };
            if let (Some(inverse), Object::Entity(e)) = (&field.spec.inverse, &object) {
                out.push(Statement {
                    subject: *e,
                    property: inverse.clone(),
                    object: Object::Entity(topic),
                    sentence: field.sentence,
                    confidence: 0.9,
                    rule: format!("infobox:{}", field.spec.name),
                    qualifiers: Vec::new(),
                });
            }
            out.push(Statement {
                subject: topic,
                property: property.clone(),
                object,
                sentence: field.sentence,
                confidence: 0.95,
                rule: format!("infobox:{}", field.spec.name),
                qualifiers: Vec::new(),
            });
            // Dates: the first one is the field's value ("Founded 1977; 47 years ago").
            if matches!(field.spec.value.as_str(), "Date" | "Integer") {
                break;
            }
        }
        // A bare number: "Membership1,500 (2013)".
        let rule = format!("infobox:{}", field.spec.name);
        if field.spec.value == "Integer" && !out.iter().any(|s| s.rule == rule) {
            let value = &text[field.value_start..field.value_end];
            let number = value
                .split(|c: char| !(c.is_ascii_digit() || c == ','))
                .find_map(parse_integer);
            if let Some(n) = number {
                out.push(Statement {
                    subject: topic,
                    property: property.clone(),
                    object: Object::Value(Value::Integer(n)),
                    sentence: field.sentence,
                    confidence: 0.9,
                    rule,
                    qualifiers: Vec::new(),
                });
            }
        }
    }
    out
}

/// "advocated X as well as Y", "aligned with X and particularly Y and Z": what is said of an idea
/// is said of the ideas coordinated with it.
fn coordinated(
    text: &str,
    mentions: &[Mention],
    resolution: &Resolution,
    statements: &[Statement],
) -> Vec<Statement> {
    let is_idea = |m: &Mention| matches!(m.class.as_str(), "Concept" | "Ideology");
    let mut out = Vec::new();
    for st in statements {
        let Object::Entity(object) = st.object else {
            continue;
        };
        let last = (0..mentions.len()).rev().find(|&i| {
            mentions[i].sentence == st.sentence && resolution.mention_entity[i] == Some(object)
        });
        let Some(mut at) = last.filter(|&i| is_idea(&mentions[i])) else {
            continue;
        };
        while let Some(next) = mentions
            .get(at + 1)
            .filter(|n| n.sentence == st.sentence && is_idea(n))
        {
            let between = text[mentions[at].end..next.start].trim();
            // "socialist feminist ideas and particularly …": a generic noun may close the first.
            let between = [
                "ideas",
                "thought",
                "thinkers",
                "views",
                "principles",
                "politics",
            ]
            .iter()
            .find_map(|noun| between.strip_prefix(noun))
            .map_or(between, str::trim);
            let joined = matches!(
                between,
                "and"
                    | "or"
                    | ", and"
                    | ", or"
                    | "as well as"
                    | "and particularly"
                    | "and especially"
            );
            let Some(e) = resolution.mention_entity[at + 1] else {
                break;
            };
            if !joined || e == st.subject {
                break;
            }
            out.push(Statement {
                object: Object::Entity(e),
                confidence: st.confidence * 0.9,
                ..st.clone()
            });
            at += 1;
        }
    }
    out
}
