from hypothesis import given
from hypothesis import strategies as st

from agent import plutchik
from agent.schema import GOEMOTIONS_LABELS, Intensity, PlutchikPair

scores = st.dictionaries(st.sampled_from(GOEMOTIONS_LABELS), st.floats(0.0, 1.0), max_size=28)


def test_every_label_has_a_stated_treatment() -> None:
    assert set(plutchik.LABEL_WEIGHTS) == set(GOEMOTIONS_LABELS)
    used = {emotion for weights in plutchik.LABEL_WEIGHTS.values() for emotion in weights}
    assert used == set(plutchik.BASIC_EMOTIONS)
    assert all(0 < w <= 1 for weights in plutchik.LABEL_WEIGHTS.values() for w in weights.values())


def test_pairs_cover_the_eight_emotions_once() -> None:
    poles = [p for pair in plutchik.PAIR_POLES.values() for p in pair]
    assert sorted(poles) == sorted(plutchik.BASIC_EMOTIONS)


def test_strong_grief_reads_as_grief_on_the_sad_side() -> None:
    reading = plutchik.project({"grief": 0.95, "sadness": 0.9})
    pair = next(p for p in reading.pairs if p.pair is PlutchikPair.JOY_SADNESS)
    assert pair.value < -0.6 and pair.pole == "sadness" and pair.name == "grief"
    assert reading.dominant == "sadness" and reading.intensity is Intensity.HIGH and reading.name == "grief"


def test_mild_annoyance_is_named_annoyance() -> None:
    reading = plutchik.project({"annoyance": 0.9})
    assert reading.dominant == "anger" and reading.name == "annoyance" and reading.intensity is Intensity.LOW


def test_neutral_message_stays_neutral() -> None:
    reading = plutchik.project({"neutral": 0.95, "approval": 0.35})
    assert reading.dominant == "neutral" and reading.name == "neutral" and reading.intensity is Intensity.NONE


def test_outside_label_embarrassment_projects_to_shame_components() -> None:
    basic = plutchik.basic_scores({"embarrassment": 1.0})
    assert basic["fear"] > 0 and basic["disgust"] > 0 and basic["joy"] == 0


def test_named_intensities() -> None:
    assert plutchik.named_intensity("fear", Intensity.LOW) == "apprehension"
    assert plutchik.named_intensity("fear", Intensity.HIGH) == "terror"
    assert plutchik.named_intensity("anticipation", Intensity.MEDIUM) == "anticipation"
    assert plutchik.named_intensity("surprise", Intensity.NONE) == "neutral"


@given(scores)
def test_projection_is_consistent(labels: dict[str, float]) -> None:
    reading = plutchik.project(labels)
    assert set(reading.labels) == set(GOEMOTIONS_LABELS)
    assert [p.pair for p in reading.pairs] == list(PlutchikPair)
    for pair in reading.pairs:
        first, second = plutchik.PAIR_POLES[pair.pair]
        assert -1.0 <= pair.value <= 1.0
        assert pair.pole == (first if pair.value >= 0 else second)
        assert pair.intensity is plutchik.intensity_of(pair.value)
    assert 0.0 <= reading.intensity_score <= 1.0
    assert reading.dominant in (*plutchik.BASIC_EMOTIONS, "neutral")


def test_a_pair_on_the_edge_of_no_emotion_reads_as_its_shown_value() -> None:
    # found by hypothesis in a clean clone: amusement and remorse at 1.0 left joy-sadness a hair under 0.1
    reading = plutchik.project({"admiration": 0.0, "amusement": 1.0, "anger": 0.0, "remorse": 1.0})
    for pair in reading.pairs:
        assert pair.intensity is plutchik.intensity_of(pair.value)
