//! Scoring one document's statement records against its gold triples.
//!
//! Matching: same property (its Wikidata id, or `textkg:<name>` for textkg's own properties);
//! each side matches when one of its names equals one of the gold entity's names after
//! normalisation (case, punctuation, white space, a leading "the"), or, for dates, when the year
//! agrees and every month and day that both sides give agree. Only properties that occur in the
//! gold data count; each gold triple is matched at most once; duplicate predictions count once.

use super::gold::{GoldDocument, GoldEntity};
use crate::rdf::record::{ObjectRef, StatementRecord};
use crate::resources::Lexicon;
use crate::text::value::parse_integer;
use crate::text::Date;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};

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
    pub fn add(&mut self, o: &Counts) {
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
    /// Predictions by the rule (or producer) that made them: correct and predicted.
    pub by_rule: BTreeMap<String, Counts>,
    /// Wrong predictions and missed gold triples, when asked for (`eval --errors`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Mistake>,
}

impl Report {
    fn count(&mut self, property: &str, about_title: bool, c: Counts) {
        self.all.add(&c);
        self.by_property
            .entry(property.to_string())
            .or_default()
            .add(&c);
        if about_title {
            self.title_subject.add(&c);
        }
    }
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

/// The property key used for matching: the Wikidata id, else `textkg:<name>` in snake case
/// (gold files name textkg's own properties so: `openTo` → `textkg:open_to`).
pub fn property_key(r: &StatementRecord) -> String {
    if let Some(p) = &r.predicate.wikidata {
        return p.clone();
    }
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

/// Whether two dates agree: the same year, and every month and day both give.
pub fn dates_agree(a: &Date, b: &Date) -> bool {
    a.year == b.year
        && a.month.zip(b.month).is_none_or(|(x, y)| x == y)
        && a.day.zip(b.day).is_none_or(|(x, y)| x == y)
}

/// How a gold set's properties are met by other predicted properties (KnowledgeNet's
/// convention, `data/eval/knowledgenet-conventions.tsv`): for documents that list the
/// properties they were annotated for.
const CONVENTIONS: &str = include_str!("../../data/eval/knowledgenet-conventions.tsv");

/// A predicted property as the gold property it counts for, maybe read the other way round.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reading {
    property: String,
    reversed: bool,
}

/// The gold properties a predicted property counts for in a document annotated for some
/// properties only: itself, and what the conventions say.
fn readings(predicted: &str, annotated: bool) -> Vec<Reading> {
    let mut out = vec![Reading {
        property: predicted.to_string(),
        reversed: false,
    }];
    if !annotated {
        return out;
    }
    for line in CONVENTIONS.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        if let [gold, from, direction] = cols[..] {
            if from == predicted {
                out.push(Reading {
                    property: gold.to_string(),
                    reversed: direction == "reversed",
                });
            }
        }
    }
    out
}

/// What a gold triple of a convention's property implies read the other way round: the
/// predicted properties that meet it reversed (`P22` father → `P40` child).
pub(crate) fn reversed_readings(gold: &str) -> Vec<String> {
    CONVENTIONS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            match cols[..] {
                [g, predicted, "reversed"] if g == gold => Some(predicted.to_string()),
                _ => None,
            }
        })
        .collect()
}

/// One side of a predicted statement, as matching reads it.
pub(crate) enum Side {
    Names(HashSet<String>),
    Date(Date),
    Number(i64),
}

/// What scoring one document reads: the gold, its names normalised, and how dates are parsed.
pub(crate) struct Scorer<'a> {
    pub gold: &'a GoldDocument,
    pub lexicon: &'a Lexicon,
    pub parse_date: &'a dyn Fn(&str) -> Option<Date>,
    gold_names: Vec<HashSet<String>>,
}

impl<'a> Scorer<'a> {
    pub fn new(
        gold: &'a GoldDocument,
        lexicon: &'a Lexicon,
        parse_date: &'a dyn Fn(&str) -> Option<Date>,
    ) -> Self {
        let gold_names = gold
            .entities
            .iter()
            .map(|e| e.names.iter().map(|n| lexicon.normalise(n)).collect())
            .collect();
        Scorer {
            gold,
            lexicon,
            parse_date,
            gold_names,
        }
    }

