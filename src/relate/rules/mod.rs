//! Relation rules: statements made by patterns over tokens and typed mentions.
//!
//! Rules are data (`data/rules/*.toml`, and user files given with `--rules`); [`compile`] holds
//! the rule language, [`matcher`] applies it to a sentence.

mod compile;
mod matcher;

pub use compile::Rule;

use crate::error::{Error, Result};
use crate::relate::statement::{dedup, Object, Statement};
use crate::relate::{Producer, Resources};
use crate::resources::Ontology;
use crate::text::{Analysis, EntityId, SentenceId};
use compile::{Item, Role, RuleFile, Vocabulary};
use matcher::{Binding, Matcher, Units};
use std::collections::HashMap;

/// The rule set: built-in rules plus any user files.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    /// Trigger word → the rules that need it; rules without triggers are always tried.
    by_trigger: HashMap<String, Vec<usize>>,
    untriggered: Vec<usize>,
    /// Every word the patterns name, with its id.
    vocab: Vocabulary,
}

macro_rules! rule_file {
    ($name:literal) => {
        (
            concat!("data/rules/", $name),
            include_str!(concat!("../../../data/rules/", $name)),
        )
    };
}

/// The rule files shipped in `data/rules/`, in the order their rules apply.
const BUILTIN: &[(&str, &str)] = &[
    rule_file!("core.toml"),
    rule_file!("people.toml"),
    rule_file!("organizations.toml"),
    rule_file!("events_and_works.toml"),
];

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
            let id = spec.id.clone();
            let rule = spec.compile(onto, &mut self.vocab).map_err(|message| {
                let line = text
                    .find(&format!("\"{id}\""))
                    .map(|p| 1 + text[..p].matches('\n').count())
                    .unwrap_or(0);
                Error::BadDataFile {
                    path: path.to_string(),
                    line,
                    message: format!("rule `{id}`: {message}"),
                }
            })?;
            self.rules.push(rule);
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

    /// The statements of one rule's match.
    fn statement(
        &self,
        doc: &Analysis,
        rule: &Rule,
        bind: Binding,
        subject: EntityId,
        sentence: SentenceId,
    ) -> Option<Statement> {
        let object_mention = &doc.mentions[bind.object?];
        let object = match &object_mention.value {
            Some(v) => Object::Value(v.clone()),
            None => match doc.resolution.mention_entity[bind.object?] {
                Some(e) if e != subject => Object::Entity(e),
                _ => return None,
            },
        };
        let time = bind.time.and_then(|t| doc.mentions[t].value.clone());
        let qualifiers = match (rule.qualifier, time) {
            (Some(q), Some(v)) => vec![(q, v)],
            _ => Vec::new(),
        };
        Some(Statement {
            subject,
            property: rule.property,
            object,
            sentence,
            confidence: rule.confidence,
            rule: rule.id.clone(),
            qualifiers,
            knowledge: None,
        })
    }

    /// The subject of a match: the bound subject, or the article's for a pattern without `S`
    /// where the rule admits the article's class.
    fn subject(
        &self,
        doc: &Analysis,
        rule: &Rule,
        pattern: &[Item],
        bind: Binding,
        onto: &Ontology,
    ) -> Option<EntityId> {
        let has_subject = pattern.iter().any(|i| {
            matches!(
                i,
                Item::Mention {
                    role: Role::Subject,
                    ..
                }
            )
        });
        match bind.subject {
            Some(s) => doc.resolution.mention_entity[s],
            None if !has_subject => doc.resolution.topic.filter(|&t| {
                let class = doc.resolution.entities[t].class;
                let lineage = onto.lineage(class);
                let untyped = rule.topic.untyped && class == onto.core.entity;
                !lineage.intersects(&rule.topic.excluded)
                    && (untyped
                        || (rule.topic.admitted.is_empty() && !rule.topic.untyped)
                        || lineage.intersects(&rule.topic.admitted))
            }),
            None => None,
        }
    }
}

