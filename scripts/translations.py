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
    "금액": "Amount",
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
    "휴관 지정": "Closures",
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

ENGLISH.update(
    {
        "입장 거절…": "Refuse entry…",
        "질병·발열 등으로 입장을 거절합니다": "Refuse entry for illness, fever and the like",
        "예약 취소…": "Cancel booking…",
        "전화로 받은 예약 취소": "A cancellation taken by phone",
        "닫기 (Esc)": "Close (Esc)",
        "구분": "Role",
        "생년월일": "Birth date",
        "연나이": "Age (years)",
        "돌봄": "Care",
        "감면 유형": "Reduction",
        "증빙": "Proof",
        "- 마지막 사람": "- Last person",
        "— 본 서류 선택 (번호는 적지 않음) —": "— Document seen (no numbers written) —",
        "서울 거주 확인": "Seoul residency",
        "서류의 종류만 고릅니다. 주민등록번호는 적지 않습니다 (ELG-4)": "Choose only the kind of document. No resident registration number is written down (ELG-4)",
        "결제 후 인쇄 (F9)": "Pay and print (F9)",
        "{0} 예약": "{0} booking",
        "놀이돌봄 늦은 픽업 기록: {0} — 놀이돌봄 신청은 판단해서 받으세요": "Late pick-up from play care on {0} — decide whether to accept play care",
        "증빙: {0}": "Proof: {0}",
        "감면 증빙서류를 눈으로 확인했으면 체크하세요 (번호는 적지 않습니다)": "Tick when you have seen the proof of the reduction (no numbers are written down)",
        "0원 — 입장권 인쇄 (F9)": "0 won — print the slip (F9)",
        "{0} {1}원": "{0} {1} won",
        "감면 -{0}원 ({1})": "Reduction -{0} won ({1})",
        " 또는 ": " or ",
        "증빙서류": "a proof document",
        "{0}: 가족 전체가 감면됩니다 — 확인할 서류: {1}": "{0}: the whole family is exempt — document to check: {1}",
        "{0}: 확인할 서류: {1}": "{0}: document to check: {1}",
        "증상": "Symptom",
        "같은 승인번호": "Same approval number",
        "승인번호 {0}은(는) 오늘 이미 영수증 {1}에 쓰였습니다.\n카드 단말기에서 이 손님의 새 승인번호인지 확인하세요.\n\n그래도 이 승인번호로 기록할까요?": "Approval number {0} was already used today on receipt {1}.\nCheck on the card terminal that this is a new approval for this guest.\n\nRecord it with this approval number anyway?",
        "승인번호를 확인해 다시 입력하세요. 결제는 기록되지 않았습니다.": "Check the approval number and type it again. No payment was recorded.",
        "열기": "Open",
        "방금 저장한 파일을 엽니다": "Opens the file just saved",
        "마감됨: {0} · {1}{2} — 이 날의 기록은 바꿀 수 없습니다": "Closed: {0} · {1}{2} — this day's records cannot change",
        "정산-{0}.{1}": "closeout-{0}.{1}",
        "도움말": "Help",
        "이 도움말": "This help",
        "스캔·검색 칸으로 (바코드 스캐너는 어디서든 이 칸으로 들어갑니다)": "To the scan and search field (the barcode scanner reaches it from anywhere)",
        "지금 회차의 현장접수": "Walk-in for the session now",
        "[입장 처리] ↔ [오늘 입장 목록]": "[Check-in] ↔ [Today's visits]",
        "방금 결제한 입장권·영수증 다시 인쇄 (재발행 표시)": "Reprint the last slip and receipt (marked as reprints)",
        "닫기 · 다음 손님": "Close · next guest",
        "전체화면": "Full screen",
        "다음 칸 / 이전 칸": "Next field / previous field",
        "예약을 스캔하거나 전화번호 뒤 4자리·이름으로 찾고, 사람마다 생년월일·감면·증빙을 확인한 뒤 결제합니다.": "Scan the booking or find it by the last four phone digits or a name, check each person's birth date, reduction and proof, then take payment.",
        "오늘 결제한 입장권: 재발행, 취소·환불, 놀이돌봄 늦은 픽업 기록.": "Today's paid visits: reprint, void or refund, late pick-up from play care.",
        "포털에서 내려받은 예약 목록(CSV·XLSX)을 미리 보고 가져옵니다.": "Preview and import the booking list downloaded from the portal (CSV or XLSX).",
        "어린이집·유치원 단체 예약 (공용 회차).": "Group bookings of daycares and kindergartens (shared sessions).",
        "노쇼와 이용 제한, 전화할 목록, 늦은 픽업 기록.": "No-shows and bans, the list of people to call, late pick-ups.",
        "회차나 하루를 닫고, 예약자에게 전화할 목록을 만듭니다.": "Close a session or a day and list the bookers to call.",
        "결제 전액 취소(당일) 또는 환불 — 관리자, 사유 필수.": "Void a whole payment (same day) or refund it — manager, with a reason.",
        "하루 결제를 단말기 합계와 맞추고 마감합니다. 마감한 날은 바꿀 수 없습니다.": "Match the day's payments to the terminal total and close the day. A closed day cannot change.",
        "계정 만들기, 사용 중지, PIN 재설정 (관리자).": "Create, disable and reset the PIN of accounts (manager).",
        "교대·로그아웃": "Shift change · sign out",
        "데스크를 닫지 않고 다음 근무자가 로그인합니다.": "The next worker signs in without closing the desk.",
        "단축키": "Shortcuts",
        "화면": "Screens",
        "날짜·회차": "Date · session",
        "아동": "Child",
        "아동 수": "Children",
        "성인": "Adult",
        "성인 수": "Adults",
        "결과": "Result",
        "확인할 점": "To check",
        "지난 회차뿐인 파일 가져오기": "Import a file of past sessions only",
        "새 예약": "New",
        "변경": "Changed",
        "취소": "Cancelled",
        "그대로": "Unchanged",
        " · 지난 회차 {0}": " · past sessions {0}",
        "미리 보기: 파일의 예약이 모두 이미 끝난 회차입니다. 오래된 파일이 아닌지 확인하세요 — {0}": "Preview: every booking in the file is for a session already over. Check this is not an old file — {0}",
        "그래도 가져오기 (관리자)": "Import anyway (manager)",
        "{0} — 안내데스크": "{0} — front desk",
        " [데모]": " [demo]",
        "[데모]": "[demo]",
        "도움말 (F1)": "Help (F1)",
        "스캔 · 예약코드 · 전화번호 뒤 4자리 · 이름 (F2, Enter)": "Scan · booking code · last 4 phone digits · name (F2, Enter)",
        "입장권": "Slip",
        "인원": "People",
        "합계": "Total",
        "결제": "Payment",
        "인쇄": "Printed",
        "놀이돌봄": "Play care",
        "오늘 입장 목록 (F4)": "Today's visits (F4)",
        "다시 인쇄 (F5)": "Print again (F5)",
        "PDF 열기": "Open PDF",
        "{0}회차 운영 안 함 — {1}": "Session {0} not held — {1}",
        "인쇄됨": "Printed",
        "인쇄 안 됨": "Not printed",
        "인쇄 대기": "Waiting to print",
        "{0}원": "{0} won",
        "늦은 픽업": "Late pick-up",
        "보호자가 늦게 데리러 왔을 때 기록합니다": "Record it when the guardian came back late",
        "늦은 픽업 기록됨": "Late pick-up recorded",
        "영수증": "Receipt",
        "취소·환불이 표시된 영수증만 인쇄합니다 (입장권 없음)": "Prints only the receipt marked voided or refunded (no slip)",
        "몇 분 늦었나요? (정리 시간 기준)": "How many minutes late? (from the tidy-up time)",
        "메모 (선택)": "Note (optional)",
        "늦은 픽업을 기록했습니다: {0} — 다음 놀이돌봄 신청 때 표시됩니다": "Late pick-up recorded: {0} — shown at the next play-care application",
        "검색 결과 {0}건": "{0} search results",
        "다음 손님 대기: {0} — 지금 손님을 결제하거나 닫으면(Esc) 바로 열립니다.": "Next guest waiting: {0} — opens as soon as this guest is paid or closed (Esc).",
        "  ※ 노쇼 제한 {0}까지": "  ※ no-show ban until {0}",
        "{0}회차 · {1} ({2}) · 아동 {3} · 성인 {4}": "Session {0} · {1} ({2}) · children {3} · adults {4}",
        "노쇼 이용 제한: {0}까지": "No-show ban until {0}",
        "프린터: {0}": "Printer: {0}",
        "데이터: {0}": "Data: {0}",
        "마지막 백업: {0}": "Last backup: {0}",
        "백업 없음": "No backup",
        "마감 안 된 날 {0}일: {1}": "{0} day(s) not closed: {1}",
        "이전 날짜 모두 마감됨": "Earlier days all closed",
        "마감하지 않은 날이 있습니다: {0} — [정산·마감]에서 그 날을 골라 마감하세요.": "Days not closed: {0} — choose the day in [Close-out] and close it.",
        "관리자": "Manager",
        "담당: {0} ({1})": "At the desk: {0} ({1})",
        "교대 — 로그인": "Shift change — sign in",
        "{0}님이 로그인했습니다.": "{0} signed in.",
        "지금 현장접수를 받는 회차가 없습니다.": "No session takes walk-ins now.",
        "재발행할 입장권을 [오늘 입장 목록]에서 고르세요.": "Choose the slip to reprint in [Today's visits].",
        "대기 중인 다음 손님 열기 (Esc)": "Open the waiting guest (Esc)",
        "다음 손님이 대기 중입니다 — Esc를 누르면 열립니다.": "The next guest is waiting — press Esc to open.",
        "재발행 미리 보기 — {0}": "Reprint preview — {0}",
        "재발행하지 않았습니다.": "Not reprinted.",
        "관리자 승인이 필요합니다: {0}": "A manager's approval is needed: {0}",
        "놀이돌봄 늦은 픽업 기록 — 다음 신청 때 표시됩니다": "Late pick-ups from play care — shown at the next application",
        "늦은 시간": "Minutes late",
        "메모": "Note",
        "선택한 늦은 픽업 표시 해제 (관리자)…": "Clear the chosen late pick-up (manager)…",
        "해제됨": "Lifted",
        "제한 중": "In force",
        "{0}분": "{0} min",
        "해제할 늦은 픽업 기록을 고르세요": "Choose the late pick-up to clear",
        "늦은 픽업 표시 해제": "Clear late pick-up",
        "늦은 픽업 표시를 해제했습니다": "The late pick-up was cleared",
        "인쇄 (Enter)": "Print (Enter)",
        "재발행 표시가 된 문서입니다. 확인하고 인쇄하세요.": "These documents are marked as reprints. Check them, then print.",
        "조회": "Look up",
        "위 가족·금액이 맞습니다. 전액을 취소·환불합니다.": "The family and amount above are right. Void or refund the whole payment.",
        " · 승인번호 {0}": " · approval {0}",
        " · 입금자 {0}": " · sender {0}",
        "결제 취소 (당일)": "Void (same day)",
        "환불 (지난 날짜)": "Refund (earlier day)",
        "이미 {0}에 취소·환불된 결제입니다.": "This payment was already voided or refunded at {0}.",
        "가족과 금액을 확인하고, 사유를 적고, 확인란에 체크하세요.": "Check the family and the amount, write the reason, and tick the box.",
        "정원 {0} · 예약 {1} · 입장 {2}": "Capacity {0} · booked {1} · arrived {2}",
        "남은 자리 {0}": "Places left {0}",
        "놀이돌봄 {0}": "Play care {0}",
        "사용 중지 / 다시 사용 (관리자)": "Disable / enable (manager)",
        "새 PIN (숫자 4~12자리)": "New PIN (4–12 digits)",
        "PIN 재설정 (관리자)": "Reset PIN (manager)",
        "새 계정": "New account",
        "사용 중지": "Disabled",
        "잠김 ({0}까지)": "Locked (until {0})",
        "사용 중": "Active",
        "목록에서 직원을 고르세요": "Choose a staff member in the list",
        "직원 계정 사용 중지": "Disabling a staff account",
        "다시 사용합니다: {0}": "Enabled again: {0}",
        "사용 중지했습니다: {0}": "Disabled: {0}",
        "PIN 재설정": "PIN reset",
        "PIN을 새로 정했습니다: {0}": "New PIN set: {0}",
        "직원 계정 만들기": "Creating a staff account",
        "{0}번째 사람: ": "Person {0}: ",
        "입력을 확인하세요 — {0}": "Check the input — {0}",
        "예상하지 못한 오류입니다: {0}": "Unexpected error: {0}",
        "서울형 키즈카페 안내데스크\n\n여는 중입니다…": "Seoul kids cafe front desk\n\nStarting…",
        "{0}\n\n최근 백업으로 복구할까요?\n{1}\n(지금 파일은 따로 보관합니다)": "{0}\n\nRestore the latest backup?\n{1}\n(the current file is kept aside)",
        "데이터베이스 오류": "Database error",
        "센터 프로필 오류": "Center profile error",
        "센터 프로필을 읽을 수 없어 시작하지 않습니다.\n\n{0}": "The center profile cannot be read; the desk does not start.\n\n{0}",
        "시작할 수 없습니다": "Cannot start",
        "이 데이터베이스는 이미 다른 데스크 창에서 열려 있습니다.\n{0}\n열려 있는 창을 쓰세요.": "This database is already open in another desk window.\n{0}\nUse the open window.",
        "이미 실행 중": "Already running",
        "PDF로 저장했습니다: {0}": "Saved as PDF: {0}",
        "PDF를 열 수 없습니다: {0}": "Cannot open the PDF: {0}",
        "{0}(으)로 인쇄했습니다": "Printed on {0}",
        "인쇄 실패: {0}": "Printing failed: {0}",
        "프린터를 시작할 수 없습니다: {0}": "Cannot start the printer: {0}",
        "프린터를 찾을 수 없습니다: {0}": "Printer not found: {0}",
        "{0}회차": "Session {0}",
        "{0}세": "{0} y",
    }
)

