//! Scoring extraction against gold documents (the Re-DocRED record format; see
//! `data/eval/README.md`). Micro precision, recall and F1 over all triples, over the triples whose
//! subject is the article's own entity, and per property.
//!
//! Matching: same property (its Wikidata id, or `textkg:<name>` for textkg's own properties);
//! each side matches when one of its names equals one of the gold entity's names after
//! normalisation (case, punctuation, white space, a leading "the"), or, for dates, when the year
//! agrees and every month and day that both sides give agree. Only properties that occur in the
//! gold data count; each gold triple is matched at most once; duplicate predictions count once.

use crate::document::Document;
use crate::error::{Error, Result};
use crate::pipeline::Extractor;
use crate::record::{ObjectRef, StatementRecord};
use crate::resolve::normalise;
use crate::value::{Date, Value};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub names: Vec<String>,
    #[serde(rename = "type", default)]
    pub kind: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldTriple {
    pub h: usize,
    pub t: usize,
    pub predicate: String,
}

/// One gold document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDocument {
    pub id: serde_json::Value,
    #[serde(default)]
    pub title: Option<String>,
    pub text: String,
    pub entities: Vec<GoldEntity>,
    pub triples: Vec<GoldTriple>,
    #[serde(default)]
    pub title_entity: Option<usize>,
}

/// Counts behind precision and recall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predictions that match a gold triple.
    pub correct: u64,
    /// Predictions made (after removing duplicates).
    pub predicted: u64,
    /// Gold triples matched.
    pub found: u64,
    /// Gold triples.
    pub gold: u64,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Counts) {
        self.correct += o.correct;
        self.predicted += o.predicted;
        self.found += o.found;
        self.gold += o.gold;
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores of a run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub documents: usize,
    pub all: Counts,
    pub title_subject: Counts,
    pub by_property: BTreeMap<String, Counts>,
    /// Wrong predictions and missed gold triples, when asked for (`eval --errors`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Mistake>,
}

/// A wrong prediction or a missed gold triple, for reading what the extractor gets wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mistake {
    pub doc: String,
    /// `wrong` (predicted, not in the gold) or `missed` (in the gold, not predicted).
    pub kind: &'static str,
    pub subject: String,
    pub property: String,
    pub object: String,
    /// The rule that made a wrong prediction; empty for a missed triple.
    pub rule: String,
    /// The evidence sentence of a wrong prediction; empty for a missed triple.
    pub evidence: String,
}

/// Reads a gold JSONL file.
pub fn read_gold(text: &str, path: &str) -> Result<Vec<GoldDocument>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| Error::BadJsonl {
                path: path.to_string(),
                line: i + 1,
                message: e.to_string(),
            })
        })
        .collect()
}

/// The property key used for matching: the Wikidata id, else `textkg:<name>`.
fn property_key(r: &StatementRecord) -> String {
    match &r.predicate.wikidata {
        Some(p) => p.clone(),
        // Gold files name textkg's own properties in snake case: `openTo` → `textkg:open_to`.
        None => {
            let local = r
                .predicate
                .iri
                .rsplit(['#', '/'])
                .next()
                .unwrap_or_default();
            let mut key = String::from("textkg:");
            for c in local.chars() {
                if c.is_uppercase() {
                    key.push('_');
                }
                key.extend(c.to_lowercase());
            }
            key
        }
    }
}

/// Parses a date as a gold entity names it ("August 20, 1920", "1977").
fn parse_date(name: &str) -> Option<Date> {
    let seg = crate::segment::segment(name);
    let lex = crate::lexicon::Lexicon::default();
    let mentions = crate::mention::MentionFinder::new(&lex).find(name, &seg, &[]);
    mentions.into_iter().find_map(|m| match m.value {
        Some(Value::Date(d)) => Some(d),
        _ => None,
    })
}

fn dates_agree(a: &Date, b: &Date) -> bool {
    a.year == b.year
        && a.month.zip(b.month).is_none_or(|(x, y)| x == y)
        && a.day.zip(b.day).is_none_or(|(x, y)| x == y)
}

enum Side {
    Names(HashSet<String>),
    Date(Date),
    Number(i64),
}

fn side_matches(side: &Side, gold: &GoldEntity, gold_names: &HashSet<String>) -> bool {
    match side {
        Side::Names(names) => names.iter().any(|n| gold_names.contains(n)),
        Side::Date(d) => gold
            .names
            .iter()
            .filter_map(|n| parse_date(n))
            .any(|g| dates_agree(d, &g)),
        Side::Number(n) => gold.names.iter().any(|g| {
            crate::value::parse_integer(g.trim()) == Some(*n) || normalise(g) == n.to_string()
        }),
    }
}

