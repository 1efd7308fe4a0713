#!/usr/bin/env python3
"""Build the hand-made gold annotation for the example article.

The *content* below (entities, their surface names, and the triples) was written by a person reading
data/corpus/international-socialist-organization.txt sentence by sentence, listing every statement the
text makes. This script only does the mechanical part:

  * splits the text into sentences (rules below, checked by eye; see `split_sentences`),
  * locates every mention of every entity name by exact, case-sensitive string search,
  * maps each triple's evidence (given as quoted snippets of the text) to sentence indices,
  * checks everything and fails loudly (AssertionError / SystemExit) if any name or snippet is not
    found, is ambiguous where it must be unique, or mentions overlap unexpectedly,
  * writes data/gold/international-socialist-organization.jsonl (one JSON line, the record format of
    /work/shared/eval/README.md, plus an optional "qualifiers" object on triples).

Run from anywhere:  python3 data/gold/make_gold.py
Offsets are Python str indices (Unicode code points) into the file text, end exclusive.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOC_ID = "international-socialist-organization"
TEXT_PATH = os.path.join(ROOT, "data", "corpus", DOC_ID + ".txt")
OUT_PATH = os.path.join(HERE, DOC_ID + ".jsonl")


def die(msg):
    sys.exit("make_gold.py: ERROR: " + msg)


# --------------------------------------------------------------------------------------------------
# Entities. Each: key (used by triples below), type, names (every surface form used in the text; the
# first one is the canonical name), and optional:
#   contexts: a list of snippets, each occurring exactly once in the text; mentions are searched only
#             inside these snippets and the word-boundary check is skipped (used for the infobox
#             lines, where the field name is glued to the value, and for one adjectival mention).
#   nested:   True if this entity's mentions may sit inside another entity's mention.
# Otherwise every occurrence of every name is a mention, provided it is not glued to a letter or
# digit on either side, and is not strictly inside a longer mention (of this or another entity).
# Generic nominal references ("the organization", "the group", "the party") are not names: the
# scorer matches predictions against `names`, and "organization" is not a name of the ISO.
# --------------------------------------------------------------------------------------------------
ENTITIES = [
    # the article's own entity
    dict(key="ISO", type="ORG", names=["International Socialist Organization", "ISO"]),
    # infobox
    dict(key="SC", type="ORG", names=["Steering Committee", "Collective leadership"],
         contexts=["LeaderCollective leadership", "(Steering Committee)"]),
    dict(key="SW", type="MISC", names=["Socialist Worker"], contexts=["NewspaperSocialist Worker"]),
    dict(key="LEFT", type="MISC", names=["Left-wing"], contexts=["positionLeft-wing"]),
    # lead
    dict(key="US", type="LOC", names=["United States", "U.S."]),
    dict(key="MGROUP", type="MISC", names=["Marxist group"]),
    # "Marxist" in "a U.S. Marxist group" = the ideology; the other "Marxist"s belong to longer names
    dict(key="MARXISM", type="MISC", names=["Marxist"], contexts=["U.S. Marxist group"], nested=True),
    dict(key="Y1977", type="TIME", names=["1977"]),
    dict(key="Y2019", type="TIME", names=["2019"]),
    dict(key="LENINISM", type="MISC", names=["Leninist"]),
    dict(key="VANGUARD", type="MISC",
         names=["vanguard party", "revolutionary party", "revolutionary workers' party"]),
    dict(key="TROTSKYISM", type="MISC", names=["Trotskyist"]),
    dict(key="NSS", type="MISC", names=["nominally socialist states"]),
    dict(key="SFB", type="MISC", names=["socialism from below"]),
    dict(key="IST", type="ORG", names=["International Socialist Tendency", "IST"]),
    dict(key="DRAPER", type="PER", names=["Hal Draper"]),
    dict(key="CLIFF", type="PER", names=["Tony Cliff", "Cliff"]),
    dict(key="Y2001", type="TIME", names=["2001"]),
    dict(key="TWOPARTY", type="MISC", names=["two party system"]),
    # second paragraph
    dict(key="IRAQWAR", type="MISC", names=["Iraq War"]),
    dict(key="POLICE", type="MISC", names=["police brutality"]),
    dict(key="DEATHPEN", type="MISC", names=["death penalty"]),
    dict(key="STRIKES", type="MISC", names=["labor strikes"]),
    dict(key="Y2013", type="TIME", names=["2013"]),
    dict(key="N1500", type="NUM", names=["1500"]),
    # ideology section
    dict(key="CAPITALISM", type="MISC", names=["capitalism", "capitalist system"]),
    dict(key="SOCIALISM", type="MISC", names=["socialism"]),
    dict(key="FIRSTINT", type="ORG", names=["First International"]),
    dict(key="DEMPARTY", type="ORG", names=["Democratic Party"]),
    dict(key="STALINISM", type="MISC", names=["Stalinism"]),
    # "Soviet Bloc" and "Eastern Bloc" are two names of one thing (merged deliberately)
    dict(key="EASTBLOC", type="LOC", names=["Eastern Bloc", "Soviet Bloc"]),
    dict(key="CPS", type="ORG", names=["Communist Parties"]),
    dict(key="SFA", type="MISC", names=['socialism "from above"']),
    dict(key="TROTSKY", type="PER", names=["Leon Trotsky", "Trotsky"]),
    dict(key="SIOC", type="MISC", names=["socialism in one country"]),
    dict(key="USSR", type="LOC", names=["Soviet Union"]),
    dict(key="PRC", type="LOC", names=["People's Republic of China"]),
    dict(key="CUBA", type="LOC", names=["Cuba"]),
    dict(key="SWP", type="ORG", names=["Socialist Workers Party", "SWP"]),
    dict(key="BRITISH", type="LOC", names=["British"]),
    dict(key="STATECAP", type="MISC",
         names=["state capitalism", "State capitalist theory", "state capitalist"]),
    dict(key="DWS", type="MISC", names=["deformed workers' states"]),
    dict(key="REVBETRAYED", type="MISC", names=["The Revolution Betrayed"]),
    dict(key="LENIN", type="PER", names=["Vladimir Lenin"]),
    dict(key="DEMCENT", type="MISC", names=["democratic centralism"]),
    dict(key="REFORMS", type="MISC", names=["reforms"]),
    dict(key="NLM", type="MISC", names=["national liberation movements"]),
    dict(key="PALESTINE", type="LOC", names=["Palestine"]),
    dict(key="BDS", type="MISC", names=["Boycott, Divestment and Sanctions movement"]),
    dict(key="SYRIANREV", type="ORG", names=["Syrian revolutionary groups"]),
    dict(key="ASSAD", type="PER", names=["Bashar al-Assad"]),
    dict(key="SSM", type="MISC", names=["right of gays and lesbians to marry"]),
    dict(key="TRANS", type="MISC", names=["social validation of transgender identities"]),
    dict(key="SOCFEM", type="MISC", names=["socialist feminist"]),
    dict(key="BLACKFEM", type="MISC", names=["Black feminism"]),
    dict(key="INTERSECT", type="MISC", names=["intersectionality"]),
    dict(key="ORTHOMARX", type="MISC", names=["orthodox Marxist tradition"]),
    dict(key="POSTMOD", type="MISC", names=["postmodernism"]),
    dict(key="WESTMARX", type="MISC", names=["Western Marxist"]),
    dict(key="MARXHUM", type="MISC", names=["Marxist humanist"]),
]

LABELS = {
    "P17": "country",
    "P31": "instance of",
    "P50": "author",
    "P61": "discoverer or inventor",
    "P102": "member of political party",
    "P112": "founded by",
    "P123": "publisher",
    "P361": "part of",
    "P463": "member of",
    "P488": "chairperson",
    "P527": "has part",
    "P571": "inception",
    "P576": "dissolved, abolished or demolished",
    "P737": "influenced by",
    "P807": "separated from",
    "P1142": "political ideology",
    "P1387": "political alignment",
    "P2124": "member count",
    "P2813": "house publication",
    "textkg:advocates": "advocates",
    "textkg:supports": "supports",
    "textkg:opposes": "opposes",
    "textkg:open_to": "is open to",
}

# --------------------------------------------------------------------------------------------------
# Triples: (head key, predicate, tail key, [evidence snippets], qualifiers or None).
# Each evidence snippet must occur exactly once in the text; its sentence is the evidence sentence.
# Comments give the reading behind anything that is not a literal restatement.
# --------------------------------------------------------------------------------------------------
LEAD = "was a U.S. Marxist group that was founded in 1977"
TRIPLES = [
    # ---- infobox
    # "LeaderCollective leadership (Steering Committee)": the leader is a collective body.
    ("ISO", "P488", "SC", ["LeaderCollective leadership"], None),
    ("ISO", "P2813", "SW", ["NewspaperSocialist Worker"], None),
    # inverse of the house publication (an organisation's own newspaper is published by it)
    ("SW", "P123", "ISO", ["NewspaperSocialist Worker"], None),
    ("ISO", "P1387", "LEFT", ["positionLeft-wing"], None),
    # ("International affiliation" has no value in the text: nothing annotated from it.)

    # ---- lead
    ("ISO", "P17", "US", [LEAD, "the largest revolutionary socialist group in the United States"], None),
    ("ISO", "P31", "MGROUP", [LEAD], None),
    ("ISO", "P1142", "MARXISM", [LEAD], None),
    ("ISO", "P571", "Y1977", [LEAD], None),
    ("ISO", "P576", "Y2019", [LEAD], None),
    ("ISO", "P1142", "LENINISM", ["held Leninist positions on imperialism"], None),
    # positions on "the role of a vanguard party"; aims "to build a new vanguard party"
    ("ISO", "textkg:advocates", "VANGUARD",
     ["held Leninist positions on imperialism", "in order to build a new vanguard party"], None),
    ("ISO", "P1142", "TROTSKYISM", ["held a Trotskyist critique"], None),
    ("ISO", "textkg:opposes", "NSS", ["held a Trotskyist critique"], None),
    ("ISO", "textkg:advocates", "SFB", ["the organization advocated the tradition of"], None),
    # "Initially founded as a section of the International Socialist Tendency ... broke from the IST
    # in 2001": "section of" read literally as part of; P463 is how Wikidata records a national
    # party's membership of an international; P527 is the inverse of P361.
    ("ISO", "P361", "IST", ["Initially founded as a section of"], {"P582": "2001"}),
    ("ISO", "P463", "IST", ["Initially founded as a section of"], {"P582": "2001"}),
    ("IST", "P527", "ISO", ["Initially founded as a section of"], {"P582": "2001"}),
    ("ISO", "P807", "IST",
     ["It broke from the IST in 2001", "After the split with the International Socialist Tendency"],
     {"P585": "2001"}),
    ("ISO", "P737", "DRAPER", ["strongly influenced by the perspectives"], None),
    ("ISO", "P737", "CLIFF",
     ["strongly influenced by the perspectives", "tended to follow Cliff's view"], None),
    # "advocated independence from the U.S. two party system"
    ("ISO", "textkg:opposes", "TWOPARTY", ["advocated independence from the U.S. two party"], None),
    ("TWOPARTY", "P17", "US", ["advocated independence from the U.S. two party"], None),

    # ---- second paragraph ("Branches also took part in activism against ...")
    ("ISO", "textkg:opposes", "IRAQWAR", ["activism against the Iraq War"], None),
    ("ISO", "textkg:opposes", "POLICE", ["activism against the Iraq War"], None),
    ("ISO", "textkg:opposes", "DEATHPEN", ["activism against the Iraq War"], None),
    # "took part ... in labor strikes"
    ("ISO", "textkg:supports", "STRIKES", ["activism against the Iraq War"], None),
    ("ISO", "P2124", "N1500", ["At its peak in 2013"], {"P585": "2013"}),

    # ---- ideology
    ("ISO", "textkg:opposes", "CAPITALISM",
     ["advocated replacing the capitalist system", "until the overthrow of capitalism"], None),
    ("ISO", "textkg:advocates", "SOCIALISM",
     ["advocated replacing the capitalist system", "until the overthrow of capitalism"], None),
    ("ISO", "P1142", "SFB", ["referred to their beliefs as"], None),
    # "a term attributed to Hal Draper"
    ("SFB", "P61", "DRAPER", ["referred to their beliefs as"], None),
    # "This concept can also be traced back to the rules of the First International"
    ("SFB", "P737", "FIRSTINT", ["can also be traced back to the rules"], None),
    # "distinguishing themselves from ... what they disparagingly term Stalinism"
    ("ISO", "textkg:opposes", "STALINISM", ["what they disparagingly term Stalinism"], None),
    # "These are seen as advocating socialism 'from above'" (These = the forms of Stalinism)
    ("STALINISM", "textkg:advocates", "SFA", ["These are seen as advocating"], None),
    # socialism from below is advocated "in contrast"; from-above politics are what ISO
    # distinguished itself from
    ("ISO", "textkg:opposes", "SFA",
     ["what they disparagingly term Stalinism", "These are seen as advocating"], None),
    # "They agreed with Leon Trotsky that socialism in one country is an impossibility."
    ("ISO", "textkg:opposes", "SIOC", ["They agreed with Leon Trotsky"], None),
    ("TROTSKY", "textkg:opposes", "SIOC", ["They agreed with Leon Trotsky"], None),

    # ---- SWP / state capitalism
    # "Some of the political theories adopted by the ISO had been developed in the British SWP"
    ("ISO", "P737", "SWP", ["Some of the political theories adopted"], None),
    ("SWP", "P17", "BRITISH", ["Some of the political theories adopted"], None),
    ("SWP", "P112", "CLIFF", ["Some of the political theories adopted"], None),
    # entailed by "Tony Cliff, the party's founder"
    ("CLIFF", "P102", "SWP", ["Some of the political theories adopted"], None),
    # '"state capitalism" developed by Tony Cliff'
    ("STATECAP", "P61", "CLIFF", ["Some of the political theories adopted"], None),
    # adopted the theory; "tended to follow Cliff's view of these governments as state capitalist"
    ("ISO", "textkg:advocates", "STATECAP",
     ["Some of the political theories adopted", "tended to follow Cliff's view"], None),
    # "the 'deformed workers' states' that Trotsky maintained they were in The Revolution Betrayed"
    ("REVBETRAYED", "P50", "TROTSKY", ["that Trotsky maintained they were"], None),
    ("TROTSKY", "textkg:advocates", "DWS", ["that Trotsky maintained they were"], None),

    # ---- Lenin / party
    # "Following Vladimir Lenin, the organization believed the creation of a revolutionary
    # workers' party was necessary"
    ("ISO", "P737", "LENIN", ["Following Vladimir Lenin"], None),
    ("LENIN", "textkg:advocates", "VANGUARD", ["Following Vladimir Lenin"], None),
    # "it aimed for a Leninist principle of democratic centralism"
    ("ISO", "textkg:advocates", "DEMCENT", ["aimed for a Leninist principle"], None),
    ("DEMCENT", "P361", "LENINISM", ["aimed for a Leninist principle"], None),
    # "The ISO supported struggles for economic, political, and social reforms"
    ("ISO", "textkg:supports", "REFORMS",
     ["The ISO supported struggles for economic", "help to win reforms"], None),

    # ---- causes
    ("ISO", "textkg:supports", "NLM", ["offered critical support to national"], None),
    # "advocated solidarity with Palestine"
    ("ISO", "textkg:supports", "PALESTINE", ["advocated solidarity with Palestine"], None),
    ("ISO", "textkg:supports", "BDS", ["advocated solidarity with Palestine"], None),
    ("ISO", "textkg:supports", "SYRIANREV", ["ISO also supported Syrian"], None),
    # "Syrian revolutionary groups against Bashar al-Assad"; ISO backed them in that
    ("SYRIANREV", "textkg:opposes", "ASSAD", ["ISO also supported Syrian"], None),
    ("ISO", "textkg:opposes", "ASSAD", ["ISO also supported Syrian"], None),
    ("ISO", "textkg:advocates", "SSM", ["advocated the right of gays"], None),
    ("ISO", "textkg:advocates", "TRANS", ["advocated the right of gays"], None),
    # "more strongly aligned with socialist feminist ideas and particularly Black feminism and
    # intersectionality" (in its final years; no date given)
    ("ISO", "P1142", "SOCFEM", ["more strongly aligned with socialist"], None),
    ("ISO", "P1142", "BLACKFEM", ["more strongly aligned with socialist"], None),
    ("ISO", "P1142", "INTERSECT", ["more strongly aligned with socialist"], None),
    # "defended the orthodox Marxist tradition from postmodernism"
    ("ISO", "P1142", "ORTHOMARX", ["defended the orthodox Marxist"], None),
    ("ISO", "textkg:opposes", "POSTMOD", ["defended the orthodox Marxist"], None),
    # "ISO was somewhat open to Western Marxist and Marxist humanist thinkers" (weaker than support)
    ("ISO", "textkg:open_to", "WESTMARX", ["somewhat open to Western"], None),
    ("ISO", "textkg:open_to", "MARXHUM", ["somewhat open to Western"], None),
]

# --------------------------------------------------------------------------------------------------


def split_sentences(text):
    """Sentence spans (start, end), end exclusive, no leading/trailing white space.

    Rules: every line is split separately (the infobox lines are one "sentence" each, except that a
    line starting with "(" continues the previous infobox field: "LeaderCollective leadership" /
    "(Steering Committee)"). Inside a line a sentence ends at . ! or ? followed by optional closing
    quotes and citation marks like "[6]" and then white space, unless the word ending there is an
    abbreviation (U.S., i.e.). Blank lines are skipped.
    """
    abbrev = ("U.S.", "i.e.", "e.g.")
    spans = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if line.startswith("(") and spans:
            spans[-1] = (spans[-1][0], end)
            continue
        s = start
        for m in re.finditer(r"[.!?][\"']?(?:\[\d+\])*(?=\s)", line):
            e = start + m.end()
            word = text[s:start + m.start() + 1].split()[-1]
            if any(word.endswith(a) for a in abbrev):
                continue
            spans.append((s, e))
            s = e
            while s < end and text[s].isspace():
                s += 1
        if s < end:
            spans.append((s, end))
    for a, b in spans:
        assert text[a:b] == text[a:b].strip() and a < b, (a, b)
    return spans


def find_all(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def find_unique(text, sub, what):
    hits = find_all(text, sub)
    if len(hits) != 1:
        die(f"{what} {sub!r} occurs {len(hits)} times in the text (must be exactly once)")
    return hits[0]


def glued(text, a, b):
    return (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum())


def main():
    text = open(TEXT_PATH, encoding="utf-8").read()
    sents = split_sentences(text)

    def sent_of(a, b):
        for i, (s, e) in enumerate(sents):
            if s <= a and b <= e:
                return i
        die(f"span {a}-{b} {text[a:b]!r} is not inside one sentence")

    keys = [e["key"] for e in ENTITIES]
    if len(set(keys)) != len(keys):
        die("duplicate entity keys")

    # 1. candidate mentions
    cands = []  # (start, end, key, explicit)
    for ent in ENTITIES:
        for name in ent["names"]:
            if not find_all(text, name):
                die(f"name {name!r} of entity {ent['key']} does not occur in the text")
        if "contexts" in ent:
            for ctx in ent["contexts"]:
                c0 = find_unique(text, ctx, f"context of {ent['key']}")
                hit = [(c0 + i, c0 + i + len(n)) for n in ent["names"] for i in find_all(ctx, n)]
                if not hit:
                    die(f"no name of {ent['key']} inside its context {ctx!r}")
                hit.sort(key=lambda x: (x[0], -(x[1] - x[0])))
                cands.append((hit[0][0], hit[0][1], ent["key"], True))
        else:
            for name in ent["names"]:
                for a in find_all(text, name):
                    b = a + len(name)
                    if not glued(text, a, b):
                        cands.append((a, b, ent["key"], False))

    # 2. drop mentions strictly inside a longer mention (unless the entity is marked nested)
    nested = {e["key"] for e in ENTITIES if e.get("nested")}
    kept = []
    for a, b, k, expl in cands:
        inside = any(a2 <= a and b <= b2 and (a2, b2) != (a, b)
                     for a2, b2, k2, _ in cands)
        if inside and k not in nested:
            continue
        kept.append((a, b, k, expl))
    kept = sorted(set(kept))

    # 3. no two remaining mentions may overlap, except nested ones inside another mention
    for i, (a, b, k, _) in enumerate(kept):
        for a2, b2, k2, _ in kept[i + 1:]:
            if a2 >= b:
                break
            if k in nested or k2 in nested:
                continue
            die(f"overlapping mentions {text[a:b]!r} ({k}) and {text[a2:b2]!r} ({k2})")
        if (a, b) in [(x[0], x[1]) for x in kept if x[2] != k]:
            die(f"span {text[a:b]!r} assigned to two entities")

    mentions = {k: [] for k in keys}
    for a, b, k, _ in kept:
        mentions[k].append((a, b))
    for k in keys:
        if not mentions[k]:
            die(f"entity {k} ended up with no mentions")
        found = {text[a:b] for a, b in mentions[k]}
        ent = next(e for e in ENTITIES if e["key"] == k)
        for name in ent["names"]:
            if name not in found:
                die(f"name {name!r} of {k} has no surviving mention (all inside other mentions?)")

    # 4. order entities by first mention; the title entity first mention is at offset 0
    order = sorted(keys, key=lambda k: mentions[k][0])
    idx = {k: i for i, k in enumerate(order)}
    by_key = {e["key"]: e for e in ENTITIES}
    entities = []
    for k in order:
        e = by_key[k]
        entities.append({
            "id": idx[k],
            "names": e["names"],
            "type": e["type"],
            "canonical": e["names"][0],
            "mentions": [{"start": a, "end": b, "sent": sent_of(a, b)} for a, b in mentions[k]],
        })

    # 5. triples
    triples = []
    seen = set()
    for h, p, t, ev, qual in TRIPLES:
        if h not in idx or t not in idx:
            die(f"triple {h} {p} {t}: unknown entity key")
        if p not in LABELS:
            die(f"no label for predicate {p}")
        if (h, p, t) in seen:
            die(f"duplicate triple {h} {p} {t}")
        seen.add((h, p, t))
        evidence = sorted({sent_of(find_unique(text, s, "evidence snippet"),
                                   find_unique(text, s, "evidence snippet") + len(s)) for s in ev})
        rec = {
            "subject": by_key[h]["names"][0],
            "predicate": p,
            "predicate_label": LABELS[p],
            "object": by_key[t]["names"][0],
            "h": idx[h],
            "t": idx[t],
            "evidence": evidence,
        }
        if qual:
            for qv in qual.values():
                if not find_all(text, qv):
                    die(f"qualifier value {qv!r} not in text")
            rec["qualifiers"] = qual
        triples.append(rec)

    record = {
        "id": DOC_ID,
        "title": "International Socialist Organization",
        "split": "gold",
        "text": text,
        "sentences": [[a, b] for a, b in sents],
        "entities": entities,
        "triples": triples,
        "title_entity": idx["ISO"],
        "title_entity_method": "manual",
    }
    # final self-checks
    for e in entities:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] in e["names"], (e["canonical"], m)
        for n in e["names"]:
            assert n in text, n
    assert record["title_entity"] == 0

    with open(OUT_PATH, "w", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")

    if "-v" in sys.argv:
        for i, (a, b) in enumerate(sents):
            print(f"S{i:2d} [{a},{b}] {text[a:b]!r}")
        for e in entities:
            print(e["id"], e["type"], e["canonical"], e["names"],
                  [(text[m['start']:m['end']], m["sent"]) for m in e["mentions"]])
        for tr in triples:
            print(tr["subject"], "|", tr["predicate"], tr["predicate_label"], "|", tr["object"],
                  tr["evidence"], tr.get("qualifiers", ""))
    print(f"wrote {OUT_PATH}: {len(sents)} sentences, {len(entities)} entities, "
          f"{sum(len(e['mentions']) for e in entities)} mentions, {len(triples)} triples")


if __name__ == "__main__":
    main()
