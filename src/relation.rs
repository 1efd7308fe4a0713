//! Relations: statements with evidence, made by rules over tokens and typed mentions.
//!
//! Rules are data (`data/rules/*.toml`, and user files given with `--rules`). A rule names a
//! property of the ontology and one or more patterns. A pattern is a sequence of items:
//!
//! | item | matches |
//! |---|---|
//! | `S`, `S:Organization\|Person`, `S:!Person` | the subject: a mention whose entity has one of the classes (or not the `!` one) |
//! | `O`, `O:Date`, `O:Quantity`, `O:Country` | the object: an entity of a class, a date or a quantity |
//! | `T:Date` | a date that qualifies the statement (its `qualifier` property) |
//! | `[Person]`, `[]` | some other mention (of a class, or any) |
//! | `founded\|formed` | one token, case-insensitive; `in?` is optional |
//! | `...` | up to `gap` tokens or mentions (default 6) |
//!
//! A pattern without `S` takes the article's subject as its subject; `topic = ["Person"]` limits
//! that to subjects of those classes, and `first_sentence = true` reads only the defining sentence.

use crate::error::{Error, Result};
use crate::mention::{Mention, MentionKind};
use crate::ontology::Ontology;
use crate::resolve::Resolution;
use crate::segment::Segmentation;
use crate::value::Value;
use serde::Deserialize;
use std::collections::HashMap;

/// The object of a statement: an entity of the document or a literal value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Object {
    Entity(usize),
    Value(Value),
}

/// A statement read from one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Index of the subject entity.
    pub subject: usize,
    /// Local name of the property in the ontology.
    pub property: String,
    pub object: Object,
    /// The sentence it was read from.
    pub sentence: usize,
    pub confidence: f32,
    /// The rule that made it.
    pub rule: String,
    /// Qualifiers: (property local name, value), e.g. (`pointInTime`, 2013).
    pub qualifiers: Vec<(String, Value)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    Subject,
    Object,
    Time,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Mention {
        role: Role,
        classes: ClassSet,
    },
    Word {
        alternatives: Vec<String>,
        /// The alternatives as ids of the rule set's vocabulary (compared instead of text).
        ids: Vec<u32>,
        optional: bool,
    },
    Gap,
}

/// The classes a pattern item admits and excludes, as ontology bit masks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct ClassSet {
    admitted: u64,
    excluded: u64,
    /// `admitted` without the root class `Entity`: what an adjective may stand for.
    specific: u64,
    asks_concept: bool,
}

impl ClassSet {
    fn new(classes: &[String], onto: &Ontology) -> Self {
        let mut set = ClassSet::default();
        for c in classes {
            match c.strip_prefix('!') {
                Some(x) => set.excluded |= onto.bit(x),
                None => {
                    set.admitted |= onto.bit(c);
                    if c != "Entity" {
                        set.specific |= onto.bit(c);
                    }
                    set.asks_concept |= c == "Concept";
                }
            }
        }
        set
    }
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub property: String,
    pub confidence: f32,
    pub qualifier: Option<String>,
    pub inverse: Option<String>,
    gap: usize,
    /// For patterns without `S`: the classes the article's subject must have (any if empty).
    topic: Vec<String>,
    /// Whether the rule reads only the first sentence of prose (the defining sentence).
    first_sentence: bool,
    patterns: Vec<Vec<Item>>,
    /// Lowercase words of which at least one must be in the sentence (a cheap prefilter).
    triggers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    property: String,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(default = "default_confidence")]
    confidence: f32,
    #[serde(default)]
    qualifier: Option<String>,
    #[serde(default)]
    inverse: Option<String>,
    #[serde(default = "default_gap")]
    gap: usize,
    #[serde(default)]
    topic: Vec<String>,
    #[serde(default)]
    first_sentence: bool,
}

fn default_confidence() -> f32 {
    0.8
}
fn default_gap() -> usize {
    6
}

/// The rule set: built-in rules plus any user files.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    /// Trigger word → the rules that need it; rules without triggers are always tried.
    by_trigger: HashMap<String, Vec<usize>>,
    untriggered: Vec<usize>,
    /// Every word the patterns name, with its id.
    vocab: HashMap<String, u32>,
}

