//! Proper names: runs of capitalised words with inner connectors ("League of Nations"), initials
//! ("V. Shantaram") and article prefixes ("Bashar al-Assad"), typed by the lexicon (a known
//! name, a head word, a given name, a title before it, a type noun before it).

use super::{clean_label, Found, MentionKind, Scan};
use crate::resources::{ClassId, HeadPosition, SurfaceKind, WordList};
use std::ops::Range;

pub(super) fn find(scan: &mut Scan) {
    let mut i = 0;
    while i < scan.tokens.len() {
        if scan.taken[i] || !scan.is_capitalised(&scan.tokens[i]) {
            i += 1;
            continue;
        }
        if let Some(end) = listed_name(scan, i) {
            let found = Found {
                kind: MentionKind::Name,
                class: scan.onto.core.movement,
                label: clean_label(scan.span(i, end - 1)),
                value: None,
            };
            scan.push(i..end, found);
            i = end;
            continue;
        }
        let end = suffix_end(scan, name_end(scan, i));
        if let Some((range, titled)) = trim_name(scan, i, end) {
            classify(scan, range, titled);
        }
        i = end.max(i + 1);
    }
}

/// Whether token `k` is a free capitalised word.
fn free_capitalised(scan: &Scan, k: usize) -> bool {
    k < scan.tokens.len() && !scan.taken[k] && scan.is_capitalised(&scan.tokens[k])
}

/// The end of the run of capitalised words from `i`, with inner connectors and initials.
fn name_end(scan: &Scan, i: usize) -> usize {
    let lex = scan.lexicon;
    let tokens = scan.tokens;
    let mut end = i + 1;
    loop {
        if free_capitalised(scan, end)
            && tokens[end - 1].end < tokens[end].start
            && !lex.is(WordList::FunctionWord, scan.word(end))
        {
            end += 1;
            continue;
        }
        // An initial or abbreviation with its period ("V. Shantaram", "Randee St. Nicholas")
        // joins when a capitalised word follows it.
        if end + 1 < tokens.len()
            && scan.word(end) == "."
            && tokens[end - 1].end == tokens[end].start
        {
            let w = scan.word(end - 1);
            let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            let abbreviation = lex.is(WordList::NameAbbreviation, w) || lex.is_title(w);
            if (initial || abbreviation) && free_capitalised(scan, end + 1) {
                end += 2;
                continue;
            }
        }
        // A middle initial that is also a function word ("Warren A. Stephens").
        let letter = scan.word(end);
        if end + 2 < tokens.len()
            && letter.len() == 1
            && letter.chars().all(|c| c.is_ascii_uppercase())
            && !scan.taken[end]
            && scan.word(end + 1) == "."
            && tokens[end].end == tokens[end + 1].start
            && tokens[end - 1].end < tokens[end].start
            && free_capitalised(scan, end + 2)
        {
            end += 3;
            continue;
        }
        // A nickname in quotation marks or brackets between the words of a person's name:
        // Dallas "Dal" Ward, Edwin Garrigues (Gary) Boring.
        if let Some(after) = nickname_end(scan, end) {
            end = after;
            continue;
        }
        // A connector joins only when a capitalised word follows it.
        if end + 1 < tokens.len()
            && (lex.is(WordList::NameConnector, scan.word(end)) || joins_a_company(scan, end))
            && free_capitalised(scan, end + 1)
            && !lex.is(WordList::FunctionWord, scan.word(end + 1))
        {
            end += 2;
            continue;
        }
        // An event's name goes on through two connectors: "War of the Spanish Succession".
        if event_head(scan, end - 1)
            && lex.is(WordList::NameConnector, scan.word(end))
            && lex.is(WordList::NameConnector, scan.word(end + 1))
            && free_capitalised(scan, end + 2)
        {
            end += 3;
            continue;
        }
        // A numeral that is also a pronoun ("I") joins after a head word or a given name:
        // "World War I", "Leopold I".
        if free_capitalised(scan, end)
            && is_roman_numeral(scan.word(end))
            && (lex
                .head_class(scan.word(end - 1), HeadPosition::Head)
                .is_some()
                || lex.is(WordList::FirstName, scan.word(end - 1)))
        {
            end += 1;
            continue;
        }
        return end;
    }
}

