//! Entity resolution within a document: mentions → entities.
//!
//! Same normalised name → one entity; an acronym joins the name it abbreviates ("International
//! Socialist Organization (ISO)"); a surname joins the person it ends ("Cliff" → "Tony Cliff");
//! references ("the organization", "it", "he", "the party's") join the article's subject or the
//! nearest compatible antecedent. The article's subject is named by the document's title, else by
//! a title line, else by the first sentence's first name.

use crate::resources::{ClassId, Lexicon, Ontology, WordList};
use crate::text::document::Document;
use crate::text::id::{EntityId, IdVec, MentionId};
use crate::text::mention::{clean_label, Mention, MentionKind};
use crate::text::segment::{is_prose, Segmentation};
use std::collections::HashMap;

/// An entity of one document: a cluster of mentions with a label, aliases and a class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub label: String,
    /// Other names used for it in the text (surface forms, acronyms, adjectives).
    pub aliases: Vec<String>,
    pub class: ClassId,
    /// Its mentions, in text order.
    pub mentions: Vec<MentionId>,
    /// Whether this is the article's own subject.
    pub is_topic: bool,
}

impl Entity {
    /// Whether the document names it (or it is the article's subject): entities made only to
    /// hold a title that no mention repeats are not stated.
    pub fn is_named(&self) -> bool {
        !self.mentions.is_empty() || self.is_topic
    }
}

/// The entities of a document and which entity each mention refers to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolution {
    pub entities: IdVec<EntityId, Entity>,
    /// For each mention, the entity it refers to (`None` for values and unresolved references).
    pub mention_entity: IdVec<MentionId, Option<EntityId>>,
    /// The article's subject, if one was found.
    pub topic: Option<EntityId>,
}

/// What resolution reads.
#[derive(Debug, Clone, Copy)]
pub struct Resolver<'a> {
    pub lexicon: &'a Lexicon,
    pub onto: &'a Ontology,
}

/// Initials of the capitalised words of a name: "International Socialist Organization" → "ISO".
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// The entities being built, with the names that lead to each.
struct Builder<'a> {
    cx: Resolver<'a>,
    entities: IdVec<EntityId, Entity>,
    keys: HashMap<String, EntityId>,
}

impl Builder<'_> {
    fn add(&mut self, label: &str, class: ClassId, is_topic: bool) -> EntityId {
        let id = self.entities.push(Entity {
            label: label.to_string(),
            aliases: Vec::new(),
            class,
            mentions: Vec::new(),
            is_topic,
        });
        self.keys.insert(self.cx.lexicon.normalise(label), id);
        id
    }

    fn attach(&mut self, entity: EntityId, id: MentionId, mention: &Mention, surface: &str) {
        let onto = self.cx.onto;
        let key = self.cx.lexicon.normalise(surface);
        let e = &mut self.entities[entity];
        e.mentions.push(id);
        for name in [mention.label.as_str(), surface] {
            if name != e.label && !e.aliases.iter().any(|a| a == name) && !name.is_empty() {
                e.aliases.push(name.to_string());
            }
        }
        self.keys.entry(key).or_insert(entity);
        // The most specific class wins; the root class is no information.
        let root = onto.core.entity;
        let more_specific =
            e.class == root || (mention.class != root && onto.is_subclass(mention.class, e.class));
        if more_specific && mention.kind != MentionKind::Reference {
            e.class = mention.class;
        }
    }

    fn find(&self, name: &str) -> Option<EntityId> {
        self.keys.get(&self.cx.lexicon.normalise(name)).copied()
    }
}

impl<'a> Resolver<'a> {
    pub fn new(lexicon: &'a Lexicon, onto: &'a Ontology) -> Self {
        Resolver { lexicon, onto }
    }

