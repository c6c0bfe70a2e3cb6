"""Write the sample portal exports in resources/samples/ (RSV-1): the same bookings as a CP949
CSV (what Korean Excel saves) and as a one-sheet XLSX. See docs/portal-import.md."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
HEADER = [
    "예약번호",
    "이용일자",
    "회차",
    "예약자명",
    "연락처",
    "아동명",
    "아동생년월일",
    "보호자수",
    "놀이돌봄신청",
    "예약상태",
    "예약일시",
]
ROWS = [
    [
        "R2025061700001",
        "2025-06-17",
        "1",
        "김하늘",
        "010-1234-5678",
        "김서준",
        "2020-04-01",
        "1",
        "Y",
        "예약완료",
        "2025-06-10 09:00:12",
    ],
    [
        "R2025061700001",
        "2025-06-17",
        "1",
        "김하늘",
        "010-1234-5678",
        "김서아",
        "2022-09-15",
        "1",
        "N",
        "예약완료",
        "2025-06-10 09:00:12",
    ],
    [
        "R2025061700002",
        "2025-06-17",
        "1",
        "이바다",
        "010-2222-3333",
        "이도윤",
        "2021-03-03",
        "2",
        "N",
        "예약완료",
        "2025-06-10 09:01:40",
    ],
    [
        "R2025061700003",
        "2025-06-17",
        "2",
        "박소율",
        "010-4444-5555",
        "박하린",
        "2019-11-20",
        "1",
        "Y",
        "예약완료",
        "2025-06-10 09:02:05",
    ],
    [
        "R2025061700004",
        "2025-06-17",
        "3",
        "최은우",
        "010-6666-7777",
        "최지호",
        "2023-01-30",
        "1",
        "N",
        "예약취소",
        "2025-06-10 09:03:59",
    ],
    [
        "R2025061800001",
        "2025-06-18",
        "2",
        "정유진",
        "010-8888-9999",
        "정우진",
        "2018-05-05",
        "1",
        "N",
        "예약완료",
        "2025-06-10 09:05:31",
    ],
    [
        "R2025061800001",
        "2025-06-18",
        "2",
        "정유진",
        "010-8888-9999",
        "정다은",
        "2022-02-02",
        "1",
        "N",
        "예약완료",
        "2025-06-10 09:05:31",
    ],
]


def main() -> None:
    out = ROOT / "resources" / "samples"
    out.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(ROWS)
    (out / "portal_export_sample.csv").write_bytes(buf.getvalue().encode("cp949"))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "예약목록"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(out / "portal_export_sample.xlsx")


if __name__ == "__main__":
    main()
