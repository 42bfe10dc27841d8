#!/usr/bin/env python3
"""Answers with a realistic vocabulary, for timing the analysis at scale.

    Benchmarks/realistic_answers.py --count N [--seed S] --out FILE.jsonl

`candor-bench generate` builds answers from a phrasebook: 100,000 of them use about 850 distinct
words, which makes the TF-IDF matrix narrow and dense and flatters both sides. Real answers are
the labelled corpus's (Benchmarks/Corpus: about 9,600 answers from 846 fictional companies,
10,400 distinct words) and, beyond it, the long tail of English that real people use: names of
products, places, tools and customers, and words nobody else in the search said.

So each answer here is made of the corpus's sentences: as many as one of its answers to the same
question has, each taken from any answer to that question, so that answers share sentences and
themes without repeating whole. Each word of four letters or more is then, with a small
probability, swapped for a word drawn from English as it is used (the word frequencies of the
PyPI package wordfreq, CC BY-SA 4.0 data: its 100,000 most common alphabetic words past the
3,000 most common, each drawn as often as it occurs); they stand for what real answers name and
9,600 answers cannot: products, tools, customers, places, people. The number of distinct words
then grows with the number of answers as in real text (Heaps' law): about 42,000 at 100,000
answers. The file has the same lines as `candor-bench generate`'s, so candor-bench and
baseline.py read it unchanged.

Companies have 500 answers, like candor-bench's: six interviewers over three interviews, a third
of each company's sentences from its own corpus company (so its interviewers repeat themselves),
the rest from any company. A seed gives the same file on every machine with the same wordfreq
version.
"""

import argparse
import bisect
import itertools
import json
import random
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "Corpus"
ANSWERS_PER_COMPANY = 500
SWAP_PROBABILITY = 0.06
QUESTIONS = {
    "love": ("love", "What do you love about working here?"),
    "improve": ("improve", "What could the company do better?"),
    "why-role": ("other", "Why does the team need this role now?"),
}
LONG_WORD = re.compile(r"[A-Za-z]{4,}")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def corpus_companies() -> list[dict]:
    """Every company of the corpus's three splits: its interviewers' roles, and its answers as
    lists of sentences by question."""
    companies = []
    for split in ("train-extra", "dev", "test"):
        for line in open(CORPUS / f"{split}.jsonl"):
            company = json.loads(line)
            answers = {question: [] for question in QUESTIONS}
            for answer in company["answers"]:
                if answer["question"] in QUESTIONS:
                    answers[answer["question"]].append(SENTENCE_END.split(answer["text"].strip()))
            if any(answers.values()):
                companies.append({"name": company["name"], "answers": answers,
                                  "roles": [person["role"] for person in company["interviewers"]]})
    return companies


def long_tail() -> tuple[list[str], list[float]]:
    """English words past the 3,000 most common, with their cumulative frequencies."""
    try:
        import wordfreq
    except ImportError:
        sys.exit("error: wordfreq is not installed (pip install -r scripts/lib/stemmer-requirements.txt)")
    frequencies = wordfreq.get_frequency_dict("en")
    words = [w for w in sorted(frequencies, key=lambda w: (-frequencies[w], w)) if w.isascii() and w.isalpha()]
    words = words[3_000:103_000]
    return words, list(itertools.accumulate(frequencies[w] for w in words))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=20251126)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    companies = corpus_companies()
    words, cumulative = long_tail()
    total = cumulative[-1]

    def swap(match: re.Match) -> str:
        if rng.random() >= SWAP_PROBABILITY:
            return match.group(0)
        word = words[bisect.bisect(cumulative, rng.random() * total)]
        return word.capitalize() if match.group(0)[0].isupper() else word

    with open(args.out, "w") as out:
        for index in range((args.count + ANSWERS_PER_COMPANY - 1) // ANSWERS_PER_COMPANY):
            home = companies[index % len(companies)]
            name = f"{home['name']} {index + 1}"
            interviewers = [f"Interviewer {n + 1}" for n in range(6)]
            days = [f"2025-{1 + index % 12:02d}-{3 + 5 * n:02d}" for n in range(3)]
            minutes = [rng.randint(3, 12) for _ in days]
            guts = [rng.randint(1, 5) for _ in interviewers]
            roles = [rng.choice(home["roles"]) for _ in interviewers]
            for _ in range(min(ANSWERS_PER_COMPANY, args.count - index * ANSWERS_PER_COMPANY)):
                question = rng.choice([q for q in QUESTIONS if home["answers"][q]])
                # As long as one of the corpus's answers to the question, in sentences each from
                # any answer to it: from this company's a third of the time, else any company's.
                length = len(rng.choice(home["answers"][question]))
                sentences = []
                for _ in range(length):
                    source = home if rng.random() < 1 / 3 else rng.choice(companies)
                    if source["answers"][question]:
                        sentences.append(rng.choice(rng.choice(source["answers"][question])))
                side, wording = QUESTIONS[question]
                person = rng.randrange(len(interviewers))
                interview = person % len(days)
                out.write(json.dumps({
                    "company": name, "side": side, "question": wording,
                    "interviewer": interviewers[person], "role": roles[person], "interview": interview,
                    "day": days[interview], "minutesGiven": minutes[interview], "gut": guts[person],
                    "text": LONG_WORD.sub(swap, " ".join(sentences)),
                }) + "\n")


if __name__ == "__main__":
    main()