    /// Resolves the mentions of a document into entities.
    pub fn resolve(
        &self,
        doc: &Document,
        seg: &Segmentation,
        mentions: &IdVec<MentionId, Mention>,
    ) -> Resolution {
        let text = doc.text.as_str();
        let mut b = Builder {
            cx: *self,
            entities: IdVec::new(),
            keys: HashMap::new(),
        };
        let mut topic = self
            .topic_name(doc, seg)
            .map(|(label, hint)| b.add(&label, hint.unwrap_or(self.onto.core.entity), true));
        let mut mention_entity: IdVec<MentionId, Option<EntityId>> =
            mentions.iter().map(|_| None).collect();
        for (id, m) in mentions.iter_enumerated() {
            if m.is_value() || m.kind == MentionKind::Reference {
                continue;
            }
            let surface = self.lexicon.strip_possessive(&text[m.start..m.end]);
            let entity = self
                .antecedent(&b, text, mentions, &mention_entity, id, topic)
                .unwrap_or_else(|| b.add(&m.label, m.class, false));
            b.attach(entity, id, m, surface);
            mention_entity[id] = Some(entity);
        }
        // Without a title, the first sentence's subject is: its first name that no preposition
        // introduces ("Headquartered in Fort Myers, Florida, Haystak is …" → Haystak), else its
        // first name.
        if topic.is_none() {
            let names: Vec<MentionId> = mentions
                .ids()
                .filter(|&i| mentions[i].sentence.index() == 0)
                .filter(|&i| matches!(mentions[i].kind, MentionKind::Name | MentionKind::Acronym))
                .collect();
            let introduced = |m: &Mention| {
                m.first_token > seg.sentences[m.sentence].tokens.start
                    && self.lexicon.is(
                        WordList::Preposition,
                        &seg.tokens[m.first_token - 1].text(text).to_lowercase(),
                    )
            };
            // A text that opens with "He" or "She" names its subject later, as the subject of a
            // sentence: "He was a member of the Bourbaki group. Lang was born in Paris …".
            let opens_with_pronoun = mentions.iter().next().is_some_and(|m| {
                m.kind == MentionKind::Reference
                    && m.class == self.onto.core.person
                    && m.first_token == seg.sentences[m.sentence].tokens.start
                    && m.sentence.index() == 0
            });
            let sentence_subject = || {
                mentions.ids().find(|&i| {
                    let m = &mentions[i];
                    let start = seg.sentences[m.sentence].tokens.start;
                    m.kind == MentionKind::Name
                        && !m.label.contains(['.', ','])
                        && (start..m.first_token).all(|t| {
                            let w = seg.tokens[t].text(text);
                            w == "." || self.lexicon.is_title(w)
                        })
                })
            };
            let opening_subject = if opens_with_pronoun {
                sentence_subject()
            } else {
                None
            };
            topic = opening_subject
                .or_else(|| names.iter().find(|&&i| !introduced(&mentions[i])).copied())
                .or(names.first().copied())
                .and_then(|i| mention_entity[i]);
            if let Some(t) = topic {
                b.entities[t].is_topic = true;
            }
        }
        self.type_by_description(&mut b.entities, text, seg, mentions);
        if let Some(t) = topic {
            self.type_topic(&mut b.entities[t], text, seg, mentions);
        }
        let mut resolution = Resolution {
            entities: b.entities,
            mention_entity,
            topic,
        };
        self.resolve_references(&mut resolution, mentions);
        for e in resolution.entities.iter_mut() {
            e.mentions.sort_unstable();
        }
        resolution
    }

    /// The article's subject: the document's title, else a title line; Wikipedia's
    /// disambiguating bracket ("Mess of Blues (Jeff Healey album)") is cut off, its last word
    /// giving a class where it is a type noun.
    fn topic_name(&self, doc: &Document, seg: &Segmentation) -> Option<(String, Option<ClassId>)> {
        let title_line = seg.sentences.iter().next().and_then(|s| {
            let line = &doc.text[s.start..s.end];
            let words = line.split_whitespace().count();
            let is_title =
                !is_prose(line) && words <= 12 && !line.ends_with(':') && seg.sentences.len() > 1;
            is_title.then(|| clean_label(line))
        });
        let title = doc.title.clone().or(title_line)?;
        match title
            .trim_end()
            .strip_suffix(')')
            .and_then(|t| t.rsplit_once(" ("))
        {
            Some((name, bracket)) if !name.trim().is_empty() => {
                let hint = bracket
                    .split_whitespace()
                    .last()
                    .and_then(|w| self.lexicon.noun_class(w));
                Some((name.trim().to_string(), hint))
            }
            _ => Some((title, None)),
        }
    }

