//! The value of an infobox field ("NewspaperSocialist Worker"): one mention of the field's
//! class, or of the class the lexicon gives the value ("Ideology: Marxism").

use super::{clean_label, Found, MentionKind, Scan};
use crate::text::infobox::{Field, FieldValue};
use crate::text::segment::TokenKind;

pub(super) fn value(scan: &mut Scan, field: &Field) {
    // The field's name is not a mention: "Newspaper" in "NewspaperSocialist Worker".
    for (i, t) in scan.tokens.iter().enumerate() {
        if t.start < field.value_start {
            scan.taken[i] = true;
        }
    }
    let range: Vec<usize> = (0..scan.tokens.len())
        .filter(|&i| {
            let t = &scan.tokens[i];
            t.start >= field.value_start
                && t.end <= field.value_end
                && t.kind != TokenKind::Citation
        })
        .collect();
    let (Some(&first), Some(&last)) = (range.first(), range.last()) else {
        return;
    };
    // Dates and numbers are found by the ordinary finders within the line.
    let FieldValue::Entity(class) = field.spec.value else {
        return;
    };
    let surface = scan.span(first, last);
    // A lexicon label beats the field's generic class.
    let (label, class) = match scan.lexicon.first_entry(surface) {
        Some((entry, _)) => (entry.label.clone(), entry.class),
        None => (clean_label(surface), class),
    };
    let found = Found {
        kind: MentionKind::InfoboxValue,
        class,
        label,
        value: None,
    };
    scan.push(first..last + 1, found);
}
