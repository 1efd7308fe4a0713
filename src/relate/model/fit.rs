//! Fitting the pair model: one logistic regression a property, by stochastic gradient descent.

use super::{sigmoid, PairModel};
use rustc_hash::FxHashMap as HashMap;

/// A labelled example for training: the pair's features and the properties that hold.
#[derive(Debug, Clone)]
pub struct Labelled {
    /// The properties the example is labelled for (`None`: every one). A pair in a document
    /// annotated for some properties only says nothing of the others.
    pub known: Option<Vec<String>>,
    pub features: Vec<String>,
    pub labels: Vec<String>,
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    /// Features seen fewer times than this are left out.
    pub min_count: usize,
    /// A property is predicted only at thresholds where what the model adds to the rules was
    /// at least this precise on held-out documents.
    pub min_precision: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 8,
            learning_rate: 0.2,
            l2: 1e-5,
            min_count: 3,
            min_precision: 0.6,
        }
    }
}

/// Fits one logistic regression a property by stochastic gradient descent, in a fixed order so
/// that the same data gives the same model. Thresholds are left at 0.5.
pub fn fit(examples: &[Labelled], properties: &[String], options: TrainOptions) -> PairModel {
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for ex in examples {
        for f in &ex.features {
            *counts.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut names: Vec<&str> = counts
        .iter()
        .filter(|(_, &c)| c >= options.min_count)
        .map(|(f, _)| *f)
        .collect();
    names.sort_unstable();
    let features: HashMap<String, usize> = names
        .iter()
        .enumerate()
        .map(|(i, f)| (f.to_string(), i))
        .collect();
    let n = properties.len();
    let mut weights = vec![0f32; features.len() * n];
    let mut bias = vec![0f32; n];
    let rows: Vec<(Vec<usize>, Vec<Option<bool>>)> = examples
        .iter()
        .map(|ex| {
            let mut r: Vec<usize> = ex
                .features
                .iter()
                .filter_map(|f| features.get(f).copied())
                .collect();
            r.sort_unstable();
            r.dedup();
            let y = properties
                .iter()
                .map(|p| {
                    let known = ex.known.as_ref().is_none_or(|k| k.contains(p));
                    known.then(|| ex.labels.contains(p))
                })
                .collect();
            (r, y)
        })
        .collect();
    // A fixed pseudo-random order (a multiplicative hash of the index).
    let mut order: Vec<usize> = (0..rows.len()).collect();
    for epoch in 0..options.epochs {
        order.sort_by_key(|&i| (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15 ^ epoch as u64));
        let rate = options.learning_rate / (1.0 + epoch as f32);
        for &i in &order {
            let (row, y) = &rows[i];
            for p in 0..n {
                let Some(label) = y[p] else { continue };
                let z: f32 = bias[p] + row.iter().map(|&f| weights[f * n + p]).sum::<f32>();
                let g = sigmoid(z) - if label { 1.0 } else { 0.0 };
                bias[p] -= rate * g;
                for &f in row {
                    let w = &mut weights[f * n + p];
                    *w -= rate * (g + options.l2 * *w);
                }
            }
        }
    }
    PairModel::from_parts(properties.to_vec(), bias, vec![0.5; n], features, weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(features: &[&str], labels: &[&str]) -> Labelled {
        Labelled {
            known: None,
            features: features.iter().map(|s| s.to_string()).collect(),
            labels: labels.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn fitting_separates_what_the_features_separate() {
        let mut data = Vec::new();
        for _ in 0..20 {
            data.push(example(&["bias", "f|w=in", "co=Country"], &["P17"]));
            data.push(example(&["bias", "f|w=and", "co=Country"], &[]));
            data.push(example(&["bias", "f|w=in", "co=Person"], &[]));
        }
        let model = fit(&data, &["P17".to_string()], TrainOptions::default());
        let score =
            |f: &[&str]| model.scores(&f.iter().map(|s| s.to_string()).collect::<Vec<_>>())[0];
        assert!(score(&["bias", "f|w=in", "co=Country"]) > 0.8);
        assert!(score(&["bias", "f|w=and", "co=Country"]) < 0.2);
        assert!(score(&["bias", "f|w=in", "co=Person"]) < 0.2);
    }

    #[test]
    fn the_tsv_form_reads_back_to_the_same_scores() {
        let data = vec![
            example(&["bias", "a", "b"], &["P17"]),
            example(&["bias", "a", "c"], &[]),
            example(&["bias", "a", "b"], &["P17"]),
            example(&["bias", "c", "c"], &[]),
        ];
        let options = TrainOptions {
            min_count: 1,
            ..Default::default()
        };
        let mut model = fit(&data, &["P17".to_string()], options);
        model.thresholds = vec![0.4];
        let back = PairModel::parse(&model.to_tsv("a comment"), "m.tsv").unwrap();
        assert_eq!(back.properties, model.properties);
        assert_eq!(back.thresholds, vec![0.4]);
        let f: Vec<String> = ["bias", "a", "b"].iter().map(|s| s.to_string()).collect();
        assert!((back.scores(&f)[0] - model.scores(&f)[0]).abs() < 0.01);
    }
}
