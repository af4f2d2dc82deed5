"""Reply-quality metrics for `warmline eval response`: BLEU-2, ROUGE-L, Distinct-1/2, all reported in %.

Definitions (so the numbers can be compared with the ESConv literature, which scores lower-cased tokenised text):

* Tokens: `tokenize` lower-cases, splits words from punctuation, and splits English clitics the way NLTK's
  Treebank tokenizer does ("don't" -> "do n't", "it's" -> "it 's").
* BLEU-2: corpus-level BLEU with one reference per hypothesis and uniform weights (1/2, 1/2) over the clipped
  (modified) unigram and bigram precisions, times the standard brevity penalty BP = min(1, exp(1 - r/c)) with r
  and c the total reference and hypothesis lengths (Papineni et al., 2002). Smoothing: none is needed at corpus
  level; if a precision's match count is zero it is replaced by 0.1 / total (NLTK's "method1", epsilon 0.1) so
  the score stays defined.
* ROUGE-L: for each pair, LCS-based precision P = LCS/|hyp| and recall R = LCS/|ref|, F = (1 + b^2) P R /
  (R + b^2 P) with b = 1.2 (as in pycocoevalcap, which nlg-eval and the ESConv papers use); averaged over pairs.
  `rouge_l_f1` (b = 1) is reported alongside.
* Distinct-n: the number of distinct n-grams over all hypotheses divided by the total number of n-grams.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

_CLITIC = re.compile(r"(?i)\b(\w+)(n't|'s|'re|'ve|'ll|'d|'m)\b")
_TOKEN = re.compile(r"n't|[a-z0-9]+|'[a-z]+|[^\sa-z0-9]")
ROUGE_BETA = 1.2
SMOOTHING_EPSILON = 0.1


class ResponseScores(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    n: int
    bleu2: float
    rouge_l: float
    rouge_l_f1: float
    distinct1: float
    distinct2: float
    mean_length: float


def tokenize(text: str) -> list[str]:
    lowered = text.lower().replace("’", "'").replace("‘", "'")
    return _TOKEN.findall(_CLITIC.sub(r"\1 \2", lowered))


def ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def _clipped_matches(hypothesis: Sequence[str], reference: Sequence[str], n: int) -> tuple[int, int]:
    hyp, ref = Counter(ngrams(hypothesis, n)), Counter(ngrams(reference, n))
    return sum(min(count, ref[gram]) for gram, count in hyp.items()), max(len(hypothesis) - n + 1, 0)


def corpus_bleu(
    hypotheses: Sequence[Sequence[str]], references: Sequence[Sequence[str]], max_n: int = 2
) -> float:
    """Corpus-level BLEU-n (cumulative, uniform weights) as a fraction in [0, 1]."""
    matches, totals = [0] * max_n, [0] * max_n
    for hyp, ref in zip(hypotheses, references, strict=True):
        for n in range(1, max_n + 1):
            m, t = _clipped_matches(hyp, ref, n)
            matches[n - 1] += m
            totals[n - 1] += t
    if totals[0] == 0:
        return 0.0
    logs = [
        math.log((m or SMOOTHING_EPSILON) / t) if t else math.log(SMOOTHING_EPSILON)
        for m, t in zip(matches, totals, strict=True)
    ]
    c, r = sum(len(h) for h in hypotheses), sum(len(x) for x in references)
    brevity = 1.0 if c > r else math.exp(1 - r / c)
    return brevity * math.exp(sum(logs) / max_n)


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l(hypothesis: Sequence[str], reference: Sequence[str], beta: float = ROUGE_BETA) -> float:
    if not hypothesis or not reference:
        return 0.0
    lcs = lcs_length(hypothesis, reference)
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(hypothesis), lcs / len(reference)
    return (1 + beta**2) * precision * recall / (recall + beta**2 * precision)


def distinct(hypotheses: Sequence[Sequence[str]], n: int) -> float:
    grams = [g for hyp in hypotheses for g in ngrams(hyp, n)]
    return len(set(grams)) / len(grams) if grams else 0.0


def score(hypotheses: Sequence[str], references: Sequence[str]) -> ResponseScores:
    """All metrics in % (two decimals), from raw reply texts."""
    hyp = [tokenize(h) for h in hypotheses]
    ref = [tokenize(r) for r in references]
    n = len(hyp)

    def pct(value: float) -> float:
        return round(100 * value, 2)

    return ResponseScores(
        n=n,
        bleu2=pct(corpus_bleu(hyp, ref, 2)),
        rouge_l=pct(sum(rouge_l(h, r) for h, r in zip(hyp, ref, strict=True)) / n) if n else 0.0,
        rouge_l_f1=pct(sum(rouge_l(h, r, 1.0) for h, r in zip(hyp, ref, strict=True)) / n) if n else 0.0,
        distinct1=pct(distinct(hyp, 1)),
        distinct2=pct(distinct(hyp, 2)),
        mean_length=round(sum(len(h) for h in hyp) / n, 2) if n else 0.0,
    )
