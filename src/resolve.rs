//! Entity resolution within a document: mentions → entities.
//!
//! Same normalised name → one entity; an acronym joins the name it abbreviates ("International
//! Socialist Organization (ISO)"); a surname joins the person it ends ("Cliff" → "Tony Cliff");
//! references ("the organization", "it", "he", "the party's") join the article's subject or the
//! nearest compatible antecedent. The article's subject is named by the document's title, else by
//! a title line, else by the first sentence's first name.

use crate::document::Document;
use crate::mention::{Mention, MentionKind};
use crate::ontology::Ontology;
use crate::segment::Segmentation;
use std::collections::HashMap;

/// An entity of one document: a cluster of mentions with a label, aliases and a class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub label: String,
    /// Other names used for it in the text (surface forms, acronyms, adjectives).
    pub aliases: Vec<String>,
    /// Ontology class name.
    pub class: String,
    /// Indices into the document's mentions.
    pub mentions: Vec<usize>,
    /// Whether this is the article's own subject.
    pub is_topic: bool,
}

/// The entities of a document and which entity each mention refers to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolution {
    pub entities: Vec<Entity>,
    /// For each mention, the entity it refers to (`None` for values and unresolved references).
    pub mention_entity: Vec<Option<usize>>,
    /// The article's subject, if one was found.
    pub topic: Option<usize>,
}

/// The key under which names are merged: case, punctuation, white space and a leading "the" ignored.
pub fn normalise(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for word in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.is_empty() && word == "the" {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Initials of the capitalised words of a name: "International Socialist Organization" → "ISO".
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

struct Builder<'a> {
    onto: &'a Ontology,
    entities: Vec<Entity>,
    keys: HashMap<String, usize>,
}

impl Builder<'_> {
    fn add(&mut self, label: &str, class: &str, is_topic: bool) -> usize {
        let index = self.entities.len();
        self.entities.push(Entity {
            label: label.to_string(),
            aliases: Vec::new(),
            class: class.to_string(),
            mentions: Vec::new(),
            is_topic,
        });
        self.keys.insert(normalise(label), index);
        index
    }

    fn attach(&mut self, entity: usize, mention_index: usize, mention: &Mention, surface: &str) {
        let e = &mut self.entities[entity];
        e.mentions.push(mention_index);
        for name in [mention.label.as_str(), surface] {
            if name != e.label && !e.aliases.iter().any(|a| a == name) && !name.is_empty() {
                e.aliases.push(name.to_string());
            }
        }
        self.keys.entry(normalise(surface)).or_insert(entity);
        // The most specific class wins; "Entity" is no information.
        let more_specific = e.class == "Entity"
            || (mention.class != "Entity" && self.onto.is_subclass(&mention.class, &e.class));
        if more_specific && mention.kind != MentionKind::Reference {
            e.class = mention.class.clone();
        }
    }
}

