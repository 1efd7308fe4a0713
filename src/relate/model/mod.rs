//! A statistical relation model, the second stage after the rules: one-vs-rest logistic
//! regression over pairs of entity mentions in one sentence.
//!
//! Each ordered pair of mentions of two different entities gets features ([`features`]): the
//! entities' classes, the words between them (mentions in between stand as their class), the
//! words just outside, the distance, and whether either side is the article's subject. A
//! property's score is a logistic function of its weights over those features; a pair above the
//! property's threshold becomes a statement with rule id [`RULE_ID`] and the score as its
//! confidence.
//!
//! The weights are data (`data/model/pairs.tsv`), made by `textkg train` ([`fit`], [`train`]).
//!
//! ```
//! use textkg::relate::model::PairModel;
//! let model = PairModel::parse("#properties\tP17\n#bias\t-2\n#threshold\t0.5\nco=Country\t3\n", "m.tsv").unwrap();
//! assert_eq!(model.properties, vec!["P17".to_string()]);
//! ```

pub mod features;
pub mod fit;
pub mod train;

pub use features::{pair_examples, visit_pairs, Pair, PairExample, PairInput};
pub use fit::{fit, Labelled, TrainOptions};

use crate::error::{Error, Result};
use crate::relate::{Object, Producer, Resources, Statement};
use crate::text::Analysis;
use rustc_hash::FxHashMap as HashMap;

/// The rule id of the model's statements, kept in their provenance.
pub const RULE_ID: &str = "model:pairs";

/// The built-in model.
const BUILTIN: &str = include_str!("../../../data/model/pairs.tsv");

/// Trained weights: one column a property.
#[derive(Debug, Clone, Default)]
pub struct PairModel {
    /// Wikidata ids, in column order.
    pub properties: Vec<String>,
    pub bias: Vec<f32>,
    pub thresholds: Vec<f32>,
    /// Feature → row of `weights` (`properties.len()` values a row).
    features: HashMap<String, usize>,
    weights: Vec<f32>,
}

impl PairModel {
    /// The model shipped in `data/model/pairs.tsv`.
    pub fn builtin() -> Result<Self> {
        PairModel::parse(BUILTIN, "data/model/pairs.tsv")
    }

    /// Reads the TSV form written by [`PairModel::to_tsv`]. Errors name the line.
    pub fn parse(text: &str, path: &str) -> Result<Self> {
        let mut model = PairModel::default();
        let bad = |line: usize, message: &str| Error::BadDataFile {
            path: path.to_string(),
            line,
            message: message.to_string(),
        };
        for (i, line) in text.lines().enumerate() {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or_default();
            let values: Vec<&str> = fields.collect();
            let numbers = || -> Result<Vec<f32>> {
                values
                    .iter()
                    .map(|v| v.parse::<f32>().map_err(|_| bad(i + 1, "not a number")))
                    .collect()
            };
            match name {
                "#properties" => model.properties = values.iter().map(|s| s.to_string()).collect(),
                "#bias" => model.bias = numbers()?,
                "#threshold" => model.thresholds = numbers()?,
                _ if name.starts_with('#') || name.is_empty() => {}
                _ => {
                    let row = numbers()?;
                    if row.len() != model.properties.len() {
                        return Err(bad(i + 1, "the row has not one weight a property"));
                    }
                    model
                        .features
                        .insert(name.to_string(), model.features.len());
                    model.weights.extend(row);
                }
            }
        }
        let n = model.properties.len();
        if model.bias.len() != n || model.thresholds.len() != n {
            return Err(bad(0, "#bias and #threshold need one value a property"));
        }
        Ok(model)
    }

