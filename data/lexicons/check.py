#!/usr/bin/env python3
"""Validate the hand-written lexicons in this directory.

Usage: python3 data/lexicons/check.py [-v]

Checks every file for: UTF-8 (NFC, no BOM, no CR), the exact header line,
the right number of TAB-separated fields, no stray spaces (leading,
trailing or doubled) in any field or list item, no empty or repeated list
items, allowed enum values, unique keys, and sort order.  places.tsv is
also checked for part_of references and label/alias consistency, with
geo/hand_places.tsv (the hand-written rows that the generated
geo/places.tsv covers), and geo/places.tsv lightly (ids, part_of).

Exit status 0 when all files pass, 1 otherwise.  With -v, also lists
surface forms (aliases) shared by several places, which are legitimate
but ambiguous.
"""

import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

PLACE_TYPES = ["Continent", "Region", "Country", "State", "City"]
IDEOLOGY_KINDS = ["political", "economic", "religious", "philosophical", "artistic"]
HEAD_TYPES = (
    "Organization PoliticalParty Periodical Movement Committee EducationalInstitution "
    "Company SportsTeam Band GovernmentAgency MilitaryUnit Place City AdministrativeRegion "
    "BodyOfWater Mountain Island Building Event War CreativeWork Film Album Song Book TVSeries "
    "VideoGame Award Ideology Language EthnicGroup"
).split()
POSITIONS = ["head", "first", "any"]
TITLE_KINDS = ["honorific", "office", "military", "religious", "nobility"]
NAMES_HEADER = "# given names common in English-language encyclopedia text"

# Sort key shared by all files: accent-folded, case-folded text, then the raw text.
_SPECIAL = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss",
    "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "œ": "oe", "Œ": "Oe", "ʻ": "'", "ʿ": "'", "ʾ": "'", "’": "'", "‘": "'",
    "–": "-", "—": "-",
}


