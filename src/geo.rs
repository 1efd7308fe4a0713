//! Place containment: statements read from chains of places ("Dublin, Ohio, United States") and
//! completed with what the lexicon knows of which place lies in which.
//!
//! A chain is a run of mentions separated by commas whose later members contain the earlier ones.
//! Containment is checked against the lexicon (`part_of` in `data/lexicons/places.tsv`), so that a
//! list of sibling places ("Shizuoka, Aichi, Gifu") states nothing. An unknown first member
//! ("Foots Creek, Oregon") is taken to lie in the known place that follows it.

use crate::lexicon::Lexicon;
use crate::mention::{Mention, MentionKind};
use crate::ontology::Ontology;
use crate::relation::{Object, Statement};
use crate::resolve::Resolution;

const PLACE_CLASSES: &[&str] = &[
    "City",
    "AdministrativeRegion",
    "Country",
    "Continent",
    "Place",
];

fn is_place_class(class: &str) -> bool {
    PLACE_CLASSES.contains(&class)
}

/// The labels of the places that contain a lexicon place, innermost first.
pub fn containers(lexicon: &Lexicon, label: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = lexicon.entry(label).and_then(|e| e.part_of.clone());
    while let Some(outer) = current {
        if out.len() >= 8 || out.contains(&outer) {
            break;
        }
        current = lexicon.entry(&outer).and_then(|e| e.part_of.clone());
        out.push(outer);
    }
    out
}

/// Whether the lexicon place `inner` lies (transitively) within `outer`.
fn contained(lexicon: &Lexicon, inner: &str, outer: &str) -> bool {
    containers(lexicon, inner).iter().any(|c| c == outer)
}

fn statement(
    subject: usize,
    property: &str,
    object: usize,
    sentence: usize,
    confidence: f32,
    rule: &str,
) -> Statement {
    Statement {
        subject,
        property: property.to_string(),
        object: Object::Entity(object),
        sentence,
        confidence,
        rule: rule.to_string(),
        qualifiers: Vec::new(),
    }
}

/// `inner` lies in `outer`: located in, and its country when `outer` is one.
fn lies_in(
    out: &mut Vec<Statement>,
    inner: usize,
    outer: usize,
    outer_is_country: bool,
    sentence: usize,
    confidence: f32,
    rule: &str,
) {
    out.push(statement(
        inner,
        "locatedIn",
        outer,
        sentence,
        confidence,
        rule,
    ));
    if outer_is_country {
        out.push(statement(
            inner,
            "country",
            outer,
            sentence,
            confidence + 0.05,
            rule,
        ));
    }
}

/// The country a document is about: the one it names in at least `DOMINANT_SHARE` of its
/// mentions of countries (and at least twice, unless it names no other).
const DOMINANT_SHARE: f32 = 0.6;

