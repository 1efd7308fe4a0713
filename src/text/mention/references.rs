//! References: pronouns ("it", "she") and definite descriptions ("the organization", "this
//! party") for the resolver to link to an entity named elsewhere.

use super::{Found, MentionKind, Scan};
use crate::resources::WordList;

pub(super) fn find(scan: &mut Scan) {
    for i in 0..scan.tokens.len() {
        if scan.taken[i] {
            continue;
        }
        let word = scan.word(i);
        if let Some(class) = scan.lexicon.pronoun(word) {
            let found = Found {
                kind: MentionKind::Reference,
                class,
                label: word.to_lowercase(),
                value: None,
            };
            scan.push(i..i + 1, found);
            continue;
        }
        if scan.lexicon.is(WordList::Demonstrative, word) {
            description(scan, i);
        }
    }
}

/// "the organization": a demonstrative and a type noun, not followed by a name or by "of".
fn description(scan: &mut Scan, i: usize) {
    if i + 1 >= scan.tokens.len() || scan.taken[i + 1] {
        return;
    }
    let noun = scan.lexicon.strip_possessive(scan.word(i + 1));
    let Some(class) = scan.lexicon.noun_class(noun) else {
        return;
    };
    if class == scan.onto.core.country {
        return;
    }
    let named = scan.tokens.get(i + 2).is_some_and(|t| {
        scan.is_capitalised(t) || scan.lexicon.is(WordList::Genitive, t.text(scan.text))
    });
    if named {
        return;
    }
    let found = Found {
        kind: MentionKind::Reference,
        class,
        label: format!("{} {noun}", scan.word(i).to_lowercase()),
        value: None,
    };
    scan.push(i..i + 2, found);
}
