#!/usr/bin/env python3
"""Split the Re-DocRED dev set once into a "look" half and a "measure" half.

Method (deterministic, no randomness):
  * read the source JSONL as raw bytes, one document per line;
  * sort the documents by the hex SHA-256 of their UTF-8 "id" field;
  * the first 250 in that order go to redocred-dev-look.jsonl,
    the remaining 250 to redocred-dev-measure.jsonl;
  * each output keeps the documents in their original source order, and every
    output line is the source line byte for byte (no re-serialisation).

Usage:
  python3 data/eval/split.py SOURCE.jsonl [OUTDIR]     # write both halves (refuses to overwrite)
  python3 data/eval/split.py --check SOURCE.jsonl [OUTDIR]  # re-derive and compare, write nothing

The source used for the committed split was /work/shared/eval/redocred-dev.jsonl
(500 lines, sha256 e938946d972b1b783b04d80d36a4dff244451461744a0e3957f610cd200adc83).
"""
import hashlib
import json
import os
import sys

N_LOOK = 250
LOOK = "redocred-dev-look.jsonl"
MEASURE = "redocred-dev-measure.jsonl"


def derive(source):
    with open(source, "rb") as f:
        lines = f.read().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    docs = []
    for i, raw in enumerate(lines):
        doc_id = json.loads(raw)["id"]
        docs.append((hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), i, doc_id, raw))
    ids = [d[2] for d in docs]
    if len(set(ids)) != len(ids):
        sys.exit("duplicate document ids in source")
    if len(docs) != 2 * N_LOOK:
        sys.exit(f"expected {2 * N_LOOK} documents, found {len(docs)}")
    ranked = sorted(docs)
    look_idx = {d[1] for d in ranked[:N_LOOK]}
    look = [raw for _, i, _, raw in docs if i in look_idx]
    measure = [raw for _, i, _, raw in docs if i not in look_idx]
    return lines, look, measure


def read_lines(path):
    with open(path, "rb") as f:
        out = f.read().split(b"\n")
    if out and out[-1] == b"":
        out.pop()
    return out


def verify(source_lines, outdir, look, measure):
    src = set(source_lines)
    got_look = read_lines(os.path.join(outdir, LOOK))
    got_measure = read_lines(os.path.join(outdir, MEASURE))
    ok = True
    for name, got, want in ((LOOK, got_look, look), (MEASURE, got_measure, measure)):
        if got != want:
            print(f"{name}: differs from the re-derived split")
            ok = False
        missing = [l for l in got if l not in src]
        if missing:
            print(f"{name}: {len(missing)} line(s) not byte-identical to any source line")
            ok = False
        print(f"{name}: {len(got)} lines")
    ids_l = {json.loads(l)["id"] for l in got_look}
    ids_m = {json.loads(l)["id"] for l in got_measure}
    if ids_l & ids_m:
        print(f"overlap between halves: {sorted(ids_l & ids_m)}")
        ok = False
    if sorted(got_look + got_measure) != sorted(source_lines):
        print("the two halves together are not exactly the source lines")
        ok = False
    print("OK" if ok else "FAILED")
    return ok


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    if not args:
        sys.exit(__doc__)
    source = args[0]
    outdir = args[1] if len(args) > 1 else os.path.dirname(os.path.abspath(__file__))
    lines, look, measure = derive(source)
    if not check:
        for name, part in ((LOOK, look), (MEASURE, measure)):
            path = os.path.join(outdir, name)
            if os.path.exists(path):
                sys.exit(f"{path} exists; the split is made once (use --check to verify)")
            with open(path, "wb") as f:
                f.write(b"\n".join(part) + b"\n")
    return 0 if verify(lines, outdir, look, measure) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
