//! Place names read as places only where they can be. A name the lexicon knows as a place that is
//! also a common word, a given name or a surname ("Reading", "Jackson", "Lincoln") is a place
//! after a place preposition ("born in Reading"), before a place that contains it ("Reading,
//! England"), or where it stands alone ([`PlaceFacts::stands_alone`]: hand-written names, large
//! cities whose name is nothing else); and never where the document uses the word in a person's
//! name ("Andrew Jackson … Jackson said") unless such context says so. Of several places of one
//! name, the place after a comma or the places the document names choose ("Dublin, Ohio").
//!
//! [`PlaceFacts::stands_alone`]: crate::resources::PlaceFacts::stands_alone

use super::{clean_label, is_capitalised, Mention, MentionKind, Scan};
use crate::resources::{EntryId, HeadPosition, Lexicon, SurfaceKind, WordList};
use crate::text::segment::Segmentation;
use std::collections::HashSet;

/// Words the document uses in persons' names: the last word of a name of two or three
/// capitalised words that starts with a given name or follows a title ("Andrew Jackson",
/// "President Lincoln"), and the given name that starts one ("Florence Nightingale").
pub(super) fn person_words<'t>(
    lexicon: &Lexicon,
    text: &'t str,
    seg: &Segmentation,
) -> HashSet<&'t str> {
    let mut out = HashSet::new();
    for sentence in &seg.sentences {
        let tokens = &seg.tokens[sentence.tokens.clone()];
        let mut i = 0;
        while i < tokens.len() {
            let mut j = i;
            while j < tokens.len()
                && is_capitalised(lexicon, text, &tokens[j])
                && (j == i || tokens[j - 1].end < tokens[j].start)
            {
                j += 1;
            }
            let mut words: Vec<&str> = tokens[i..j]
                .iter()
                .map(|t| lexicon.strip_possessive(t.text(text)))
                .collect();
            let mut titled = i > 0 && lexicon.is_title(tokens[i - 1].text(text));
            while words.len() > 1 && lexicon.is_title(words[0]) {
                titled = true;
                words.remove(0);
            }
            let given = lexicon.is(WordList::FirstName, words.first().copied().unwrap_or(""));
            let last = words.last().copied().unwrap_or("");
            let headed = lexicon.head_class(last, HeadPosition::Head).is_some();
            let person = (titled && !words.is_empty() && words.len() <= 3)
                || ((2..=3).contains(&words.len()) && given);
            if person && !headed {
                out.insert(last);
                if given && words.len() > 1 {
                    out.insert(words[0]);
                }
            }
            i = j.max(i + 1);
        }
    }
    out
}

/// The place entries a surface names (not its demonyms), first-listed first.
fn candidates(lexicon: &Lexicon, surface: &str) -> Vec<EntryId> {
    lexicon
        .lookup(surface)
        .into_iter()
        .flatten()
        .filter(|(e, kind)| *kind == SurfaceKind::Name && lexicon.place_facts(*e).is_some())
        .map(|(e, _)| *e)
        .collect()
}

/// The surface of a mention, without a possessive ending.
fn surface<'t>(lexicon: &Lexicon, text: &'t str, m: &Mention) -> &'t str {
    lexicon.strip_possessive(&text[m.start..m.end])
}

/// Decides each place mention of one sentence: kept (perhaps as another place of its name),
/// made a plain name, or dropped.
pub(super) fn settle(scan: &mut Scan) {
    let lexicon = scan.lexicon;
    let mut k = 0;
    while k < scan.found.len() {
        let m = &scan.found[k];
        let place = lexicon
            .entry_labelled(&m.label)
            .and_then(|e| lexicon.place_facts(e));
        let (Some(facts), MentionKind::Lexicon) = (place, m.kind) else {
            k += 1;
            continue;
        };
        let first = m.first_token - scan.base;
        let end = m.end_token - scan.base;
        let name = surface(lexicon, scan.text, m);
        if let Some((inner, outer, o)) = chain_choice(scan, name, end) {
            relabel(scan, k, inner);
            relabel(scan, o, outer);
        } else {
            let after_preposition = first > 0
                && lexicon.is(
                    WordList::PlacePreposition,
                    &scan.word(first - 1).to_lowercase(),
                );
            let personal = end - first == 1 && scan.person_words.contains(name);
            if !after_preposition && (personal || !facts.stands_alone()) && !reject(scan, k) {
                continue;
            }
        }
        k += 1;
    }
}