/// The end of a nickname that opens at `at` inside a name, when a capitalised word follows it:
/// one or two capitalised words in quotation marks, or one word in brackets that is no acronym.
fn nickname_end(scan: &Scan, at: usize) -> Option<usize> {
    let close = match scan.word(at) {
        "\"" => "\"",
        "“" => "”",
        "(" => ")",
        _ => return None,
    };
    let longest = if close == ")" { 1 } else { 2 };
    let mut k = at + 1;
    while k < at + 1 + longest && free_capitalised(scan, k) {
        k += 1;
    }
    let words = k - at - 1;
    let lower_case_too = |w: &str| w.chars().any(char::is_lowercase);
    let fits = words > 0
        && scan.word(k) == close
        && (close != ")" || lower_case_too(scan.word(at + 1)))
        && free_capitalised(scan, k + 1)
        && !scan.lexicon.is(WordList::FunctionWord, scan.word(k + 1))
        && scan.tokens[k].end < scan.tokens[k + 1].start;
    fits.then_some(k + 1)
}

/// Whether the name over these tokens has a nickname inside it.
fn has_nickname(words: &[&str]) -> bool {
    words.len() > 3
        && words[1..words.len() - 1]
            .iter()
            .any(|w| matches!(*w, "\"" | "“" | "("))
}

/// Whether the conjunction at `at` joins the words of one organization's name: "Bank of Credit
/// and Commerce International", "Lain and Rose Community Interest Company" — the name runs on
/// to a head word that makes it an organization.
fn joins_a_company(scan: &Scan, at: usize) -> bool {
    let lex = scan.lexicon;
    if !lex.is(WordList::ListConjunction, scan.word(at)) && scan.word(at) != "&" {
        return false;
    }
    let mut k = at + 1;
    while free_capitalised(scan, k) && k < at + 6 {
        k += 1;
    }
    let last = lex.strip_possessive(scan.word(k - 1));
    k > at + 1
        && lex
            .head_class(last, HeadPosition::Head)
            .is_some_and(|c| scan.onto.class_name(c) == "Company")
}

/// Whether a word is a Roman numeral as names use them ("II", "XIV").
fn is_roman_numeral(word: &str) -> bool {
    word.len() <= 6 && !word.is_empty() && word.chars().all(|c| "IVXLC".contains(c))
}

/// Whether token `k` is a word that names an event at the head or the start of a name ("War",
/// "Battle").
fn event_head(scan: &Scan, k: usize) -> bool {
    let lex = scan.lexicon;
    let word = scan.word(k);
    [HeadPosition::Head, HeadPosition::First]
        .into_iter()
        .filter_map(|p| lex.head_class(word, p))
        .any(|c| scan.onto.is_subclass(c, scan.onto.core.event))
}

/// Where a name ends with the suffixes that follow it after a comma: "Geeknet, Inc.", "Eisai
/// Co., Ltd.", "John Glenn, Jr." (the final period stays outside).
fn suffix_end(scan: &Scan, end: usize) -> usize {
    let mut end = end;
    loop {
        let mut next = end;
        if scan.word(next) == "." && scan.word(next + 1) == "," {
            next += 1;
        }
        if scan.word(next) != "," || next + 1 >= scan.tokens.len() || scan.taken[next + 1] {
            return end;
        }
        if !scan.lexicon.is(WordList::NameSuffix, scan.word(next + 1)) {
            return end;
        }
        end = next + 2;
    }
}

/// The name within `i..end`: sentence-initial function words, leading titles, a sentence-initial
/// common noun and dangling connectors cut off. Also says whether a title preceded it.
fn trim_name(scan: &Scan, i: usize, end: usize) -> Option<(Range<usize>, bool)> {
    let lex = scan.lexicon;
    let known = |word: &str| {
        lex.lookup(word).is_some()
            || lex.is(WordList::FirstName, word)
            || scan.mid_capitalised.contains(word)
    };
    let mut start = i;
    let mut end = end;
    // Sentence-initial or line-initial function words ("The", "However") are not names.
    while start < end && lex.is(WordList::FunctionWord, scan.word(start)) {
        start += 1;
    }
    // Leading titles ("President", "Dr.") mark a person and are not part of the name.
    // Not in a name the lexicon knows ("St. Louis"); the period of "Dr." goes with its title.
    let mut titled = false;
    while start + 1 < end
        && lex.is_title(scan.word(start))
        && lex.lookup(scan.span(start, end - 1)).is_none()
    {
        titled = true;
        start += 1;
        if scan.word(start) == "." && start + 1 < end {
            start += 1;
        }
    }
    // "Supporters of ISO": a sentence-initial common noun before a connector is no name.
    if start == 0 && end > 2 && lex.is(WordList::NameConnector, scan.word(1)) {
        let word = scan.word(0);
        if !(known(word) || lex.head_class(word, HeadPosition::First).is_some()) {
            start = 1;
        }
    }
    while start < end && lex.is(WordList::NameConnector, scan.word(start)) {
        start += 1;
    }
    while end > start && lex.is(WordList::NameConnector, scan.word(end - 1)) {
        end -= 1;
    }
    // A lone capitalised word at the start of a sentence is an ordinary word ("Branches took
    // part…") when English has it in lower case, unless the text capitalises it elsewhere too;
    // other words there are names ("Lang took part…").
    if start == 0 && end == 1 {
        let word = lex.strip_possessive(scan.word(0));
        let acronym = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        if !(acronym || known(word)) && lex.is_common_word(word) {
            return None;
        }
    }
    (start < end).then_some((start..end, titled))
}