ENGLISH.update(
    {  # the close-out tables on the screen (desk_app/printing/report.py day_sections)
        "0원": "0 won",
        "KT 멤버십": "KT membership",
        "KT 멤버십 할인": "KT membership discount",
        "KT 정산분": "KT settlement",
        "감면 사유": "Reduction",
        "감면액": "Reduced",
        "건수": "Count",
        "결제 건수": "Payments",
        "결제 금액": "Paid",
        "결제일": "Paid on",
        "담당": "Staff",
        "순 건수": "Net count",
        "순 금액": "Net amount",
        "시각": "Time",
        "시간": "Hours",
        "입장(예약)": "Arrived (booked)",
        "차이 (단말기 - 기록)": "Difference (terminal - records)",
        "취소·환불 건수": "Reversals",
        "취소·환불 금액": "Reversed",
        "카드 단말기 대사": "Card terminal check",
        "카드 단말기 합계 (입력)": "Card terminal total (typed)",
        "카드 순액 (기록)": "Card net (records)",
        "할인액": "Discount",
        "이용일·회차": "Day · session",
        "처리": "Action",
        "회차별 이용": "Use by session",
    }
)


def msg_templates() -> dict[str, set[str]]:
    """Sentences said outside tr(): the domain's and the services' msg("…") templates (context
    "desk", translated by ui/words.py) and the _t("…") calls of ui modules (their own context)."""
    import ast

    found: dict[str, set[str]] = {"desk": set(), "report": set()}
    report = ast.parse((ROOT / "desk_app" / "printing" / "report.py").read_text(encoding="utf-8"))
    for fn in report.body:  # the close-out tables, shown on the screen as well as printed
        if isinstance(fn, ast.FunctionDef) and fn.name == "day_sections":
            for node in ast.walk(fn):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and HANGUL.search(node.value):
                    found["report"].add(node.value)
    files = sorted((ROOT / "desk_app").rglob("*.py")) + sorted((ROOT / "ui").glob("*.py"))
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        context = {"app.py": "app", "printer.py": "printer"}.get(path.name) if path.parent.name == "ui" else None
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if node.func.id == "msg":
                found["desk"].add(first.value)
                if first.value.startswith(NUMBERED):  # a row's own note, without its number
                    found["desk"].add(first.value[len(NUMBERED) :])
            elif node.func.id == "_t" and context:
                found.setdefault(context, set()).add(first.value)
    return found


NUMBERED = "예약번호 {booking_no}: "
HANGUL = __import__("re").compile("[\uac00-\ud7a3]")


def add_contexts(tree: ET.ElementTree, found: dict[str, set[str]]) -> None:
    root = tree.getroot()
    for context, sources in sorted(found.items()):
        element = next((c for c in root.iter("context") if c.findtext("name") == context), None)
        if element is None:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
        have = {m.findtext("source") for m in element.iter("message")}
        for source in sorted(sources - have):
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")


def main() -> int:
    from english_messages import MESSAGES  # the domain's sentences, in English

    english = {**MESSAGES, **ENGLISH}
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    tree = ET.parse(TS)
    add_contexts(tree, msg_templates())
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = english.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True)
    for m in missing:
        print("no English for:", repr(m))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
