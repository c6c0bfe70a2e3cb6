"""Issue 15: the city's monthly roll-up. A month exported by a desk reads back; 400 centers'
months load into PostgreSQL; a file loaded twice adds nothing; a corrected file replaces the
old one and says so; a broken signature, an unknown version or another key is refused (exit 2)
with nothing loaded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bench.multidesk import synthetic_month
from desk_app.cli import main
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.citywide import Rollup, sign_payload
from desk_app.services.closeout import CloseoutService
from desk_app.services.signing import JournalKey
from tests.conftest import DAY, adult, book, db_arg, kid

CENTERS = 400


def key_for(center: int, tmp: Path) -> JournalKey:
    return JournalKey(Ed25519PrivateKey.from_private_bytes(bytes([center % 256]) * 32), tmp / f"k{center}")


def write(path: Path, payload: dict) -> Path:
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_desk_month_exports_signed_and_rolls_up_to_the_won(ctx, clock, manager, tmp_path, capsys):
    code = book(ctx, kid(), adult())
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    svc = CheckinService(ctx)
    req = dataclasses.replace(svc.request_for(code), residency_doc="resident_card")
    svc.pay(req, PaymentIn("card", approval_no="12345678"), "k", manager.id)
    clock.set(dt.datetime.combine(DAY, dt.time(18)))
    CloseoutService(ctx).close(DAY, None, manager, backup=False)
    out = tmp_path / "month.json"
    assert main(["export-month", "2025-06", "--db", db_arg(ctx.store), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "김하늘" not in text and "010-" not in text  # no names, no phone numbers
    payload = json.loads(text)
    assert payload["totals"]["revenue"]["net"] == 3000 and payload["days"][0]["closed"]
    capsys.readouterr()
    assert main(["rollup", str(out), "--csv", str(tmp_path / "city.csv")]) == 0
    city = json.loads(capsys.readouterr().out)
    assert city["months"][0]["total"]["net"] == 3000 and city["months"][0]["total"]["children"] == 1
    assert "합계,1개 센터" in (tmp_path / "city.csv").read_text(encoding="utf-8-sig")


def test_400_centers_roll_up_idempotently_into_postgresql(pg_cluster, tmp_path, capsys):
    url = pg_cluster.create_database("city")
    rng = random.Random(15)
    folder = tmp_path / "files"
    folder.mkdir()
    payloads = {c: sign_payload(synthetic_month(c, rng), key_for(c, tmp_path)) for c in range(CENTERS)}
    files = [write(folder / f"c{c:03d}-2025-06.json", p) for c, p in payloads.items()]
    expected_net = sum(p["totals"]["revenue"]["net"] for p in payloads.values())
    try:
        started = time.perf_counter()
        assert main(["rollup", *map(str, files), "--db", url]) == 0
        took = time.perf_counter() - started
        first = json.loads(capsys.readouterr().out)
        assert [x["outcome"] for x in first["loaded"]] == ["added"] * CENTERS
        total = first["months"][0]["total"]
        assert total["centers"] == CENTERS and total["net"] == expected_net
        with capsys.disabled():
            print(f"\nroll-up of {CENTERS} centers into PostgreSQL: {took:.2f} s")
        # loaded twice: nothing added
        assert main(["rollup", *map(str, files), "--db", url]) == 0
        again = json.loads(capsys.readouterr().out)
        assert {x["outcome"] for x in again["loaded"]} == {"unchanged"} and again["months"][0]["total"] == total
        # a corrected file for the same center and month replaces the old one, and says so
        fixed = dict(payloads[7])
        fixed["days"] = [dict(d, revenue=dict(d["revenue"])) for d in fixed["days"]]
        fixed["days"][0]["revenue"]["net"] += 1000
        corrected = write(
            tmp_path / "c007-fixed.json",
            sign_payload(
                {k: v for k, v in fixed.items() if k not in ("signature", "public_key")}, key_for(7, tmp_path)
            ),
        )
        assert main(["rollup", str(corrected), "--db", url]) == 0
        out = capsys.readouterr()
        assert json.loads(out.out)["loaded"][0]["outcome"] == "replaced" and "바꿨습니다" in out.err
        assert json.loads(out.out)["months"][0]["total"]["net"] == expected_net + 1000
        # refused, exit 2, nothing loaded
        broken = dict(payloads[8])
        broken["totals"] = dict(broken["totals"], kt={"count": 0, "won": 0})
        newer = sign_payload(dict(synthetic_month(9, rng), version=2), key_for(9, tmp_path))
        stranger = sign_payload(synthetic_month(10, rng), key_for(11, tmp_path))  # center 10, another key
        for bad, said in (
            (write(tmp_path / "broken.json", broken), "서명이 맞지 않습니다"),
            (write(tmp_path / "newer.json", newer), "알 수 없는 버전"),
            (write(tmp_path / "stranger.json", stranger), "서명 키가 전에 받은 파일과 다릅니다"),
        ):
            capsys.readouterr()
            assert main(["rollup", str(files[20]), str(bad), "--db", url]) == 2
            assert said in capsys.readouterr().err
        assert main(["rollup", str(files[20]), "--db", url]) == 0
        assert json.loads(capsys.readouterr().out)["months"][0]["total"]["net"] == expected_net + 1000
    finally:
        Rollup(url).close()
        pg_cluster.drop_database("city")