const BUILTIN: &[(&str, &str)] = &[(
    "data/rules/core.toml",
    include_str!("../data/rules/core.toml"),
)];

impl RuleSet {
    /// The rules shipped in `data/rules/`.
    pub fn builtin(onto: &Ontology) -> Result<Self> {
        let mut set = RuleSet::default();
        for (path, text) in BUILTIN {
            set.add_file(text, path, onto)?;
        }
        Ok(set)
    }

    /// Adds the rules of a TOML file; errors name the file and line.
    pub fn add_file(&mut self, text: &str, path: &str, onto: &Ontology) -> Result<()> {
        let file: RuleFile = toml::from_str(text).map_err(|e| Error::BadDataFile {
            path: path.to_string(),
            line: e
                .span()
                .map(|s| 1 + text[..s.start.min(text.len())].matches('\n').count())
                .unwrap_or(0),
            message: e.message().to_string(),
        })?;
        for spec in file.rule {
            let line = text
                .find(&format!("\"{}\"", spec.id))
                .map(|p| 1 + text[..p].matches('\n').count())
                .unwrap_or(0);
            let bad = |message: String| Error::BadDataFile {
                path: path.to_string(),
                line,
                message: format!("rule `{}`: {message}", spec.id),
            };
            for (what, name) in [
                ("property", Some(&spec.property)),
                ("qualifier", spec.qualifier.as_ref()),
                ("inverse", spec.inverse.as_ref()),
            ] {
                if let Some(name) = name {
                    if onto.property(name).is_none() {
                        return Err(bad(format!(
                            "unknown {what} `{name}`; it must be a property of ontology/textkg.ttl"
                        )));
                    }
                }
            }
            for class in &spec.topic {
                if onto.class(class.trim_start_matches('!')).is_none() {
                    return Err(bad(format!("unknown topic class `{class}`")));
                }
            }
            let mut patterns = Vec::new();
            for source in spec.patterns.iter().chain(spec.pattern.iter()) {
                patterns.push(
                    compile(source, onto, &mut self.vocab)
                        .map_err(|m| bad(format!("pattern `{source}`: {m}")))?,
                );
            }
            if patterns.is_empty() {
                return Err(bad("needs `pattern` or `patterns`".into()));
            }
            if !(0.0..=1.0).contains(&spec.confidence) {
                return Err(bad("confidence must be between 0 and 1".into()));
            }
            let mut triggers: Vec<String> = Vec::new();
            let mut every_pattern_has_words = true;
            for p in &patterns {
                let words: Vec<&String> = p
                    .iter()
                    .filter_map(|i| match i {
                        Item::Word {
                            alternatives,
                            optional: false,
                            ..
                        } => Some(alternatives),
                        _ => None,
                    })
                    .flatten()
                    .collect();
                every_pattern_has_words &= !words.is_empty();
                triggers.extend(words.into_iter().cloned());
            }
            if !every_pattern_has_words {
                triggers.clear();
            }
            self.rules.push(Rule {
                id: spec.id,
                property: spec.property,
                confidence: spec.confidence,
                qualifier: spec.qualifier,
                inverse: spec.inverse,
                gap: spec.gap,
                topic: spec.topic,
                first_sentence: spec.first_sentence,
                patterns,
                triggers,
            });
        }
        self.index();
        Ok(())
    }

    fn index(&mut self) {
        self.by_trigger.clear();
        self.untriggered.clear();
        for (i, rule) in self.rules.iter().enumerate() {
            if rule.triggers.is_empty() {
                self.untriggered.push(i);
            }
            for word in &rule.triggers {
                let rules = self.by_trigger.entry(word.clone()).or_default();
                if rules.last() != Some(&i) {
                    rules.push(i);
                }
            }
        }
    }

