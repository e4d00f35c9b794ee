"""`reject config`: a small profile kept as TOML, used to sign `reject ask`."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reject.tomlfile import loads


@pytest.fixture
def config_file() -> Path:
    return Path(os.environ["REJECT_CONFIG"])


def test_set_get_list_round_trip(run, config_file: Path) -> None:
    result = run("config", "set", "name", "Sam Taylor")
    assert result.code == 0, result.err
    assert run("config", "get", "name").out == "Sam Taylor\n"
    listed = run("config", "list")
    assert "name = Sam Taylor" in listed.out
    assert str(config_file) in listed.err
    assert run("config", "list", "--json").json() == {"name": "Sam Taylor"}


def test_the_file_is_private_toml(run, config_file: Path) -> None:
    run("config", "set", "name", "Sam Taylor")
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(config_file.parent.stat().st_mode) == 0o700
    assert loads(config_file.read_bytes(), config_file) == {"name": "Sam Taylor"}


@pytest.mark.parametrize(
    "value",
    [
        'Sam "the Rock" Taylor',
        "C:\\Users\\sam",
        "Zoë Ó'Brien-Núñez",
        "山田 太郎",
        "= [x]",
        "two\nlines",
    ],
)
def test_awkward_values_survive_as_valid_toml(run, config_file: Path, value: str) -> None:
    result = run("config", "set", "name", value)
    if "\n" in value:  # a line break is refused like in any one-line field
        assert result.code == 2
        assert not config_file.exists()
        return
    assert result.code == 0, result.err
    assert loads(config_file.read_bytes(), config_file)["name"] == value
    assert run("config", "get", "name").out == value + "\n"


def test_unknown_key_is_a_usage_error_and_writes_nothing(run, config_file: Path) -> None:
    result = run("config", "set", "nmae", "Sam")
    assert result.code == 2
    assert "name, email" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not config_file.exists()
    assert run("config", "get", "colour").code == 2


def test_get_of_an_unset_key_exits_1(run) -> None:
    result = run("config", "get", "name")
    assert result.code == 1
    assert result.out == ""
    assert "config set name" in result.err


def test_unset_and_other_settings_kept(run, config_file: Path) -> None:
    config_file.parent.mkdir(mode=0o700)
    config_file.write_text('name = "Sam"\nfuture_setting = "kept"\n', encoding="utf-8")
    assert run("config", "set", "email", "sam@example.com").code == 0
    assert run("config", "unset", "name").code == 0
    doc = loads(config_file.read_bytes(), config_file)
    assert doc == {"future_setting": "kept", "email": "sam@example.com"}
    assert "wasn't set" in run("config", "unset", "name").err


def test_a_broken_config_file_is_one_line_and_left_alone(run, config_file: Path) -> None:
    config_file.parent.mkdir(mode=0o700)
    config_file.write_bytes(b'name = "unterminated\n')
    result = run("config", "set", "name", "Sam")
    assert result.code == 2
    assert "not valid TOML" in result.err
    assert "Traceback" not in result.err
    assert config_file.read_bytes() == b'name = "unterminated\n'


def test_ask_signs_with_the_name_when_set(run, log) -> None:
    rid = log("Acme", "Engineer")
    unsigned = run("ask", str(rid)).out
    assert unsigned.rstrip().endswith("Best regards,")
    run("config", "set", "name", "Sam Taylor")
    rid2 = log("Globex", "Analyst")
    signed = run("ask", str(rid2)).out
    assert signed.rstrip().endswith("Best regards,\nSam Taylor")


# -- values edited by hand (issue 12, B9) ---------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [("name", "S\\u001b"), ("name", "Sam\\u200bTaylor"), ("email", "sam@example.org\\u0007")],
    ids=["escape", "zero-width", "bell"],
)
@pytest.mark.parametrize("args", [("ask", "1"), ("config", "get", "name"), ("config", "list")])
def test_a_hand_edited_bad_value_is_a_one_line_error_naming_file_and_key(
    run, log, config_file: Path, key: str, value: str, args: tuple[str, ...]
) -> None:
    log()
    config_file.parent.mkdir(parents=True, exist_ok=True)
    config_file.write_text(f'{key} = "{value}"\n', encoding="utf-8")
    result = run(*args)
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "unexpected" not in lines[0]
    assert str(config_file) in lines[0] and key in lines[0]
    assert "\x1b" not in result.err and "\x07" not in result.err


def test_a_bad_hand_edited_value_can_be_set_again(run, config_file: Path) -> None:
    config_file.parent.mkdir(parents=True, exist_ok=True)
    config_file.write_text('name = "S\\u001b"\n', encoding="utf-8")
    assert run("config", "set", "name", "Sam Taylor").code == 0
    assert run("config", "get", "name").out == "Sam Taylor\n"


# -- nesting no parser should follow (issue 12, B10) ----------------------------------

DEEP = 100_000


@pytest.mark.parametrize(
    "value", ["[" * DEEP + "]" * DEEP, "{a = " * DEEP + "1" + "}" * DEEP], ids=["arrays", "tables"]
)
def test_a_deeply_nested_config_is_a_one_line_error(run, config_file: Path, value: str) -> None:
    config_file.parent.mkdir(parents=True, exist_ok=True)
    config_file.write_text(f"name = {value}\n", encoding="utf-8")
    result = run("config", "list")
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "unexpected" not in lines[0], result.err
    assert str(config_file) in lines[0] and "nested" in lines[0]


def test_a_deeply_nested_themes_file_is_a_one_line_error(run, log, home: Path) -> None:
    log()
    themes = home / "themes.toml"
    themes.write_text("[themes]\ncare = " + "[" * DEEP + "]" * DEEP + "\n", encoding="utf-8")
    result = run("plan")
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "unexpected" not in lines[0], result.err
    assert str(themes) in lines[0] and "nested" in lines[0]


def test_ordinary_nesting_still_reads(config_file: Path) -> None:
    doc = loads(b"a = [[1, 2], [3, [4]]]\nb = {c = {d = 1}}\n", config_file)
    assert doc == {"a": [[1, 2], [3, [4]]], "b": {"c": {"d": 1}}}