/// Resolves the mentions of a document into entities.
pub fn resolve(
    doc: &Document,
    seg: &Segmentation,
    mentions: &[Mention],
    onto: &Ontology,
) -> Resolution {
    let text = doc.text.as_str();
    let mut b = Builder {
        onto,
        entities: Vec::new(),
        keys: HashMap::new(),
    };
    let mut mention_entity: Vec<Option<usize>> = vec![None; mentions.len()];

    // The article's subject.
    let title_line = seg.sentences.first().and_then(|s| {
        let line = &text[s.start..s.end];
        let words = line.split_whitespace().count();
        let is_title =
            words <= 12 && !line.ends_with(['.', '!', '?', ':']) && seg.sentences.len() > 1;
        is_title.then(|| crate::mention::clean_label(line))
    });
    // Wikipedia disambiguates titles: "Mess of Blues (Jeff Healey album)". The bracket is not
    // part of the name, but its last word often says what the subject is.
    let (topic_label, hint) = match doc.title.clone().or(title_line) {
        Some(title) => match title
            .trim_end()
            .strip_suffix(')')
            .and_then(|t| t.rsplit_once(" ("))
        {
            Some((name, bracket)) if !name.trim().is_empty() => {
                let hint = bracket
                    .split_whitespace()
                    .last()
                    .and_then(crate::mention::noun_class);
                (Some(name.trim().to_string()), hint)
            }
            _ => (Some(title), None),
        },
        None => (None, None),
    };
    let mut topic = topic_label
        .as_ref()
        .map(|label| b.add(label, hint.unwrap_or("Entity"), true));

    for (index, m) in mentions.iter().enumerate() {
        if m.is_value() || m.kind == MentionKind::Reference {
            continue;
        }
        let surface = crate::mention::strip_possessive(&text[m.start..m.end]).to_string();
        let key = normalise(&m.label);
        let mut target = b.keys.get(&key).copied();
        if target.is_none() {
            target = b.keys.get(&normalise(&surface)).copied();
        }
        // An acronym right after its definition, or matching a known name's initials.
        if target.is_none() && m.kind == MentionKind::Acronym {
            let previous = index.checked_sub(1).and_then(|p| mention_entity[p]);
            let defined_here = previous.filter(|&e| {
                let between = &text[mentions[index - 1].end..m.start];
                between.trim() == "(" && initials(&b.entities[e].label) == m.label
            });
            target = defined_here.or_else(|| {
                b.entities.iter().position(|e| {
                    e.class != "Person"
                        && initials(&e.label).len() >= 2
                        && initials(&e.label) == m.label
                })
            });
        }
        // A surname (or other single word) of a person already named.
        if target.is_none() && m.kind == MentionKind::Name && !m.label.contains(' ') {
            let candidates: Vec<usize> = (0..b.entities.len())
                .filter(|&e| {
                    let ent = &b.entities[e];
                    ent.class == "Person"
                        && ent.label.split_whitespace().last() == Some(m.label.as_str())
                })
                .collect();
            if candidates.len() == 1 {
                target = Some(candidates[0]);
            }
        }
        // The first name in the first sentence usually restates the title in full.
        if target.is_none() && m.sentence <= 1 && matches!(m.kind, MentionKind::Name) {
            if let Some(t) = topic.filter(|&t| b.entities[t].mentions.is_empty()) {
                let title_words: Vec<String> = normalise(&b.entities[t].label)
                    .split(' ')
                    .map(str::to_string)
                    .collect();
                let shares = normalise(&m.label)
                    .split(' ')
                    .any(|w| title_words.iter().any(|t| t == w) && w.len() > 2);
                if shares {
                    target = Some(t);
                }
            }
        }
        let entity = match target {
            Some(e) => e,
            None => b.add(&m.label, &m.class, false),
        };
        b.attach(entity, index, m, &surface);
        mention_entity[index] = Some(entity);
    }

    // Without a title, the first name of the first sentence is the subject.
    if topic.is_none() {
        topic = mentions
            .iter()
            .enumerate()
            .find(|(_, m)| {
                m.sentence == 0 && matches!(m.kind, MentionKind::Name | MentionKind::Acronym)
            })
            .and_then(|(i, _)| mention_entity[i]);
        if let Some(t) = topic {
            b.entities[t].is_topic = true;
        }
    }
    // A title entity with no class takes one from its defining sentence ("X is a 1999 album")
    // or from how the text refers to it ("he", "she").
    if let Some(t) = topic {
        if b.entities[t].class == "Entity" {
            if let Some(class) = defining_noun_class(text, seg) {
                b.entities[t].class = class.to_string();
            }
        }
        if b.entities[t].class == "Entity" {
            let personal = mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Reference && m.class == "Person")
                .count();
            let neuter = mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Reference && m.class != "Person")
                .count();
            if personal > neuter && personal > 0 {
                b.entities[t].class = "Person".into();
            }
        }
    }

    // References.
    for (index, m) in mentions.iter().enumerate() {
        if m.kind != MentionKind::Reference {
            continue;
        }
        let compatible = |e: &Entity| -> bool {
            if m.class == "Person" {
                e.class == "Person"
            } else if m.class == "Entity" {
                e.class != "Person"
            } else {
                e.class == "Entity"
                    || onto.is_subclass(&e.class, &m.class)
                    || onto.is_subclass(&m.class, &e.class)
            }
        };
        let specific = |e: &Entity| onto.is_subclass(&e.class, &m.class) && e.class != "Entity";
        // A specific noun ("the party") prefers a recent entity of exactly that kind.
        // A sentence-initial "He" or "Her" in an article about a person is that person.
        let starts_sentence = index == 0 || mentions[index - 1].sentence != m.sentence;
        let about_a_person = topic.is_some_and(|t| b.entities[t].class == "Person");
        let initial_pronoun = m.class == "Person" && starts_sentence && about_a_person;
        let recent = (0..index).rev().filter(|_| !initial_pronoun).find_map(|j| {
            let e = mention_entity[j]?;
            let near = m.sentence.saturating_sub(mentions[j].sentence) <= 1;
            (near
                && specific(&b.entities[e])
                && !b.entities[e].is_topic
                && m.class != "Organization"
                && m.class != "Entity")
                .then_some(e)
        });
        // "they" stands for the article's subject only when that is an organization: its
        // members speak as "they". Anything else would be a guess.
        let plural = m.label == "they";
        let target = if plural {
            topic.filter(|&t| {
                let class = &b.entities[t].class;
                class != "Entity" && onto.is_subclass(class, "Organization")
            })
        } else {
            recent
        };
        let target = target
            .or_else(|| topic.filter(|&t| !plural && compatible(&b.entities[t])))
            .or_else(|| {
                (0..index).rev().find_map(|j| {
                    let e = mention_entity[j]?;
                    (!plural
                        && m.sentence.saturating_sub(mentions[j].sentence) <= 2
                        && compatible(&b.entities[e]))
                    .then_some(e)
                })
            });
        if let Some(e) = target {
            b.entities[e].mentions.push(index);
            mention_entity[index] = Some(e);
        }
    }
    for e in &mut b.entities {
        e.mentions.sort_unstable();
    }
    Resolution {
        entities: b.entities,
        mention_entity,
        topic,
    }
}

