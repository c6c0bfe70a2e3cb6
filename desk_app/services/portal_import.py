"""Importing the portal's booking list (RSV-1): CSV (UTF-8, UTF-8 with BOM, or CP949/EUC-KR as
Korean Excel writes it) or a one-sheet XLSX, columns found by header through the profile.

A file imports whole or not at all: every malformed row is listed with its line number and
reason, and then nothing is saved. Importing the same file twice adds nothing (bookings are
matched on the portal's booking number); a newer file applies its cancellations and changes.
Each booking is asked of the one admission function (``domain.admission.admit``): a session the
center closed (CAL-6) or a booker under a no-show ban (RSV-6) cancels it by force and lists it
to call; the portal's own limits (a full session, care places, a child too old, children per
booker) come back as warnings: the file is the portal's record, and the desk enforces those
rules at entry."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.db.uow import UnitOfWork
from desk_app.domain import calendar as cal
from desk_app.domain import states
from desk_app.domain.admission import Path as AdmissionPath
from desk_app.domain.admission import Request, admit
from desk_app.domain.errors import BadInput, Conflict, NotAdmissible, require_manager
from desk_app.domain.messages import Msg, msg
from desk_app.domain.party import CHILD, FIRST_YEAR, INDIVIDUAL, LAST_YEAR, Party, Person
from desk_app.domain.profile import PortalImport
from desk_app.domain.rrn import looks_like_rrn
from desk_app.domain.states import BookingState, Source
from desk_app.domain.words import PHONE_RE, ascii_number
from desk_app.services import codes
from desk_app.services.bookings import ban_cancellation, call_item
from desk_app.services.context import DeskContext
from desk_app.services.data import CallItem
from desk_app.services.staff import StaffMember

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reject:
    line: int
    reason: str


@dataclass(frozen=True)
class ImportedBooking:
    """One booking of the file as the preview lists it, by session, with its own notes."""

    booking_no: str
    day: dt.date
    session_no: int
    booker_name: str
    children: int
    adults: int
    outcome: str  # added | updated | cancelled | unchanged
    past: bool  # its session had ended when the file was read
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    file: str
    rows: int
    added: int = 0
    updated: int = 0
    cancelled: int = 0
    unchanged: int = 0
    rejected: tuple[Reject, ...] = ()
    warnings: tuple[str, ...] = ()
    to_call: tuple[CallItem, ...] = ()
    committed: bool = False
    bookings: tuple[ImportedBooking, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def past(self) -> int:
        return sum(b.past for b in self.bookings if b.outcome != "cancelled")

    @property
    def all_past(self) -> bool:
        """Every live booking of the file is for a session already over: an old file, most
        likely. Importing it would only make records nobody could use (issue 13)."""
        live = [b for b in self.bookings if b.outcome != "cancelled"]
        return bool(live) and all(b.past for b in live)


@dataclass
class _Row:
    line: int
    booking_no: str
    visit_date: dt.date
    session: int
    booker_name: str
    phone: str
    child_name: str
    child_birth: dt.date
    guardians: int
    care: bool
    cancelled: bool
    booked_at: dt.datetime | None


@dataclass
class _Booking:
    booking_no: str
    rows: list[_Row] = field(default_factory=list)

    @property
    def first(self) -> _Row:
        return self.rows[0]


# ------------------------------------------------------------------ reading the file


def read_table(path: Path, mapping: PortalImport) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header row and the data rows (with their line numbers) of a CSV or one-sheet XLSX."""
    try:
        if path.is_dir():
            raise BadInput(path.name or str(path), msg("폴더입니다. 예약 목록 파일(CSV 또는 XLSX)을 고르세요"))
        size = path.stat().st_size
    except FileNotFoundError:
        raise BadInput(str(path), msg("파일을 찾을 수 없습니다")) from None
    except OSError as e:
        raise BadInput(
            path.name, msg("파일을 읽을 수 없습니다 ({strerror})", strerror=e.strerror or type(e).__name__)
        ) from None
    limit = mapping.max_file_mb * 1024 * 1024
    if size > limit:
        raise BadInput(
            path.name,
            msg(
                "파일이 너무 큽니다 ({value:.1f} MB, 최대 {max_file_mb} MB). 포털에서 기간을 나눠 내려받으세요",
                value=size / 1048576,
                max_file_mb=mapping.max_file_mb,
            ),
        )
    if size == 0:
        raise BadInput(path.name, msg("빈 파일입니다"))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise BadInput(path.name, msg("CSV 또는 XLSX 파일이 아닙니다 (확장자 .csv / .xlsx)"))


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp949"):  # cp949 is a superset of EUC-KR
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise BadInput(path.name, msg("글자 인코딩을 알 수 없습니다 (UTF-8 또는 CP949/EUC-KR CSV여야 합니다)"))
    if "\x00" in text:
        raise BadInput(path.name, msg("텍스트 CSV가 아닙니다 (이진 파일)"))
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip() for c in cells]
                continue
            rows.append((reader.line_num, [c.strip() for c in cells]))
            _too_many(path, len(rows))
    except csv.Error as e:
        raise BadInput(path.name, msg("{line_num}행: CSV 형식 오류 ({e})", line_num=reader.line_num, e=e)) from None
    if header is None:
        raise BadInput(path.name, msg("빈 파일입니다 (머리글 행이 없습니다)"))
    return header, rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if value.time() != dt.time() else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


