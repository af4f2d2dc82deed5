"""Signed participant links: valid ones pass, anything tampered, expired or foreign is refused."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from hypothesis import given
from hypothesis import strategies as st

from agent.settings import PROJECT_ROOT, Settings
from agent.study import load_study
from agent.study_links import (
    LinkFields,
    LinkStatus,
    participant_hash,
    participant_url,
    sign,
    study_secret,
    verify,
)

STUDY = load_study(PROJECT_ROOT / "studies" / "example" / "study.yaml")
SECRET = "test-secret-not-for-production"
NOW = 1_800_000_000.0
ids = st.text(st.characters(codec="utf-8"), min_size=1, max_size=40)


def params(fields: LinkFields) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(participant_url("http://x", fields)).query))


def test_a_fresh_link_is_valid_and_round_trips_through_its_url() -> None:
    fields = sign(SECRET, STUDY.id, "P-001", "raw", days=7, now=NOW)
    url = participant_url("https://study.example.org/", fields)
    assert url.startswith("https://study.example.org/?study=example-pilot&pid=P-001&arm=raw&exp=")
    check = verify(params(fields), SECRET, STUDY, now=NOW + 3600)
    assert check.valid and check.fields == fields


def test_expiry_unknown_study_and_unknown_arm_are_told_apart() -> None:
    fields = sign(SECRET, STUDY.id, "P-001", days=1, now=NOW)
    assert verify(params(fields), SECRET, STUDY, now=NOW + 2 * 86400).status is LinkStatus.EXPIRED
    other = sign(SECRET, "another-study", "P-001", now=NOW)
    assert verify(params(other), SECRET, STUDY, now=NOW).status is LinkStatus.UNKNOWN_STUDY
    assert verify(params(fields), SECRET, None, now=NOW).status is LinkStatus.UNKNOWN_STUDY
    gone = sign(SECRET, STUDY.id, "P-001", "removed-arm", now=NOW)
    assert verify(params(gone), SECRET, STUDY, now=NOW).status is LinkStatus.UNKNOWN_ARM


def test_missing_or_garbled_parameters_are_malformed() -> None:
    fields = params(sign(SECRET, STUDY.id, "P-001", now=NOW))
    for name in ("study", "pid", "exp", "sig"):
        broken = {k: v for k, v in fields.items() if k != name}
        assert verify(broken, SECRET, STUDY, now=NOW).status is LinkStatus.MALFORMED
    assert verify({**fields, "exp": "soon"}, SECRET, STUDY, now=NOW).status is LinkStatus.MALFORMED


@given(pid=ids, new_pid=ids, arm=st.sampled_from(["", "raw", "debiased"]), days=st.integers(1, 400))
def test_changing_the_participant_is_detected(pid: str, new_pid: str, arm: str, days: int) -> None:
    fields = sign(SECRET, STUDY.id, pid, arm, days, now=NOW)
    forged = fields.model_copy(update={"pid": new_pid})
    expected = LinkStatus.VALID if new_pid == pid else LinkStatus.BAD_SIGNATURE
    assert verify(params(forged), SECRET, STUDY, now=NOW).status is expected


@given(
    pid=ids, arm=st.sampled_from(["", "raw", "debiased"]), new_arm=st.sampled_from(["", "raw", "debiased"])
)
def test_changing_or_adding_an_arm_is_detected(pid: str, arm: str, new_arm: str) -> None:
    fields = sign(SECRET, STUDY.id, pid, arm, now=NOW)
    forged = fields.model_copy(update={"arm": new_arm})
    expected = LinkStatus.VALID if new_arm == arm else LinkStatus.BAD_SIGNATURE
    assert verify(params(forged), SECRET, STUDY, now=NOW).status is expected


@given(pid=ids, shift=st.integers(-(10**9), 10**9).filter(lambda s: s != 0))
def test_extending_the_expiry_is_detected(pid: str, shift: int) -> None:
    fields = sign(SECRET, STUDY.id, pid, now=NOW)
    forged = fields.model_copy(update={"exp": max(0, fields.exp + shift)})
    status = verify(params(forged), SECRET, STUDY, now=NOW).status
    assert status is (LinkStatus.VALID if forged.exp == fields.exp else LinkStatus.BAD_SIGNATURE)


@given(pid=ids, position=st.integers(0, 63), digit=st.sampled_from("0123456789abcdef"))
def test_any_change_to_the_signature_is_detected(pid: str, position: int, digit: str) -> None:
    fields = sign(SECRET, STUDY.id, pid, now=NOW)
    sig = fields.sig[:position] + digit + fields.sig[position + 1 :]
    status = verify(params(fields.model_copy(update={"sig": sig})), SECRET, STUDY, now=NOW).status
    assert status is (LinkStatus.VALID if sig == fields.sig else LinkStatus.BAD_SIGNATURE)


@given(pid=ids, other=st.text(min_size=8, max_size=40))
def test_a_link_signed_with_another_secret_is_refused(pid: str, other: str) -> None:
    fields = sign(other, STUDY.id, pid, now=NOW)
    status = verify(params(fields), SECRET, STUDY, now=NOW).status
    assert status is (LinkStatus.VALID if other == SECRET else LinkStatus.BAD_SIGNATURE)


def test_participant_hash_is_keyed_stable_and_hides_the_id() -> None:
    first = participant_hash(SECRET, STUDY.id, "P-001")
    assert first == participant_hash(SECRET, STUDY.id, "P-001")
    assert first != participant_hash("another-secret", STUDY.id, "P-001")
    assert first != participant_hash(SECRET, STUDY.id, "P-002")
    assert "P-001" not in first


def test_the_secret_comes_from_the_setting_or_is_made_once(tmp_path: Path) -> None:
    data = tmp_path
    made = study_secret(Settings(data_dir=data))
    assert made == study_secret(Settings(data_dir=data)) and len(made) >= 32
    assert study_secret(Settings(data_dir=data, study_secret="configured-secret")) == "configured-secret"
