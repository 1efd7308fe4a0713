//! The features of a pair of mentions: what the model reads.

use crate::relate::{Object, Resources, Statement};
use crate::text::{Analysis, EntityId, MentionId, SentenceId};
use rustc_hash::FxHashMap as HashMap;

/// Mention pairs further apart than this many units are not scored.
const MAX_BETWEEN: usize = 30;

/// What pair features are read from: one document's analysis and the statements so far.
#[derive(Debug, Clone, Copy)]
pub struct PairInput<'a> {
    pub doc: &'a Analysis,
    pub cx: Resources<'a>,
    pub statements: &'a [Statement],
}

/// An ordered pair of entities, and the sentence that names both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub sentence: SentenceId,
    pub subject: EntityId,
    pub object: EntityId,
}

/// One ordered pair of entities in a sentence, described by its features.
#[derive(Debug, Clone)]
pub struct PairExample {
    pub pair: Pair,
    pub features: Vec<String>,
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

/// What the features of every pair of a document share: per entity and per entity pair.
struct DocumentFeatures<'a> {
    input: &'a PairInput<'a>,
    /// What the statements say between two entities: `rule=P` and `rule-inverse=P`.
    stated: HashMap<(EntityId, EntityId), Vec<String>>,
    /// Each entity's head word (the last word of its label), in lower case.
    heads: Vec<String>,
    /// The labels of the places the lexicon puts each entity in.
    within: Vec<Vec<String>>,
}

impl<'a> DocumentFeatures<'a> {
    fn new(input: &'a PairInput<'a>) -> Self {
        let (onto, lexicon) = (input.cx.onto, input.cx.lexicon);
        let entities = &input.doc.resolution.entities;
        let mut stated: HashMap<(EntityId, EntityId), Vec<String>> = HashMap::default();
        for st in input.statements {
            if let Object::Entity(o) = st.object {
                let name = onto.property_name(st.property);
                stated
                    .entry((st.subject, o))
                    .or_default()
                    .push(format!("rule={name}"));
                stated
                    .entry((o, st.subject))
                    .or_default()
                    .push(format!("rule-inverse={name}"));
            }
        }
        let heads = entities
            .iter()
            .map(|e| {
                e.label
                    .rsplit(' ')
                    .next()
                    .unwrap_or(&e.label)
                    .to_lowercase()
            })
            .collect();
        let within = entities
            .iter()
            .map(|e| {
                lexicon
                    .entry_labelled(&e.label)
                    .map(|entry| lexicon.containers(entry))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|c| lexicon.entry(c).label.clone())
                    .collect()
            })
            .collect();
        DocumentFeatures {
            input,
            stated,
            heads,
            within,
        }
    }

    /// The class name of a mention: its entity's, or its own for values.
    fn class_of(&self, m: MentionId) -> &'a str {
        let doc = self.input.doc;
        let class = match doc.resolution.mention_entity[m] {
            Some(e) if !doc.mentions[m].is_value() => doc.resolution.entities[e].class,
            _ => doc.mentions[m].class,
        };
        self.input.cx.onto.class_name(class)
    }
}

/// One sentence's words in lower case and its mentions as class tags.
struct SentenceView<'a> {
    words: Vec<String>,
    /// The first token of the sentence.
    first_token: usize,
    end_token: usize,
    /// Each mention of the sentence (from `first_mention`) as `<Class>`.
    tags: Vec<String>,
    first_mention: usize,
    features: &'a DocumentFeatures<'a>,
}

impl<'v> SentenceView<'v> {
    fn word(&self, t: usize) -> &str {
        &self.words[t - self.first_token]
    }

    /// The units between two mentions: words, and mentions in between as their class. False
    /// when they are too far apart to score.
    fn between<'s>(&'s self, l: MentionId, r: MentionId, units: &mut Vec<&'s str>) -> bool {
        let mentions = &self.features.input.doc.mentions;
        units.clear();
        let mut t = mentions[l].end_token;
        let mut inner = l.index() + 1;
        while t < mentions[r].first_token && units.len() <= MAX_BETWEEN {
            let m = MentionId::from_index(inner);
            if inner < r.index() && mentions[m].first_token == t {
                units.push(self.tags[inner - self.first_mention].as_str());
                t = mentions[m].end_token.max(t + 1);
                inner += 1;
            } else {
                units.push(self.word(t));
                t += 1;
            }
        }
        units.len() <= MAX_BETWEEN
    }
}

