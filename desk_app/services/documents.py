"""Printed documents from the records: the entry slip and the receipt of a paid visit, as
charged then (PRF-2), and the state of each print job (CHK-3: a failed print leaves the
payment standing and a reprint possible)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from desk_app.domain import states
from desk_app.domain.errors import BadInput, Conflict
from desk_app.domain.party import GROUP, ROLE_KO
from desk_app.domain.states import VisitState
from desk_app.domain.words import METHOD_KO, REVERSAL_KO, person_labels, reason_label
from desk_app.paths import data_dir
from desk_app.printing.data import ReceiptData, ReceiptLine, SlipData
from desk_app.services.context import DeskContext

log = logging.getLogger(__name__)
DOCUMENTS = ("slip", "receipt")


@dataclass(frozen=True)
class Printed:
    visit_code: str
    document: str  # slip | receipt
    path: Path


class DocumentService:
    def __init__(self, ctx: DeskContext, out_dir: Path | None = None) -> None:
        self.ctx = ctx
        self.out_dir = out_dir or data_dir() / "printed"

    def _visit(self, uow, code: str, document: str = "receipt"):  # type: ignore[no-untyped-def]
        """The visit, if that document may be printed for it (CHK-3; FEE-6: no slip once its
        payment was voided or refunded — the receipt prints with the reversal marked)."""
        visit = uow.visits.by_code(code)
        if visit is None:
            raise BadInput("입장권", f"입장 기록을 찾을 수 없습니다: {code}")
        payments = uow.payments.for_visit(visit.id)
        if not payments:
            raise Conflict("CHK-3", f"결제되지 않은 입장 기록입니다: {code}")
        states.printable(VisitState(visit.status), uow.payments.state(payments[0]), document)
        return visit

    def slip_data(self, code: str, reprint: bool = False) -> SlipData:
        """CHK-5, from the records and the day's plan."""
        profile = self.ctx.profile
        with self.ctx.store.uow() as uow:
            v = self._visit(uow, code, "slip")
            day_row = uow.days.get(v.day)  # the day's sessions as planned when it was paid
            stored = next((s for s in day_row.sessions if s.no == v.session_no), None) if day_row else None
            if stored is None:
                raise Conflict("CAL-2", f"{v.day} {v.session_no}회차 정보를 찾을 수 없습니다")
            start, end = dt.time.fromisoformat(stored.start), dt.time.fromisoformat(stored.end)
            rules = profile.rules_on(v.day)
            roles = [p.role for p in v.people]
            counts = tuple((ROLE_KO[r], roles.count(r)) for r in ("child", "guardian", "teacher"))
            care = sum(1 for p in v.people if p.care)
            end_dt = dt.datetime.combine(v.day, end)
            pickup = (end_dt - dt.timedelta(minutes=rules.care.handover_minutes_before_end)).time() if care else None
            tidy = (end_dt - dt.timedelta(minutes=profile.tidy_up_minutes)).time()
            return SlipData(
                center_name=profile.center.name,
                visit_code=v.code,
                day=v.day,
                session_no=v.session_no,
                start=start,
                end=end,
                tidy_up_at=tidy,
                headcount=counts,
                care_children=care,
                care_pickup_at=pickup,
                kind_label="단체" if v.kind == GROUP else "개인",
                tidy_up_minutes=profile.tidy_up_minutes,
                reprinted_at=self.ctx.clock.now() if reprint else None,
            )

    def receipt_data(self, code: str, reprint: bool = False) -> ReceiptData:
        """CHK-6, from the charged lines as stored."""
        profile = self.ctx.profile
        center = profile.center
        with self.ctx.store.uow() as uow:
            v = self._visit(uow, code)
            payment = uow.payments.for_visit(v.id)[0]
            rules = profile.rules_on(v.rules_version or v.day)
            labels = person_labels([p.role for p in v.people])
            lines = tuple(
                ReceiptLine(
                    label=f"{labels[line.person_idx]} {'놀이돌봄' if line.item == 'care' else '입장료'}",
                    price=line.price,
                    reduction=line.reduction,
                    reason_label=reason_label(rules, line.reason),
                    charge=line.charge,
                )
                for line in v.lines
            )
            staff_name = uow.staff.name_of(payment.staff_id)
            detail = None
            if payment.method == "card":
                detail = f"승인번호 {payment.approval_no}"
            elif payment.method == "transfer":
                detail = f"입금자명 {payment.transfer_sender}"
            reversal = uow.payments.reversal(payment.id)
            reversal_text = None
            if reversal is not None:
                kind = REVERSAL_KO[states.ReversalKind(reversal.kind)]
                reversal_text = f"[{kind} {reversal.created_at:%Y-%m-%d %H:%M}] 사유: {reversal.reason}"
            return ReceiptData(
                center_name=center.name,
                business_no=center.business_no,
                representative=center.representative,
                address=center.address,
                phone=center.phone,
                receipt_no=payment.receipt_no,
                issued_at=payment.created_at,
                visit_code=v.code,
                day=v.day,
                session_no=v.session_no,
                lines=lines,
                total=payment.amount,
                method_label=METHOD_KO[payment.method],
                method_detail=detail,
                staff_name=staff_name or "-",
                reversal=reversal_text,
                reprint=reprint,
            )

    @staticmethod
    def warm_up() -> None:
        """Load ReportLab, the font files and the QR code drawing ahead of the day's first print
        (the first slip otherwise costs about 200 ms more)."""
        import datetime as _dt

        from desk_app.printing.data import ReceiptData, ReceiptLine, SlipData
        from desk_app.printing.documents import build_receipt, build_slip

        day = _dt.date(2025, 1, 7)
        build_slip(
            SlipData(
                "-",
                "V000000-WARM0",
                day,
                1,
                _dt.time(10),
                _dt.time(12),
                _dt.time(11, 50),
                (("아동", 1),),
                0,
                None,
                "개인",
            )
        )
        build_receipt(
            ReceiptData(
                "-",
                "-",
                "-",
                "-",
                "-",
                "R0-0",
                _dt.datetime(2025, 1, 7, 10),
                "V0",
                day,
                1,
                (ReceiptLine("아동 1 입장료", 2000, 0, None, 2000),),
                2000,
                "카드",
                None,
                "-",
            )
        )

    def render(self, code: str, document: str, reprint: bool = False) -> Printed:
        """Build one document's PDF into the day's output folder."""
        if document not in DOCUMENTS:
            raise BadInput("document", f"slip 또는 receipt: {document}")
        from desk_app.printing.documents import build_receipt, build_slip  # ReportLab: loaded at the first print

        pdf = (
            build_slip(self.slip_data(code, reprint))
            if document == "slip"
            else build_receipt(self.receipt_data(code, reprint))
        )
        folder = self.out_dir / code[1:7]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{code}-{document}{'-reprint' if reprint else ''}.pdf"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pdf)
        tmp.replace(path)  # never a half-written PDF under the final name
        return Printed(code, document, path)

    def mark(self, code: str, document: str, ok: bool, error: str | None = None) -> None:
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            visit = uow.visits.by_code(code)
            if visit is None:
                raise BadInput("입장권", f"입장 기록을 찾을 수 없습니다: {code}")
            uow.print_jobs.mark(visit, document, ok, error, now)
            uow.commit()

    def unprinted(self, day: dt.date) -> list[tuple[str, str]]:
        """(visit code, document) still pending or failed on ``day`` — after a crash, too. A
        visit whose payment was voided is no longer waiting for its slip."""
        with self.ctx.store.uow() as uow:
            return uow.views.unprinted(day)
