"""Refresh the English translation: extract tr() strings from ui/ (pyside6-lupdate), fill in the
English below, and compile resources/translations/desk_en.qm (pyside6-lrelease).

    python scripts/translations.py

Korean is the source language and the default; English is loaded with DESK_APP_LANG=en. A test
fails when a string in ui/ has no English here."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "desk_en.ts"
BIN = Path(sys.executable).parent

ENGLISH = {
    "보호자 이름": "Guardian's name",
    "연락처 010-0000-0000": "Phone 010-0000-0000",
    "현장접수 보호자": "Walk-in guardian",
    "+ 아동": "+ Child",
    "+ 보호자": "+ Guardian",
    "− 마지막 사람 빼기": "− Remove last person",
    "— 거주 확인 서류 선택 —": "— Choose the residency document —",
    "서울 소재 기관 확인": "Organisation located in Seoul",
    "기관명 (어린이집·유치원 등)": "Organisation (daycare, kindergarten …)",
    "KT 멤버십 (바코드 확인, 1인 1회 20%)": "KT membership (barcode seen, 20% once a visit)",
    "서울 거주 확인 (번호는 적지 않습니다)": "Seoul residency (no numbers are written down)",
    "이용료": "Fee",
    "대상": "Person",
    "항목": "Item",
    "금액": "Price",
    "감면": "Reduction",
    "청구": "Charge",
    "카드": "Card",
    "계좌이체": "Transfer",
    "결제 후 인쇄": "Pay and print",
    "입장 거절 (질병·발열)…": "Refuse entry (illness, fever)…",
    "닫기": "Close",
    "카드 단말기 승인번호": "Card terminal approval number",
    "입금자명": "Sender's name",
    "+ 인솔교사": "+ Teacher",
    "단체": "Group",
    "개인": "Individual",
    "노쇼 이용 제한: {0}까지 — {1}": "No-show ban until {0} — {1}",
    "없음": "None",
    "{0}번째 사람의 생년월일을 YYYY-MM-DD로 입력하세요": "Enter person {0}'s birth date as YYYY-MM-DD",
    "합계 {0}원": "Total {0} won",
    "0원 — 입장권 인쇄": "0 won — print the entry slip",
    "결제 기록 중…": "Recording the payment…",
    "입장 거절": "Refuse entry",
    "증상 (ELG-6)": "Symptom (ELG-6)",
    "안내데스크 로그인": "Front desk sign-in",
    "담당자": "Staff member",
    "PIN": "PIN",
    "인쇄되지 않은 입장권·영수증이 있습니다 ({0}건): {1} — [오늘 입장 목록]에서 재발행하세요.": "Slips or receipts were not printed ({0}): {1} — reprint them from Today's visits.",
    "담당: {0}": "Staff: {0}",
    "설정": "Settings",
    "전체화면 (F11)": "Full screen (F11)",
    "바코드 스캔 · 예약코드 · 전화번호 뒤 4자리 · 이름  (Enter)": "Scan · booking code · last 4 phone digits · name  (Enter)",
    "입장 처리": "Check-in",
    "오늘 입장 목록": "Today's visits",
    "다시 인쇄": "Print again",
    "다음 손님 (Esc)": "Next visitor (Esc)",
    "재발행": "Reprint",
    "{0}건을 찾았습니다. 골라서 Enter를 누르세요.": "{0} found. Choose one and press Enter.",
    "이미 입장 처리된 예약입니다 (입장권 {0}). 재입장은 입장권을 스캔하세요.": "Already checked in (slip {0}). For re-entry, scan the slip.",
    "{0} 상태의 예약입니다: {1}": "The booking is {0}: {1}",
    "노쇼 이용 제한: {0}까지 (RSV-6)": "No-show ban until {0} (RSV-6)",
    "{0}회차 현장접수": "Walk-in, session {0}",
    "오늘 남은 회차가 없습니다.": "No sessions left today.",
    "{0}회차 도착 예정 {1}건 — 골라서 Enter, 또는 스캔": "Session {0}: {1} expected — choose and press Enter, or scan",
    " (이미 결제된 건 — 추가 결제 없음)": " (already paid — nothing charged again)",
    "결제 완료 · {0}원 · 입장권 {1} · 영수증 {2}": "Paid · {0} won · slip {1} · receipt {2}",
    "인쇄 준비 중…": "Preparing to print…",
    "인쇄되지 않았습니다. 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요.": "Not printed. The payment is saved — press Print again.",
    "인쇄되지 않았습니다 ({0}). 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요.": "Not printed ({0}). The payment is saved — press Print again.",
    "단체·개인 공용": "Groups and individuals",
    "현장접수": "Walk-in",
    "영수증·입장권 프린터": "Receipt and slip printer",
    "프린터 없음 — PDF로 저장": "No printer — save as PDF",
    "처음 설정 — 관리자 계정 만들기": "First start — create the manager account",
    "이 데스크의 첫 관리자(센터장) 계정을 만듭니다. 기본 비밀번호는 없습니다.": "Create this desk's first manager account. There is no default password.",
    "이름": "Name",
    "PIN (숫자 4~12자리)": "PIN (4–12 digits)",
    "PIN 확인": "Confirm PIN",
    "두 PIN이 같지 않습니다": "The two PINs differ",
    "프로그램 오류": "Program error",
    "예상하지 못한 오류로 프로그램을 닫습니다.\n결제와 기록은 저장되어 있습니다. 다시 실행하면 재인쇄할 수 있습니다.\n\n로그 파일: {path}": "An unexpected error closes the program.\nPayments and records are saved; after a restart you can reprint.\n\n"
    "Log file: {path}",
    "오늘은 휴관입니다": "Closed today",
    "오늘의 회차": "Today's sessions",
}


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        english = ENGLISH.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True)
    for m in missing:
        print("no English for:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