MAX_ROWS = 20_000  # a portal list of a month of a big center is a few thousand rows
MAX_INFLATED = 100 * 1024 * 1024  # what an XLSX may unpack to; a "zip bomb" says more


def _check_xlsx(path: Path) -> None:
    """Before openpyxl reads a byte: the archive's parts must unpack to a sane size (a zip bomb
    declares gigabytes; zipfile never reads past what a part declares), and no XML part may
    carry a DTD — Excel never writes one, and entities are how "billion laughs" and external
    entity (XXE) files work."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if sum(p.file_size for p in parts) > MAX_INFLATED:
                raise BadInput(
                    path.name,
                    msg(
                        "압축을 풀면 너무 큽니다 (최대 {mb} MB). 포털에서 내려받은 파일이 맞는지 확인하세요",
                        mb=MAX_INFLATED // 1048576,
                    ),
                )
            for part in parts:
                if not part.filename.endswith((".xml", ".rels")):
                    continue
                with archive.open(part) as f:
                    tail = b""
                    while chunk := f.read(1 << 16):
                        window = (tail + chunk).upper()
                        if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                            raise BadInput(
                                path.name,
                                msg(
                                    "XLSX 안에 허용하지 않는 XML 선언(DTD·ENTITY)이 있습니다. 포털에서 다시 내려받으세요"
                                ),
                            )
                        tail = chunk[-16:]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as e:
        raise BadInput(path.name, msg("XLSX 파일을 열 수 없습니다 ({name})", name=type(e).__name__)) from None


def _too_many(path: Path, count: int) -> None:
    if count > MAX_ROWS:
        raise BadInput(
            path.name,
            msg(
                "행이 너무 많습니다 ({count}행, 최대 {max}행). 포털에서 기간을 나눠 내려받으세요",
                count=count,
                max=MAX_ROWS,
            ),
        )


def _read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    _check_xlsx(path)
    import openpyxl  # loaded only for XLSX files

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001 - whatever a broken archive raises, the staff see a message
        raise BadInput(path.name, msg("XLSX 파일을 열 수 없습니다 ({name})", name=type(e).__name__)) from None
    try:
        if len(book.sheetnames) != 1:
            names = ", ".join(book.sheetnames)
            raise BadInput(
                path.name,
                msg(
                    "시트가 {len}개입니다 ({names}). 예약 목록 시트 하나만 남기고 저장하세요",
                    len=len(book.sheetnames),
                    names=names,
                ),
            )
        sheet = book[book.sheetnames[0]]
        header: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell(v) for v in values]
                if not any(cells):
                    continue
                if header is None:
                    header = cells
                    continue
                rows.append((number, cells))
                _too_many(path, len(rows))
        except BadInput:
            raise
        except Exception as e:  # noqa: BLE001 - a sheet that cannot be read is named, never a traceback
            raise BadInput(path.name, msg("XLSX 파일을 읽을 수 없습니다 ({name})", name=type(e).__name__)) from None
    finally:
        book.close()
    if header is None:
        raise BadInput(path.name, msg("빈 시트입니다 (머리글 행이 없습니다)"))
    return header, rows


# ------------------------------------------------------------------ checking the rows


class _RowReader:
    def __init__(self, mapping: PortalImport, header: list[str], name: str) -> None:
        self.mapping = mapping
        positions: dict[str, int] = {}
        missing = []
        for f, title in mapping.columns:
            if header.count(title) > 1:
                raise BadInput(name, msg("머리글 '{title}'이(가) 두 번 있습니다", title=title))
            if title not in header:
                missing.append(title)
            else:
                positions[f] = header.index(title)
        if missing:
            found = ", ".join(h for h in header if h) or msg("(없음)")
            raise BadInput(
                name,
                msg(
                    "필요한 열이 없습니다: {join}. 파일의 머리글: {found}. (열 이름이 바뀌었다면 센터 프로필의 [portal_import.columns]를 고치세요)",
                    join=", ".join(missing),
                    found=found,
                ),
            )
        self.positions = positions

    def _date(self, text: str, what: str) -> dt.date:
        for fmt in self.mapping.date_formats if text.isascii() else ():  # ASCII digits only
            try:
                day = dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                raise ValueError(
                    msg(
                        "{what} '{text}'은(는) 쓸 수 없는 날짜입니다 ({first}~{last}년 사이여야 합니다)",
                        what=what,
                        text=text,
                        first=FIRST_YEAR,
                        last=LAST_YEAR,
                    )
                )
            return day
        raise ValueError(msg("{what} '{text}'은(는) 날짜가 아닙니다", what=what, text=text))

    def _datetime(self, text: str) -> dt.datetime | None:
        if not text:
            return None
        for fmt in self.mapping.datetime_formats:
            try:
                return dt.datetime.strptime(text, fmt)
            except ValueError:
                continue
        raise ValueError(msg("예약일시 '{text}'을(를) 읽을 수 없습니다", text=text))

    def row(self, line: int, cells: list[str], today: dt.date) -> _Row:
        def get(f: str) -> str:
            i = self.positions[f]
            return cells[i].strip() if i < len(cells) else ""

        h = self.mapping.header
        for f in self.positions:  # ELG-4: a portal file never brings a resident registration number in
            if looks_like_rrn(get(f)):
                raise ValueError(
                    msg(
                        "{h}에 주민등록번호로 보이는 숫자가 있습니다 (ELG-4) — 포털 파일에서 지우고 다시 가져오세요",
                        h=h(f),
                    )
                )
        booking_no = get("booking_no")
        if not booking_no:
            raise ValueError(msg("{h}이(가) 비어 있습니다", h=h("booking_no")))
        visit = self._date(get("visit_date"), h("visit_date"))
        session_text = re.sub(r"회차$", "", get("session"))
        if not ascii_number(session_text) or int(session_text) < 1:
            raise ValueError(msg("{h} '{get}'은(는) 회차 번호가 아닙니다", h=h("session"), get=get("session")))
        name = get("booker_name")
        if not name:
            raise ValueError(msg("{h}이(가) 비어 있습니다", h=h("booker_name")))
        phone = get("phone")
        if not PHONE_RE.match(phone):
            raise ValueError(
                msg("{h} '{phone}'은(는) 전화번호 형식이 아닙니다 (예: 010-1234-5678)", h=h("phone"), phone=phone)
            )
        child = get("child_name")
        if not child:
            raise ValueError(msg("{h}이(가) 비어 있습니다", h=h("child_name")))
        birth = self._date(get("child_birth"), h("child_birth"))
        if birth > visit or birth.year < visit.year - 20:
            raise ValueError(
                msg(
                    "{h} {isoformat}은(는) 있을 수 없는 생년월일입니다 (이용일 {isoformat2})",
                    h=h("child_birth"),
                    isoformat=birth.isoformat(),
                    isoformat2=visit.isoformat(),
                )
            )
        guardians_text = get("guardians")
        if not ascii_number(guardians_text) or not 0 <= int(guardians_text) <= 10:
            raise ValueError(
                msg(
                    "{h} '{guardians_text}'은(는) 0~10의 숫자가 아닙니다",
                    h=h("guardians"),
                    guardians_text=guardians_text,
                )
            )
        care_text = get("care")
        if care_text in self.mapping.yes_values:
            care = True
        elif care_text in self.mapping.no_values:
            care = False
        else:
            raise ValueError(
                msg(
                    "{h} '{care_text}'은(는) {join} 또는 {join2}여야 합니다",
                    h=h("care"),
                    care_text=care_text,
                    join="/".join(self.mapping.yes_values),
                    join2="/".join(v for v in self.mapping.no_values if v),
                )
            )
        status = get("status")
        if status in self.mapping.booked_values:
            cancelled = False
        elif status in self.mapping.cancelled_values:
            cancelled = True
        else:
            raise ValueError(
                msg(
                    "{h} '{status}'을(를) 알 수 없습니다 ({join})",
                    h=h("status"),
                    status=status,
                    join=", ".join(self.mapping.booked_values + self.mapping.cancelled_values),
                )
            )
        return _Row(
            line,
            booking_no,
            visit,
            int(session_text),
            name,
            phone,
            child,
            birth,
            int(guardians_text),
            care,
            cancelled,
            self._datetime(get("booked_at")),
        )


BOOKING_FIELDS = ("visit_date", "session", "booker_name", "phone", "guardians", "cancelled", "booked_at")


def parse_file(path: Path, ctx: DeskContext) -> tuple[int, list[_Booking], list[Reject]]:
    """Rows read and checked; bookings grouped by the portal's number; every reject listed."""
    mapping = ctx.profile.portal_import
    header, rows = read_table(path, mapping)
    if not rows:
        raise BadInput(path.name, msg("머리글만 있고 예약 행이 없습니다"))
    reader = _RowReader(mapping, header, path.name)
    today = ctx.clock.now().date()
    rejects: list[Reject] = []
    bookings: dict[str, _Booking] = {}
    seen: dict[tuple[str, str, dt.date], int] = {}
    for line, cells in rows:
        try:
            row = reader.row(line, cells, today)
        except ValueError as e:
            said = e.args[0] if e.args and isinstance(e.args[0], str) else str(e)
            rejects.append(Reject(line, said))
            continue
        key = (row.booking_no, row.child_name, row.child_birth)
        if key in seen:
            rejects.append(Reject(line, msg("중복 행입니다 ({seen}행과 같은 예약번호·아동)", seen=seen[key])))
            continue
        seen[key] = line
        b = bookings.setdefault(row.booking_no, _Booking(row.booking_no))
        if b.rows:
            first = b.first
            differs = [f for f in BOOKING_FIELDS if getattr(row, f) != getattr(first, f)]
            if differs:
                names = ", ".join(mapping.header(f) if f != "cancelled" else mapping.header("status") for f in differs)
                rejects.append(
                    Reject(
                        line,
                        msg(
                            "같은 예약번호 {booking_no}인데 {line}행과 {names}이(가) 다릅니다",
                            booking_no=row.booking_no,
                            line=first.line,
                            names=names,
                        ),
                    )
                )
                continue
        b.rows.append(row)
    for b in bookings.values():
        plan = cal.day_plan(ctx.profile, b.first.visit_date)
        if not plan.open or plan.session(b.first.session) is None:
            why = plan.reason or msg("{session}회차가 없습니다", session=b.first.session)
            rejects.append(
                Reject(
                    b.first.line,
                    msg(
                        "예약번호 {booking_no}: {isoformat} {session}회차는 운영하지 않습니다 ({why})",
                        booking_no=b.booking_no,
                        isoformat=b.first.visit_date.isoformat(),
                        session=b.first.session,
                        why=why,
                    ),
                )
            )
    rejects.sort(key=lambda r: r.line)
    return len(rows), list(bookings.values()), rejects


