//! Quoted terms: a few lower-case words in quotation marks ("state capitalism").

use super::{Found, MentionKind, Scan};

pub(super) fn find(scan: &mut Scan) {
    let mut i = 0;
    while i < scan.tokens.len() {
        let close = match scan.word(i) {
            "\"" => "\"",
            "“" => "”",
            "'" if i == 0 || scan.tokens[i - 1].end < scan.tokens[i].start => "'",
            "‘" => "’",
            _ => {
                i += 1;
                continue;
            }
        };
        let end = (i + 1..scan.tokens.len().min(i + 9)).find(|&j| scan.word(j) == close);
        let Some(j) = end else {
            i += 1;
            continue;
        };
        let inner = i + 1..j;
        let words: Vec<&str> = inner.clone().map(|k| scan.word(k)).collect();
        let lowercase = words
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_lowercase));
        if !inner.is_empty()
            && lowercase
            && words.iter().all(|w| !w.ends_with([',', ';']))
            && !words.contains(&",")
        {
            let label = scan
                .span(inner.start, j - 1)
                .trim_end_matches(['.', ','])
                .to_string();
            // A title in quotation marks ("Suffer the Children") names a work, not an idea.
            let titled = words[0].chars().next().is_some_and(char::is_uppercase)
                && words.iter().filter(|w| w.len() > 3).all(|w| {
                    w.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                });
            let unknown = if titled {
                scan.onto.core.entity
            } else {
                scan.onto.core.concept
            };
            let class = scan
                .lexicon
                .first_entry(&label)
                .map_or(unknown, |(e, _)| e.class);
            let found = Found {
                kind: MentionKind::Quoted,
                class,
                label,
                value: None,
            };
            scan.push(inner, found);
        }
        i = j + 1;
    }
}
