//! Matching compiled patterns against a sentence seen as units: tokens, and mentions in place of
//! the tokens they cover.

use super::compile::{Admits, Item, Role, Vocabulary};
use crate::resources::{ClassSet, Lexicon, Ontology, WordList};
use crate::text::{Analysis, MentionId, MentionKind, SentenceId};

/// One element of a sentence as the matcher sees it.
#[derive(Debug, Clone, Copy)]
pub(super) enum Unit {
    Token,
    Mention(MentionId),
}

/// A sentence as units, with each unit's word as a vocabulary id.
#[derive(Debug, Default)]
pub(super) struct Units {
    pub units: Vec<Unit>,
    /// Each unit's lower-case text as a vocabulary id (`u32::MAX` when no pattern names it, or
    /// for a mention of several tokens).
    pub ids: Vec<u32>,
    /// Every lower-case word of the sentence, mentions of several tokens whole.
    pub words: Vec<String>,
    /// The vocabulary ids present, sorted, for the prefilter.
    pub present: Vec<u32>,
}

impl Units {
    /// The sentence `index` as units; `next_mention` is the first mention not before it.
    pub fn of(doc: &Analysis, index: SentenceId, next_mention: usize, vocab: &Vocabulary) -> Self {
        let text = doc.text();
        let sentence = &doc.segmentation.sentences[index];
        let mentions = doc.mentions.as_slice();
        let mut out = Units::default();
        let mut t = sentence.tokens.start;
        let mut m = next_mention;
        while t < sentence.tokens.end {
            let lower = if m < mentions.len()
                && mentions[m].sentence == index
                && mentions[m].first_token == t
            {
                out.units.push(Unit::Mention(MentionId::from_index(m)));
                let single = mentions[m].end_token - mentions[m].first_token == 1;
                let lower = text[mentions[m].start..mentions[m].end].to_lowercase();
                t = mentions[m].end_token;
                m += 1;
                if single {
                    Some(lower)
                } else {
                    out.words.push(lower);
                    None
                }
            } else {
                out.units.push(Unit::Token);
                t += 1;
                Some(doc.segmentation.tokens[t - 1].text(text).to_lowercase())
            };
            let id = lower.as_ref().and_then(|w| vocab.get(w)).copied();
            out.ids.push(id.unwrap_or(u32::MAX));
            if let Some(w) = lower {
                out.words.push(w);
            }
        }
        out.present = out.ids.iter().copied().filter(|&i| i != u32::MAX).collect();
        out.present.sort_unstable();
        out.present.dedup();
        out
    }

    /// Whether every word the pattern requires is in the sentence (else it cannot match).
    pub fn may_match(&self, pattern: &[Item]) -> bool {
        pattern.iter().all(|item| match item {
            Item::Word {
                ids,
                optional: false,
            } => ids.iter().any(|w| self.present.binary_search(w).is_ok()),
            _ => true,
        })
    }
}

/// What a match binds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Binding {
    pub subject: Option<MentionId>,
    pub object: Option<MentionId>,
    pub time: Option<MentionId>,
}

/// Matches patterns against one document's sentences.
pub(super) struct Matcher<'a> {
    /// Each mention's classes: its entity's class with its ancestors, or its own for values.
    lineage: Vec<ClassSet>,
    /// The root class: an entity of no known class.
    root: crate::resources::ClassId,
    /// Whether each mention starts a clause (a pronoun or definite description, but not a
    /// possessive determiner: "moved with his family to"), which a gap does not cross.
    starts_clause: Vec<bool>,
    doc: &'a Analysis,
}

