"""Checking a party in (CHK-2, CHK-3, RSV-4, ELG-6): the request filled from a booking or a
walk-in, the fee line by line, the payment, and a refusal for illness.

Payment commits the visit, its charged lines, the payment, the booking's new state, the print
jobs and the journal entry in one transaction before anything prints; the client's idempotency
key makes a repeated click a no-op. Whether the party may enter is asked of the one admission
function (``domain.admission.admit``) over the facts the records give."""

from __future__ import annotations

import datetime as dt
import logging

from desk_app.db.uow import UnitOfWork, WriteConflict
from desk_app.domain import states
from desk_app.domain.admission import Path, Request, admit, open_session
from desk_app.domain.eligibility import check_health
from desk_app.domain.errors import BadInput, Conflict, DuplicateApproval, NotAdmissible
from desk_app.domain.fees import CARE, quote
from desk_app.domain.messages import msg
from desk_app.domain.party import GROUP, INDIVIDUAL, Party
from desk_app.domain.states import BookingState, Source
from desk_app.domain.words import ascii_number, check_phone, person_labels, reason_label
from desk_app.services import codes
from desk_app.services.context import DeskContext
from desk_app.services.data import CheckinRequest, PaidVisit, PaymentIn, PersonIn, Preview, PreviewLine

log = logging.getLogger(__name__)
ORGANISATION_DOC = "seoul_organisation"  # ELG-3 for groups: an organisation located in Seoul
DOCUMENTS = ("slip", "receipt")