    /// The rules worth trying on a sentence with these (lowercase) words, in rule order.
    fn candidates<'a>(&self, words: impl Iterator<Item = &'a String>) -> Vec<usize> {
        let mut out = self.untriggered.clone();
        for w in words {
            if let Some(rules) = self.by_trigger.get(w) {
                out.extend(rules);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

fn compile(
    source: &str,
    onto: &Ontology,
    vocab: &mut HashMap<String, u32>,
) -> std::result::Result<Vec<Item>, String> {
    let mut items = Vec::new();
    let check = |classes: &[String]| -> std::result::Result<(), String> {
        for c in classes {
            let c = c.trim_start_matches('!');
            if !matches!(c, "Date" | "Quantity") && onto.class(c).is_none() {
                return Err(format!("unknown class `{c}`"));
            }
        }
        Ok(())
    };
    for part in source.split_whitespace() {
        let item = if part == "..." {
            Item::Gap
        } else if part.starts_with('[') && part.ends_with(']') && part.len() >= 2 {
            mention_item(Role::Other, &part[1..part.len() - 1], onto, &check)?
        } else if let Some((role, rest)) = role_of(part) {
            mention_item(role, rest, onto, &check)?
        } else {
            let (word, optional) = match part.strip_suffix('?') {
                Some(w) if !w.is_empty() => (w, true),
                _ => (part, false),
            };
            Item::Word {
                ids: word
                    .split('|')
                    .map(|w| {
                        let next = vocab.len() as u32;
                        *vocab.entry(w.to_lowercase()).or_insert(next)
                    })
                    .collect(),
                alternatives: word.split('|').map(str::to_lowercase).collect(),
                optional,
            }
        };
        items.push(item);
    }
    let count = |r: Role| {
        items
            .iter()
            .filter(|i| matches!(i, Item::Mention { role, .. } if *role == r))
            .count()
    };
    if count(Role::Object) != 1 {
        return Err("needs exactly one object `O`".into());
    }
    if count(Role::Subject) > 1 || count(Role::Time) > 1 {
        return Err("at most one `S` and one `T`".into());
    }
    Ok(items)
}

/// A mention item from its classes, `Person|Organization` or `!Person`.
fn mention_item(
    role: Role,
    classes: &str,
    onto: &Ontology,
    check: &dyn Fn(&[String]) -> std::result::Result<(), String>,
) -> std::result::Result<Item, String> {
    let classes: Vec<String> = classes
        .split('|')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    check(&classes)?;
    Ok(Item::Mention {
        role,
        classes: ClassSet::new(&classes, onto),
    })
}

fn role_of(part: &str) -> Option<(Role, &str)> {
    let (head, rest) = part.split_once(':').unwrap_or((part, ""));
    let role = match head {
        "S" => Role::Subject,
        "O" => Role::Object,
        "T" => Role::Time,
        _ => return None,
    };
    Some((role, rest))
}

/// One element of a sentence as the matcher sees it.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Token,
    Mention(usize),
}

struct Context<'a> {
    /// Each mention's class bits: its entity's class, or its own for values.
    masks: Vec<u64>,
    mentions: &'a [Mention],
    resolution: &'a Resolution,
}

#[derive(Clone, Copy, Default)]
struct Binding {
    subject: Option<usize>,
    object: Option<usize>,
    time: Option<usize>,
}

impl Context<'_> {
    fn fits(&self, mention: usize, role: &Role, set: &ClassSet) -> bool {
        let m = &self.mentions[mention];
        let is_value = m.is_value();
        // Subjects and other entities must be entities; objects may be values.
        // Adjectives and demonyms ("U.S.", "Marxist") modify; they are never the subject.
        // A phrase ("revolutionary groups") is a subject only where the pattern asks for a
        // concept by name.
        if (is_value
            || m.kind == MentionKind::Adjective
            || (m.kind == MentionKind::Phrase && !set.asks_concept))
            && *role == Role::Subject
        {
            return false;
        }
        if !is_value && self.resolution.mention_entity[mention].is_none() {
            return false;
        }
        if set.admitted == 0 && set.excluded == 0 {
            return !is_value || *role != Role::Subject;
        }
        let mask = self.masks[mention];
        if mask & set.excluded != 0 {
            return false;
        }
        // An adjective ("American singer X") stands for a place or an idea only where the
        // pattern asks for one by name, never as a generic entity.
        if m.kind == MentionKind::Adjective {
            return mask & set.specific != 0;
        }
        set.admitted == 0 || mask & set.admitted != 0
    }

    fn matches(
        &self,
        units: &[Unit],
        ids: &[u32],
        items: &[Item],
        gap: usize,
        at: usize,
        bind: Binding,
    ) -> Option<Binding> {
        let Some(item) = items.first() else {
            return Some(bind);
        };
        let rest = &items[1..];
        match item {
            // A gap never crosses a pronoun or definite description: that starts a new clause.
            Item::Gap => (0..=gap)
                .take_while(|&k| at + k <= units.len())
                .take_while(|&k| {
                    k == 0
                        || !matches!(units[at + k - 1], Unit::Mention(m)
                            if self.mentions[m].kind == MentionKind::Reference)
                })
                .find_map(|k| self.matches(units, ids, rest, gap, at + k, bind)),
            Item::Word {
                ids: wanted,
                optional,
                ..
            } => {
                let hit = ids.get(at).is_some_and(|id| wanted.contains(id));
                let taken = if hit {
                    self.matches(units, ids, rest, gap, at + 1, bind)
                } else {
                    None
                };
                taken.or_else(|| {
                    optional
                        .then(|| self.matches(units, ids, rest, gap, at, bind))
                        .flatten()
                })
            }
            Item::Mention { role, classes } => {
                let Some(Unit::Mention(m)) = units.get(at) else {
                    return None;
                };
                if !self.fits(*m, role, classes) {
                    return None;
                }
                let mut next = bind;
                match role {
                    Role::Subject => next.subject = Some(*m),
                    Role::Object => next.object = Some(*m),
                    Role::Time if self.mentions[*m].kind == MentionKind::Date => {
                        next.time = Some(*m)
                    }
                    Role::Time => return None,
                    Role::Other => {}
                }
                self.matches(units, ids, rest, gap, at + 1, next)
            }
        }
    }
}

