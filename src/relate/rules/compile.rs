//! The rule language and its compiler: TOML rule files into patterns of typed items.
//!
//! A rule names a property of the ontology and one or more patterns. A pattern is a sequence of
//! items:
//!
//! | item | matches |
//! |---|---|
//! | `S`, `S:Organization\|Person`, `S:!Person` | the subject: a mention whose entity has one of the classes (or not the `!` one) |
//! | `S:Organization\|?` | … or whose entity has no known class (`?`: the root class only, where `Entity` admits every class) |
//! | `O`, `O:Date`, `O:Quantity`, `O:Country` | the object: an entity of a class, a date or a quantity |
//! | `T:Date` | a date that qualifies the statement (its `qualifier` property) |
//! | `[Person]`, `[]` | some other mention (of a class, or any) |
//! | `founded\|formed` | one token, case-insensitive; `in?` is optional |
//! | `...` | up to `gap` tokens or mentions (default 6) |
//!
//! A pattern without `S` takes the article's subject as its subject; `topic = ["Person"]` limits
//! that to subjects of those classes, and `first_sentence = true` reads only the defining sentence.

use crate::resources::{ClassSet, Ontology, PropertyId};
use serde::Deserialize;
use std::collections::HashMap;

/// What a mention item binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Subject,
    Object,
    Time,
    Other,
}

/// One item of a compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    Mention {
        role: Role,
        classes: Admits,
    },
    Word {
        /// The alternatives as ids of the rule set's vocabulary (compared instead of text).
        ids: Vec<u32>,
        optional: bool,
    },
    Gap,
}

/// The classes a mention item admits and excludes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Admits {
    pub admitted: ClassSet,
    pub excluded: ClassSet,
    /// `admitted` without the root class: what an adjective may stand for.
    pub specific: ClassSet,
    /// Whether the item names `Concept`, so that a stance phrase may fill it as a subject.
    pub asks_concept: bool,
    /// Whether an entity of no known class (the root class itself) fits (`?`).
    pub untyped: bool,
}

