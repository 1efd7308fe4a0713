//! Mentions: typed spans of a sentence that may name an entity or carry a value.
//!
//! Each kind has its finder, run sentence by sentence in a fixed order so that an earlier finder
//! keeps the tokens it took: infobox values, ideas named in several words, dates, quantities,
//! quoted terms, references ("it", "the organization", "he"), stance phrases, proper names
//! (several words, with connectors such as "of" and "al-"), and single lexicon entries; then the
//! place names among them are read as places only where the context allows ([`places`]).

mod dates;
mod field;
mod lexicon_terms;
mod names;
mod phrases;
mod places;
mod quantities;
mod quoted;
mod references;

use crate::resources::{ClassId, Lexicon, Ontology};
use crate::text::id::{IdVec, MentionId, SentenceId};
use crate::text::infobox::Field;
use crate::text::segment::{Segmentation, Token, TokenKind};
use crate::text::value::Value;
use std::collections::HashSet;
use std::ops::Range;

/// What kind of span a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A capitalised name ("Hal Draper", "International Socialist Tendency").
    Name,
    /// An acronym defined or used as a name ("ISO").
    Acronym,
    /// A lexicon entry named outright ("United States", "Marxism").
    Lexicon,
    /// A lexicon entry referred to by an adjective or demonym ("British", "Marxist").
    Adjective,
    /// A date.
    Date,
    /// A number with what it counts ("1500 members").
    Quantity,
    /// A quoted term ("state capitalism").
    Quoted,
    /// A common-noun phrase after a stance trigger ("against the death penalty").
    Phrase,
    /// A pronoun or definite description ("it", "the organization").
    Reference,
    /// The value of an infobox field.
    InfoboxValue,
}

/// A typed span of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub sentence: SentenceId,
    /// Token range (indices into the document's tokens).
    pub first_token: usize,
    pub end_token: usize,
    pub kind: MentionKind,
    /// The class of what it names, or the value kind (`Date`, `Quantity`).
    pub class: ClassId,
    /// Canonical label: the lexicon's label ("Marxism" for "Marxist") or the cleaned surface.
    pub label: String,
    /// The value of a date or quantity.
    pub value: Option<Value>,
}

impl Mention {
    /// Whether the mention stands for a literal value rather than an entity.
    pub fn is_value(&self) -> bool {
        self.value.is_some()
    }
}

/// Finds mentions sentence by sentence.
#[derive(Debug, Clone, Copy)]
pub struct MentionFinder<'a> {
    lexicon: &'a Lexicon,
    onto: &'a Ontology,
}

/// One sentence being scanned: its tokens, which of them a mention took, and what was found.
struct Scan<'a> {
    lexicon: &'a Lexicon,
    onto: &'a Ontology,
    text: &'a str,
    tokens: &'a [Token],
    /// The index of the sentence's first token in the document.
    base: usize,
    sentence: SentenceId,
    taken: Vec<bool>,
    found: Vec<Mention>,
    /// Capitalised words seen other than first in a sentence: names, not sentence starts.
    mid_capitalised: &'a HashSet<&'a str>,
    /// Words the document uses in persons' names ("Jackson" of "Andrew Jackson").
    person_words: &'a HashSet<&'a str>,
}

/// What a finder adds: kind, class, label and value of a span of tokens.
struct Found {
    kind: MentionKind,
    class: ClassId,
    label: String,
    value: Option<Value>,
}

impl Scan<'_> {
    /// Adds a mention over `range` (token indices of the sentence) unless a token is taken.
    fn push(&mut self, range: Range<usize>, found: Found) {
        if range.is_empty() || self.taken[range.clone()].iter().any(|t| *t) {
            return;
        }
        self.taken[range.clone()].iter_mut().for_each(|t| *t = true);
        self.found.push(Mention {
            start: self.tokens[range.start].start,
            end: self.tokens[range.end - 1].end,
            sentence: self.sentence,
            first_token: self.base + range.start,
            end_token: self.base + range.end,
            kind: found.kind,
            class: found.class,
            label: found.label,
            value: found.value,
        });
    }

    /// The text of token `i`, or "" past the end.
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The text from token `first` to token `last` (inclusive).
    fn span(&self, first: usize, last: usize) -> &str {
        &self.text[self.tokens[first].start..self.tokens[last].end]
    }

    fn is_capitalised(&self, t: &Token) -> bool {
        is_capitalised(self.lexicon, self.text, t)
    }
}

