"""The `desk-app quote` and `desk-app calendar` contract (CLI.md): output, exit codes, messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli import main
from tests.conftest import ROOT

CASES = json.loads((Path(__file__).resolve().parent / "data" / "quote_examples.json").read_text(encoding="utf-8"))


def run(capsys, argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", CASES, ids=[c["example"] for c in CASES])
def test_quote_answers_every_spec_example(capsys, monkeypatch, case):
    code, out, err = run(capsys, ["quote", "-"], json.dumps(case["input"]), monkeypatch)
    assert code == 0, err
    assert json.loads(out) == case["output"]


def test_quote_reads_a_file_and_the_subprocess_entry_points(tmp_path):
    f = tmp_path / "party.json"
    f.write_text(json.dumps(CASES[0]["input"]), encoding="utf-8")
    for cmd in ([sys.executable, "-m", "desk_app"], [str(Path(sys.executable).parent / "desk-app")]):
        p = subprocess.run([*cmd, "quote", str(f)], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert p.returncode == 0, p.stderr
        assert json.loads(p.stdout)["total"] == 5000


BASE = {
    "visit_date": "2025-06-11",
    "kind": "individual",
    "people": [{"role": "child", "birth_date": "2021-01-01"}, {"role": "guardian"}],
}


def with_(**changes):
    d = json.loads(json.dumps(BASE))
    d.update(changes)
    return d


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ("{not json", "JSON"),
        ("[1, 2]", "JSON 객체"),
        (json.dumps({"kind": "individual", "people": []}), "visit_date"),
        (json.dumps({"visit_date": "2025-06-11"}), "people"),
        (json.dumps(with_(visit_date="2025-02-30")), "visit_date"),
        (json.dumps(with_(visit_date="11/06/2025")), "visit_date"),
        (json.dumps(with_(colour="red")), "colour"),
        (json.dumps(with_(kind="family")), "kind"),
        (json.dumps(with_(session=0)), "session"),
        (
            json.dumps(
                with_(
                    people=[
                        {"role": "child", "birth_date": "2021-01-01", "reduction": "vip", "proof": True},
                        {"role": "guardian"},
                    ]
                )
            ),
            "people[0].reduction",
        ),
        (
            json.dumps(with_(people=[{"role": "child", "birth_date": "2021-13-01"}, {"role": "guardian"}])),
            "people[0].birth_date",
        ),
        (
            json.dumps(with_(people=[{"role": "child", "birth_date": "2021-01-01", "shoe": 3}, {"role": "guardian"}])),
            "people[0].shoe",
        ),
        (
            json.dumps(
                with_(
                    people=[
                        {"role": "child", "birth_date": "2021-01-01"},
                        {"role": "guardian", "reduction": "senior", "proof": True},
                    ]
                )
            ),
            "people[1].birth_date",
        ),
        (json.dumps(with_(people=[{"role": "child", "birth_date": "2021-01-01"}, {"role": "boss"}])), "people[1].role"),
    ],
)
def test_malformed_input_exits_2_naming_the_field(capsys, monkeypatch, payload, field):
    code, out, err = run(capsys, ["quote", "-"], payload, monkeypatch)
    assert code == 2 and out == ""
    assert field in err


@pytest.mark.parametrize(
    ("payload", "rule"),
    [
        (with_(visit_date="2025-05-06"), "CAL-1"),  # substitute holiday
        (with_(visit_date="2025-06-16"), "CAL-1"),  # Monday
        (with_(session=4), "CAL-2"),
        (
            with_(
                kind="group",
                visit_date="2025-06-14",
                people=[{"role": "child", "birth_date": "2021-01-01"}] * 10 + [{"role": "teacher"}],
            ),
            "CAL-3",
        ),
        (with_(people=[{"role": "child", "birth_date": "2017-01-01"}, {"role": "guardian"}]), "ELG-2"),
        (with_(people=[{"role": "child", "birth_date": "2016-01-01"}, {"role": "guardian"}]), "ELG-1"),
        (with_(people=[{"role": "child", "birth_date": "2021-01-01"}]), "ELG-1"),
        (with_(people=[{"role": "child", "birth_date": "2023-01-01", "care": True}, {"role": "guardian"}]), "ELG-5"),
        (
            with_(
                visit_date="2025-01-08",
                people=[{"role": "child", "birth_date": "2021-01-01", "care": True}, {"role": "guardian"}],
            ),
            "ELG-5",
        ),
        (with_(people=[{"role": "child", "birth_date": "2021-01-01"}] * 4 + [{"role": "guardian"}]), "RSV-2"),
        (
            with_(kind="group", people=[{"role": "child", "birth_date": "2021-01-01"}] * 8 + [{"role": "teacher"}]),
            "RSV-3",
        ),
        (
            with_(kind="group", people=[{"role": "child", "birth_date": "2024-01-01"}] * 12 + [{"role": "teacher"}]),
            "RSV-3",
        ),
    ],
)
def test_refusals_exit_3_with_the_rule_id_first(capsys, monkeypatch, payload, rule):
    code, out, err = run(capsys, ["quote", "-"], json.dumps(payload), monkeypatch)
    assert code == 3 and out == ""
    assert err.startswith(f"{rule}: ")


def test_missing_quote_file_and_broken_profile_exit_2(capsys, tmp_path, profile_text):
    code, _, err = run(capsys, ["quote", str(tmp_path / "none.json")])
    assert code == 2 and "찾을 수 없습니다" in err
    f = tmp_path / "party.json"
    f.write_text(json.dumps(BASE), encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(profile_text.replace("child = 2000", "child = -5"), encoding="utf-8")
    code, out, err = run(capsys, ["quote", "--profile", str(bad), str(f)])
    assert code == 2 and out == "" and "rules[0].fees.child" in err


def test_calendar_may_2025(capsys):
    code, out, _ = run(capsys, ["calendar", "2025-05"])
    assert code == 0
    days = {d["date"]: d for d in json.loads(out)}
    assert len(days) == 31
    assert days["2025-05-05"]["open"] and len(days["2025-05-05"]["sessions"]) == 3
    assert not days["2025-05-06"]["open"] and "대체 휴일" in days["2025-05-06"]["reason"]
    assert not days["2025-05-01"]["open"] and "근로자의 날" in days["2025-05-01"]["reason"]
    assert not days["2025-05-12"]["open"] and days["2025-05-12"]["sessions"] == []
    wed = days["2025-05-14"]
    assert wed["sessions"] == [
        {"no": 1, "start": "10:00", "end": "12:00", "audience": "shared", "capacity": 22},
        {"no": 2, "start": "13:00", "end": "15:00", "audience": "shared", "capacity": 22},
        {"no": 3, "start": "15:30", "end": "17:30", "audience": "shared", "capacity": 22},
    ]
    assert {s["audience"] for s in days["2025-05-17"]["sessions"]} == {"individual"}


@pytest.mark.parametrize("arg", ["2025-13", "2025/05", "May", "2025-5"])
def test_calendar_bad_month_exits_2(capsys, arg):
    code, out, err = run(capsys, ["calendar", arg])
    assert code == 2 and out == "" and "YYYY-MM" in err


def test_unknown_verb_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as e:
        main(["frobnicate"])
    assert e.value.code == 2
