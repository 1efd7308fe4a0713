//! A statistical relation model, the second layer after the rules: one-vs-rest logistic
//! regression over pairs of entity mentions in one sentence.
//!
//! Each ordered pair of mentions of two different entities gets features: the entities'
//! classes, the words between them (mentions in between stand as their class), the words just
//! outside, the distance, and whether either side is the article's subject. A property's score is
//! a logistic function of its weights over those features; a pair above the property's threshold
//! becomes a statement with rule id [`RULE_ID`] and the score as its confidence.
//!
//! The weights are data (`data/model/pairs.tsv`), made by `textkg train` from gold documents
//! (the Re-DocRED look split); the thresholds are chosen by cross-validation on those documents.
//!
//! ```
//! use textkg::model::PairModel;
//! let model = PairModel::parse("#properties\tP17\n#bias\t-2\n#threshold\t0.5\nco=Country\t3\n", "m.tsv").unwrap();
//! assert_eq!(model.properties, vec!["P17".to_string()]);
//! ```

use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::mention::Mention;
use crate::ontology::Ontology;
use crate::relation::{Object, Statement};
use crate::resolve::Resolution;
use crate::segment::Segmentation;
use rustc_hash::FxHashMap as HashMap;

/// The rule id of the model's statements, kept in their provenance.
pub const RULE_ID: &str = "model:pairs";

/// The built-in model.
const BUILTIN: &str = include_str!("../data/model/pairs.tsv");

/// Mention pairs further apart than this many units are not scored.
const MAX_BETWEEN: usize = 30;

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

/// One ordered pair of entities in a sentence, described by its features.
#[derive(Debug, Clone)]
pub struct PairExample {
    pub pair: Pair,
    pub features: Vec<String>,
}

