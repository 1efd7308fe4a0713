//! Place containment: statements read from chains of places ("Dublin, Ohio, United States") and
//! completed with what the lexicon knows of which place lies in which.
//!
//! A chain is a run of mentions separated by commas whose later members contain the earlier ones.
//! Containment is checked against the lexicon (`part_of` in `data/lexicons/places.tsv`), so that a
//! list of sibling places ("Shizuoka, Aichi, Gifu") states nothing. An unknown first member
//! ("Foots Creek, Oregon") is taken to lie in the known place that follows it.

mod country;

pub use country::{DocumentCountry, DOCUMENT_COUNTRY_RULE};

use crate::error::{Error, Result};
use crate::relate::{Object, Producer, Resources, Statement};
use crate::resources::{EntryId, Ontology, PropertyId};
use crate::text::{Analysis, EntityId, MentionId, MentionKind, SentenceId};
use std::collections::HashMap;

/// The properties place containment states.
#[derive(Debug, Clone, Copy)]
pub struct Geography {
    located_in: PropertyId,
    country: PropertyId,
    contains: PropertyId,
    continent: PropertyId,
}

impl Geography {
    pub fn new(onto: &Ontology) -> Result<Self> {
        let p = |name: &str| {
            onto.expect_property(name)
                .map_err(|message| Error::BadDataFile {
                    path: "ontology/textkg.ttl".into(),
                    line: 0,
                    message,
                })
        };
        Ok(Geography {
            located_in: p("locatedIn")?,
            country: p("country")?,
            contains: p("containsAdministrativeEntity")?,
            continent: p("continent")?,
        })
    }
}

/// One document's places as the lexicon knows them.
struct Places<'a> {
    cx: &'a Resources<'a>,
    doc: &'a Analysis,
    /// Each entity's lexicon place, if the lexicon knows a place of that label.
    entries: Vec<Option<EntryId>>,
    /// Named entities by label.
    named: HashMap<&'a str, EntityId>,
    out: Vec<Statement>,
}

impl<'a> Places<'a> {
    fn new(cx: &'a Resources<'a>, doc: &'a Analysis) -> Self {
        let r = &doc.resolution;
        let entries = r
            .entities
            .iter()
            .map(|e| {
                cx.lexicon
                    .entry_labelled(&e.label)
                    .filter(|_| cx.onto.is_place(e.class))
            })
            .collect();
        let named = r
            .entities
            .iter_enumerated()
            .filter(|(_, e)| !e.mentions.is_empty())
            .map(|(i, e)| (e.label.as_str(), i))
            .collect();
        Places {
            cx,
            doc,
            entries,
            named,
            out: Vec::new(),
        }
    }

    fn entity(&self, m: MentionId) -> Option<EntityId> {
        self.doc.resolution.mention_entity[m]
    }

    fn is(&self, e: EntityId, class: fn(&Ontology) -> crate::resources::ClassId) -> bool {
        self.doc.resolution.entities[e].class == class(self.cx.onto)
    }

    fn is_country(&self, e: EntityId) -> bool {
        self.is(e, |o| o.core.country)
    }

    fn is_continent(&self, e: EntityId) -> bool {
        self.is(e, |o| o.core.continent)
    }

    fn is_region(&self, e: EntityId) -> bool {
        self.is(e, |o| o.core.administrative_region)
    }

    /// A place the lexicon knows.
    fn known(&self, e: EntityId) -> Option<EntryId> {
        self.entries[e.index()]
    }

    /// Whether the lexicon puts `inner` (transitively) in `outer`.
    fn contained(&self, inner: EntityId, outer: EntityId) -> bool {
        match (self.known(inner), self.known(outer)) {
            (Some(i), Some(o)) => self.cx.lexicon.containers(i).contains(&o),
            _ => false,
        }
    }

