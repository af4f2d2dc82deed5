"""The crisis screen's semantic layer: a nearest-neighbour margin over MiniLM sentence vectors.

The rules and the n-gram backstop (agent.crisis) see words; a crisis told without the words ("I've given my cat
away because I won't need anyone to feed her") slips past them. This layer compares the message's sentence vector
(the one perception already computed: agent.embeddings caches it per text) with the vectors of a self-written,
templated and paraphrased training set (agent.crisis_data, `paraphrases=True`) plus ordinary everyday messages
read at training time. The score is a margin: the mean cosine similarity of the k nearest `crisis` examples minus
that of the k nearest `none` examples. Over the crisis margin the turn goes to the fixed crisis protocol; over
the concern margin it gets the gentle check-in, or the crisis protocol when a rule already found a warning sign. It only ever raises the level the rules and the n-gram gave, and never turns a sign
the rules judged negated or joking into a crisis.

A message of two sentences or more is also read sentence by sentence: a crisis said in one sentence of a long
message about an ordinary day is diluted in the whole message's vector. A sentence counts when its margin clears the
thresholds by a further `Margins.sentence`, chosen like the others (docs/safety.md, twenty-fourth round).

It needs the sentence vector, so it runs right after the perceive stage, before retrieval and before any LLM
call (agent.pipeline), and not in the guard, which runs on the event loop and must stay cheap. Thresholds are
chosen on the development, check, former held-out and former blind probe files; other probe files are read only
to keep their messages out of training.

Beside the neighbours, a linear head reads the emotion network's features of the message (agent.emotion
`features`: frozen layers 1-4 pooled and the fine-tuned layers 5-6, the input of the emotion head, computed in
the same perception pass) and adds its logit, times a fixed weight, to the margin. Trained on the same two sets,
it reads the message as the emotion network does, not only how near it lies to a known example: on the held-back
hand-written messages the layer's AUC rose from 0.90 to 0.95 (docs/safety.md). It costs one dot product.
A second linear head on the same features, concern against crisis, joins the concern lead: the neighbours of
"pretending everything is fine is wearing me out" are crises as often as worries, while the emotion network reads
its tiredness, not a wish to be gone (docs/safety.md, twenty-fourth round). One more dot product.

MiniLM reads English. Beside its neighbours, the same training messages are kept as multilingual vectors (Google's
Universal Sentence Encoder, multilingual v3, agent.multilingual, on their first 128 principal components): their
neighbours' margin and concern lead, at half weight, join MiniLM's, so a crisis told in Dutch or Portuguese meets
the crises written in those languages and their translations' neighbours (held-back messages: recall 0.887 ->
0.910, false-positive rate 0.049 -> 0.036, docs/safety.md twenty-second round). About 2 ms per message with its
neighbours.

The artefact (`agent/artifacts/crisis_semantic.npz`) holds the training vectors quantised to int8 (MiniLM's and
the multilingual ones, with the components' centre and basis) and the head's coefficients, nothing else (no text);
its card (`crisis_semantic.json`) records data, seed, thresholds, scores and the emotion artefact the head was fitted
on. No pickle.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import numpy.typing as npt

from agent.crisis import LEVEL_RANK, backstop_at_risk
from agent.schema import Conversation, RiskAssessment, RiskLevel

if TYPE_CHECKING:
    from agent.crisis_encoder import CrisisEncoder

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
VECTORS = ARTIFACTS / "crisis_semantic.npz"
CARD = ARTIFACTS / "crisis_semantic.json"
# agent.crisis_encoder's network, an experiment not shipped (torch is imported only to load it)
ENCODER = ARTIFACTS / "crisis_encoder.npz"
MODEL_NAME = "crisis-semantic/minilm-knn+head"
K = 3
_SCALE = 127.0  # int8 quantisation of unit vectors: cosine error well under the margins used
NEVER = 9.0  # a threshold no margin or probability reaches: that path switched off
_LOGIT_CAP = 10.0  # the head's logit, capped: no one feature direction can outvote the neighbours on its own
log = logging.getLogger(__name__)
Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Margins:
    """Decision thresholds on the margin, chosen on the tuning probe files (agent.crisis_semantic_train)."""

    crisis: float  # on its own: the fixed crisis protocol
    concern: float  # the gentle check-in; a crisis when a rule already found a warning sign
    backstop: float = NEVER  # the n-gram's P(at risk) from which its check-in counts as a sign too
    # how much nearer the concern messages than the crisis ones a message must lie for a crisis reading to be capped
    concern_lead: float = NEVER
    # how much higher one sentence's margin must be than a whole message's to count (sentences_of; NEVER: unread)
    sentence: float = NEVER

    def decide(self, risk: RiskAssessment, margin: float, lead: float = -NEVER) -> RiskLevel:
        """This layer's level for a message the rules and n-gram assessed as `risk`; `lead` is how much nearer the
        message lies to the hand-written concern messages than to the crisis ones (SemanticDetector.leads).

        A concern-level reading beside a rule's own warning sign, or beside a confident n-gram reading, is two
        signs, a crisis, as two signs are for the rules. Embeddings read "I don't want to die" much like "I want
        to die": when the rules judged their sign negated or joking, this layer does not overrule them. The margin
        weighs crisis against none only, so a worry told plainly ("I want a plan to cut down on drinking") has
        crises for its nearest neighbours; when concern messages lie nearer still, a crisis reading is a check-in.
        """
        if margin < self.concern:
            return RiskLevel.NONE
        if any(s.endswith(_HEDGES) for s in risk.signals):
            return RiskLevel.CONCERN
        if margin >= self.crisis or _rule_sign(risk) or backstop_at_risk(risk) >= self.backstop:
            return RiskLevel.CONCERN if lead >= self.concern_lead else RiskLevel.CRISIS
        return RiskLevel.CONCERN

    def decide_all(
        self,
        risk: RiskAssessment,
        reading: tuple[float, float],
        sentences: Sequence[tuple[float, float]] = (),
    ) -> tuple[RiskLevel, float]:
        """The highest level of the whole message's (margin, lead) and each sentence's, a sentence's margin lowered
        by `sentence`; with the margin that gave it (the whole message's on a tie)."""
        best = (self.decide(risk, *reading), reading[0])
        for margin, lead in sentences:
            level = self.decide(risk, round(margin - self.sentence, 4), lead)
            if LEVEL_RANK[level] > LEVEL_RANK[best[0]]:
                best = (level, margin)
        return best


# A crisis said in one sentence of a long message ("... I've decided I'm doing it tonight. Did you see the email?")
# is diluted in the whole message's vector; each sentence of three words or more is read too.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
MAX_SENTENCES = 12  # the first twelve: a pass each, and the input guard already bounds a message's length


def sentences_of(text: str) -> list[str]:
    """The sentences worth a reading of their own: none unless the message has two or more of three words or more."""
    found = [part.strip() for part in _SENTENCE_BREAK.split(text) if len(part.split()) >= 3]
    return found[:MAX_SENTENCES] if len(found) >= 2 else []


_HEDGES = (":negated", ":joking", ":framed", ":named")


def _rule_sign(risk: RiskAssessment) -> bool:
    return risk.level is RiskLevel.CONCERN and any(
        not s.startswith(("model.", "semantic.")) and s != "careful_mode" for s in risk.signals
    )


@dataclass(frozen=True)
class SemanticReading:
    margin: float
    level: RiskLevel

    @property
    def signal(self) -> str:
        return f"semantic.{self.level.value}:{self.margin:+.3f}"


@dataclass(frozen=True)
class CrisisHead:
    """A linear classifier over the emotion network's features; `weight` turns its logit into margin units (chosen
    once on the held-back written messages and the tuning files, agent.crisis_semantic_train). The layer has two:
    crisis against none, added to the margin, and concern against crisis, added to the concern lead."""

    coef: Matrix  # [features]
    bias: float
    weight: float

    def shift(self, features: Matrix) -> Matrix:
        logits = np.clip(features @ self.coef + self.bias, -_LOGIT_CAP, _LOGIT_CAP)
        result: Matrix = (self.weight * logits).astype(np.float32)
        return result


@dataclass(frozen=True)
class MultilingualNeighbours:
    """The same training messages as multilingual vectors (agent.multilingual), reduced to their first principal
    components: their neighbours' margin and concern lead, times `weight`, join MiniLM's, so a crisis told in another
    language meets its like. 128 components score as the full 512 numbers on the held-back messages at a quarter of
    the artefact (docs/safety.md, twenty-second round)."""

    crisis: Matrix  # [n, components], unit rows
    safe: Matrix
    concern: Matrix
    mean: Matrix  # [512]: what the components are centred on
    basis: Matrix  # [512, components]
    weight: float

    def project(self, vectors: Matrix) -> Matrix:
        reduced = (vectors - self.mean) @ self.basis
        norms = np.linalg.norm(reduced, axis=1, keepdims=True)
        result: Matrix = (reduced / np.maximum(norms, 1e-6)).astype(np.float32)
        return result

    def readings(self, vectors: Matrix) -> tuple[Matrix, Matrix]:
        """Margin and lead, weighted, of messages given as full multilingual vectors."""
        reduced = self.project(vectors)
        near_crisis = _top_mean(reduced @ self.crisis.T)
        margin = self.weight * (near_crisis - _top_mean(reduced @ self.safe.T))
        lead = self.weight * (_top_mean(reduced @ self.concern.T) - near_crisis)
        return margin.astype(np.float32), lead.astype(np.float32)


class TunedReader(Protocol):
    """What the layer asks of agent.crisis_encoder's network: a capped logit per message."""

    def logits(self, texts: Sequence[str]) -> Matrix: ...


class SemanticDetector:
    """k-nearest-neighbour margin between the `crisis` and the `none` training vectors, shifted by the head; the
    `concern` vectors, when present, only cap a crisis reading (Margins.decide)."""

    def __init__(
        self,
        crisis: npt.NDArray[np.int8],
        safe: npt.NDArray[np.int8],
        margins: Margins,
        head: CrisisHead | None = None,
        encoder: TunedReader | None = None,
        encoder_weight: float = 0.0,
        concern: npt.NDArray[np.int8] | None = None,
        multilingual: MultilingualNeighbours | None = None,
        concern_head: CrisisHead | None = None,
    ) -> None:
        self.multilingual = multilingual
        self.concern_head = concern_head
        self.crisis = dequantise(crisis)
        self.safe = dequantise(safe)
        self.concern = None if concern is None else dequantise(concern)
        self.thresholds = margins
        self.head = head
        self.encoder = encoder
        self.encoder_weight = encoder_weight

    def margins(
        self, vectors: Matrix, features: Matrix | None = None, encoded: Matrix | None = None,
        multilingual: Matrix | None = None,
    ) -> Matrix:  # fmt: skip
        """The layer's score per message: the neighbours' margin, plus the head's shift when it has features, the
        tuned reader's (agent.crisis_encoder) when it has its capped logits, and the multilingual neighbours' when
        it has the messages' multilingual vectors."""
        return self.readings(vectors, features, encoded, multilingual)[0]

    def readings(
        self, vectors: Matrix, features: Matrix | None = None, encoded: Matrix | None = None,
        multilingual: Matrix | None = None,
    ) -> tuple[Matrix, Matrix]:  # fmt: skip
        """Each message's margin and concern lead (how much nearer it lies to the concern messages than to the
        crisis ones; none without concern vectors), from one pass over the crisis vectors."""
        near_crisis = _top_mean(vectors @ self.crisis.T)
        margin: Matrix = (near_crisis - _top_mean(vectors @ self.safe.T)).astype(np.float32)
        if self.head is not None and features is not None:
            margin = margin + self.head.shift(features)
        if self.encoder is not None and encoded is not None:
            margin = margin + (self.encoder_weight * encoded).astype(np.float32)
        if self.concern is None:
            lead: Matrix = np.full(len(vectors), -NEVER, dtype=np.float32)
        else:
            lead = (_top_mean(vectors @ self.concern.T) - near_crisis).astype(np.float32)
            if self.concern_head is not None and features is not None:
                # neighbours see topic; the head reads how the message feels: a worry, or a wish to be gone
                lead = lead + self.concern_head.shift(features)
        if self.multilingual is not None and multilingual is not None:
            more_margin, more_lead = self.multilingual.readings(multilingual)
            margin, lead = margin + more_margin, (lead if self.concern is None else lead + more_lead)
        return margin, lead

    def reading(
        self, vector: Matrix, features: Matrix | None = None, encoded: Matrix | None = None,
        multilingual: Matrix | None = None,
    ) -> tuple[float, float]:  # fmt: skip
        """One message's margin and concern lead, rounded as the decision reads them."""
        rows = None if features is None else np.asarray(features, dtype=np.float32).reshape(1, -1)
        vectors = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        more = None if multilingual is None else np.asarray(multilingual, dtype=np.float32).reshape(1, -1)
        margins, leads = self.readings(vectors, rows, encoded, more)
        return round(float(margins[0]), 4), round(float(leads[0]), 4)

    def margin(self, vector: Matrix, features: Matrix | None = None, encoded: Matrix | None = None) -> float:
        return self.reading(vector, features, encoded)[0]

    def lead(self, vector: Matrix) -> float:
        return self.reading(vector)[1]

    @property
    def reads_features(self) -> bool:
        """Whether a head needs the emotion network's features of the message."""
        return self.head is not None or self.concern_head is not None

    def encode(self, texts: Sequence[str]) -> Matrix | None:
        """The tuned reader's capped logits, or None without one."""
        return None if self.encoder is None else self.encoder.logits(texts)

    def multilingual_vectors(self, texts: Sequence[str]) -> Matrix | None:
        """The messages' multilingual vectors, or None when the layer has no multilingual neighbours."""
        if self.multilingual is None:
            return None
        from agent.multilingual import shared_multilingual

        return shared_multilingual().embed_many(texts)

    def assess(
        self, risk: RiskAssessment, margin: float, lead: float = -NEVER,
        sentences: Sequence[tuple[float, float]] = (),
    ) -> SemanticCheck:  # fmt: skip
        """`risk` raised (never lowered) by this layer's reading of the message and of its sentences."""
        level, deciding = self.thresholds.decide_all(risk, (margin, lead), sentences)
        reading = SemanticReading(deciding, level)
        if LEVEL_RANK[reading.level] <= LEVEL_RANK[risk.level]:
            return SemanticCheck(risk, reading, raised=False)
        score = 0.9 if reading.level is RiskLevel.CRISIS else 0.5
        update = {
            "level": reading.level,
            "signals": (*risk.signals, reading.signal),
            "score": max(risk.score, score),
        }
        return SemanticCheck(risk.model_copy(update=update), reading, raised=True)


def _top_mean(similarities: Matrix) -> Matrix:
    k = min(K, similarities.shape[1])
    top = np.partition(similarities, -k, axis=1)[:, -k:]
    result: Matrix = top.mean(axis=1)
    return result


def quantise(vectors: Matrix) -> npt.NDArray[np.int8]:
    return np.clip(np.round(vectors * _SCALE), -127, 127).astype(np.int8)


def dequantise(vectors: npt.NDArray[np.int8]) -> Matrix:
    result: Matrix = vectors.astype(np.float32) / _SCALE
    return result


@dataclass(frozen=True)
class SemanticCheck:
    """What the check after perception found: the new assessment, the reading, and whether this layer raised it."""

    risk: RiskAssessment
    reading: SemanticReading | None = None
    raised: bool = False


def recheck(risk: RiskAssessment, text: str) -> SemanticCheck:
    """The live check: reuses the sentence vector perception cached for `text` (computes it otherwise)."""
    detector = load_detector()
    if detector is None or risk.level is RiskLevel.CRISIS or not text.strip():
        return SemanticCheck(risk)
    from agent.embeddings import shared_embedder

    vector = shared_embedder().embed(text)
    margin, lead = detector.reading(
        vector, _features(detector, text), detector.encode([text]), detector.multilingual_vectors([text])
    )
    return detector.assess(risk, margin, lead, sentence_readings(detector, [text])[0])


def sentence_readings(detector: SemanticDetector, texts: Sequence[str]) -> list[list[tuple[float, float]]]:
    """Each message's sentences' (margin, lead), batched; empty when the layer reads no sentences."""
    if detector.thresholds.sentence >= NEVER:
        return [[] for _ in texts]
    return read_sentences(texts, lambda flat: layer_readings(detector, flat))


def read_sentences(
    texts: Sequence[str], read: Callable[[Sequence[str]], tuple[Matrix, Matrix]]
) -> list[list[tuple[float, float]]]:
    """Each message's sentences' (margin, lead) as `read` gives them for a batch, in one call; a message of one
    sentence has none."""
    per_text = [sentences_of(t) for t in texts]
    flat = [part for found in per_text for part in found]
    if not flat:
        return [[] for _ in texts]
    margins, leads = read(flat)
    pairs = iter(zip((round(float(m), 4) for m in margins), (round(float(x), 4) for x in leads), strict=True))
    return [[next(pairs) for _ in found] for found in per_text]


def _features(detector: SemanticDetector, text: str) -> Matrix | None:
    if not detector.reads_features:
        return None
    from agent.emotion import load_classifier

    return load_classifier().features(text)


def screen_many(texts: Sequence[str], conversation: Conversation | None = None) -> list[RiskAssessment]:
    """The full screen as the live pipeline runs it (rules, n-gram, then this layer), batched for evaluation."""
    from agent.crisis import screen

    base = [screen(t, conversation or Conversation()) for t in texts]
    detector = load_detector()
    if detector is None or not texts:
        return base
    margins, leads = layer_readings(detector, texts)
    sentences = sentence_readings(detector, texts)
    return [
        risk if risk.level is RiskLevel.CRISIS or not text.strip()
        else detector.assess(risk, round(float(m), 4), round(float(lead), 4), parts).risk
        for text, risk, m, lead, parts in zip(texts, base, margins, leads, sentences, strict=True)
    ]  # fmt: skip


def layer_scores(detector: SemanticDetector, texts: Sequence[str]) -> Matrix:
    """The layer's score for each message, batched, as the live check computes it one at a time."""
    return layer_readings(detector, texts)[0]


def layer_readings(detector: SemanticDetector, texts: Sequence[str]) -> tuple[Matrix, Matrix]:
    """Each message's score and concern lead, batched, as the live check computes them one at a time."""
    from agent.embeddings import shared_embedder

    more = detector.multilingual_vectors(texts)
    if not detector.reads_features:
        vectors = shared_embedder().embed_many(list(texts))
        return detector.readings(vectors, None, detector.encode(texts), more)
    vectors, features = read_batch(texts)
    return detector.readings(vectors, features, detector.encode(texts), more)


def read_batch(texts: Sequence[str], progress: bool = False) -> tuple[Matrix, Matrix]:
    """Sentence vectors and emotion features of a batch from one emotion-graph pass, as perception reads a live
    message (evaluation and `warmline train crisis` both read this way)."""
    from agent.emotion import load_classifier

    batch = load_classifier().analyse(list(texts), progress=progress)
    return batch.sentences, batch.features


# --- loading ------------------------------------------------------------------------------------------------

_loaded: dict[str, SemanticDetector | None] = {}
_load_lock = threading.Lock()


def load_detector(path: Path = VECTORS, card: Path = CARD) -> SemanticDetector | None:
    """The trained detector, once per process; None when the artefact is absent."""
    key = str(path)
    with _load_lock:
        if key not in _loaded:
            _loaded[key] = _load(path, card) if path.exists() and card.exists() else None
        return _loaded[key]


def forget_loaded() -> None:
    with _load_lock:
        _loaded.clear()


def _load(path: Path, card_path: Path) -> SemanticDetector:
    card = json.loads(card_path.read_text(encoding="utf-8"))
    with np.load(path) as arrays:
        crisis, safe = arrays["crisis"], arrays["safe"]
        concern = arrays["concern"] if "concern" in arrays.files else None
        head = _head(arrays, card)
        concern_head = _head(arrays, card, "concern_head")
        multilingual = _multilingual(arrays, card)
    backstop = float(card.get("backstop_sign", NEVER))
    lead = float(card.get("concern_lead", NEVER))
    sentence = float(card.get("sentence_margin", NEVER))
    margins = Margins(float(card["crisis_margin"]), float(card["concern_margin"]), backstop, lead, sentence)
    about: dict[str, Any] = card.get("encoder", {})
    encoder = _encoder(about, path.parent / ENCODER.name)
    return SemanticDetector(
        crisis,
        safe,
        margins,
        head,
        encoder,
        float(about.get("weight", 0.0)),
        concern,
        multilingual,
        concern_head,
    )


def _multilingual(arrays: np.lib.npyio.NpzFile, card: dict[str, Any]) -> MultilingualNeighbours | None:
    if "multilingual_crisis" not in arrays.files:
        return None
    about: dict[str, Any] = card.get("multilingual", {})
    crisis, safe, concern = (
        dequantise(arrays[f"multilingual_{name}"]) for name in ("crisis", "safe", "concern")
    )
    mean, basis = arrays["multilingual_mean"], arrays["multilingual_basis"]
    return MultilingualNeighbours(crisis, safe, concern, mean, basis, float(about["weight"]))


def _encoder(about: dict[str, Any], path: Path) -> CrisisEncoder | None:
    """The tuned reader beside the layer's artefact, when the card names it (`warmline train crisis
    --tuned-reader`, an experiment: the shipped layer has none)."""
    if not about:
        return None
    if about.get("sha256") != encoder_sha256(path):
        # The thresholds were chosen with that reader's logits in the margin: without it they mean something else.
        log.warning(
            "crisis encoder missing or not the one the layer was tuned with: retrain `warmline train crisis`"
        )
        return None
    from agent.crisis_encoder import CrisisEncoder

    return CrisisEncoder.load(path)


def _head(arrays: np.lib.npyio.NpzFile, card: dict[str, Any], name: str = "head") -> CrisisHead | None:
    if f"{name}_coef" not in arrays.files:
        return None
    about: dict[str, Any] = card.get(name, {})
    if about.get("emotion_artefact_sha256") != emotion_artefact_sha256():
        # Features of another emotion network mean nothing to this head; the thresholds assumed it, so say so.
        log.warning("crisis head fitted on another emotion artefact: retrain with `warmline train crisis`")
        return None
    return CrisisHead(
        arrays[f"{name}_coef"].astype(np.float32), float(arrays[f"{name}_bias"]), float(about["weight"])
    )


def encoder_sha256(path: Path = ENCODER) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def emotion_artefact_sha256() -> str:
    from agent.emotion import ARTIFACT

    return hashlib.sha256(ARTIFACT.read_bytes()).hexdigest() if ARTIFACT.exists() else ""
