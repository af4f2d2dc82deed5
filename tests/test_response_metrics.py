"""BLEU-2, ROUGE-L and Distinct on tiny examples computed by hand."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.response_metrics import corpus_bleu, distinct, lcs_length, rouge_l, score, tokenize


def test_tokenize_lowercases_and_splits_clitics_and_punctuation() -> None:
    assert tokenize("I don't know, it's FINE!") == ["i", "do", "n't", "know", ",", "it", "'s", "fine", "!"]


def test_bleu2_by_hand() -> None:
    hyp = [["the", "cat", "sat", "on", "the", "mat"]]
    ref = [["the", "cat", "is", "on", "the", "mat"]]
    # unigrams: the x2, cat, on, mat match (5/6); bigrams: "the cat", "on the", "the mat" match (3/5);
    # c == r == 6, so BP = 1 and BLEU-2 = sqrt(5/6 * 3/5).
    assert corpus_bleu(hyp, ref) == pytest.approx(math.sqrt(5 / 6 * 3 / 5))


def test_bleu2_brevity_penalty_and_clipping() -> None:
    hyp = [["the", "the"]]
    ref = [["the", "cat", "sat", "down"]]
    # clipped unigram precision 1/2; bigram "the the" unmatched -> smoothed 0.1/1; BP = exp(1 - 4/2).
    expected = math.exp(1 - 4 / 2) * math.sqrt(0.5 * 0.1)
    assert corpus_bleu(hyp, ref) == pytest.approx(expected)


def test_bleu_is_corpus_level_not_an_average() -> None:
    hyps = [["a", "b"], ["c", "d", "e", "f"]]
    refs = [["a", "b"], ["c", "x", "e", "y"]]
    # pooled: unigrams 4/6, bigrams 1/4 (only "a b"); lengths equal -> BP 1.
    assert corpus_bleu(hyps, refs) == pytest.approx(math.sqrt(4 / 6 * 1 / 4))


def test_rouge_l_by_hand() -> None:
    hyp, ref = (
        ["the", "cat", "was", "found", "under", "the", "bed"],
        ["the", "cat", "was", "under", "the", "bed"],
    )
    assert lcs_length(hyp, ref) == 6
    p, r = 6 / 7, 6 / 6
    assert rouge_l(hyp, ref, beta=1.0) == pytest.approx(2 * p * r / (p + r))
    assert rouge_l(hyp, ref) == pytest.approx((1 + 1.44) * p * r / (r + 1.44 * p))
    assert rouge_l([], ref) == 0.0


def test_distinct_by_hand() -> None:
    hyps = [["i", "see", "i", "see"], ["i", "see", "you"]]
    assert distinct(hyps, 1) == pytest.approx(3 / 7)
    assert distinct(hyps, 2) == pytest.approx(3 / 5)  # "i see" x3, "see i", "see you"


def test_score_reports_percent() -> None:
    scores = score(["The cat sat on the mat."], ["The cat sat on the mat."])
    assert scores.n == 1 and scores.bleu2 == 100.0 and scores.rouge_l == 100.0


_TOKENS = st.lists(st.sampled_from(["a", "b", "c", "d"]), min_size=1, max_size=12)


@given(_TOKENS, _TOKENS)
def test_metric_ranges(hyp: list[str], ref: list[str]) -> None:
    assert 0.0 <= corpus_bleu([hyp], [ref]) <= 1.0
    assert 0.0 <= rouge_l(hyp, ref) <= 1.0 + 1e-9
    assert lcs_length(hyp, ref) <= min(len(hyp), len(ref))
    assert rouge_l(hyp, hyp) == pytest.approx(1.0)
