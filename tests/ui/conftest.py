"""The desk window over a real SQLite file, a fixed clock and PDFs written to tmp_path."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from desk_app.bootstrap import desk_for
from desk_app.services.documents import DocumentService
from tests.conftest import DAY


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    qapp.setOrganizationName("desk-app-tests")
    qapp.setApplicationName("desk-app-tests")


@pytest.fixture
def window(qtbot, ctx, manager, clock, tmp_path):
    from ui.main_window import MainWindow

    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    w = MainWindow(
        desk_for(ctx.store, ctx.profile, ctx.clock), manager, docs=DocumentService(ctx, tmp_path / "printed")
    )
    qtbot.addWidget(w)
    w.show()
    return w
