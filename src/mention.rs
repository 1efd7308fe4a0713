//! Mentions: typed spans of a sentence that may name an entity or carry a value.
//!
//! Found here: proper names (several words, with connectors such as "of" and "al-"), lexicon
//! entries (places, demonyms, ideologies and their adjectives), dates, quantities, quoted terms,
//! infobox values, and references ("it", "the organization", "he") for the resolver to link.

use crate::infobox::Field;
use crate::lexicon::{HeadPosition, Lexicon, SurfaceKind};
use crate::segment::{Segmentation, Token, TokenKind};
use crate::value::{month_number, parse_integer, Date, Value};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

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
    /// The sentence it is in.
    pub sentence: usize,
    /// Token range (indices into the document's tokens).
    pub first_token: usize,
    pub end_token: usize,
    pub kind: MentionKind,
    /// Ontology class name, or `Date` / `Quantity` for values.
    pub class: String,
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

const FUNCTION_WORDS: &str = include_str!("../data/lexicons/function_words.txt");
/// Lowercase words that may join the words of one name.
const CONNECTORS: &[&str] = &[
    "of", "for", "the", "de", "la", "le", "du", "des", "del", "della", "di", "da", "do", "dos",
    "das", "van", "von", "der", "den", "ter", "y", "e", "al", "el", "bin", "ibn", "on", "and the",
    "&", "upon", "zu",
];
/// Common nouns that type an entity ("the album", "X is a 1999 album"), with their class.
const TYPE_NOUNS: &str = include_str!("../data/lexicons/type_nouns.tsv");
const PHRASE_TRIGGERS: &str = include_str!("../data/lexicons/phrase_triggers.txt");

/// The class a common noun implies ("album" → `Album`), from `data/lexicons/type_nouns.tsv`.
pub fn noun_class(noun: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            TYPE_NOUNS
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .map(|(n, c)| (n.trim(), c.trim()))
                .collect()
        })
        .get(noun)
        .copied()
}

/// The stance triggers, longest first, each as its words.
fn phrase_triggers() -> &'static [Vec<&'static str>] {
    static TRIGGERS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    TRIGGERS.get_or_init(|| {
        let mut triggers: Vec<Vec<&str>> = PHRASE_TRIGGERS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split_whitespace().collect())
            .collect();
        triggers.sort_by_key(|t| std::cmp::Reverse(t.len()));
        triggers
    })
}

/// Finds mentions sentence by sentence.
#[derive(Debug)]
pub struct MentionFinder<'a> {
    lexicon: &'a Lexicon,
    function_words: &'static HashSet<&'static str>,
}

impl<'a> MentionFinder<'a> {
    pub fn new(lexicon: &'a Lexicon) -> Self {
        static FUNCTION: OnceLock<HashSet<&'static str>> = OnceLock::new();
        let function_words = FUNCTION.get_or_init(|| {
            FUNCTION_WORDS
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        });
        MentionFinder {
            lexicon,
            function_words,
        }
    }