/// The class named by the head noun of the first "is a …" in the first sentences of prose:
/// "X is a 1999 album by Y" → `Album`.
fn defining_noun_class(text: &str, seg: &Segmentation) -> Option<&'static str> {
    for sentence in seg.sentences.iter().take(4) {
        let words: Vec<&str> = seg.tokens[sentence.tokens.clone()]
            .iter()
            .map(|t| t.text(text))
            .collect();
        let Some(copula) = words
            .iter()
            .position(|w| matches!(*w, "is" | "was" | "are" | "were"))
        else {
            continue;
        };
        let article = words
            .get(copula + 1)
            .is_some_and(|w| matches!(*w, "a" | "an" | "the"));
        if !article {
            continue;
        }
        for w in words.iter().skip(copula + 2).take(8) {
            if matches!(
                *w,
                "of" | "by" | "in" | "from" | "that" | "which" | "who" | "," | "." | "and"
            ) {
                break;
            }
            if let Some(class) = crate::mention::noun_class(w) {
                return Some(class);
            }
        }
        return None;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::mention::MentionFinder;

    fn run(title: Option<&str>, text: &str) -> (Resolution, Vec<Mention>) {
        let doc = Document {
            title: title.map(str::to_string),
            ..Document::from_text("t", text)
        };
        let seg = crate::segment::segment(text);
        let lex = Lexicon::builtin();
        let mentions = MentionFinder::new(&lex).find(text, &seg, &[]);
        (
            resolve(&doc, &seg, &mentions, &Ontology::builtin()),
            mentions,
        )
    }

    #[test]
    fn acronyms_join_their_definitions() {
        let (r, _) = run(
            None,
            "The Socialist Workers League (SWL) was a group. The SWL split.",
        );
        let swl = &r.entities[r.topic.unwrap()];
        assert_eq!(swl.label, "Socialist Workers League");
        assert!(swl.aliases.contains(&"SWL".to_string()));
    }

    #[test]
    fn surnames_join_full_names() {
        let (r, _) = run(Some("X"), "X was shaped by Tony Cliff. Cliff wrote books.");
        let cliff = r.entities.iter().find(|e| e.label == "Tony Cliff").unwrap();
        assert_eq!(cliff.mentions.len(), 2);
    }

    #[test]
    fn references_join_the_topic() {
        let (r, m) = run(
            Some("Acme League"),
            "The Acme League is a group. The organization grew. It split.",
        );
        let topic = r.topic.unwrap();
        let refs = m
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == MentionKind::Reference);
        for (i, _) in refs {
            assert_eq!(r.mention_entity[i], Some(topic));
        }
    }
}
