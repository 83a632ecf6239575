#!/usr/bin/env python3
"""Write damaged copies of reports, to check that a change keeps the output the same
(python3, standard library only; deterministic for a given seed).

    python3 Tests/FixtureTools/mutate_corpus.py OUT_DIR SOURCE...

Each SOURCE file (or every file below a SOURCE folder) gets COPIES (6) copies in
OUT_DIR, each with one to four random edits of its lines: a line deleted,
duplicated or swapped with another; a tab or pipe doubled; digits turned into
other digits, spaces or dashes; a 0 turned into full-width digits with a
grouping comma; a tab, pipe, space, dash, decimal, unit or overlong number added
at a line's end.

The check it serves: export the same folder with the build before and after a
change and compare the files byte for byte, for example

    disclosure-bench --write-corpus /tmp/c5 --megabytes 5
    python3 Tests/FixtureTools/mutate_corpus.py /tmp/mut /tmp/c5/damaged /tmp/c5/clean \\
        Tests/DisclosureKitTests/Fixtures
    OLD/disclosure export /tmp/mut --jsonl /tmp/old.jsonl
    NEW/disclosure export /tmp/mut --jsonl /tmp/new.jsonl
    cmp /tmp/old.jsonl /tmp/new.jsonl

A change meant to be faster and nothing else must give the same bytes.
"""

import os
import random
import sys

COPIES = 6
SEED = 7
LIMIT_PER_SOURCE_FOLDER = 300


def sources(paths):
    for path in paths:
        if os.path.isdir(path):
            found = []
            for folder, _, names in os.walk(path):
                found += [os.path.join(folder, n) for n in names if n.endswith(".txt")]
            yield from sorted(found)[:LIMIT_PER_SOURCE_FOLDER]
        elif os.path.isfile(path):
            yield path


def mutate(lines, rng):
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        op = rng.randrange(8)
        i = rng.randrange(len(lines))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            lines[i] = lines[i].replace(b"\t", b"\t\t", 1)
        elif op == 3:
            lines[i] = lines[i].replace(b"|", b"||", 1)
        elif op == 4:
            lines[i] = bytes(
                rng.choice(b"0123456789 -") if c in b"0123456789" and rng.random() < 0.3 else c for c in lines[i]
            )
        elif op == 5:
            lines[i] = lines[i].replace(b"0", "１,２".encode(), 1)
        elif op == 6:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] += rng.choice(
                [b"\t", b"|", b" ", "—".encode(), b"12.50", "万元".encode(), b"99999999999999999999999"]
            )
    return lines


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(SEED)
    count = 0
    for source in sources(argv[2:]):
        with open(source, "rb") as handle:
            data = handle.read()
        for _ in range(COPIES):
            lines = mutate(data.split(b"\n"), rng)
            with open(os.path.join(out, f"{count:05d}.txt"), "wb") as handle:
                handle.write(b"\n".join(lines))
            count += 1
    print(f"wrote {count} files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
