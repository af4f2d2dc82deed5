from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from memory.identity import DEVICE_COOKIE, cookie_value, load_or_create_secret, new_device_token, visitor_id


def test_secret_is_created_once_and_private(tmp_path: Path) -> None:
    path = tmp_path / "auth_secret"
    first = load_or_create_secret(path)
    assert load_or_create_secret(path) == first
    assert len(first) >= 40
    assert path.stat().st_mode & 0o077 == 0


def test_visitor_id_is_stable_and_does_not_reveal_the_token() -> None:
    token = new_device_token()
    assert visitor_id(token, "s") == visitor_id(token, "s")
    assert visitor_id(token, "s") != visitor_id(token, "other secret")
    assert token not in visitor_id(token, "s")
    assert new_device_token() != token


def test_cookie_value_finds_the_device_cookie() -> None:
    assert cookie_value(f"a=1; {DEVICE_COOKIE}=abc; b=2") == "abc"
    assert cookie_value("a=1") is None
    assert cookie_value("") is None


@given(st.text(max_size=300))
def test_cookie_parsing_never_raises(header: str) -> None:
    cookie_value(header)
