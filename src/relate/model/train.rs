//! Training: cross-validated thresholds over labelled pairs, so that each property is predicted
//! only where the model adds to the rules on held-out documents.
//!
//! The caller prepares each gold document ([`Prepared`]): its pairs with their features and gold
//! labels, and the gold triples the rules already found (see `textkg::eval::training`).

use super::{fit, Labelled, PairExample, PairModel, TrainOptions};
use crate::text::EntityId;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A triple between gold entities: (subject, Wikidata property, object), by gold entity index.
pub type GoldTriple = (usize, String, usize);

/// One gold document, extracted and labelled.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub examples: Vec<PairExample>,
    /// The gold properties of each example's pair.
    pub labels: Vec<Vec<String>>,
    /// The gold entity of each extracted entity.
    pub gold_of: Vec<Option<usize>>,
    pub gold: HashSet<GoldTriple>,
    /// Gold triples the rules found.
    pub rules: HashSet<GoldTriple>,
    /// The properties the document was annotated for, where only some were (KnowledgeNet).
    pub annotated: Option<Vec<String>>,
}

impl Prepared {
    /// Whether the document's gold says anything of `property`.
    fn knows(&self, property: &str) -> bool {
        self.annotated
            .as_ref()
            .is_none_or(|a| a.iter().any(|p| p == property))
    }
}

/// What cross-validation measured for one property.
#[derive(Debug, Clone, Serialize)]
pub struct PropertyReport {
    pub property: String,
    pub positives: usize,
    /// Infinite where the model does not improve on the rules: the property is left out.
    pub threshold: f32,
    /// Held-out F1 of the rules alone, and of the rules with the model at the threshold.
    pub rules_f1: f64,
    pub combined_f1: f64,
}

/// Scores of each property, by (subject, object) entity pair.
type PairScores = HashMap<(EntityId, EntityId), Vec<f32>>;

/// Trains on prepared documents with `folds`-fold cross-validation for the thresholds, then on
/// everything. Only properties with ten positive pairs that `known` accepts are fitted.
pub fn train(
    prepared: &[Prepared],
    folds: usize,
    options: TrainOptions,
    known: &(dyn Fn(&str) -> bool + Sync),
) -> (PairModel, Vec<PropertyReport>) {
    let mut positives: BTreeMap<String, usize> = BTreeMap::new();
    for label in prepared.iter().flat_map(|p| p.labels.iter().flatten()) {
        *positives.entry(label.clone()).or_default() += 1;
    }
    let properties: Vec<String> = positives
        .iter()
        .filter(|(p, &n)| n >= 10 && known(p))
        .map(|(p, _)| p.clone())
        .collect();
    let held_out = held_out_scores(prepared, folds.max(2), &properties, options);
    let reports: Vec<PropertyReport> = properties
        .iter()
        .enumerate()
        .map(|(column, property)| {
            let mut report = choose_threshold(prepared, &held_out, column, property, options);
            report.positives = positives[property];
            report
        })
        .collect();
    // Properties are fitted independently: fitting only those switched on gives them the same
    // weights, and a smaller file.
    let on: Vec<&PropertyReport> = reports.iter().filter(|r| r.threshold.is_finite()).collect();
    let names: Vec<String> = on.iter().map(|r| r.property.clone()).collect();
    let mut model = fit(&labelled(prepared.iter()), &names, options);
    model.thresholds = on.iter().map(|r| r.threshold).collect();
    (model, reports)
}

fn labelled<'a>(docs: impl Iterator<Item = &'a Prepared>) -> Vec<Labelled> {
    docs.flat_map(|p| {
        p.examples.iter().zip(&p.labels).map(|(e, l)| Labelled {
            known: p.annotated.clone(),
            features: e.features.clone(),
            labels: l.clone(),
        })
    })
    .collect()
}