    fn state(
        &mut self,
        subject: EntityId,
        property: PropertyId,
        object: EntityId,
        sentence: SentenceId,
        confidence: f32,
        rule: &str,
    ) {
        self.out.push(Statement {
            subject,
            property,
            object: Object::Entity(object),
            sentence,
            confidence,
            rule: rule.to_string(),
            qualifiers: Vec::new(),
        });
    }

    /// `inner` lies in `outer`: located in, and its country when `outer` is one.
    fn lies_in(
        &mut self,
        g: &Geography,
        inner: EntityId,
        outer: EntityId,
        sentence: SentenceId,
        confidence: f32,
        rule: &str,
    ) {
        self.state(inner, g.located_in, outer, sentence, confidence, rule);
        if self.is_country(outer) {
            self.state(inner, g.country, outer, sentence, confidence + 0.05, rule);
        }
    }

    /// Runs of mentions separated by a comma within one sentence.
    fn chains(&self) -> Vec<Vec<MentionId>> {
        let mentions = &self.doc.mentions;
        let text = self.doc.text();
        let mut chains = Vec::new();
        let ids: Vec<MentionId> = mentions.ids().collect();
        let mut i = 0;
        while i < ids.len() {
            let mut j = i;
            while j + 1 < ids.len() {
                let (a, b) = (&mentions[ids[j]], &mentions[ids[j + 1]]);
                let joined = b.sentence == a.sentence
                    && text[a.end..b.start].trim() == ","
                    && b.kind != MentionKind::Reference
                    && !b.is_value();
                if !joined {
                    break;
                }
                j += 1;
            }
            if j > i {
                chains.push(ids[i..=j].to_vec());
            }
            i = j + 1;
        }
        chains
    }

    /// What each chain states: every member lies in the known places after it that contain it.
    fn state_chain(&mut self, g: &Geography, chain: &[MentionId]) {
        let onto = self.cx.onto;
        let ents: Vec<Option<EntityId>> = chain.iter().map(|&m| self.entity(m)).collect();
        for a in 0..chain.len() {
            let Some(inner) = ents[a] else { continue };
            let m = &self.doc.mentions[chain[a]];
            if m.is_value() {
                continue;
            }
            let class = self.doc.resolution.entities[inner].class;
            let inner_ok = onto.is_place(class)
                || (a == 0
                    && !onto.is_subclass(class, onto.core.person)
                    && m.kind == MentionKind::Name);
            if !inner_ok {
                continue;
            }
            for b in a + 1..chain.len() {
                let Some(outer) = ents[b] else { continue };
                if outer == inner || self.known(outer).is_none() || self.is_continent(outer) {
                    continue;
                }
                let inside = if self.known(inner).is_some() {
                    self.contained(inner, outer)
                } else {
                    // An unknown place followed by known ones: it lies in each of them, if they
                    // nest (a chain, not a list of siblings).
                    (a + 1..b).all(|k| {
                        ents[k].is_some_and(|e| self.known(e).is_some() && self.contained(e, outer))
                    })
                };
                if !inside {
                    continue;
                }
                self.lies_in(g, inner, outer, m.sentence, 0.8, "geo.chain");
                if self.is_region(inner) {
                    self.state(outer, g.contains, inner, m.sentence, 0.6, "geo.chain");
                }
            }
        }
    }

    /// Whatever a statement places in the head of a chain lies in the rest of the chain, in the
    /// named places that contain it, and in its country.
    fn closure(&mut self, g: &Geography, chains: &[Vec<MentionId>], stated: &[Statement]) {
        for st in stated {
            let Object::Entity(place) = st.object else {
                continue;
            };
            if st.property != g.located_in {
                continue;
            }
            for chain in chains {
                let Some(pos) = chain.iter().position(|&m| self.entity(m) == Some(place)) else {
                    continue;
                };
                for &m in &chain[pos + 1..] {
                    let Some(outer) = self.entity(m) else {
                        continue;
                    };
                    if self.known(outer).is_none()
                        || outer == st.subject
                        || self.is_continent(outer)
                    {
                        continue;
                    }
                    if self.known(place).is_some() && !self.contained(place, outer) {
                        continue;
                    }
                    self.lies_in(g, st.subject, outer, st.sentence, 0.7, "geo.closure");
                }
            }
            for outer in self.named_containers(place) {
                if outer != st.subject && outer != place && !self.is_continent(outer) {
                    self.lies_in(g, st.subject, outer, st.sentence, 0.65, "geo.closure");
                }
            }
            if self.is_country(place) && place != st.subject {
                self.state(
                    st.subject,
                    g.country,
                    place,
                    st.sentence,
                    0.7,
                    "geo.closure",
                );
            }
        }
    }

