"""Print preview (issue 13): the PDF pages a reprint would send, shown on screen before they
go to the printer, and "open the PDF" for a file that was saved."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.screen import fit

log = logging.getLogger(__name__)
PAGE_WIDTH = 300  # an 80 mm roll at about 96 dpi


def open_pdf(path: Path) -> bool:
    """Open a saved PDF in the system's viewer."""
    ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not ok:
        log.warning("could not open %s", path)
    return bool(ok)


def page_images(path: Path, width: int = PAGE_WIDTH) -> list[QPixmap]:
    """Every page of ``path`` rendered at ``width`` pixels (QtPdf, loaded here, not at start)."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    try:
        if doc.load(str(path)) != QPdfDocument.Error.None_:
            return []
        out = []
        for page in range(doc.pageCount()):
            size = doc.pagePointSize(page)
            height = int(width * size.height() / max(size.width(), 1))
            image = doc.render(page, QSize(width * 2, height * 2))  # twice the pixels: crisp text
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(2.0)
            out.append(pixmap)
        return out
    finally:
        doc.close()


class PrintPreview(QDialog):
    """The documents of a reprint side by side; 인쇄 sends them, 닫기 prints nothing."""

    def __init__(self, paths: list[Path], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.paths = paths
        inner = QWidget()
        pages = QHBoxLayout(inner)
        self.page_labels: list[QLabel] = []
        for path in paths:
            for pixmap in page_images(path):
                label = QLabel()
                label.setObjectName("previewPage")
                label.setPixmap(pixmap)
                label.setAlignment(Qt.AlignmentFlag.AlignTop)
                label.setStyleSheet("background: white; border: 1px solid #bbb;")
                pages.addWidget(label)
                self.page_labels.append(label)
        pages.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.print_button = QPushButton(self.tr("인쇄 (Enter)"))
        self.print_button.setObjectName("previewPrint")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.accept)
        open_button = QPushButton(self.tr("PDF 열기"))
        open_button.setObjectName("previewOpen")
        open_button.setAutoDefault(False)
        open_button.clicked.connect(lambda: [open_pdf(p) for p in self.paths])
        close = QPushButton(self.tr("닫기 (Esc)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("재발행 표시가 된 문서입니다. 확인하고 인쇄하세요.")), 1)
        for b in (open_button, close, self.print_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        fit(self, 2 * PAGE_WIDTH + 120, 680)
