"""The Qt application: fonts, translations, logging, the crash hook, start-up errors, log-in and
the desk window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk_app import __version__
from desk_app.bootstrap import DatabaseProblem, Desk, RestoreDeclined, open_desk
from desk_app.config import Settings
from desk_app.domain.errors import DeskError, ProfileError
from desk_app.logsetup import setup_logging
from desk_app.paths import demo_db_path, resources_dir
from desk_app.services.staff import StaffMember
from ui.errors import fatal, install_excepthook, route_qt_messages
from ui.words import say

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("app", text)


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
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    load_translations(app)
    return app


def _sign_in(desk: Desk) -> StaffMember | None:
    from ui.login import LoginDialog, SetupDialog

    staff = desk.staff
    if desk.demo:
        from desk_app.services.demo import demo_staff

        return demo_staff(desk.ctx)
    if not staff.any_staff():
        setup = SetupDialog(staff)
        if not setup.exec() or setup.member is None:
            return None
        return setup.member
    login = LoginDialog(staff)
    if not login.exec():
        return None
    return login.member


def _offer_restore(problem: DeskError, backup: Path) -> bool:
    """A database that cannot be opened: offer the newest sound backup (the broken file is kept)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.splash import close_splash

    close_splash()
    question = _t("{0}\n\n최근 백업으로 복구할까요?\n{1}\n(지금 파일은 따로 보관합니다)").format(
        say(problem.message), backup
    )
    if os.environ.get("DESK_APP_SMOKE"):
        fatal(None, _t("데이터베이스 오류"), question)
        return False
    answer = QMessageBox.question(None, _t("데이터베이스 오류"), question)
    return answer == QMessageBox.StandardButton.Yes


def run(settings: Settings, demo: bool = False, kiosk: bool = False) -> int:
    log_path = setup_logging()
    app = make_app()
    route_qt_messages()
    install_excepthook(str(log_path))
    log.info("desk-app %s starting (demo=%s)", __version__, demo)
    from ui.splash import close_splash, note_time

    path = demo_db_path() if demo else settings.sqlite_path
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
                _t("이미 실행 중"),
                _t("이 데이터베이스는 이미 다른 데스크 창에서 열려 있습니다.\n{0}\n열려 있는 창을 쓰세요.").format(
                    path
                ),
            )
            return 1
    try:
        desk = open_desk(settings, demo=demo, offer_restore=_offer_restore)
    except ProfileError as e:
        fatal(
            None,
            _t("센터 프로필 오류"),
            _t("센터 프로필을 읽을 수 없어 시작하지 않습니다.\n\n{0}").format(f"{say(e.field)}: {say(e.detail)}"),
        )
        return 2
    except RestoreDeclined:  # the question already showed the problem
        return 1
    except DeskError as e:  # the database (DatabaseProblem), or the demo's filling
        fatal(
            None,
            _t("데이터베이스 오류") if isinstance(e, DatabaseProblem) else _t("시작할 수 없습니다"),
            say(e.message),
        )
        return 1
    close_splash()  # the log-in (or the first manager's set-up) takes its place
    try:
        member = _sign_in(desk)
        desk.start_of_day()
    except DeskError as e:
        fatal(None, _t("시작할 수 없습니다"), say(e.message))
        desk.close()
        return 1
    if member is None:
        desk.close()
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(desk, member, demo=demo)
    if kiosk or os.environ.get("DESK_APP_KIOSK"):
        window.showFullScreen()
    else:
        window.show()
    app.processEvents()
    note_time("board")
    if os.environ.get("DESK_APP_SMOKE"):  # start-up check: show the board, then leave
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    from ui.workers import shut_down_widgets

    del window
    shut_down_widgets()
    desk.close()
    if lock is not None:
        lock.unlock()
    return int(code)
