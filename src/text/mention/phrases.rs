//! Stance phrases: the common-noun phrase after a trigger (`data/lexicons/phrase_triggers.txt`)
//! names a cause, idea or thing a subject takes a stance on: "activism against the death
//! penalty" → "death penalty" (a Concept).

use super::{clean_label, is_capitalised, Found, MentionKind, Scan};
use crate::resources::{Lexicon, Ontology, WordList};
use crate::text::segment::{Token, TokenKind};

/// The sentence's words in lower case, for matching triggers and boundaries.
struct Words<'a> {
    lexicon: &'a Lexicon,
    onto: &'a Ontology,
    text: &'a str,
    tokens: &'a [Token],
    lower: Vec<String>,
}

impl Words<'_> {
    /// The length of the trigger at token `at`, if one starts there.
    fn trigger_at(&self, at: usize) -> Option<usize> {
        self.lexicon.phrase_triggers().iter().find_map(|words| {
            let fits = words
                .iter()
                .enumerate()
                .all(|(k, w)| self.lower.get(at + k).is_some_and(|t| t == w));
            fits.then_some(words.len())
        })
    }

    fn is(&self, list: WordList, k: usize) -> bool {
        self.lexicon.is(list, &self.lower[k])
    }

    /// A lower-case word (not a name, number or punctuation).
    fn is_lower_word(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        t.kind == TokenKind::Word && !is_capitalised(self.lexicon, self.text, t)
    }

    /// Punctuation (but an apostrophe), a citation mark, or a word of the boundary list (a
    /// conjunction, a preposition other than "of", a verb of being).
    fn is_boundary(&self, k: usize) -> bool {
        let kind = self.tokens[k].kind;
        let lower = self.lower[k].as_str();
        (kind == TokenKind::Punct && lower != "'" && lower != "’")
            || kind == TokenKind::Citation
            || self.is(WordList::PhraseBoundary, k)
    }

    /// Where coordinated adjectives that share a head noun end ("economic, political, and
    /// social reforms" → the index of "social"), if the phrase starts with such a list.
    fn shared_head_list(&self, start: usize) -> Option<usize> {
        let n = self.lower.len();
        let mut k = start;
        let mut shared = false;
        while k + 1 < n && self.is_lower_word(k) && self.lexicon.looks_adjectival(&self.lower[k]) {
            let mut next = k + 1;
            while next < n && self.is(WordList::PhraseListJoiner, next) {
                next += 1;
            }
            if next == k + 1 || next >= n || !self.is_lower_word(next) {
                break;
            }
            shared = true;
            k = next;
        }
        shared.then_some(k)
    }

    /// Whether token `end` continues the phrase although it is a boundary: a pair after "of"
    /// ("the right of gays and lesbians"), an infinitive after "right" ("the right to strike").
    fn continues_despite_boundary(&self, start: usize, end: usize) -> bool {
        let next_is_word = end + 1 < self.lower.len() && self.is_lower_word(end + 1);
        let of_pair = self.is(WordList::PhrasePairJoiner, end)
            && end >= start + 2
            && self.is(WordList::Genitive, end - 2)
            && next_is_word;
        let infinitive = self.is(WordList::InfinitiveMarker, end)
            && (start..end).any(|k| self.is(WordList::InfinitiveNoun, k))
            && !(start..end).any(|k| self.is(WordList::InfinitiveMarker, k))
            && next_is_word;
        of_pair || infinitive
    }

    /// The end of the phrase that starts at `start` (at most 12 tokens, never a taken one).
    fn phrase_end(&self, start: usize, list_end: Option<usize>, taken: &[bool]) -> usize {
        let mut end = start;
        while end < self.lower.len() && end - start < 12 && !taken[end] {
            let inside_list = list_end.is_some_and(|k| end < k);
            if self.is_boundary(end) && !inside_list && !self.continues_despite_boundary(start, end)
            {
                break;
            }
            end += 1;
        }
        end
    }

    /// Whether token `k` names a place ("U.S.", "Syrian").
    fn is_place(&self, k: usize) -> bool {
        self.lexicon.any_entry(self.tokens[k].text(self.text), |e| {
            self.onto.is_place(e.class)
        })
    }
}

pub(super) fn find(scan: &mut Scan) {
    let words = Words {
        lexicon: scan.lexicon,
        onto: scan.onto,
        text: scan.text,
        tokens: scan.tokens,
        lower: scan
            .tokens
            .iter()
            .map(|t| t.text(scan.text).to_lowercase())
            .collect(),
    };
    let n = words.lower.len();
    let mut i = 0;
    // Where the last phrase ended: "X as well as Y" continues it with another phrase.
    let mut last_end = usize::MAX;
    while i < n {
        let continued = (i == last_end)
            .then(|| words.lexicon.phrase_continuation_at(&words.lower[i..]))
            .flatten();
        let Some(len) = words.trigger_at(i).or(continued) else {
            i += 1;
            continue;
        };
        let mut start = i + len;
        // Triggers chain: "advocated independence from …", "advocated replacing …".
        while let Some(next) = words.trigger_at(start) {
            start += next;
        }
        while start < n && words.is(WordList::PhraseDeterminer, start) {
            start += 1;
        }
        let list_end = words.shared_head_list(start);
        let mut end = words.phrase_end(start, list_end, &scan.taken);
        // A trailing "of" belongs to what follows; a head noun before "of" and a known idea
        // ("a Leninist principle of democratic centralism") is no phrase of its own.
        let cut_before_known = end < n && scan.taken[end];
        let mut trailing_of = false;
        while end > start && words.is(WordList::Genitive, end - 1) {
            end -= 1;
            trailing_of = true;
        }
        let lowercase = (start..end).any(|k| words.is_lower_word(k));
        if end > start && lowercase && !(trailing_of && cut_before_known) {
            // Leading place words ("the U.S. two party system", "Syrian revolutionary groups")
            // stay in the mention, and so in the entity's aliases, not in its label.
            let head = match list_end {
                Some(_) => end - 1,
                None => (start..end).find(|&k| !words.is_place(k)).unwrap_or(end),
            };
            if head < end {
                let label = clean_label(scan.span(head, end - 1));
                let class = words.onto.core.concept;
                let found = Found {
                    kind: MentionKind::Phrase,
                    class,
                    label,
                    value: None,
                };
                scan.push(start..end, found);
                last_end = end;
            }
        }
        i = end.max(i + len);
    }
}