/// A gold document's id as text (ids may be JSON numbers).
pub fn document_id(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Scores one document's records against its gold triples.
pub fn score_document(
    gold: &GoldDocument,
    records: &[StatementRecord],
    relations: Option<&BTreeSet<String>>,
    properties: &BTreeSet<String>,
    keep_errors: bool,
    report: &mut Report,
) {
    let doc_id = document_id(&gold.id);
    let gold_names: Vec<HashSet<String>> = gold
        .entities
        .iter()
        .map(|e| e.names.iter().map(|n| normalise(n)).collect())
        .collect();
    let counts_for = |p: &str| relations.is_none_or(|r| r.contains(p)) && properties.contains(p);
    let mut matched = vec![false; gold.triples.len()];
    let mut seen = HashSet::new();
    let title_names: Option<&HashSet<String>> = gold.title_entity.and_then(|t| gold_names.get(t));
    for r in records {
        let key = property_key(r);
        if !counts_for(&key) {
            continue;
        }
        let subject: HashSet<String> = std::iter::once(&r.subject.label)
            .chain(&r.subject.aliases)
            .map(|n| normalise(n))
            .collect();
        let (object, object_key) = match &r.object {
            ObjectRef::Entity(e) => {
                let names: HashSet<String> = std::iter::once(&e.label)
                    .chain(&e.aliases)
                    .map(|n| normalise(n))
                    .collect();
                (Side::Names(names), e.iri.clone())
            }
            ObjectRef::Literal(l) => {
                let side = if l.datatype.ends_with("integer") {
                    l.value
                        .parse()
                        .map(Side::Number)
                        .unwrap_or_else(|_| Side::Names(HashSet::from([normalise(&l.value)])))
                } else {
                    let mut parts = l.value.splitn(3, '-').map(|p| p.parse::<i64>().ok());
                    let year = parts.next().flatten().unwrap_or(0) as i32;
                    let month = parts.next().flatten().map(|m| m as u8);
                    let day = parts.next().flatten().map(|d| d as u8);
                    Side::Date(Date { year, month, day })
                };
                (side, l.value.clone())
            }
        };
        if !seen.insert((r.subject.iri.clone(), key.clone(), object_key)) {
            continue;
        }
        let about_title = title_names.is_some_and(|t| subject.iter().any(|n| t.contains(n)));
        let mut any = false;
        let mut fresh = 0;
        for (i, g) in gold.triples.iter().enumerate() {
            if g.predicate != key || g.h >= gold.entities.len() || g.t >= gold.entities.len() {
                continue;
            }
            if !subject.iter().any(|n| gold_names[g.h].contains(n)) {
                continue;
            }
            if !side_matches(&object, &gold.entities[g.t], &gold_names[g.t]) {
                continue;
            }
            any = true;
            if !matched[i] {
                matched[i] = true;
                fresh += 1;
            }
        }
        // A prediction whose facts were all matched already is a duplicate of them: not counted.
        if any && fresh == 0 {
            continue;
        }
        if keep_errors && !any {
            report.errors.push(Mistake {
                doc: doc_id.clone(),
                kind: "wrong",
                subject: r.subject.label.clone(),
                property: key.clone(),
                object: match &r.object {
                    ObjectRef::Entity(e) => e.label.clone(),
                    ObjectRef::Literal(l) => l.value.clone(),
                },
                rule: r.rule.clone(),
                evidence: r.evidence.text.clone(),
            });
        }
        let c = Counts {
            correct: u64::from(any),
            predicted: 1,
            found: 0,
            gold: 0,
        };
        report.all.add(&c);
        report.by_property.entry(key.clone()).or_default().add(&c);
        if about_title {
            report.title_subject.add(&c);
        }
    }
    for (i, g) in gold.triples.iter().enumerate() {
        if !counts_for(&g.predicate) {
            continue;
        }
        if keep_errors && !matched[i] {
            let name = |e: usize| {
                gold.entities
                    .get(e)
                    .and_then(|e| e.names.first())
                    .cloned()
                    .unwrap_or_default()
            };
            report.errors.push(Mistake {
                doc: doc_id.clone(),
                kind: "missed",
                subject: name(g.h),
                property: g.predicate.clone(),
                object: name(g.t),
                rule: String::new(),
                evidence: String::new(),
            });
        }
        let c = Counts {
            correct: 0,
            predicted: 0,
            found: u64::from(matched[i]),
            gold: 1,
        };
        report.all.add(&c);
        report
            .by_property
            .entry(g.predicate.clone())
            .or_default()
            .add(&c);
        if Some(g.h) == gold.title_entity {
            report.title_subject.add(&c);
        }
    }
    report.documents += 1;
}

/// Runs the extractor on every gold document and scores it.
pub fn evaluate(
    extractor: &Extractor,
    gold: &[GoldDocument],
    relations: Option<&BTreeSet<String>>,
    keep_errors: bool,
) -> Report {
    use rayon::prelude::*;
    let properties: BTreeSet<String> = gold
        .iter()
        .flat_map(|d| d.triples.iter().map(|t| t.predicate.clone()))
        .collect();
    let records: Vec<Vec<StatementRecord>> = gold
        .par_iter()
        .map(|g| {
            let doc = Document {
                title: g.title.clone(),
                ..Document::from_text(document_id(&g.id), g.text.clone())
            };
            let ex = extractor.extract(doc);
            crate::record::records(&ex, &extractor.ontology)
        })
        .collect();
    let mut report = Report::default();
    for (g, r) in gold.iter().zip(&records) {
        score_document(g, r, relations, &properties, keep_errors, &mut report);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_match_at_the_precision_both_give() {
        let a = Date {
            year: 1920,
            month: Some(8),
            day: Some(20),
        };
        assert!(dates_agree(&a, &parse_date("August 20, 1920").unwrap()));
        assert!(dates_agree(&a, &parse_date("1920").unwrap()));
        assert!(!dates_agree(&a, &parse_date("August 21, 1920").unwrap()));
    }

    #[test]
    fn counts_give_f1() {
        let c = Counts {
            correct: 1,
            predicted: 2,
            found: 1,
            gold: 4,
        };
        assert!((c.precision() - 0.5).abs() < 1e-9 && (c.recall() - 0.25).abs() < 1e-9);
        assert!((c.f1() - 1.0 / 3.0).abs() < 1e-9);
    }
}