    /// The entities of this document that the lexicon says contain `place`, innermost first.
    fn named_containers(&self, place: EntityId) -> Vec<EntityId> {
        let Some(entry) = self.known(place) else {
            return Vec::new();
        };
        self.cx
            .lexicon
            .containers(entry)
            .into_iter()
            .filter_map(|c| {
                self.named
                    .get(self.cx.lexicon.entry(c).label.as_str())
                    .copied()
            })
            .collect()
    }

    /// A statement that holds for the places containing its place (born in, based in) holds
    /// for the later places of a chain in its sentence: "born in Vinton, Iowa" → Iowa too.
    fn widen_along_chains(&mut self, chains: &[Vec<MentionId>], stated: &[Statement]) {
        let onto = self.cx.onto;
        for st in stated {
            let Object::Entity(place) = st.object else {
                continue;
            };
            if !onto.property(st.property).holds_for_containing_places {
                continue;
            }
            for chain in chains {
                let mentions = &self.doc.mentions;
                let Some(pos) = chain.iter().position(|&m| {
                    self.entity(m) == Some(place) && mentions[m].sentence == st.sentence
                }) else {
                    continue;
                };
                for &m in &chain[pos + 1..] {
                    let Some(outer) = self.entity(m) else {
                        continue;
                    };
                    let class = self.doc.resolution.entities[outer].class;
                    let placelike = onto.is_place(class) || class == onto.core.entity;
                    if outer == st.subject
                        || outer == place
                        || !placelike
                        || self.is_continent(outer)
                    {
                        continue;
                    }
                    let rule = format!("{}+chain", st.rule);
                    self.state(
                        st.subject,
                        st.property,
                        outer,
                        st.sentence,
                        st.confidence * 0.95,
                        &rule,
                    );
                }
            }
        }
    }

    /// What the lexicon knows: a named place lies in the named places that contain it.
    fn state_lexicon_containment(&mut self, g: &Geography) {
        let r = &self.doc.resolution;
        for (inner, e) in r.entities.iter_enumerated() {
            if e.mentions.is_empty() || self.known(inner).is_none() {
                continue;
            }
            let sentence = self.doc.mentions[e.mentions[0]].sentence;
            for outer in self.named_containers(inner) {
                if outer == inner {
                    continue;
                }
                if self.is_continent(outer) {
                    if self.is_country(inner) {
                        self.state(inner, g.continent, outer, sentence, 0.6, "geo.lexicon");
                    }
                    continue;
                }
                self.lies_in(g, inner, outer, sentence, 0.65, "geo.lexicon");
                if self.is_region(inner) {
                    self.state(outer, g.contains, inner, sentence, 0.5, "geo.lexicon");
                }
            }
        }
    }
}

impl Producer for Geography {
    fn name(&self) -> &'static str {
        "geography"
    }

    fn produce(&self, cx: &Resources, doc: &Analysis, stated: &[Statement]) -> Vec<Statement> {
        let mut places = Places::new(cx, doc);
        let chains = places.chains();
        for chain in &chains {
            places.state_chain(self, chain);
        }
        places.closure(self, &chains, stated);
        places.widen_along_chains(&chains, stated);
        places.state_lexicon_containment(self);
        places.out
    }
}
