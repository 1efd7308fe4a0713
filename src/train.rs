//! Training the relation model ([`crate::model`]) on gold documents, with thresholds chosen by
//! k-fold cross-validation so that each property is predicted only where the model adds to the
//! rules on held-out documents.
//!
//! Labels: an extracted entity stands for the gold entity one of whose names equals one of its
//! names (label, aliases, mention surfaces) after [`normalise`]; a pair is labelled with the gold
//! properties between the two gold entities.

use crate::eval::GoldDocument;
use crate::model::{fit, pair_examples, Labelled, PairExample, PairInput, PairModel, TrainOptions};
use crate::pipeline::{Extraction, Extractor};
use crate::relation::Object;
use crate::resolve::normalise;
use crate::Document;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

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
type PairScores = HashMap<(usize, usize), Vec<f32>>;

/// One gold document, extracted and labelled.
struct Prepared {
    examples: Vec<PairExample>,
    labels: Vec<Vec<String>>,
    /// Gold entity of each extracted entity.
    gold_of: Vec<Option<usize>>,
    /// (subject, property, object) gold triples.
    gold: HashSet<(usize, String, usize)>,
    /// Gold triples the rules found: (gold subject, Wikidata id, gold object).
    rules: HashSet<(usize, String, usize)>,
}

fn prepare(extractor: &Extractor, gold: &GoldDocument) -> Prepared {
    let doc = Document {
        title: gold.title.clone(),
        ..Document::from_text(crate::eval::document_id(&gold.id), gold.text.clone())
    };
    let ex: Extraction = extractor.extract(doc);
    let text = ex.document.text.as_str();
    let gold_names: Vec<HashSet<String>> = gold
        .entities
        .iter()
        .map(|e| e.names.iter().map(|n| normalise(n)).collect())
        .collect();
    let gold_of: Vec<Option<usize>> = ex
        .resolution
        .entities
        .iter()
        .map(|e| {
            let mut names: HashSet<String> = std::iter::once(&e.label)
                .chain(&e.aliases)
                .map(|n| normalise(n))
                .collect();
            names.extend(
                e.mentions
                    .iter()
                    .map(|&m| normalise(&text[ex.mentions[m].start..ex.mentions[m].end])),
            );
            gold_names
                .iter()
                .position(|g| names.iter().any(|n| g.contains(n)))
        })
        .collect();
    let gold_triples: HashSet<(usize, String, usize)> = gold
        .triples
        .iter()
        .map(|t| (t.h, t.predicate.clone(), t.t))
        .collect();
    let examples = pair_examples(&PairInput {
        text,
        segmentation: &ex.segmentation,
        mentions: &ex.mentions,
        resolution: &ex.resolution,
        lexicon: &extractor.lexicon,
        statements: &ex.statements,
    });
    let labels = examples
        .iter()
        .map(
            |e| match (gold_of[e.pair.subject], gold_of[e.pair.object]) {
                (Some(h), Some(t)) => gold
                    .triples
                    .iter()
                    .filter(|g| g.h == h && g.t == t)
                    .map(|g| g.predicate.clone())
                    .collect(),
                _ => Vec::new(),
            },
        )
        .collect();
    let wikidata = |name: &str| {
        extractor
            .ontology
            .property(name)
            .and_then(|p| p.wikidata.clone())
    };
    let rules = ex
        .statements
        .iter()
        .filter(|s| s.rule != crate::model::RULE_ID)
        .filter_map(|s| {
            let Object::Entity(o) = s.object else {
                return None;
            };
            Some((gold_of[s.subject]?, wikidata(&s.property)?, gold_of[o]?))
        })
        .collect();
    Prepared {
        examples,
        labels,
        gold_of,
        gold: gold_triples,
        rules,
    }
}