/// For each document, the best held-out score of each (subject, object) pair: the model of the
/// fold that did not see the document.
fn held_out_scores(
    prepared: &[Prepared],
    folds: usize,
    properties: &[String],
    options: TrainOptions,
) -> Vec<PairScores> {
    let per_fold: Vec<Vec<(usize, PairScores)>> = (0..folds)
        .into_par_iter()
        .map(|k| {
            let train = labelled(
                prepared
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % folds != k)
                    .map(|(_, p)| p),
            );
            let model = fit(&train, properties, options);
            prepared
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds == k)
                .map(|(i, p)| (i, best_scores(&model, p)))
                .collect()
        })
        .collect();
    let mut held_out = vec![HashMap::new(); prepared.len()];
    for (i, scores) in per_fold.into_iter().flatten() {
        held_out[i] = scores;
    }
    held_out
}

/// The threshold at which rules and model together score best on held-out documents, if the
/// model adds anything there at `options.min_precision`.
fn choose_threshold(
    prepared: &[Prepared],
    held_out: &[PairScores],
    column: usize,
    property: &str,
    options: TrainOptions,
) -> PropertyReport {
    let at = |threshold| held_out_f1(prepared, held_out, column, property, threshold);
    let rules_f1 = at(f32::INFINITY).0;
    let (mut best, mut best_f1) = (f32::INFINITY, rules_f1);
    for step in 0..=18 {
        let t = 0.05 + 0.05 * step as f32;
        let (f, added_precision) = at(t);
        if f > best_f1 + 1e-9 && added_precision >= f64::from(options.min_precision) {
            (best, best_f1) = (t, f);
        }
    }
    PropertyReport {
        property: property.to_string(),
        positives: 0,
        threshold: best,
        rules_f1,
        combined_f1: best_f1,
    }
}

/// (F1 of rules and model together, precision of what the model adds to the rules) at a threshold.
fn held_out_f1(
    prepared: &[Prepared],
    held_out: &[PairScores],
    column: usize,
    property: &str,
    threshold: f32,
) -> (f64, f64) {
    let gold_count: usize = prepared
        .iter()
        .filter(|p| p.knows(property))
        .map(|p| p.gold.iter().filter(|g| g.1 == property).count())
        .sum();
    let (mut correct, mut predicted) = (0usize, 0usize);
    let (mut added, mut added_correct) = (0usize, 0usize);
    for (p, scores) in prepared
        .iter()
        .zip(held_out)
        .filter(|(p, _)| p.knows(property))
    {
        let is_gold = |h: usize, t: usize| p.gold.contains(&(h, property.to_string(), t));
        let mut pairs: HashSet<(usize, usize)> = p
            .rules
            .iter()
            .filter(|r| r.1 == property)
            .map(|r| (r.0, r.2))
            .collect();
        let mut unmatched = 0;
        for (&(s, o), score) in scores {
            if score[column] < threshold {
                continue;
            }
            match (p.gold_of[s.index()], p.gold_of[o.index()]) {
                (Some(h), Some(t)) => {
                    if pairs.insert((h, t)) {
                        added += 1;
                        added_correct += usize::from(is_gold(h, t));
                    }
                }
                _ => {
                    unmatched += 1;
                    added += 1;
                }
            }
        }
        predicted += pairs.len() + unmatched;
        correct += pairs.iter().filter(|(h, t)| is_gold(*h, *t)).count();
    }
    let (p, r) = (
        correct as f64 / predicted.max(1) as f64,
        correct as f64 / gold_count.max(1) as f64,
    );
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (f1, added_correct as f64 / added.max(1) as f64)
}

/// The best score of each property for each (subject, object) entity pair of a document.
fn best_scores(model: &PairModel, p: &Prepared) -> PairScores {
    let mut out = PairScores::new();
    for ex in &p.examples {
        let scores = model.scores(&ex.features);
        let best = out
            .entry((ex.pair.subject, ex.pair.object))
            .or_insert_with(|| vec![0.0; scores.len()]);
        for (b, s) in best.iter_mut().zip(scores) {
            *b = b.max(s);
        }
    }
    out
}
