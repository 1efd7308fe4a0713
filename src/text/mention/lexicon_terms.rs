//! Lexicon entries named in the text, longest first: places, demonyms, ideologies and their
//! adjectives, a user's own names.

use super::{Found, MentionKind, Scan};
use crate::resources::SurfaceKind;

/// With `multiword_ideas`, only ideas of several words that are not part of a longer
/// capitalised name ("socialist feminist", "Black feminism"); otherwise every entry.
pub(super) fn find(scan: &mut Scan, multiword_ideas: bool) {
    let max = scan.lexicon.max_words().max(1);
    let shortest = if multiword_ideas { 2 } else { 1 };
    let mut i = 0;
    while i < scan.tokens.len() {
        if multiword_ideas && !scan.lexicon.starts_multiword_idea(scan.word(i)) {
            i += 1;
            continue;
        }
        let reach = if scan.lexicon.may_start_longer(scan.word(i)) {
            max.min(scan.tokens.len() - i)
        } else {
            1
        };
        let longest = (shortest..=reach)
            .rev()
            .find_map(|n| entry_at(scan, i, n, multiword_ideas).map(|found| (n, found)));
        match longest {
            Some((n, found)) => {
                scan.push(i..i + n, found);
                i += n;
            }
            None => i += 1,
        }
    }
}

/// The entry named by the `n` tokens at `i`, if they are free and name one.
fn entry_at(scan: &Scan, i: usize, n: usize, multiword_ideas: bool) -> Option<Found> {
    if scan.taken[i..i + n].iter().any(|t| *t) {
        return None;
    }
    let inside_a_name = (i > 0 && scan.is_capitalised(&scan.tokens[i - 1]))
        || scan
            .tokens
            .get(i + n)
            .is_some_and(|t| scan.is_capitalised(t));
    if multiword_ideas && inside_a_name {
        return None;
    }
    let (entry, kind) = scan
        .lexicon
        .first_entry(scan.span(i, i + n - 1))
        .filter(|(e, _)| !multiword_ideas || e.class == scan.onto.core.ideology)?;
    let kind = match kind {
        SurfaceKind::Adjective => MentionKind::Adjective,
        SurfaceKind::Name => MentionKind::Lexicon,
    };
    Some(Found {
        kind,
        class: entry.class,
        label: entry.label.clone(),
        value: None,
    })
}
