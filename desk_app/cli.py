"""The `desk-app` command (CLI.md). With no verb it opens the desk window.

Exit codes: 0 success, 2 malformed input or usage, 3 refused by a rule, 1 anything else.
Messages go to stderr, results to stdout.
"""

from __future__ import annotations

import argparse
import calendar as _calendar
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from desk_app import __version__
from desk_app.config import load_profile, make_settings
from desk_app.domain.admission import check_admission
from desk_app.domain.calendar import day_plan
from desk_app.domain.errors import BadInput, DeskError, NotAdmissible, require_manager
from desk_app.domain.fees import quote
from desk_app.domain.party import party_from_data

EXIT_OK, EXIT_OTHER, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: 사용법 오류: {message}\n")


def _emit(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _read_json(name: str) -> Any:
    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            with open(name, encoding="utf-8-sig") as f:
                text = f.read()
    except FileNotFoundError:
        raise BadInput(name, "파일을 찾을 수 없습니다") from None
    except UnicodeDecodeError:
        raise BadInput(name, "UTF-8 텍스트가 아닙니다") from None
    except OSError as e:
        raise BadInput(name, f"파일을 읽을 수 없습니다 ({e.strerror})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise BadInput(name, f"JSON 형식이 아닙니다 ({e.lineno}행 {e.colno}열: {e.msg})") from None


def cmd_quote(args: argparse.Namespace) -> int:
    """Price one party for one visit after checking it may enter (CLI.md `desk-app quote`)."""
    data = _read_json(args.file)
    profile = load_profile(args.profile)
    party = party_from_data(data)
    admission = check_admission(profile, party)
    q = quote(admission.rules, party)
    _emit(
        {
            "visit_date": party.visit_date.isoformat(),
            "session": admission.slot.no,
            "kind": party.kind,
            "lines": [
                {
                    "person": line.person,
                    "item": line.item,
                    "price": line.price,
                    "reduction": line.reduction,
                    "reason": line.reason,
                    "charge": line.charge,
                }
                for line in q.lines
            ],
            "total": q.total,
        }
    )
    return EXIT_OK


def _month(text: str) -> tuple[int, int]:
    try:
        if len(text) != 7 or text[4] != "-":
            raise ValueError
        year, month = int(text[:4]), int(text[5:])
        if not 1 <= month <= 12 or year < 1900:
            raise ValueError
    except ValueError:
        raise BadInput("YYYY-MM", f"올바른 연월이 아닙니다: {text!r} (예: 2025-05)") from None
    return year, month


def calendar_month(profile_path: str | None, year: int, month: int) -> list[dict[str, Any]]:
    profile = load_profile(profile_path)
    out: list[dict[str, Any]] = []
    for day_no in range(1, _calendar.monthrange(year, month)[1] + 1):
        plan = day_plan(profile, dt.date(year, month, day_no))
        entry: dict[str, Any] = {
            "date": plan.date.isoformat(),
            "open": plan.open,
            "reason": plan.reason,
            "sessions": [
                {
                    "no": s.no,
                    "start": s.start.strftime("%H:%M"),
                    "end": s.end.strftime("%H:%M"),
                    "audience": s.audience,
                    "capacity": s.capacity,
                }
                for s in plan.sessions
            ],
        }
        if plan.closed_sessions:  # optional field (CLI.md allows additions)
            entry["closed_sessions"] = [{"no": c.no, "reason": c.reason} for c in plan.closed_sessions]
        if plan.open:
            entry["care_offered"] = plan.care_offered
        out.append(entry)
    return out


def cmd_calendar(args: argparse.Namespace) -> int:
    year, month = _month(args.month)
    _emit(calendar_month(args.profile, year, month))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Fill a database with a realistic day (and play it through when it is past)."""
    from desk_app.paths import demo_db_path
    from desk_app.services.demo import fill

    day = dt.date.today()
    if args.date:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            raise BadInput("--date", f"올바른 날짜가 아닙니다: {args.date!r} (예: 2025-06-11)") from None
    if not getattr(args, "db", None):
        args.db = str(demo_db_path())
    with _desk(args) as desk:
        summary = fill(desk.ctx, day)
    _emit({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in summary.__dict__.items()})
    return EXIT_OK


def _desk(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The desk for one record verb (bootstrap: profile, store, clock, services), closed after."""
    from desk_app.bootstrap import desk_session

    return desk_session(make_settings(getattr(args, "db", None), args.profile, getattr(args, "desk", None)))


def cmd_import(args: argparse.Namespace) -> int:
    """RSV-1: import the portal's booking list; prints added, updated, cancelled, rejected."""
    with _desk(args) as desk:
        manager = _manager_member(args, desk) if args.allow_past and not args.dry_run else None
        summary = desk.imports.run(args.file, commit=not args.dry_run, allow_past=args.allow_past, manager=manager)
    out = {
        "file": summary.file,
        "rows": summary.rows,
        "committed": summary.committed,
        "added": summary.added,
        "updated": summary.updated,
        "cancelled": summary.cancelled,
        "unchanged": summary.unchanged,
        "rejected": [{"line": r.line, "reason": r.reason} for r in summary.rejected],
        "warnings": list(summary.warnings),
        "past": summary.past,
        "to_call": [
            {
                "code": c.code,
                "portal_no": c.portal_no,
                "date": c.day.isoformat(),
                "session": c.session_no,
                "booker": c.booker_name,
                "phone": c.phone,
                "reason": c.reason,
            }
            for c in summary.to_call
        ],
    }
    _emit(out)
    if summary.rejected:
        sys.stderr.write(f"입력 오류: {len(summary.rejected)}개 행이 잘못되어 아무것도 가져오지 않았습니다 (RSV-1)\n")
        for r in summary.rejected:
            sys.stderr.write(f"  {r.line}행: {r.reason}\n")
        return EXIT_USAGE
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """CLS-1: the day's close-out report, or a month's summary for the district office, as PDF
    and CSV. Works for any day, closed or not, and changes nothing."""
    from dataclasses import asdict

    from desk_app.printing.report import day_csv, day_pdf, month_csv, month_pdf
    from desk_app.services.closeout import month_summary

    text = args.period
    monthly = len(text) == 7
    if monthly:
        year, month = _month(text)
    elif len(text) == 10:
        day = _date_arg(text)
    else:
        raise BadInput("YYYY-MM-DD", f"올바른 날짜나 연월이 아닙니다: {text!r} (예: 2025-06-11 또는 2025-06)")
    with _desk(args) as desk:
        center = desk.profile.center
        if monthly:
            data = month_summary(desk.ctx, year, month)
            pdf, csv_bytes = (lambda: month_pdf(data, center)), (lambda: month_csv(data, center))
        else:
            data = desk.closeout.report(day)
            pdf, csv_bytes = (lambda: day_pdf(data, center)), (lambda: day_csv(data, center))
    for target, build in ((args.pdf, pdf), (args.csv, csv_bytes)):
        if target:
            try:
                with open(target, "wb") as f:
                    f.write(build())
            except OSError as e:
                raise BadInput(target, f"파일을 쓸 수 없습니다 ({e.strerror})") from None
    _emit(json.loads(json.dumps(asdict(data), default=str)))
    return EXIT_OK


def cmd_verify_journal(args: argparse.Namespace) -> int:
    """0 when the audit journal's chain is whole; otherwise the first broken entry and 1."""
    from pathlib import Path

    with _desk(args) as desk:
        check = desk.journal.verify([Path(a) for a in args.anchors] if args.anchors else None)
    if check.ok:
        sys.stdout.write(f"감사 기록 {check.entries}건: 사슬이 온전합니다 (서명, 기록과의 대조, 앵커 포함)\n")
        return EXIT_OK
    where = f"{check.first_broken}번 항목 — " if check.first_broken is not None else ""
    sys.stdout.write(f"감사 기록이 손상되었습니다: {where}{check.problem}\n")
    return EXIT_OTHER


def _manager_member(args: argparse.Namespace, desk):  # type: ignore[no-untyped-def]
    """Manager actions: a manager's name (--manager) and PIN (asked on the terminal, or read
    from stdin by a script). A database with no staff yet has nobody to ask: None."""
    import getpass

    staff = desk.staff
    if not staff.any_staff():
        return None
    if not getattr(args, "manager", None):
        raise BadInput("--manager", "관리자 이름이 필요합니다 (관리자 작업)")
    pin = getpass.getpass("관리자 PIN: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
    member = staff.login(args.manager, pin)
    require_manager(member.is_manager, f"{args.verb} ({member.name}님은 관리자가 아닙니다)")
    return member


def _manager(args: argparse.Namespace, desk) -> int | None:  # type: ignore[no-untyped-def]
    """Restore and purge are manager actions; a database with no staff yet needs none."""
    member = _manager_member(args, desk)
    return member.id if member is not None else None


def cmd_backup(args: argparse.Namespace) -> int:
    """A backup made by hand with SQLite's online backup API."""
    from pathlib import Path

    from desk_app.services.backup import backup_file, note_backup

    settings = make_settings(getattr(args, "db", None), args.profile)
    if settings.sqlite_path is None:
        raise BadInput("--db", "SQLite 파일에만 백업을 만들 수 있습니다 (PostgreSQL은 서버에서 pg_dump로 백업하세요)")
    with _desk(args) as desk:  # brings the file to the current schema and journals the backup
        target = backup_file(settings.sqlite_path, "manual", Path(args.to) if args.to else None, desk.clock.now())
        note_backup(desk.ctx, target, {"to": str(target)})
    sys.stdout.write(f"{target}\n")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database by a sound backup (a manager action); the current one is kept aside."""
    from pathlib import Path

    from desk_app.services.backup import check_backup, note_restore, restore_file

    settings = make_settings(getattr(args, "db", None), args.profile)
    if settings.sqlite_path is None:
        raise BadInput("--db", "SQLite 파일에만 복구할 수 있습니다")
    check_backup(Path(args.file))  # refuse a bad file before asking anyone for a PIN
    manager_id = None
    if settings.sqlite_path.exists():
        with _desk(args) as desk:
            manager_id = _manager(args, desk)
    aside = restore_file(Path(args.file), settings.sqlite_path)
    with _desk(args) as desk:  # upgrades a backup made by an older version
        note_restore(desk.ctx, Path(args.file).name, manager_id, aside)
    sys.stdout.write(f"복구했습니다: {args.file} → {settings.sqlite_path}\n이전 데이터베이스: {aside}\n")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    """OPS-3: erase names and phone numbers older than the profile's retention period."""
    with _desk(args) as desk:
        result = desk.privacy.purge(_manager(args, desk))
    _emit({"cutoff": result.cutoff.isoformat(), "bookers_erased": result.bookers, "names_erased": result.people})
    return EXIT_OK


def cmd_lost_found(args: argparse.Namespace) -> int:
    """OPS-1: the items found, as JSON (id, found_at, what, where, state, due_on); with --due,
    those still held whose disposal day is today or earlier. Changes nothing."""
    with _desk(args) as desk:
        rows = desk.lost_found.items(due=args.due)
    _emit([r.as_json() for r in rows])
    return EXIT_OK


def cmd_incidents(args: argparse.Namespace) -> int:
    """OPS-2: the day's warnings, removals and damage records, as JSON. Changes nothing."""
    day = _date_arg(args.date)
    with _desk(args) as desk:
        rows = desk.incidents.on(day)
    _emit([r.as_json() for r in rows])
    return EXIT_OK


def cmd_export_month(args: argparse.Namespace) -> int:
    """Issue 15: one center's month as a signed, versioned file for the district's roll-up."""
    from desk_app.services.citywide import export_month
    from desk_app.services.signing import load_or_create_key

    year, month = _month(args.month)
    with _desk(args) as desk:
        payload = export_month(desk.ctx, year, month, Path(args.out), load_or_create_key())
    _emit(
        {
            "file": args.out,
            "center": payload["center"]["id"],
            "month": payload["month"],
            "days": len(payload["days"]),
            "net": payload["totals"]["revenue"]["net"],
        }
    )
    return EXIT_OK


def cmd_rollup(args: argparse.Namespace) -> int:
    """Issue 15: many centers' month files into one database, idempotently; the city-wide month."""
    from desk_app.services.citywide import Rollup

    if not args.db and not args.csv:
        raise BadInput("--db / --csv", "롤업 데이터베이스(--db postgresql+psycopg://…)나 CSV 파일(--csv)을 주세요")
    url = args.db if args.db and "://" in args.db else (f"sqlite:///{Path(args.db).resolve()}" if args.db else None)
    rollup = Rollup(url)
    try:
        loaded = rollup.load([Path(f) for f in args.files], accept_new_key=args.accept_new_key)
        months = sorted({x.month for x in loaded})
        city = [rollup.month(m) for m in months]
        if args.csv:
            out = Path(args.csv)
            data = b"".join(rollup.csv(c) for c in city)
            try:
                out.write_bytes(data)
            except OSError as e:
                raise BadInput(args.csv, f"파일을 쓸 수 없습니다 ({e.strerror})") from None
    finally:
        rollup.close()
    for x in loaded:
        if x.outcome == "replaced":
            sys.stderr.write(f"{x.file}: {x.center} {x.month}의 이전 파일을 새 파일로 바꿨습니다\n")
    _emit(
        {
            "loaded": [x.__dict__ for x in loaded],
            "months": [{"month": c.month, "centers": c.centers, "total": c.total} for c in city],
        }
    )
    return EXIT_OK


def _date_arg(text: str) -> dt.date:
    try:
        if len(text) != 10:
            raise ValueError
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput("YYYY-MM-DD", f"올바른 날짜가 아닙니다: {text!r} (예: 2025-06-11)") from None
    if not 1900 <= day.year <= 2100:
        raise BadInput("YYYY-MM-DD", f"1900년에서 2100년 사이의 날짜여야 합니다: {text!r}")
    return day


def cmd_gui(args: argparse.Namespace) -> int:
    settings = make_settings(args.db, args.profile, args.desk)
    from ui.app import run  # imported here: the verbs above never load Qt

    return run(settings, demo=args.demo, kiosk=args.kiosk)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="desk-app", description="서울형 키즈카페 안내데스크")
    parser.add_argument("--version", action="version", version=f"desk-app {__version__}")
    parser.add_argument("--profile", help="센터 프로필 파일 (기본: 내장 프로필)")
    parser.add_argument("--db", help="기록 데이터베이스 파일 또는 URL (기본: 사용자 데이터 폴더)")
    parser.add_argument("--demo", action="store_true", help="데모 데이터베이스로 데스크를 엽니다")
    parser.add_argument("--kiosk", action="store_true", help="전체화면(키오스크)으로 엽니다 (F11로 전환)")
    parser.add_argument(
        "--desk", help="여러 데스크가 한 데이터베이스를 쓸 때 이 데스크의 번호 (영수증 번호에 들어감, 예: 2)"
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="verb", parser_class=_Parser)

    def verb(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--profile", help="센터 프로필 파일 (기본: 내장 프로필)", default=argparse.SUPPRESS)
        p.set_defaults(func=func)
        return p

    q = verb("quote", cmd_quote, "한 일행의 이용료를 계산합니다 (JSON 파일, - 는 표준입력)")
    q.add_argument("file")
    c = verb("calendar", cmd_calendar, "한 달의 운영일과 회차를 보여 줍니다")
    c.add_argument("month", metavar="YYYY-MM")
    im = verb("import", cmd_import, "포털 예약 목록(CSV/XLSX)을 가져옵니다 (RSV-1)")
    im.add_argument("file")
    im.add_argument("--db", default=argparse.SUPPRESS, help="기록 데이터베이스 (기본: 사용자 데이터 폴더)")
    im.add_argument("--dry-run", action="store_true", help="저장하지 않고 결과만 보여 줍니다")
    im.add_argument(
        "--allow-past", action="store_true", help="예약이 모두 지난 회차인 파일도 가져옵니다 (관리자 --manager 필요)"
    )
    im.add_argument("--manager", help="관리자 이름 (PIN은 입력받습니다)")
    rp = verb("report", cmd_report, "일일 정산(YYYY-MM-DD) 또는 월간 보고(YYYY-MM)를 만듭니다 (아무것도 바꾸지 않음)")
    rp.add_argument("period", metavar="YYYY-MM-DD|YYYY-MM")
    rp.add_argument("--pdf", help="A4 PDF로 저장할 파일")
    rp.add_argument("--csv", help="CSV로 저장할 파일 (구청 제출용)")
    rp.add_argument("--db", default=argparse.SUPPRESS, help="기록 데이터베이스 (기본: 사용자 데이터 폴더)")
    vj = verb("verify-journal", cmd_verify_journal, "감사 기록의 사슬·서명과 기록을 맞대어 검사합니다")
    vj.add_argument(
        "--anchors",
        nargs="*",
        metavar="FILE",
        help="기기 밖으로 나간 머리: 앵커 파일, 일일 정산 CSV, 월간 보고 CSV",
    )
    vj.add_argument("--db", default=argparse.SUPPRESS, help="기록 데이터베이스 (기본: 사용자 데이터 폴더)")
    bk = verb("backup", cmd_backup, "데이터베이스를 지금 백업합니다")
    bk.add_argument("--db", default=argparse.SUPPRESS, help="기록 데이터베이스 (기본: 사용자 데이터 폴더)")
    bk.add_argument("--to", help="백업을 둘 폴더 (기본: 데이터베이스 옆 backups/)")
    rs = verb("restore", cmd_restore, "백업 파일로 데이터베이스를 되돌립니다 (지금 것은 따로 보관)")
    rs.add_argument("file")
    rs.add_argument("--manager", help="관리자 이름 (PIN은 입력받습니다)")
    rs.add_argument("--db", default=argparse.SUPPRESS, help="기록 데이터베이스 (기본: 사용자 데이터 폴더)")
    pg = verb("purge", cmd_purge, "보관 기간이 지난 이름·전화번호를 지웁니다 (OPS-3)")
    pg.add_argument("--manager", help="관리자 이름 (PIN은 입력받습니다)")
    pg.add_argument("--db", default=argparse.SUPPRESS, help="기록 데이터베이스 (기본: 사용자 데이터 폴더)")
    lf = verb("lost-found", cmd_lost_found, "분실물 목록을 보여 줍니다 (OPS-1, JSON)")
    lf.add_argument("--due", action="store_true", help="오늘까지 폐기할 때가 된 것만")
    lf.add_argument("--db", default=argparse.SUPPRESS, help="기록 데이터베이스 (기본: 사용자 데이터 폴더)")
    ic = verb("incidents", cmd_incidents, "하루의 경고·퇴실 조치·파손 기록을 보여 줍니다 (OPS-2, JSON)")
    ic.add_argument("date", metavar="YYYY-MM-DD")
    ic.add_argument("--db", default=argparse.SUPPRESS, help="기록 데이터베이스 (기본: 사용자 데이터 폴더)")
    ex = verb("export-month", cmd_export_month, "한 달을 서명된 파일로 내보냅니다 (구·시 롤업용, 이름·전화번호 없음)")
    ex.add_argument("month", metavar="YYYY-MM")
    ex.add_argument("--out", required=True, help="쓸 파일 (JSON)")
    ex.add_argument("--db", default=argparse.SUPPRESS, help="기록 데이터베이스 (기본: 사용자 데이터 폴더)")
    ru = verb("rollup", cmd_rollup, "여러 센터의 월간 파일을 모아 서울시 전체 월 합계를 냅니다")
    ru.add_argument("files", nargs="+", metavar="FILE")
    ru.add_argument("--db", help="롤업 데이터베이스 (postgresql+psycopg://… 또는 SQLite 파일)")
    ru.add_argument("--csv", help="센터별·합계 CSV로 저장할 파일")
    ru.add_argument("--accept-new-key", action="store_true", help="센터의 서명 키가 바뀐 것을 확인했을 때")
    d = verb("demo", cmd_demo, "데모 데이터베이스에 하루치 예약을 채웁니다 (지난 날이면 하루를 진행합니다)")
    d.add_argument("--db", default=argparse.SUPPRESS, help="채울 데이터베이스 (기본: 데모 데이터베이스)")
    d.add_argument("--date", help="YYYY-MM-DD (기본: 오늘; 휴관일이면 다음 운영일)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except NotAdmissible as e:
        sys.stderr.write(e.message + "\n")
        return EXIT_REFUSED
    except BadInput as e:
        sys.stderr.write(f"입력 오류: {e.message}\n")
        return EXIT_USAGE
    except DeskError as e:
        sys.stderr.write(e.message + "\n")
        return EXIT_REFUSED if getattr(e, "rule", "") else EXIT_OTHER
    except KeyboardInterrupt:
        return EXIT_OTHER
    except Exception as e:  # noqa: BLE001 - the last line of defence of a command
        log.exception("unexpected error")
        sys.stderr.write(f"예상하지 못한 오류: {type(e).__name__}: {e}\n")
        return EXIT_OTHER
