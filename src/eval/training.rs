//! Gold documents as training data for the pair model: each extracted entity stands for the
//! gold entity one of whose names equals one of its names (label, aliases, mention surfaces)
//! after normalisation; a pair is labelled with the gold properties between the two gold
//! entities. Fitting and thresholds are [`crate::relate::model::train`].

use super::gold::GoldDocument;
use crate::pipeline::{Extraction, Extractor};
use crate::relate::model::train::{train, Prepared, PropertyReport};
use crate::relate::model::{pair_examples, PairInput, PairModel, TrainOptions, RULE_ID};
use crate::relate::{Object, Resources};
use rayon::prelude::*;
use std::collections::HashSet;

/// The gold entity of each extracted entity.
fn gold_entities(
    extractor: &Extractor,
    ex: &Extraction,
    gold: &GoldDocument,
) -> Vec<Option<usize>> {
    let lex = &extractor.lexicon;
    let text = ex.document().text.as_str();
    let gold_names: Vec<HashSet<String>> = gold
        .entities
        .iter()
        .map(|e| e.names.iter().map(|n| lex.normalise(n)).collect())
        .collect();
    ex.analysis
        .resolution
        .entities
        .iter()
        .map(|e| {
            let mut names: HashSet<String> = std::iter::once(&e.label)
                .chain(&e.aliases)
                .map(|n| lex.normalise(n))
                .collect();
            names.extend(e.mentions.iter().map(|&m| {
                let m = &ex.analysis.mentions[m];
                lex.normalise(&text[m.start..m.end])
            }));
            gold_names
                .iter()
                .position(|g| names.iter().any(|n| g.contains(n)))
        })
        .collect()
}

/// The gold triples, with what the scoring conventions say they imply the other way round (a
/// father's child, a parent organization's subsidiary, a spouse's spouse) where the ontology
/// has the property, so that the model learns both directions.
fn gold_triples(gold: &GoldDocument) -> HashSet<(usize, String, usize)> {
    let mut out: HashSet<(usize, String, usize)> = gold
        .triples
        .iter()
        .map(|t| (t.h, t.predicate.clone(), t.t))
        .collect();
    if gold.annotated.is_some() {
        for t in &gold.triples {
            for p in crate::eval::score::reversed_readings(&t.predicate) {
                out.insert((t.t, p, t.h));
            }
        }
    }
    out
}

/// Extracts one gold document (without the model) and labels its pairs.
pub fn prepare(extractor: &Extractor, gold: &GoldDocument) -> Prepared {
    let ex = extractor.extract(gold.document());
    let gold_of = gold_entities(extractor, &ex, gold);
    let examples = pair_examples(&PairInput {
        doc: &ex.analysis,
        cx: Resources {
            lexicon: &extractor.lexicon,
            onto: &extractor.ontology,
            world_knowledge: extractor.world_knowledge,
        },
        statements: &ex.statements,
    });
    let gold_set = gold_triples(gold);
    let labels = examples
        .iter()
        .map(|e| {
            let (s, o) = (e.pair.subject.index(), e.pair.object.index());
            let (Some(h), Some(t)) = (gold_of[s], gold_of[o]) else {
                return Vec::new();
            };
            gold_set
                .iter()
                .filter(|g| g.0 == h && g.2 == t)
                .map(|g| g.1.clone())
                .collect()
        })
        .collect();
    let onto = &extractor.ontology;
    let rules = ex
        .statements
        .iter()
        .filter(|s| s.rule != RULE_ID)
        .filter_map(|s| {
            let Object::Entity(o) = s.object else {
                return None;
            };
            let wikidata = onto.property(s.property).wikidata.clone()?;
            Some((gold_of[s.subject.index()]?, wikidata, gold_of[o.index()]?))
        })
        .collect();
    Prepared {
        examples,
        labels,
        gold_of,
        gold: gold_set,
        rules,
        annotated: gold.annotated.clone(),
    }
}

/// Fits the pair model on gold documents, with `folds`-fold cross-validated thresholds. The
/// extractor's own model is not used: the rules are the baseline the model must beat.
pub fn train_model(
    extractor: &Extractor,
    gold: &[GoldDocument],
    folds: usize,
    options: TrainOptions,
) -> (PairModel, Vec<PropertyReport>) {
    let mut rules_only = extractor.clone();
    rules_only.model = None;
    let prepared: Vec<Prepared> = gold.par_iter().map(|g| prepare(&rules_only, g)).collect();
    let onto = &extractor.ontology;
    train(&prepared, folds, options, &|p| {
        onto.property_by_wikidata(p).is_some()
    })
}