/// Gives mention `k` the label and class of another entry.
fn relabel(scan: &mut Scan, k: usize, entry: EntryId) {
    let e = scan.lexicon.entry(entry);
    scan.found[k].label = e.label.clone();
    scan.found[k].class = e.class;
}

/// A rejected place mention becomes a plain name, or goes where it opens the sentence as an
/// ordinary word would ("Reading is …"). Returns whether it is still there.
fn reject(scan: &mut Scan, k: usize) -> bool {
    let m = &scan.found[k];
    let name = surface(scan.lexicon, scan.text, m).to_string();
    let first = m.first_token - scan.base;
    let lone_start = first == 0 && m.end_token - m.first_token == 1;
    if lone_start
        && !scan.lexicon.is(WordList::FirstName, &name)
        && !scan.mid_capitalised.contains(name.as_str())
    {
        let end = m.end_token - scan.base;
        scan.taken[first..end].iter_mut().for_each(|t| *t = false);
        scan.found.remove(k);
        return false;
    }
    let m = &mut scan.found[k];
    m.kind = MentionKind::Name;
    m.class = scan.onto.core.entity;
    m.label = clean_label(&name);
    true
}

/// "Dublin, Ohio", "Reading, Berkshire, England": a place named after the comma (skipping up to
/// two unknown names) that contains a place of this name. Returns that place, its container and
/// the container's mention.
fn chain_choice(scan: &Scan, name: &str, mut end: usize) -> Option<(EntryId, EntryId, usize)> {
    let lexicon = scan.lexicon;
    let inner = candidates(lexicon, name);
    for _ in 0..3 {
        if scan.word(end) != "," {
            return None;
        }
        let (o, next) = scan
            .found
            .iter()
            .enumerate()
            .find(|(_, n)| n.first_token - scan.base == end + 1)?;
        let outer = match next.kind {
            MentionKind::Lexicon | MentionKind::Adjective => {
                candidates(lexicon, surface(lexicon, scan.text, next))
            }
            _ => Vec::new(),
        };
        for &i in &inner {
            let containers = lexicon.containers(i);
            if let Some(&c) = outer.iter().find(|c| containers.contains(c)) {
                return Some((i, c, o));
            }
        }
        if next.kind != MentionKind::Name {
            return None;
        }
        end = next.end_token - scan.base;
    }
    None
}