impl PairModel {
    /// The model shipped in `data/model/pairs.tsv`; `None` if that file holds no properties.
    pub fn builtin() -> Option<Self> {
        PairModel::parse(BUILTIN, "data/model/pairs.tsv")
            .ok()
            .filter(|m| !m.properties.is_empty())
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

    /// Statements for the pairs whose score passes a property's threshold, named by the
    /// ontology's property aligned with each Wikidata id (properties it lacks are skipped).
    pub fn statements(&self, input: &PairInput, ontology: &Ontology) -> Vec<Statement> {
        let names: Vec<Option<&str>> = self
            .properties
            .iter()
            .map(|p| ontology.property_by_wikidata(p).map(|(name, _)| name))
            .collect();
        let mut out = Vec::new();
        let mut z = Vec::new();
        visit_pairs(input, &mut |pair, features| {
            self.scores_into(features, &mut z);
            for (p, &score) in z.iter().enumerate() {
                let Some(name) = names[p] else { continue };
                if score >= self.thresholds[p] {
                    out.push(Statement {
                        subject: pair.subject,
                        property: name.to_string(),
                        object: Object::Entity(pair.object),
                        sentence: pair.sentence,
                        confidence: score,
                        rule: RULE_ID.to_string(),
                        qualifiers: Vec::new(),
                    });
                }
            }
        });
        out
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// What pair features are read from: one document's analysis and the rules' statements.
#[derive(Debug, Clone, Copy)]
pub struct PairInput<'a> {
    pub text: &'a str,
    pub segmentation: &'a Segmentation,
    pub mentions: &'a [Mention],
    pub resolution: &'a Resolution,
    pub lexicon: &'a Lexicon,
    pub statements: &'a [Statement],
}

/// Every ordered pair of mentions of two different entities in one sentence, with features.
pub fn pair_examples(input: &PairInput) -> Vec<PairExample> {
    let mut out = Vec::new();
    visit_pairs(input, &mut |pair, features| {
        out.push(PairExample {
            pair,
            features: features.to_vec(),
        })
    });
    out
}

/// Features of one pair, written into reused strings.
#[derive(Default)]
struct FeatureBuffer {
    items: Vec<String>,
    len: usize,
}

impl FeatureBuffer {
    fn push(&mut self, args: std::fmt::Arguments) {
        use std::fmt::Write;
        if self.len == self.items.len() {
            self.items.push(String::new());
        }
        let item = &mut self.items[self.len];
        item.clear();
        let _ = item.write_fmt(args);
        self.len += 1;
    }

    fn as_slice(&self) -> &[String] {
        &self.items[..self.len]
    }
}

/// An ordered pair of entities, and the sentence that names both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub sentence: usize,
    pub subject: usize,
    pub object: usize,
}

/// Calls `visit(pair, features)` for every ordered pair of
/// mentions of two different entities in one sentence.
///
/// Besides the words, a pair's features say what the rules already stated between the two
/// entities, and whether the lexicon puts one place inside the other.
pub fn visit_pairs(input: &PairInput, visit: &mut dyn FnMut(Pair, &[String])) {
    let PairInput {
        text,
        segmentation: seg,
        mentions,
        resolution,
        lexicon,
        statements,
    } = *input;
    let mut stated: HashMap<(usize, usize), Vec<String>> = HashMap::default();
    for st in statements {
        if let Object::Entity(o) = st.object {
            stated
                .entry((st.subject, o))
                .or_default()
                .push(format!("rule={}", st.property));
            stated
                .entry((o, st.subject))
                .or_default()
                .push(format!("rule-inverse={}", st.property));
        }
    }
    let heads: Vec<String> = resolution
        .entities
        .iter()
        .map(|e| {
            e.label
                .rsplit(' ')
                .next()
                .unwrap_or(&e.label)
                .to_lowercase()
        })
        .collect();
    // The places the lexicon puts each entity in.
    let within: Vec<Vec<String>> = resolution
        .entities
        .iter()
        .map(|e| crate::geo::containers(lexicon, &e.label))
        .collect();
    let class_of = |m: usize| -> &str {
        match resolution.mention_entity[m] {
            Some(e) if !mentions[m].is_value() => resolution.entities[e].class.as_str(),
            _ => mentions[m].class.as_str(),
        }
    };
    let mut f = FeatureBuffer::default();
    let mut first = 0;
    while first < mentions.len() {
        let sentence = mentions[first].sentence;
        let end = (first..mentions.len())
            .find(|&i| mentions[i].sentence != sentence)
            .unwrap_or(mentions.len());
        let entities: Vec<usize> = (first..end)
            .filter(|&m| !mentions[m].is_value() && resolution.mention_entity[m].is_some())
            .collect();
        if entities.len() < 2 {
            first = end;
            continue;
        }
        // The sentence's words in lower case, and each mention as its class.
        let span = seg.sentences[sentence].tokens.clone();
        let words: Vec<String> = seg.tokens[span.clone()]
            .iter()
            .map(|t| t.text(text).to_lowercase())
            .collect();
        let tags: Vec<String> = (first..end).map(|m| format!("<{}>", class_of(m))).collect();
        let word = |t: usize| words[t - span.start].as_str();
        let mut units: Vec<&str> = Vec::new();
        for (x, &l) in entities.iter().enumerate() {
            for &r in &entities[x + 1..] {
                let (el, er) = (resolution.mention_entity[l], resolution.mention_entity[r]);
                let (Some(el), Some(er)) = (el, er) else {
                    continue;
                };
                if el == er {
                    continue;
                }
                // The units between: words, and mentions as their class.
                units.clear();
                let mut t = mentions[l].end_token;
                let mut inner = l + 1;
                while t < mentions[r].first_token && units.len() <= MAX_BETWEEN {
                    if inner < r && mentions[inner].first_token == t {
                        units.push(&tags[inner - first]);
                        t = mentions[inner].end_token.max(t + 1);
                        inner += 1;
                    } else {
                        units.push(word(t));
                        t += 1;
                    }
                }
                if units.len() > MAX_BETWEEN {
                    continue;
                }
                let before = (mentions[l].first_token > span.start)
                    .then(|| word(mentions[l].first_token - 1));
                let after = (mentions[r].end_token < span.end).then(|| word(mentions[r].end_token));
                for (subject, object, dir) in [(l, r, "f"), (r, l, "r")] {
                    let (cs, co) = (class_of(subject), class_of(object));
                    let (es, eo) = if dir == "f" { (el, er) } else { (er, el) };
                    f.len = 0;
                    f.push(format_args!("bias"));
                    f.push(format_args!("cs={cs}"));
                    f.push(format_args!("co={co}"));
                    f.push(format_args!("{dir}|{cs}|{co}"));
                    f.push(format_args!("ks={:?}", mentions[subject].kind));
                    f.push(format_args!("ko={:?}", mentions[object].kind));
                    f.push(format_args!("{dir}|n={}", bucket(units.len())));
                    for u in &units {
                        f.push(format_args!("{dir}|w={u}"));
                    }
                    if let Some(u) = units.first() {
                        f.push(format_args!("{dir}|w0={u}"));
                    }
                    if let Some(u) = units.last() {
                        f.push(format_args!("{dir}|wl={u}"));
                    }
                    if units.len() <= 4 {
                        let seq = units.join(" ");
                        f.push(format_args!("{dir}|seq={seq}"));
                        f.push(format_args!("{dir}|{cs}|{seq}|{co}"));
                    }
                    if let Some(w) = before {
                        f.push(format_args!("{dir}|pre={w}"));
                    }
                    if let Some(w) = after {
                        f.push(format_args!("{dir}|post={w}"));
                    }
                    f.push(format_args!("hs={}", heads[es]));
                    f.push(format_args!("ho={}", heads[eo]));
                    for said in stated.get(&(es, eo)).into_iter().flatten() {
                        f.push(format_args!("{said}"));
                    }
                    let (ls, lo) = (
                        &resolution.entities[es].label,
                        &resolution.entities[eo].label,
                    );
                    if within[es].contains(lo) {
                        f.push(format_args!("lexicon=inside"));
                    } else if within[eo].contains(ls) {
                        f.push(format_args!("lexicon=contains"));
                    }
                    if resolution.topic == Some(es) {
                        f.push(format_args!("topic=s"));
                    }
                    if resolution.topic == Some(eo) {
                        f.push(format_args!("topic=o"));
                    }
                    visit(
                        Pair {
                            sentence,
                            subject: es,
                            object: eo,
                        },
                        f.as_slice(),
                    );
                }
            }
        }
        first = end;
    }
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=4 => "3-4",
        5..=8 => "5-8",
        9..=15 => "9-15",
        _ => "16+",
    }
}

/// A labelled example for training: the pair's features and the properties that hold.
#[derive(Debug, Clone)]
pub struct Labelled {
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
    let rows: Vec<(Vec<usize>, Vec<bool>)> = examples
        .iter()
        .map(|ex| {
            let mut r: Vec<usize> = ex
                .features
                .iter()
                .filter_map(|f| features.get(f).copied())
                .collect();
            r.sort_unstable();
            r.dedup();
            let y = properties.iter().map(|p| ex.labels.contains(p)).collect();
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
                let z: f32 = bias[p] + row.iter().map(|&f| weights[f * n + p]).sum::<f32>();
                let g = sigmoid(z) - if y[p] { 1.0 } else { 0.0 };
                bias[p] -= rate * g;
                for &f in row {
                    let w = &mut weights[f * n + p];
                    *w -= rate * (g + options.l2 * *w);
                }
            }
        }
    }
    PairModel {
        properties: properties.to_vec(),
        thresholds: vec![0.5; n],
        bias,
        features,
        weights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(features: &[&str], labels: &[&str]) -> Labelled {
        Labelled {
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