/// Whether a token is a capitalised word (also after an article prefix: "al-Assad").
fn is_capitalised(lexicon: &Lexicon, text: &str, t: &Token) -> bool {
    let word = lexicon.strip_name_prefix(t.text(text));
    t.kind == TokenKind::Word && word.chars().next().is_some_and(char::is_uppercase)
}

impl<'a> MentionFinder<'a> {
    pub fn new(lexicon: &'a Lexicon, onto: &'a Ontology) -> Self {
        MentionFinder { lexicon, onto }
    }

    /// All mentions of a document, sorted by position, non-overlapping.
    pub fn find(
        &self,
        text: &str,
        seg: &Segmentation,
        fields: &[Field],
    ) -> IdVec<MentionId, Mention> {
        let mut out = Vec::new();
        let mut mid_capitalised: HashSet<&str> = HashSet::new();
        for sentence in &seg.sentences {
            for t in &seg.tokens[sentence.tokens.clone()][1..] {
                if is_capitalised(self.lexicon, text, t) {
                    mid_capitalised.insert(self.lexicon.strip_possessive(t.text(text)));
                }
            }
        }
        let person_words = places::person_words(self.lexicon, text, seg);
        for (index, sentence) in seg.sentences.iter_enumerated() {
            let tokens = &seg.tokens[sentence.tokens.clone()];
            let mut scan = Scan {
                lexicon: self.lexicon,
                onto: self.onto,
                text,
                tokens,
                base: sentence.tokens.start,
                sentence: index,
                taken: vec![false; tokens.len()],
                found: Vec::new(),
                mid_capitalised: &mid_capitalised,
                person_words: &person_words,
            };
            if let Some(field) = fields.iter().find(|f| f.sentence == index) {
                field::value(&mut scan, field);
            }
            // Multi-word names of ideas first, so that neither a stance phrase nor a name takes
            // part of them: "socialist feminist ideas", "Black feminism", "Western Marxist".
            lexicon_terms::find(&mut scan, true);
            dates::find(&mut scan);
            quantities::find(&mut scan);
            quoted::find(&mut scan);
            references::find(&mut scan);
            phrases::find(&mut scan);
            names::find(&mut scan);
            dates::drop_month_names(&mut scan);
            lexicon_terms::find(&mut scan, false);
            places::settle(&mut scan);
            scan.found.sort_by_key(|m| m.start);
            out.extend(scan.found);
        }
        places::choose(self.lexicon, text, &mut out);
        out.into()
    }
}