/// A name made of a list of capitalised words and a lower-case head: "Boycott, Divestment
/// and Sanctions movement". Returns the end of the name (after the head).
fn listed_name(scan: &Scan, i: usize) -> Option<usize> {
    let conjunction = |k: usize| scan.lexicon.is(WordList::ListConjunction, scan.word(k));
    let (mut k, mut commas, mut and) = (i + 1, 0, false);
    while !and {
        if scan.word(k) == "," && free_capitalised(scan, k + 1) {
            commas += 1;
            k += 2;
        } else if scan.word(k) == "," && conjunction(k + 1) && free_capitalised(scan, k + 2) {
            (commas, and) = (commas + 1, true);
            k += 3;
        } else if conjunction(k) && free_capitalised(scan, k + 1) {
            and = true;
            k += 2;
        } else {
            break;
        }
    }
    let head = scan.lexicon.is(WordList::ListHead, scan.word(k));
    (commas > 0 && and && head && !scan.taken[k]).then_some(k + 1)
}

/// Types a name and pushes it: a whole name the lexicon knows, else its leading place words as
/// mentions of their own and the rest typed by head words, given names, titles or the noun
/// before it.
fn classify(scan: &mut Scan, range: Range<usize>, titled: bool) {
    let lex = scan.lexicon;
    let surface = lex.strip_possessive(scan.span(range.start, range.end - 1));
    if let Some((entry, kind)) = lex.first_entry(surface) {
        let kind = match kind {
            SurfaceKind::Adjective => MentionKind::Adjective,
            SurfaceKind::Name => MentionKind::Lexicon,
        };
        let found = Found {
            kind,
            class: entry.class,
            label: entry.label.clone(),
            value: None,
        };
        scan.push(range, found);
        return;
    }
    let nicknamed = has_nickname(&range.clone().map(|k| scan.word(k)).collect::<Vec<_>>());
    let start = if nicknamed {
        range.start
    } else {
        split_leading_places(scan, range.clone())
    };
    if start >= range.end {
        return;
    }
    let range = start..range.end;
    let words: Vec<&str> = range.clone().map(|k| scan.word(k)).collect();
    let surface = lex.strip_possessive(scan.span(range.start, range.end - 1));
    let last = lex.strip_possessive(words[words.len() - 1]);
    let is_acronym = words.len() == 1
        && last.chars().count() >= 2
        && last
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let class = name_class(scan, &range, &words, titled || nicknamed, is_acronym);
    let kind = if is_acronym {
        MentionKind::Acronym
    } else {
        MentionKind::Name
    };
    let (range, label) = if scan.onto.is_subclass(class, scan.onto.core.event) {
        let range = with_years(scan, range);
        let label = clean_label(scan.span(range.start, range.end - 1));
        (range, label)
    } else {
        (range, clean_label(surface))
    };
    let found = Found {
        kind,
        class,
        label,
        value: None,
    };
    scan.push(range, found);
}

/// An event's name with the year that tells its editions apart: "2006 Winter Olympics",
/// "Eurovision Song Contest 2009", "War of 1812". The year stops being a date of its own.
fn with_years(scan: &mut Scan, range: Range<usize>) -> Range<usize> {
    let mut range = range;
    if range.start > 0 && take_year(scan, range.start - 1) {
        range.start -= 1;
    }
    if take_year(scan, range.end) {
        range.end += 1;
    } else if scan
        .lexicon
        .is(WordList::NameConnector, scan.word(range.end))
        && !scan.taken[range.end]
        && take_year(scan, range.end + 1)
    {
        range.end += 2;
    }
    range
}

/// Frees token `k` if a date mention of a bare year holds it alone; whether it did.
fn take_year(scan: &mut Scan, k: usize) -> bool {
    let first = scan.base + k;
    let Some(at) = scan.found.iter().position(|m| {
        m.kind == MentionKind::Date && m.first_token == first && m.end_token == first + 1
    }) else {
        return false;
    };
    if scan.word(k).len() != 4 {
        return false;
    }
    scan.found.remove(at);
    scan.taken[k] = false;
    true
}

