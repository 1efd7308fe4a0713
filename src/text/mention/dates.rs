//! Dates at the precision the text gives: "4 May 1917", "May 4, 1917", "May 1917", "1917".

use super::{Found, MentionKind, Scan};
use crate::resources::WordList;
use crate::text::segment::TokenKind;
use crate::text::value::{Date, Value};

pub(super) fn find(scan: &mut Scan) {
    let mut i = 0;
    while i < scan.tokens.len() {
        let Some((len, date)) = date_at(scan, i) else {
            i += 1;
            continue;
        };
        let found = Found {
            kind: MentionKind::Date,
            class: scan.onto.core.date,
            label: scan.span(i, i + len - 1).to_string(),
            value: Some(Value::Date(date)),
        };
        scan.push(i..i + len, found);
        i += len;
    }
}

/// Dates are never entities: a name made only of month names and numbers ("January", "6
/// January", "January–March") that no date took is dropped, and its tokens freed; not a month
/// name the document uses in a person's name ("Theresa May … May said").
pub(super) fn drop_month_names(scan: &mut Scan) {
    let lexicon = scan.lexicon;
    let base = scan.base;
    let (tokens, text, persons) = (scan.tokens, scan.text, scan.person_words);
    let only_months = |m: &super::Mention| {
        let words = tokens[m.first_token - base..m.end_token - base]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| lexicon.strip_possessive(t.text(text)));
        let mut any_month = false;
        for w in words {
            // "May" of "Theresa May" stays a name where the document names her so.
            if lexicon.month(w).is_some() && !persons.contains(w) {
                any_month = true;
            } else if !w.chars().all(|c| c.is_ascii_digit()) {
                return false;
            }
        }
        any_month
    };
    let (months, kept): (Vec<_>, Vec<_>) =
        std::mem::take(&mut scan.found).into_iter().partition(|m| {
            matches!(m.kind, MentionKind::Name | MentionKind::Lexicon) && only_months(m)
        });
    for m in months {
        scan.taken[m.first_token - base..m.end_token - base]
            .iter_mut()
            .for_each(|t| *t = false);
    }
    scan.found = kept;
}

/// The date starting at token `i`, and how many tokens it takes.
fn date_at(scan: &Scan, i: usize) -> Option<(usize, Date)> {
    let month = |k: usize| scan.lexicon.month(scan.word(k));
    let date = |year, month, day| Date { year, month, day };
    if let (Some(d), Some(m), Some(y)) = (day_at(scan, i), month(i + 1), year_at(scan, i + 2)) {
        return Some((3, date(y, Some(m), Some(d))));
    }
    if let (Some(m), Some(d)) = (month(i), day_at(scan, i + 1)) {
        return if scan.word(i + 2) == "," {
            year_at(scan, i + 3).map(|y| (4, date(y, Some(m), Some(d))))
        } else {
            year_at(scan, i + 2).map(|y| (3, date(y, Some(m), Some(d))))
        };
    }
    if let (Some(m), Some(y)) = (month(i), year_at(scan, i + 1)) {
        return Some((2, date(y, Some(m), None)));
    }
    // A year, unless it counts something ("1500 members"), except after "in".
    let counts = scan.lexicon.is(WordList::CountNoun, scan.word(i + 1))
        && !scan
            .lexicon
            .is(WordList::YearPreposition, scan.word(i.wrapping_sub(1)));
    year_at(scan, i)
        .filter(|_| !counts)
        .map(|y| (1, date(y, None, None)))
}

fn year_at(scan: &Scan, i: usize) -> Option<i32> {
    let t = scan.tokens.get(i)?;
    let s = t.text(scan.text);
    (t.kind == TokenKind::Number && s.len() == 4)
        .then(|| s.parse().ok())
        .flatten()
        .filter(|y| (1000..=2100).contains(y))
}

fn day_at(scan: &Scan, i: usize) -> Option<u8> {
    let t = scan.tokens.get(i)?;
    let word = t.text(scan.text);
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
    (t.kind == TokenKind::Number || scan.lexicon.has_ordinal_suffix(word))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}