impl<'a> Matcher<'a> {
    pub fn new(doc: &'a Analysis, onto: &Ontology, lexicon: &Lexicon) -> Self {
        let r = &doc.resolution;
        let lineage = doc
            .mentions
            .iter_enumerated()
            .map(|(i, m)| match (&m.value, r.mention_entity[i]) {
                (None, Some(e)) => onto.lineage(r.entities[e].class),
                _ => onto.lineage(m.class),
            })
            .collect();
        // "his family", "her son": a possessive before a noun; "by her and …" is no possessive.
        let tokens = &doc.segmentation.tokens;
        let determines_a_noun = |m: &crate::text::Mention| {
            let word = doc.text()[m.start..m.end].to_lowercase();
            let next = tokens
                .get(m.end_token)
                .filter(|_| {
                    doc.segmentation.sentences[m.sentence]
                        .tokens
                        .contains(&m.end_token)
                })
                .map(|t| t.text(doc.text()).to_lowercase());
            lexicon.is(WordList::PossessiveDeterminer, &word)
                && next.is_some_and(|n| {
                    n.chars().all(char::is_alphabetic)
                        && !lexicon.is(WordList::Preposition, &n)
                        && !lexicon.is(WordList::ListConjunction, &n)
                        && !lexicon.is(WordList::PersonVerb, &n)
                })
        };
        let starts_clause = doc
            .mentions
            .iter()
            .map(|m| m.kind == MentionKind::Reference && !determines_a_noun(m))
            .collect();
        Matcher {
            lineage,
            root: onto.core.entity,
            starts_clause,
            doc,
        }
    }

    /// Whether mention `id` may fill a role that admits these classes.
    fn fits(&self, id: MentionId, role: Role, admits: &Admits) -> bool {
        let m = &self.doc.mentions[id];
        let is_value = m.is_value();
        // Subjects must be entities. Adjectives and demonyms ("U.S.", "Marxist") modify; they
        // are never the subject. A phrase ("revolutionary groups") is a subject only where the
        // pattern asks for a concept by name.
        let modifier = m.kind == MentionKind::Adjective
            || (m.kind == MentionKind::Phrase && !admits.asks_concept);
        if role == Role::Subject && (is_value || modifier) {
            return false;
        }
        if !is_value && self.doc.resolution.mention_entity[id].is_none() {
            return false;
        }
        let lineage = &self.lineage[id.index()];
        // `?`: an entity of no known class, whose lineage is the root alone.
        if admits.untyped && !is_value && lineage.contains(self.root) && lineage.count() == 1 {
            return !lineage.intersects(&admits.excluded);
        }
        if admits.admitted.is_empty() && admits.excluded.is_empty() {
            return (!is_value || role != Role::Subject) && !admits.untyped;
        }
        if lineage.intersects(&admits.excluded) {
            return false;
        }
        // An adjective ("American singer X") stands for a place or an idea only where the
        // pattern asks for one by name, never as a generic entity.
        if m.kind == MentionKind::Adjective {
            return lineage.intersects(&admits.specific);
        }
        admits.admitted.is_empty() || lineage.intersects(&admits.admitted)
    }

    /// The binding of `items` matched from unit `at`, if they match there.
    pub fn matches(
        &self,
        units: &Units,
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
                .take_while(|&k| at + k <= units.units.len())
                .take_while(|&k| {
                    k == 0
                        || !matches!(units.units[at + k - 1], Unit::Mention(m)
                            if self.starts_clause[m.index()])
                })
                .find_map(|k| self.matches(units, rest, gap, at + k, bind)),
            Item::Word { ids, optional } => {
                let hit = units.ids.get(at).is_some_and(|id| ids.contains(id));
                let taken = if hit {
                    self.matches(units, rest, gap, at + 1, bind)
                } else {
                    None
                };
                taken.or_else(|| {
                    optional
                        .then(|| self.matches(units, rest, gap, at, bind))
                        .flatten()
                })
            }
            Item::Mention { role, classes } => {
                let Some(Unit::Mention(m)) = units.units.get(at) else {
                    return None;
                };
                if !self.fits(*m, *role, classes) {
                    return None;
                }
                let mut next = bind;
                match role {
                    Role::Subject => next.subject = Some(*m),
                    Role::Object => next.object = Some(*m),
                    Role::Time if self.doc.mentions[*m].kind == MentionKind::Date => {
                        next.time = Some(*m)
                    }
                    Role::Time => return None,
                    Role::Other => {}
                }
                self.matches(units, rest, gap, at + 1, next)
            }
        }
    }

    /// For each object, the match of `pattern` that starts latest: the subject nearest to it.
    pub fn best_bindings(&self, units: &Units, pattern: &[Item], gap: usize) -> Vec<Binding> {
        let mut best: Vec<Binding> = Vec::new();
        for start in 0..units.units.len() {
            let Some(bind) = self.matches(units, pattern, gap, start, Binding::default()) else {
                continue;
            };
            match best.iter_mut().find(|b| b.object == bind.object) {
                Some(b) => *b = bind,
                None => best.push(bind),
            }
        }
        best
    }
}
