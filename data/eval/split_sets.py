#!/usr/bin/env python3
"""Split the newer development sets once into a "look" part and a "measure" part.

Each split follows a field the dataset itself gives, so that anyone can re-derive it:
  * KnowledgeNet dev (shared/eval/knowledgenet-dev.jsonl): fold 1 -> look, fold 2 -> measure;
  * Text2KGBench politics dev (text2kgbench-politics-dev.jsonl): split "train" -> look,
    split "validation" -> measure;
  * Revisit-DocRED (revisit-docred-dev.jsonl, kept whole in this folder): documents whose
    title is in redocred-dev-look.jsonl -> look, the others -> measure (the same articles as
    the Re-DocRED measure half).
Every output line is its source line byte for byte, in source order.

Usage:
  python3 data/eval/split_sets.py SOURCE_DIR [OUTDIR]          # write (refuses to overwrite)
  python3 data/eval/split_sets.py --check SOURCE_DIR [OUTDIR]  # re-derive and compare
SOURCE_DIR holds knowledgenet-dev.jsonl and text2kgbench-politics-dev.jsonl.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def lines(path):
    with open(path, "rb") as f:
        out = f.read().split(b"\n")
    if out and out[-1] == b"":
        out.pop()
    return out


def by(rows, look):
    return [r for r in rows if look(json.loads(r))], [r for r in rows if not look(json.loads(r))]


def derive(source_dir):
    kn = lines(os.path.join(source_dir, "knowledgenet-dev.jsonl"))
    t2 = lines(os.path.join(source_dir, "text2kgbench-politics-dev.jsonl"))
    revisit = lines(os.path.join(HERE, "revisit-docred-dev.jsonl"))
    look_titles = {json.loads(r)["title"] for r in lines(os.path.join(HERE, "redocred-dev-look.jsonl"))}
    folds = {json.loads(r)["fold"] for r in kn}
    splits = {json.loads(r)["split"] for r in t2}
    if folds != {1, 2} or splits != {"train", "validation"}:
        sys.exit(f"unexpected folds {folds} or splits {splits}")
    out = {}
    out["knowledgenet-dev-look.jsonl"], out["knowledgenet-dev-measure.jsonl"] = by(kn, lambda d: d["fold"] == 1)
    out["text2kgbench-politics-dev-look.jsonl"], out["text2kgbench-politics-dev-measure.jsonl"] = by(
        t2, lambda d: d["split"] == "train")
    out["revisit-docred-dev-look.jsonl"], out["revisit-docred-dev-measure.jsonl"] = by(
        revisit, lambda d: d["title"] in look_titles)
    return out


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    if not args:
        sys.exit(__doc__)
    outdir = args[1] if len(args) > 1 else HERE
    derived = derive(args[0])
    bad = False
    for name, rows in derived.items():
        path = os.path.join(outdir, name)
        data = b"".join(r + b"\n" for r in rows)
        if check:
            same = os.path.exists(path) and open(path, "rb").read() == data
            print(f"{name}: {len(rows)} documents, {'same' if same else 'DIFFERENT'}")
            bad |= not same
        else:
            if os.path.exists(path):
                sys.exit(f"{path} exists; refusing to overwrite a split")
            with open(path, "wb") as f:
                f.write(data)
            print(f"{name}: {len(rows)} documents")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