/// Trains on `gold` with `folds`-fold cross-validation for the thresholds, then on everything.
/// `extractor` should run without a model (its rules are the baseline the model must beat).
pub fn train(
    extractor: &Extractor,
    gold: &[GoldDocument],
    folds: usize,
    options: TrainOptions,
) -> (PairModel, Vec<PropertyReport>) {
    use rayon::prelude::*;
    let prepared: Vec<Prepared> = gold.par_iter().map(|g| prepare(extractor, g)).collect();
    // Properties with enough positive pairs, that the ontology has.
    let mut positives: BTreeMap<String, usize> = BTreeMap::new();
    for p in &prepared {
        for labels in &p.labels {
            for l in labels {
                *positives.entry(l.clone()).or_default() += 1;
            }
        }
    }
    let properties: Vec<String> = positives
        .iter()
        .filter(|(p, &n)| n >= 10 && extractor.ontology.property_by_wikidata(p).is_some())
        .map(|(p, _)| p.clone())
        .collect();
    let labelled = |docs: &mut dyn Iterator<Item = &Prepared>| -> Vec<Labelled> {
        docs.flat_map(|p| {
            p.examples.iter().zip(&p.labels).map(|(e, l)| Labelled {
                features: e.features.clone(),
                labels: l.clone(),
            })
        })
        .collect()
    };
    // Held-out scores: for each document, the best score of each (subject, object) pair.
    let folds = folds.max(2);
    let per_fold: Vec<Vec<(usize, PairScores)>> = (0..folds)
        .into_par_iter()
        .map(|k| {
            let train: Vec<Labelled> = labelled(
                &mut prepared
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % folds != k)
                    .map(|(_, p)| p),
            );
            let model = fit(&train, &properties, options);
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
    let mut reports = Vec::new();
    for (column, property) in properties.iter().enumerate() {
        let gold_count: usize = prepared
            .iter()
            .map(|p| p.gold.iter().filter(|g| &g.1 == property).count())
            .sum();
        // (F1 of rules and model together, precision of what the model adds to the rules)
        let f1_at = |threshold: f32| -> (f64, f64) {
            let (mut correct, mut predicted) = (0usize, 0usize);
            let (mut added, mut added_correct) = (0usize, 0usize);
            for (p, scores) in prepared.iter().zip(&held_out) {
                let mut pairs: HashSet<(usize, usize)> = p
                    .rules
                    .iter()
                    .filter(|r| &r.1 == property)
                    .map(|r| (r.0, r.2))
                    .collect();
                let mut unmatched = 0;
                for (&(s, o), score) in scores {
                    if score[column] < threshold {
                        continue;
                    }
                    match (p.gold_of[s], p.gold_of[o]) {
                        (Some(h), Some(t)) => {
                            if pairs.insert((h, t)) {
                                added += 1;
                                added_correct +=
                                    usize::from(p.gold.contains(&(h, property.clone(), t)));
                            }
                        }
                        _ => {
                            unmatched += 1;
                            added += 1;
                        }
                    }
                }
                predicted += pairs.len() + unmatched;
                correct += pairs
                    .iter()
                    .filter(|(h, t)| p.gold.contains(&(*h, property.clone(), *t)))
                    .count();
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
        };
        let rules_f1 = f1_at(f32::INFINITY).0;
        let (mut best, mut best_f1) = (f32::INFINITY, rules_f1);
        for step in 0..=18 {
            let t = 0.05 + 0.05 * step as f32;
            let (f, added_precision) = f1_at(t);
            if f > best_f1 + 1e-9 && added_precision >= f64::from(options.min_precision) {
                (best, best_f1) = (t, f);
            }
        }
        reports.push(PropertyReport {
            property: property.clone(),
            positives: positives[property],
            threshold: best,
            rules_f1,
            combined_f1: best_f1,
        });
    }
    // Properties are fitted independently: fitting only those switched on gives them the same
    // weights, and a smaller file.
    let on: Vec<&PropertyReport> = reports.iter().filter(|r| r.threshold.is_finite()).collect();
    let names: Vec<String> = on.iter().map(|r| r.property.clone()).collect();
    let all = labelled(&mut prepared.iter());
    let mut model = fit(&all, &names, options);
    model.thresholds = on.iter().map(|r| r.threshold).collect();
    (model, reports)
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
