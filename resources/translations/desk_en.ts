<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CheckinPanel</name>
    <message>
        <location filename="../../ui/checkin_panel.py" line="115" />
        <source>보호자 이름</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="116" />
        <source>연락처 010-0000-0000</source>
        <translation>Phone 010-0000-0000</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="117" />
        <source>현장접수 보호자</source>
        <translation>Walk-in guardian</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="136" />
        <source>+ 아동</source>
        <translation>+ Child</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="137" />
        <location filename="../../ui/checkin_panel.py" line="274" />
        <source>+ 보호자</source>
        <translation>+ Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="138" />
        <source>- 마지막 사람 빼기</source>
        <translation>- Remove last person</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="149" />
        <source>— 거주 확인 서류 선택 —</source>
        <translation>— Choose the residency document —</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="152" />
        <source>서울 소재 기관 확인</source>
        <translation>Organisation located in Seoul</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="153" />
        <source>기관명 (어린이집·유치원 등)</source>
        <translation>Organisation (daycare, kindergarten …)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="154" />
        <source>KT 멤버십 (바코드 확인, 1인 1회 20%)</source>
        <translation>KT membership (barcode seen, 20% once a visit)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="155" />
        <source>서울 거주 확인 (번호는 적지 않습니다)</source>
        <translation>Seoul residency (no numbers are written down)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="162" />
        <source>이용료</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="166" />
        <source>대상</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="166" />
        <source>항목</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="166" />
        <source>금액</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="166" />
        <source>감면</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="166" />
        <source>청구</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="194" />
        <source>카드</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="195" />
        <source>계좌이체</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="201" />
        <location filename="../../ui/checkin_panel.py" line="404" />
        <source>결제 후 인쇄</source>
        <translation>Pay and print</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="204" />
        <source>입장 거절 (질병·발열)…</source>
        <translation>Refuse entry (illness, fever)…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="205" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="206" />
        <source>예약 취소 (전화)…</source>
        <translation>Cancel booking (phone)…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="241" />
        <source>카드 단말기 승인번호</source>
        <translation>Card terminal approval number</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="243" />
        <source>입금자명</source>
        <translation>Sender's name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="274" />
        <source>+ 인솔교사</source>
        <translation>+ Teacher</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="278" />
        <source>단체</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="278" />
        <source>개인</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="287" />
        <source>노쇼 이용 제한: {0}까지 — {1}</source>
        <translation>No-show ban until {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="317" />
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="382" />
        <source>{0}번째 사람의 생년월일을 YYYY-MM-DD로 입력하세요</source>
        <translation>Enter person {0}'s birth date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="396" />
        <source>합계 {0}원</source>
        <translation>Total {0} won</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="404" />
        <source>0원 — 입장권 인쇄</source>
        <translation>0 won — print the entry slip</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="425" />
        <source>결제 기록 중…</source>
        <translation>Recording the payment…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="442" />
        <source>입장 거절</source>
        <translation>Refuse entry</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="442" />
        <source>증상 (ELG-6)</source>
        <translation>Symptom (ELG-6)</translation>
    </message>
</context>
<context>
    <name>CloseoutDialog</name>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="41" />
        <source>일일 정산·마감</source>
        <translation>Day close-out</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="53" />
        <source>정산일</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="56" />
        <source>PDF 저장…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="57" />
        <source>CSV 저장…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="71" />
        <source>카드 단말기의 오늘 합계 (예: 125000)</source>
        <translation>The card terminal's total for the day (e.g. 125000)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="72" />
        <source>마감 (관리자)</source>
        <translation>Close the day (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="77" />
        <source>카드 단말기 합계</source>
        <translation>Card terminal total</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="101" />
        <source>이 날의 예약·입장·결제 기록이 없습니다.</source>
        <translation>No bookings, visits or payments on this day.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="128" />
        <source> · 단말기 차이 {0}원</source>
        <translation> · terminal difference {0} won</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="130" />
        <source>마감됨: {0} · {1}{2} — 이 날의 기록은 바꿀 수 없습니다 (CLS-2)</source>
        <translation>Closed: {0} · {1}{2} — this day's records can no longer change (CLS-2)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="137" />
        <source>마감 전 · 순 결제 {0}원 (카드 {1}원)</source>
        <translation>Open · net {0} won (card {1} won)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="162" />
        <source>마감했습니다. 카드 단말기와 {0}원 차이가 있어 기록해 두었습니다.</source>
        <translation>Closed. The card terminal differs by {0} won; the difference is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="166" />
        <source>마감했습니다.</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="172" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="184" />
        <source>저장하지 못했습니다: {0}</source>
        <translation>Could not save: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="187" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="382" />
        <source>휴관 지정 (행사·소독·교육)</source>
        <translation>Close the center (event, disinfection, training)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="392" />
        <source>하루 전체</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="394" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="395" />
        <source>예: 정기 소독, 종사자 교육, 센터 행사</source>
        <translation>e.g. regular disinfection, staff training, a center event</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="396" />
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="397" />
        <location filename="../../ui/booking_dialogs.py" line="404" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="398" />
        <location filename="../../ui/booking_dialogs.py" line="404" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="399" />
        <source>휴관 지정</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="404" />
        <source>예약자</source>
        <translation>Booker</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="404" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="404" />
        <source>예약번호</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="410" />
        <source>전화할 사람</source>
        <translation>People to call</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="425" />
        <source>휴관으로 지정했습니다. 취소된 예약 {0}건 — 전화로 알려 주세요.</source>
        <translation>Closed. {0} bookings cancelled — call them.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="198" />
        <source>단체 예약 (전화)</source>
        <translation>Group booking (phone)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="210" />
        <source>서울 소재 어린이집·유치원·사회복지시설·학원 등</source>
        <translation>A daycare, kindergarten, welfare facility or academy in Seoul</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="216" />
        <source>이용일</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="217" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="218" />
        <source>기관명</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="219" />
        <source>담당 교사</source>
        <translation>Contact teacher</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="220" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="221" />
        <source>인솔교사 수</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="231" />
        <source>{0}세</source>
        <translation>Age {0}</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="235" />
        <source>예약하기</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="237" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="241" />
        <source>아동 수 (연나이별)</source>
        <translation>Children by age (visit year − birth year)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="274" />
        <source>예약했습니다: {0} · {1} {2}회차 · 아동 {3}명, 교사 {4}명</source>
        <translation>Booked: {0} · {1} session {2} · {3} children, {4} teachers</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="100" />
        <source>포털 예약 목록 가져오기</source>
        <translation>Import the portal's booking list</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="109" />
        <source>우리동네키움포털에서 내려받은 CSV 또는 XLSX</source>
        <translation>CSV or XLSX downloaded from the portal</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="110" />
        <source>파일 선택…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="112" />
        <source>미리 보기</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="122" />
        <source>행</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="122" />
        <source>거부 사유</source>
        <translation>Why rejected</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="130" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="130" />
        <source>예약자</source>
        <translation>Booker</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="130" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="130" />
        <source>예약번호</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="130" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="132" />
        <source>전화할 사람 (강제 취소)</source>
        <translation>People to call (cancelled by force)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="135" />
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="138" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="146" />
        <source>예약 목록 파일</source>
        <translation>Booking list file</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="146" />
        <source>예약 목록 (*.csv *.xlsx)</source>
        <translation>Booking lists (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="160" />
        <source>읽는 중…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="169" />
        <source>{0}행 · 새 예약 {1} · 변경 {2} · 취소 {3} · 그대로 {4}</source>
        <translation>{0} rows · {1} new · {2} changed · {3} cancelled · {4} unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="174" />
        <source>잘못된 행이 {0}개 있어 아무것도 가져오지 않습니다. 포털 파일을 확인하세요.</source>
        <translation>{0} rows are malformed, so nothing is imported. Check the portal's file.</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="181" />
        <source>가져왔습니다: </source>
        <translation>Imported: </translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="184" />
        <source>미리 보기 (아직 저장하지 않음): </source>
        <translation>Preview (nothing saved yet): </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="69" />
        <source>안내데스크 로그인</source>
        <translation>Front desk sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="74" />
        <source>담당자</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="75" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>인쇄되지 않은 입장권·영수증이 있습니다 ({0}건): {1} — [오늘 입장 목록]에서 재발행하세요.</source>
        <translation>Slips or receipts were not printed ({0}): {1} — reprint them from Today's visits.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>담당: {0}</source>
        <translation>Staff: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>전체화면 (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>예약 가져오기</source>
        <translation>Import bookings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>단체 예약</source>
        <translation>Group booking</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>노쇼·제한</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>휴관 지정</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <location filename="../../ui/main_window.py" line="420" />
        <source>취소·환불</source>
        <translation>Void / refund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>정산·마감</source>
        <translation>Close-out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>바코드 스캔 · 예약코드 · 전화번호 뒤 4자리 · 이름  (Enter)</source>
        <translation>Scan · booking code · last 4 phone digits · name  (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <source>입장 처리</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>오늘 입장 목록</source>
        <translation>Today's visits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>다시 인쇄</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277" />
        <source>다음 손님 (Esc)</source>
        <translation>Next visitor (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359" />
        <source>노쇼 {0}건을 처리했습니다 (강제 취소 {1}건) — [노쇼·제한]에서 포털 입력·전화 목록을 확인하세요.</source>
        <translation>{0} no-shows recorded ({1} cancelled by force) — see No-shows for the portal list and the calls.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <source>오늘은 휴관입니다</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <source>오늘의 회차</source>
        <translation>Today's sessions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416" />
        <source>재발행</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448" />
        <source>{0}건을 찾았습니다. 골라서 Enter를 누르세요.</source>
        <translation>{0} found. Choose one and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472" />
        <source>이미 입장 처리된 예약입니다 (입장권 {0}). 재입장은 입장권을 스캔하세요.</source>
        <translation>Already checked in (slip {0}). For re-entry, scan the slip.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479" />
        <source>{0} 상태의 예약입니다: {1}</source>
        <translation>The booking is {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483" />
        <source>노쇼 이용 제한: {0}까지 (RSV-6)</source>
        <translation>No-show ban until {0} (RSV-6)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498" />
        <source>{0}회차 현장접수</source>
        <translation>Walk-in, session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513" />
        <source>오늘 남은 회차가 없습니다.</source>
        <translation>No sessions left today.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516" />
        <source>{0}회차 도착 예정 {1}건 — 골라서 Enter, 또는 스캔</source>
        <translation>Session {0}: {1} expected — choose and press Enter, or scan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540" />
        <source> (이미 결제된 건 — 추가 결제 없음)</source>
        <translation> (already paid — nothing charged again)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="542" />
        <source>결제 완료 · {0}원 · 입장권 {1} · 영수증 {2}</source>
        <translation>Paid · {0} won · slip {1} · receipt {2}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554" />
        <source>인쇄 준비 중…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="571" />
        <source>인쇄되지 않았습니다. 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요.</source>
        <translation>Not printed. The payment is saved — press Print again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="572" />
        <source>재입장용 QR은 화면의 코드를 휴대전화로 찍어 가도 됩니다.</source>
        <translation>For re-entry, the visitor may photograph the QR code on the screen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="594" />
        <source>인쇄되지 않았습니다 ({0}). 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요.</source>
        <translation>Not printed ({0}). The payment is saved — press Print again.</translation>
    </message>
</context>
<context>
    <name>NoShowDialog</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="287" />
        <source>노쇼와 이용 제한</source>
        <translation>No-shows and bans</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="293" />
        <source>끝난 회차 노쇼 처리</source>
        <translation>Record no-shows of ended sessions</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="299" />
        <source>오늘 노쇼 — 포털에 입력할 목록</source>
        <translation>Today's no-shows — to enter into the portal</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="301" />
        <location filename="../../ui/booking_dialogs.py" line="306" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="301" />
        <location filename="../../ui/booking_dialogs.py" line="306" />
        <location filename="../../ui/booking_dialogs.py" line="311" />
        <source>예약자</source>
        <translation>Booker</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="301" />
        <location filename="../../ui/booking_dialogs.py" line="306" />
        <location filename="../../ui/booking_dialogs.py" line="311" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="301" />
        <location filename="../../ui/booking_dialogs.py" line="306" />
        <source>예약번호</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="301" />
        <source>제한 종료</source>
        <translation>Ban ends</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="304" />
        <source>전화할 사람 — 강제 취소된 예약</source>
        <translation>People to call — bookings cancelled by force</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="306" />
        <location filename="../../ui/booking_dialogs.py" line="311" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="309" />
        <source>이용 제한 중</source>
        <translation>Bans in force</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="311" />
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="311" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="314" />
        <source>선택한 제한 해제 (관리자)…</source>
        <translation>Lift the selected ban (manager)…</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="327" />
        <source>새 노쇼 {0}건, 강제 취소 {1}건</source>
        <translation>{0} new no-shows, {1} cancelled by force</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="358" />
        <source>해제할 제한을 고르세요</source>
        <translation>Choose the ban to lift</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="360" />
        <source>제한 해제</source>
        <translation>Lift ban</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="360" />
        <source>해제 사유 (기록에 남습니다)</source>
        <translation>Reason for lifting (kept on record)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="372" />
        <source>제한을 해제했습니다</source>
        <translation>Ban lifted</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="198" />
        <source>결제 취소·환불</source>
        <translation>Void or refund a payment</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="205" />
        <source>예: 직원 착오, 센터 사정으로 휴관 (부분환불은 없습니다)</source>
        <translation>e.g. staff error, center closed (no partial refunds)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="208" />
        <source>전액 취소·환불 (관리자)</source>
        <translation>Void / refund in full (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="210" />
        <source>영수증 번호</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="211" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="224" />
        <source>결제 취소</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="224" />
        <source>환불</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="226" />
        <source>{0} 처리했습니다: {1} · {2}원 — 취소 영수증을 인쇄합니다</source>
        <translation>{0} done: {1} · {2} won — printing the receipt that says so</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>단체·개인 공용</source>
        <translation>Groups and individuals</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>개인</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>현장접수</source>
        <translation>Walk-in</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>영수증·입장권 프린터</source>
        <translation>Receipt and slip printer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>프린터 없음 — PDF로 저장</source>
        <translation>No printer — save as PDF</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/login.py" line="45" />
        <source>처음 설정 — 관리자 계정 만들기</source>
        <translation>First start — create the manager account</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="50" />
        <source>이 데스크의 첫 관리자(센터장) 계정을 만듭니다. 기본 비밀번호는 없습니다.</source>
        <translation>Create this desk's first manager account. There is no default password.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="51" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="52" />
        <source>PIN (숫자 4~12자리)</source>
        <translation>PIN (4–12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="53" />
        <source>PIN 확인</source>
        <translation>Confirm PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="57" />
        <source>두 PIN이 같지 않습니다</source>
        <translation>The two PINs differ</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/staff_dialog.py" line="17" />
        <source>직원 계정</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="26" />
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="27" />
        <source>관리자(센터장)</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="30" />
        <source>계정 만들기 (관리자)</source>
        <translation>Create account (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="34" />
        <source>지금 계정</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="35" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="36" />
        <source>역할</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="37" />
        <source>PIN (숫자 4~12자리)</source>
        <translation>PIN (4–12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="51" />
        <source>계정을 만들었습니다: {0}</source>
        <translation>Account created: {0}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>프로그램 오류</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53" />
        <source>예상하지 못한 오류로 프로그램을 닫습니다.
결제와 기록은 저장되어 있습니다. 다시 실행하면 재인쇄할 수 있습니다.

로그 파일: {path}</source>
        <translation>An unexpected error closes the program.
Payments and records are saved; after a restart you can reprint.

Log file: {path}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="72" />
        <location filename="../../ui/booking_dialogs.py" line="76" />
        <location filename="../../ui/booking_dialogs.py" line="83" />
        <location filename="../../ui/booking_dialogs.py" line="87" />
        <source>관리자 확인</source>
        <translation>Manager confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="72" />
        <source>관리자 이름</source>
        <translation>Manager's name</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="76" />
        <source>관리자 PIN</source>
        <translation>Manager's PIN</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="87" />
        <source>{0}님은 관리자가 아닙니다</source>
        <translation>{0} is not a manager</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="433" />
        <source>예약 취소 (전화)</source>
        <translation>Cancel booking (phone)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="433" />
        <source>취소 사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="440" />
        <source>예약을 취소했습니다: {0}</source>
        <translation>Booking cancelled: {0}</translation>
    </message>
</context>
</TS>