/// The classes a subject taken from the article (a pattern without `S`) must have, or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct TopicFilter {
    pub admitted: ClassSet,
    pub excluded: ClassSet,
    /// Whether a subject of no known class is admitted (`?`).
    pub untyped: bool,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub property: PropertyId,
    pub confidence: f32,
    pub qualifier: Option<PropertyId>,
    pub(super) gap: usize,
    pub(super) topic: TopicFilter,
    /// Whether the rule reads only the first sentence of prose (the defining sentence).
    pub(super) first_sentence: bool,
    pub(super) patterns: Vec<Vec<Item>>,
    /// Lowercase words of which at least one must be in the sentence (a cheap prefilter).
    pub(super) triggers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RuleFile {
    #[serde(default)]
    pub rule: Vec<RuleSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RuleSpec {
    pub id: String,
    property: String,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(default = "default_confidence")]
    confidence: f32,
    #[serde(default)]
    qualifier: Option<String>,
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

/// Word → id, for every word any pattern names.
pub(super) type Vocabulary = HashMap<String, u32>;

impl RuleSpec {
    /// Compiles the rule; the error says what is wrong with it (the caller adds where).
    pub fn compile(self, onto: &Ontology, vocab: &mut Vocabulary) -> Result<Rule, String> {
        let property = onto.expect_property(&self.property)?;
        let qualifier = self
            .qualifier
            .as_deref()
            .map(|q| onto.expect_property(q))
            .transpose()?;
        let mut topic = TopicFilter::default();
        for class in &self.topic {
            if class == "?" {
                topic.untyped = true;
                continue;
            }
            match class.strip_prefix('!') {
                Some(c) => topic.excluded.insert(onto.expect_class(c)?),
                None => topic.admitted.insert(onto.expect_class(class)?),
            }
        }
        let mut patterns = Vec::new();
        for source in self.patterns.iter().chain(self.pattern.iter()) {
            patterns.push(
                compile_pattern(source, onto, vocab)
                    .map_err(|m| format!("pattern `{source}`: {m}"))?,
            );
        }
        if patterns.is_empty() {
            return Err("needs `pattern` or `patterns`".into());
        }
        if !(0.0..=1.0).contains(&self.confidence) {
            return Err("confidence must be between 0 and 1".into());
        }
        let triggers = triggers(&patterns, vocab);
        Ok(Rule {
            id: self.id,
            property,
            confidence: self.confidence,
            qualifier,
            gap: self.gap,
            topic,
            first_sentence: self.first_sentence,
            patterns,
            triggers,
        })
    }
}

/// The words of which one must be in a sentence for any pattern to match: every pattern's
/// required words, or none (always try) if a pattern requires no word.
fn triggers(patterns: &[Vec<Item>], vocab: &Vocabulary) -> Vec<String> {
    let word_of: HashMap<u32, &String> = vocab.iter().map(|(w, id)| (*id, w)).collect();
    let mut out = Vec::new();
    for p in patterns {
        let words: Vec<&String> = p
            .iter()
            .filter_map(|i| match i {
                Item::Word {
                    ids,
                    optional: false,
                } => Some(ids),
                _ => None,
            })
            .flatten()
            .filter_map(|id| word_of.get(id).copied())
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        out.extend(words.into_iter().cloned());
    }
    out
}

fn compile_pattern(
    source: &str,
    onto: &Ontology,
    vocab: &mut Vocabulary,
) -> Result<Vec<Item>, String> {
    let mut items = Vec::new();
    for part in source.split_whitespace() {
        let item = if part == "..." {
            Item::Gap
        } else if part.starts_with('[') && part.ends_with(']') && part.len() >= 2 {
            mention_item(Role::Other, &part[1..part.len() - 1], onto)?
        } else if let Some((role, rest)) = role_of(part) {
            mention_item(role, rest, onto)?
        } else {
            let (word, optional) = match part.strip_suffix('?') {
                Some(w) if !w.is_empty() => (w, true),
                _ => (part, false),
            };
            let ids = word
                .split('|')
                .map(|w| {
                    let next = vocab.len() as u32;
                    *vocab.entry(w.to_lowercase()).or_insert(next)
                })
                .collect();
            Item::Word { ids, optional }
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
fn mention_item(role: Role, classes: &str, onto: &Ontology) -> Result<Item, String> {
    let mut admits = Admits::default();
    for name in classes.split('|').filter(|s| !s.is_empty()) {
        if name == "?" {
            admits.untyped = true;
            continue;
        }
        match name.strip_prefix('!') {
            Some(x) => admits.excluded.insert(onto.expect_class(x)?),
            None => {
                let class = onto.expect_class(name)?;
                admits.admitted.insert(class);
                if class != onto.core.entity {
                    admits.specific.insert(class);
                }
                admits.asks_concept |= class == onto.core.concept;
            }
        }
    }
    Ok(Item::Mention {
        role,
        classes: admits,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(pattern: &str) -> Result<Vec<Item>, String> {
        compile_pattern(
            pattern,
            &Ontology::builtin().unwrap(),
            &mut Vocabulary::new(),
        )
    }

    #[test]
    fn patterns_compile_to_typed_items() {
        let items = compile("S:Organization ... founded|formed in? O:Date").unwrap();
        assert_eq!(items.len(), 5);
        assert!(matches!(
            items[0],
            Item::Mention {
                role: Role::Subject,
                ..
            }
        ));
        assert_eq!(items[1], Item::Gap);
        assert!(matches!(&items[2], Item::Word { ids, optional: false } if ids.len() == 2));
        assert!(matches!(&items[3], Item::Word { optional: true, .. }));
    }

    #[test]
    fn a_pattern_needs_one_object_and_known_classes() {
        assert!(compile("S founded").unwrap_err().contains("object"));
        assert!(compile("S O O").unwrap_err().contains("object"));
        assert!(compile("S:Persn O")
            .unwrap_err()
            .contains("unknown class `Persn`"));
        assert!(compile("S T:Date T:Date O")
            .unwrap_err()
            .contains("at most one"));
    }

    #[test]
    fn rules_name_known_properties() {
        let onto = Ontology::builtin().unwrap();
        let file: RuleFile = toml::from_str(
            "[[rule]]\nid = \"x\"\nproperty = \"foundedOn\"\npattern = \"S founded O\"\n",
        )
        .unwrap();
        let spec = file.rule.into_iter().next().unwrap();
        let err = spec.compile(&onto, &mut Vocabulary::new()).unwrap_err();
        assert!(err.contains("unknown property `foundedOn`"), "{err}");
    }

    #[test]
    fn triggers_are_the_required_words_of_every_pattern() {
        let onto = Ontology::builtin().unwrap();
        let mut vocab = Vocabulary::new();
        let patterns = vec![
            compile_pattern("S founded in? O:Date", &onto, &mut vocab).unwrap(),
            compile_pattern("S formed O:Date", &onto, &mut vocab).unwrap(),
        ];
        let mut t = triggers(&patterns, &vocab);
        t.sort();
        assert_eq!(t, ["formed", "founded"]);
        let patterns = vec![compile_pattern("S ( O:Date )", &onto, &mut vocab).unwrap()];
        assert_eq!(triggers(&patterns, &vocab), vec!["(", ")"]);
        let patterns = vec![compile_pattern("S O:Date", &onto, &mut vocab).unwrap()];
        assert!(triggers(&patterns, &vocab).is_empty());
    }
}