    /// The entity a name mention joins, if any: the same name, an acronym's definition, a
    /// person's surname, or the title restated in the first sentence.
    fn antecedent(
        &self,
        b: &Builder,
        text: &str,
        mentions: &IdVec<MentionId, Mention>,
        mention_entity: &IdVec<MentionId, Option<EntityId>>,
        id: MentionId,
        topic: Option<EntityId>,
    ) -> Option<EntityId> {
        let m = &mentions[id];
        let surface = self.lexicon.strip_possessive(&text[m.start..m.end]);
        if let Some(e) = b.find(&m.label).or_else(|| b.find(surface)) {
            return Some(e);
        }
        let person = self.onto.core.person;
        if m.kind == MentionKind::Acronym {
            // Right after its definition, or matching a known name's initials.
            let previous = id.index().checked_sub(1).map(MentionId::from_index);
            let defined_here = previous.and_then(|p| {
                let e = mention_entity[p]?;
                let between = &text[mentions[p].end..m.start];
                (between.trim() == "(" && initials(&b.entities[e].label) == m.label).then_some(e)
            });
            return defined_here.or_else(|| {
                b.entities.iter_enumerated().find_map(|(i, e)| {
                    let abbreviates = e.class != person
                        && initials(&e.label).len() >= 2
                        && initials(&e.label) == m.label;
                    abbreviates.then_some(i)
                })
            });
        }
        if m.kind == MentionKind::Name && !m.label.contains(' ') {
            // A surname (or other single word) of exactly one person already named.
            let mut candidates = b.entities.iter_enumerated().filter(|(_, e)| {
                e.class == person && e.label.split_whitespace().last() == Some(m.label.as_str())
            });
            if let (Some((e, _)), None) = (candidates.next(), candidates.next()) {
                return Some(e);
            }
        }
        if m.kind == MentionKind::Name && (m.class == person || m.class == self.onto.core.entity) {
            if let Some(e) = self.same_person(b, &m.label) {
                return Some(e);
            }
        }
        // The first name in the first sentence usually restates the title in full.
        if m.sentence.index() <= 1 && m.kind == MentionKind::Name {
            let t = topic.filter(|&t| b.entities[t].mentions.is_empty())?;
            let title = self.lexicon.normalise(&b.entities[t].label);
            let title_words: Vec<&str> = title.split(' ').collect();
            let shares = self
                .lexicon
                .normalise(&m.label)
                .split(' ')
                .any(|w| title_words.contains(&w) && w.len() > 2);
            return shares.then_some(t);
        }
        None
    }