/// Of several places of one name, the one the document's other places point to: a place that
/// contains or lies in another place the document names keeps its reading, else the first of its
/// namesakes of comparable size that lies in one does ("Georgia" in a document that names
/// Atlanta).
pub(super) fn choose(lexicon: &Lexicon, text: &str, mentions: &mut [Mention]) {
    let named: HashSet<EntryId> = mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Lexicon | MentionKind::Adjective))
        .filter_map(|m| lexicon.entry_labelled(&m.label))
        .filter(|e| lexicon.place_facts(*e).is_some())
        .collect();
    let containers: HashSet<EntryId> = named.iter().flat_map(|e| lexicon.containers(*e)).collect();
    let fits = |e: EntryId| {
        containers.contains(&e) || lexicon.containers(e).iter().any(|c| named.contains(c))
    };
    for m in mentions
        .iter_mut()
        .filter(|m| m.kind == MentionKind::Lexicon)
    {
        let Some(current) = lexicon.entry_labelled(&m.label) else {
            continue;
        };
        if lexicon.place_facts(current).is_none() || fits(current) {
            continue;
        }
        // Only a namesake of comparable size: "Paris" stays in France in a document that also
        // names Texas.
        let size = |e: EntryId| lexicon.place_facts(e).and_then(|f| f.population);
        let comparable = |c: EntryId| match (size(c), size(current)) {
            (Some(a), Some(b)) => a.saturating_mul(3) >= b,
            _ => true,
        };
        let other = candidates(lexicon, surface(lexicon, text, m))
            .into_iter()
            .find(|&c| c != current && fits(c) && comparable(c));
        if let Some(c) = other {
            m.label = lexicon.entry(c).label.clone();
            m.class = lexicon.entry(c).class;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::resources::{Lexicon, Ontology};
    use crate::text::mention::{MentionFinder, MentionKind};

    /// Each mention's surface, kind and label.
    fn mentions(text: &str) -> Vec<(String, MentionKind, String)> {
        let onto = Ontology::builtin().expect("ontology");
        let lex = Lexicon::builtin(&onto).expect("lexicon");
        let seg = crate::text::segment(text, &lex);
        MentionFinder::new(&lex, &onto)
            .find(text, &seg, &[])
            .into_vec()
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.kind, m.label))
            .collect()
    }

    fn place(found: &[(String, MentionKind, String)], surface: &str) -> Option<String> {
        found
            .iter()
            .find(|m| m.0 == surface && m.1 == MentionKind::Lexicon)
            .map(|m| m.2.clone())
    }

    #[test]
    fn ambiguous_names_need_place_context() {
        let found = mentions("Jackson met Lincoln. The firm moved to Mobile and later opened in Reading, near Jackson.");
        assert_eq!(place(&found, "Lincoln"), None, "{found:?}");
        assert_eq!(place(&found, "Mobile"), None, "{found:?}");
        assert!(place(&found, "Reading").is_some(), "{found:?}");
        assert!(
            place(&found, "Jackson").is_some(),
            "after `near`: {found:?}"
        );
        assert!(found
            .iter()
            .any(|m| m.0 == "Lincoln" && m.1 == MentionKind::Name));
    }

    #[test]
    fn a_containing_place_after_a_comma_chooses_the_namesake() {
        let found = mentions("The company was based in Dublin, Ohio. Mobile, Alabama is a port.");
        assert_eq!(place(&found, "Dublin").as_deref(), Some("Dublin, Ohio"));
        assert!(place(&found, "Mobile").is_some(), "{found:?}");
    }

    #[test]
    fn a_persons_name_is_no_place() {
        let found = mentions("Florence Nightingale was a nurse. Florence trained nurses.");
        assert_eq!(place(&found, "Florence"), None, "{found:?}");
        let found = mentions("She was born in Florence and studied in Chicago.");
        assert_eq!(place(&found, "Florence").as_deref(), Some("Florence"));
    }

    #[test]
    fn month_names_are_no_entities() {
        let found = mentions("In January, he left. On 6 January 1924 the party met in St. Louis.");
        assert!(!found.iter().any(|m| m.0 == "January"), "{found:?}");
        assert!(found
            .iter()
            .any(|m| m.0 == "6 January 1924" && m.1 == MentionKind::Date));
        assert_eq!(
            place(&found, "St. Louis").as_deref(),
            Some("St. Louis"),
            "{found:?}"
        );
    }

    #[test]
    fn the_documents_places_choose_among_namesakes() {
        let found = mentions("Macon is a city in Georgia. It lies south of Atlanta.");
        assert_eq!(
            place(&found, "Georgia").as_deref(),
            Some("Georgia, United States")
        );
        let found = mentions("She was born in Texas and studied in Paris.");
        assert_eq!(place(&found, "Paris").as_deref(), Some("Paris"));
    }
}