def fold(s):
    s = "".join(_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def sortkey(s):
    return (fold(s).casefold(), s)


class Checker:
    def __init__(self):
        self.errors = []
        self.info = []

    def err(self, fname, lineno, msg):
        self.errors.append(f"{fname}:{lineno}: {msg}")

    def read(self, fname):
        """Return the file's lines (without newline) or None if unreadable."""
        path = os.path.join(HERE, fname)
        try:
            raw = open(path, "rb").read()
        except OSError as e:
            self.err(fname, 0, f"cannot read: {e}")
            return None
        if raw.startswith(b"\xef\xbb\xbf"):
            self.err(fname, 1, "has a UTF-8 BOM")
        if b"\r" in raw:
            self.err(fname, 0, "contains CR characters")
        if not raw.endswith(b"\n"):
            self.err(fname, 0, "does not end with a newline")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.err(fname, 0, f"not UTF-8: {e}")
            return None
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for i, line in enumerate(lines, 1):
            if unicodedata.normalize("NFC", line) != line:
                self.err(fname, i, "not in Unicode NFC")
            if line.strip() == "":
                self.err(fname, i, "blank line")
        return lines

    def text_ok(self, fname, lineno, what, s, allow_empty=False):
        if s == "":
            if not allow_empty:
                self.err(fname, lineno, f"empty {what}")
            return
        if s != s.strip():
            self.err(fname, lineno, f"{what} {s!r} has leading/trailing whitespace")
        if "  " in s:
            self.err(fname, lineno, f"{what} {s!r} has doubled spaces")
        if any(c in s for c in "\t\r\n") or any(unicodedata.category(c) == "Cc" for c in s):
            self.err(fname, lineno, f"{what} {s!r} has control characters")
        if "\u00a0" in s:
            self.err(fname, lineno, f"{what} {s!r} has a no-break space")

    def list_ok(self, fname, lineno, what, field):
        """Validate a '|'-separated list field; return its items."""
        if field == "":
            return []
        items = field.split("|")
        seen = set()
        for it in items:
            self.text_ok(fname, lineno, what + " item", it)
            if it in seen:
                self.err(fname, lineno, f"{what} item {it!r} repeated")
            seen.add(it)
        return items

    def tsv(self, fname, header):
        """Yield (lineno, fields) of a TSV file with the given header columns."""
        lines = self.read(fname)
        if lines is None:
            return []
        want = "#" + "\t".join(header)
        if not lines or lines[0] != want:
            self.err(fname, 1, f"header must be {want!r}")
            return []
        rows = []
        for i, line in enumerate(lines[1:], 2):
            if line.startswith("#"):
                self.err(fname, i, "comment lines are only allowed as the header")
                continue
            fields = line.split("\t")
            if len(fields) != len(header):
                self.err(fname, i, f"expected {len(header)} fields, found {len(fields)}")
                continue
            rows.append((i, fields))
        return rows

    def sorted_ok(self, fname, rows, key):
        prev = None
        for lineno, k in ((ln, key(f)) for ln, f in rows):
            if prev is not None and k < prev:
                self.err(fname, lineno, "out of order")
            prev = k

    # ---- places.tsv, geo/hand_places.tsv, geo/places.tsv -------------------
    def geo(self):
        """The generated geo/places.tsv, lightly (scripts/make-geo-lexicon --selftest checks it
        fully): 9 fields a row, unique ids, every part_of an id. Returns its labels, aliases
        and ids."""
        fname = "geo/places.tsv"
        lines = self.read(fname) or []
        ids, labels, names, parts = set(), set(), set(), []
        for i, line in enumerate(lines, 1):
            if line.startswith("#"):
                continue
            f = line.split("\t")
            if len(f) != 9:
                self.err(fname, i, f"expected 9 fields, found {len(f)}")
                continue
            if f[0] in ids:
                self.err(fname, i, f"duplicate id {f[0]!r}")
            ids.add(f[0])
            labels.add(f[1])
            names.update([f[1]] + [a for a in f[3].split("|") if a])
            if f[5]:
                parts.append((i, f[5]))
        for i, part in parts:
            if part not in ids:
                self.err(fname, i, f"part_of {part!r} is no id")
        return labels, names, ids

    def places(self):
        """The hand-written places: geo/hand_places.tsv (what the generator covers: its English
        names, aliases and demonyms) and places.tsv (the regions it does not cover, loaded by
        the extractor beside geo/places.tsv). Same format; labels unique across both."""
        geo_labels, geo_names, geo_ids = self.geo()
        labels = {}
        parsed = []
        for fname in ("geo/hand_places.tsv", "places.tsv"):
            rows = self.tsv(fname, ["label", "type", "aliases", "demonyms", "part_of"])
            for ln, (label, typ, aliases, demonyms, part_of) in rows:
                self.text_ok(fname, ln, "label", label)
                self.text_ok(fname, ln, "part_of", part_of, allow_empty=True)
                if typ not in PLACE_TYPES:
                    self.err(fname, ln, f"unknown type {typ!r}")
                if label in labels:
                    self.err(fname, ln, f"duplicate label {label!r} (first on {labels[label]})")
                labels[label] = f"{fname}:{ln}"
                al = self.list_ok(fname, ln, "alias", aliases)
                dl = self.list_ok(fname, ln, "demonym", demonyms)
                if label in al:
                    self.err(fname, ln, f"alias repeats the label {label!r}")
                parsed.append((fname, ln, label, typ, al, dl, part_of))
            self.sorted_ok(
                fname,
                rows,
                lambda f: (PLACE_TYPES.index(f[1]) if f[1] in PLACE_TYPES else 99, sortkey(f[0])),
            )
        surface = defaultdict(set)
        for fname, ln, label, typ, al, dl, part_of in parsed:
            for a in al:
                if a in labels:
                    self.err(fname, ln, f"alias {a!r} is the label of another row")
                surface[a].add(label)
            by_id = fname == "places.tsv" and part_of in geo_ids
            if part_of:
                if part_of == label:
                    self.err(fname, ln, "part_of refers to itself")
                elif part_of not in labels and not by_id:
                    self.err(fname, ln, f"part_of {part_of!r} is neither a hand-written label nor (in places.tsv) an id of geo/places.tsv")
            elif typ in ("State", "City"):
                self.err(fname, ln, f"a {typ} needs a part_of")
            if typ == "Continent" and part_of:
                self.err(fname, ln, "a Continent has no part_of")
            # Each row in the file of its role: covered rows in geo/hand_places.tsv, the others
            # in places.tsv (scripts/make-geo-lexicon -v lists the rows it does not cover).
            bare = re.sub(r" \(.*\)$", "", label)
            covered = label in geo_names or bare in geo_names or bare.split(", ")[0] in geo_names
            if fname == "places.tsv" and typ != "Region":
                self.err(fname, ln, f"{label!r}: geo/places.tsv covers every {typ}; it belongs in geo/hand_places.tsv")
            if fname == "places.tsv" and label in geo_labels:
                self.info.append(f"{fname}:{ln}: {label!r} also names another place in geo/places.tsv")
            if fname != "places.tsv" and not covered:
                self.err(fname, ln, f"{label!r}: geo/places.tsv has no row of this name; a region it does not cover belongs in places.tsv")
        # part_of chains must end (no cycles)
        parent = {label: part_of for _, _, label, _, _, _, part_of in parsed}
        for fname, ln, label, *_ in parsed:
            seen = {label}
            p = parent.get(label)
            while p:
                if p in seen:
                    self.err(fname, ln, f"part_of cycle through {label!r}")
                    break
                seen.add(p)
                p = parent.get(p)
        amb = {a: sorted(ls) for a, ls in surface.items() if len(ls) > 1}
        self.info.append(f"places: {len(amb)} aliases shared by several hand-written places")
        for a in sorted(amb, key=sortkey):
            self.info.append(f"  {a}: {' | '.join(amb[a])}")
        counts = defaultdict(int)
        for _, _, _, typ, *_ in parsed:
            counts[typ] += 1
        return len(parsed), ", ".join(f"{t} {counts[t]}" for t in PLACE_TYPES) + f"; geo/places.tsv {len(geo_ids)} rows"

    # ---- ideologies.tsv ---------------------------------------------------
    def ideologies(self):
        fname = "ideologies.tsv"
        rows = self.tsv(fname, ["label", "aliases", "kind"])
        labels = {}
        owner = {}
        counts = defaultdict(int)
        for ln, (label, aliases, kind) in rows:
            self.text_ok(fname, ln, "label", label)
            if kind not in IDEOLOGY_KINDS:
                self.err(fname, ln, f"unknown kind {kind!r}")
            counts[kind] += 1
            if label in labels:
                self.err(fname, ln, f"duplicate label {label!r}")
            labels[label] = ln
            for a in self.list_ok(fname, ln, "alias", aliases):
                if a == label:
                    self.err(fname, ln, "alias repeats the label")
                if a in owner and owner[a] != label:
                    self.err(fname, ln, f"alias {a!r} also belongs to {owner[a]!r}")
                owner[a] = label
        for a, label in owner.items():
            if a in labels and a != label:
                self.err(fname, labels[a], f"label {a!r} is also an alias of {label!r}")
        self.sorted_ok(fname, rows, lambda f: sortkey(f[0]))
        return len(rows), ", ".join(f"{k} {counts[k]}" for k in IDEOLOGY_KINDS)

    # ---- first_names.txt --------------------------------------------------
    def first_names(self):
        fname = "first_names.txt"
        lines = self.read(fname)
        if lines is None:
            return 0, ""
        if not lines or lines[0] != NAMES_HEADER:
            self.err(fname, 1, f"first line must be {NAMES_HEADER!r}")
        excluded = set()
        names = []
        in_header = True
        for i, line in enumerate(lines[1:], 2):
            if line.startswith("#"):
                if not in_header:
                    self.err(fname, i, "comment lines are only allowed at the top")
                m = re.match(r"# excluded[^:]*:(.*)$", line)
                if m:
                    excluded.update(m.group(1).split())
                continue
            in_header = False
            self.text_ok(fname, i, "name", line)
            if not re.fullmatch(r"[^\W\d_][\w'\-]*", line) or not line[0].isupper():
                self.err(fname, i, f"{line!r} is not a single capitalised name")
            if line in excluded:
                self.err(fname, i, f"{line!r} is listed as excluded")
            names.append((i, line))
        seen = {}
        for i, n in names:
            if n in seen:
                self.err(fname, i, f"duplicate name {n!r} (first on line {seen[n]})")
            seen[n] = i
        prev = None
        for i, n in names:
            if prev is not None and sortkey(n) < sortkey(prev):
                self.err(fname, i, "out of order")
            prev = n
        return len(names), f"{len(excluded)} excluded"

    # ---- head_words.tsv ---------------------------------------------------
    def head_words(self):
        fname = "head_words.tsv"
        rows = self.tsv(fname, ["word", "type", "position"])
        keys = {}
        counts = defaultdict(int)
        for ln, (word, typ, pos) in rows:
            self.text_ok(fname, ln, "word", word)
            if typ not in HEAD_TYPES:
                self.err(fname, ln, f"unknown type {typ!r}")
            if pos not in POSITIONS:
                self.err(fname, ln, f"unknown position {pos!r}")
            if (word, pos) in keys:
                self.err(fname, ln, f"duplicate word/position {word!r}/{pos} (line {keys[(word, pos)]})")
            keys[(word, pos)] = ln
            counts[typ] += 1
        for (word, pos), ln in keys.items():
            if pos == "any" and ((word, "head") in keys or (word, "first") in keys):
                self.err(fname, ln, f"{word!r} has position any and also head/first rows")
        self.sorted_ok(
            fname,
            rows,
            lambda f: (HEAD_TYPES.index(f[1]) if f[1] in HEAD_TYPES else 99, sortkey(f[0]), f[2]),
        )
        return len(rows), f"{len(counts)} types"

    # ---- titles.tsv -------------------------------------------------------
    def titles(self):
        fname = "titles.tsv"
        rows = self.tsv(fname, ["word", "kind"])
        seen = {}
        counts = defaultdict(int)
        for ln, (word, kind) in rows:
            self.text_ok(fname, ln, "word", word)
            if kind not in TITLE_KINDS:
                self.err(fname, ln, f"unknown kind {kind!r}")
            if word in seen:
                self.err(fname, ln, f"duplicate word {word!r} (line {seen[word]})")
            seen[word] = ln
            counts[kind] += 1
        self.sorted_ok(
            fname,
            rows,
            lambda f: (TITLE_KINDS.index(f[1]) if f[1] in TITLE_KINDS else 99, sortkey(f[0])),
        )
        return len(rows), ", ".join(f"{k} {counts[k]}" for k in TITLE_KINDS)


def main(argv):
    verbose = "-v" in argv[1:]
    c = Checker()
    report = [
        ("places.tsv + geo/hand_places.tsv", c.places()),
        ("ideologies.tsv", c.ideologies()),
        ("first_names.txt", c.first_names()),
        ("head_words.tsv", c.head_words()),
        ("titles.tsv", c.titles()),
    ]
    for fname, (n, detail) in report:
        print(f"{fname}: {n} rows ({detail})")
    if verbose:
        print("\n".join(c.info))
    if c.errors:
        print(f"\n{len(c.errors)} error(s):", file=sys.stderr)
        for e in c.errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("all lexicons OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