/// A label from a surface: whitespace collapsed, citation marks and trailing punctuation dropped.
pub fn clean_label(surface: &str) -> String {
    let mut out = String::with_capacity(surface.len());
    for word in surface.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.trim_end_matches([',', ';', ':']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str) -> Vec<(String, MentionKind, String)> {
        let onto = Ontology::builtin().expect("ontology");
        let lex = Lexicon::builtin(&onto).expect("lexicon");
        let seg = crate::text::segment(text, &lex);
        MentionFinder::new(&lex, &onto)
            .find(text, &seg, &[])
            .into_vec()
            .into_iter()
            .map(|m| {
                let class = onto.class_name(m.class).to_string();
                (text[m.start..m.end].to_string(), m.kind, class)
            })
            .collect()
    }

    #[test]
    fn dates_are_found_at_the_precision_given() {
        let found = mentions("He was born on 4 May 1917 and died on April 9, 2000 in June 1990.");
        let dates: Vec<&str> = found
            .iter()
            .filter(|m| m.1 == MentionKind::Date)
            .map(|m| m.0.as_str())
            .collect();
        assert_eq!(dates, ["4 May 1917", "April 9, 2000", "June 1990"]);
    }

    #[test]
    fn quantities_are_not_years() {
        let found = mentions("In 2013, the group had as many as 1500 members.");
        assert!(found
            .iter()
            .any(|m| m.0 == "2013" && m.1 == MentionKind::Date));
        assert!(found
            .iter()
            .any(|m| m.0 == "1500 members" && m.1 == MentionKind::Quantity));
    }

    #[test]
    fn ideas_of_several_words_are_not_split() {
        let found = mentions(
            "The union was aligned with socialist feminist ideas and Black feminism, and open to Western Marxist thinkers.",
        );
        for idea in ["socialist feminist", "Black feminism", "Western Marxist"] {
            assert!(
                found.iter().any(|m| m.0 == idea && m.2 == "Ideology"),
                "{idea}: {found:?}"
            );
        }
    }

    #[test]
    fn stance_phrases_keep_their_shape() {
        let found = mentions(
            "The party supported economic, political, and social reforms. It advocated the right of gays and lesbians to marry as well as social validation of transgender identities. It supported the Boycott, Divestment and Sanctions movement against Bashar al-Assad.",
        );
        let phrases: Vec<&str> = found
            .iter()
            .filter(|m| m.1 == MentionKind::Phrase)
            .map(|m| m.0.as_str())
            .collect();
        assert!(
            phrases.contains(&"economic, political, and social reforms"),
            "{phrases:?}"
        );
        assert!(
            phrases.contains(&"right of gays and lesbians to marry"),
            "{phrases:?}"
        );
        assert!(
            phrases.contains(&"social validation of transgender identities"),
            "{phrases:?}"
        );
        assert!(found
            .iter()
            .any(|m| m.0 == "Boycott, Divestment and Sanctions movement" && m.2 == "Movement"));
        assert!(found
            .iter()
            .any(|m| m.0 == "Bashar al-Assad" && m.1 == MentionKind::Name));
    }

    #[test]
    fn names_keep_connectors_and_drop_sentence_initial_words() {
        let found = mentions("The League of Nations met Hal Draper in Geneva.");
        let names: Vec<&str> = found
            .iter()
            .filter(|m| m.1 == MentionKind::Name)
            .map(|m| m.0.as_str())
            .collect();
        assert!(names.contains(&"League of Nations"), "{found:?}");
    }

    #[test]
    fn events_keep_their_years_numerals_and_places() {
        let found = mentions(
            "He fought in World War I and the War of 1812, at the Battle of Vimy Ridge and in the War of the Spanish Succession, and competed at the 2006 Winter Olympics and the Eurovision Song Contest 2009.",
        );
        for (event, class) in [
            ("World War I", "War"),
            ("War of 1812", "War"),
            ("Battle of Vimy Ridge", "War"),
            ("War of the Spanish Succession", "War"),
            ("2006 Winter Olympics", "Event"),
            ("Eurovision Song Contest 2009", "Event"),
        ] {
            assert!(
                found.iter().any(|m| m.0 == event && m.2 == class),
                "{event}: {found:?}"
            );
        }
        assert!(!found.iter().any(|m| m.1 == MentionKind::Date), "{found:?}");
    }

    #[test]
    fn a_noun_before_a_name_and_a_possessive_place_type_it() {
        let found = mentions("The rock band Joy Division sat in Panama's National Assembly.");
        assert!(
            found.iter().any(|m| m.0 == "Joy Division" && m.2 == "Band"),
            "{found:?}"
        );
        assert!(found.iter().any(|m| m.0 == "Panama's" && m.2 == "Country"));
        assert!(found.iter().any(|m| m.0 == "National Assembly"));
    }

    #[test]
    fn a_title_in_quotation_marks_is_no_idea() {
        let found = mentions("It contains \"Suffer the Children\" and \"bringer of speed\".");
        assert!(found
            .iter()
            .any(|m| m.0 == "Suffer the Children" && m.2 == "Entity"));
        assert!(found
            .iter()
            .any(|m| m.0 == "bringer of speed" && m.2 == "Concept"));
    }

    #[test]
    fn definite_descriptions_and_pronouns_are_references() {
        let found = mentions("The organization grew. It split.");
        assert_eq!(
            found
                .iter()
                .filter(|m| m.1 == MentionKind::Reference)
                .count(),
            2
        );
    }

    #[test]
    fn a_nickname_or_a_middle_initial_stays_inside_a_persons_name() {
        for (text, name) in [
            ("Dallas \"Dal\" Ward was a coach.", "Dallas \"Dal\" Ward"),
            (
                "Edwin Garrigues (Gary) Boring was a psychologist.",
                "Edwin Garrigues (Gary) Boring",
            ),
            ("Warren A. Stephens is chairman.", "Warren A. Stephens"),
        ] {
            let found = mentions(text);
            assert!(
                found.iter().any(|m| m.0 == name && m.2 == "Person"),
                "{found:?}"
            );
        }
        // An acronym in brackets is no nickname.
        let found = mentions("The Socialist Workers League (SWL) Chapter met.");
        assert!(found.iter().any(|m| m.0 == "SWL"), "{found:?}");
    }
}