impl Producer for RuleSet {
    fn name(&self) -> &'static str {
        "rules"
    }

    fn produce(&self, cx: &Resources, doc: &Analysis, _stated: &[Statement]) -> Vec<Statement> {
        let matcher = Matcher::new(doc, cx.onto, cx.lexicon);
        let mut out = Vec::new();
        let mut next_mention = 0;
        // The defining sentence: the first that reads as prose (not a title or infobox line).
        let first_prose = doc
            .segmentation
            .sentences
            .ids()
            .find(|&s| crate::text::is_prose(doc.segmentation.sentence_text(doc.text(), s)));
        for index in doc.segmentation.sentences.ids() {
            let mentions = doc.mentions.as_slice();
            while next_mention < mentions.len() && mentions[next_mention].sentence < index {
                next_mention += 1;
            }
            let units = Units::of(doc, index, next_mention, &self.vocab);
            for rule in self
                .candidates(units.words.iter())
                .into_iter()
                .map(|i| &self.rules[i])
            {
                if rule.first_sentence && Some(index) != first_prose {
                    continue;
                }
                for pattern in rule.patterns.iter().filter(|p| units.may_match(p)) {
                    for bind in matcher.best_bindings(&units, pattern, rule.gap) {
                        let Some(subject) = self.subject(doc, rule, pattern, bind, cx.onto) else {
                            continue;
                        };
                        out.extend(self.statement(doc, rule, bind, subject, index));
                    }
                }
            }
        }
        dedup(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Lexicon;
    use crate::text::{Document, FieldTable};

    fn statements(rules: &str, text: &str) -> Vec<(String, String, String)> {
        let onto = Ontology::builtin().unwrap();
        let lexicon = Lexicon::builtin(&onto).unwrap();
        let mut set = RuleSet::default();
        set.add_file(rules, "test.toml", &onto)
            .expect("rules compile");
        let fields = FieldTable::builtin(&onto).unwrap();
        let doc = Analysis::of(Document::from_text("t", text), &lexicon, &onto, &fields);
        let cx = Resources {
            lexicon: &lexicon,
            onto: &onto,
            world_knowledge: true,
        };
        let label = |e: EntityId| doc.resolution.entities[e].label.clone();
        set.produce(&cx, &doc, &[])
            .into_iter()
            .map(|s| {
                let object = match &s.object {
                    Object::Entity(e) => label(*e),
                    Object::Value(v) => v.lexical(),
                };
                (
                    label(s.subject),
                    onto.property_name(s.property).to_string(),
                    object,
                )
            })
            .collect()
    }

    #[test]
    fn a_pattern_binds_subject_object_and_the_nearest_subject_wins() {
        let rules = "[[rule]]\nid = \"t\"\nproperty = \"foundedBy\"\npattern = \"S:Organization ... founded by O:Person\"\n";
        let got = statements(
            rules,
            "The Acme League met the Zed Society. The Acme League was founded by Jane Smith.",
        );
        assert_eq!(
            got,
            [(
                "Acme League".into(),
                "foundedBy".into(),
                "Jane Smith".into()
            )]
        );
    }

    #[test]
    fn classes_admit_and_exclude() {
        let rules = "[[rule]]\nid = \"t\"\nproperty = \"foundedBy\"\npattern = \"S:!Organization founded by O:Person\"\n";
        assert!(statements(rules, "The Acme League founded by Jane Smith.").is_empty());
    }

    #[test]
    fn a_pattern_without_subject_speaks_of_the_article() {
        let rules = "[[rule]]\nid = \"t\"\nproperty = \"inception\"\npattern = \"founded in O:Date\"\ntopic = [\"Organization\"]\n";
        let got = statements(
            rules,
            "# Acme League\n\nThe Acme League is a group. It was founded in 1901.",
        );
        assert_eq!(
            got,
            [("Acme League".into(), "inception".into(), "1901".into())]
        );
        let got = statements(
            rules,
            "# Jane Smith\n\nJane Smith is a writer. She founded in 1901 nothing.",
        );
        assert!(got.is_empty(), "a person is not an organization: {got:?}");
    }

    #[test]
    fn a_gap_does_not_cross_a_pronoun() {
        let rules = "[[rule]]\nid = \"t\"\nproperty = \"foundedBy\"\npattern = \"S:Organization ... founded by O:Person\"\n";
        let plain = "The Acme League was praised and founded by Jane Smith.";
        assert_eq!(statements(rules, plain).len(), 1);
        let crossing = "The Acme League was praised by her and founded by Jane Smith.";
        assert!(statements(rules, crossing).is_empty());
    }

    #[test]
    fn a_gap_crosses_a_possessive_determiner() {
        let rules = "[[rule]]\nid = \"t\"\nproperty = \"residence\"\npattern = \"S:Person moved ... to O:Place\"\n";
        let got = statements(rules, "Jane Smith moved with her family to Canada.");
        assert_eq!(got.len(), 1, "{got:?}");
        let got = statements(rules, "Jane Smith moved with her and went to Canada.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn bad_rules_name_file_and_line() {
        let onto = Ontology::builtin().unwrap();
        let mut set = RuleSet::default();
        let err = set
            .add_file(
                "[[rule]]\nid = \"x\"\nproperty = \"inception\"\npattern = \"S founded\"\n",
                "r.toml",
                &onto,
            )
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("r.toml:2:") && err.contains("object"),
            "{err}"
        );
        let err = set
            .add_file("[[rule]\n", "r.toml", &onto)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("r.toml:1:"), "{err}");
    }

    #[test]
    fn events_and_works_rules_read_wars_albums_and_bands() {
        let rules = include_str!("../../../data/rules/events_and_works.toml");
        let got = statements(
            rules,
            "# Jane Smith\n\nJane Smith served in World War II. \"Blue Sky\" is a song from the album Long Road. Fall Out Boy bassist Pete Wentz spoke.",
        );
        for expected in [
            ("Jane Smith", "conflict", "World War II"),
            ("Blue Sky", "partOf", "Long Road"),
            ("Pete Wentz", "partOf", "Fall Out Boy"),
        ] {
            assert!(
                got.iter()
                    .any(|(s, p, o)| (s.as_str(), p.as_str(), o.as_str()) == expected),
                "{expected:?} in {got:?}"
            );
        }
    }

    #[test]
    fn the_builtin_rules_compile() {
        let set =
            RuleSet::builtin(&Ontology::builtin().unwrap()).expect("data/rules/core.toml compiles");
        assert!(set.rules.len() > 50);
    }
}