/// Calls `visit(pair, features)` for every ordered pair of mentions of two different entities
/// in one sentence.
///
/// Besides the words, a pair's features say what the statements so far state between the two
/// entities, and whether the lexicon puts one place inside the other.
pub fn visit_pairs(input: &PairInput, visit: &mut dyn FnMut(Pair, &[String])) {
    let doc = input.doc;
    let mentions = doc.mentions.as_slice();
    let features = DocumentFeatures::new(input);
    let mut f = FeatureBuffer::default();
    let mut first = 0;
    while first < mentions.len() {
        let sentence = mentions[first].sentence;
        let end = (first..mentions.len())
            .find(|&i| mentions[i].sentence != sentence)
            .unwrap_or(mentions.len());
        let entities: Vec<MentionId> = (first..end)
            .map(MentionId::from_index)
            .filter(|&m| !doc.mentions[m].is_value() && doc.resolution.mention_entity[m].is_some())
            .collect();
        if entities.len() >= 2 {
            let span = doc.segmentation.sentences[sentence].tokens.clone();
            let view = SentenceView {
                words: doc.segmentation.tokens[span.clone()]
                    .iter()
                    .map(|t| t.text(doc.text()).to_lowercase())
                    .collect(),
                first_token: span.start,
                end_token: span.end,
                tags: (first..end)
                    .map(|m| format!("<{}>", features.class_of(MentionId::from_index(m))))
                    .collect(),
                first_mention: first,
                features: &features,
            };
            visit_sentence(&view, &entities, sentence, &mut f, visit);
        }
        first = end;
    }
}

/// One ordered pair as its features see it.
struct PairView<'s> {
    view: &'s SentenceView<'s>,
    /// Subject and object mentions, and their entities.
    mentions: [MentionId; 2],
    entities: [EntityId; 2],
    /// "f" when the subject comes first in the sentence, "r" when it comes second.
    dir: &'static str,
    units: &'s [&'s str],
    before: Option<&'s str>,
    after: Option<&'s str>,
}

fn visit_sentence(
    view: &SentenceView,
    entities: &[MentionId],
    sentence: SentenceId,
    f: &mut FeatureBuffer,
    visit: &mut dyn FnMut(Pair, &[String]),
) {
    let doc = view.features.input.doc;
    let mut units: Vec<&str> = Vec::new();
    for (x, &l) in entities.iter().enumerate() {
        for &r in &entities[x + 1..] {
            let (Some(el), Some(er)) = (
                doc.resolution.mention_entity[l],
                doc.resolution.mention_entity[r],
            ) else {
                continue;
            };
            if el == er || !view.between(l, r, &mut units) {
                continue;
            }
            let (ml, mr) = (&doc.mentions[l], &doc.mentions[r]);
            let before = (ml.first_token > view.first_token).then(|| view.word(ml.first_token - 1));
            let after = (mr.end_token < view.end_token).then(|| view.word(mr.end_token));
            for (mentions, entities, dir) in [([l, r], [el, er], "f"), ([r, l], [er, el], "r")] {
                let pair = PairView {
                    view,
                    mentions,
                    entities,
                    dir,
                    units: &units,
                    before,
                    after,
                };
                pair.features(f);
                visit(
                    Pair {
                        sentence,
                        subject: entities[0],
                        object: entities[1],
                    },
                    f.as_slice(),
                );
            }
        }
    }
}

impl PairView<'_> {
    /// Writes the pair's features into `f`.
    fn features(&self, f: &mut FeatureBuffer) {
        let features = self.view.features;
        let doc = features.input.doc;
        let [subject, object] = self.mentions;
        let [es, eo] = self.entities;
        let (cs, co) = (features.class_of(subject), features.class_of(object));
        let dir = self.dir;
        f.len = 0;
        f.push(format_args!("bias"));
        f.push(format_args!("cs={cs}"));
        f.push(format_args!("co={co}"));
        f.push(format_args!("{dir}|{cs}|{co}"));
        f.push(format_args!("ks={:?}", doc.mentions[subject].kind));
        f.push(format_args!("ko={:?}", doc.mentions[object].kind));
        f.push(format_args!("{dir}|n={}", bucket(self.units.len())));
        for u in self.units {
            f.push(format_args!("{dir}|w={u}"));
        }
        if let Some(u) = self.units.first() {
            f.push(format_args!("{dir}|w0={u}"));
        }
        if let Some(u) = self.units.last() {
            f.push(format_args!("{dir}|wl={u}"));
        }
        if self.units.len() <= 4 {
            let seq = self.units.join(" ");
            f.push(format_args!("{dir}|seq={seq}"));
            f.push(format_args!("{dir}|{cs}|{seq}|{co}"));
        }
        if let Some(w) = self.before {
            f.push(format_args!("{dir}|pre={w}"));
        }
        if let Some(w) = self.after {
            f.push(format_args!("{dir}|post={w}"));
        }
        f.push(format_args!("hs={}", features.heads[es.index()]));
        f.push(format_args!("ho={}", features.heads[eo.index()]));
        for said in features.stated.get(&(es, eo)).into_iter().flatten() {
            f.push(format_args!("{said}"));
        }
        let entities = &doc.resolution.entities;
        if features.within[es.index()].contains(&entities[eo].label) {
            f.push(format_args!("lexicon=inside"));
        } else if features.within[eo.index()].contains(&entities[es].label) {
            f.push(format_args!("lexicon=contains"));
        }
        if doc.resolution.topic == Some(es) {
            f.push(format_args!("topic=s"));
        }
        if doc.resolution.topic == Some(eo) {
            f.push(format_args!("topic=o"));
        }
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