    /// The one person already named whom a name may stand for: "Phil Davis" or "Philip J.
    /// Davis" for Philip Davis (same surname, the same given name, a nickname or an initial of
    /// it), or a lone given name ("Mohan") for the only person it starts. None when two could.
    fn same_person(&self, b: &Builder, name: &str) -> Option<EntityId> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let (first, last) = (*words.first()?, *words.last()?);
        let mut candidates = b.entities.iter_enumerated().filter(|(_, e)| {
            let theirs: Vec<&str> = e.label.split_whitespace().collect();
            let (Some(their_first), Some(their_last)) = (theirs.first(), theirs.last()) else {
                return false;
            };
            let given = self.lexicon.same_given_name(first, their_first);
            e.class == self.onto.core.person
                && theirs.len() >= 2
                && if words.len() == 1 {
                    given
                } else {
                    given && last == *their_last
                }
        });
        match (candidates.next(), candidates.next()) {
            (Some((e, _)), None) => Some(e),
            _ => None,
        }
    }

    /// A subject of no known class takes one from its defining sentence ("X is a 1999 album")
    /// or from how the text refers to it ("he", "she").
    fn type_topic(
        &self,
        topic: &mut Entity,
        text: &str,
        seg: &Segmentation,
        mentions: &IdVec<MentionId, Mention>,
    ) {
        let core = &self.onto.core;
        if topic.class == core.entity {
            if let Some(class) = self.defining_noun_class(text, seg) {
                topic.class = class;
            }
        }
        if topic.class == core.entity {
            let references = mentions.iter().filter(|m| {
                m.kind == MentionKind::Reference
                    && !self
                        .lexicon
                        .is(WordList::PluralPronoun, &m.label.to_lowercase())
            });
            let (personal, neuter) = references.fold((0, 0), |(p, n), m| {
                if m.class == core.person {
                    (p + 1, n)
                } else {
                    (p, n + 1)
                }
            });
            if personal > neuter && personal > 0 {
                topic.class = core.person;
            }
        }
    }

    /// Entities of no known class take one from how a name of theirs is described: an
    /// apposition ("Nolan Bushnell, an American engineer") or a definition ("Kiyoo Mogi was a
    /// Japanese physicist").
    fn type_by_description(
        &self,
        entities: &mut IdVec<EntityId, Entity>,
        text: &str,
        seg: &Segmentation,
        mentions: &IdVec<MentionId, Mention>,
    ) {
        let root = self.onto.core.entity;
        for entity in entities.iter_mut().filter(|e| e.class == root) {
            let described = entity
                .mentions
                .iter()
                .map(|&m| &mentions[m])
                .filter(|m| m.kind == MentionKind::Name)
                .find_map(|m| self.described_class(text, seg, m));
            if let Some(class) = described {
                entity.class = class;
            }
        }
    }

    /// The class of the noun that describes a mention right after it: ", a/an/the … NOUN" or
    /// "is/was a/an/the … NOUN".
    fn described_class(&self, text: &str, seg: &Segmentation, m: &Mention) -> Option<ClassId> {
        let lex = self.lexicon;
        let end = seg.sentences[m.sentence].tokens.end;
        let word = |i: usize| (i < end).then(|| seg.tokens[i].text(text));
        let first = word(m.end_token)?;
        // "Murphy lives in …", "Jones was married to …": verbs said only of people.
        let verb = if lex.is(WordList::Copula, first) {
            word(m.end_token + 1)
        } else {
            Some(first)
        };
        if verb.is_some_and(|w| lex.is(WordList::PersonVerb, w)) {
            return Some(self.onto.core.person);
        }
        let linked = first == "," || lex.is(WordList::Copula, first);
        if !linked || !word(m.end_token + 1).is_some_and(|w| lex.is(WordList::Article, w)) {
            return None;
        }
        (m.end_token + 2..end.min(m.end_token + 10))
            .map_while(word)
            .take_while(|w| !lex.is(WordList::DefinitionEnd, w))
            .find_map(|w| lex.noun_class(w))
    }

    /// The class named by the head noun of the first "is a …" in the first sentences:
    /// "X is a 1999 album by Y" → `Album`.
    fn defining_noun_class(&self, text: &str, seg: &Segmentation) -> Option<ClassId> {
        let lex = self.lexicon;
        for sentence in seg.sentences.iter().take(4) {
            let words: Vec<&str> = seg.tokens[sentence.tokens.clone()]
                .iter()
                .map(|t| t.text(text))
                .collect();
            let Some(copula) = words.iter().position(|w| lex.is(WordList::Copula, w)) else {
                continue;
            };
            if !words
                .get(copula + 1)
                .is_some_and(|w| lex.is(WordList::Article, w))
            {
                continue;
            }
            return words
                .iter()
                .skip(copula + 2)
                .take(8)
                .take_while(|w| !lex.is(WordList::DefinitionEnd, w))
                .find_map(|w| lex.noun_class(w));
        }
        None
    }

    /// Links each reference to the article's subject or a recent compatible entity.
    fn resolve_references(&self, r: &mut Resolution, mentions: &IdVec<MentionId, Mention>) {
        for (id, m) in mentions.iter_enumerated() {
            if m.kind != MentionKind::Reference {
                continue;
            }
            if let Some(e) = self.referent(r, mentions, id) {
                r.entities[e].mentions.push(id);
                r.mention_entity[id] = Some(e);
            }
        }
    }

    fn referent(
        &self,
        r: &Resolution,
        mentions: &IdVec<MentionId, Mention>,
        id: MentionId,
    ) -> Option<EntityId> {
        let onto = self.onto;
        let core = &onto.core;
        let m = &mentions[id];
        let compatible = |e: &Entity| -> bool {
            if m.class == core.person {
                e.class == core.person
            } else if m.class == core.entity {
                e.class != core.person
            } else {
                e.class == core.entity
                    || onto.is_subclass(e.class, m.class)
                    || onto.is_subclass(m.class, e.class)
            }
        };
        let specific = |e: &Entity| onto.is_subclass(e.class, m.class) && e.class != core.entity;
        // A specific noun ("the party") prefers a recent entity of exactly that kind.
        // A sentence-initial "He" or "Her" in an article about a person is that person.
        let starts_sentence = id.index() == 0
            || mentions[MentionId::from_index(id.index() - 1)].sentence != m.sentence;
        let about_a_person = r.topic.is_some_and(|t| r.entities[t].class == core.person);
        let initial_pronoun = m.class == core.person && starts_sentence && about_a_person;
        let earlier = || (0..id.index()).rev().map(MentionId::from_index);
        let recent = earlier().filter(|_| !initial_pronoun).find_map(|j| {
            let e = r.mention_entity[j]?;
            let near = m
                .sentence
                .index()
                .saturating_sub(mentions[j].sentence.index())
                <= 1;
            (near
                && specific(&r.entities[e])
                && (!r.entities[e].is_topic || m.sentence == mentions[j].sentence)
                && m.class != core.organization
                && m.class != core.entity)
                .then_some(e)
        });
        // "they" stands for the article's subject only when that is an organization: its
        // members speak as "they". Anything else would be a guess.
        let plural = self.lexicon.is(WordList::PluralPronoun, &m.label);
        let target = if plural {
            r.topic.filter(|&t| {
                let class = r.entities[t].class;
                class != core.entity && onto.is_subclass(class, core.organization)
            })
        } else {
            recent
        };
        target
            .or_else(|| r.topic.filter(|&t| !plural && compatible(&r.entities[t])))
            .or_else(|| {
                earlier().find_map(|j| {
                    let e = r.mention_entity[j]?;
                    (!plural
                        && m.sentence
                            .index()
                            .saturating_sub(mentions[j].sentence.index())
                            <= 2
                        && compatible(&r.entities[e]))
                    .then_some(e)
                })
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::mention::MentionFinder;

    fn run(title: Option<&str>, text: &str) -> (Resolution, IdVec<MentionId, Mention>) {
        let onto = Ontology::builtin().expect("ontology");
        let lex = Lexicon::builtin(&onto).expect("lexicon");
        let doc = Document {
            title: title.map(str::to_string),
            ..Document::from_text("t", text)
        };
        let seg = crate::text::segment(text, &lex);
        let mentions = MentionFinder::new(&lex, &onto).find(text, &seg, &[]);
        (
            Resolver::new(&lex, &onto).resolve(&doc, &seg, &mentions),
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
    fn surnames_join_full_names_unless_two_people_share_them() {
        let (r, _) = run(Some("X"), "X was shaped by Tony Cliff. Cliff wrote books.");
        let cliff = r.entities.iter().find(|e| e.label == "Tony Cliff").unwrap();
        assert_eq!(cliff.mentions.len(), 2);
        let (r, _) = run(
            Some("X"),
            "X met Tony Cliff and Jimmy Cliff. Cliff wrote books.",
        );
        assert!(
            r.entities.iter().any(|e| e.label == "Cliff"),
            "an ambiguous surname stays apart"
        );
    }

    #[test]
    fn nicknames_initials_and_given_names_join_the_one_person_they_fit() {
        let (r, _) = run(
            None,
            "Philip Davis founded Acme in 1990. Phil Davis sold it. Later Philip J. Davis retired. Philip wrote books.",
        );
        let people: Vec<&Entity> = r
            .entities
            .iter()
            .filter(|e| e.label.contains("Phil"))
            .collect();
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].mentions.len(), 4);
        let (r, _) = run(
            None,
            "Mary Dychtwald married Ken Dychtwald. Mary wrote books. Ken Smith spoke.",
        );
        let labels: Vec<&str> = r.entities.iter().map(|e| e.label.as_str()).collect();
        assert!(
            labels.contains(&"Ken Smith"),
            "another surname stays apart: {labels:?}"
        );
        let mary = r
            .entities
            .iter()
            .find(|e| e.label == "Mary Dychtwald")
            .unwrap();
        assert_eq!(
            mary.mentions.len(),
            2,
            "a given name joins the one person it starts: {:?}",
            r.entities
        );
    }

    #[test]
    fn references_join_the_topic() {
        let (r, m) = run(
            Some("Acme League"),
            "The Acme League is a group. The organization grew. It split.",
        );
        let topic = r.topic.unwrap();
        for (i, _) in m
            .iter_enumerated()
            .filter(|(_, m)| m.kind == MentionKind::Reference)
        {
            assert_eq!(r.mention_entity[i], Some(topic));
        }
    }

    #[test]
    fn a_title_bracket_types_the_subject_and_is_no_part_of_its_name() {
        let (r, _) = run(
            Some("Mess of Blues (Jeff Healey album)"),
            "Mess of Blues is a record.",
        );
        let topic = &r.entities[r.topic.unwrap()];
        assert_eq!(topic.label, "Mess of Blues");
        let onto = Ontology::builtin().unwrap();
        assert_eq!(onto.class_name(topic.class), "Album");
    }

    #[test]
    fn pronouns_type_an_untyped_subject() {
        let (r, _) = run(
            Some("Zed Quorn"),
            "Zed Quorn was born in 1950. He wrote books. He died.",
        );
        let onto = Ontology::builtin().unwrap();
        assert_eq!(r.entities[r.topic.unwrap()].class, onto.core.person);
    }

    #[test]
    fn a_text_that_opens_with_a_pronoun_names_its_subject_as_a_later_sentences_subject() {
        let (r, _) = run(
            None,
            "He was a member of the Bourbaki group. Lang was born in Paris in 1927.",
        );
        let topic = &r.entities[r.topic.unwrap()];
        assert_eq!(topic.label, "Lang");
        let onto = Ontology::builtin().unwrap();
        assert_eq!(topic.class, onto.core.person);
    }
}
