"""The unit of work: it owns commit and rollback; repositories never commit."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from desk_app.db import repositories as repos


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.days = repos.DayRepository(self.session)
        self.bookings = repos.BookingRepository(self.session)
        self.visits = repos.VisitRepository(self.session)
        self.payments = repos.PaymentRepository(self.session)
        self.staff = repos.StaffRepository(self.session)
        self.penalties = repos.PenaltyRepository(self.session)
        self.journal = repos.AuditRepository(self.session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.session.rollback()  # whatever was not committed is undone
        finally:
            self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