/// Applies the rules to every sentence of a document.
pub fn extract(
    text: &str,
    seg: &Segmentation,
    mentions: &[Mention],
    resolution: &Resolution,
    rules: &RuleSet,
    onto: &Ontology,
) -> Vec<Statement> {
    let masks = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| match (&m.value, resolution.mention_entity[i]) {
            (Some(_), _) => onto.mask(&m.class),
            (None, Some(e)) => onto.mask(&resolution.entities[e].class),
            (None, None) => onto.mask(&m.class),
        })
        .collect();
    let cx = Context {
        masks,
        mentions,
        resolution,
    };
    let mut out = Vec::new();
    let mut next_mention = 0;
    // The defining sentence: the first that reads as prose (not a title or infobox line).
    let first_prose = seg.sentences.iter().position(|s| {
        let t = &text[s.start..s.end];
        t.split_whitespace().count() > 4 && t.trim_end().ends_with(['.', '!', '?', ']', ')', '"'])
    });
    for (index, sentence) in seg.sentences.iter().enumerate() {
        // The sentence as units: mentions replace the tokens they cover.
        let mut units = Vec::new();
        let mut t = sentence.tokens.start;
        while next_mention < mentions.len() && mentions[next_mention].sentence < index {
            next_mention += 1;
        }
        let mut m = next_mention;
        // Each unit's text as a vocabulary id (u32::MAX when no pattern names it).
        let mut words: Vec<String> = Vec::new();
        let mut ids: Vec<u32> = Vec::new();
        while t < sentence.tokens.end {
            let lower = if m < mentions.len()
                && mentions[m].sentence == index
                && mentions[m].first_token == t
            {
                units.push(Unit::Mention(m));
                let single = mentions[m].end_token - mentions[m].first_token == 1;
                let lower = text[mentions[m].start..mentions[m].end].to_lowercase();
                t = mentions[m].end_token;
                m += 1;
                if single {
                    Some(lower)
                } else {
                    words.push(lower);
                    None
                }
            } else {
                units.push(Unit::Token);
                t += 1;
                Some(seg.tokens[t - 1].text(text).to_lowercase())
            };
            ids.push(
                lower
                    .as_ref()
                    .and_then(|w| rules.vocab.get(w))
                    .copied()
                    .unwrap_or(u32::MAX),
            );
            if let Some(w) = lower {
                words.push(w);
            }
        }
        let mut present: Vec<u32> = ids.iter().copied().filter(|&i| i != u32::MAX).collect();
        present.sort_unstable();
        present.dedup();
        for rule in rules
            .candidates(words.iter())
            .into_iter()
            .map(|i| &rules.rules[i])
        {
            if rule.first_sentence && Some(index) != first_prose {
                continue;
            }
            for pattern in &rule.patterns {
                // Every word the pattern needs must be in the sentence, or it cannot match.
                let possible = pattern.iter().all(|item| match item {
                    Item::Word {
                        ids: wanted,
                        optional: false,
                        ..
                    } => wanted.iter().any(|w| present.binary_search(w).is_ok()),
                    _ => true,
                });
                if !possible {
                    continue;
                }
                let has_subject = pattern.iter().any(|i| {
                    matches!(
                        i,
                        Item::Mention {
                            role: Role::Subject,
                            ..
                        }
                    )
                });
                // For each object, the match that starts latest: the subject nearest to it.
                let mut best: Vec<Binding> = Vec::new();
                for start in 0..units.len() {
                    let Some(bind) =
                        cx.matches(&units, &ids, pattern, rule.gap, start, Binding::default())
                    else {
                        continue;
                    };
                    match best.iter_mut().find(|b| b.object == bind.object) {
                        Some(b) => *b = bind,
                        None => best.push(bind),
                    }
                }
                for bind in best {
                    let subject = match bind.subject {
                        Some(s) => resolution.mention_entity[s],
                        None if !has_subject => resolution.topic.filter(|&t| {
                            let class = &resolution.entities[t].class;
                            let (excluded, admitted): (Vec<&String>, Vec<&String>) =
                                rule.topic.iter().partition(|c| c.starts_with('!'));
                            !excluded.iter().any(|c| onto.is_subclass(class, &c[1..]))
                                && (admitted.is_empty()
                                    || admitted.iter().any(|c| onto.is_subclass(class, c)))
                        }),
                        None => None,
                    };
                    let (Some(subject), Some(object)) = (subject, bind.object) else {
                        continue;
                    };
                    let object_mention = &mentions[object];
                    let object = match &object_mention.value {
                        Some(v) => Object::Value(v.clone()),
                        None => match resolution.mention_entity[object] {
                            Some(e) if e != subject => Object::Entity(e),
                            _ => continue,
                        },
                    };
                    let qualifiers = match (
                        &rule.qualifier,
                        bind.time.and_then(|t| mentions[t].value.clone()),
                    ) {
                        (Some(q), Some(v)) => vec![(q.clone(), v)],
                        _ => Vec::new(),
                    };
                    if let (Some(inverse), Object::Entity(o)) = (&rule.inverse, &object) {
                        out.push(Statement {
                            subject: *o,
                            property: inverse.clone(),
                            object: Object::Entity(subject),
                            sentence: index,
                            confidence: rule.confidence,
                            rule: rule.id.clone(),
                            qualifiers: qualifiers.clone(),
                        });
                    }
                    out.push(Statement {
                        subject,
                        property: rule.property.clone(),
                        object,
                        sentence: index,
                        confidence: rule.confidence,
                        rule: rule.id.clone(),
                        qualifiers,
                    });
                }
            }
        }
    }
    dedup(out)
}

/// Keeps one statement per (subject, property, object): the most confident, with the earliest
/// evidence, merging qualifiers.
pub fn dedup(mut statements: Vec<Statement>) -> Vec<Statement> {
    statements.sort_by(|a, b| {
        (a.subject, &a.property, &a.object)
            .cmp(&(b.subject, &b.property, &b.object))
            .then(b.confidence.total_cmp(&a.confidence))
            .then(a.sentence.cmp(&b.sentence))
    });
    let mut out: Vec<Statement> = Vec::with_capacity(statements.len());
    for s in statements {
        if let Some(last) = out.last_mut() {
            if last.subject == s.subject && last.property == s.property && last.object == s.object {
                for q in s.qualifiers {
                    if !last.qualifiers.contains(&q) {
                        last.qualifiers.push(q);
                    }
                }
                continue;
            }
        }
        out.push(s);
    }
    out.sort_by_key(|s| (s.sentence, s.subject));
    out
}