/// Places, organizations and events of a document about one country, whose country the text
/// does not give, get that country: an article on a Catalan village names Spain once and then
/// only its comarca and neighbouring towns.
///
/// Left out: places the lexicon knows (it says where they are), names that carry another
/// place's word ("Korean War" in an article about China), and lone type words taken for names
/// ("Cup", "Church").
pub fn document_country(
    mentions: &[Mention],
    resolution: &Resolution,
    lexicon: &Lexicon,
    onto: &Ontology,
    statements: &[Statement],
) -> Vec<Statement> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for e in resolution.mention_entity.iter().flatten() {
        if resolution.entities[*e].class != "Country" {
            continue;
        }
        match counts.iter_mut().find(|(c, _)| c == e) {
            Some((_, n)) => *n += 1,
            None => counts.push((*e, 1)),
        }
    }
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let Some(&(country, n)) = counts
        .iter()
        .max_by_key(|(c, n)| (*n, std::cmp::Reverse(*c)))
    else {
        return Vec::new();
    };
    if (n as f32) < DOMINANT_SHARE * total as f32 || (n < 2 && counts.len() > 1) {
        return Vec::new();
    }
    let has_country: std::collections::HashSet<usize> = statements
        .iter()
        .filter(|s| s.property == "country")
        .map(|s| s.subject)
        .collect();
    let country_label = resolution.entities[country].label.as_str();
    let mut out = Vec::new();
    for (e, entity) in resolution.entities.iter().enumerate() {
        let class = entity.class.as_str();
        let situated = [
            "City",
            "AdministrativeRegion",
            "Place",
            "Organization",
            "Event",
        ]
        .iter()
        .any(|c| onto.is_subclass(class, c));
        let whole = matches!(class, "Country" | "Continent");
        if e == country || !situated || whole || has_country.contains(&e) {
            continue;
        }
        let Some(&first) = entity.mentions.first() else {
            continue;
        };
        let words: Vec<&str> = entity.label.split_whitespace().collect();
        let elsewhere = words.iter().any(|w| {
            lexicon.lookup(w).is_some_and(|hits| {
                hits.iter().any(|(e, _)| {
                    is_place_class(&e.class)
                        && e.label != country_label
                        && !containers(lexicon, &e.label)
                            .iter()
                            .any(|c| c == country_label)
                })
            })
        });
        let known_place = lexicon.entry(&entity.label).is_some();
        let type_word = words.len() == 1
            && lexicon
                .head_class(&entity.label, crate::lexicon::HeadPosition::Any)
                .is_some();
        if elsewhere || known_place || type_word {
            continue;
        }
        if mentions[first].kind == MentionKind::Reference {
            continue;
        }
        out.push(statement(
            e,
            "country",
            country,
            mentions[first].sentence,
            0.45,
            "geo:document-country",
        ));
    }
    out
}

