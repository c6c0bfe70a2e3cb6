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
    "- 마지막 사람 빼기": "- Remove last person",
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
    "재입장용 QR은 화면의 코드를 휴대전화로 찍어 가도 됩니다.": "For re-entry, the visitor may photograph the QR code on the screen.",
    "직원 계정": "Staff accounts",
    "직원": "Staff",
    "관리자(센터장)": "Manager",
    "계정 만들기 (관리자)": "Create account (manager)",
    "지금 계정": "Accounts",
    "역할": "Role",
    "계정을 만들었습니다: {0}": "Account created: {0}",
    "일일 정산·마감": "Day close-out",
    "정산일": "Day",
    "PDF 저장…": "Save PDF…",
    "CSV 저장…": "Save CSV…",
    "카드 단말기의 오늘 합계 (예: 125000)": "The card terminal's total for the day (e.g. 125000)",
    "마감 (관리자)": "Close the day (manager)",
    "카드 단말기 합계": "Card terminal total",
    "이 날의 예약·입장·결제 기록이 없습니다.": "No bookings, visits or payments on this day.",
    " · 단말기 차이 {0}원": " · terminal difference {0} won",
    "마감됨: {0} · {1}{2} — 이 날의 기록은 바꿀 수 없습니다 (CLS-2)": "Closed: {0} · {1}{2} — this day's records can no longer change (CLS-2)",
    "마감 전 · 순 결제 {0}원 (카드 {1}원)": "Open · net {0} won (card {1} won)",
    "마감했습니다. 카드 단말기와 {0}원 차이가 있어 기록해 두었습니다.": "Closed. The card terminal differs by {0} won; the difference is kept.",
    "마감했습니다.": "Closed.",
    "저장": "Save",
    "저장하지 못했습니다: {0}": "Could not save: {0}",
    "저장했습니다: {0}": "Saved: {0}",
    "취소·환불": "Void / refund",
    "정산·마감": "Close-out",
    "결제 취소·환불": "Void or refund a payment",
    "예: 직원 착오, 센터 사정으로 휴관 (부분환불은 없습니다)": "e.g. staff error, center closed (no partial refunds)",
    "전액 취소·환불 (관리자)": "Void / refund in full (manager)",
    "영수증 번호": "Receipt no.",
    "결제 취소": "Void",
    "환불": "Refund",
    "{0} 처리했습니다: {1} · {2}원 — 취소 영수증을 인쇄합니다": "{0} done: {1} · {2} won — printing the receipt that says so",
    "예약 취소 (전화)…": "Cancel booking (phone)…",
    "휴관 지정 (행사·소독·교육)": "Close the center (event, disinfection, training)",
    "하루 전체": "Whole day",
    "{0}회차": "Session {0}",
    "예: 정기 소독, 종사자 교육, 센터 행사": "e.g. regular disinfection, staff training, a center event",
    "날짜": "Date",
    "회차": "Session",
    "사유": "Reason",
    "휴관 지정": "Close",
    "예약자": "Booker",
    "연락처": "Phone",
    "예약번호": "Booking no.",
    "전화할 사람": "People to call",
    "휴관으로 지정했습니다. 취소된 예약 {0}건 — 전화로 알려 주세요.": "Closed. {0} bookings cancelled — call them.",
    "단체 예약 (전화)": "Group booking (phone)",
    "서울 소재 어린이집·유치원·사회복지시설·학원 등": "A daycare, kindergarten, welfare facility or academy in Seoul",
    "이용일": "Visit date",
    "기관명": "Organisation",
    "담당 교사": "Contact teacher",
    "인솔교사 수": "Teachers",
    "{0}세": "Age {0}",
    "예약하기": "Book",
    "아동 수 (연나이별)": "Children by age (visit year − birth year)",
    "예약했습니다: {0} · {1} {2}회차 · 아동 {3}명, 교사 {4}명": "Booked: {0} · {1} session {2} · {3} children, {4} teachers",
    "포털 예약 목록 가져오기": "Import the portal's booking list",
    "우리동네키움포털에서 내려받은 CSV 또는 XLSX": "CSV or XLSX downloaded from the portal",
    "파일 선택…": "Choose file…",
    "미리 보기": "Preview",
    "행": "Line",
    "거부 사유": "Why rejected",
    "전화할 사람 (강제 취소)": "People to call (cancelled by force)",
    "가져오기": "Import",
    "예약 목록 파일": "Booking list file",
    "예약 목록 (*.csv *.xlsx)": "Booking lists (*.csv *.xlsx)",
    "읽는 중…": "Reading…",
    "{0}행 · 새 예약 {1} · 변경 {2} · 취소 {3} · 그대로 {4}": "{0} rows · {1} new · {2} changed · {3} cancelled · {4} unchanged",
    "잘못된 행이 {0}개 있어 아무것도 가져오지 않습니다. 포털 파일을 확인하세요.": "{0} rows are malformed, so nothing is imported. Check the portal's file.",
    "가져왔습니다: ": "Imported: ",
    "미리 보기 (아직 저장하지 않음): ": "Preview (nothing saved yet): ",
    "예약 가져오기": "Import bookings",
    "단체 예약": "Group booking",
    "노쇼·제한": "No-shows",
    "노쇼 {0}건을 처리했습니다 (강제 취소 {1}건) — [노쇼·제한]에서 포털 입력·전화 목록을 확인하세요.": "{0} no-shows recorded ({1} cancelled by force) — see No-shows for the portal list and the calls.",
    "노쇼와 이용 제한": "No-shows and bans",
    "끝난 회차 노쇼 처리": "Record no-shows of ended sessions",
    "오늘 노쇼 — 포털에 입력할 목록": "Today's no-shows — to enter into the portal",
    "제한 종료": "Ban ends",
    "전화할 사람 — 강제 취소된 예약": "People to call — bookings cancelled by force",
    "이용 제한 중": "Bans in force",
    "기간": "Period",
    "상태": "State",
    "선택한 제한 해제 (관리자)…": "Lift the selected ban (manager)…",
    "새 노쇼 {0}건, 강제 취소 {1}건": "{0} new no-shows, {1} cancelled by force",
    "해제할 제한을 고르세요": "Choose the ban to lift",
    "제한 해제": "Lift ban",
    "해제 사유 (기록에 남습니다)": "Reason for lifting (kept on record)",
    "제한을 해제했습니다": "Ban lifted",
    "관리자 확인": "Manager confirmation",
    "관리자 이름": "Manager's name",
    "관리자 PIN": "Manager's PIN",
    "{0}님은 관리자가 아닙니다": "{0} is not a manager",
    "예약 취소 (전화)": "Cancel booking (phone)",
    "취소 사유": "Reason",
    "예약을 취소했습니다: {0}": "Booking cancelled: {0}",
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