    /// The model as TSV: header lines, then one row a feature (sorted; rows whose weights are all
    /// below 0.05 are left out: they barely move a score).
    pub fn to_tsv(&self, comment: &str) -> String {
        let fmt = |v: &[f32]| {
            v.iter()
                .map(|x| format!("{x:.3}"))
                .collect::<Vec<_>>()
                .join("\t")
        };
        let n = self.properties.len();
        let mut out = String::new();
        for line in comment.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str(&format!("#properties\t{}\n", self.properties.join("\t")));
        out.push_str(&format!("#bias\t{}\n", fmt(&self.bias)));
        out.push_str(&format!("#threshold\t{}\n", fmt(&self.thresholds)));
        let mut rows: Vec<(&String, &usize)> = self.features.iter().collect();
        rows.sort();
        for (name, &row) in rows {
            let w = &self.weights[row * n..(row + 1) * n];
            if w.iter().any(|x| x.abs() >= 0.05) {
                out.push_str(&format!("{name}\t{}\n", fmt(w)));
            }
        }
        out
    }

    /// A model from its columns and rows (see [`fit`]).
    pub(crate) fn from_parts(
        properties: Vec<String>,
        bias: Vec<f32>,
        thresholds: Vec<f32>,
        features: HashMap<String, usize>,
        weights: Vec<f32>,
    ) -> Self {
        PairModel {
            properties,
            bias,
            thresholds,
            features,
            weights,
        }
    }

    /// The probability of each property for one pair.
    pub fn scores(&self, features: &[String]) -> Vec<f32> {
        let mut z = Vec::new();
        self.scores_into(features, &mut z);
        z
    }

    /// [`PairModel::scores`] into a buffer, so that scoring many pairs allocates nothing.
    fn scores_into(&self, features: &[String], z: &mut Vec<f32>) {
        let n = self.properties.len();
        z.clear();
        z.extend_from_slice(&self.bias);
        for f in features {
            if let Some(&row) = self.features.get(f.as_str()) {
                for (zp, w) in z.iter_mut().zip(&self.weights[row * n..(row + 1) * n]) {
                    *zp += w;
                }
            }
        }
        z.iter_mut().for_each(|x| *x = sigmoid(*x));
    }
}

impl Producer for PairModel {
    fn name(&self) -> &'static str {
        "pair model"
    }

    /// Statements for the pairs whose score passes a property's threshold, named by the
    /// ontology's property aligned with each Wikidata id (properties it lacks are skipped).
    fn produce(&self, cx: &Resources, doc: &Analysis, stated: &[Statement]) -> Vec<Statement> {
        let properties: Vec<_> = self
            .properties
            .iter()
            .map(|p| cx.onto.property_by_wikidata(p))
            .collect();
        let input = PairInput {
            doc,
            cx: *cx,
            statements: stated,
        };
        let mut out = Vec::new();
        let mut z = Vec::new();
        visit_pairs(&input, &mut |pair, features| {
            self.scores_into(features, &mut z);
            for (p, &score) in z.iter().enumerate() {
                let Some(property) = properties[p] else {
                    continue;
                };
                if score >= self.thresholds[p] {
                    out.push(Statement {
                        subject: pair.subject,
                        property,
                        object: Object::Entity(pair.object),
                        sentence: pair.sentence,
                        confidence: score,
                        rule: RULE_ID.to_string(),
                        qualifiers: Vec::new(),
                        knowledge: None,
                    });
                }
            }
        });
        out
    }
}

pub(crate) fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_model_file_names_its_line() {
        let text = "#properties\tP17\tP131\n#bias\t0\t0\n#threshold\t0.5\t0.5\nfeature\t1\n";
        let err = PairModel::parse(text, "m.tsv").unwrap_err().to_string();
        assert!(err.starts_with("m.tsv:4:"), "{err}");
        let err = PairModel::parse("#properties\tP17\n#bias\tx\n", "m.tsv")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("m.tsv:2:"), "{err}");
    }

    #[test]
    fn the_builtin_model_loads() {
        let model = PairModel::builtin().expect("data/model/pairs.tsv holds a model");
        assert!(!model.properties.is_empty());
        assert!(model.thresholds.iter().all(|t| (0.0..=1.0).contains(t)));
    }
}