/// Statements from place chains, and the closure of `locatedIn` statements over them.
pub fn extract(
    text: &str,
    mentions: &[Mention],
    resolution: &Resolution,
    lexicon: &Lexicon,
    onto: &Ontology,
    located: &[Statement],
) -> Vec<Statement> {
    let entity = |m: usize| resolution.mention_entity[m];
    let class = |e: usize| resolution.entities[e].class.as_str();
    let label = |e: usize| resolution.entities[e].label.as_str();
    let known = |e: usize| lexicon.entry(label(e)).is_some() && is_place_class(class(e));
    let mut out = Vec::new();

    // Chains: mentions separated by a comma (or "in"), within one sentence.
    let mut chains: Vec<Vec<usize>> = Vec::new();
    let mut i = 0;
    while i < mentions.len() {
        let mut chain = vec![i];
        let mut j = i;
        while j + 1 < mentions.len()
            && mentions[j + 1].sentence == mentions[j].sentence
            && text[mentions[j].end..mentions[j + 1].start].trim() == ","
            && mentions[j + 1].kind != MentionKind::Reference
            && !mentions[j + 1].is_value()
        {
            j += 1;
            chain.push(j);
        }
        if chain.len() > 1 {
            chains.push(chain);
        }
        i = j + 1;
    }
    for chain in &chains {
        let ents: Vec<Option<usize>> = chain.iter().map(|&m| entity(m)).collect();
        for a in 0..chain.len() {
            let Some(inner) = ents[a] else { continue };
            if mentions[chain[a]].is_value() {
                continue;
            }
            let inner_ok = is_place_class(class(inner))
                || (a == 0
                    && !onto.is_subclass(class(inner), "Person")
                    && mentions[chain[a]].kind == MentionKind::Name);
            if !inner_ok {
                continue;
            }
            for b in a + 1..chain.len() {
                let Some(outer) = ents[b] else { continue };
                if outer == inner || !known(outer) || class(outer) == "Continent" {
                    continue;
                }
                let inside = if known(inner) {
                    contained(lexicon, label(inner), label(outer))
                } else {
                    // An unknown place followed by known ones: it lies in each of them, if they
                    // nest (a chain, not a list of siblings).
                    (a + 1..b).all(|k| {
                        ents[k]
                            .is_some_and(|e| known(e) && contained(lexicon, label(e), label(outer)))
                    })
                };
                if !inside {
                    continue;
                }
                let sentence = mentions[chain[a]].sentence;
                lies_in(
                    &mut out,
                    inner,
                    outer,
                    class(outer) == "Country",
                    sentence,
                    0.8,
                    "geo.chain",
                );
                if class(inner) == "AdministrativeRegion" {
                    out.push(statement(
                        outer,
                        "containsAdministrativeEntity",
                        inner,
                        sentence,
                        0.6,
                        "geo.chain",
                    ));
                }
            }
        }
    }

    // Closure: whatever lies in the head of a chain lies in the rest of it; and in the country
    // the lexicon places it in, when the document names that country.
    let named: std::collections::HashMap<&str, usize> = resolution
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.mentions.is_empty())
        .map(|(i, e)| (e.label.as_str(), i))
        .collect();
    for st in located {
        let Object::Entity(place) = st.object else {
            continue;
        };
        if st.property != "locatedIn" {
            continue;
        }
        for chain in &chains {
            let Some(pos) = chain.iter().position(|&m| entity(m) == Some(place)) else {
                continue;
            };
            for &m in &chain[pos + 1..] {
                let Some(outer) = entity(m) else { continue };
                if !known(outer) || outer == st.subject || class(outer) == "Continent" {
                    continue;
                }
                if known(place) && !contained(lexicon, label(place), label(outer)) {
                    continue;
                }
                lies_in(
                    &mut out,
                    st.subject,
                    outer,
                    class(outer) == "Country",
                    st.sentence,
                    0.7,
                    "geo.closure",
                );
            }
        }
        // And in every named place that contains it.
        for outer_label in containers(lexicon, label(place)) {
            if let Some(&outer) = named.get(outer_label.as_str()) {
                if outer != st.subject && outer != place && class(outer) != "Continent" {
                    lies_in(
                        &mut out,
                        st.subject,
                        outer,
                        class(outer) == "Country",
                        st.sentence,
                        0.65,
                        "geo.closure",
                    );
                }
            }
        }
        if class(place) == "Country" && place != st.subject {
            out.push(statement(
                st.subject,
                "country",
                place,
                st.sentence,
                0.7,
                "geo.closure",
            ));
        }
    }
    // What the lexicon knows: a named place lies in the named places that contain it.
    for (inner, e) in resolution.entities.iter().enumerate() {
        if e.mentions.is_empty() || !known(inner) {
            continue;
        }
        let sentence = mentions[e.mentions[0]].sentence;
        for outer_label in containers(lexicon, &e.label) {
            if let Some(&outer) = named.get(outer_label.as_str()) {
                if outer != inner {
                    match class(outer) {
                        "Continent" if class(inner) == "Country" => {
                            out.push(statement(
                                inner,
                                "continent",
                                outer,
                                sentence,
                                0.6,
                                "geo.lexicon",
                            ));
                        }
                        "Continent" => {}
                        outer_class => {
                            lies_in(
                                &mut out,
                                inner,
                                outer,
                                outer_class == "Country",
                                sentence,
                                0.65,
                                "geo.lexicon",
                            );
                            if class(inner) == "AdministrativeRegion" {
                                out.push(statement(
                                    outer,
                                    "containsAdministrativeEntity",
                                    inner,
                                    sentence,
                                    0.5,
                                    "geo.lexicon",
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{Document, Extractor};

    fn countries(text: &str) -> Vec<(String, String)> {
        let extractor = Extractor::builtin().unwrap();
        let ex = extractor.extract(Document::from_text("t", text));
        ex.statements
            .iter()
            .filter(|s| s.rule == "geo:document-country")
            .map(|s| {
                let crate::relation::Object::Entity(o) = s.object else {
                    panic!("a country is an entity")
                };
                (
                    ex.resolution.entities[s.subject].label.clone(),
                    ex.resolution.entities[o].label.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_document_about_one_country_places_what_it_names_there() {
        let found = countries(
            "# Foix Rovers\n\nFoix Rovers is a football club from Spain. It plays its home games \
             at the Parc Stadium. The club joined the Catalan Football Federation in 1950. \
             In 1990 it won the cup of Spain.",
        );
        assert!(
            found.iter().any(|(_, c)| c == "Spain") && found.iter().all(|(_, c)| c == "Spain"),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(s, _)| s == "Football Federation"),
            "{found:?}"
        );
    }

    #[test]
    fn a_document_about_several_countries_places_nothing() {
        let found = countries(
            "# Foix Rovers\n\nFoix Rovers is a football club from Spain. It toured France \
             in 1950 and joined the Catalan Football Federation.",
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
