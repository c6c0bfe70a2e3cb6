<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CheckinPanel</name>
    <message>
        <location filename="../../ui/checkin_panel.py" line="114" />
        <source>보호자 이름</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="115" />
        <source>연락처 010-0000-0000</source>
        <translation>Phone 010-0000-0000</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="116" />
        <source>현장접수 보호자</source>
        <translation>Walk-in guardian</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="135" />
        <source>+ 아동</source>
        <translation>+ Child</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="136" />
        <location filename="../../ui/checkin_panel.py" line="260" />
        <source>+ 보호자</source>
        <translation>+ Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="137" />
        <source>− 마지막 사람 빼기</source>
        <translation>− Remove last person</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="148" />
        <source>— 거주 확인 서류 선택 —</source>
        <translation>— Choose the residency document —</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="151" />
        <source>서울 소재 기관 확인</source>
        <translation>Organisation located in Seoul</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="152" />
        <source>기관명 (어린이집·유치원 등)</source>
        <translation>Organisation (daycare, kindergarten …)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="153" />
        <source>KT 멤버십 (바코드 확인, 1인 1회 20%)</source>
        <translation>KT membership (barcode seen, 20% once a visit)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="154" />
        <source>서울 거주 확인 (번호는 적지 않습니다)</source>
        <translation>Seoul residency (no numbers are written down)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="161" />
        <source>이용료</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="164" />
        <source>대상</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="164" />
        <source>항목</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="164" />
        <source>금액</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="164" />
        <source>감면</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="164" />
        <source>청구</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="191" />
        <source>카드</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="192" />
        <source>계좌이체</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="198" />
        <location filename="../../ui/checkin_panel.py" line="375" />
        <source>결제 후 인쇄</source>
        <translation>Pay and print</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="201" />
        <source>입장 거절 (질병·발열)…</source>
        <translation>Refuse entry (illness, fever)…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="202" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="228" />
        <source>카드 단말기 승인번호</source>
        <translation>Card terminal approval number</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="230" />
        <source>입금자명</source>
        <translation>Sender's name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="260" />
        <source>+ 인솔교사</source>
        <translation>+ Teacher</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="264" />
        <source>단체</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="264" />
        <source>개인</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="272" />
        <source>노쇼 이용 제한: {0}까지 — {1}</source>
        <translation>No-show ban until {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="297" />
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="354" />
        <source>{0}번째 사람의 생년월일을 YYYY-MM-DD로 입력하세요</source>
        <translation>Enter person {0}'s birth date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="368" />
        <source>합계 {0}원</source>
        <translation>Total {0} won</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="375" />
        <source>0원 — 입장권 인쇄</source>
        <translation>0 won — print the entry slip</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="393" />
        <source>결제 기록 중…</source>
        <translation>Recording the payment…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="410" />
        <source>입장 거절</source>
        <translation>Refuse entry</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="410" />
        <source>증상 (ELG-6)</source>
        <translation>Symptom (ELG-6)</translation>
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
        <location filename="../../ui/main_window.py" line="141" />
        <source>인쇄되지 않은 입장권·영수증이 있습니다 ({0}건): {1} — [오늘 입장 목록]에서 재발행하세요.</source>
        <translation>Slips or receipts were not printed ({0}): {1} — reprint them from Today's visits.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>담당: {0}</source>
        <translation>Staff: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>전체화면 (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>바코드 스캔 · 예약코드 · 전화번호 뒤 4자리 · 이름  (Enter)</source>
        <translation>Scan · booking code · last 4 phone digits · name  (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>입장 처리</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>오늘 입장 목록</source>
        <translation>Today's visits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>다시 인쇄</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>다음 손님 (Esc)</source>
        <translation>Next visitor (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>오늘은 휴관입니다</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <source>오늘의 회차</source>
        <translation>Today's sessions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295" />
        <source>재발행</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323" />
        <source>{0}건을 찾았습니다. 골라서 Enter를 누르세요.</source>
        <translation>{0} found. Choose one and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344" />
        <source>이미 입장 처리된 예약입니다 (입장권 {0}). 재입장은 입장권을 스캔하세요.</source>
        <translation>Already checked in (slip {0}). For re-entry, scan the slip.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347" />
        <source>{0} 상태의 예약입니다: {1}</source>
        <translation>The booking is {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350" />
        <source>노쇼 이용 제한: {0}까지 (RSV-6)</source>
        <translation>No-show ban until {0} (RSV-6)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364" />
        <source>{0}회차 현장접수</source>
        <translation>Walk-in, session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379" />
        <source>오늘 남은 회차가 없습니다.</source>
        <translation>No sessions left today.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <source>{0}회차 도착 예정 {1}건 — 골라서 Enter, 또는 스캔</source>
        <translation>Session {0}: {1} expected — choose and press Enter, or scan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404" />
        <source> (이미 결제된 건 — 추가 결제 없음)</source>
        <translation> (already paid — nothing charged again)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>결제 완료 · {0}원 · 입장권 {1} · 영수증 {2}</source>
        <translation>Paid · {0} won · slip {1} · receipt {2}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413" />
        <source>인쇄 준비 중…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430" />
        <source>인쇄되지 않았습니다. 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요.</source>
        <translation>Not printed. The payment is saved — press Print again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437" />
        <source>인쇄되지 않았습니다 ({0}). 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요.</source>
        <translation>Not printed ({0}). The payment is saved — press Print again.</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <location filename="../../ui/main_window.py" line="67" />
        <source>단체·개인 공용</source>
        <translation>Groups and individuals</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67" />
        <source>개인</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>현장접수</source>
        <translation>Walk-in</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="91" />
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>영수증·입장권 프린터</source>
        <translation>Receipt and slip printer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
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
</TS>