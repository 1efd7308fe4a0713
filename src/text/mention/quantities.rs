//! Quantities: a number with what it counts ("1500 members", "2 million people").

use super::{Found, MentionKind, Scan};
use crate::resources::WordList;
use crate::text::segment::TokenKind;
use crate::text::value::{parse_integer, Value};

pub(super) fn find(scan: &mut Scan) {
    for i in 0..scan.tokens.len() {
        if scan.tokens[i].kind != TokenKind::Number || scan.taken[i] {
            continue;
        }
        let Some(mut n) = parse_integer(scan.word(i)) else {
            continue;
        };
        let mut end = i + 1;
        if let Some(scale) = scan.lexicon.number_scale(scan.word(end)) {
            n = n.saturating_mul(scale);
            end += 1;
        }
        if scan.lexicon.is(WordList::CountNoun, scan.word(end)) {
            let found = Found {
                kind: MentionKind::Quantity,
                class: scan.onto.core.quantity,
                label: scan.span(i, end).to_string(),
                value: Some(Value::Integer(n)),
            };
            scan.push(i..end + 1, found);
        }
    }
}
