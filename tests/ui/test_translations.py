"""STYLE rule 8: Korean by default (with Qt's qtbase_ko for standard buttons), English available."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from tests.conftest import ROOT

TS = ROOT / "resources" / "translations" / "desk_en.ts"


def test_every_ui_string_has_english():
    untranslated = [
        m.findtext("source")
        for m in ET.parse(TS).iter("message")
        if not (m.findtext("translation") or "").strip() or m.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == []


def test_english_loads_and_translates(qapp):
    t = QTranslator()
    assert t.load("desk_en", str(ROOT / "resources" / "translations"))
    qapp.installTranslator(t)
    try:
        assert QCoreApplication.translate("MainWindow", "설정") == "Settings"
        assert QCoreApplication.translate("CheckinPanel", "결제 후 인쇄 (F9)") == "Pay and print (F9)"
        assert QCoreApplication.translate("desk", "환불") == "Refund"  # a domain sentence (ui/words.py)
    finally:
        qapp.removeTranslator(t)
    assert QCoreApplication.translate("MainWindow", "설정") == "설정"  # Korean is the source and default


def test_qt_korean_is_shipped_for_standard_buttons():
    t = QTranslator()
    assert t.load("qtbase_ko", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert t.translate("QPlatformTheme", "Cancel") == "취소"
