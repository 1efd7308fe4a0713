#!/usr/bin/env python3
"""Build the hand-made stance/influence/ideology gold set for 98 Wikipedia articles.

The *content* (ANNOTATIONS below: entities with their surface names, and triples with quoted
evidence snippets) was written by a person reading the articles of articles.jsonl (English
Wikipedia, April 2016 revisions, text CC BY-SA 3.0 by Wikipedia contributors; sample from the
gensim project's test data). The annotation was made independently of any extraction tool
(no rules or code of the tool were consulted). This script only does the mechanical part:

  * splits each article text into sentences (see `split_sentences`),
  * finds every mention of every entity name by exact, case-sensitive string search,
  * maps each triple's evidence snippets to sentence indices,
  * fails loudly (SystemExit, listing every problem) when a name or snippet is not found, a snippet
    is ambiguous, a span is claimed by two entities, or an entity is declared but unused,
  * splits the 98 articles once (sorted by hex SHA-256 of the UTF-8 title: first 49 -> "look",
    other 49 -> "measure") and writes wikipedia-stance-look.jsonl / wikipedia-stance-measure.jsonl
    next to this script (one record per article, also for articles without triples).

Run:  python3 make_stance_gold.py [-v]
Offsets are Python str indices (code points) into `text`, end exclusive.
Guideline, counts and doubtful cases: README.md.
"""
# ---------------------------------------------------------------------------------------------
# Mechanical part: parsing of the annotation blocks, sentence splitting, mention search,
# evidence mapping, output. Fails loudly (SystemExit) on any name or snippet that is not found.
# ---------------------------------------------------------------------------------------------
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The input texts: articles.jsonl ({"title", "text"} a line) if present, else the texts of the
# two files this script wrote (data/eval/wikipedia-stance-*.jsonl), which hold them verbatim.
ARTICLES = os.path.join(HERE, "articles.jsonl")
OUT_DIR = os.path.dirname(HERE)

PRED = {
    "adv": ("textkg:advocates", "advocates"),
    "sup": ("textkg:supports", "supports"),
    "opp": ("textkg:opposes", "opposes"),
    "open": ("textkg:open_to", "is open to"),
    "infl": ("P737", "influenced by"),
    "ideo": ("P1142", "political ideology"),
}
TYPES = {"ORG", "PER", "LOC", "MISC", "TIME", "NUM"}
ERRORS = []


def die(msg):
    sys.exit("make_stance_gold.py: ERROR: " + msg)


def err(msg):
    ERRORS.append(msg)


ABBREV = ("U.S.", "U.K.", "i.e.", "e.g.", "Mr.", "Mrs.", "Dr.", "St.", "Jr.", "Sr.", "vs.", "c.", "ca.",
          "No.", "Gen.", "Col.", "Lt.", "Capt.", "Maj.", "Sgt.", "Rev.", "Prof.", "Ft.", "Mt.", "cf.",
          "approx.", "al.", "Inc.", "Co.", "Corp.", "Ltd.", "Vol.", "vol.", "pp.", "p.", "Sen.", "Gov.",
          "Pres.", "Rep.", "v.", "Adm.", "Brig.", "Fig.", "fig.", "U.N.", "D.C.", "A.D.", "B.C.", "a.m.", "p.m.")


