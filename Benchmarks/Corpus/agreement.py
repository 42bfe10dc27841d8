#!/usr/bin/env python3
"""How far two careful readers agree: the corpus's labels against second-reading.jsonl.

A second writer, who saw only the theme definitions and the 300 answers' texts (never the corpus's
labels, Candor's rules or its model), labelled 300 closing answers of the development split drawn
at random. Their agreement, as micro F1 of theme plus side, is the ceiling a reader could be
expected to reach on these labels, the figure to read Candor's own against.

    python3 Benchmarks/Corpus/agreement.py
"""
import json
import sys
from collections import defaultdict
from pathlib import Path

here = Path(__file__).resolve().parent


def main() -> int:
    first: dict[str, tuple[set, str]] = {}
    for line in (here / "dev.jsonl").read_text().splitlines():
        company = json.loads(line)
        for number, answer in enumerate(company["answers"]):
            labels = {(label["theme"], label["side"]) for label in answer["labels"]}
            first[f"{company['id']}#{number}"] = (labels, answer["style"])

    counts = defaultdict(lambda: [0, 0, 0])  # style -> [both, second only, first only]
    read = 0
    for line in (here / "second-reading.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row["id"] not in first:
            print(f"agreement: {row['id']} is not an answer of dev.jsonl", file=sys.stderr)
            return 1
        read += 1
        second = {(label["theme"], label["side"]) for label in row["labels"]}
        labels, style = first[row["id"]]
        for key in (style, "all"):
            counts[key][0] += len(second & labels)
            counts[key][1] += len(second - labels)
            counts[key][2] += len(labels - second)

    def f1(both: int, extra: int, missed: int) -> float:
        return 2 * both / (2 * both + extra + missed)

    both, extra, missed = counts.pop("all")
    print(f"two careful readers, {read} answers: "
          f"theme plus side micro F1 {f1(both, extra, missed):.3f} "
          f"(precision {both / (both + extra):.3f}, recall {both / (both + missed):.3f} of the corpus's labels)")
    for style, (b, e, m) in sorted(counts.items()):
        print(f"  {style:<12} {f1(b, e, m):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