    fn names<'n>(&self, label: &'n String, aliases: &'n [String]) -> HashSet<String> {
        std::iter::once(label)
            .chain(aliases)
            .map(|n| self.lexicon.normalise(n))
            .collect()
    }

    /// The object of a record as matching reads it, and a key that tells duplicates apart.
    fn object(&self, r: &StatementRecord) -> (Side, String) {
        match &r.object {
            ObjectRef::Entity(e) => (Side::Names(self.names(&e.label, &e.aliases)), e.iri.clone()),
            ObjectRef::Literal(l) if l.datatype.ends_with("integer") => {
                let side = l.value.parse().map(Side::Number).unwrap_or_else(|_| {
                    Side::Names(HashSet::from([self.lexicon.normalise(&l.value)]))
                });
                (side, l.value.clone())
            }
            ObjectRef::Literal(l) => {
                let mut parts = l.value.splitn(3, '-').map(|p| p.parse::<i64>().ok());
                let year = parts.next().flatten().unwrap_or(0) as i32;
                let month = parts.next().flatten().map(|m| m as u8);
                let day = parts.next().flatten().map(|d| d as u8);
                (Side::Date(Date { year, month, day }), l.value.clone())
            }
        }
    }

    fn side_matches(&self, side: &Side, gold: &GoldEntity, gold_names: &HashSet<String>) -> bool {
        match side {
            Side::Names(names) => names.iter().any(|n| gold_names.contains(n)),
            Side::Date(d) => gold
                .names
                .iter()
                .filter_map(|n| (self.parse_date)(n))
                .any(|g| dates_agree(d, &g)),
            Side::Number(n) => gold.names.iter().any(|g| {
                parse_integer(g.trim()) == Some(*n) || self.lexicon.normalise(g) == n.to_string()
            }),
        }
    }

    /// The gold triples a record states (indices), read as `reading`.
    fn matches(&self, r: &StatementRecord, reading: &Reading) -> Vec<usize> {
        let subject = Side::Names(self.names(&r.subject.label, &r.subject.aliases));
        let (object, _) = self.object(r);
        let (subject, object) = match (reading.reversed, object) {
            (false, object) => (subject, object),
            (true, object @ Side::Names(_)) => (object, subject),
            (true, _) => return Vec::new(),
        };
        let Side::Names(subject) = subject else {
            return Vec::new();
        };
        let entities = &self.gold.entities;
        self.gold
            .triples
            .iter()
            .enumerate()
            .filter(|(_, g)| g.predicate == reading.property)
            .filter(|(_, g)| g.h < entities.len() && g.t < entities.len())
            .filter(|(_, g)| subject.iter().any(|n| self.gold_names[g.h].contains(n)))
            .filter(|(_, g)| self.side_matches(&object, &entities[g.t], &self.gold_names[g.t]))
            .map(|(i, _)| i)
            .collect()
    }

    /// The readings of a record that count here: properties the gold data scores (and, in a
    /// document annotated for some properties only, one of those).
    fn counted_readings(&self, key: &str, counts_for: &dyn Fn(&str) -> bool) -> Vec<Reading> {
        let annotated = self.gold.annotated.as_ref();
        readings(key, annotated.is_some())
            .into_iter()
            .filter(|r| counts_for(&r.property))
            .filter(|r| annotated.is_none_or(|a| a.contains(&r.property)))
            .collect()
    }

    /// Whether a record's subject is the article's own entity.
    fn about_title(&self, r: &StatementRecord) -> bool {
        let subject = self.names(&r.subject.label, &r.subject.aliases);
        self.gold
            .title_entity
            .and_then(|t| self.gold_names.get(t))
            .is_some_and(|t| subject.iter().any(|n| t.contains(n)))
    }

    /// Scores the document's records into `report`; `counts_for` says which properties count.
    pub fn score(
        &self,
        records: &[StatementRecord],
        counts_for: &dyn Fn(&str) -> bool,
        keep_errors: bool,
        report: &mut Report,
    ) {
        let mut matched = vec![false; self.gold.triples.len()];
        let mut seen = HashSet::new();
        for r in records {
            let key = property_key(r);
            let readings = self.counted_readings(&key, counts_for);
            // One fact however it is stated: a subsidiary read the other way is its parent
            // organization, a spouse either way is one marriage.
            let Some(first) = readings.first() else {
                continue;
            };
            let (s, o) = (r.subject.iri.clone(), self.object(r).1);
            let fact = if first.reversed {
                (o, first.property.clone(), s)
            } else {
                (s, first.property.clone(), o)
            };
            let symmetric = readings
                .iter()
                .any(|x| x.reversed && x.property == first.property);
            let turned = (fact.2.clone(), fact.1.clone(), fact.0.clone());
            if !seen.insert(fact) || (symmetric && seen.contains(&turned)) {
                continue;
            }
            let mut hits: Vec<usize> = readings.iter().flat_map(|x| self.matches(r, x)).collect();
            hits.sort_unstable();
            hits.dedup();
            let fresh = hits
                .iter()
                .filter(|&&i| !std::mem::replace(&mut matched[i], true))
                .count();
            // A prediction whose facts were all matched already is a duplicate of them: not counted.
            if !hits.is_empty() && fresh == 0 {
                continue;
            }
            // Counted under the gold property it met (or its own when it met none).
            let property = hits
                .first()
                .map_or(key.clone(), |&i| self.gold.triples[i].predicate.clone());
            if keep_errors && hits.is_empty() {
                report.errors.push(self.mistake(r, &key));
            }
            let c = Counts {
                correct: u64::from(!hits.is_empty()),
                predicted: 1,
                found: 0,
                gold: 0,
            };
            report.by_rule.entry(r.rule.clone()).or_default().add(&c);
            report.count(&property, self.about_title(r), c);
        }
        self.count_gold(&matched, counts_for, keep_errors, report);
        report.documents += 1;
    }

    /// A wrong prediction, for `eval --errors`.
    fn mistake(&self, r: &StatementRecord, key: &str) -> Mistake {
        Mistake {
            doc: self.gold.id_text(),
            kind: "wrong",
            subject: r.subject.label.clone(),
            property: key.to_string(),
            object: match &r.object {
                ObjectRef::Entity(e) => e.label.clone(),
                ObjectRef::Literal(l) => l.value.clone(),
            },
            rule: r.rule.clone(),
            evidence: match (&r.evidence, &r.source) {
                (Some(e), _) => e.text.clone(),
                (None, Some(s)) => {
                    let names: Vec<&str> = s.datasets.iter().map(|d| d.name.as_str()).collect();
                    format!("world knowledge: {}", names.join(", "))
                }
                (None, None) => String::new(),
            },
        }
    }

    /// Counts the gold triples, found or missed.
    fn count_gold(
        &self,
        matched: &[bool],
        counts_for: &dyn Fn(&str) -> bool,
        keep_errors: bool,
        report: &mut Report,
    ) {
        let name = |e: usize| {
            self.gold
                .entities
                .get(e)
                .and_then(|e| e.names.first())
                .cloned()
                .unwrap_or_default()
        };
        for (i, g) in self.gold.triples.iter().enumerate() {
            if !counts_for(&g.predicate) {
                continue;
            }
            if keep_errors && !matched[i] {
                report.errors.push(Mistake {
                    doc: self.gold.id_text(),
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
            report.count(&g.predicate, Some(g.h) == self.gold.title_entity, c);
        }
    }
}

/// Which properties count: those the gold data has (and `relations`, if given).
pub(crate) fn counted<'a>(
    properties: &'a BTreeSet<String>,
    relations: Option<&'a BTreeSet<String>>,
) -> impl Fn(&str) -> bool + 'a {
    move |p: &str| relations.is_none_or(|r| r.contains(p)) && properties.contains(p)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn dates_agree_at_the_precision_both_give() {
        let d = |year, month, day| Date { year, month, day };
        assert!(dates_agree(
            &d(1920, Some(8), Some(20)),
            &d(1920, None, None)
        ));
        assert!(!dates_agree(
            &d(1920, Some(8), Some(20)),
            &d(1920, Some(8), Some(21))
        ));
    }
}