def split_sentences(text):
    """Sentence spans (start, end), end exclusive, without surrounding white space.

    Every line (paragraph, heading, list item) is split separately; blank lines are skipped. Inside
    a line a sentence ends at . ! or ? followed by an optional closing quote/bracket and optional
    citation marks like "[6]", then white space -- unless the word ending there is a listed
    abbreviation (U.S., e.g., St., Gen., ...) or a single capital initial ("John C. Calhoun";
    "I." is not treated as an initial). No other heuristics: a few sentences are split wrongly at
    unlisted abbreviations ("Hdt."), which is harmless for the annotation (evidence is mapped to
    whatever sentence holds the snippet, and a triple's subject and object were checked to lie in
    one such span or to be linked by a pronoun / definite description).
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        s = start
        while s < end and text[s].isspace():
            s += 1
        for m in re.finditer(r"[.!?][\"'\u201d\u2019)]?(?:\[\d+\])*(?=\s)", line):
            e = start + m.end()
            if e <= s:
                continue
            words = text[s:start + m.start() + 1].split()
            if not words:
                continue
            word = words[-1]
            if any(word == a or word.endswith("(" + a) for a in ABBREV):
                continue
            if re.fullmatch(r"\(?[A-Z]\.", word) and word != "I.":
                continue
            spans.append((s, e))
            s = e
            while s < end and text[s].isspace():
                s += 1
        if s < end:
            e = end
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    for a, b in spans:
        assert text[a:b] == text[a:b].strip() and a < b, (a, b)
    return spans


def find_all(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def glued(text, a, b):
    return (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum())


def parse_block(block):
    """One article's annotation block -> (title, title_key, entities, triples).

    Syntax (one item per line; '#' starts a comment line):
      @title <article title>
      @te <KEY of the title entity>          (optional; omitted if the article's topic is not in a triple)
      KEY TYPE name1 | name2 | ...           (entity; first name = canonical)
      KEY @ctx snippet                       (restrict KEY's mentions to this unique snippet; repeatable)
      ---
      HEAD pred TAIL :: snippet || snippet   (triple; pred in adv sup opp open infl ideo; each snippet
                                              must occur exactly once in the text, or, prefixed with
                                              '*', at least once: then every occurrence is evidence)
    """
    title, te, ents, ctx, triples = None, None, [], {}, []
    part = 0
    for ln in block.split("\n"):
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        if ln.startswith("@title "):
            title = ln[7:].strip()
            continue
        if ln.startswith("@te "):
            te = ln[4:].strip()
            continue
        if ln == "---":
            part = 1
            continue
        if part == 0:
            key, rest = ln.split(None, 1)
            if rest.startswith("@ctx "):
                ctx.setdefault(key, []).append(rest[5:])
                continue
            typ, names = rest.split(None, 1)
            if typ not in TYPES:
                die(f"{title}: bad type {typ!r} for {key}")
            ents.append(dict(key=key, type=typ, names=[n.strip() for n in names.split(" | ")]))
        else:
            lhs, snips = ln.split(" :: ", 1)
            h, p, t = lhs.split()
            if p not in PRED:
                die(f"{title}: bad predicate {p!r}")
            triples.append((h, p, t, [x.strip() for x in snips.split(" || ")]))
    for e in ents:
        if e["key"] in ctx:
            e["contexts"] = ctx[e["key"]]
    for k in ctx:
        if k not in {e["key"] for e in ents}:
            die(f"{title}: context for unknown entity {k}")
    return title, te, ents, triples


def build_record(art, block):
    title, te, ENT, TRIP = parse_block(block) if block else (art["title"], None, [], [])
    if title != art["title"]:
        die(f"block title {title!r} != article title {art['title']!r}")
    text = art["text"]
    sents = split_sentences(text)

    def sent_of(a, b):
        for i, (s, e) in enumerate(sents):
            if s <= a and b <= e:
                return i
        err(f"{title}: span {a}-{b} {text[a:b]!r} is not inside one sentence")
        return None

    keys = [e["key"] for e in ENT]
    if len(set(keys)) != len(keys):
        die(f"{title}: duplicate entity keys")
    allnames = {}
    for e in ENT:
        for n in e["names"]:
            if n in allnames:
                err(f"{title}: name {n!r} given to {allnames[n]} and {e['key']}")
            allnames[n] = e["key"]
    cands = []
    for ent in ENT:
        for name in ent["names"]:
            if not find_all(text, name):
                err(f"{title}: name {name!r} of entity {ent['key']} does not occur in the text")
        if "contexts" in ent:
            for c in ent["contexts"]:
                hits = find_all(text, c)
                if len(hits) != 1:
                    err(f"{title}: context {c!r} of {ent['key']} occurs {len(hits)} times")
                    continue
                c0 = hits[0]
                hit = [(c0 + i, c0 + i + len(n)) for n in ent["names"] for i in find_all(c, n)]
                if not hit:
                    err(f"{title}: no name of {ent['key']} inside its context {c!r}")
                    continue
                hit.sort(key=lambda x: (x[0], -(x[1] - x[0])))
                cands.append((hit[0][0], hit[0][1], ent["key"], True))
        else:
            for name in ent["names"]:
                for a in find_all(text, name):
                    b = a + len(name)
                    if not glued(text, a, b):
                        cands.append((a, b, ent["key"], False))
    # drop mentions strictly inside a longer candidate mention
    cands = sorted(set(cands), key=lambda x: (x[0], -(x[1] - x[0])))
    kept = []
    for a, b, k, ex in cands:
        if any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2, _, _ in cands):
            continue
        kept.append((a, b, k, ex))
    # partial overlaps: keep the earlier (then longer) mention, report the dropped one
    final = []
    for a, b, k, ex in kept:
        if final and a < final[-1][1]:
            if (a, b) == final[-1][:2]:
                err(f"{title}: span {text[a:b]!r} claimed by {final[-1][2]} and {k}")
            continue
        final.append((a, b, k, ex))
    mentions = {k: [] for k in keys}
    for a, b, k, _ in final:
        mentions[k].append((a, b))
    for k in keys:
        if not mentions[k]:
            err(f"{title}: entity {k} has no mention")
    used = {h for h, _, _, _ in TRIP} | {t for _, _, t, _ in TRIP}
    if te:
        used.add(te)
    for k in keys:
        if k not in used:
            err(f"{title}: entity {k} is declared but used in no triple")
    if ERRORS:
        return None
    order = sorted(keys, key=lambda k: mentions[k][0])
    idx = {k: i for i, k in enumerate(order)}
    by_key = {e["key"]: e for e in ENT}
    entities = []
    for k in order:
        e = by_key[k]
        entities.append({
            "id": idx[k], "names": e["names"], "type": e["type"], "canonical": e["names"][0],
            "mentions": [{"start": a, "end": b, "sent": sent_of(a, b)} for a, b in mentions[k]],
        })
    triples, seen = [], set()
    for h, p, t, ev in TRIP:
        if h not in idx or t not in idx:
            err(f"{title}: triple {h} {p} {t}: unknown entity key")
            continue
        if (h, p, t) in seen:
            err(f"{title}: duplicate triple {h} {p} {t}")
        seen.add((h, p, t))
        evidence = set()
        for s in ev:
            multi = s.startswith("*")
            s = s.lstrip("*")
            hits = find_all(text, s)
            if not hits or (len(hits) != 1 and not multi):
                err(f"{title}: evidence snippet {s!r} occurs {len(hits)} times ({h} {p} {t})")
                continue
            for a in hits:
                evidence.add(sent_of(a, a + len(s)))
        triples.append({
            "subject": by_key[h]["names"][0], "predicate": PRED[p][0], "predicate_label": PRED[p][1],
            "object": by_key[t]["names"][0], "h": idx[h], "t": idx[t],
            "evidence": sorted(x for x in evidence if x is not None),
        })
    if ERRORS:
        return None
    return {
        "id": "wiki-" + title, "title": title, "split": None, "text": text,
        "sentences": [[a, b] for a, b in sents], "entities": entities, "triples": triples,
        "title_entity": idx[te] if te else None, "title_entity_method": "manual",
    }


# -------------------------------------------------------------------------------------------------
# ANNOTATIONS: one block per annotated article (articles without a block get no triples).
# Predicates: adv = textkg:advocates, sup = textkg:supports, opp = textkg:opposes,
# open = textkg:open_to, infl = P737 influenced by, ideo = P1142 political ideology.
# Lines starting with '#' inside a block record the reading behind non-literal cases.
# -------------------------------------------------------------------------------------------------
ANNOTATIONS = [
r"""
@title Anarchism
@te ANARCHISM
ANARCHISM MISC Anarchism | anarchism | anarchist | anarchists | Anarchists | Anarchist
SGS MISC self-governed societies
STATE MISC state | State
AUTH MISC authority
HIER MISC hierarchical organisation
GODWIN PER William Godwin | Godwin
WEITLING PER Wilhelm Weitling
ENRAGES ORG Enragés
JACOBIN MISC Jacobin centralisation of power
ENLIGHT MISC Enlightenment
ROUSSEAU PER Jean-Jacques Rousseau
MORALFREE MISC moral centrality of freedom
BURKE PER Edmund Burke
GOVT MISC government
REVTACT MISC revolutionary tactics
PEACEEVO MISC peaceful evolution
RULESOC MISC rules-based society
LAW MISC law
PROPRIGHTS MISC property rights
MARRIAGE MISC institution of marriage
PROUDHON PER Pierre-Joseph Proudhon | Proudhon | Pierre Joseph Proudhon
PROPERTY MISC property | Property
ORGREL MISC organised religion
CAPPRAC MISC capitalist practices
EGO MISC The Ego and Its Own
INDANARCH MISC individualist anarchism | Individualist anarchism | individualist anarchist thought
PORVENIR MISC El Porvenir
SPANANARCH MISC Spanish anarchism
FEDMOV MISC federalist movement
PIMARGALL PER Francesc Pi i Margall | Pi y Margall | Pi
MUTUALISTS ORG mutualists
STATESOC MISC state socialism
ABSTENT MISC political abstentionism
SMALLPROP MISC small property holdings
BAKUNIN PER Mikhail Bakunin | Bakunin
FEDSECT ORG federalist socialist sections | federalist sections
REVOVER MISC revolutionary overthrow of the state
COLLPROP MISC collectivization of property
MARX PER Karl Marx | Marx
GENCOUNCIL ORG General Council
PARISCOMM ORG Paris Commune | Commune
BINDMAND MISC binding mandate
ANTIAUTH ORG anti-authoritarian sections of the First International
FREELABOUR MISC free and spontaneous organisation of labour
MONATTE PER Pierre Monatte | Monatte
MALATESTA PER Errico Malatesta | Malatesta
SYNDICALISM MISC syndicalism
TRADEUNION MISC trade-union movement
UNIONOFF MISC professional union officials
MOST PER Johann Most
VIOLRET MISC violent acts of retaliation
BONNOT ORG Bonnot Gang
ILLEGALISM MISC illegalism
PELLOUTIER PER Fernand Pelloutier
LABOURINV MISC anarchist involvement in the labour movement
BOLSHREV MISC Bolshevik revolution
RIAU ORG Revolutionary Insurrectionary Army of Ukraine
WHITES ORG Whites
BOLSHEVIKS ORG Bolsheviks
OCTREV MISC October Revolution
GOLDMAN PER Emma Goldman | Goldman
BERKMAN PER Alexander Berkman
OCCUPY MISC occupying workplaces
SYNTHESIS MISC Synthesis anarchism | synthesis anarchism | synthesist
VOLIN PER Volin | Voline
FAURE PER Sebastien Faure | Sébastien Faure
FASCISM MISC fascism | fascists
ARDITI ORG Arditi del Popolo
FABBRI PER Luigi Fabbri
CNT ORG Confederación Nacional del Trabajo | CNT
POPFRONT ORG popular front
MOVPEAS ORG movement of peasants and workers
MILITIAS ORG armed militias
STALINISTS ORG Stalinists
SOVIET LOC Soviet Union
REPCAUSE MISC Republican cause
PCE ORG Communist Party of Spain | Spanish Communist Party
COLLECTIVIZ MISC collectivization
BERNERI PER Camillo Berneri
FRANCO PER Franco
AFB ORG Anarchist Federation of Britain | AFB
ANSYND MISC anarcho-syndicalism | Anarcho-syndicalism | anarcho-syndicalist | Anarcho-syndicalists | anarcho-syndicalists | anarchosyndicalist
SWF ORG Syndicalist Workers' Federation | SWF
CAMUS PER Albert Camus
READ PER Herbert Read
GOODMAN PER Paul Goodman
MACDONALD PER Dwight Macdonald
GINSBERG PER Allen Ginsberg
WOODCOCK PER George Woodcock
KOHR PER Leopold Kohr
BECK PER Julian Beck
CAGE PER John Cage
SURREAL ORG French Surrealist group
ANPAC MISC Anarcho-pacifism | anarcho-pacifist
ANTINUC ORG Anti-nuclear movement
MILITARISM MISC militarism
COUNTERCULT MISC Counterculture of the 1960s
WTO ORG World Trade Organization
G8 ORG Group of Eight
WEF ORG World Economic Forum
NEOLIB MISC neo-liberalism
NEGLIB MISC negative liberty
POSLIB MISC positive liberty
SOCANARCH MISC social anarchism | Social anarchism
PHILANARCH MISC philosophical anarchism
AWA MISC anarchism without adjectives
SECTARIAN MISC sectarianism
TARRIDA PER Fernando Tarrida del Mármol
SPONTORDER MISC spontaneous order
SOCFACT ORG Socialist factions of workers movements
CHARTERS MISC state-protected charters for worker-owned cooperatives
NATSCHEMES MISC nationalization schemes
REVACTION MISC revolutionary action
INDIVIDUALISM MISC individualism
COOPLAB MISC cooperation in labour
STIRNER PER Max Stirner | Stirner
EGOISM MISC egoism | Egoism
SELFASSERT MISC self-assertion
UNIONSEGO MISC unions of egoists
MACKAY PER John Henry Mackay | Mackay
THOREAU PER Henry David Thoreau | Thoreau
CIVDIS MISC Civil Disobedience
INDRESIST MISC individual resistance to civil government
TUCKER PER Benjamin Tucker
WARREN PER Josiah Warren
COMMOWN MISC common ownership of means of production | common ownership of the means of production
DEMCONTROL MISC democratic control of all organisations
PRIVPROP MISC private property
COOPERATION MISC cooperation
MUTAID MISC mutual aid
COLLANARCH MISC Collectivist anarchism | Collectivist anarchists | collectivist anarchists
PRIVOWN MISC private ownership of the means of production
VIOLREV MISC violent revolution
DICTPROL MISC dictatorship of the proletariat
COMPLAB MISC compensation for labour
ANCOM MISC Anarchist communism | anarchist communism | anarcho-communism | Anarcho-communism | anarcho-communists | anarchist communists
MARKETS MISC markets
MONEY MISC money
CAPITALISM MISC capitalism | capitalist
DIRDEM MISC direct democracy
VOLASSOC MISC voluntary associations
WCOUNCILS MISC workers' councils
INSURR MISC Insurrectionary anarchism | insurrectionary anarchism | insurrectionary anarchists
RADIND MISC radical individualism
RADSOC MISC radical socialist currents
USSR LOC USSR
MAKHNO PER Nestor Makhno
LABUNIONS MISC labour unions
WSOL MISC Workers' solidarity
DIRACT MISC Direct action | direct action
WSELFMAN MISC Workers' self-management
ROCKER PER Rudolf Rocker
IWA ORG International Workers Association | International Workers' Association
SWFED ORG Spanish Workers Federation
USI ORG Unione Sindacale Italiana | Unione Sindicale Italiana
CNTFR ORG Confédération nationale du travail
FAI ORG Federazione Anarchica Italiana
WSM ORG Workers Solidarity Movement
NEFAC ORG North Eastern Federation of Anarchist Communists
PLATFORMISM MISC platformism | Platformism | Platformist
IAF ORG International of Anarchist Federations
CGT ORG Confederación General del Trabajo
ILS ORG International Libertarian Solidarity
COWS ORG Central Organisation of the Workers of Sweden
SAYF ORG Swedish Anarcho-syndicalist Youth Federation
CNTAIT ORG CNT-AIT
WSA ORG Workers Solidarity Alliance
SOLFED ORG Solidarity Federation
ANAFEM MISC Anarcha-feminism | anarcha-feminism | anarcha-feminist | Anarcha-feminists
PATRIARCHY MISC patriarchy
DECFREE MISC decentralised free association
CLEYRE PER Voltairine de Cleyre
VIOLENCE MISC violence
CHRANARCH MISC Christian anarchism
TOLSTOY PER Leo Tolstoy | Tolstoy
DAY PER Dorothy Day
HENNACY PER Ammon Hennacy
ELLUL PER Jacques Ellul
ORGPLAT MISC Organisational Platform of the General Union of Anarchists
POSTLEFT MISC post-left anarchy | Post-left anarchy
SITINT ORG Situationist International
LEFTORG MISC leftist social organisation
FORMALORG MISC formal organisations
INFORMALORG MISC informal organisation
AFFINITY MISC small affinity group based organisation
CLASSCONF MISC permanent class conflict
POSTANARCH MISC Post-anarchism
POSTMOD MISC post-modernism
AUTMARX MISC autonomist marxism
POSTCOL MISC postcolonialism
POSTSTRUCT MISC poststructuralist thought
LWMA MISC Left-wing market anarchism
SELFOWN MISC self-ownership
FREEMKT MISC free markets | free market
ANTICAP MISC anti-capitalism
ANTIIMP MISC anti-imperialism
ANCAP MISC Anarcho-capitalism | anarcho-capitalism
INDSOV MISC individual sovereignty
ASLIB MISC anti-state libertarianism
AUSTRIAN MISC Austrian School economics
LAWECON MISC law and economics
PUBCHOICE MISC public choice theory
FREELOVE MISC free love | Free love
WOMENRIGHTS MISC women's rights
COMSTOCK MISC Comstockery
FREESOC MISC Free Society
LAZARUS PER M. E. Lazarus
INDRIGHTS MISC individual rights
HOMOLOVE MISC homosexual love
REITZEL PER Robert Reitzel
HOMOSEX MISC homosexuality
ARMAND PER Emile Armand
POLYAMORY MISC polyamory
BRAND PER Adolf Brand
ACCEPTBI MISC acceptance of male bisexuality and homosexuality
MUJERES ORG Mujeres Libres
WOMENLIB MISC women's liberation
SOCREV MISC social revolution
STATESCHOOL MISC state sponsored schooling
ALTEDU MISC alternative education
FERRER PER Francesc Ferrer i Guàrdia | Ferrer | Francisco Ferrer
EDUSYS MISC educational system controlled by the Catholic Church
FREEEDU MISC freedom in education
MODSCHOOL ORG Escuela Moderna | Modern School
MODSCHOOLS ORG Modern Schools
UNIPOP MISC Università popolare
CATEDU MISC Catalan education
SCHOOLING MISC schooling
ILLICH PER Ivan Illich
DESCHOOL MISC deschooling
LANDAUER PER Carl Landauer
---
ANARCHISM adv SGS :: a political philosophy that advocates self-governed
ANARCHISM opp STATE :: Anarchism considers the state to be undesirable || transformed anarchism's conflict with the state
ANARCHISM opp AUTH :: anarchism entails opposing authority
ANARCHISM opp HIER :: anarchism entails opposing authority
# S14 "revolutionaries ... who contributed to the anarchist doctrines of the next generation, such as William Godwin and Wilhelm Weitling"
ANARCHISM infl GODWIN :: who contributed to the anarchist doctrines
ANARCHISM infl WEITLING :: who contributed to the anarchist doctrines
ENRAGES opp JACOBIN :: in opposition to Jacobin centralisation
ANARCHISM infl ENLIGHT :: Modern anarchism sprang from the secular
ANARCHISM infl ROUSSEAU :: Modern anarchism sprang from the secular
ROUSSEAU adv MORALFREE :: arguments for the moral centrality of freedom
GODWIN infl BURKE :: Godwin attached his anarchist ideas to an early Edmund Burke
GODWIN opp GOVT :: government has an inherently malevolent influence
GODWIN opp REVTACT :: he was against the use of revolutionary tactics
GODWIN adv PEACEEVO :: he advocated for its replacement through a process of peaceful evolution
GODWIN opp RULESOC :: His aversion to the imposition of a rules-based society
GODWIN opp LAW :: His aversion to the imposition of a rules-based society
GODWIN opp PROPRIGHTS :: His aversion to the imposition of a rules-based society
GODWIN opp MARRIAGE :: His aversion to the imposition of a rules-based society
PROUDHON opp PROPERTY :: Proudhon answers with the famous accusation || he opposed the institution of decreed
PROUDHON opp STATE :: His opposition to the state, organised religion
PROUDHON opp ORGREL :: His opposition to the state, organised religion
PROUDHON opp CAPPRAC :: His opposition to the state, organised religion
ANARCHISM infl PROUDHON :: His opposition to the state, organised religion
INDANARCH infl EGO :: an influential early text of individualist anarchism
PORVENIR infl PROUDHON :: which was inspired by Proudhon´s ideas
SPANANARCH infl PROUDHON :: These translations were to have a profound
FEDMOV infl PROUDHON :: These translations were to have a profound
PIMARGALL infl PROUDHON :: political system on Proudhonian lines
MUTUALISTS infl PROUDHON :: Proudhon's followers, the mutualists
MUTUALISTS opp STATESOC :: Proudhon's followers, the mutualists
MUTUALISTS adv ABSTENT :: Proudhon's followers, the mutualists
MUTUALISTS adv SMALLPROP :: Proudhon's followers, the mutualists
BAKUNIN sup FEDSECT :: They allied themselves with the federalist socialist sections
FEDSECT adv REVOVER :: They allied themselves with the federalist socialist sections
FEDSECT adv COLLPROP :: They allied themselves with the federalist socialist sections
FEDSECT opp STATE :: They allied themselves with the federalist socialist sections
BAKUNIN opp MARX :: Bakunin characterised Marx's ideas as centralist
GENCOUNCIL opp BAKUNIN :: Most of them were clearly directed against Bakunin
FEDSECT ideo ANARCHISM :: adopting a revolutionary anarchist program
ANARCHISM sup PARISCOMM :: Anarchists participated actively in the establishment
PARISCOMM infl PROUDHON :: reflected the influence of Proudhon on French radical ideas || echoes Bakunin's and Proudhon's ideas
PARISCOMM infl BAKUNIN :: echoes Bakunin's and Proudhon's ideas
PROUDHON adv BINDMAND :: had argued in favour of the "implementation of the binding mandate"
BAKUNIN adv BINDMAND :: had argued in favour of the "implementation of the binding mandate"
PARISCOMM infl ANARCHISM :: the Paris Commune was heavily influenced by anarchist ideas
ANTIAUTH opp STATE :: seeking to "replace the privilege and authority of the State"
ANTIAUTH adv FREELABOUR :: seeking to "replace the privilege and authority of the State"
MONATTE adv SYNDICALISM :: the latter thought that syndicalism was revolutionary
MALATESTA opp TRADEUNION :: He thought that the trade-union movement was reformist
MALATESTA opp UNIONOFF :: He thought that the trade-union movement was reformist
MOST adv VIOLRET :: advocated publicizing violent acts of retaliation
BONNOT adv ILLEGALISM :: the most famous group to embrace illegalism
PELLOUTIER adv LABOURINV :: argued in 1895 for renewed anarchist involvement
ANARCHISM sup BOLSHREV :: were initially enthusiastic about the Bolshevik revolution
RIAU opp WHITES :: they fought in the civil war against the Whites
RIAU opp BOLSHEVIKS :: they fought in the civil war against the Whites
WHITES opp OCTREV :: other opponents of the October Revolution
GOLDMAN opp BOLSHEVIKS :: criticising the amount of control the Bolsheviks exercised
BERKMAN opp BOLSHEVIKS :: criticising the amount of control the Bolsheviks exercised
ANARCHISM adv OCCUPY :: Anarchists were the first to suggest occupying workplaces
VOLIN adv SYNTHESIS :: In the 1920s this form found as its main proponents || In the 1920s, this form found as its main proponents
FAURE adv SYNTHESIS :: In the 1920s this form found as its main proponents || In the 1920s, this form found as its main proponents
ANARCHISM opp FASCISM :: Italy saw the first struggles between anarchists and fascists
ARDITI opp FASCISM :: the anti-fascist organisation Arditi del Popolo
FABBRI opp FASCISM :: one of the first critical theorists of fascism
CNT sup POPFRONT :: anarchist votes helped bring the popular front back to power
MOVPEAS infl ANARCHISM :: an anarchist-inspired movement of peasants
MILITIAS sup MOVPEAS :: supported by armed militias
ANARCHISM opp STALINISTS :: in a bitter struggle with the Stalinists
SOVIET sup REPCAUSE :: distribution of military aid to the Republican cause
PCE opp COLLECTIVIZ :: actively resisted attempts at collectivization
BERNERI opp FRANCO :: volunteered to fight against Franco
AFB infl ANSYND :: which was influenced by anarcho-syndicalist ideas
SWF ideo SYNDICALISM :: was a syndicalist group in active
CAMUS infl ANARCHISM :: Anarchism continued to influence important literary
READ infl ANARCHISM :: Anarchism continued to influence important literary
GOODMAN infl ANARCHISM :: Anarchism continued to influence important literary
MACDONALD infl ANARCHISM :: Anarchism continued to influence important literary
GINSBERG infl ANARCHISM :: Anarchism continued to influence important literary
WOODCOCK infl ANARCHISM :: Anarchism continued to influence important literary
KOHR infl ANARCHISM :: Anarchism continued to influence important literary
BECK infl ANARCHISM :: Anarchism continued to influence important literary
CAGE infl ANARCHISM :: Anarchism continued to influence important literary
SURREAL infl ANARCHISM :: Anarchism continued to influence important literary
SURREAL ideo ANARCHISM :: which now openly embraced anarchism
ANTINUC infl ANPAC :: Anarcho-pacifism became influential in the Anti-nuclear movement
ANPAC opp MILITARISM :: a critique of militarism on both sides
COUNTERCULT infl ANARCHISM :: Anarchism was influential in the Counterculture
ANARCHISM opp WTO :: their involvement in protests against the meetings
ANARCHISM opp G8 :: their involvement in protests against the meetings
ANARCHISM opp WEF :: their involvement in protests against the meetings
ANARCHISM opp NEOLIB :: critique of the pseudo-libertarianism of contemporary neo-liberalism
INDANARCH adv NEGLIB :: The individualist wing of anarchism emphasises negative liberty
SOCANARCH adv POSLIB :: emphasise positive liberty to achieve
PHILANARCH opp STATE :: the theoretical stance that the state lacks moral legitimacy
TARRIDA adv AWA :: a call for toleration first adopted by Fernando Tarrida
AWA opp SECTARIAN :: One reaction against sectarianism within the anarchist milieu
PROUDHON adv SPONTORDER :: Proudhon proposed spontaneous order
PROUDHON sup SOCFACT :: allied himself not with Anarchist but Socialist factions
PROUDHON adv CHARTERS :: allied himself not with Anarchist but Socialist factions
PROUDHON adv NATSCHEMES :: allied himself not with Anarchist but Socialist factions
GODWIN opp REVACTION :: from a rationalist and utilitarian basis opposed revolutionary action
GODWIN adv INDIVIDUALISM :: Godwin advocated individualism
GODWIN opp COOPLAB :: Godwin advocated individualism
STIRNER adv INDANARCH :: one of the earliest and best-known proponents of individualist anarchism
STIRNER adv EGOISM :: one of the earliest and best-known proponents of individualist anarchism
STIRNER adv SELFASSERT :: Stirner advocated self-assertion
STIRNER adv UNIONSEGO :: Stirner advocated self-assertion
MACKAY adv EGOISM :: It was re-discovered and promoted by German
INDANARCH infl THOREAU :: was an important early influence in individualist anarchist thought
CIVDIS adv INDRESIST :: an argument for individual resistance to civil government
TUCKER infl STIRNER :: Later Benjamin Tucker fused Stirner's egoism
TUCKER infl WARREN :: Later Benjamin Tucker fused Stirner's egoism
TUCKER infl PROUDHON :: Later Benjamin Tucker fused Stirner's egoism
SOCANARCH adv COMMOWN :: Social anarchism calls for a system with common ownership
SOCANARCH adv DEMCONTROL :: Social anarchism calls for a system with common ownership
SOCANARCH opp PRIVPROP :: Social anarchism rejects private property
SOCANARCH adv COOPERATION :: Social anarchism rejects private property
SOCANARCH adv MUTAID :: Social anarchism rejects private property
COLLANARCH opp PRIVOWN :: Collectivist anarchists oppose all private ownership
COLLANARCH adv VIOLREV :: This was to be achieved through violent revolution
COLLANARCH opp DICTPROL :: opposed the Marxist dictatorship of the proletariat
COLLANARCH adv COMPLAB :: the collectivist anarchists advocated compensation for labour
ANCOM opp STATE :: is a theory of anarchism that advocates abolition of the state
ANCOM opp MARKETS :: is a theory of anarchism that advocates abolition of the state
ANCOM opp MONEY :: is a theory of anarchism that advocates abolition of the state
ANCOM opp PRIVPROP :: is a theory of anarchism that advocates abolition of the state
ANCOM opp CAPITALISM :: is a theory of anarchism that advocates abolition of the state
ANCOM adv COMMOWN :: is a theory of anarchism that advocates abolition of the state
ANCOM adv DIRDEM :: is a theory of anarchism that advocates abolition of the state
ANCOM adv VOLASSOC :: is a theory of anarchism that advocates abolition of the state
ANCOM adv WCOUNCILS :: is a theory of anarchism that advocates abolition of the state
INSURR infl EGOISM :: are strongly influenced by egoism and radical individualism
INSURR infl RADIND :: are strongly influenced by egoism and radical individualism
ANCOM infl RADSOC :: Anarcho-communism developed out of radical socialist currents
USSR sup PCE :: Spanish Communist Party repression (backed by the USSR)
MAKHNO sup ANCOM :: anarchists such as Nestor Makhno worked to create and defend
RIAU sup ANCOM :: anarchists such as Nestor Makhno worked to create and defend
ANSYND opp CAPITALISM :: replacing capitalism and the state with a new society
ANSYND opp STATE :: replacing capitalism and the state with a new society
ANSYND sup LABUNIONS :: Anarcho-syndicalists view labour unions as a potential force
ANSYND adv WSOL :: The basic principles of anarcho-syndicalism are
ANSYND adv DIRACT :: The basic principles of anarcho-syndicalism are
ANSYND adv WSELFMAN :: The basic principles of anarcho-syndicalism are
ROCKER adv ANSYND :: Rudolf Rocker was one of the most popular voices
IWA ideo ANSYND :: is an international anarcho-syndicalist federation || a federation of anarcho-syndicalist trade unions founded in 1922 || an anarcho-syndicalist successor to the First International
SWFED ideo ANSYND :: was the first major anarcho-syndicalist movement
USI ideo ANSYND :: the anarcho-syndicalist trade union Unione Sindacale Italiana
CNT ideo ANSYND :: the national anarcho-syndicalist trade union Confederación
CNTFR ideo ANSYND :: the anarchosyndicalist trade union Confédération nationale du travail
FAI ideo SYNTHESIS :: the also synthesist Federazione Anarchica Italiana
WSM ideo PLATFORMISM :: Platformist groups active today include
NEFAC ideo PLATFORMISM :: Platformist groups active today include
IAF ideo SYNTHESIS :: *It is the main principle behind the anarchist federations
CGT ideo ANARCHISM :: The largest organised anarchist movement today is in Spain
CNT ideo ANARCHISM :: The largest organised anarchist movement today is in Spain
IAF ideo ANARCHISM :: International anarchist federations in existence include
IWA ideo ANARCHISM :: International anarchist federations in existence include
ILS ideo ANARCHISM :: International anarchist federations in existence include
COWS ideo SYNDICALISM :: Other active syndicalist movements include
SAYF ideo SYNDICALISM :: Other active syndicalist movements include
CNTAIT ideo SYNDICALISM :: Other active syndicalist movements include
USI ideo SYNDICALISM :: Other active syndicalist movements include
WSA ideo SYNDICALISM :: Other active syndicalist movements include
SOLFED ideo SYNDICALISM :: Other active syndicalist movements include
ANAFEM opp PATRIARCHY :: It generally views patriarchy as a manifestation || the struggle against patriarchy is an essential part
ANAFEM adv DECFREE :: It generally views patriarchy as a manifestation
ANAFEM infl GOLDMAN :: Anarcha-feminism began with the late 19th-century writings
ANAFEM infl CLEYRE :: Anarcha-feminism began with the late 19th-century writings
ANPAC opp VIOLENCE :: Anarcho-pacifism is a tendency that rejects violence
TOLSTOY adv CHRANARCH :: Its main proponents included Leo Tolstoy
DAY adv CHRANARCH :: Its main proponents included Leo Tolstoy
HENNACY adv CHRANARCH :: Its main proponents included Leo Tolstoy
ELLUL adv CHRANARCH :: Its main proponents included Leo Tolstoy
PLATFORMISM infl ORGPLAT :: based on the organisational theories in the tradition of Dielo Truda
POSTLEFT infl STIRNER :: Influenced by the work of Max Stirner and by the Marxist Situationist
POSTLEFT infl SITINT :: Influenced by the work of Max Stirner and by the Marxist Situationist
POSTLEFT opp LEFTORG :: a rejection of leftist social organisation
INSURR opp FORMALORG :: It is critical of formal organisations
INSURR adv INFORMALORG :: insurrectionary anarchists advocate informal organisation
INSURR adv AFFINITY :: insurrectionary anarchists advocate informal organisation
INSURR adv CLASSCONF :: Insurrectionary anarchists put value in attack
POSTANARCH infl POSTMOD :: drawing from diverse ideas including post-modernism
POSTANARCH infl AUTMARX :: drawing from diverse ideas including post-modernism
POSTANARCH infl POSTLEFT :: drawing from diverse ideas including post-modernism
POSTANARCH infl SITINT :: drawing from diverse ideas including post-modernism
POSTANARCH infl POSTCOL :: drawing from diverse ideas including post-modernism
POSTANARCH infl POSTSTRUCT :: drawing from diverse ideas including post-modernism
LWMA adv SELFOWN :: Left-wing market anarchism strongly affirm
LWMA adv FREEMKT :: Left-wing market anarchism strongly affirm
LWMA adv ANTICAP :: Left-wing market anarchism strongly affirm
LWMA adv ANTIIMP :: Left-wing market anarchism strongly affirm
ANCAP opp STATE :: Anarcho-capitalism advocates the elimination of the state
ANCAP adv INDSOV :: Anarcho-capitalism advocates the elimination of the state
ANCAP adv FREEMKT :: Anarcho-capitalism advocates the elimination of the state
ANCAP infl ASLIB :: Anarcho-capitalism developed from radical anti-state
ANCAP infl INDANARCH :: Anarcho-capitalism developed from radical anti-state
ANCAP infl AUSTRIAN :: Anarcho-capitalism developed from radical anti-state
ANCAP infl LAWECON :: Anarcho-capitalism developed from radical anti-state
ANCAP infl PUBCHOICE :: Anarcho-capitalism developed from radical anti-state
ANARCHISM opp CAPITALISM :: anarchism has historically been an anti-capitalist movement
FREELOVE adv WOMENRIGHTS :: Free love particularly stressed women's rights
FREESOC adv FREELOVE :: The publication advocated free love and women's rights
FREESOC adv WOMENRIGHTS :: The publication advocated free love and women's rights
FREESOC opp COMSTOCK :: The publication advocated free love and women's rights
LAZARUS adv FREELOVE :: individualist anarchist who promoted free love
GOLDMAN adv INDRIGHTS :: has campaigned boldly and steadfastly for individual rights
GOLDMAN adv HOMOLOVE :: to take up the defense of homosexual love
REITZEL sup HOMOSEX :: spoke positively of homosexuality
ARMAND adv FREELOVE :: the main propagandist of free love within individualist anarchism
ARMAND adv POLYAMORY :: He was also a consistent proponent of polyamory
BRAND adv ACCEPTBI :: were pioneering campaigners for the acceptance
MACKAY adv ACCEPTBI :: were pioneering campaigners for the acceptance
BRAND infl STIRNER :: In Germany the stirnerists Adolf Brand
MACKAY infl STIRNER :: In Germany the stirnerists Adolf Brand
MUJERES ideo ANARCHISM :: Mujeres Libres was an anarchist women's organisation
MUJERES ideo ANAFEM :: the Spanish anarcha-feminist federation Mujeres Libres
MUJERES adv WOMENLIB :: double struggle" for women's liberation and social revolution
MUJERES adv SOCREV :: double struggle" for women's liberation and social revolution
GODWIN opp STATESCHOOL :: he criticises state sponsored schooling
WARREN adv ALTEDU :: advanced alternative education experiences
FERRER opp EDUSYS :: in defiance of an educational system controlled
FERRER adv FREEEDU :: Ferrer believed in "freedom in education"
CATEDU infl MODSCHOOL :: exercised a considerable influence on Catalan education
MODSCHOOLS infl MODSCHOOL :: formed the inspiration for a series of Modern Schools
MODSCHOOLS infl FERRER :: formed the inspiration for a series of Modern Schools
UNIPOP infl MODSCHOOL :: It also inspired the Italian newspaper
ANARCHISM opp SCHOOLING :: anarchists have also questioned the concept of schooling
ILLICH adv DESCHOOL :: The term deschooling was popularised by Ivan Illich
LANDAUER opp SOCANARCH :: argued that social anarchism is unrealistic
""",
r"""
@title Autism
ARM ORG autism rights movement
ACCEPT MISC acceptance
---
ARM adv ACCEPT :: Proponents of this movement wish to seek
""",
r"""
@title Alabama
@te ALABAMA
ALABAMA LOC Alabama
DESEG MISC desegregation
---
ALABAMA opp DESEG :: Alabama resisted compliance with federal demands for desegregation
""",
r"""
@title Abraham Lincoln
@te LINCOLN
LINCOLN PER Abraham Lincoln | Lincoln
MODERN MISC modernization of the economy | economic modernization
MEXWAR MISC Mexican–American War
EXPSLAV MISC expansion of slavery | spread of slavery | extension of slavery | spread of human bondage
SLAVERY MISC slavery
RADREP ORG Radical Republicans | Radicals
HARSH MISC harsher treatment of the South
WARDEM ORG War Democrats
COMPROMISE MISC more compromise
COPPERHEADS ORG Copperheads
SECESSIONISTS ORG irreconcilable secessionists
GETTYSBURG MISC Gettysburg Address
NATIONALISM MISC nationalism
REPUBLICANISM MISC republicanism
EQRIGHTS MISC equal rights
LIBERTY MISC liberty
DEMOCRACY MISC democracy
BOOTH PER John Wilkes Booth | Booth
CSA ORG Confederate States of America | Confederacy | Confederate
SEPBAPT ORG Separate Baptists church
ALCOHOL MISC alcohol
DANCING MISC dancing
SANGAMON MISC navigational improvements on the Sangamon River
CANAL MISC Illinois and Michigan Canal
ABOLITIONISM MISC abolitionism | abolitionist | abolitionists
CLAY PER Henry Clay
ACS ORG American Colonization Society
WHIG ORG Whig
PROTTARIFF MISC protective tariffs | protective tariff
URBAN MISC urbanization
GIDDINGS PER Joshua R. Giddings
WILMOT MISC Wilmot Proviso
POLK PER Polk
TAYLOR PER Zachary Taylor
KNA MISC Kansas–Nebraska Act
FONERRR ORG conservative Republicans
TRUMBULL PER Lyman Trumbull
DOUGLAS PER Stephen A. Douglas | Douglas
LECOMPTON MISC Lecompton Constitution
DREDSCOTT MISC Dred Scott v. Sandford
SLAVEPOWER ORG Slave Power
FREEPORT MISC Freeport Doctrine
STAATS ORG Illinois Staats-Anzeiger
DAVIS PER David Davis
JUDD PER Norman Judd
SWETT PER Leonard Swett
DUBOIS PER Jesse DuBois
INTIMPR MISC internal improvements
SOUTHSTATES LOC Southern states
NORTHSTATES LOC Northern states
REPPARTY ORG Republican Party
BUCHANAN PER Buchanan
SECESSION MISC secession
CRITTENDEN MISC Crittenden Compromise
CORWIN MISC Corwin Amendment
CONSTCONV MISC constitutional convention
CONGRESS ORG Congress
NPUBLIC ORG northern public
EMANCATT MISC emancipation attempts
BANACT MISC act banning slavery on all federal territory
EMANCIPATION MISC emancipation
COLONIZATION MISC colonization
REPGOV ORG Republican governors
EMPROC MISC Emancipation Proclamation
MCCLELLAN PER George B. McClellan | McClellan
GRANT PER Ulysses S. Grant | Grant
NORTH LOC North
NORTH @ctx inspired the North to
UNION ORG Union
DRAFT MISC draft
CIVILWAR MISC Civil War
DEMPLAT MISC platform
STEVENS PER Thaddeus Stevens
SUMNER PER Charles Sumner
WADE PER Benjamin Wade
SPEEDYELEC MISC speedy elections
WADEDAVIS MISC Wade-Davis Bill
CONFISC MISC confiscation and redistribution of land
WHIGTHEORY MISC Whig theory of the presidency
SOUTHCONG ORG Southern congressmen and senators
HOMESTEAD MISC Homestead Act
PACRAIL MISC Pacific Railway Acts
SWAYNE PER Noah Haynes Swayne
MILLER PER Samuel Freeman Miller
VOTINGRIGHTS MISC voting rights for blacks
BUSINESS MISC business
BUSINT MISC business interests
HIGHTARIFF MISC high tariffs
BANKS MISC banks
RAILROADS MISC railroads
AGRDEM ORG agrarian Democrats
---
LINCOLN adv MODERN :: Lincoln promoted rapid modernization of the economy
LINCOLN sup MODERN :: The party, including Lincoln, favored economic modernization
WHIG sup MODERN :: The party, including Lincoln, favored economic modernization
LINCOLN opp MEXWAR :: his opposition to the Mexican–American War was unpopular || Lincoln spoke out against the Mexican–American War
LINCOLN opp EXPSLAV :: Lincoln spoke out against the expansion of slavery || Lincoln disapproved of slavery, and the spread of slavery || I do no more than oppose the extension of slavery || his insistence on stopping the spread of human bondage
LINCOLN opp SLAVERY :: Lincoln disapproved of slavery, and the spread of slavery || stance of opposing both slavery and abolitionism || Lincoln declared his opposition to slavery || the moral foundation of the Republicans required opposition to slavery || As Lincoln's ideas of abolishing slavery grew || wrote a bill to abolish slavery in the District of Columbia
RADREP adv HARSH :: who demanded harsher treatment of the South
WARDEM adv COMPROMISE :: who called for more compromise
COPPERHEADS opp LINCOLN :: anti-war Democrats (called Copperheads), who despised him || Copperheads criticized Lincoln for refusing
SECESSIONISTS opp LINCOLN :: irreconcilable secessionists, who plotted his assassination
GETTYSBURG adv NATIONALISM :: became an iconic endorsement of the principles
GETTYSBURG adv REPUBLICANISM :: became an iconic endorsement of the principles
GETTYSBURG adv EQRIGHTS :: became an iconic endorsement of the principles
GETTYSBURG adv LIBERTY :: became an iconic endorsement of the principles
GETTYSBURG adv DEMOCRACY :: became an iconic endorsement of the principles
BOOTH sup CSA :: Lincoln was assassinated by John Wilkes Booth, a Confederate sympathizer
SEPBAPT opp ALCOHOL :: opposed alcohol, dancing, and slavery
SEPBAPT opp DANCING :: opposed alcohol, dancing, and slavery
SEPBAPT opp SLAVERY :: opposed alcohol, dancing, and slavery
LINCOLN adv SANGAMON :: He advocated navigational improvements
LINCOLN sup CANAL :: He supported the construction of the Illinois and Michigan Canal
LINCOLN opp ABOLITIONISM :: stance of opposing both slavery and abolitionism
LINCOLN sup ACS :: His stance closely followed Henry Clay in supporting
CLAY sup ACS :: His stance closely followed Henry Clay in supporting
LINCOLN infl CLAY :: His stance closely followed Henry Clay in supporting || a disciple of Henry Clay
LINCOLN sup PROTTARIFF :: The party, including Lincoln, favored economic modernization || his strong support for Whiggish programs || reassured by his support for protective tariffs
WHIG sup PROTTARIFF :: The party, including Lincoln, favored economic modernization
LINCOLN adv URBAN :: The party, including Lincoln, favored economic modernization
WHIG adv URBAN :: The party, including Lincoln, favored economic modernization
GIDDINGS opp SLAVERY :: in collaboration with abolitionist Congressman Joshua R. Giddings
GIDDINGS adv ABOLITIONISM :: in collaboration with abolitionist Congressman Joshua R. Giddings
LINCOLN sup WILMOT :: Lincoln also supported the Wilmot Proviso
LINCOLN opp POLK :: Lincoln emphasized his opposition to Polk
LINCOLN sup TAYLOR :: supported General Zachary Taylor for the Whig nomination
LINCOLN opp KNA :: He returned to politics to oppose the pro-slavery
RADREP opp SLAVERY :: contrasts the abolitionists and anti-slavery Radical Republicans
ABOLITIONISM opp SLAVERY :: contrasts the abolitionists and anti-slavery Radical Republicans
FONERRR opp SLAVERY :: contrasts the abolitionists and anti-slavery Radical Republicans
LINCOLN sup TRUMBULL :: Lincoln instructed his backers to vote for Lyman Trumbull
DOUGLAS opp LECOMPTON :: he had led the opposition to the Lecompton Constitution
LINCOLN opp DREDSCOTT :: Lincoln denounced the decision
LINCOLN opp SLAVEPOWER :: Lincoln warned that "The Slave Power" was threatening
LINCOLN opp DOUGLAS :: accused Douglas of distorting the values
DOUGLAS opp LINCOLN :: accused Lincoln of having joined the abolitionists
DOUGLAS adv FREEPORT :: Douglas emphasized his Freeport Doctrine
STAATS sup LINCOLN :: a German-language newspaper which was consistently supportive
DAVIS sup LINCOLN :: Lincoln's followers organized a campaign team led by
JUDD sup LINCOLN :: Lincoln's followers organized a campaign team led by
SWETT sup LINCOLN :: Lincoln's followers organized a campaign team led by
DUBOIS sup LINCOLN :: Lincoln's followers organized a campaign team led by
LINCOLN sup INTIMPR :: his strong support for Whiggish programs || favoring high tariffs, banks, internal improvements
SOUTHSTATES opp LINCOLN :: the Southern states would vote against Lincoln
NORTHSTATES sup LINCOLN :: took action to rally supporters for Lincoln
REPPARTY sup LINCOLN :: The party did the leg work || relied on the enthusiasm of the Republican Party
LINCOLN opp SECESSION :: refused to recognize the Confederacy, declaring secession illegal || He denounced secession as anarchy
BUCHANAN opp SECESSION :: refused to recognize the Confederacy, declaring secession illegal
LINCOLN opp CSA :: refused to recognize the Confederacy, declaring secession illegal
BUCHANAN opp CSA :: refused to recognize the Confederacy, declaring secession illegal
LINCOLN opp CRITTENDEN :: Lincoln rejected the idea, saying
LINCOLN sup CORWIN :: did tacitly support the proposed Corwin Amendment
LINCOLN open CONSTCONV :: Lincoln was open to the possibility of a constitutional convention
CONGRESS sup LINCOLN :: Lincoln was supported by Congress and the northern public
NPUBLIC sup LINCOLN :: Lincoln was supported by Congress and the northern public
RADREP opp LINCOLN :: the Radical Republicans criticized him for moving too slowly || was opposed by the Radical Republicans || fend off efforts by Radicals to drop him || the Radicals denounced his policy as too lenient
LINCOLN opp EMANCATT :: President Lincoln rejected two geographically limited emancipation attempts
LINCOLN sup BANACT :: endorsed by Lincoln, Congress passed an act
COPPERHEADS opp EMANCIPATION :: Copperheads argued that emancipation was a stumbling block
LINCOLN sup COLONIZATION :: He commented favorably on colonization
REPGOV sup EMPROC :: they supported the president's Proclamation
REPGOV opp MCCLELLAN :: suggested the removal of General George B. McClellan
LINCOLN sup GRANT :: I can't spare this man
NORTH sup UNION :: inspired the North to enthusiastically rally behind the Union
LINCOLN sup DRAFT :: mobilized support for the draft throughout the North
REPPARTY sup DRAFT :: mobilized support for the draft throughout the North
MCCLELLAN sup CIVILWAR :: supported the war and repudiated the platform
MCCLELLAN opp DEMPLAT :: supported the war and repudiated the platform
REPPARTY sup GRANT :: mobilized his party to renew its support of Grant
STEVENS opp LINCOLN :: Thaddeus Stevens, Sen. Charles Sumner and Sen. Benjamin Wade
SUMNER opp LINCOLN :: Thaddeus Stevens, Sen. Charles Sumner and Sen. Benjamin Wade
WADE opp LINCOLN :: Thaddeus Stevens, Sen. Charles Sumner and Sen. Benjamin Wade
LINCOLN adv SPEEDYELEC :: Lincoln urged that speedy elections
RADREP sup WADEDAVIS :: passed their own plan, the Wade-Davis Bill
LINCOLN opp WADEDAVIS :: When Lincoln vetoed the bill || the only important one was the Wade-Davis Bill
LINCOLN opp CONFISC :: his opposition to the confiscation and redistribution of land
LINCOLN adv WHIGTHEORY :: Lincoln adhered to the Whig theory of the presidency
SOUTHCONG opp HOMESTEAD :: who had opposed the measures in the 1850s
SOUTHCONG opp PACRAIL :: who had opposed the measures in the 1850s
SWAYNE opp SLAVERY :: was chosen as an anti-slavery lawyer
SWAYNE sup UNION :: was chosen as an anti-slavery lawyer
MILLER sup LINCOLN :: supported Lincoln in the 1860 election and was an avowed abolitionist
MILLER adv ABOLITIONISM :: supported Lincoln in the 1860 election and was an avowed abolitionist
LINCOLN adv VOTINGRIGHTS :: Lincoln promoted voting rights for blacks
BOOTH opp LINCOLN :: became determined to assassinate the president
LINCOLN sup BUSINESS :: his intense nationalism, support for business
LINCOLN sup BUSINT :: Lincoln was a spokesman for business interests
LINCOLN sup HIGHTARIFF :: favoring high tariffs, banks, internal improvements
LINCOLN sup BANKS :: favoring high tariffs, banks, internal improvements
LINCOLN sup RAILROADS :: favoring high tariffs, banks, internal improvements
LINCOLN opp AGRDEM :: in opposition to the agrarian Democrats
""",
r"""
@title Aristotle
@te ARISTOTLE
ARISTOTLE PER Aristotle
ARISTOTELIANISM MISC Aristotelianism
JUDEOISL MISC Judeo-Islamic philosophical and theological thought
CHRTHEO MISC Christian theology
AQUINAS PER Thomas Aquinas
AVERROES PER Averroes
AVICENNA PER Avicenna
ALPHARABIUS PER Alpharabius
RAND PER Ayn Rand
---
JUDEOISL infl ARISTOTELIANISM :: Aristotelianism profoundly influenced Judeo-Islamic
CHRTHEO infl ARISTOTELIANISM :: Aristotelianism profoundly influenced Judeo-Islamic
AQUINAS infl AVERROES :: also influenced Thomas Aquinas and other Western Christian
AQUINAS infl AVICENNA :: also influenced Thomas Aquinas and other Western Christian
AQUINAS infl ALPHARABIUS :: also influenced Thomas Aquinas and other Western Christian
RAND infl ARISTOTLE :: cited him as a major influence on her thinking
""",
r"""
@title An American in Paris
@te AAIP
AAIP MISC An American in Paris
JAZZ MISC jazz
---
AAIP infl JAZZ :: is a jazz-influenced symphonic poem
""",
r"""
@title Academy Awards
FILMIND ORG film industry
SUNDAY MISC Sunday broadcast
NICHOLS PER Dudley Nichols | Nichols
AA8 MISC 8th Academy Awards ceremony
---
FILMIND opp SUNDAY :: the film industry had opposed a Sunday broadcast
NICHOLS opp AA8 :: Nichols boycotted the 8th Academy Awards ceremony
""",
r"""
@title Altruism
@te ALTRUISM
ALTRUISM MISC Altruism | altruism
KROPOTKIN PER Peter Kropotkin
SINGER PER Peter Singer
LEFTWING MISC left-wing politics
BATSON PER Daniel Batson
SET MISC social exchange theory
ALTMORAL MISC altruistic morality
BUDDHISM MISC Buddhism
CHRISTIANITY MISC Christianity
HINDUISM MISC Hinduism
ISLAM MISC Islam
JAINISM MISC Jainism
JUDAISM MISC Judaism
SIKHISM MISC Sikhism
AHIMSA MISC Ahimsa
NONVIOL MISC non-violence
HARMLESS MISC harmlessness
---
KROPOTKIN adv LEFTWING :: have sometimes been seen as arguments for left-wing politics
SINGER adv LEFTWING :: have sometimes been seen as arguments for left-wing politics
BATSON opp SET :: argues against the social exchange theory
BUDDHISM adv ALTMORAL :: place particular emphasis on altruistic morality
CHRISTIANITY adv ALTMORAL :: place particular emphasis on altruistic morality
HINDUISM adv ALTMORAL :: place particular emphasis on altruistic morality
ISLAM adv ALTMORAL :: place particular emphasis on altruistic morality
JAINISM adv ALTMORAL :: place particular emphasis on altruistic morality
JUDAISM adv ALTMORAL :: place particular emphasis on altruistic morality
SIKHISM adv ALTMORAL :: place particular emphasis on altruistic morality
JAINISM adv AHIMSA :: Jainism preaches the view of Ahimsa
JAINISM adv NONVIOL :: Jainism prescribes a path of non-violence
JAINISM adv HARMLESS :: advocating harmlessness towards all
""",
r"""
@title Ayn Rand
@te RAND
RAND PER Ayn Rand | Rand
OBJ MISC Objectivism | Objectivist
REASON MISC reason
FAITH MISC faith
RELIGION MISC religion
EGOISM MISC ethical egoism
ALTRUISM MISC altruism
FORCE MISC initiation of force
COLLECTIVISM MISC collectivism
STATISM MISC statism
ANARCHISM MISC anarchism
LFC MISC laissez-faire capitalism
ROMREAL MISC romantic realism
LIBERTARIANS ORG libertarians
AMCONS ORG American conservatives | conservatives
NABOKOVA PER Nabokova | Olga
CONSTMON MISC constitutional monarchy
REPIDEALS MISC republican ideals
KERENSKY PER Alexander Kerensky
ARISTOTLE PER Aristotle
WILLKIE PER Wendell Willkie
OCONNOR PER Frank O'Connor
HAZLITT PER Henry Hazlitt
MISES PER Ludwig von Mises
ROARK PER Howard Roark
SECONDH MISC second-handers
COMMUNISM MISC communism | communist | Communist
MPA ORG Motion Picture Alliance for the Preservation of American Ideals
AWA ORG American Writers Association
SONGRUSSIA MISC Song of Russia
ATLAS MISC Atlas Shrugged
NBI ORG Nathaniel Branden Institute | NBI
ABORTION MISC abortion rights
VIETNAM MISC Vietnam War
DRAFT MISC military draft
DODGERS MISC draft dodgers
ISRAEL LOC Israel
ARABS ORG coalition of Arab nations
HOMOSEX MISC homosexuality
REPEAL MISC repeal of all laws
REPCAND ORG Republican candidates
GOLDWATER PER Barry Goldwater
BRANDEN PER Nathaniel Branden
PHILREAL MISC philosophical realism
MYSTICISM MISC mysticism
SUPERNAT MISC supernaturalism
APRIORI MISC a priori knowledge
ASDICH MISC analytic–synthetic dichotomy
ETHALT MISC ethical altruism
INDRIGHTS MISC individual rights
THEOCRACY MISC theocracy
ABSMON MISC absolute monarchy
NAZISM MISC Nazism
FASCISM MISC fascism
DEMSOC MISC democratic socialism
DICTATORSHIP MISC dictatorship
LIMGOV MISC constitutionally limited government
LIBERTARIANISM MISC libertarianism
ROMANTICISM MISC romanticism
NIETZSCHE PER Friedrich Nietzsche | Nietzsche
KANT PER Immanuel Kant | Kant
HOLZER PER Erika Holzer
GOODKIND PER Terry Goodkind
DITKO PER Steve Ditko
PEART PER Neil Peart
ALLISON PER John Allison
SNIDER PER Ed Snider
RIGHTWING MISC right-wing politics
BUCKLEY PER William F. Buckley, Jr.
NATREV ORG National Review
CHAMBERS PER Whittaker Chambers
WILLS PER Garry Wills
EVANS PER M. Stanton Evans
REPCONG ORG Republican Congressmen
LEFT ORG political left
SELFISH MISC selfishness
FREEMKT MISC free markets
GREENSPAN PER Alan Greenspan
NOZICK PER Robert Nozick
METAETH MISC meta-ethical argument
ARI ORG Ayn Rand Institute
BBT ORG BB&T Corporation
---
RAND adv OBJ :: Rand developed and promoted her Objectivist philosophy || she turned to non-fiction to promote her philosophy
RAND adv REASON :: Rand advocated reason as the only means || considered the advocacy of reason to be the single most
RAND opp FAITH :: Rand advocated reason as the only means
RAND opp RELIGION :: Rand advocated reason as the only means || opposed anything she regarded as mysticism or supernaturalism
RAND sup EGOISM :: She supported rational and ethical egoism
RAND adv EGOISM :: Rand argued for rational and ethical egoism
RAND opp ALTRUISM :: and rejected altruism.
RAND opp FORCE :: she condemned the initiation of force as immoral || held that the initiation of force was evil and irrational
RAND opp COLLECTIVISM :: opposed collectivism and statism as well as anarchism
RAND opp STATISM :: opposed collectivism and statism as well as anarchism || She opposed statism, which she understood
RAND opp ANARCHISM :: opposed collectivism and statism as well as anarchism || She rejected anarchism as a naïve theory
RAND sup LFC :: instead supported laissez-faire capitalism
RAND adv LFC :: she considered laissez-faire capitalism the only moral social system
RAND adv ROMREAL :: In art, Rand promoted romantic realism
LIBERTARIANS infl RAND :: She has been a significant influence among libertarians
AMCONS infl RAND :: She has been a significant influence among libertarians || her influence among conservatives forced Buckley
NABOKOVA sup CONSTMON :: while Nabokova defended constitutional monarchy
RAND sup REPIDEALS :: Rand supported republican ideals
RAND sup KERENSKY :: she favored Alexander Kerensky over Tsar Nicholas II
RAND infl ARISTOTLE :: who would be her greatest influence and counter-influence || Rand acknowledged Aristotle as her greatest influence || the only philosopher who ever influenced me
RAND sup WILLKIE :: worked full-time in volunteer positions for the 1940 presidential campaign
OCONNOR sup WILLKIE :: worked full-time in volunteer positions for the 1940 presidential campaign
RAND sup HAZLITT :: Rand strongly endorsed the writings of both men
RAND sup MISES :: Rand strongly endorsed the writings of both men
ROARK opp SECONDH :: his struggle against what Rand described as
RAND opp COMMUNISM :: Rand extended her involvement with free-market and anti-communist activism || She opposed statism, which she understood
MPA opp COMMUNISM :: a Hollywood anti-Communist group
RAND sup MPA :: She became involved with the Motion Picture Alliance
AWA opp COMMUNISM :: She also joined the anti-Communist American Writers Association
RAND opp SONGRUSSIA :: Rand argued that the film grossly misrepresented conditions
ATLAS adv OBJ :: It advocates the core tenets of Rand's philosophy of Objectivism
NBI adv OBJ :: to promote Rand's philosophy.
RAND sup ABORTION :: These included supporting abortion rights
RAND opp VIETNAM :: These included supporting abortion rights
RAND opp DRAFT :: These included supporting abortion rights
RAND opp DODGERS :: These included supporting abortion rights
RAND sup ISRAEL :: These included supporting abortion rights
ISRAEL opp ARABS :: These included supporting abortion rights
RAND opp HOMOSEX :: These included supporting abortion rights
RAND adv REPEAL :: These included supporting abortion rights
RAND sup REPCAND :: She also endorsed several Republican candidates
RAND sup GOLDWATER :: She also endorsed several Republican candidates
RAND opp BRANDEN :: repudiating Nathaniel Branden for dishonesty
RAND sup PHILREAL :: Rand supported philosophical realism
RAND opp MYSTICISM :: opposed anything she regarded as mysticism or supernaturalism
RAND opp SUPERNAT :: opposed anything she regarded as mysticism or supernaturalism
RAND opp APRIORI :: She rejected all claims of non-perceptual or a priori knowledge
RAND opp ASDICH :: rejected the analytic–synthetic dichotomy
RAND opp ETHALT :: She condemned ethical altruism
RAND adv INDRIGHTS :: Rand's political philosophy emphasized individual rights
RAND opp THEOCRACY :: She opposed statism, which she understood
RAND opp ABSMON :: She opposed statism, which she understood
RAND opp NAZISM :: She opposed statism, which she understood
RAND opp FASCISM :: She opposed statism, which she understood
RAND opp DEMSOC :: She opposed statism, which she understood
RAND opp DICTATORSHIP :: She opposed statism, which she understood
RAND adv LIMGOV :: enforced by a constitutionally limited government
RAND opp LIBERTARIANISM :: She denounced libertarianism
RAND adv ROMANTICISM :: she considered romanticism to be the approach
RAND infl NIETZSCHE :: she also found early inspiration in Friedrich Nietzsche
RAND opp NIETZSCHE :: Rand had turned against Nietzsche's ideas
RAND opp KANT :: Among the philosophers Rand held in particular disdain was Immanuel Kant
HOLZER infl RAND :: Terry Goodkind have been influenced by her
GOODKIND infl RAND :: Terry Goodkind have been influenced by her
DITKO infl RAND :: Other artists who have cited Rand as an important influence
PEART infl RAND :: Other artists who have cited Rand as an important influence
ALLISON sup OBJ :: have funded the promotion of Rand's ideas
SNIDER sup OBJ :: have funded the promotion of Rand's ideas
RIGHTWING infl RAND :: Rand has had continuing influence on right-wing politics
LIBERTARIANISM infl RAND :: Rand has had continuing influence on right-wing politics
BUCKLEY opp RAND :: She faced intense opposition from William F. Buckley
NATREV opp RAND :: She faced intense opposition from William F. Buckley
CHAMBERS opp RAND :: They published numerous criticisms in the 1950s
WILLS opp RAND :: They published numerous criticisms in the 1950s
EVANS opp RAND :: They published numerous criticisms in the 1950s
REPCONG infl RAND :: Republican Congressmen and conservative pundits have acknowledged her influence
LEFT opp RAND :: increased criticism of her ideas, especially from the political left
RAND sup SELFISH :: her support of selfishness and free markets
RAND sup FREEMKT :: her support of selfishness and free markets
GREENSPAN infl RAND :: particularly through her influence on Alan Greenspan
NOZICK opp METAETH :: who argued that her meta-ethical argument is unsound
ARI adv OBJ :: a nonprofit organization dedicated to promoting Rand's ideas
BBT sup OBJ :: has also given grants for teaching Rand's ideas
""",
r"""
@title Algeria
OJAQ ORG ojaq
PASHA PER pasha
FRGOV ORG French government
KABYLES ORG Kabyles
BENDJEDID PER Chadli Bendjedid
ARABISATION MISC Arabisation
GSPC ORG Groupe Salafiste pour la Prédication et le Combat | GSPC
GOVT ORG Government
MILITARY ORG military
RND ORG National Rally for Democracy
GAA ORG Green Algeria Alliance
ISLAMISM MISC Islamist
FLN ORG National Liberation Front
NATIONALISM MISC nationalist
FRCOLOCC MISC French colonial occupation
GOVT @ctx terrorist campaign against the Government
---
OJAQ opp PASHA :: they repeatedly revolted against the pasha
FRGOV sup KABYLES :: French government favored the Kabyles
BENDJEDID adv ARABISATION :: He promoted a policy of Arabisation
GSPC opp GOVT :: continued a terrorist campaign against the Government
MILITARY sup RND :: the military-backed National Rally for Democracy
GAA ideo ISLAMISM :: the Islamist Green Algeria Alliance
FLN ideo NATIONALISM :: the nationalist National Liberation Front
FLN opp FRCOLOCC :: which fought French colonial occupation
""",
r"""
@title List of Atlas Shrugged characters
RAGNAR PER Ragnar Danneskjöld
GALT PER John Galt | Galt
JAMES PER James Taggart
DAGNY PER Dagny Taggart | Dagny
CAPITALISM MISC capitalist
LILLIAN PER Lillian Rearden
HANK PER Hank Rearden
AKSTON PER Hugh Akston
REASON MISC reason
SCUDDER PER Bertram Scudder
EOOB MISC Equalization of Opportunity Bill
---
RAGNAR infl GALT :: One of Galt's first followers
JAMES opp DAGNY :: nonetheless opposes her in almost every endeavor
JAMES opp CAPITALISM :: his various anti-capitalist moral and political beliefs
LILLIAN opp HANK :: The unsupportive wife of Hank Rearden
AKSTON adv REASON :: One of the last great advocates of reason
SCUDDER sup EOOB :: He is also vocal in support of the Equalization
""",
r"""
@title Anthropology
@te ANTHRO
ANTHRO MISC Anthropology | anthropology
BOAS PER Franz Boas | Boas
RACIDEO MISC racial ideology
MEAD PER Margaret Mead
GENDEQ MISC gender equality
SEXLIB MISC sexual liberation
SOCANTH MISC Sociocultural anthropology
STRUCT MISC structuralist
POSTMOD MISC postmodern theories
ANTHROPOLOGISTS ORG anthropologists
CULTREL MISC cultural relativism
WWIPART MISC US participation in World War I
AAA ORG American Anthropological Association
VIETWAR MISC Vietnam War
---
BOAS opp RACIDEO :: Boas' arguments against 19th-century racial ideology
MEAD adv GENDEQ :: Margaret Mead's advocacy for gender equality
MEAD adv SEXLIB :: Margaret Mead's advocacy for gender equality
SOCANTH infl STRUCT :: has been heavily influenced by structuralist and postmodern theories
SOCANTH infl POSTMOD :: has been heavily influenced by structuralist and postmodern theories
ANTHROPOLOGISTS adv CULTREL :: present-day anthropologists typically urge cultural relativism
BOAS opp WWIPART :: Franz Boas publicly objected to US participation
AAA opp VIETWAR :: Numerous resolutions condemning the war
""",
r"""
@title Alchemy
@te ALCHEMY
ALCHEMY MISC alchemy | Alchemy
WESTALCH MISC Western alchemy
WESTREL MISC Western religions
AUGUSTINE PER St Augustine
TRISMEGISTUS PER Hermes Trismegistus | Trismegistus
ALCHTHEORIES MISC alchemical theories
TRANSMUT MISC transmutation of metals
ALKINDUS PER Alkindus
BIRUNI PER Abū al-Rayhān al-Bīrūnī
AVICENNA PER Avicenna
KHALDUN PER Ibn Khaldun
PARACELSUS PER Paracelsus
OCCULTISM MISC occultism
IATRO MISC Iatrochemistry
SUPINT MISC supernatural" interpretation of alchemy
BOYLE PER Robert Boyle
ASHMOLE PER Elias Ashmole
MODSCI MISC modern science
ANCWIS MISC ancient wisdom
ATWOOD PER Atwood
LEVI PER Eliphas Levi
WAITE PER Arthur Edward Waite
STEINER PER Rudolf Steiner
JUNG PER Carl Gustav Jung | Jung
ALCHSYMB MISC Alchemical symbolism
---
WESTALCH infl WESTREL :: largely independent of, but influenced by, various Western religions
AUGUSTINE opp TRISMEGISTUS :: condemned Trismegistus for idolatry
ALKINDUS opp ALCHTHEORIES :: alchemical theories faced criticism from a variety
BIRUNI opp ALCHTHEORIES :: alchemical theories faced criticism from a variety
AVICENNA opp ALCHTHEORIES :: alchemical theories faced criticism from a variety
KHALDUN opp ALCHTHEORIES :: alchemical theories faced criticism from a variety
ALKINDUS opp TRANSMUT :: they wrote refutations against the idea
BIRUNI opp TRANSMUT :: they wrote refutations against the idea
AVICENNA opp TRANSMUT :: they wrote refutations against the idea
KHALDUN opp TRANSMUT :: they wrote refutations against the idea
PARACELSUS opp OCCULTISM :: rejecting some of Agrippa's occultism
PARACELSUS adv IATRO :: pharmaceutical applications of alchemy championed by Paracelsus
BOYLE sup SUPINT :: including support by fellows of the Royal Society
ASHMOLE sup SUPINT :: including support by fellows of the Royal Society
MODSCI opp ANCWIS :: its disdain for "ancient wisdom"
LEVI infl ATWOOD :: Atwood's work influenced subsequent authors
WAITE infl ATWOOD :: Atwood's work influenced subsequent authors
STEINER infl ATWOOD :: Atwood's work influenced subsequent authors
JUNG adv ALCHSYMB :: revived and popularized from near extinction
""",
r"""
@title Apollo
@te APOLLO
APOLLO PER Apollo
TROJANS ORG Trojans
ACHAEANS ORG Achaeans
ZEUS PER Zeus
ORESTES PER Orestes
PYTHAGORAS PER Pythagoras
POSTARCH MISC post-Archaic art
---
APOLLO sup TROJANS :: Homer pictures Apollo on the side of the Trojans
APOLLO opp ACHAEANS :: Homer pictures Apollo on the side of the Trojans
ZEUS sup APOLLO :: sided with Apollo
APOLLO sup ORESTES :: Apollo advocates Orestes at the trial
POSTARCH infl PYTHAGORAS :: His ideas had a great influence on post-Archaic art
""",
r"""
@title Andre Agassi
@te AGASSI
AGASSI PER Andre Agassi | Agassi
CHILDHAVEN ORG Child Haven
---
AGASSI sup CHILDHAVEN :: Among other child-related programs that Agassi supports
""",
r"""
@title Afroasiatic languages
COHEN PER Marcel Cohen | Cohen
HAMITIC MISC Hamitic subgroup | Hamitic
GREENBERG PER Joseph Greenberg
---
COHEN opp HAMITIC :: Marcel Cohen (1924) rejected the idea of a distinct Hamitic subgroup
GREENBERG opp HAMITIC :: strongly confirmed Cohen's rejection of "Hamitic"
""",
r"""
@title Andorra
@te ANDORRA
ANDORRA LOC Andorra
GERMANY LOC Imperial Germany
ANDPEOPLE ORG Andorran people
MOORS ORG Moors
---
ANDORRA opp GERMANY :: Andorra declared war on Imperial Germany
ANDPEOPLE opp MOORS :: in return for fighting against the Moors
""",
r"""
@title Animal Farm
@te AF
AF MISC Animal Farm
ORWELL PER George Orwell | Orwell
STALIN PER Joseph Stalin | Stalin
STALINISM MISC Stalinism
BRITPEOPLE ORG British people and intelligentsia
ANIMALS ORG animals
JONES PER Jones
SHEEP ORG sheep
HENS ORG hens
NAPOLEON PER Napoleon
REBELLION MISC Rebellion
OLDMAJOR PER Old Major
STALCORR MISC Stalinist corruption
SELFCENS MISC British self-censorship
KRONSTADT MISC Kronstadt revolt
BOLSHEVIKS ORG Bolsheviks
PFANIMALS MISC Animals
NATBEAST MISC The Nature of the Beast
GULLIVER MISC Gulliver's Travels
---
ORWELL opp STALIN :: was a critic of Joseph Stalin and hostile to Moscow-directed Stalinism
ORWELL opp STALINISM :: was a critic of Joseph Stalin and hostile to Moscow-directed Stalinism
AF opp STALIN :: Orwell described Animal Farm as a satirical tale against Stalin
BRITPEOPLE sup STALIN :: held Stalin in high esteem
ANIMALS opp JONES :: The animals revolt and drive the drunken || The animals revolt against him after he drinks
REBELLION infl OLDMAJOR :: provides the inspiration that fuels the Rebellion
SHEEP sup NAPOLEON :: they blindly support Napoleon's ideals
HENS opp NAPOLEON :: The hens are among the first to rebel against Napoleon
ORWELL opp STALCORR :: strongly condemn what he saw as the Stalinist corruption
ORWELL opp SELFCENS :: Orwell originally wrote a preface complaining about British self-censorship || Orwell's essay criticised British self-censorship
KRONSTADT opp BOLSHEVIKS :: 1921 Kronstadt revolt against the Bolsheviks
PFANIMALS infl AF :: Pink Floyd's 1977 record album Animals was partially inspired
NATBEAST infl AF :: is inspired by Animal Farm
AF infl GULLIVER :: Orwell brought also to Animal Farm
""",
r"""
@title Alaska
@te ALASKA
ALASKA LOC Alaska
WICKERSHAM PER James Wickersham
STATEHOOD MISC Statehood for Alaska
MILLER PER Keith Miller
APF MISC Alaska Permanent Fund
HAMMOND PER Jay Hammond
MALONE PER Hugh Malone
REPUBLICANS ORG Republicans
---
WICKERSHAM adv STATEHOOD :: Statehood for Alaska was an important cause of James Wickersham
MILLER adv APF :: The fund was originally proposed by Governor Keith Miller
HAMMOND adv APF :: It was later championed by Governor Jay Hammond
MALONE adv APF :: It was later championed by Governor Jay Hammond
ALASKA sup REPUBLICANS :: Alaska regularly supports Republicans
""",
r"""
@title Aldous Huxley
@te HUXLEY
HUXLEY PER Aldous Huxley | Huxley
ALEXANDER PER F. Matthias Alexander
REFUGEES ORG Jewish and left-wing writer and artist refugees
---
HUXLEY infl ALEXANDER :: Huxley was strongly influenced by F. Matthias Alexander
HUXLEY sup REFUGEES :: he used much of it to transport Jewish
""",
r"""
@title American National Standards Institute
@te ANSI
ANSI ORG American National Standards Institute | ANSI
USSTD MISC U.S. standards
USPOL MISC U.S. policy and technical positions
---
ANSI sup USSTD :: ANSI promotes the use of U.S. standards internationally
ANSI adv USPOL :: advocates U.S. policy and technical positions
""",
r"""
@title Apollo 8
OHAIR PER Madalyn Murray O'Hair
NASA ORG NASA
---
OHAIR opp NASA :: caused controversy by bringing a lawsuit against NASA
""",
r"""
@title A Modest Proposal
@te AMP
AMP MISC A Modest Proposal
SWIFT PER Swift
PETTY PER William Petty
SOCENG MISC social engineering
APOLOGY MISC Tertullian's Apology
ROMPERS MISC early Roman persecution of Christianity
SCHAEFFER PER Frank Schaeffer
ABORTION MISC abortion
EUTHANASIA MISC euthanasia
THOMPSON PER Hunter S. Thompson | Thompson
BURNING MISC burning of Vietnamese people
---
SWIFT opp PETTY :: lampoon the then-influential William Petty
SWIFT opp SOCENG :: lampoon the then-influential William Petty
APOLOGY opp ROMPERS :: a satirical attack against early Roman persecution
SCHAEFFER infl SWIFT :: Frank Schaeffer emulated Swift's work
SCHAEFFER opp ABORTION :: social conservative polemic against abortion and euthanasia
SCHAEFFER opp EUTHANASIA :: social conservative polemic against abortion and euthanasia
THOMPSON opp BURNING :: This letter protests the burning of Vietnamese people
""",
r"""
@title Andrei Tarkovsky
@te TARKOVSKY
TARKOVSKY PER Andrei Tarkovsky | Tarkovsky
ASHES MISC Ashes and Diamonds
CHUKHRAI PER Grigori Chukhrai
STALKER MISC Stalker
PICNIC MISC Roadside Picnic
ARKADY PER Arkady Strugatsky
SOKUROV PER Sokurov
COMMCIN MISC commercial cinema
---
TARKOVSKY infl ASHES :: whose film Ashes and Diamonds influenced Tarkovsky
TARKOVSKY infl CHUKHRAI :: An important influence on Tarkovsky was the film director Grigori Chukhrai
STALKER infl PICNIC :: inspired by the novel Roadside Picnic
TARKOVSKY infl ARKADY :: Influenced by a discussion with Arkady Strugatsky
SOKUROV infl TARKOVSKY :: Sokurov's own work has been heavily influenced by Tarkovsky
TARKOVSKY opp COMMCIN :: Although strongly opposed to commercial cinema
""",
r"""
@title Asia
SUUKYI PER Aung San Suu Kyi
DEMOCRACY MISC democracy
SATYARTHI PER Kailash Satyarthi
MALALA PER Malala Yousafzai
SUPPR MISC suppression of children and young people
EDU MISC right of all children to education
---
SUUKYI adv DEMOCRACY :: She is a nonviolent pro-democracy activist
SATYARTHI opp SUPPR :: for their struggle against the suppression of children
MALALA opp SUPPR :: for their struggle against the suppression of children
SATYARTHI adv EDU :: for their struggle against the suppression of children
MALALA adv EDU :: for their struggle against the suppression of children
""",
r"""
@title Aruba
UN ORG United Nations
REFERENDUM MISC Referendum for Self Determination
---
UN sup REFERENDUM :: was held with the support of the United Nations
""",
r"""
@title Articles of Confederation
@te AOC
AOC MISC Articles of Confederation | Articles
LEE PER Richard Henry Lee
INDEP MISC independent
NATIONALISTS ORG nationalists
WASHINGTON PER George Washington | Washington
STRONGFED MISC strong federal government
FEDERALISTS ORG Federalists
CONSTITUTION MISC proposed new Constitution
SHAYS MISC Shays' Rebellion
COURTS MISC state court system
HAMILTON PER Hamilton
CONSTCONV MISC constitutional convention
---
LEE adv INDEP :: introduced a resolution before the Continental Congress declaring the colonies independent
NATIONALISTS opp AOC :: complained that the Articles were too weak
WASHINGTON adv STRONGFED :: one of the very first proponents of a strong federal government
FEDERALISTS sup CONSTITUTION :: the Federalists (who supported the proposed new Constitution)
SHAYS opp COURTS :: an uprising of dissidents in western Massachusetts against the state court system
WASHINGTON sup HAMILTON :: won Washington's endorsement
HAMILTON adv CONSTCONV :: to petition Congress to call a constitutional convention
""",
r"""
@title Arthur Schopenhauer
@te SCHOP
SCHOP PER Arthur Schopenhauer | Schopenhauer
KANT PER Immanuel Kant | Kant
TRANSID MISC transcendental idealism
GERMID MISC German idealism
NIETZSCHE PER Friedrich Nietzsche | Nietzsche
WAGNER PER Richard Wagner | Wagner
TOLSTOY PER Leo Tolstoy
WITTGENSTEIN PER Ludwig Wittgenstein | Wittgenstein
SCHRODINGER PER Erwin Schrödinger
FREUD PER Sigmund Freud
MAHLER PER Gustav Mahler
CAMPBELL PER Joseph Campbell
EINSTEIN PER Albert Einstein
JUNG PER Carl Jung
MANN PER Thomas Mann
BORGES PER Jorge Luis Borges
BECKETT PER Samuel Beckett
LOGOPT MISC logical optimism
FICHTE MISC Fichtean principle of idealism
EASTPHIL MISC Eastern philosophy
LIMGOV MISC limited government
SEPPOW MISC independence of the legislative, judicial and executive branches of power
MONARCHY MISC monarchy
REPUBLICANISM MISC republicanism
RACES MISC differing treatment of races
SLAVERY MISC slavery
ABOLMOV ORG abolitionist movement
JUDAISM MISC Judaism
TEUTONIC MISC Teutonico-Christian stupidity
MONOGAMY MISC monogamy
FEMINISTS ORG nineteenth-century feminists
ANTIEGAL MISC anti-egalitarianism
EUGENICS MISC eugenics
SPCA ORG Society for the Prevention of Cruelty to Animals
AFS ORG Animals' Friends Society
SPINOZA PER Baruch Spinoza | Spinoza
UPANISHADS MISC Upanishads
MAJER PER Majer
HERDER PER Herder
BUDDHISM MISC Buddhism
PLATO PER Plato
SHAKESPEARE PER Shakespeare
ROUSSEAU PER Jean-Jacques Rousseau
LOCKE PER John Locke
REID PER Thomas Reid
CLAUDIUS PER Matthias Claudius
BERKELEY PER George Berkeley
HUME PER David Hume
DESCARTES PER René Descartes
HEGEL PER Georg Wilhelm Friedrich Hegel | Hegel
TRISTAN MISC Tristan und Isolde
EPISTID MISC epistemological idealism
CONCREAL MISC conceptual realism
RYLE PER Gilbert Ryle
ANTINAT MISC Antinatalism
---
SCHOP infl KANT :: Proceeding from the transcendental idealism of Immanuel Kant || Schopenhauer said he was influenced by the Upanishads
SCHOP infl TRANSID :: Proceeding from the transcendental idealism of Immanuel Kant
SCHOP opp GERMID :: rejecting the contemporaneous post-Kantian philosophies
NIETZSCHE infl SCHOP :: Those who have cited his influence include || Friedrich Nietzsche was greatly influenced by this idea of Will || have influenced many, from Friedrich Nietzsche || who initially considered Schopenhauer his mentor || Friedrich Nietzsche owed the awakening of his philosophical interest
WAGNER infl SCHOP :: Those who have cited his influence include || It had a radical influence on my whole life || created by Schopenhauer inspired the conception
TOLSTOY infl SCHOP :: Those who have cited his influence include || Leo Tolstoy was greatly influenced by Schopenhauer
WITTGENSTEIN infl SCHOP :: Those who have cited his influence include || Ludwig Wittgenstein adopted Schopenhauer's epistemological idealism
SCHRODINGER infl SCHOP :: Those who have cited his influence include
FREUD infl SCHOP :: Those who have cited his influence include
MAHLER infl SCHOP :: Those who have cited his influence include
CAMPBELL infl SCHOP :: Those who have cited his influence include
EINSTEIN infl SCHOP :: Those who have cited his influence include
JUNG infl SCHOP :: Those who have cited his influence include
MANN infl SCHOP :: Those who have cited his influence include
BORGES infl SCHOP :: Those who have cited his influence include
BECKETT infl SCHOP :: Those who have cited his influence include
SCHOP opp LOGOPT :: criticized their logical optimism
SCHOP adv FICHTE :: he adhered to the Fichtean principle of idealism
SCHOP adv EASTPHIL :: to share and affirm significant tenets of Eastern philosophy
SCHOP adv LIMGOV :: described himself as a proponent of limited government
SCHOP adv SEPPOW :: He also defended the independence of the legislative
SCHOP adv MONARCHY :: He declared monarchy as
SCHOP opp REPUBLICANISM :: disparaged republicanism as
SCHOP opp RACES :: he was adamantly against differing treatment of races
SCHOP opp SLAVERY :: was fervently anti-slavery
SCHOP sup ABOLMOV :: supported the abolitionist movement in the United States
SCHOP opp JUDAISM :: a marked metaphysical and political anti-Judaism
SCHOP opp TEUTONIC :: he expressed his opposition to what he called
SCHOP opp MONOGAMY :: expressed opposition to monogamy
FEMINISTS infl SCHOP :: have influenced many, from Friedrich Nietzsche
SCHOP adv ANTIEGAL :: Schopenhauer's advocacy of anti-egalitarianism and eugenics
SCHOP adv EUGENICS :: Schopenhauer's advocacy of anti-egalitarianism and eugenics
SCHOP sup SPCA :: he praised the establishment, in London
SCHOP sup AFS :: he praised the establishment, in London
SCHOP opp SPINOZA :: Schopenhauer criticized Spinoza's belief
SCHOP infl UPANISHADS :: The Upanishads was a great source of inspiration || Schopenhauer said he was influenced by the Upanishads
MAJER infl HERDER :: Majer was a follower of Herder
SCHOP infl BUDDHISM :: Proof of early interest and influence, however || documents its influence
SCHOP infl PLATO :: Schopenhauer said he was influenced by the Upanishads
SCHOP infl SHAKESPEARE :: Among Schopenhauer's other influences were
SCHOP infl ROUSSEAU :: Among Schopenhauer's other influences were
SCHOP infl LOCKE :: Among Schopenhauer's other influences were
SCHOP infl REID :: Among Schopenhauer's other influences were
SCHOP infl SPINOZA :: Among Schopenhauer's other influences were
SCHOP infl CLAUDIUS :: Among Schopenhauer's other influences were
SCHOP infl BERKELEY :: Among Schopenhauer's other influences were
SCHOP infl HUME :: Among Schopenhauer's other influences were
SCHOP infl DESCARTES :: Among Schopenhauer's other influences were
SCHOP opp HEGEL :: Schopenhauer expressed his dislike for the philosophy
TRISTAN infl SCHOP :: created by Schopenhauer inspired the conception
WITTGENSTEIN adv EPISTID :: Ludwig Wittgenstein adopted Schopenhauer's epistemological idealism
WITTGENSTEIN opp EPISTID :: he rejected epistemological idealism for Gottlob Frege's
WITTGENSTEIN adv CONCREAL :: he rejected epistemological idealism for Gottlob Frege's
WITTGENSTEIN opp SCHOP :: Wittgenstein was highly dismissive of Schopenhauer
RYLE infl SCHOP :: only to unwittingly recycle ideas from Schopenhauer
SCHOP adv ANTINAT :: a position advocated by Schopenhauer
""",
r"""
@title Angola
PORTREGIME ORG Portuguese regime
INDEP MISC independence
FNLA ORG FNLA
MPLA ORG MPLA | Popular Movement for the Liberation of Angola
UNITA ORG UNITA
USA LOC United States
ZAIRE LOC Zaïre
SAFRICA LOC South Africa
CUBA LOC Cuba | Cuban
SOCIALISM MISC socialist
ML MISC Marxist–Leninist ideology
SOCDEM MISC social democracy
FLEC ORG Frente para a Libertação do Enclave de Cabinda
CABINDAIND MISC independence of the northern exclave of Cabinda
AFRLANG MISC African languages
FRENCH MISC French
---
PORTREGIME opp INDEP :: refused to accede to the demands for independence
FNLA opp MPLA :: the FNLA, MPLA and UNITA had started fighting each other
FNLA opp UNITA :: the FNLA, MPLA and UNITA had started fighting each other
MPLA opp FNLA :: the FNLA, MPLA and UNITA had started fighting each other
MPLA opp UNITA :: the FNLA, MPLA and UNITA had started fighting each other
UNITA opp FNLA :: the FNLA, MPLA and UNITA had started fighting each other
UNITA opp MPLA :: the FNLA, MPLA and UNITA had started fighting each other
USA sup ZAIRE :: With the support of the United States, Zaïre and South Africa
USA sup SAFRICA :: With the support of the United States, Zaïre and South Africa
ZAIRE sup FNLA :: With the support of the United States, Zaïre and South Africa
ZAIRE sup UNITA :: With the support of the United States, Zaïre and South Africa
SAFRICA sup FNLA :: With the support of the United States, Zaïre and South Africa
SAFRICA sup UNITA :: With the support of the United States, Zaïre and South Africa
CUBA sup MPLA :: Cuba intervened in favor of the MPLA || With Cuban support, the MPLA held Luanda
MPLA ideo SOCIALISM :: the MPLA organised and maintained a socialist régime
MPLA ideo ML :: MPLA abandoned its ties to the Marxist–Leninist ideology
MPLA ideo SOCDEM :: declared social democracy to be its official ideology
FLEC adv CABINDAIND :: military activities in favour of the independence of the northern exclave
FNLA adv AFRLANG :: came out in favour of a greater attention to the African languages
UNITA adv AFRLANG :: came out in favour of a greater attention to the African languages
FNLA sup FRENCH :: the FNLA favoured French over Portuguese
""",
r"""
@title Politics of Angola
MPLA ORG Popular Movement for the Liberation of Angola | MPLA
ML MISC Marxist-Leninist
UNITA ORG UNITA
---
MPLA ideo ML :: Angola changed from a one-party Marxist-Leninist system
MPLA opp UNITA :: and of UNITA fought each other
UNITA opp MPLA :: and of UNITA fought each other
""",
r"""
@title Economy of Angola
MOBUTU PER Mobutu
CHIPENDA PER Chipenda
CABAUT MISC autonomy for Cabinda
UN ORG United Nations
ANGGOV ORG Angolan government
MARQUES PER Rafael Marques | Marques
CONFLDIAM MISC conflict diamonds
---
MOBUTU sup CHIPENDA :: Mobutu particularly preferring Chipenda over Neto
CHIPENDA sup CABAUT :: because Chipenda supported autonomy for Cabinda
UN opp ANGGOV :: The United Nations has criticized the Angolan government
MARQUES opp CONFLDIAM :: Marques called on foreign countries to boycott
""",
r"""
@title Angolan Armed Forces
FAPLA ORG FAPLA
UNITA ORG UNITA
PINTO PER Manuel Pinto da Costa
---
FAPLA opp UNITA :: The FAPLA's main counterinsurgency effort was directed against UNITA
FAPLA sup PINTO :: to bolster the socialist regime of President Manuel Pinto da Costa
""",
r"""
@title Foreign relations of Angola
ANGOLA LOC Angola
USFP MISC U.S. foreign policy
KABILA ORG Joseph Kabila government
CONGOGOV ORG existing government
CPLP ORG Community of Portuguese-Speaking Countries | CPLP
CUBA LOC Cuban
UNITA ORG UNITA
SATROOPS ORG South African troops
SWAPO ORG SWAPO
MPLA ORG MPLA | MPLA-PT
ANC ORG African National Congress
APARTHEID ORG apartheid-era government in South Africa
FRANCE ORG French government
SEPARATISTS ORG militant separatists
FLNA ORG FLNA
SAARMY ORG South-African army
WEST ORG Western
ML MISC Marxist–Leninist
USA LOC United States
MARXISM MISC Marxism
---
ANGOLA sup USFP :: Angola's strong support of U.S. foreign policy
ANGOLA sup KABILA :: Angolan troops remain in support of the Joseph Kabila government
ANGOLA sup CONGOGOV :: to support the existing government in that country
ANGOLA sup CPLP :: Angola has promoted the revival of the Community
CUBA opp UNITA :: Cuban troops on their way to Angola to fight UNITA rebels || Cuban forces fought to install a Marxist–Leninist
CUBA opp SATROOPS :: Cuban troops on their way to Angola to fight UNITA rebels
SWAPO sup MPLA :: SWAPO sought to support the ruling party MPLA
SWAPO opp UNITA :: SWAPO sought to support the ruling party MPLA
MPLA opp UNITA :: SWAPO sought to support the ruling party MPLA || They fought against UNITA rebels, based in Angola
ANC opp UNITA :: They fought against UNITA rebels, based in Angola
ANC opp APARTHEID :: They fought against UNITA rebels, based in Angola
MPLA opp APARTHEID :: They fought against UNITA rebels, based in Angola
APARTHEID sup UNITA :: They fought against UNITA rebels, based in Angola
FRANCE sup SEPARATISTS :: policy of supporting militant separatists
CUBA sup MPLA :: Cuban forces fought to install a Marxist–Leninist
CUBA opp FLNA :: Cuban forces fought to install a Marxist–Leninist
CUBA opp SAARMY :: Cuban forces fought to install a Marxist–Leninist
WEST sup UNITA :: against Western-backed UNITA
WEST sup FLNA :: against Western-backed UNITA
MPLA ideo ML :: Cuban forces fought to install a Marxist–Leninist
USA sup UNITA :: the United States was the primary source of military and other support
ANGOLA opp MARXISM :: Angola's ideological renunciation of Marxism
""",
r"""
@title Albert Sidney Johnston
@te JOHNSTON
JOHNSTON PER Albert Sidney Johnston | Johnston
SECESSION MISC secession
KENTUCKIANS ORG Kentuckians
UNION ORG Union
---
JOHNSTON opp SECESSION :: he was opposed to secession
KENTUCKIANS sup UNION :: The majority of Kentuckians allied with the Union camp
""",
r"""
@title Albert Einstein
@te EINSTEIN
EINSTEIN PER Albert Einstein | Einstein
NWRESEARCH MISC nuclear weapons research
ALLIED ORG Allied forces
FISSIONWEAPON MISC nuclear fission as a weapon
POINCARE PER Henri Poincaré
MACH PER Ernst Mach
HUME PER David Hume
MILLIKAN PER Millikan
MILITARISM MISC patriotic militarism
RESISTWAR MISC resistance to war
CIVRIGHTSAA MISC civil rights of African Americans
CIVRIGHTS MISC civil rights
SOCIALISM MISC socialism
CAPITALISM MISC capitalism
GLOBGOV MISC democratic global government
PERSGOD MISC personal god
LIGHTQ MISC light quanta
PLANCK PER Max Planck
BOHR PER Niels Bohr
DEBROGLIE PER Louis de Broglie
SCHRODINGER PER Erwin Schrödinger
PSEUDOT MISC pseudotensors
---
EINSTEIN adv NWRESEARCH :: engage in its own nuclear weapons research
EINSTEIN sup ALLIED :: Einstein supported defending the Allied forces
EINSTEIN opp FISSIONWEAPON :: largely denounced the idea of using the newly
EINSTEIN infl POINCARE :: which influenced his scientific and philosophical outlook
EINSTEIN infl MACH :: which influenced his scientific and philosophical outlook
EINSTEIN infl HUME :: which influenced his scientific and philosophical outlook
MILLIKAN sup MILITARISM :: had a penchant for patriotic militarism
EINSTEIN adv RESISTWAR :: he called for resistance to war
EINSTEIN adv CIVRIGHTSAA :: where he campaigned for the civil rights of African Americans
EINSTEIN sup CIVRIGHTS :: Einstein's support for civil rights
EINSTEIN sup SOCIALISM :: Einstein's political view was in favor of socialism
EINSTEIN opp CAPITALISM :: Einstein's political view was in favor of socialism
EINSTEIN adv GLOBGOV :: He strongly advocated the idea of a democratic global government
EINSTEIN opp PERSGOD :: but not in a personal god, a belief he criticized
PLANCK opp LIGHTQ :: Einstein's light quanta were nearly universally rejected
BOHR opp LIGHTQ :: Einstein's light quanta were nearly universally rejected
EINSTEIN sup DEBROGLIE :: Einstein discovered Louis de Broglie's work, and supported his ideas
SCHRODINGER opp PSEUDOT :: was heavily criticized in 1917 by Erwin Schrödinger
""",
r"""
@title Afghanistan
HOTAK PER Mirwais Hotak
SAFAVIDS ORG Safavids
BRITISH ORG British
SIKHS ORG Sikhs
MUJAHIDEEN ORG mujahideen
COMMGOV ORG communist government
PAKGOV ORG Pakistani government
SOVIET ORG Soviet Union | Soviet
PDPA ORG PDPA government
USA LOC United States
DOSTUM PER Dostum
HEKMATYAR PER Hekmatyar
MUSHARRAF PER Pervez Musharraf
TALIBAN ORG Taliban
NA ORG Northern Alliance
ISAF ORG ISAF
PEACETALKS MISC peace talks
INDIA LOC India
PRIVINV MISC private investments
---
HOTAK opp SAFAVIDS :: successfully rebelled against the Safavids
BRITISH sup SIKHS :: the British-backed Sikhs
MUJAHIDEEN opp COMMGOV :: opponents of the communist government launched an uprising
PAKGOV sup MUJAHIDEEN :: The Pakistani government provided these rebels
SOVIET sup PDPA :: sent thousands of military advisers to support the PDPA
USA sup MUJAHIDEEN :: The United States had been supporting anti-Soviet Afghan mujahideen
MUJAHIDEEN opp SOVIET :: The United States had been supporting anti-Soviet Afghan mujahideen
DOSTUM sup HEKMATYAR :: who had created an alliance with Hekmatyar
MUSHARRAF sup TALIBAN :: began sending thousands of Pakistanis to help the Taliban
MUSHARRAF opp NA :: began sending thousands of Pakistanis to help the Taliban
USA sup NA :: The United States began working with the Northern Alliance
USA opp TALIBAN :: The United States began working with the Northern Alliance
ISAF opp TALIBAN :: ISAF and Afghan troops led many offensives against the Taliban
TALIBAN sup PEACETALKS :: finally decided to back the peace talks
INDIA adv PRIVINV :: India advocated for private investments
""",
r"""
@title Albania
ROME ORG Rome
ILLYRIA ORG Illyria
SKANDERBEG PER Skanderbeg
OTTOMANS ORG Ottomans | Ottoman
NAPLES ORG Naples
PAPACY ORG Papacy
VENICE ORG Venice
RAGUSA ORG Ragusa
PRIZREN ORG League of Prizren
MUSLIMSOL MISC Muslim solidarity
GREEKPOP ORG local Greek population
INCORP MISC incorporation to Albania
PEASANTS ORG Albanian peasants
REGIME ORG new Albanian regime
ITALYFASC ORG fascist regime in Italy
KINGDOM ORG kingdom
BALLI ORG Balli Kombetar
NATIONALISM MISC nationalist
ITALY LOC Italy
GERMANS ORG Germans
NLM ORG National Liberation Movement of Albania
COMMPARTY ORG Communist party
NATIONALISTS ORG nationalists
HOXHADICT ORG Hoxha dictatorship
RELIGION MISC religion
OFFICIALS ORG government officials
PONZI MISC Ponzi pyramid banking schemes
INVESTORS ORG investors
GOVERNMENT ORG government
HOXHAREG ORG totalitarian regime of Enver Hoxha
RAILWAY MISC railway system
MINORITIES ORG Macedonian and some Greek minority groups
ART20 MISC Article 20 of the Census law
TOPTANI PER Said Toptani
PROTESTANTISM MISC Protestantism
VUSH ORG VUSh
FEUDS MISC blood feuds
OTTOMANS @ctx coalition against the Ottomans
OTTOMANS @ctx At first the Ottoman authorities supported
OTTOMANS @ctx The Ottomans favoured and protected
KINGDOM @ctx The kingdom was supported by the fascist regime
NATIONALISTS @ctx against the nationalists to eliminate its rivals
GOVERNMENT @ctx peaceful protests against the government
---
ROME opp ILLYRIA :: Rome declared war on Illyria
SKANDERBEG opp OTTOMANS :: to create a European coalition against the Ottomans
NAPLES sup SKANDERBEG :: some support in the form of money and military aid
PAPACY sup SKANDERBEG :: some support in the form of money and military aid
VENICE sup SKANDERBEG :: some support in the form of money and military aid
RAGUSA sup SKANDERBEG :: some support in the form of money and military aid
OTTOMANS sup PRIZREN :: At first the Ottoman authorities supported
OTTOMANS sup MUSLIMSOL :: The Ottomans favoured and protected Muslim solidarity
GREEKPOP opp INCORP :: by the local Greek population against incorporation to Albania
PEASANTS opp REGIME :: the revolt of Albanian peasants against the new Albanian regime
ITALYFASC sup KINGDOM :: The kingdom was supported by the fascist regime
BALLI ideo NATIONALISM :: The nationalist Balli Kombetar
BALLI opp ITALY :: which had fought against Italy
BALLI sup GERMANS :: side by side with the Germans fought against
BALLI opp NLM :: side by side with the Germans fought against
COMMPARTY opp NATIONALISTS :: sent forces to northern Albania against the nationalists
HOXHADICT opp RELIGION :: The Hoxha dictatorship's anti-religion crusade
OFFICIALS sup PONZI :: which were widely supported by government officials
INVESTORS opp GOVERNMENT :: initially peaceful protests against the government
HOXHAREG sup RAILWAY :: The railway system was extensively promoted
MINORITIES opp ART20 :: have sharply criticized Article 20
TOPTANI adv PROTESTANTISM :: returned to Tirana and preached Protestantism
VUSH opp FEUDS :: VUSh organizes marches in Tirana including one against blood feuds
""",
r"""
@title Azerbaijan
ARMENIA LOC Armenia
KARABAKH ORG ethnic Armenian majority of Nagorno-Karabakh
HUSEYNOV PER Surat Huseynov | Huseynov
ALIYEV PER Heydar Aliyev | Aliyev
JAVADOV PER Rovshan Javadov
POP MISC Azerbaijani pop music
WEST MISC Western
ALIYEV @ctx military coup against Heydar Aliyev
ALIYEV @ctx another coup was attempted against Aliyev
---
ARMENIA sup KARABAKH :: backed by Armenia
HUSEYNOV opp ALIYEV :: attempted another military coup against Heydar Aliyev
JAVADOV opp ALIYEV :: another coup was attempted against Aliyev
POP infl WEST :: Western-influenced Azerbaijani pop music
""",
r"""
@title Aikido
@te AIKIDO
AIKIDO MISC aikido | Aikido
DAITO MISC Daitō-ryū
UESHIBA PER Ueshiba
DEGUCHI PER Onisaburo Deguchi
---
AIKIDO infl DAITO :: The art of Daitō-ryū is the primary technical influence on aikido
UESHIBA infl DEGUCHI :: he met and was profoundly influenced by Onisaburo Deguchi
""",
r"""
@title Art
@te ART
ART MISC art | Art
ARISTOTLE PER Aristotle
PLATO PER Plato
ISLART MISC Islamic art
ICONOGRAPHY MISC iconography
WOODBLOCK MISC Japanese woodblock prints
RENAISSANCE MISC Western Renaissance draftsmanship
IMPRESSIONISM MISC Impressionism
RUSKIN PER John Ruskin
TURNER PER J. M. W. Turner
WIMSATT PER William K. Wimsatt | Wimsatt
BEARDSLEY PER Monroe Beardsley | Beardsley
INTENTION MISC relevance of an author's intention
FISH PER Stanley Fish | Fish
DAILYMAIL ORG Daily Mail
HIRST PER Hirst
EMIN PER Emin
STUCKISTS ORG Stuckists
ANTIART MISC Anti-art
ART @ctx with Aristotle strongly supporting art in general
---
ARISTOTLE sup ART :: with Aristotle strongly supporting art in general
PLATO opp ART :: Plato generally being opposed to its relative importance
ISLART opp ICONOGRAPHY :: Islamic art's rejection of iconography
WOODBLOCK infl RENAISSANCE :: themselves influenced by Western Renaissance draftsmanship
IMPRESSIONISM infl WOODBLOCK :: had an immense influence on Impressionism
RUSKIN sup TURNER :: who championed what he saw as the naturalism
WIMSATT opp INTENTION :: in which they argued strongly against the relevance
BEARDSLEY opp INTENTION :: in which they argued strongly against the relevance
FISH opp WIMSATT :: Fish criticizes Wimsatt and Beardsley
FISH opp BEARDSLEY :: Fish criticizes Wimsatt and Beardsley
DAILYMAIL opp HIRST :: when the Daily Mail criticized Hirst's and Emin's work
DAILYMAIL opp EMIN :: when the Daily Mail criticized Hirst's and Emin's work
STUCKISTS opp ANTIART :: though it is a form still rejected by the Stuckists
""",
r"""
@title Abortion
@te ABORTION
ABORTION MISC abortion
PHO ORG public health organizations
LEGAL MISC legalization of abortion
ACCESS MISC access to reproductive-health services
AMA ORG American Medical Association
LIBLAWS MISC liberalization of abortion laws
ARISTOTLE PER Aristotle
INFANTICIDE MISC infanticide
SIXTUS PER Pope Sixtus V
CATHOLIC ORG Catholic Church
ANTIGROUPS ORG Anti-abortion groups
RESTRICT MISC legal restrictions
RIGHTSGROUPS ORG abortion rights groups
PACE MISC PACE resolution
DISCRIM MISC discrimination against the girl child
SONPREF MISC son preference
DANZE PER Chris Danze
PPFAC MISC Planned Parenthood facility
---
PHO adv LEGAL :: public health organizations have generally advocated
PHO adv ACCESS :: public health organizations have generally advocated
AMA sup LIBLAWS :: the American Medical Association publicly supported
ARISTOTLE opp INFANTICIDE :: condemns infanticide as a means of population control
SIXTUS opp ABORTION :: was the first Pope to declare that abortion is homicide
CATHOLIC opp ABORTION :: did not begin vigorously opposing abortion until the 19th century
ANTIGROUPS sup RESTRICT :: Anti-abortion groups who favor greater legal restrictions
RIGHTSGROUPS opp RESTRICT :: abortion rights groups who are against such legal restrictions
PACE opp DISCRIM :: conditions which were also condemned by a PACE resolution
PACE opp SONPREF :: conditions which were also condemned by a PACE resolution
DANZE opp PPFAC :: to prevent the construction of a Planned Parenthood facility
""",
r"""
@title American Revolutionary War
@te ARW
ARW MISC American Revolutionary War
FRANCE LOC France | French
USA LOC United States
AMERICANS ORG Americans
TAXES MISC taxes
COLONIES12 ORG Twelve other colonies
MASS LOC Massachusetts
CONGRESS ORG Continental Congress | Congress
INDEP MISC independence
SPAIN LOC Spain
BRITPARL ORG British Parliament | Parliament
SPOKESMEN ORG American spokesmen
STAMPACT MISC Stamp Act
TOWNSHEND MISC Townshend Act
PLANUNION MISC Plan of Union
SUFFOLK MISC Suffolk Resolves
NORTHPROP MISC proposal
WHIGS ORG Whigs
LENIENT MISC lenient treatment of the colonists
TORIES ORG Tories
RIGHTSPARL MISC rights of Parliament
PATRIOTCAUSE MISC American Patriot cause
NORTHGOV ORG Lord North's Tory government
ALLEN PER Allen
ARNOLD PER Arnold
QUEBECINV MISC invasion of Quebec
MOBS ORG angry mobs
PATRIOTS ORG Patriots
OLIVE MISC Olive Branch Petition
NORTH PER North
KING PER King George III | king
IRISHPROT ORG Irish Protestants
CATHEST ORG Catholic establishment
TREVILLE PER Latouche Tréville
JEFFERSON PER Thomas Jefferson
FRENCHALL MISC French alliance
ARANDA PER Aranda
COLONIES ORG Colonies
DUTCH LOC Dutch Republic
COLONISTS ORG colonists
BRITAIN LOC Britain | British
NATIVES ORG Native Americans
CLINTON PER Clinton
VACAMP MISC Virginia campaign
WASHINGTON PER Washington
ATTNY MISC attacking New York
LOYALISTS ORG Loyalists
HOWE PER William Howe
BURGOYNE PER John Burgoyne
MILSOL MISC military solutions
FOX PER Charles James Fox
BURKE PER Edmund Burke
BARRINGTON PER Lord Barrington
HARVEY PER Edward Harvey
WARONLAND MISC outright war on land
IROQUOIS ORG Iroquois tribes
CREEK ORG Creek
SEMINOLE ORG Seminole
KING @ctx The king himself took full control
KING @ctx The king vehemently rejected independence
KING @ctx Catholic establishment supported the king
KING @ctx King George III issued a Proclamation
---
FRANCE sup USA :: signed an alliance with the new nation in 1778 || after two years of semi-secret support
AMERICANS opp TAXES :: had its origins in the resistance of many Americans to taxes
COLONIES12 sup MASS :: Twelve other colonies supported Massachusetts
CONGRESS sup INDEP :: the Continental Congress formally voted for independence
SPAIN sup FRANCE :: Spain joined the war in 1779, as an ally of France || Spain entered the war as a French ally
BRITPARL opp ARW :: The defeat at Yorktown finally turned the British Parliament against the war
SPOKESMEN opp STAMPACT :: This was met with strong condemnation among American spokesmen
AMERICANS opp TOWNSHEND :: The Americans quickly denounced this as illegal
CONGRESS opp PLANUNION :: The Congress rejected a "Plan of Union"
CONGRESS sup SUFFOLK :: they endorsed the Suffolk Resolves
CONGRESS opp NORTHPROP :: This proposal was nevertheless rejected by the Congress
WHIGS sup LENIENT :: The Whigs generally favored lenient treatment
TORIES sup RIGHTSPARL :: the Tories staunchly upheld the rights of Parliament
WHIGS sup PATRIOTCAUSE :: Many Whigs freely associated themselves with the American Patriot cause
WHIGS opp NORTHGOV :: a large Whig minority opposed it and constantly criticized its policies
ALLEN adv QUEBECINV :: combined with lobbying by both Allen and Arnold
ARNOLD adv QUEBECINV :: combined with lobbying by both Allen and Arnold
MOBS sup PATRIOTS :: were backed by angry mobs
BRITPARL opp OLIVE :: Parliament debated on whether to accept the petition
NORTH opp KING :: despite the opposition of top officials including the prime minister North
KING opp INDEP :: The king vehemently rejected independence
IRISHPROT opp ARW :: Most Irish Protestants were against the war and favored the Americans
IRISHPROT sup AMERICANS :: Most Irish Protestants were against the war and favored the Americans
CATHEST sup KING :: Catholic establishment supported the king
FRANCE sup AMERICANS :: the victory encouraged France to make an open alliance with the Americans
TREVILLE sup USA :: having provided supplies, ammunition and guns from France
JEFFERSON adv FRENCHALL :: after Thomas Jefferson encouraged a French alliance
ARANDA sup COLONIES :: he became an active supporter of the struggle of the fledgling Colonies
DUTCH sup COLONISTS :: which also had assisted the colonists since 1776
DUTCH opp BRITAIN :: declared war on Britain at the end of 1780
NATIVES sup BRITAIN :: Most Native Americans supported the British
BRITAIN sup NATIVES :: The British supplied their native allies
CLINTON opp VACAMP :: Cornwallis' Virginia campaign was strongly opposed by his superior
WASHINGTON adv ATTNY :: Washington still favored attacking New York
LOYALISTS sup BRITAIN :: At least 25,000 Loyalists fought on the side of the British || Loyalist forces fought alongside the British
HOWE opp MILSOL :: were members of parliament who opposed military solutions
BURGOYNE opp MILSOL :: were members of parliament who opposed military solutions
FOX opp MILSOL :: fiercely voicing their derision of pursuing military solutions
BURKE opp MILSOL :: fiercely voicing their derision of pursuing military solutions
BARRINGTON opp WARONLAND :: were both strongly opposed to outright war on land
HARVEY opp WARONLAND :: were both strongly opposed to outright war on land
NATIVES opp USA :: most Native Americans opposed the United States
IROQUOIS sup BRITAIN :: the Iroquois tribes that had sided with the British
CREEK sup BRITAIN :: Creek and Seminole allies of Britain fought against Americans
SEMINOLE sup BRITAIN :: Creek and Seminole allies of Britain fought against Americans
CREEK opp AMERICANS :: Creek and Seminole allies of Britain fought against Americans
SEMINOLE opp AMERICANS :: Creek and Seminole allies of Britain fought against Americans
""",
]


def main():
    if os.path.exists(ARTICLES):
        arts = [json.loads(l) for l in open(ARTICLES, encoding="utf-8")]
    else:
        arts = [
            {"title": r["title"], "text": r["text"]}
            for split in ("look", "measure")
            for r in map(json.loads, open(os.path.join(OUT_DIR, f"wikipedia-stance-{split}.jsonl"), encoding="utf-8"))
        ]
    titles = [a["title"] for a in arts]
    if len(set(titles)) != len(titles):
        die("duplicate titles in articles.jsonl")
    by_title = {}
    for b in ANNOTATIONS:
        t = [l[7:].strip() for l in b.split("\n") if l.startswith("@title ")]
        if len(t) != 1 or t[0] not in titles:
            die(f"annotation block with bad/unknown title {t}")
        if t[0] in by_title:
            die(f"two annotation blocks for {t[0]}")
        by_title[t[0]] = b
    order = sorted(arts, key=lambda a: hashlib.sha256(a["title"].encode("utf-8")).hexdigest())
    half = len(order) // 2
    split_of = {a["title"]: ("look" if i < half else "measure") for i, a in enumerate(order)}
    records, problems = {}, []
    for a in arts:
        ERRORS.clear()
        r = build_record(a, by_title.get(a["title"]))
        if ERRORS:
            problems.extend(ERRORS)
            continue
        r["split"] = split_of[a["title"]]
        records[a["title"]] = r
    if problems:
        die(f"{len(problems)} problem(s):\n  " + "\n  ".join(problems))
    counts = {}
    for split in ("look", "measure"):
        out = os.path.join(OUT_DIR, f"wikipedia-stance-{split}.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for a in order:
                r = records[a["title"]]
                if r["split"] != split:
                    continue
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
                for tr in r["triples"]:
                    counts[(split, tr["predicate"])] = counts.get((split, tr["predicate"]), 0) + 1
        n = sum(1 for r in records.values() if r["split"] == split)
        nt = sum(len(r["triples"]) for r in records.values() if r["split"] == split)
        na = sum(1 for r in records.values() if r["split"] == split and r["triples"])
        print(f"wrote {out}: {n} articles ({na} with triples), {nt} triples")
    preds = [p for p, _ in PRED.values()]
    print(f"{'predicate':20s} {'look':>6s} {'measure':>8s} {'total':>6s}")
    for p in preds:
        l, m = counts.get(("look", p), 0), counts.get(("measure", p), 0)
        print(f"{p:20s} {l:6d} {m:8d} {l + m:6d}")
    if "-v" in sys.argv:
        for a in order:
            r = records[a["title"]]
            for tr in r["triples"]:
                print(r["split"], "|", r["title"], "|", tr["subject"], "|", tr["predicate_label"], "|",
                      tr["object"], tr["evidence"])


if __name__ == "__main__":
    main()