class CheckinService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    @property
    def profile(self):  # type: ignore[no-untyped-def]
        return self.ctx.profile

    # ------------------------------------------------------------ the request (CHK-2, RSV-4)

    def request_for(self, booking_code: str) -> CheckinRequest:
        """A request filled from a booking, for the staff to verify and tick."""
        with self.ctx.store.uow() as uow:
            b = uow.bookings.by_code(booking_code)
            if b is None:
                raise BadInput(msg("예약"), msg("예약을 찾을 수 없습니다: {booking_code}", booking_code=booking_code))
            return CheckinRequest(
                day=b.day,
                session_no=b.session_no,
                kind=b.kind,
                booking_code=b.code,
                people=tuple(PersonIn(p.role, p.name, p.birth_date, p.care) for p in b.people),
                booker_name=b.booker.name,
                organisation=b.organisation,
            )

    def walkin_request(self, session_no: int) -> CheckinRequest:
        """RSV-4: a walk-in may start only once walk-ins open, with places left — the session
        questions of the admission function, before anyone in the party is known."""
        now = self.ctx.clock.now()
        rules = self.profile.rules_on(now.date())
        with self.ctx.store.uow() as uow:
            facts = uow.admission.facts(now.date(), session_no, rules.capacity_counts == "children")
        _, slot = open_session(self.profile, Path.WALKIN, now.date(), session_no, facts, now)
        if slot.capacity - facts.places_held <= 0:
            raise NotAdmissible("RSV-4", msg("{session_no}회차에 남은 자리가 없습니다", session_no=session_no))
        return CheckinRequest(day=now.date(), session_no=session_no, people=(PersonIn("child"), PersonIn("guardian")))

    @staticmethod
    def _party(req: CheckinRequest) -> Party:
        return Party(req.day, req.session_no, req.kind, req.kt_member, tuple(p.person() for p in req.people))

    def _decide(self, uow: UnitOfWork, req: CheckinRequest, now: dt.datetime):  # type: ignore[no-untyped-def]
        """Every rule before money changes hands, by the one admission function; raises with
        the rule ID. Returns the booking (None for a walk-in) and the admission."""
        booking = None
        booker = None
        if req.booking_code is not None:
            booking = uow.bookings.by_code(req.booking_code)
            if booking is None:
                raise BadInput(
                    msg("예약"), msg("예약을 찾을 수 없습니다: {booking_code}", booking_code=req.booking_code)
                )
            moved = (booking.session_no, booking.day, booking.kind) != (req.session_no, req.day, req.kind)
            if moved and booking.status == BookingState.BOOKED:
                raise BadInput(msg("예약"), msg("예약의 날짜·회차·구분을 바꿀 수 없습니다"))
            booker = booking.booker
        elif req.booker_name.strip() and req.booker_phone.strip():
            booker = uow.bookings.find_booker(req.booker_name.strip(), check_phone(req.booker_phone))
        facts = uow.admission.facts(
            req.day,
            req.session_no,
            self.profile.rules_on(req.day).capacity_counts == "children",
            booker.id if booker else None,
            booking.id if booking else None,
            at_the_door=True,
        )
        path = Path.CHECKIN if booking is not None else Path.WALKIN
        return booking, admit(self.profile, Request(path, self._party(req), now), facts)

    # ------------------------------------------------------------ the fee (CHK-2)

    def preview(self, req: CheckinRequest) -> Preview:
        """The fee line by line as the staff tick boxes (same engine as `desk-app quote`), or
        the refusal that stops payment."""
        now = self.ctx.clock.now()
        try:
            with self.ctx.store.uow() as uow:
                _, admission = self._decide(uow, req, now)
        except (NotAdmissible, Conflict, BadInput) as e:
            said = e.detail if not isinstance(e, BadInput) else msg("{field}: {detail}", field=e.field, detail=e.detail)
            return Preview((), 0, said, getattr(e, "rule", None) or getattr(e, "field", None))
        rules = admission.rules
        q = quote(rules, self._party(req))
        labels = person_labels([p.role for p in req.people])
        lines = tuple(
            PreviewLine(
                person=line.person,
                person_label=labels[line.person],
                item_label=msg("놀이돌봄") if line.item == CARE else msg("입장료"),
                price=line.price,
                reduction=line.reduction,
                reason=line.reason,
                reason_label=reason_label(rules, line.reason),
                charge=line.charge,
            )
            for line in q.lines
        )
        notes = list(admission.notes)
        for i, p in enumerate(req.people):
            if p.reduction and not p.proof:
                notes.append(msg("{labels}: 증빙서류를 확인하지 않아 감면하지 않습니다 (FEE-3)", labels=labels[i]))
        if req.residency_doc is None:
            notes.append(msg("거주 확인 서류를 선택하세요 (ELG-3)"))
        return Preview(lines, q.total, notes=tuple(notes))

    # ------------------------------------------------------------ payment (CHK-3)

    def pay(self, req: CheckinRequest, payment: PaymentIn, key: str, staff_id: int | None) -> PaidVisit:
        """Commit the visit, its lines and the payment at once. The same key twice returns the
        first result and charges nothing more (a double click, a double Enter)."""
        if not key:
            raise BadInput("key", msg("결제 키가 없습니다"))
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            uow.days.lock(req.day)  # several desks: one decides over the day at a time (issue 15)
            done = self._replay(uow, key)
            if done is not None:
                return done
            booking, admission = self._decide(uow, req, now)
            self._check_residency(req)
            q = quote(admission.rules, self._party(req))
            method, approval, sender = self._payment_fields(payment, q.total)
            if approval and not payment.allow_duplicate:
                used = uow.views.approval_used(req.day, approval)
                if used is not None:
                    raise DuplicateApproval(approval, used)
            if booking is None:
                booking = self._walkin_booking(uow, req, now)
            uow.days.ensure(admission.plan, now)
            visit = uow.visits.add_paid(
                code=codes.visit_code(req.day),
                booking=booking,
                day=req.day,
                session_no=req.session_no,
                kind=req.kind,
                residency_doc=req.residency_doc,
                kt_member=req.kt_member,
                quote=q,
                rules_version=admission.rules.effective_from,
                people=[(p.role, p.name, p.birth_date, p.care, p.reduction, p.proof) for p in req.people],
                staff_id=staff_id,
                now=now,
            )
            desk = self.ctx.desk
            prefix = codes.receipt_prefix(req.day, desk) if desk else None
            receipt = codes.receipt_no(req.day, uow.payments.next_receipt_seq(req.day, prefix), desk)
            uow.payments.add(
                visit=visit,
                receipt_no=receipt,
                method=method,
                amount=q.total,
                approval_no=approval,
                sender=sender,
                key=key,
                staff_id=staff_id,
                now=now,
            )
            uow.bookings.set_state(booking, states.check_in(BookingState(booking.status)))
            uow.print_jobs.add_pending(visit, DOCUMENTS, now)
            uow.journal.append(
                now,
                staff_id,
                "visit.paid",
                visit.code,
                {
                    "booking": booking.code,
                    "session": req.session_no,
                    "total": q.total,
                    "method": method,
                    "receipt": receipt,
                    "residency_doc": req.residency_doc,
                    "reductions": sorted({line.reason for line in q.lines if line.reason}),
                },
            )
            try:
                uow.commit()
            except WriteConflict:
                done = self._replay(uow, key)
                if done is not None:
                    return done
                raise
            log.info("visit %s paid: %s won by %s (receipt %s)", visit.code, q.total, method, receipt)
            return PaidVisit(visit.code, receipt, q.total, method, replayed=False)

    @staticmethod
    def _replay(uow: UnitOfWork, key: str) -> PaidVisit | None:
        existing = uow.payments.by_key(key)
        if existing is None:
            return None
        visit = uow.visits.get(existing.visit_id)
        assert visit is not None
        return PaidVisit(visit.code, existing.receipt_no, existing.amount, existing.method, replayed=True)

    def _check_residency(self, req: CheckinRequest) -> None:
        """ELG-3: a Seoul resident document kind for individuals; a Seoul organisation for groups."""
        if req.kind == GROUP:
            if req.residency_doc != ORGANISATION_DOC or not (req.organisation or "").strip():
                raise NotAdmissible("ELG-3", msg("서울 소재 기관(어린이집·유치원 등)인지 확인하고 기관명을 입력하세요"))
            return
        if req.residency_doc is None:
            raise NotAdmissible(
                "ELG-3", msg("서울 거주 확인 서류(서울시민카드·주민등록증·주민등록등본·운전면허증)를 확인하세요")
            )
        if self.profile.document(req.residency_doc) is None:
            raise BadInput(
                msg("거주 확인 서류"),
                msg("알 수 없는 서류 종류입니다: {residency_doc}", residency_doc=req.residency_doc),
            )

    @staticmethod
    def _payment_fields(payment: PaymentIn, total: int) -> tuple[str, str | None, str | None]:
        """Card with the terminal's approval number, or transfer with the sender. No cash."""
        if total == 0:
            return "none", None, None
        if payment.method == "card":
            approval = payment.approval_no.strip()
            if not ascii_number(approval) or not 4 <= len(approval) <= 12:
                raise BadInput(msg("승인번호"), msg("카드 단말기의 승인번호(숫자 4~12자리)를 입력하세요"))
            return "card", approval, None
        if payment.method == "transfer":
            sender = payment.sender.strip()
            if not sender or len(sender) > 50:
                raise BadInput(msg("입금자명"), msg("계좌이체 입금자명을 입력하세요"))
            return "transfer", None, sender
        raise BadInput(msg("결제수단"), msg("결제는 카드 또는 계좌이체만 가능합니다 (현금 불가)"))

    @staticmethod
    def _walkin_booking(uow: UnitOfWork, req: CheckinRequest, now: dt.datetime):  # type: ignore[no-untyped-def]
        name = req.booker_name.strip()
        if not name:
            raise BadInput(msg("보호자 이름"), msg("현장접수는 보호자 이름과 연락처가 필요합니다"))
        booker = uow.bookings.booker(name, check_phone(req.booker_phone), now)
        return uow.bookings.add(
            code=codes.booking_code(),
            source=Source.WALKIN,
            kind=INDIVIDUAL,
            day=req.day,
            session_no=req.session_no,
            booker=booker,
            people=[p.row() for p in req.people],
            now=now,
        )

    # ------------------------------------------------------------ refusals (ELG-6)

    def refuse(self, req: CheckinRequest, reason: str, staff_id: int | None) -> str:
        """ELG-6: record that a sick child was turned away, and why. Returns the message."""
        now = self.ctx.clock.now()
        try:
            check_health(reason)
        except NotAdmissible as refusal:
            why = reason.strip()
            with self.ctx.store.uow() as uow:
                if uow.days.is_closed(req.day):
                    raise Conflict("CLS-2", msg("{day:%Y-%m-%d}은(는) 마감된 날입니다", day=req.day)) from None
                booking = uow.bookings.by_code(req.booking_code) if req.booking_code else None
                cancellation = None
                if booking is not None:
                    cancellation = states.force_cancel(
                        BookingState(booking.status), "ELG-6", msg("입장 거절: {why}", why=why)
                    )
                visit = uow.visits.add_refused(
                    code=codes.visit_code(req.day),
                    booking_id=booking.id if booking else None,
                    day=req.day,
                    session_no=req.session_no,
                    kind=req.kind,
                    rule="ELG-6",
                    reason=why,
                    staff_id=staff_id,
                    now=now,
                )
                if booking is not None and cancellation is not None:
                    uow.bookings.cancel(booking, cancellation, now, staff_id)
                uow.journal.append(now, staff_id, "visit.refused", visit.code, {"rule": "ELG-6", "reason": why})
                uow.commit()
            return refusal.message
        raise BadInput(msg("사유"), msg("거절 사유를 입력하세요"))
