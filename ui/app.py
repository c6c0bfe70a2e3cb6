"""The Qt application: fonts, translations, logging, the crash hook, start-up errors, log-in and
the desk window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk_app import __version__
from desk_app.config import Settings, load_profile, sqlite_url
from desk_app.db.migrate import DatabaseProblem
from desk_app.db.store import Store, open_store
from desk_app.domain.errors import DeskError, ProfileError
from desk_app.logsetup import setup_logging
from desk_app.paths import demo_db_path, resources_dir
from desk_app.services.clock import ShiftedClock, SystemClock
from desk_app.services.context import DeskContext
from desk_app.services.staff import StaffMember, StaffService
from ui.errors import fatal, install_excepthook, route_qt_messages

log = logging.getLogger(__name__)
FONT_FAMILY = "NanumSquare"
_translators: list[QTranslator] = []


def load_fonts() -> str:
    """Register the bundled font with Qt; the app never depends on a system font."""
    family = FONT_FAMILY
    for name in ("NanumSquareR.ttf", "NanumSquareB.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
        else:
            log.error("could not load bundled font %s", name)
    return family


def load_translations(app: QApplication, language: str | None = None) -> None:
    """Korean by default; Qt's own qtbase_ko so standard buttons read 확인/취소."""
    language = language or os.environ.get("DESK_APP_LANG", "ko")
    QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English))
    if language == "ko":
        qt = QTranslator(app)
        if qt.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
    else:
        ours = QTranslator(app)
        if ours.load(f"desk_{language}", str(resources_dir() / "translations")):
            app.installTranslator(ours)
            _translators.append(ours)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("SeoulKidsCafe")
    app.setApplicationName("desk-app")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "desk.png")))
    family = load_fonts()
    font = QFont(family)
    font.setPointSize(11)
    app.setFont(font)
    load_translations(app)
    return app


def _sign_in(ctx: DeskContext, demo: bool) -> StaffMember | None:
    from ui.login import LoginDialog, SetupDialog

    staff = StaffService(ctx)
    if demo:
        from desk_app.services.demo import demo_staff

        return demo_staff(ctx)
    if not staff.any_staff():
        setup = SetupDialog(staff)
        if not setup.exec() or setup.member is None:
            return None
        return setup.member
    login = LoginDialog(staff)
    if not login.exec():
        return None
    return login.member


def _offer_restore(problem: DatabaseProblem, url: str, path) -> Store | None:  # type: ignore[no-untyped-def]
    """A database that cannot be opened: offer the newest sound backup (the broken file is kept)."""
    from PySide6.QtWidgets import QMessageBox

    from desk_app.services.backup import latest_backup, restore_file

    backup = latest_backup(path) if path is not None else None
    if backup is None:
        fatal(None, "데이터베이스 오류", problem.message + "\n\n복구할 백업이 없습니다.")
        return None
    question = f"{problem.message}\n\n최근 백업으로 복구할까요?\n{backup}\n(지금 파일은 backups 폴더에 따로 보관합니다)"
    if os.environ.get("DESK_APP_SMOKE"):
        fatal(None, "데이터베이스 오류", question)
        return None
    answer = QMessageBox.question(None, "데이터베이스 오류", question)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    broken = path.with_name(path.name + f".broken{__import__('datetime').datetime.now():%Y%m%dT%H%M%S}")
    path.replace(broken)  # never overwrite the broken file: it may still be needed
    restore_file(backup, path)
    log.warning("restored %s from %s; the broken file is kept as %s", path, backup, broken)
    try:
        return open_store(url, path)
    except DatabaseProblem as e:
        fatal(None, "데이터베이스 오류", e.message)
        return None


def run(settings: Settings, demo: bool = False, kiosk: bool = False) -> int:
    log_path = setup_logging()
    app = make_app()
    route_qt_messages()
    install_excepthook(str(log_path))
    log.info("desk-app %s starting (demo=%s)", __version__, demo)
    try:
        profile = load_profile(settings.profile_path)
    except ProfileError as e:
        fatal(None, "센터 프로필 오류", f"센터 프로필을 읽을 수 없어 시작하지 않습니다.\n\n{e.message}")
        return 2
    url, path = settings.db_url, settings.sqlite_path
    if demo:
        path = demo_db_path()
        url = sqlite_url(path)
    lock = None
    if path is not None:
        # one desk window per database: a second copy would print and count on its own
        from PySide6.QtCore import QLockFile

        path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)
        if not lock.tryLock(200):
            fatal(
                None,
                "이미 실행 중",
                f"이 데이터베이스는 이미 다른 데스크 창에서 열려 있습니다.\n{path}\n열려 있는 창을 쓰세요.",
            )
            return 1
    try:
        store: Store = open_store(url, path)
    except DatabaseProblem as e:
        store_or_none = _offer_restore(e, url, path)
        if store_or_none is None:
            return 1
        store = store_or_none
    ctx = DeskContext(store, profile, SystemClock())
    try:
        if demo:
            from desk_app.services.demo import ensure_demo_today, next_open_day

            # on a closed day the demo opens the next open day, at today's time of day
            shift = (next_open_day(ctx, ctx.clock.now().date()) - ctx.clock.now().date()).days
            if shift:
                ctx = DeskContext(store, profile, ShiftedClock(shift))
            ensure_demo_today(ctx)
        member = _sign_in(ctx, demo)
        from desk_app.services.journal import note_profile
        from desk_app.services.privacy import PrivacyService

        PrivacyService(ctx).purge_if_due()  # OPS-3, once a day
        note_profile(ctx, str(settings.profile_path), settings.profile_path.read_bytes())
    except DeskError as e:
        fatal(None, "시작할 수 없습니다", e.message)
        store.close()
        return 1
    if member is None:
        store.close()
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(ctx, member, demo=demo)
    if kiosk or os.environ.get("DESK_APP_KIOSK"):
        window.showFullScreen()
    else:
        window.show()
    if os.environ.get("DESK_APP_SMOKE"):  # start-up check: show the board, then leave
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    from ui.workers import shut_down_widgets

    del window
    shut_down_widgets()
    store.close()
    if lock is not None:
        lock.unlock()
    return int(code)