    /// All mentions of a document, sorted by position, non-overlapping.
    pub fn find(&self, text: &str, seg: &Segmentation, fields: &[Field]) -> Vec<Mention> {
        let mut out = Vec::new();
        // Capitalised words seen other than first in a sentence: names, not sentence starts.
        let mut mid_capitalised: HashSet<&str> = HashSet::new();
        for sentence in &seg.sentences {
            for t in &seg.tokens[sentence.tokens.clone()][1..] {
                if self.is_capitalised(text, t) {
                    mid_capitalised.insert(strip_possessive(t.text(text)));
                }
            }
        }
        for (index, sentence) in seg.sentences.iter().enumerate() {
            let tokens = &seg.tokens[sentence.tokens.clone()];
            let base = sentence.tokens.start;
            let mut taken = vec![false; tokens.len()];
            let mut found = Vec::new();
            if let Some(field) = fields.iter().find(|f| f.sentence == index) {
                // The field's name is not a mention: "Newspaper" in "NewspaperSocialist Worker".
                for (i, t) in tokens.iter().enumerate() {
                    if t.start < field.value_start {
                        taken[i] = true;
                    }
                }
                self.field_value(text, tokens, base, index, field, &mut taken, &mut found);
            }
            // Multi-word names of ideas first, so that neither a stance phrase nor a name takes
            // part of them: "socialist feminist ideas", "Black feminism", "Western Marxist".
            self.lexicon_terms(text, tokens, base, index, true, &mut taken, &mut found);
            self.dates(text, tokens, base, index, &mut taken, &mut found);
            self.quantities(text, tokens, base, index, &mut taken, &mut found);
            self.quoted(text, tokens, base, index, &mut taken, &mut found);
            self.references(text, tokens, base, index, &mut taken, &mut found);
            self.phrases(text, tokens, base, index, &mut taken, &mut found);
            self.names(
                text,
                &mid_capitalised,
                tokens,
                base,
                index,
                &mut taken,
                &mut found,
            );
            self.lexicon_terms(text, tokens, base, index, false, &mut taken, &mut found);
            found.sort_by_key(|m: &Mention| m.start);
            out.extend(found);
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &self,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        range: std::ops::Range<usize>,
        kind: MentionKind,
        class: &str,
        label: String,
        value: Option<Value>,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        if range.is_empty() || taken[range.clone()].iter().any(|t| *t) {
            return;
        }
        taken[range.clone()].iter_mut().for_each(|t| *t = true);
        out.push(Mention {
            start: tokens[range.start].start,
            end: tokens[range.end - 1].end,
            sentence,
            first_token: base + range.start,
            end_token: base + range.end,
            kind,
            class: class.to_string(),
            label,
            value,
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn field_value(
        &self,
        text: &str,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        field: &Field,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        let range: Vec<usize> = (0..tokens.len())
            .filter(|&i| tokens[i].start >= field.value_start && tokens[i].end <= field.value_end)
            .filter(|&i| tokens[i].kind != TokenKind::Citation)
            .collect();
        let (Some(&first), Some(&last)) = (range.first(), range.last()) else {
            return;
        };
        let surface = &text[tokens[first].start..tokens[last].end];
        match field.spec.value.as_str() {
            // Dates and numbers are found by the ordinary finders within the line.
            "Date" | "Integer" | "Text" => {}
            class => {
                // A lexicon label beats the field's generic class ("Ideology: Marxism").
                let (label, class) = match self
                    .lexicon
                    .lookup(surface)
                    .and_then(|h| h.into_iter().next())
                {
                    Some((entry, _)) => (entry.label.clone(), entry.class.clone()),
                    None => (clean_label(surface), class.to_string()),
                };
                self.push(
                    tokens,
                    base,
                    sentence,
                    first..last + 1,
                    MentionKind::InfoboxValue,
                    &class,
                    label,
                    None,
                    taken,
                    out,
                );
            }
        }
    }

    fn dates(
        &self,
        text: &str,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        let word = |i: usize| tokens.get(i).map(|t| t.text(text)).unwrap_or("");
        let year_at = |i: usize| -> Option<i32> {
            let t = tokens.get(i)?;
            let s = t.text(text);
            (t.kind == TokenKind::Number && s.len() == 4)
                .then(|| s.parse().ok())
                .flatten()
                .filter(|y| (1000..=2100).contains(y))
        };
        let day_at = |i: usize| -> Option<u8> {
            let t = tokens.get(i)?;
            let s = t.text(text).trim_end_matches(|c: char| c.is_alphabetic());
            (t.kind == TokenKind::Number
                || t.text(text).ends_with("th")
                || t.text(text).ends_with("st"))
            .then(|| s.parse().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
        };
        let mut i = 0;
        while i < tokens.len() {
            // 4 May 1917 | May 4, 1917 | May 1917 | 1917
            let found = if let (Some(d), Some(m), Some(y)) =
                (day_at(i), month_number(word(i + 1)), year_at(i + 2))
            {
                Some((
                    3,
                    Date {
                        year: y,
                        month: Some(m),
                        day: Some(d),
                    },
                ))
            } else if let (Some(m), Some(d)) = (month_number(word(i)), day_at(i + 1)) {
                if word(i + 2) == "," {
                    year_at(i + 3).map(|y| {
                        (
                            4,
                            Date {
                                year: y,
                                month: Some(m),
                                day: Some(d),
                            },
                        )
                    })
                } else {
                    year_at(i + 2).map(|y| {
                        (
                            3,
                            Date {
                                year: y,
                                month: Some(m),
                                day: Some(d),
                            },
                        )
                    })
                }
            } else if let (Some(m), Some(y)) = (month_number(word(i)), year_at(i + 1)) {
                // "May 1917" but not a sentence-initial "May" before a number of things.
                Some((
                    2,
                    Date {
                        year: y,
                        month: Some(m),
                        day: None,
                    },
                ))
            } else {
                year_at(i)
                    .filter(|_| !is_count_noun(word(i + 1)) || word(i.wrapping_sub(1)) == "in")
                    .map(|y| {
                        (
                            1,
                            Date {
                                year: y,
                                month: None,
                                day: None,
                            },
                        )
                    })
            };
            if let Some((len, date)) = found {
                let label = text[tokens[i].start..tokens[i + len - 1].end].to_string();
                self.push(
                    tokens,
                    base,
                    sentence,
                    i..i + len,
                    MentionKind::Date,
                    "Date",
                    label,
                    Some(Value::Date(date)),
                    taken,
                    out,
                );
                i += len;
            } else {
                i += 1;
            }
        }
    }

    fn quantities(
        &self,
        text: &str,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        for i in 0..tokens.len() {
            if tokens[i].kind != TokenKind::Number || taken[i] {
                continue;
            }
            let Some(mut n) = parse_integer(tokens[i].text(text)) else {
                continue;
            };
            let mut end = i + 1;
            if let Some(scale) = tokens.get(end).and_then(|t| match t.text(text) {
                "thousand" => Some(1_000),
                "million" => Some(1_000_000),
                "billion" => Some(1_000_000_000),
                _ => None,
            }) {
                n = n.saturating_mul(scale);
                end += 1;
            }
            let unit = tokens.get(end).map(|t| t.text(text)).unwrap_or("");
            if is_count_noun(unit) {
                let label = text[tokens[i].start..tokens[end].end].to_string();
                self.push(
                    tokens,
                    base,
                    sentence,
                    i..end + 1,
                    MentionKind::Quantity,
                    "Quantity",
                    label,
                    Some(Value::Integer(n)),
                    taken,
                    out,
                );
            }
        }
    }

    fn quoted(
        &self,
        text: &str,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        let mut i = 0;
        while i < tokens.len() {
            let open = tokens[i].text(text);
            let close = match open {
                "\"" => "\"",
                "“" => "”",
                "'" if i == 0 || tokens[i - 1].end < tokens[i].start => "'",
                "‘" => "’",
                _ => {
                    i += 1;
                    continue;
                }
            };
            let end = (i + 1..tokens.len().min(i + 9)).find(|&j| tokens[j].text(text) == close);
            if let Some(j) = end {
                let inner = i + 1..j;
                let words: Vec<&str> = tokens[inner.clone()].iter().map(|t| t.text(text)).collect();
                let lowercase = words
                    .iter()
                    .any(|w| w.chars().next().is_some_and(char::is_lowercase));
                if !inner.is_empty()
                    && lowercase
                    && words.iter().all(|w| !w.ends_with([',', ';']))
                    && !words.contains(&",")
                {
                    let label = text[tokens[inner.start].start..tokens[j - 1].end]
                        .trim_end_matches(['.', ','])
                        .to_string();
                    let lexicon_class = self
                        .lexicon
                        .lookup(&label)
                        .and_then(|h| h.first().map(|(e, _)| e.class.clone()));
                    let class = lexicon_class.unwrap_or_else(|| "Concept".to_string());
                    self.push(
                        tokens,
                        base,
                        sentence,
                        inner,
                        MentionKind::Quoted,
                        &class,
                        label,
                        None,
                        taken,
                        out,
                    );
                }
                i = j + 1;
            } else {
                i += 1;
            }
        }
    }

    fn is_capitalised(&self, text: &str, t: &Token) -> bool {
        let word = t.text(text);
        // Arabic articles keep the name capitalised after them: "al-Assad", "el-Sisi".
        let word = ["al-", "el-", "ul-", "ad-", "as-", "at-", "an-", "ar-"]
            .iter()
            .find_map(|p| word.strip_prefix(p))
            .unwrap_or(word);
        t.kind == TokenKind::Word && word.chars().next().is_some_and(char::is_uppercase)
    }

    #[allow(clippy::too_many_arguments)]
    fn names(
        &self,
        text: &str,
        mid_capitalised: &HashSet<&str>,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        let mut i = 0;
        while i < tokens.len() {
            if taken[i] || !self.is_capitalised(text, &tokens[i]) {
                i += 1;
                continue;
            }
            if let Some(end) = self.listed_name(text, tokens, i, taken) {
                let label = clean_label(&text[tokens[i].start..tokens[end - 1].end]);
                self.push(
                    tokens,
                    base,
                    sentence,
                    i..end,
                    MentionKind::Name,
                    "Movement",
                    label,
                    None,
                    taken,
                    out,
                );
                i = end;
                continue;
            }
            // Extend over capitalised words and inner connectors.
            let mut end = i + 1;
            loop {
                if end < tokens.len()
                    && !taken[end]
                    && self.is_capitalised(text, &tokens[end])
                    && tokens[end - 1].end < tokens[end].start
                    && !self.function_words.contains(tokens[end].text(text))
                {
                    end += 1;
                    continue;
                }
                // An initial or abbreviation with its period ("V. Shantaram", "Randee St.
                // Nicholas") joins when a capitalised word follows it.
                if end + 1 < tokens.len()
                    && tokens[end].text(text) == "."
                    && tokens[end - 1].end == tokens[end].start
                    && {
                        let w = tokens[end - 1].text(text);
                        (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                            || matches!(w, "St" | "Jr" | "Sr" | "Mt" | "Ft")
                    }
                    && !taken[end + 1]
                    && self.is_capitalised(text, &tokens[end + 1])
                {
                    end += 2;
                    continue;
                }
                // A connector joins only when a capitalised word follows it.
                if end + 1 < tokens.len()
                    && CONNECTORS.contains(&tokens[end].text(text))
                    && !taken[end + 1]
                    && self.is_capitalised(text, &tokens[end + 1])
                    && !self.function_words.contains(tokens[end + 1].text(text))
                {
                    end += 2;
                    continue;
                }
                break;
            }
            let mut start = i;
            // Sentence-initial or line-initial function words ("The", "However") are not names.
            while start < end && self.function_words.contains(tokens[start].text(text)) {
                start += 1;
            }
            // Leading titles ("President", "Dr.") mark a person and are not part of the name.
            let mut titled = false;
            while start + 1 < end && self.lexicon.is_title(tokens[start].text(text)) {
                titled = true;
                start += 1;
            }
            // "Supporters of ISO": a sentence-initial common noun before a connector is no name.
            if start == 0 && end > 2 && CONNECTORS.contains(&tokens[1].text(text)) {
                let word = tokens[0].text(text);
                let known = self.lexicon.lookup(word).is_some()
                    || self.lexicon.is_first_name(word)
                    || mid_capitalised.contains(word)
                    || self.lexicon.head_class(word, HeadPosition::First).is_some();
                if !known {
                    start = 1;
                }
            }
            // Strip dangling connectors.
            while start < end && CONNECTORS.contains(&tokens[start].text(text)) {
                start += 1;
            }
            while end > start && CONNECTORS.contains(&tokens[end - 1].text(text)) {
                end -= 1;
            }
            // A lone capitalised word at the start of a sentence is usually an ordinary word
            // ("Branches took part…"), unless the text capitalises it elsewhere too.
            if start == 0 && end == 1 {
                let word = strip_possessive(tokens[0].text(text));
                let known = word
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                    || self.lexicon.lookup(word).is_some()
                    || self.lexicon.is_first_name(word)
                    || mid_capitalised.contains(word);
                if !known {
                    i = end;
                    continue;
                }
            }
            if start < end {
                self.classify_name(text, tokens, base, sentence, start..end, titled, taken, out);
            }
            i = end.max(i + 1);
        }
    }

    /// A name made of a list of capitalised words and a lower-case head: "Boycott, Divestment
    /// and Sanctions movement". Returns the end of the name (after the head).
    fn listed_name(&self, text: &str, tokens: &[Token], i: usize, taken: &[bool]) -> Option<usize> {
        let word = |k: usize| tokens.get(k).map(|t| t.text(text)).unwrap_or("");
        let capitalised =
            |k: usize| k < tokens.len() && !taken[k] && self.is_capitalised(text, &tokens[k]);
        let (mut k, mut commas, mut and) = (i + 1, 0, false);
        loop {
            match word(k) {
                "," if capitalised(k + 1) && !and => {
                    commas += 1;
                    k += 2;
                }
                "," if word(k + 1) == "and" && capitalised(k + 2) && !and => {
                    (commas, and) = (commas + 1, true);
                    k += 3;
                }
                "and" if capitalised(k + 1) && !and => {
                    and = true;
                    k += 2;
                }
                _ => break,
            }
        }
        let head = matches!(
            word(k),
            "movement" | "campaign" | "initiative" | "coalition" | "protests" | "program"
        );
        (commas > 0 && and && head && !taken[k]).then_some(k + 1)
    }

    #[allow(clippy::too_many_arguments)]
    fn classify_name(
        &self,
        text: &str,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        range: std::ops::Range<usize>,
        titled: bool,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        let surface = strip_possessive(&text[tokens[range.start].start..tokens[range.end - 1].end]);
        // A whole name known to the lexicon.
        if let Some(hits) = self.lexicon.lookup(surface) {
            if let Some((entry, kind)) = hits.first() {
                let kind = if *kind == SurfaceKind::Adjective {
                    MentionKind::Adjective
                } else {
                    MentionKind::Lexicon
                };
                let (label, class) = (entry.label.clone(), entry.class.clone());
                self.push(
                    tokens, base, sentence, range, kind, &class, label, None, taken, out,
                );
                return;
            }
        }
        // Leading lexicon words used as modifiers ("U.S. Marxist group", "British Socialist
        // Workers Party") are mentions of their own; the rest is the name.
        // Leading place words and demonyms ("British", "U.S.") modify the name that follows;
        // ideology words ("Socialist") usually belong to it, unless nothing else follows.
        let is_lexicon = |t: &Token| self.lexicon.lookup(strip_possessive(t.text(text)));
        let is_place = |t: &Token| {
            is_lexicon(t).is_some_and(|hits| {
                hits.iter().any(|(e, _)| {
                    matches!(
                        e.class.as_str(),
                        "Country" | "City" | "AdministrativeRegion" | "Place" | "Continent"
                    )
                })
            })
        };
        let mut lead = tokens[range.clone()]
            .iter()
            .take_while(|t| is_place(t))
            .count();
        if tokens[range.clone()]
            .iter()
            .all(|t| is_lexicon(t).is_some())
        {
            lead = range.len();
        }
        let rest = range.start + lead..range.end;
        // "Soviet Bloc", "Iraq War": a demonym before one generic word is part of the name.
        let split = lead > 0
            && (rest.len() != 1 || {
                let w = strip_possessive(tokens[rest.start].text(text));
                self.lexicon.is_title(w)
                    || w.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
                    || self.lexicon.is_first_name(w)
            });
        let mut start = range.start;
        if split {
            for i in range.start..range.start + lead {
                let word = strip_possessive(tokens[i].text(text));
                if let Some((entry, _)) =
                    self.lexicon.lookup(word).and_then(|h| h.into_iter().next())
                {
                    let (label, class) = (entry.label.clone(), entry.class.clone());
                    self.push(
                        tokens,
                        base,
                        sentence,
                        i..i + 1,
                        MentionKind::Adjective,
                        &class,
                        label,
                        None,
                        taken,
                        out,
                    );
                }
            }
            start = range.start + lead;
        }
        if start >= range.end {
            return;
        }
        let range = start..range.end;
        let words: Vec<&str> = tokens[range.clone()].iter().map(|t| t.text(text)).collect();
        let surface = strip_possessive(&text[tokens[range.start].start..tokens[range.end - 1].end]);
        let last = strip_possessive(words[words.len() - 1]);
        let is_acronym = words.len() == 1
            && last.chars().count() >= 2
            && last
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        let class = if let Some(class) = self.lexicon.head_class(last, HeadPosition::Head) {
            class.to_string()
        } else if let Some(class) = self
            .lexicon
            .head_class(words[0], HeadPosition::First)
            .filter(|_| words.len() > 1)
        {
            class.to_string()
        } else if titled
            || (words.len() >= 2 && words.len() <= 4 && self.lexicon.is_first_name(words[0]))
        {
            "Person".to_string()
        } else if let Some(class) = range
            .start
            .checked_sub(1)
            .and_then(|p| noun_class(tokens[p].text(text)))
            .filter(|c| *c != "Country")
        {
            // A common noun right before the name says what it is: "club Newcastle United",
            // "the band Oasis", "the album Lotus".
            class.to_string()
        } else if is_acronym {
            "Organization".to_string()
        } else {
            "Entity".to_string()
        };
        let kind = if is_acronym {
            MentionKind::Acronym
        } else {
            MentionKind::Name
        };
        self.push(
            tokens,
            base,
            sentence,
            range,
            kind,
            &class,
            clean_label(surface),
            None,
            taken,
            out,
        );
    }

    /// Lexicon entries, longest first. With `multiword_ideas`, only ideas of several words that
    /// are not part of a longer capitalised name.
    #[allow(clippy::too_many_arguments)]
    fn lexicon_terms(
        &self,
        text: &str,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        multiword_ideas: bool,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        let max = self.lexicon.max_words.max(1);
        let shortest = if multiword_ideas { 2 } else { 1 };
        let mut i = 0;
        while i < tokens.len() {
            let mut matched = 0;
            if multiword_ideas && !self.lexicon.starts_multiword_idea(tokens[i].text(text)) {
                i += 1;
                continue;
            }
            for n in (shortest..=max.min(tokens.len() - i)).rev() {
                if taken[i..i + n].iter().any(|t| *t) {
                    continue;
                }
                if multiword_ideas
                    && (i > 0 && self.is_capitalised(text, &tokens[i - 1])
                        || tokens
                            .get(i + n)
                            .is_some_and(|t| self.is_capitalised(text, t)))
                {
                    continue;
                }
                let surface = &text[tokens[i].start..tokens[i + n - 1].end];
                if let Some((entry, kind)) = self
                    .lexicon
                    .lookup(surface)
                    .and_then(|h| h.into_iter().next())
                    .filter(|(e, _)| !multiword_ideas || e.class == "Ideology")
                {
                    let kind = if kind == SurfaceKind::Adjective {
                        MentionKind::Adjective
                    } else {
                        MentionKind::Lexicon
                    };
                    let (label, class) = (entry.label.clone(), entry.class.clone());
                    self.push(
                        tokens,
                        base,
                        sentence,
                        i..i + n,
                        kind,
                        &class,
                        label,
                        None,
                        taken,
                        out,
                    );
                    matched = n;
                    break;
                }
            }
            i += matched.max(1);
        }
    }

    /// Common-noun phrases after stance triggers (`data/lexicons/phrase_triggers.txt`):
    /// "activism against the death penalty" → "death penalty" (a Concept).
    fn phrases(
        &self,
        text: &str,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        let lower: Vec<String> = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
        let trigger_at = |at: usize| {
            phrase_triggers().iter().find_map(|words| {
                let fits = words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| lower.get(at + k).is_some_and(|t| t == w));
                fits.then_some(words.len())
            })
        };
        let is_lower_word =
            |k: usize| tokens[k].kind == TokenKind::Word && !self.is_capitalised(text, &tokens[k]);
        let mut i = 0;
        // Where the last phrase ended: "X as well as Y" continues it with another phrase.
        let mut last_end = usize::MAX;
        while i < tokens.len() {
            let continued = i == last_end
                && lower
                    .get(i..i + 3)
                    .is_some_and(|w| w == ["as", "well", "as"]);
            let Some(len) = trigger_at(i).or(continued.then_some(3)) else {
                i += 1;
                continue;
            };
            let mut start = i + len;
            // Triggers chain: "advocated independence from …", "advocated replacing …".
            while let Some(next) = trigger_at(start) {
                start += next;
            }
            while start < tokens.len()
                && matches!(
                    lower[start].as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "critical"
                )
            {
                start += 1;
            }
            // Coordinated adjectives share the head noun: "economic, political, and social
            // reforms" → "reforms".
            let mut shared_head = false;
            let mut k = start;
            while k + 1 < tokens.len() && is_lower_word(k) && is_adjective(&lower[k]) {
                let mut next = k + 1;
                while next < tokens.len() && matches!(lower[next].as_str(), "," | "and" | "or") {
                    next += 1;
                }
                if next == k + 1 || next >= tokens.len() || !is_lower_word(next) {
                    break;
                }
                shared_head = true;
                k = next;
            }
            let mut end = start;
            while end < tokens.len() && end - start < 12 && !taken[end] {
                let boundary = is_phrase_boundary(&tokens[end], &lower[end]);
                let inside_list = shared_head && end < k;
                // "the right of gays and lesbians to marry": a pair after "of", an infinitive
                // after "right".
                let of_pair = lower[end] == "and"
                    && end >= start + 2
                    && lower[end - 2] == "of"
                    && end + 1 < tokens.len()
                    && is_lower_word(end + 1);
                let right_to = lower[end] == "to"
                    && (start..end).any(|k| matches!(lower[k].as_str(), "right" | "rights"))
                    && !lower[start..end].iter().any(|w| w == "to")
                    && end + 1 < tokens.len()
                    && is_lower_word(end + 1);
                if boundary && !inside_list && !of_pair && !right_to {
                    break;
                }
                end += 1;
            }
            // A trailing "of" belongs to what follows; a head noun before "of" and a known idea
            // ("a Leninist principle of democratic centralism") is no phrase of its own.
            let cut_before_known = end < tokens.len() && taken[end];
            let mut trailing_of = false;
            while end > start && lower[end - 1] == "of" {
                end -= 1;
                trailing_of = true;
            }
            let lowercase = (start..end).any(is_lower_word);
            if end > start && lowercase && !(trailing_of && cut_before_known) {
                // Leading place words ("the U.S. two party system", "Syrian revolutionary
                // groups") stay in the mention, and so in the entity's aliases, not in its label.
                let place = |k: usize| {
                    self.lexicon
                        .lookup(tokens[k].text(text))
                        .is_some_and(|hits| {
                            hits.iter().any(|(e, _)| {
                                matches!(
                                    e.class.as_str(),
                                    "Country" | "City" | "AdministrativeRegion"
                                )
                            })
                        })
                };
                let head = if shared_head {
                    end - 1
                } else {
                    (start..end).find(|&k| !place(k)).unwrap_or(end)
                };
                if head < end {
                    let label = clean_label(&text[tokens[head].start..tokens[end - 1].end]);
                    self.push(
                        tokens,
                        base,
                        sentence,
                        start..end,
                        MentionKind::Phrase,
                        "Concept",
                        label,
                        None,
                        taken,
                        out,
                    );
                    last_end = end;
                }
            }
            i = end.max(i + len);
        }
    }

    fn references(
        &self,
        text: &str,
        tokens: &[Token],
        base: usize,
        sentence: usize,
        taken: &mut [bool],
        out: &mut Vec<Mention>,
    ) {
        for i in 0..tokens.len() {
            if taken[i] {
                continue;
            }
            let word = tokens[i].text(text);
            let class = match word {
                "it" | "It" | "its" | "Its" => Some("Entity"),
                "he" | "He" | "his" | "His" | "him" | "she" | "She" | "her" | "Her" => {
                    Some("Person")
                }
                "they" | "They" => Some("Organization"),
                _ => None,
            };
            if let Some(class) = class {
                self.push(
                    tokens,
                    base,
                    sentence,
                    i..i + 1,
                    MentionKind::Reference,
                    class,
                    word.to_lowercase(),
                    None,
                    taken,
                    out,
                );
                continue;
            }
            if matches!(word, "the" | "The" | "this" | "This") {
                if let Some(next) = tokens.get(i + 1) {
                    let noun = strip_possessive(next.text(text));
                    if let Some(class) = noun_class(noun).filter(|c| !matches!(*c, "Country")) {
                        if !taken[i + 1]
                            && !tokens.get(i + 2).is_some_and(|t| {
                                self.is_capitalised(text, t) || t.text(text) == "of"
                            })
                        {
                            let label = format!("the {noun}");
                            self.push(
                                tokens,
                                base,
                                sentence,
                                i..i + 2,
                                MentionKind::Reference,
                                class,
                                label,
                                None,
                                taken,
                                out,
                            );
                        }
                    }
                }
            }
        }
    }
}

/// Plural nouns that make a number a count ("1500 members").
fn is_count_noun(word: &str) -> bool {
    matches!(
        word,
        "members"
            | "people"
            | "persons"
            | "employees"
            | "staff"
            | "students"
            | "copies"
            | "votes"
            | "inhabitants"
            | "residents"
            | "delegates"
            | "supporters"
            | "activists"
            | "branches"
            | "chapters"
            | "affiliates"
            | "workers"
            | "soldiers"
            | "troops"
            | "seats"
            | "subscribers"
            | "readers"
            | "units"
            | "followers"
            | "adherents"
    )
}

/// Whether a lower-case word looks like an adjective by its ending ("economic", "political").
fn is_adjective(word: &str) -> bool {
    [
        "ic", "al", "ive", "ous", "ary", "ist", "ian", "ful", "less", "able", "ible",
    ]
    .iter()
    .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix))
}

/// Where a common-noun phrase ends: punctuation, a citation, a conjunction, a preposition other
/// than "of", or a verb of being.
fn is_phrase_boundary(token: &Token, lower: &str) -> bool {
    (token.kind == TokenKind::Punct && lower != "'" && lower != "’")
        || token.kind == TokenKind::Citation
        || matches!(
            lower,
            "and"
                | "or"
                | "but"
                | "as"
                | "while"
                | "which"
                | "that"
                | "who"
                | "by"
                | "from"
                | "with"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "against"
                | "until"
                | "among"
                | "through"
                | "because"
                | "if"
                | "when"
                | "where"
                | "than"
                | "also"
                | "is"
                | "was"
                | "are"
                | "were"
                | "be"
        )
}

/// "ISO's" → "ISO".
pub fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
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
        let lex = Lexicon::builtin();
        let seg = crate::segment::segment(text);
        MentionFinder::new(&lex)
            .find(text, &seg, &[])
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.kind, m.class))
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
}