/// Leading place words and demonyms ("British", "U.S.") modify the name that follows and become
/// mentions of their own; ideology words ("Socialist") usually belong to it, unless nothing else
/// follows. Returns where the name itself starts.
fn split_leading_places(scan: &mut Scan, range: Range<usize>) -> usize {
    let lex = scan.lexicon;
    let onto = scan.onto;
    let known = |k: usize| lex.knows_by_hand(lex.strip_possessive(scan.word(k)));
    // Only names the hand-written lexicon lists split off ("Chicago", not "Toyota" or "Mobile").
    let is_place = |k: usize| {
        let word = lex.strip_possessive(scan.word(k));
        lex.any_entry(word, |e| onto.is_place(e.class)) && lex.names_hand_written_place(word)
    };
    let mut lead = range.clone().take_while(|&k| is_place(k)).count();
    if range.clone().all(known) {
        lead = range.len();
    }
    let rest = range.start + lead..range.end;
    // "Soviet Bloc", "Norwegian Military Academy": a place word before one or two generic words
    // is part of the name; before a person's name, an acronym or a name of its own ("British
    // Socialist Workers Party") it only modifies it.
    let person_like = |k: usize| {
        let w = lex.strip_possessive(scan.word(k));
        lex.is_title(w)
            || w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            || lex.is(WordList::FirstName, w)
    };
    // "Massachusetts Institute of Technology", "Russian Academy of Sciences": a place word
    // before a head word with "of" names the institution.
    let head_of = rest.len() > 2
        && lex.is(WordList::NameConnector, scan.word(rest.start + 1))
        && lex
            .head_class(scan.word(rest.start), HeadPosition::First)
            .is_some();
    // A possessive ends a name: "Panama's National Assembly".
    let possessive = lead > 0 && {
        let last = scan.word(range.start + lead - 1);
        lex.strip_possessive(last) != last
    };
    let split = lead > 0
        && (possessive
            || !head_of && (rest.is_empty() || rest.len() > 2 || rest.clone().any(person_like)));
    if !split {
        return range.start;
    }
    for k in range.start..range.start + lead {
        let word = lex.strip_possessive(scan.word(k));
        if let Some((entry, _)) = lex.first_entry(word) {
            let found = Found {
                kind: MentionKind::Adjective,
                class: entry.class,
                label: entry.label.clone(),
                value: None,
            };
            scan.push(k..k + 1, found);
        }
    }
    range.start + lead
}

/// The class a head word gives a name: its last word's ("Labour Party"), or its first word's
/// ("Mount Everest"). A numeral after the head ("World War II") and a place after an event's
/// first word ("Battle of Vimy Ridge") leave the head where it was.
fn head_word_class(scan: &Scan, range: &Range<usize>, words: &[&str]) -> Option<ClassId> {
    let lex = scan.lexicon;
    let mut last = lex.strip_possessive(words[words.len() - 1]);
    if words.len() > 1 && is_roman_numeral(last) {
        last = words[words.len() - 2];
    }
    let first = lex.head_class(words[0], HeadPosition::First);
    if words.len() > 2
        && lex.is(WordList::NameConnector, words[1])
        && event_head(scan, range.start)
        && first.is_some()
    {
        return first;
    }
    lex.head_class(last, HeadPosition::Head)
        .or(first.filter(|_| words.len() > 1))
}

/// The class of a name the lexicon does not know as a whole.
fn name_class(
    scan: &Scan,
    range: &Range<usize>,
    words: &[&str],
    titled: bool,
    acronym: bool,
) -> ClassId {
    let lex = scan.lexicon;
    let core = &scan.onto.core;
    // A common noun right before the name says what it is: "club Newcastle United", "the band
    // Oasis", "the album Lotus"; over a head word too ("the band Joy Division"), unless the head
    // word says the same more precisely ("the group Socialist Workers Party").
    let noun_before = range
        .start
        .checked_sub(1)
        .and_then(|p| lex.noun_class(scan.word(p)))
        .filter(|c| *c != core.country);
    if let Some(head) = head_word_class(scan, range, words) {
        return match noun_before {
            Some(noun) if !scan.onto.is_subclass(head, noun) => noun,
            _ => head,
        };
    }
    // A given name alone ("Paul") or with a surname or two ("Nolan Bushnell").
    if titled || (words.len() <= 4 && lex.is(WordList::FirstName, words[0])) {
        return core.person;
    }
    if let Some(class) = noun_before {
        return class;
    }
    if acronym {
        core.organization
    } else {
        core.entity
    }
}