# ------------------------------------------------------------------ applying

HARD = ("RSV-6", "CAL-6")  # refusals that cancel an imported booking by force (others reject the file)


NUMBERED = "예약번호 {booking_no}: "  # the file-wide warnings name the booking; a row's own notes need not


def _without_number(note: str) -> str:
    """A file-wide warning as the note of its own row: the same sentence without its number."""
    if isinstance(note, Msg) and note.template.startswith(NUMBERED):
        return Msg(note.template[len(NUMBERED) :], **{k: v for k, v in note.args.items() if k != "booking_no"})
    return note.split(": ", 1)[1] if note.startswith("예약번호 ") and ": " in note else note


class PortalImportService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def run(
        self,
        path: Path | str,
        staff_id: int | None = None,
        commit: bool = True,
        allow_past: bool = False,
        manager: StaffMember | None = None,
    ) -> ImportSummary:
        """Check the whole file, then apply it in one transaction (or roll back: a preview).
        A file whose bookings are all for sessions already over is refused unless a manager
        says so (``allow_past``): it would only make records nobody could check in."""
        path = Path(path)
        rows, bookings, rejects = parse_file(path, self.ctx)
        if rejects:
            return ImportSummary(path.name, rows, rejected=tuple(rejects))
        now = self.ctx.clock.now()
        counts = {"added": 0, "updated": 0, "cancelled": 0, "unchanged": 0}
        warnings: list[str] = []
        to_call: list[CallItem] = []
        overfilled: set[tuple[dt.date, int]] = set()
        listed: list[ImportedBooking] = []
        with self.ctx.store.uow() as uow:
            uow.days.lock(*(b.first.visit_date for b in bookings))  # the file's days, in order (issue 15)
            for b in bookings:
                before = len(warnings)
                outcome = self._apply(uow, b, now, warnings, to_call, overfilled)
                counts[outcome] += 1
                listed.append(self._listed(b, outcome, now, warnings[before:]))
            capacity = self._capacity_warnings(uow, overfilled)
            warnings.extend(text for _, text in capacity)
            full = {key for key, _ in capacity}
            listed = [
                dataclasses.replace(x, notes=(*x.notes, msg("정원 초과 — 포털과 확인")))
                if (x.day, x.session_no) in full and x.outcome != "cancelled"
                else x
                for x in listed
            ]
            listed.sort(key=lambda x: (x.day, x.session_no, x.booker_name))
            past = [x for x in listed if x.past and x.outcome != "cancelled"]
            if any(x.outcome in ("added", "updated") for x in past):
                warnings.append(
                    msg("지난 회차 예약 {len}건 — 이미 끝난 회차라 노쇼로 처리하지 않습니다", len=len(past))
                )
            live = [x for x in listed if x.outcome != "cancelled"]
            if commit and live and len(past) == len(live):
                if not allow_past:
                    uow.rollback()
                    raise Conflict(
                        "RSV-1",
                        msg(
                            "파일의 예약 {len}건이 모두 이미 끝난 회차입니다. 오래된 파일이 아닌지 확인하세요 (그래도 가져오려면 관리자가 승인합니다)",
                            len=len(live),
                        ),
                    )
                if uow.staff.count():  # a database with no staff yet has nobody to ask (the CLI's rule)
                    require_manager(manager is not None and manager.is_manager, msg("지난 회차뿐인 예약 파일 가져오기"))
            if commit:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                uow.journal.append(
                    now, staff_id, "bookings.import", path.name, {"sha256": digest, "rows": rows, **counts}
                )
                uow.commit()
                log.info("imported %s: %s", path.name, counts)
            else:
                uow.rollback()
        return ImportSummary(
            path.name,
            rows,
            **counts,
            warnings=tuple(warnings),
            to_call=tuple(to_call),
            committed=commit,
            bookings=tuple(listed),
        )

    def _listed(self, b: _Booking, outcome: str, now: dt.datetime, notes: list[str]) -> ImportedBooking:
        r = b.first
        _, end = cal.session_bounds(self.ctx.profile, r.visit_date, r.session)
        own = tuple(_without_number(n) for n in notes)
        past = now >= end
        if past and outcome in ("added", "updated"):
            own = (msg("지난 회차"), *own)
        return ImportedBooking(
            b.booking_no, r.visit_date, r.session, r.booker_name, len(b.rows), r.guardians, outcome, past, own
        )

    def _apply(
        self,
        uow: UnitOfWork,
        b: _Booking,
        now: dt.datetime,
        warnings: list[str],
        to_call: list[CallItem],
        overfilled: set[tuple[dt.date, int]],
    ) -> str:
        r = b.first
        if uow.days.is_closed(r.visit_date):
            raise Conflict(
                "CLS-2",
                msg(
                    "예약번호 {booking_no}: {visit_date}은(는) 마감된 날입니다",
                    booking_no=b.booking_no,
                    visit_date=r.visit_date,
                ),
            )
        existing = uow.bookings.by_portal_no(b.booking_no)
        people = [(CHILD, x.child_name, x.child_birth, x.care) for x in b.rows] + [
            ("guardian", None, None, False)
        ] * r.guardians
        booker = uow.bookings.booker(r.booker_name, r.phone, now)
        if existing is None:
            booking = uow.bookings.add(
                code=codes.booking_code(),
                source=Source.PORTAL,
                kind=INDIVIDUAL,
                day=r.visit_date,
                session_no=r.session,
                booker=booker,
                people=people,
                now=now,
                portal_no=b.booking_no,
                booked_at=r.booked_at,
            )
            if r.cancelled:
                c = states.cancel_online(BookingState.BOOKED)
                assert c is not None
                uow.bookings.cancel(booking, c, now)
                return "cancelled"
            self._admit(uow, booking, b, now, warnings, to_call, overfilled)
            return "added"
        state = BookingState(existing.status)
        if state in (BookingState.CHECKED_IN, BookingState.NO_SHOW):
            if r.cancelled:
                what = msg("입장") if state is BookingState.CHECKED_IN else msg("노쇼")
                warnings.append(
                    msg(
                        "예약번호 {booking_no}: 이미 {what} 처리되어 포털의 취소를 반영하지 않았습니다",
                        booking_no=b.booking_no,
                        what=what,
                    )
                )
            return "unchanged"
        if state is BookingState.CANCELLED:
            if not r.cancelled:
                warnings.append(
                    msg(
                        "예약번호 {booking_no}: 데스크에서 취소된 예약이라 다시 살리지 않았습니다",
                        booking_no=b.booking_no,
                    )
                )
            return "unchanged"
        if r.cancelled:
            c = states.cancel_online(state)
            assert c is not None
            uow.bookings.cancel(existing, c, now)
            return "cancelled"
        current = [(p.role, p.name, p.birth_date, p.care) for p in existing.people]
        if (existing.day, existing.session_no, existing.booker_id, current) == (
            r.visit_date,
            r.session,
            booker.id,
            people,
        ):
            return "unchanged"
        uow.bookings.move(existing, r.visit_date, r.session, booker, people)
        self._admit(uow, existing, b, now, warnings, to_call, overfilled)  # a move is asked again (RSV-6, CAL-6)
        return "updated"

    def _admit(
        self,
        uow: UnitOfWork,
        booking,  # type: ignore[no-untyped-def]
        b: _Booking,
        now: dt.datetime,
        warnings: list[str],
        to_call: list[CallItem],
        overfilled: set[tuple[dt.date, int]],
    ) -> None:
        """The one admission function on the import path: a closed session (CAL-6) or a booker
        under a ban (RSV-6) cancels the booking by force and lists it to call; the portal's own
        limits (places, care places, ages, children per booker) come back as warnings."""
        profile = self.ctx.profile
        rules = profile.rules_on(booking.day)
        party = Party(
            booking.day,
            booking.session_no,
            INDIVIDUAL,
            False,
            tuple(Person(p.role, p.birth_date, p.care, name=p.name) for p in booking.people),
        )
        facts = uow.admission.facts(
            booking.day, booking.session_no, rules.capacity_counts == "children", booking.booker_id, but=booking.id
        )
        try:
            admission = admit(profile, Request(AdmissionPath.IMPORT, party, now), facts)
        except NotAdmissible as e:
            if e.rule not in HARD:
                raise
            if e.rule == "RSV-6" and facts.ban is not None:
                c = states.force_cancel(BookingState(booking.status), *ban_cancellation(facts.ban.ends))
                note = msg(
                    "{name}님은 노쇼로 {ends:%Y-%m-%d}까지 이용할 수 없어 강제 취소했습니다 (RSV-6)",
                    name=booking.booker.name,
                    ends=facts.ban.ends,
                )
            else:
                why = cal.closed_reason(profile, booking.day, booking.session_no, facts.closures) or e.detail
                c = states.force_cancel(BookingState(booking.status), "CAL-6", why)
                note = msg(
                    "{day:%Y-%m-%d} {session_no}회차는 센터가 운영하지 않아 예약으로 받지 않고 강제 취소했습니다 — 예약자에게 연락하세요 ({rule}: {detail})",
                    day=booking.day,
                    session_no=booking.session_no,
                    rule=e.rule,
                    detail=e.detail,
                )
            uow.bookings.cancel(booking, c, now)
            warnings.append(msg("예약번호 {booking_no}: {note}", booking_no=b.booking_no, note=note))
            to_call.append(call_item(booking, c.reason or ""))
            return
        for w in admission.warnings:
            if w.rule == "CAL-4":
                overfilled.add((booking.day, booking.session_no))
                continue
            warnings.append(
                msg(
                    "예약번호 {booking_no}: {message} ({rule}) — 입장 때 확인하세요",
                    booking_no=b.booking_no,
                    message=w.message,
                    rule=w.rule,
                )
            )

    def _capacity_warnings(
        self, uow: UnitOfWork, overfilled: set[tuple[dt.date, int]]
    ) -> list[tuple[tuple[dt.date, int], str]]:
        """CAL-4: an import that overfills a session is flagged loudly; nothing is dropped."""
        out = []
        for day, session_no in sorted(overfilled):
            rules = self.ctx.profile.rules_on(day)
            arrived, waiting, _, _ = uow.views.session_counts(day, rules.capacity_counts == "children").get(
                session_no, (0, 0, 0, 0)
            )
            out.append(
                (
                    (day, session_no),
                    msg(
                        "※ 정원 초과: {isoformat} {session_no}회차 예약 {value}명 / 정원 {capacity}명 (CAL-4) — 포털과 확인하세요",
                        isoformat=day.isoformat(),
                        session_no=session_no,
                        value=arrived + waiting,
                        capacity=rules.capacity,
                    ),
                )
            )
        return out
