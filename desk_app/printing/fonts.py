"""The bundled Korean font (NanumSquare, OFL) registered with ReportLab. Never a system font."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.paths import resources_dir

REGULAR = "NanumSquare"
BOLD = "NanumSquare-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(fonts / "NanumSquareR.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "NanumSquareB.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD
