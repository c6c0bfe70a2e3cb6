"""The unit of work: it owns commit and rollback; repositories never commit."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.db import repositories as repos
from desk_app.db.views import Views
from desk_app.domain.errors import Conflict, DeskError
from desk_app.domain.messages import msg


class WriteConflict(Exception):
    """A commit refused by a unique key: another attempt of the same action got there first
    (the payment's idempotency key, a portal booking number). The transaction is rolled back."""


class StorageProblem(DeskError):
    """The disk refused a write: nothing of the action was saved, and what was saved before stands."""


SERVER_AWAY = (
    "could not connect",
    "connection refused",
    "server closed the connection",
    "terminating connection",
    "connection is closed",
    "connection timeout",
    "timeout expired",
    "no such file or directory",  # the server's socket is gone
    "the database system is shutting down",
    "the database system is starting up",
    "consuming input failed",
)


def storage_problem(error: OperationalError) -> StorageProblem:
    text = str(error.orig).lower()
    # issue 15: the desk lost its server — SQLAlchemy flags a dropped connection; a server that
    # cannot be reached at all is only known by the driver's words
    if getattr(error, "connection_invalidated", False) or any(words in text for words in SERVER_AWAY):
        return StorageProblem(
            msg(
                "데이터베이스 서버에 연결할 수 없습니다. 이번 작업은 저장되지 않았습니다. "
                "연결이 돌아올 때까지 결제를 받지 마세요 (카드 단말기도 쓰지 마세요)."
            )
        )
    if "readonly" in text or "read-only" in text:
        return StorageProblem(
            msg(
                "데이터베이스에 쓸 수 없습니다 (읽기 전용 폴더나 파일). 이번 작업은 저장되지 않았습니다. 관리자에게 알리세요."
            )
        )
    if "full" in text:
        return StorageProblem(
            msg("디스크가 가득 찼습니다. 이번 작업은 저장되지 않았습니다. 공간을 비운 뒤 다시 하세요.")
        )
    if "locked" in text or "busy" in text:
        return StorageProblem(msg("다른 프로그램이 데이터베이스를 쓰고 있어 저장하지 못했습니다. 잠시 뒤 다시 하세요."))
    if "disk i/o" in text:
        return StorageProblem(msg("디스크 입출력 오류로 저장하지 못했습니다. 이번 작업은 저장되지 않았습니다."))
    return StorageProblem(msg("데이터베이스 오류로 저장하지 못했습니다: {orig}", orig=error.orig))


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session], signer: Any = None) -> None:
        self._factory = session_factory
        self._signer = signer
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info["signer"] = self._signer  # the journal key (issue 12), outside the database
        self.days = repos.DayRepository(self.session)
        self.bookings = repos.BookingRepository(self.session)
        self.visits = repos.VisitRepository(self.session)
        self.payments = repos.PaymentRepository(self.session)
        self.staff = repos.StaffRepository(self.session)
        self.penalties = repos.PenaltyRepository(self.session)
        self.journal = repos.AuditRepository(self.session)
        self.print_jobs = repos.PrintJobRepository(self.session)
        self.late_pickups = repos.LatePickupRepository(self.session)
        self.lost_items = repos.LostItemRepository(self.session)
        self.incidents = repos.IncidentRepository(self.session)
        self.admission = repos.AdmissionRepository(self.session)
        self.privacy = repos.PrivacyRepository(self.session)
        self.views = Views(self.session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.session.rollback()  # whatever was not committed is undone
        except OperationalError:
            pass  # the connection went with the disk; the original error says what happened
        finally:
            self.session.close()
        if isinstance(exc, OperationalError):
            raise storage_problem(exc) from exc
        if isinstance(exc, IntegrityError) and "CLS-2" in str(exc.orig):
            # the database's own lock (revision 0003) caught what a service did not
            raise Conflict(
                "CLS-2", msg("마감된 날의 기록은 바꿀 수 없습니다. 정정은 다음 운영일에 관리자가 합니다")
            ) from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except IntegrityError as e:
            self.session.rollback()
            if "CLS-2" in str(e.orig):
                raise Conflict(
                    "CLS-2", msg("마감된 날의 기록은 바꿀 수 없습니다. 정정은 다음 운영일에 관리자가 합니다")
                ) from e
            raise WriteConflict(str(e.orig)) from e

    def rollback(self) -> None:
        self.session.rollback()
