<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CenterSettingsDialog</name>
    <message>
        <location filename="../../ui/center_settings.py" line="62" />
        <source>센터 설정 (관리자)</source>
        <translation>Center settings (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="74" />
        <source>센터 정보</source>
        <translation>Center details</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="75" />
        <source>이용료·감면</source>
        <translation>Fees and reductions</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="76" />
        <location filename="../../ui/center_settings.py" line="262" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="77" />
        <source>운영 규칙</source>
        <translation>Operating rules</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="78" />
        <source>휴관</source>
        <translation>Closures</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="85" />
        <source>변경 내용 보기</source>
        <translation>Show changes</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="89" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="94" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="98" />
        <source>요금·규칙·회차 시행일</source>
        <translation>Fees, rules and sessions from</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="100" />
        <source>(센터 정보는 저장하는 즉시 바뀝니다. 지난 방문은 그때의 규칙으로 남습니다)</source>
        <translation>(Center details change when saved. Past visits keep the rules of their day)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="113" />
        <source>바뀌는 것</source>
        <translation>What changes</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="140" />
        <source>임시값 — 채워 주세요 (영수증에 인쇄됨)</source>
        <translation>Placeholder — please fill in (printed on receipts)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="143" />
        <source>이 값이 맞음</source>
        <translation>This value is right</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="150" />
        <source>센터 ID: {0} (바꿀 수 없음)</source>
        <translation>Center ID: {0} (cannot change)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="178" />
        <source>정원</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="181" />
        <source>놀이돌봄</source>
        <translation>Play care</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="191" />
        <source>단체</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="202" />
        <source>예약·제한</source>
        <translation>Booking and bans</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="211" />
        <source>나이·보관</source>
        <translation>Ages and retention</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="226" />
        <source>이용료 (FEE-1, FEE-2)</source>
        <translation>Fees (FEE-1, FEE-2)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="230" />
        <source>KT 멤버십 (FEE-4)</source>
        <translation>KT membership (FEE-4)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="232" />
        <source>할인함</source>
        <translation>Discount given</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="240" />
        <source>감면 유형과 증빙 (FEE-3) — 증빙은 쉼표로 나눕니다</source>
        <translation>Reductions and their proofs (FEE-3) — separate proofs with commas</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="241" />
        <source>유형</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="241" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="241" />
        <source>증빙 서류</source>
        <translation>Proofs</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="259" />
        <source>평일 (CAL-2)</source>
        <translation>Weekdays (CAL-2)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="259" />
        <source>주말</source>
        <translation>Weekends</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="262" />
        <source>시작 (HH:MM)</source>
        <translation>Start (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="262" />
        <source>끝 (HH:MM)</source>
        <translation>End (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="270" />
        <source>회차 추가</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="273" />
        <source>마지막 회차 빼기</source>
        <translation>Remove the last session</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="302" />
        <source>모든 입장객 (아동·어른)</source>
        <translation>Everyone (children and adults)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="303" />
        <source>아동만</source>
        <translation>Children only</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="310" />
        <source>월</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="311" />
        <source>화</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="312" />
        <source>수</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="313" />
        <source>목</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="314" />
        <source>금</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="315" />
        <source>토</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="316" />
        <source>일</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="329" />
        <source>단체 인솔 비율 (RSV-3)</source>
        <translation>Group teacher ratio (RSV-3)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="331" />
        <source>최저 연나이</source>
        <translation>From age (by year)</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="331" />
        <source>교사 1명당 아동</source>
        <translation>Children per teacher</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="349" />
        <source>앞으로의 휴관 (CAL-6). 새 휴관은 예약을 취소하고 전화 목록을 만듭니다.</source>
        <translation>Coming closures (CAL-6). A new closure cancels its bookings and lists whom to call.</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="352" />
        <source>휴관 지정…</source>
        <translation>Close a day…</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="362" />
        <source>하루 전체</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="362" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="365" />
        <source>앞으로 지정된 휴관이 없습니다</source>
        <translation>No closures to come</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="442" />
        <source>바뀌는 것을 확인하고 [저장]을 누르세요.</source>
        <translation>Check what changes, then press Save.</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="454" />
        <source>센터 설정 저장</source>
        <translation>Save center settings</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="455" />
        <source>다음을 저장합니다:
{0}</source>
        <translation>This will be saved:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="462" />
        <source>센터 설정 변경</source>
        <translation>Change of center settings</translation>
    </message>
    <message>
        <location filename="../../ui/center_settings.py" line="474" />
        <source>저장했습니다 ({0}). 이전 설정은 {1}에 보관했습니다.</source>
        <translation>Saved ({0}). The previous settings are kept in {1}.</translation>
    </message>
</context>
<context>
    <name>CheckinPanel</name>
    <message>
        <location filename="../../ui/checkin_panel.py" line="144" />
        <source>보호자 이름</source>
        <translation>Guardian's name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="145" />
        <source>연락처 010-0000-0000</source>
        <translation>Phone 010-0000-0000</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="148" />
        <source>현장접수 보호자</source>
        <translation>Walk-in guardian</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="192" />
        <source>+ 아동</source>
        <translation>+ Child</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="193" />
        <location filename="../../ui/checkin_panel.py" line="346" />
        <source>+ 보호자</source>
        <translation>+ Guardian</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="212" />
        <source>서울 소재 기관 확인</source>
        <translation>Organisation located in Seoul</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="213" />
        <source>기관명 (어린이집·유치원 등)</source>
        <translation>Organisation (daycare, kindergarten …)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="215" />
        <source>KT 멤버십 (바코드 확인, 1인 1회 20%)</source>
        <translation>KT membership (barcode seen, 20% once a visit)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="227" />
        <source>이용료</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="233" />
        <source>대상</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="233" />
        <source>항목</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="233" />
        <source>청구</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="269" />
        <source>카드</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="270" />
        <source>계좌이체</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="121" />
        <source>입장 거절…</source>
        <translation>Refuse entry…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="122" />
        <source>질병·발열 등으로 입장을 거절합니다</source>
        <translation>Refuse entry for illness, fever and the like</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="123" />
        <source>예약 취소…</source>
        <translation>Cancel booking…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="124" />
        <source>전화로 받은 예약 취소</source>
        <translation>A cancellation taken by phone</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="125" />
        <source>닫기 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="156" />
        <source>구분</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="157" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="158" />
        <source>생년월일</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="159" />
        <source>연나이</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="160" />
        <source>돌봄</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="161" />
        <source>감면 유형</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="162" />
        <source>증빙</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="194" />
        <source>- 마지막 사람</source>
        <translation>- Last person</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="207" />
        <source>— 본 서류 선택 (번호는 적지 않음) —</source>
        <translation>— Document seen (no numbers written) —</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="216" />
        <source>서울 거주 확인</source>
        <translation>Seoul residency</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="217" />
        <source>서류의 종류만 고릅니다. 주민등록번호는 적지 않습니다 (ELG-4)</source>
        <translation>Choose only the kind of document. No resident registration number is written down (ELG-4)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="279" />
        <location filename="../../ui/checkin_panel.py" line="495" />
        <source>결제 후 인쇄 (F9)</source>
        <translation>Pay and print (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="308" />
        <source>카드 단말기 승인번호</source>
        <translation>Card terminal approval number</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="310" />
        <source>입금자명</source>
        <translation>Sender's name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="346" />
        <source>+ 인솔교사</source>
        <translation>+ Teacher</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="350" />
        <source>단체</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="350" />
        <source>개인</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="352" />
        <location filename="../../ui/checkin_panel.py" line="375" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="353" />
        <source>{0} 예약</source>
        <translation>{0} booking</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="362" />
        <source>노쇼 이용 제한: {0}까지 — {1}</source>
        <translation>No-show ban until {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="368" />
        <source>놀이돌봄 늦은 픽업 기록: {0} — 놀이돌봄 신청은 판단해서 받으세요</source>
        <translation>Late pick-up from play care on {0} — decide whether to accept play care</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="376" />
        <source>현장접수</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="405" />
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="415" />
        <source>증빙: {0}</source>
        <translation>Proof: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="418" />
        <source>감면 증빙서류를 눈으로 확인했으면 체크하세요 (번호는 적지 않습니다)</source>
        <translation>Tick when you have seen the proof of the reduction (no numbers are written down)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="476" />
        <source>{0}세</source>
        <translation>{0} y</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="480" />
        <source>{0}번째 사람의 생년월일을 YYYY-MM-DD로 입력하세요</source>
        <translation>Enter person {0}'s birth date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="487" />
        <source>합계 {0}원</source>
        <translation>Total {0} won</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="495" />
        <source>0원 — 입장권 인쇄 (F9)</source>
        <translation>0 won — print the slip (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="505" />
        <source>{0} {1}원</source>
        <translation>{0} {1} won</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="507" />
        <source>감면 -{0}원 ({1})</source>
        <translation>Reduction -{0} won ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="526" />
        <source> 또는 </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="526" />
        <source>증빙서류</source>
        <translation>a proof document</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="528" />
        <source>{0}: 가족 전체가 감면됩니다 — 확인할 서류: {1}</source>
        <translation>{0}: the whole family is exempt — document to check: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="530" />
        <source>{0}: 확인할 서류: {1}</source>
        <translation>{0}: document to check: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="543" />
        <source>서버 연결 끊김: 결제할 수 없습니다. 카드 단말기에 결제하지 마세요.</source>
        <translation>Server connection lost: no payment possible. Do not charge on the card terminal.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="626" />
        <source>증상</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="570" />
        <source>결제 기록 중…</source>
        <translation>Recording the payment…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="599" />
        <source>같은 승인번호</source>
        <translation>Same approval number</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="601" />
        <source>승인번호 {0}은(는) 오늘 이미 영수증 {1}에 쓰였습니다.
카드 단말기에서 이 손님의 새 승인번호인지 확인하세요.

그래도 이 승인번호로 기록할까요?</source>
        <translation>Approval number {0} was already used today on receipt {1}.
Check on the card terminal that this is a new approval for this guest.

Record it with this approval number anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="619" />
        <source>승인번호를 확인해 다시 입력하세요. 결제는 기록되지 않았습니다.</source>
        <translation>Check the approval number and type it again. No payment was recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="626" />
        <source>입장 거절</source>
        <translation>Refuse entry</translation>
    </message>
</context>
<context>
    <name>CloseoutDialog</name>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="61" />
        <source>일일 정산·마감</source>
        <translation>Day close-out</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="73" />
        <source>정산일</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="76" />
        <source>PDF 저장…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="77" />
        <source>CSV 저장…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="80" />
        <source>열기</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="82" />
        <source>방금 저장한 파일을 엽니다</source>
        <translation>Opens the file just saved</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="98" />
        <source>카드 단말기의 오늘 합계 (예: 125000)</source>
        <translation>The card terminal's total for the day (e.g. 125000)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="99" />
        <source>마감 (관리자)</source>
        <translation>Close the day (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="104" />
        <source>카드 단말기 합계</source>
        <translation>Card terminal total</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="128" />
        <source>이 날의 예약·입장·결제 기록이 없습니다.</source>
        <translation>No bookings, visits or payments on this day.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="155" />
        <source> · 단말기 차이 {0}원</source>
        <translation> · terminal difference {0} won</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="157" />
        <source>마감됨: {0} · {1}{2} — 이 날의 기록은 바꿀 수 없습니다</source>
        <translation>Closed: {0} · {1}{2} — this day's records cannot change</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="161" />
        <source>마감 전 · 순 결제 {0}원 (카드 {1}원)</source>
        <translation>Open · net {0} won (card {1} won)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="163" />
        <source> · 파손 배상 카드 {0}원 별도 — 단말기 합계는 {1}원이어야 합니다</source>
        <translation> · damage paid by card {0} won apart — the terminal total should be {1} won</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="190" />
        <source>마감했습니다. 카드 단말기와 {0}원 차이가 있어 기록해 두었습니다.</source>
        <translation>Closed. The card terminal differs by {0} won; the difference is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="194" />
        <source>마감했습니다.</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="201" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="201" />
        <source>정산-{0}.{1}</source>
        <translation>closeout-{0}.{1}</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="214" />
        <source>저장하지 못했습니다: {0}</source>
        <translation>Could not save: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="217" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="510" />
        <source>휴관 지정 (행사·소독·교육)</source>
        <translation>Close the center (event, disinfection, training)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="520" />
        <source>하루 전체</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="522" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="523" />
        <source>예: 정기 소독, 종사자 교육, 센터 행사</source>
        <translation>e.g. regular disinfection, staff training, a center event</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="524" />
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="525" />
        <location filename="../../ui/booking_dialogs.py" line="532" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="526" />
        <location filename="../../ui/booking_dialogs.py" line="532" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="527" />
        <source>휴관 지정</source>
        <translation>Closures</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="532" />
        <source>예약자</source>
        <translation>Booker</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="532" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="532" />
        <source>예약번호</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="538" />
        <source>전화할 사람</source>
        <translation>People to call</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="553" />
        <source>휴관으로 지정했습니다. 취소된 예약 {0}건 — 전화로 알려 주세요.</source>
        <translation>Closed. {0} bookings cancelled — call them.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="281" />
        <source>단체 예약 (전화)</source>
        <translation>Group booking (phone)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="293" />
        <source>서울 소재 어린이집·유치원·사회복지시설·학원 등</source>
        <translation>A daycare, kindergarten, welfare facility or academy in Seoul</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="299" />
        <source>이용일</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="300" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="301" />
        <source>기관명</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="302" />
        <source>담당 교사</source>
        <translation>Contact teacher</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="303" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="304" />
        <source>인솔교사 수</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="314" />
        <source>{0}세</source>
        <translation>{0} y</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="318" />
        <source>예약하기</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="320" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="324" />
        <source>아동 수 (연나이별)</source>
        <translation>Children by age (visit year − birth year)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="357" />
        <source>예약했습니다: {0} · {1} {2}회차 · 아동 {3}명, 교사 {4}명</source>
        <translation>Booked: {0} · {1} session {2} · {3} children, {4} teachers</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="14" />
        <source>도움말</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="19" />
        <source>이 도움말</source>
        <translation>This help</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="20" />
        <source>스캔·검색 칸으로 (바코드 스캐너는 어디서든 이 칸으로 들어갑니다)</source>
        <translation>To the scan and search field (the barcode scanner reaches it from anywhere)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="21" />
        <source>지금 회차의 현장접수</source>
        <translation>Walk-in for the session now</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="22" />
        <source>[입장 처리] ↔ [오늘 입장 목록]</source>
        <translation>[Check-in] ↔ [Today's visits]</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="23" />
        <source>방금 결제한 입장권·영수증 다시 인쇄 (재발행 표시)</source>
        <translation>Reprint the last slip and receipt (marked as reprints)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="24" />
        <source>결제 후 인쇄</source>
        <translation>Pay and print</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="25" />
        <source>닫기 · 다음 손님</source>
        <translation>Close · next guest</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="26" />
        <source>전체화면</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="27" />
        <source>다음 칸 / 이전 칸</source>
        <translation>Next field / previous field</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="31" />
        <source>입장 처리</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="33" />
        <source>예약을 스캔하거나 전화번호 뒤 4자리·이름으로 찾고, 사람마다 생년월일·감면·증빙을 확인한 뒤 결제합니다.</source>
        <translation>Scan the booking or find it by the last four phone digits or a name, check each person's birth date, reduction and proof, then take payment.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="36" />
        <source>오늘 입장 목록</source>
        <translation>Today's visits</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="36" />
        <source>오늘 결제한 입장권: 재발행, 취소·환불, 놀이돌봄 늦은 픽업 기록.</source>
        <translation>Today's paid visits: reprint, void or refund, late pick-up from play care.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="37" />
        <source>예약 가져오기</source>
        <translation>Import bookings</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="37" />
        <source>포털에서 내려받은 예약 목록(CSV·XLSX)을 미리 보고 가져옵니다.</source>
        <translation>Preview and import the booking list downloaded from the portal (CSV or XLSX).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="38" />
        <source>단체 예약</source>
        <translation>Group booking</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="38" />
        <source>어린이집·유치원 단체 예약 (공용 회차).</source>
        <translation>Group bookings of daycares and kindergartens (shared sessions).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="39" />
        <source>노쇼·제한</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="39" />
        <source>노쇼와 이용 제한, 전화할 목록, 늦은 픽업 기록.</source>
        <translation>No-shows and bans, the list of people to call, late pick-ups.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="40" />
        <source>휴관 지정</source>
        <translation>Closures</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="40" />
        <source>회차나 하루를 닫고, 예약자에게 전화할 목록을 만듭니다.</source>
        <translation>Close a session or a day and list the bookers to call.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="41" />
        <source>취소·환불</source>
        <translation>Void / refund</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="41" />
        <source>결제 전액 취소(당일) 또는 환불 — 관리자, 사유 필수.</source>
        <translation>Void a whole payment (same day) or refund it — manager, with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="43" />
        <source>정산·마감</source>
        <translation>Close-out</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="44" />
        <source>하루 결제를 단말기 합계와 맞추고 마감합니다. 마감한 날은 바꿀 수 없습니다.</source>
        <translation>Match the day's payments to the terminal total and close the day. A closed day cannot change.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="46" />
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="46" />
        <source>계정 만들기, 사용 중지, PIN 재설정 (관리자).</source>
        <translation>Create, disable and reset the PIN of accounts (manager).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="47" />
        <source>교대·로그아웃</source>
        <translation>Shift change · sign out</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="47" />
        <source>데스크를 닫지 않고 다음 근무자가 로그인합니다.</source>
        <translation>The next worker signs in without closing the desk.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="49" />
        <source>단축키</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="51" />
        <source>화면</source>
        <translation>Screens</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="101" />
        <source>포털 예약 목록 가져오기</source>
        <translation>Import the portal's booking list</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="110" />
        <source>우리동네키움포털에서 내려받은 CSV 또는 XLSX</source>
        <translation>CSV or XLSX downloaded from the portal</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="111" />
        <source>파일 선택…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="113" />
        <source>미리 보기</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="129" />
        <source>아동 수</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="130" />
        <source>성인 수</source>
        <translation>Adults</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="142" />
        <source>행</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="142" />
        <source>거부 사유</source>
        <translation>Why rejected</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="152" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="128" />
        <location filename="../../ui/booking_dialogs.py" line="152" />
        <source>예약자</source>
        <translation>Booker</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="152" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="127" />
        <location filename="../../ui/booking_dialogs.py" line="152" />
        <source>예약번호</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="126" />
        <source>날짜·회차</source>
        <translation>Date · session</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="131" />
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="132" />
        <source>확인할 점</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="152" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="154" />
        <source>전화할 사람 (강제 취소)</source>
        <translation>People to call (cancelled by force)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="157" />
        <location filename="../../ui/booking_dialogs.py" line="267" />
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="161" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="169" />
        <source>예약 목록 파일</source>
        <translation>Booking list file</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="169" />
        <source>예약 목록 (*.csv *.xlsx)</source>
        <translation>Booking lists (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="181" />
        <source>지난 회차뿐인 파일 가져오기</source>
        <translation>Import a file of past sessions only</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="199" />
        <source>읽는 중…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="210" />
        <source>새 예약</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="211" />
        <source>변경</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="212" />
        <source>취소</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="213" />
        <source>그대로</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="240" />
        <source>{0}행 · 새 예약 {1} · 변경 {2} · 취소 {3} · 그대로 {4}</source>
        <translation>{0} rows · {1} new · {2} changed · {3} cancelled · {4} unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="244" />
        <source> · 지난 회차 {0}</source>
        <translation> · past sessions {0}</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="247" />
        <source>잘못된 행이 {0}개 있어 아무것도 가져오지 않습니다. 포털 파일을 확인하세요.</source>
        <translation>{0} rows are malformed, so nothing is imported. Check the portal's file.</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="254" />
        <source>가져왔습니다: </source>
        <translation>Imported: </translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="259" />
        <source>미리 보기: 파일의 예약이 모두 이미 끝난 회차입니다. 오래된 파일이 아닌지 확인하세요 — {0}</source>
        <translation>Preview: every booking in the file is for a session already over. Check this is not an old file — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="263" />
        <source>그래도 가져오기 (관리자)</source>
        <translation>Import anyway (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="266" />
        <source>미리 보기 (아직 저장하지 않음): </source>
        <translation>Preview (nothing saved yet): </translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="256" />
        <source>안전 사고·파손 (OPS-2)</source>
        <translation>Incidents and damage (OPS-2)</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="266" />
        <source>방문 고르기 (입장권 코드)</source>
        <translation>Choose a visit (slip code)</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="269" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="278" />
        <source>경고 (안전요원)</source>
        <translation>Warning (safety staff)</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="284" />
        <source>짧은 메모 (예: 미끄럼틀 거꾸로 오르기)</source>
        <translation>Short note (e.g. climbing up the slide)</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="285" />
        <source>경고 기록</source>
        <translation>Record warning</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="289" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="290" />
        <location filename="../../ui/ops_dialogs.py" line="319" />
        <source>메모</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="293" />
        <source>파손 (장난감·시설)</source>
        <translation>Damage (toys, equipment)</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="295" />
        <source>예: 자석 블록 세트</source>
        <translation>e.g. magnetic block set</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="305" />
        <source> 원</source>
        <translation> won</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="311" />
        <source>파손 기록</source>
        <translation>Record damage</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="315" />
        <source>물품</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="316" />
        <source>처리</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="317" />
        <source>합의 금액</source>
        <translation>Amount agreed</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="318" />
        <source>정산</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="320" />
        <source>파손 배상금은 입장료와 따로 집계됩니다 (KT 정산 제외).</source>
        <translation>Damage money is counted apart from admission fees (not in KT settlement).</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="329" />
        <source>시각</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="329" />
        <source>구분</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="329" />
        <source>입장권</source>
        <translation>Slip</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="329" />
        <source>내용</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="329" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="329" />
        <source>담당</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="339" />
        <source>방문</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="345" />
        <source>오늘 기록</source>
        <translation>Today's records</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="365" />
        <source>경고와 퇴실 조치는 방문을 골라야 합니다. 파손은 방문 없이도 기록할 수 있습니다.</source>
        <translation>Warnings and removals need a visit. Damage can be recorded without one.</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="375" />
        <source>{0} · 오늘 경고 {1}회</source>
        <translation>{0} · warnings today: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="377" />
        <source> · 퇴실 조치됨</source>
        <translation> · removed</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="390" />
        <source>{0}원</source>
        <translation>{0} won</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="400" />
        <source>오늘 재입장 허용</source>
        <translation>May come back today</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="400" />
        <source>오늘 재입장 불가</source>
        <translation>No re-entry today</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="419" />
        <source>경고를 기록했습니다 ({0}회째).</source>
        <translation>Warning recorded (number {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="433" />
        <source>퇴실 조치</source>
        <translation>Removal</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="434" />
        <source>두 번째 경고입니다. 퇴실 조치하시겠습니까?</source>
        <translation>This is the second warning. Ask the party to leave?</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="435" />
        <source>오늘 남은 시간에는 다시 들어올 수 있음</source>
        <translation>May come back later today</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="450" />
        <source>퇴실 조치를 기록했습니다.</source>
        <translation>Removal recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="453" />
        <source>오늘 다시 입장할 수 있습니다.</source>
        <translation>They may come back today.</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="455" />
        <source>입장권으로 다시 들어올 수 없습니다.</source>
        <translation>Their slip no longer admits them.</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="481" />
        <source>파손을 기록했습니다: {0} {1}원</source>
        <translation>Damage recorded: {0} {1} won</translation>
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
    <name>LostFoundDialog</name>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="47" />
        <source>분실물 (OPS-1)</source>
        <translation>Lost property (OPS-1)</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="53" />
        <source>주운 물건 기록</source>
        <translation>Record an item found</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="55" />
        <source>예: 물병 (파란 뚜껑), 어린이 모자</source>
        <translation>e.g. water bottle (blue lid), child's cap</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="57" />
        <source>예: 볼풀 옆 의자, 신발장</source>
        <translation>e.g. chair by the ball pit, shoe rack</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="60" />
        <source>모름</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="62" />
        <location filename="../../ui/ops_dialogs.py" line="143" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="63" />
        <source>말해 준 경우에만 (찾은 사람·주인)</source>
        <translation>Only if given (finder or owner)</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="64" />
        <source>말해 준 경우에만 (010-1234-5678)</source>
        <translation>Only if given (010-1234-5678)</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="68" />
        <location filename="../../ui/ops_dialogs.py" line="86" />
        <source>물건</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="69" />
        <source>발견 장소</source>
        <translation>Where found</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="70" />
        <location filename="../../ui/ops_dialogs.py" line="88" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="71" />
        <source>이름·연락처 (선택)</source>
        <translation>Name and phone (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="72" />
        <source>기록</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="78" />
        <source>돌려준 것·폐기한 것도 보기</source>
        <translation>Also show returned and disposed items</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="84" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="85" />
        <source>발견</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="87" />
        <source>장소</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="89" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="90" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="91" />
        <source>폐기일</source>
        <translation>Dispose on</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="102" />
        <source>돌려줌…</source>
        <translation>Hand back…</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="105" />
        <source>기한 지난 것 폐기</source>
        <translation>Dispose of items due</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="108" />
        <source>A4 인쇄용 PDF…</source>
        <translation>A4 PDF to print…</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="152" />
        <source>오늘 폐기할 때가 된 물건이 {0}건 있습니다 (빨간 줄).</source>
        <translation>{0} item(s) are due for disposal today (red rows).</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="155" />
        <source>오늘 폐기할 물건은 없습니다.</source>
        <translation>Nothing is due for disposal today.</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="174" />
        <source>{0}번으로 기록했습니다: {1} — {2}까지 보관</source>
        <translation>Recorded as no. {0}: {1} — kept until {2}</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="187" />
        <source>목록에서 돌려줄 물건을 고르세요.</source>
        <translation>Choose the item to hand back in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="189" />
        <source>돌려줌</source>
        <translation>Hand back</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="189" />
        <source>{0} — 받아 간 사람</source>
        <translation>{0} — taken by</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="200" />
        <source>돌려준 것으로 기록했습니다: {0}</source>
        <translation>Recorded as handed back: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="207" />
        <source>폐기할 때가 된 물건이 없습니다.</source>
        <translation>No item is due for disposal.</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="211" />
        <source>폐기</source>
        <translation>Dispose of</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="212" />
        <source>{0}건을 폐기한 것으로 기록합니다:
{1}</source>
        <translation>Record {0} item(s) as disposed of:
{1}</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="224" />
        <source>{0}건을 폐기한 것으로 기록했습니다.</source>
        <translation>{0} item(s) recorded as disposed of.</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="229" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="229" />
        <source>분실물-{0}.pdf</source>
        <translation>lost-property-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="241" />
        <source>저장하지 못했습니다: {0}</source>
        <translation>Could not save: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ops_dialogs.py" line="244" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>인쇄되지 않은 입장권·영수증이 있습니다 ({0}건): {1} — [오늘 입장 목록]에서 재발행하세요.</source>
        <translation>Slips or receipts were not printed ({0}): {1} — reprint them from Today's visits.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>{0} — 안내데스크</source>
        <translation>{0} — front desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source> [데모]</source>
        <translation> [demo]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>교대·로그아웃</source>
        <translation>Shift change · sign out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>전체화면 (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>도움말 (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>예약 가져오기</source>
        <translation>Import bookings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>단체 예약</source>
        <translation>Group booking</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>노쇼·제한</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>휴관 지정</source>
        <translation>Closures</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <location filename="../../ui/main_window.py" line="565" />
        <source>취소·환불</source>
        <translation>Void / refund</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>정산·마감</source>
        <translation>Close-out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <location filename="../../ui/main_window.py" line="972" />
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>스캔 · 예약코드 · 전화번호 뒤 4자리 · 이름 (F2, Enter)</source>
        <translation>Scan · booking code · last 4 phone digits · name (F2, Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <location filename="../../ui/main_window.py" line="818" />
        <source>입장권</source>
        <translation>Slip</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>예약자</source>
        <translation>Booker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310" />
        <source>인원</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311" />
        <source>합계</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312" />
        <source>결제</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>인쇄</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>놀이돌봄</source>
        <translation>Play care</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323" />
        <source>오늘 입장 목록 (F4)</source>
        <translation>Today's visits (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371" />
        <source>다시 인쇄 (F5)</source>
        <translation>Print again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374" />
        <source>PDF 열기</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>입장 처리</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444" />
        <source>[데모]</source>
        <translation>[demo]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>분실물</source>
        <translation>Lost property</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <source>사고·파손</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <location filename="../../ui/main_window.py" line="434" />
        <source>센터 설정</source>
        <translation>Center settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378" />
        <location filename="../../ui/main_window.py" line="773" />
        <source>다음 손님 (Esc)</source>
        <translation>Next visitor (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494" />
        <source>노쇼 {0}건을 처리했습니다 (강제 취소 {1}건) — [노쇼·제한]에서 포털 입력·전화 목록을 확인하세요.</source>
        <translation>{0} no-shows recorded ({1} cancelled by force) — see No-shows for the portal list and the calls.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514" />
        <source>오늘은 휴관입니다</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517" />
        <source>오늘의 회차</source>
        <translation>Today's sessions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526" />
        <source>{0}회차 운영 안 함 — {1}</source>
        <translation>Session {0} not held — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535" />
        <source>인쇄됨</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536" />
        <source>인쇄 안 됨</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="537" />
        <source>인쇄 대기</source>
        <translation>Waiting to print</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="541" />
        <source>입장 거절</source>
        <translation>Refuse entry</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="543" />
        <source>결제 취소</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="548" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551" />
        <source>{0}원</source>
        <translation>{0} won</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="561" />
        <source>재발행</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569" />
        <location filename="../../ui/main_window.py" line="590" />
        <location filename="../../ui/main_window.py" line="594" />
        <source>늦은 픽업</source>
        <translation>Late pick-up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="570" />
        <source>보호자가 늦게 데리러 왔을 때 기록합니다</source>
        <translation>Record it when the guardian came back late</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574" />
        <source>늦은 픽업 기록됨</source>
        <translation>Late pick-up recorded</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="576" />
        <location filename="../../ui/main_window.py" line="818" />
        <source>영수증</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="577" />
        <source>취소·환불이 표시된 영수증만 인쇄합니다 (입장권 없음)</source>
        <translation>Prints only the receipt marked voided or refunded (no slip)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590" />
        <source>몇 분 늦었나요? (정리 시간 기준)</source>
        <translation>How many minutes late? (from the tidy-up time)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="594" />
        <source>메모 (선택)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="603" />
        <source>늦은 픽업을 기록했습니다: {0} — 다음 놀이돌봄 신청 때 표시됩니다</source>
        <translation>Late pick-up recorded: {0} — shown at the next play-care application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653" />
        <source>검색 결과 {0}건</source>
        <translation>{0} search results</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="656" />
        <source>다음 손님 대기: {0} — 지금 손님을 결제하거나 닫으면(Esc) 바로 열립니다.</source>
        <translation>Next guest waiting: {0} — opens as soon as this guest is paid or closed (Esc).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="666" />
        <source>{0}건을 찾았습니다. 골라서 Enter를 누르세요.</source>
        <translation>{0} found. Choose one and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="675" />
        <source>  ※ 노쇼 제한 {0}까지</source>
        <translation>  ※ no-show ban until {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="677" />
        <source>{0}회차 · {1} ({2}) · 아동 {3} · 성인 {4}</source>
        <translation>Session {0} · {1} ({2}) · children {3} · adults {4}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="691" />
        <source>이미 입장 처리된 예약입니다 (입장권 {0}). 재입장은 입장권을 스캔하세요.</source>
        <translation>Already checked in (slip {0}). For re-entry, scan the slip.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698" />
        <source>{0} 상태의 예약입니다: {1}</source>
        <translation>The booking is {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701" />
        <source>노쇼 이용 제한: {0}까지</source>
        <translation>No-show ban until {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="880" />
        <source>프린터: {0}</source>
        <translation>Printer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="880" />
        <source>프린터 없음 — PDF로 저장</source>
        <translation>No printer — save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="887" />
        <source>데이터: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="890" />
        <source>마지막 백업: {0}</source>
        <translation>Last backup: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="892" />
        <source>백업 없음</source>
        <translation>No backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="896" />
        <source>오늘은 마감되었습니다 — 더 결제할 수 없습니다</source>
        <translation>Today is closed — no more payments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="900" />
        <source>마감 안 된 날 {0}일: {1}</source>
        <translation>{0} day(s) not closed: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="906" />
        <source>이전 날짜 모두 마감됨</source>
        <translation>Earlier days all closed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="932" />
        <source>데이터베이스 서버에 다시 연결되었습니다. 계속하세요.</source>
        <translation>Connected to the database server again. Carry on.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="935" />
        <source>서버 연결 끊김 — 결제 받지 마세요</source>
        <translation>Server connection lost — take no payments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="940" />
        <source>데이터베이스 서버와 연결이 끊겼습니다. 돌아올 때까지 결제를 받지 마세요 (카드 단말기도 쓰지 마세요).</source>
        <translation>The connection to the database server is lost. Take no payments until it is back (do not use the card terminal either).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="954" />
        <source>마감하지 않은 날이 있습니다: {0} — [정산·마감]에서 그 날을 골라 마감하세요.</source>
        <translation>Days not closed: {0} — choose the day in [Close-out] and close it.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="961" />
        <source>오늘 폐기할 분실물이 {0}건 있습니다: {1} — [분실물]에서 확인하세요.</source>
        <translation>{0} lost item(s) are due for disposal today: {1} — see Lost property.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="972" />
        <source>관리자</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="973" />
        <source>담당: {0} ({1})</source>
        <translation>At the desk: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="983" />
        <source>교대 — 로그인</source>
        <translation>Shift change — sign in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="996" />
        <source>{0}님이 로그인했습니다.</source>
        <translation>{0} signed in.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1019" />
        <source>지금 현장접수를 받는 회차가 없습니다.</source>
        <translation>No session takes walk-ins now.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1031" />
        <source>재발행할 입장권을 [오늘 입장 목록]에서 고르세요.</source>
        <translation>Choose the slip to reprint in [Today's visits].</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="733" />
        <source>오늘 남은 회차가 없습니다.</source>
        <translation>No sessions left today.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="736" />
        <source>{0}회차 도착 예정 {1}건 — 골라서 Enter, 또는 스캔</source>
        <translation>Session {0}: {1} expected — choose and press Enter, or scan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="760" />
        <source> (이미 결제된 건 — 추가 결제 없음)</source>
        <translation> (already paid — nothing charged again)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="762" />
        <source>결제 완료 · {0}원 · 입장권 {1} · 영수증 {2}</source>
        <translation>Paid · {0} won · slip {1} · receipt {2}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770" />
        <source>대기 중인 다음 손님 열기 (Esc)</source>
        <translation>Open the waiting guest (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="771" />
        <source>다음 손님이 대기 중입니다 — Esc를 누르면 열립니다.</source>
        <translation>The next guest is waiting — press Esc to open.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787" />
        <source>인쇄 준비 중…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="799" />
        <source>재발행 미리 보기 — {0}</source>
        <translation>Reprint preview — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="802" />
        <source>재발행하지 않았습니다.</source>
        <translation>Not reprinted.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="825" />
        <source>인쇄되지 않았습니다. 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요.</source>
        <translation>Not printed. The payment is saved — press Print again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="826" />
        <source>재입장용 QR은 화면의 코드를 휴대전화로 찍어 가도 됩니다.</source>
        <translation>For re-entry, the visitor may photograph the QR code on the screen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="848" />
        <source>인쇄되지 않았습니다 ({0}). 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요.</source>
        <translation>Not printed ({0}). The payment is saved — press Print again.</translation>
    </message>
</context>
<context>
    <name>ManagerDialog</name>
    <message>
        <location filename="../../ui/login.py" line="93" />
        <source>관리자 확인</source>
        <translation>Manager confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="101" />
        <source>관리자 승인이 필요합니다: {0}</source>
        <translation>A manager's approval is needed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="102" />
        <source>관리자</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="103" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="114" />
        <source>{0}님은 관리자가 아닙니다</source>
        <translation>{0} is not a manager</translation>
    </message>
</context>
<context>
    <name>NoShowDialog</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="370" />
        <source>노쇼와 이용 제한</source>
        <translation>No-shows and bans</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="376" />
        <source>끝난 회차 노쇼 처리</source>
        <translation>Record no-shows of ended sessions</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="382" />
        <source>오늘 노쇼 — 포털에 입력할 목록</source>
        <translation>Today's no-shows — to enter into the portal</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="384" />
        <location filename="../../ui/booking_dialogs.py" line="389" />
        <location filename="../../ui/booking_dialogs.py" line="401" />
        <source>회차</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="384" />
        <location filename="../../ui/booking_dialogs.py" line="389" />
        <location filename="../../ui/booking_dialogs.py" line="394" />
        <location filename="../../ui/booking_dialogs.py" line="401" />
        <source>예약자</source>
        <translation>Booker</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="384" />
        <location filename="../../ui/booking_dialogs.py" line="389" />
        <location filename="../../ui/booking_dialogs.py" line="394" />
        <source>연락처</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="384" />
        <location filename="../../ui/booking_dialogs.py" line="389" />
        <source>예약번호</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="384" />
        <source>제한 종료</source>
        <translation>Ban ends</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="387" />
        <source>전화할 사람 — 강제 취소된 예약</source>
        <translation>People to call — bookings cancelled by force</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="389" />
        <location filename="../../ui/booking_dialogs.py" line="394" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="392" />
        <source>이용 제한 중</source>
        <translation>Bans in force</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="394" />
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="394" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="397" />
        <source>선택한 제한 해제 (관리자)…</source>
        <translation>Lift the selected ban (manager)…</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="400" />
        <source>놀이돌봄 늦은 픽업 기록 — 다음 신청 때 표시됩니다</source>
        <translation>Late pick-ups from play care — shown at the next application</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="401" />
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="401" />
        <source>늦은 시간</source>
        <translation>Minutes late</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="401" />
        <source>메모</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="403" />
        <source>선택한 늦은 픽업 표시 해제 (관리자)…</source>
        <translation>Clear the chosen late pick-up (manager)…</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="416" />
        <source>새 노쇼 {0}건, 강제 취소 {1}건</source>
        <translation>{0} new no-shows, {1} cancelled by force</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="444" />
        <source>해제됨</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="444" />
        <source>제한 중</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="457" />
        <source>{0}분</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="467" />
        <source>해제할 늦은 픽업 기록을 고르세요</source>
        <translation>Choose the late pick-up to clear</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="469" />
        <source>늦은 픽업 표시 해제</source>
        <translation>Clear late pick-up</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="479" />
        <source>늦은 픽업 표시를 해제했습니다</source>
        <translation>The late pick-up was cleared</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="486" />
        <source>해제할 제한을 고르세요</source>
        <translation>Choose the ban to lift</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="488" />
        <source>제한 해제</source>
        <translation>Lift ban</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="469" />
        <location filename="../../ui/booking_dialogs.py" line="488" />
        <source>해제 사유 (기록에 남습니다)</source>
        <translation>Reason for lifting (kept on record)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="500" />
        <source>제한을 해제했습니다</source>
        <translation>Ban lifted</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="79" />
        <source>인쇄 (Enter)</source>
        <translation>Print (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="83" />
        <source>PDF 열기</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="87" />
        <source>닫기 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="91" />
        <source>재발행 표시가 된 문서입니다. 확인하고 인쇄하세요.</source>
        <translation>These documents are marked as reprints. Check them, then print.</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="239" />
        <location filename="../../ui/closeout_dialog.py" line="349" />
        <source>결제 취소·환불</source>
        <translation>Void or refund a payment</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="251" />
        <source>조회</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="263" />
        <source>예: 직원 착오, 센터 사정으로 휴관 (부분환불은 없습니다)</source>
        <translation>e.g. staff error, center closed (no partial refunds)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="267" />
        <source>위 가족·금액이 맞습니다. 전액을 취소·환불합니다.</source>
        <translation>The family and amount above are right. Void or refund the whole payment.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="270" />
        <source>전액 취소·환불 (관리자)</source>
        <translation>Void / refund in full (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="280" />
        <source>영수증 번호</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="282" />
        <source>사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="314" />
        <source> · 승인번호 {0}</source>
        <translation> · approval {0}</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="316" />
        <source> · 입금자 {0}</source>
        <translation> · sender {0}</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="317" />
        <source>결제 취소 (당일)</source>
        <translation>Void (same day)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="317" />
        <source>환불 (지난 날짜)</source>
        <translation>Refund (earlier day)</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="318" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="319" />
        <source>{0}원</source>
        <translation>{0} won</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="321" />
        <source>예약자</source>
        <translation>Booker</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="322" />
        <source>이용일·회차</source>
        <translation>Day · session</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="323" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="324" />
        <source>결제</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="325" />
        <source>처리</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="331" />
        <source>이미 {0}에 취소·환불된 결제입니다.</source>
        <translation>This payment was already voided or refunded at {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="333" />
        <source>가족과 금액을 확인하고, 사유를 적고, 확인란에 체크하세요.</source>
        <translation>Check the family and the amount, write the reason, and tick the box.</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="360" />
        <source>결제 취소</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="360" />
        <source>환불</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ui/closeout_dialog.py" line="362" />
        <source>{0} 처리했습니다: {1} · {2}원 — 취소 영수증을 인쇄합니다</source>
        <translation>{0} done: {1} · {2} won — printing the receipt that says so</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>단체·개인 공용</source>
        <translation>Groups and individuals</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>개인</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>정원 {0} · 예약 {1} · 입장 {2}</source>
        <translation>Capacity {0} · booked {1} · arrived {2}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>남은 자리 {0}</source>
        <translation>Places left {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>놀이돌봄 {0}</source>
        <translation>Play care {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>현장접수</source>
        <translation>Walk-in</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>영수증·입장권 프린터</source>
        <translation>Receipt and slip printer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
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
        <location filename="../../ui/staff_dialog.py" line="33" />
        <source>직원 계정</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="41" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="49" />
        <source>사용 중지 / 다시 사용 (관리자)</source>
        <translation>Disable / enable (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="52" />
        <source>새 PIN (숫자 4~12자리)</source>
        <translation>New PIN (4–12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="56" />
        <source>PIN 재설정 (관리자)</source>
        <translation>Reset PIN (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="65" />
        <source>새 계정</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="70" />
        <location filename="../../ui/staff_dialog.py" line="95" />
        <source>직원</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="71" />
        <source>관리자(센터장)</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="75" />
        <source>계정 만들기 (관리자)</source>
        <translation>Create account (manager)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="41" />
        <location filename="../../ui/staff_dialog.py" line="77" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="41" />
        <location filename="../../ui/staff_dialog.py" line="78" />
        <source>역할</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="79" />
        <source>PIN (숫자 4~12자리)</source>
        <translation>PIN (4–12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="95" />
        <source>관리자</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="97" />
        <source>사용 중지</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="99" />
        <source>잠김 ({0}까지)</source>
        <translation>Locked (until {0})</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="101" />
        <source>사용 중</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="109" />
        <source>목록에서 직원을 고르세요</source>
        <translation>Choose a staff member in the list</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="122" />
        <source>직원 계정 사용 중지</source>
        <translation>Disabling a staff account</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="130" />
        <source>다시 사용합니다: {0}</source>
        <translation>Enabled again: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="130" />
        <source>사용 중지했습니다: {0}</source>
        <translation>Disabled: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="137" />
        <source>PIN 재설정</source>
        <translation>PIN reset</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="145" />
        <source>PIN을 새로 정했습니다: {0}</source>
        <translation>New PIN set: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="148" />
        <source>직원 계정 만들기</source>
        <translation>Creating a staff account</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="156" />
        <source>계정을 만들었습니다: {0}</source>
        <translation>Account created: {0}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="38" />
        <source>{0}번째 사람: </source>
        <translation>Person {0}: </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59" />
        <source>입력을 확인하세요 — {0}</source>
        <translation>Check the input — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62" />
        <source>예상하지 못한 오류입니다: {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87" />
        <source>프로그램 오류</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88" />
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
        <location filename="../../ui/booking_dialogs.py" line="563" />
        <source>예약 취소 (전화)</source>
        <translation>Cancel booking (phone)</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="563" />
        <source>취소 사유</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="570" />
        <source>예약을 취소했습니다: {0}</source>
        <translation>Booking cancelled: {0}</translation>
    </message>
</context>
<context>
    <name>splash</name>
    <message>
        <location filename="../../ui/splash.py" line="44" />
        <source>서울형 키즈카페 안내데스크

여는 중입니다…</source>
        <translation>Seoul kids cafe front desk

Starting…</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ui/booking_dialogs.py" line="71" />
        <location filename="../../ui/closeout_dialog.py" line="50" />
        <source>{0}회차</source>
        <translation>Session {0}</translation>
    </message>
</context>
<context><name>app</name><message><source>{0}

최근 백업으로 복구할까요?
{1}
(지금 파일은 따로 보관합니다)</source><translation>{0}

Restore the latest backup?
{1}
(the current file is kept aside)</translation></message><message><source>데이터베이스 오류</source><translation>Database error</translation></message><message><source>센터 프로필 오류</source><translation>Center profile error</translation></message><message><source>센터 프로필을 읽을 수 없어 시작하지 않습니다.

{0}</source><translation>The center profile cannot be read; the desk does not start.

{0}</translation></message><message><source>시작할 수 없습니다</source><translation>Cannot start</translation></message><message><source>이 데이터베이스는 이미 다른 데스크 창에서 열려 있습니다.
{0}
열려 있는 창을 쓰세요.</source><translation>This database is already open in another desk window.
{0}
Use the open window.</translation></message><message><source>이미 실행 중</source><translation>Already running</translation></message></context><context><name>desk</name><message><source>

복구할 백업이 없습니다.</source><translation>

There is no backup to restore.</translation></message><message><source>"individual" 또는 "group"이어야 합니다 (지금: {kind!r})</source><translation>Must be "individual" or "group" (now: {kind!r})</translation></message><message><source>(삭제됨)</source><translation>(deleted)</translation></message><message><source>(없음)</source><translation>(none)</translation></message><message><source>0으로만 된 번호는 임시값입니다. 실제 사업자등록번호를 적어 주세요</source><translation>A number of zeros is a placeholder. Enter the real business registration number</translation></message><message><source>1 이상의 회차 번호여야 합니다 (지금: {session!r})</source><translation>Must be a session number of 1 or more (now: {session!r})</translation></message><message><source>65세 이상 감면(senior)은 생년월일이 필요합니다</source><translation>The senior reduction (65 and over) needs a birth date</translation></message><message><source>CSV 또는 XLSX 파일이 아닙니다 (확장자 .csv / .xlsx)</source><translation>Not a CSV or XLSX file (extension .csv / .xlsx)</translation></message><message><source>ELG-5: 이 보호자는 {late_pickup:%Y-%m-%d} 놀이돌봄 때 아동을 늦게 데려갔습니다. 이번 신청을 받을지 판단하세요</source><translation>ELG-5: this guardian picked the child up late from play care on {late_pickup:%Y-%m-%d}. Decide whether to accept this application</translation></message><message><source>KT 멤버십 {percent}%</source><translation>KT membership {percent}%</translation></message><message><source>KT 멤버십 할인</source><translation>KT membership discount</translation></message><message><source>KT 할인율(%)</source><translation>KT discount (%)</translation></message><message><source>PIN 재설정</source><translation>PIN reset</translation></message><message><source>PIN은 숫자 4~12자리여야 합니다</source><translation>The PIN must be 4 to 12 digits</translation></message><message><source>PIN을 {MAX_FAILURES}번 틀려 {LOCK_MINUTES}분 동안 잠겼습니다</source><translation>Wrong PIN {MAX_FAILURES} times: locked for {LOCK_MINUTES} minutes</translation></message><message><source>PIN을 여러 번 틀려 {locked_until:%H:%M}까지 잠겼습니다</source><translation>Wrong PIN too many times: locked until {locked_until:%H:%M}</translation></message><message><source>PIN이 맞지 않습니다 (남은 시도 {left}번)</source><translation>Wrong PIN ({left} tries left)</translation></message><message><source>SQLite 데이터베이스 파일이 아닙니다</source><translation>Not an SQLite database file</translation></message><message><source>TOML 문법 오류: {e}</source><translation>TOML syntax error: {e}</translation></message><message><source>XLSX 안에 허용하지 않는 XML 선언(DTD·ENTITY)이 있습니다. 포털에서 다시 내려받으세요</source><translation>The XLSX holds XML declarations that are not allowed (DTD, ENTITY). Download it again from the portal</translation></message><message><source>XLSX 파일을 열 수 없습니다 ({name})</source><translation>Cannot open the XLSX file ({name})</translation></message><message><source>XLSX 파일을 읽을 수 없습니다 ({name})</source><translation>Cannot read the XLSX file ({name})</translation></message><message><source>child, guardian, teacher 중 하나여야 합니다 (지금: {role!r})</source><translation>Must be one of child, guardian, teacher (now: {role!r})</translation></message><message><source>desk-app 월간 파일이 아닙니다</source><translation>Not a desk-app month file</translation></message><message><source>group_leader는 단체의 인솔교사에게만 해당합니다</source><translation>group_leader applies only to the teacher of a group</translation></message><message><source>individual 또는 group이어야 합니다</source><translation>Must be individual or group</translation></message><message><source>max_child_age보다 작을 수 없습니다</source><translation>Cannot be less than max_child_age</translation></message><message><source>min_age = 0인 행으로 시작해야 합니다</source><translation>Must start with a row of min_age = 0</translation></message><message><source>min_age는 커지는 순서로 적어야 합니다</source><translation>min_age must rise from row to row</translation></message><message><source>online 또는 phone</source><translation>online or phone</translation></message><message><source>people[{i}]: {value}년생 형제·자매는 {youngest_ok}년 이후 출생 아동과 함께일 때만 입장할 수 있습니다</source><translation>people[{i}]: a sibling born in {value} may enter only with a child born in {youngest_ok} or later</translation></message><message><source>people[{i}]: 놀이돌봄은 {min_months}개월 이상만 가능합니다 (이용일 기준 {months}개월)</source><translation>people[{i}]: play care is for children of {min_months} months and over ({months} months on the visit day)</translation></message><message><source>people[{i}]: 단체 이용 대상은 {youngest_ok}년생 이후 아동입니다 ({value}년생)</source><translation>people[{i}]: groups are for children born in {youngest_ok} or later (born {value})</translation></message><message><source>people[{i}]: 이용 대상은 {youngest_ok}년생 이후 아동입니다 (동반 형제·자매는 {oldest_sibling}년생까지). {value}년생은 입장할 수 없습니다</source><translation>people[{i}]: the desk is for children born in {youngest_ok} or later (siblings with them up to {oldest_sibling}). Born in {value}: cannot enter</translation></message><message><source>true 또는 false</source><translation>true or false</translation></message><message><source>true 또는 false여야 합니다 (지금: {value!r})</source><translation>Must be true or false (now: {value!r})</translation></message><message><source>{at:%H:%M}에 퇴실 조치된 입장권입니다 (OPS-2). 오늘은 다시 입장할 수 없습니다.</source><translation>This slip's party was removed at {at:%H:%M} (OPS-2). It cannot come back in today.</translation></message><message><source>{day:%Y-%m-%d} {session_no}회차 노쇼 ({code})</source><translation>{day:%Y-%m-%d} session {session_no} no-show ({code})</translation></message><message><source>{day:%Y-%m-%d} {session_no}회차 예약입니다. 오늘({today:%m-%d}) 예약이 아닙니다.</source><translation>A booking for {day:%Y-%m-%d} session {session_no}. Not today's ({today:%m-%d}).</translation></message><message><source>{day:%Y-%m-%d} {session_no}회차는 센터가 운영하지 않아 예약으로 받지 않고 강제 취소했습니다 — 예약자에게 연락하세요 ({rule}: {detail})</source><translation>{day:%Y-%m-%d} session {session_no} is not held by the center: the booking was cancelled — call the booker ({rule}: {detail})</translation></message><message><source>{day:%Y-%m-%d} {session_no}회차는 이미 운영하지 않습니다 ({reason})</source><translation>{day:%Y-%m-%d} session {session_no} is already not held ({reason})</translation></message><message><source>{day:%Y-%m-%d}에는 {session_no}회차가 없습니다</source><translation>{day:%Y-%m-%d} has no session {session_no}</translation></message><message><source>{day:%Y-%m-%d}은(는) 마감된 날입니다</source><translation>{day:%Y-%m-%d} is a closed day</translation></message><message><source>{day:%Y-%m-%d}은(는) 마감된 날입니다. 인원을 더하거나 옮길 수 없습니다</source><translation>{day:%Y-%m-%d} is a closed day. People cannot be added or moved</translation></message><message><source>{day:%Y-%m-%d}은(는) 이미 {day_closed_at:%Y-%m-%d %H:%M}에 마감되었습니다</source><translation>{day:%Y-%m-%d} was already closed at {day_closed_at:%Y-%m-%d %H:%M}</translation></message><message><source>{day:%Y-%m-%d}은(는) 이미 휴관입니다 ({reason})</source><translation>{day:%Y-%m-%d} is already a closure ({reason})</translation></message><message><source>{day}의 마감 기록이 없습니다: 마감한 날이 다시 열렸습니다 (감사 기록 {id}번)</source><translation>{day}'s close-out is missing: a closed day was opened again (journal entry {id})</translation></message><message><source>{due:%Y-%m-%d}까지 보관해야 합니다. 그 전에는 폐기할 수 없습니다.</source><translation>Must be kept until {due:%Y-%m-%d}. It cannot be disposed of before then.</translation></message><message><source>{field}: {detail}</source><translation>{field}: {detail}</translation></message><message><source>{h} '{care_text}'은(는) {join} 또는 {join2}여야 합니다</source><translation>{h} '{care_text}' must be {join} or {join2}</translation></message><message><source>{h} '{get}'은(는) 회차 번호가 아닙니다</source><translation>{h} '{get}' is not a session number</translation></message><message><source>{h} '{guardians_text}'은(는) 0~10의 숫자가 아닙니다</source><translation>{h} '{guardians_text}' is not a number from 0 to 10</translation></message><message><source>{h} '{phone}'은(는) 전화번호 형식이 아닙니다 (예: 010-1234-5678)</source><translation>{h} '{phone}' is not a phone number (e.g. 010-1234-5678)</translation></message><message><source>{h} '{status}'을(를) 알 수 없습니다 ({join})</source><translation>{h} '{status}' is not known ({join})</translation></message><message><source>{h} {isoformat}은(는) 있을 수 없는 생년월일입니다 (이용일 {isoformat2})</source><translation>{h} {isoformat} is an impossible birth date (visit day {isoformat2})</translation></message><message><source>{h}에 주민등록번호로 보이는 숫자가 있습니다 (ELG-4) — 포털 파일에서 지우고 다시 가져오세요</source><translation>{h} holds a number shaped like a resident registration number (ELG-4) — remove it from the portal file and import again</translation></message><message><source>{h}이(가) 비어 있습니다</source><translation>{h} is empty</translation></message><message><source>{id}번 항목({action})에 서명이 없습니다</source><translation>Entry {id} ({action}) is not signed</translation></message><message><source>{id}번 항목({action})의 내용이 기록 후 바뀌었습니다</source><translation>Entry {id} ({action}) was changed after it was written</translation></message><message><source>{id}번 항목({action})의 서명이 맞지 않습니다 (이 설치의 키로 쓴 기록이 아님: 다시 계산된 사슬)</source><translation>Entry {id} ({action}) has a signature that does not match (not written with this installation's key: a recomputed chain)</translation></message><message><source>{id}번 항목의 앞 항목 해시가 맞지 않습니다 (앞 항목이 바뀌었거나 끼워 넣어짐)</source><translation>Entry {id} does not match the previous entry's hash (an entry was changed or inserted)</translation></message><message><source>{isoformat} {no}회차는 운영하지 않습니다 ({reason})</source><translation>{isoformat} session {no} is not held ({reason})</translation></message><message><source>{isoformat} {session}회차는 운영하지 않습니다 ({why})</source><translation>{isoformat} session {session} is not held ({why})</translation></message><message><source>{isoformat}에는 {no}회차가 없습니다 (운영 회차: {nos})</source><translation>{isoformat} has no session {no} (sessions: {nos})</translation></message><message><source>{isoformat}에는 놀이돌봄서비스를 운영하지 않습니다 (시범운영 기간)</source><translation>{isoformat}: no play care (trial period)</translation></message><message><source>{isoformat}은(는) 개인 이용만 가능한 날입니다 (단체는 화~금)</source><translation>{isoformat} is for individuals only (groups Tuesday to Friday)</translation></message><message><source>{isoformat}은(는) 휴관일입니다 ({reason})</source><translation>{isoformat} is a closed day ({reason})</translation></message><message><source>{join} 중 하나여야 합니다</source><translation>Must be one of {join}</translation></message><message><source>{join} 중 하나여야 합니다 (지금: {name!r})</source><translation>Must be one of {join} (now: {name!r})</translation></message><message><source>{join} 중 하나여야 합니다 (지금: {value!r})</source><translation>Must be one of {join} (now: {value!r})</translation></message><message><source>{kind} 이용에서 성인은 {want!r}입니다 (지금: {role!r})</source><translation>For {kind} visits the adults are {want!r} (now: {role!r})</translation></message><message><source>{labels}: 증빙서류를 확인하지 않아 감면하지 않습니다 (FEE-3)</source><translation>{labels}: proof not seen, no reduction (FEE-3)</translation></message><message><source>{label}: {new} — 임시값이 아니라고 확인 (저장하는 즉시)</source><translation>{label}: {new} — confirmed, not a placeholder (when saved)</translation></message><message><source>{label}: {old} → {new} ({when:%Y-%m-%d}부터)</source><translation>{label}: {old} → {new} (from {when:%Y-%m-%d})</translation></message><message><source>{label}: {old} → {new} (저장하는 즉시)</source><translation>{label}: {old} → {new} (when saved)</translation></message><message><source>{label}이어야 합니다 (지금: {value!r})</source><translation>Must be {label} (now: {value!r})</translation></message><message><source>{last:%Y-%m-%d}부터 시행되는 규칙 버전이 이미 있습니다. 그날이나 그 뒤로 고르세요</source><translation>A rule version already takes effect on {last:%Y-%m-%d}. Choose that day or later</translation></message><message><source>{limit}자 이하로 적어 주세요 (지금 {n}자)</source><translation>At most {limit} characters (now {n})</translation></message><message><source>{line_num}행: CSV 형식 오류 ({e})</source><translation>Line {line_num}: CSV format error ({e})</translation></message><message><source>{message} ({rule}) — 입장 때 확인하세요</source><translation>{message} ({rule}) — check at the door</translation></message><message><source>{minimum} 이상</source><translation>{minimum} or more</translation></message><message><source>{minimum}에서 {maximum} 사이</source><translation>between {minimum} and {maximum}</translation></message><message><source>{month}월 {day}일은 없는 날짜입니다</source><translation>{month}/{day} does not exist</translation></message><message><source>{name}({birth_date:%Y-%m-%d})은(는) 오늘 {session_no}회차에 이미 입장했습니다 (1일 1회, 입장권 {visit_code})</source><translation>{name} ({birth_date:%Y-%m-%d}) already entered session {session_no} today (once a day, slip {visit_code})</translation></message><message><source>{name}님은 노쇼로 {ends:%Y-%m-%d}까지 이용할 수 없어 강제 취소했습니다 (RSV-6)</source><translation>{name} is banned for a no-show until {ends:%Y-%m-%d}: the booking was cancelled (RSV-6)</translation></message><message><source>{note}</source><translation>{note}</translation></message><message><source>{no}회차는 {end:%H:%M}에 끝났습니다</source><translation>Session {no} ended at {end:%H:%M}</translation></message><message><source>{no}회차에 남은 자리는 {max}명인데 {places}명이 입장하려 합니다 (정원 {capacity}명)</source><translation>Session {no} has {max} places left but {places} people want to enter (capacity {capacity})</translation></message><message><source>{no}회차와 시간이 겹칩니다</source><translation>Overlaps session {no}</translation></message><message><source>{n}개 유형</source><translation>{n} kinds</translation></message><message><source>{path}은(는) 이 프로그램의 데이터베이스가 아닙니다 (표 {len}개, 스키마 정보 없음). 다른 파일을 지정하세요.</source><translation>{path} is not a database of this program ({len} tables, no schema information). Choose another file.</translation></message><message><source>{rng}의 정수여야 합니다 (지금: {value})</source><translation>Must be a whole number {rng} (now: {value})</translation></message><message><source>{role} {n}</source><translation>{role} {n}</translation></message><message><source>{session_no}회차 없음</source><translation>no session {session_no}</translation></message><message><source>{session_no}회차({start:%H:%M}~{end:%H:%M}) 입장권입니다. {start2:%H:%M}부터 입장할 수 있습니다.</source><translation>Slip for session {session_no} ({start:%H:%M}–{end:%H:%M}). Entry from {start2:%H:%M}.</translation></message><message><source>{session_no}회차({start:%H:%M}~{end:%H:%M})는 끝났습니다. 재입장할 수 없습니다.</source><translation>Session {session_no} ({start:%H:%M}–{end:%H:%M}) has ended. No re-entry.</translation></message><message><source>{session_no}회차는 오늘 운영하지 않습니다.</source><translation>Session {session_no} is not held today.</translation></message><message><source>{session_no}회차는 운영하지 않습니다 ({closed_reason}) (CAL-6)</source><translation>Session {session_no} is not held ({closed_reason}) (CAL-6)</translation></message><message><source>{session_no}회차에 남은 자리가 없습니다</source><translation>Session {session_no} has no places left</translation></message><message><source>{session}회차가 없습니다</source><translation>There is no session {session}</translation></message><message><source>{source}에 적힌 {entry_id}번 머리가 지금 감사 기록과 다릅니다 (사슬이 잘렸거나 다시 계산됨)</source><translation>The head {entry_id} written in {source} differs from the journal now (the chain was cut or recomputed)</translation></message><message><source>{status_ko} 상태의 예약은 강제 취소할 수 없습니다</source><translation>A booking that is {status_ko} cannot be cancelled by force</translation></message><message><source>{status_ko} 상태의 예약은 노쇼가 될 수 없습니다</source><translation>A booking that is {status_ko} cannot be a no-show</translation></message><message><source>{status_ko} 상태의 예약은 취소할 수 없습니다</source><translation>A booking that is {status_ko} cannot be cancelled</translation></message><message><source>{status_ko} 상태의 예약입니다 (입장 완료가 아님)</source><translation>The booking is {status_ko} (not checked in)</translation></message><message><source>{table} {ident} ({day})에 감사 기록이 없습니다: 감사 기록 없이 쓰였거나 항목이 지워졌습니다</source><translation>{table} {ident} ({day}) has no journal entry: written without one, or its entry was deleted</translation></message><message><source>{value}번 항목부터 {value2}번 항목이 없습니다 (삭제됨)</source><translation>Entries {value} to {value2} are missing (deleted)</translation></message><message><source>{visit_date}은(는) 마감된 날입니다</source><translation>{visit_date} is a closed day</translation></message><message><source>{visit_day:%Y-%m-%d} 입장권입니다. 오늘 입장권이 아닙니다.</source><translation>A slip of {visit_day:%Y-%m-%d}. Not today's slip.</translation></message><message><source>{what} '{text}'은(는) 날짜가 아닙니다</source><translation>{what} '{text}' is not a date</translation></message><message><source>{what} '{text}'은(는) 쓸 수 없는 날짜입니다 ({first}~{last}년 사이여야 합니다)</source><translation>{what} '{text}' is not a usable date (it must be between {first} and {last})</translation></message><message><source>{what}({limit:%m-%d %H:%M})까지만 가능합니다</source><translation>Only until {what} ({limit:%m-%d %H:%M})</translation></message><message><source>{what}은(는) 관리자(센터장)만 할 수 있습니다</source><translation>Only a manager can do this: {what}</translation></message><message><source>※ 정원 초과: {isoformat} {session_no}회차 예약 {value}명 / 정원 {capacity}명 (CAL-4) — 포털과 확인하세요</source><translation>※ Over capacity: {isoformat} session {session_no} has {value} booked / capacity {capacity} (CAL-4) — check with the portal</translation></message><message><source>감면 유형 ID 문자열이어야 합니다</source><translation>Must be a reduction ID string</translation></message><message><source>감면 유형 {id!r}이(가) 두 번 있습니다</source><translation>Reduction {id!r} appears twice</translation></message><message><source>감면 유형과 증빙</source><translation>Reductions and proofs</translation></message><message><source>감사 기록 머리(journal head)가 없는 파일입니다</source><translation>A file without a journal head</translation></message><message><source>같은 물건으로 교체 (금액 없음)</source><translation>Replaced in kind (no money)</translation></message><message><source>같은 물건으로 교체하면 받은 금액은 0원입니다</source><translation>Replaced in kind: the amount received is 0 won</translation></message><message><source>같은 센터·같은 달의 파일이 두 번 있습니다 ({other})</source><translation>Two files for the same center and month ({other})</translation></message><message><source>같은 예약번호 {booking_no}인데 {line}행과 {names}이(가) 다릅니다</source><translation>Booking {booking_no} again, but line {line} has a different {names}</translation></message><message><source>같은 이름의 계정이 이미 있습니다: {name}</source><translation>An account with this name already exists: {name}</translation></message><message><source>개관 전 (개관일 {isoformat})</source><translation>Before opening (opens {isoformat})</translation></message><message><source>개인정보 보관 일수</source><translation>Personal data kept (days)</translation></message><message><source>객체여야 합니다</source><translation>Must be an object</translation></message><message><source>거절 사유를 입력하세요</source><translation>Write the reason for the refusal</translation></message><message><source>거주 확인 서류</source><translation>Residency document</translation></message><message><source>거주 확인 서류가 하나 이상 있어야 합니다</source><translation>At least one residency document is needed</translation></message><message><source>거주 확인 서류를 선택하세요 (ELG-3)</source><translation>Choose the residency document seen (ELG-3)</translation></message><message><source>검색어를 입력하세요</source><translation>Type something to search</translation></message><message><source>결제</source><translation>Payment</translation></message><message><source>결제 없음 (0원)</source><translation>No payment (0 won)</translation></message><message><source>결제 취소</source><translation>Void</translation></message><message><source>결제 취소 후 다시 입장하지 않음</source><translation>Voided, and did not come back</translation></message><message><source>결제 취소·환불</source><translation>Void or refund a payment</translation></message><message><source>결제 키</source><translation>Payment key</translation></message><message><source>결제 키가 없습니다</source><translation>There is no payment key</translation></message><message><source>결제가 취소·환불된 방문입니다. 입장권을 인쇄하지 않습니다</source><translation>The payment of this visit was voided or refunded. No slip is printed</translation></message><message><source>결제가 취소된 입장권입니다 (FEE-6). 다시 입장 처리하세요.</source><translation>A voided slip (FEE-6). Check the party in again.</translation></message><message><source>결제는 카드 또는 계좌이체만 가능합니다 (현금 불가)</source><translation>Card or transfer only (no cash)</translation></message><message><source>결제되지 않은 입장권입니다.</source><translation>An unpaid slip.</translation></message><message><source>결제된 입장 기록이 아닙니다</source><translation>Not a paid visit</translation></message><message><source>결제수단</source><translation>Payment method</translation></message><message><source>경고</source><translation>Warning</translation></message><message><source>경고 사유</source><translation>Reason for the warning</translation></message><message><source>경고와 퇴실 조치는 방문(입장권)을 골라야 합니다</source><translation>Warnings and removals need a visit (slip)</translation></message><message><source>경로</source><translation>Channel</translation></message><message><source>계좌이체</source><translation>Transfer</translation></message><message><source>계좌이체 입금자명을 입력하세요</source><translation>Write the transfer sender's name</translation></message><message><source>공휴일: {name}</source><translation>Public holiday: {name}</translation></message><message><source>교체 (이용자 부담)</source><translation>Replacement (at the visitor's cost)</translation></message><message><source>규칙 버전은 시행일이 늦어지는 순서로 적어야 합니다</source><translation>Rule versions must be in order of their start dates</translation></message><message><source>규칙 버전이 하나 이상 있어야 합니다</source><translation>At least one rule version is needed</translation></message><message><source>글자 인코딩을 알 수 없습니다 (UTF-8 또는 CP949/EUC-KR CSV여야 합니다)</source><translation>Unknown text encoding (the CSV must be UTF-8 or CP949/EUC-KR)</translation></message><message><source>금액</source><translation>Amount</translation></message><message><source>금액은 0원에서 {max:,}원 사이여야 합니다</source><translation>The amount must be between 0 and {max:,} won</translation></message><message><source>금액은 원 단위 정수입니다</source><translation>The amount is a whole number of won</translation></message><message><source>금요일</source><translation>Friday</translation></message><message><source>기간 {name!r}과(와) 겹칩니다</source><translation>Overlaps the period {name!r}</translation></message><message><source>기관명</source><translation>Organisation</translation></message><message><source>기관명을 입력하세요 (서울 소재 어린이집·유치원 등, ELG-3)</source><translation>Write the organisation's name (a daycare or kindergarten in Seoul, ELG-3)</translation></message><message><source>기록</source><translation>Record</translation></message><message><source>기록 키</source><translation>Record key</translation></message><message><source>기록 키가 올바르지 않습니다</source><translation>The record key is not valid</translation></message><message><source>끝나는 날이 시작하는 날보다 앞설 수 없습니다</source><translation>The end date cannot be before the start date</translation></message><message><source>끝나는 시각이 시작 시각보다 늦어야 합니다</source><translation>The end time must be after the start time</translation></message><message><source>날짜 (예: 2025-05-05)</source><translation>a date (e.g. 2025-05-05)</translation></message><message><source>날짜 {day:%Y-%m-%d}은(는) 쓸 수 없습니다 ({first}~{last}년 사이여야 합니다)</source><translation>The date {day:%Y-%m-%d} cannot be used (it must be between {first} and {last})</translation></message><message><source>날짜는 "YYYY-MM-DD" 문자열이어야 합니다 (지금: {value!r})</source><translation>Dates must be "YYYY-MM-DD" strings (now: {value!r})</translation></message><message><source>날짜만 적어야 합니다 (예: 2025-05-05)</source><translation>Only a date (e.g. 2025-05-05)</translation></message><message><source>노쇼</source><translation>No-show</translation></message><message><source>노쇼 이용 제한 ({ends:%Y-%m-%d}까지)</source><translation>No-show ban (until {ends:%Y-%m-%d})</translation></message><message><source>노쇼 이용 제한 일수</source><translation>No-show ban (days)</translation></message><message><source>노쇼 제한 해제</source><translation>Lifting a no-show ban</translation></message><message><source>노쇼 제한을 찾을 수 없습니다: {penalty_id}</source><translation>No-show ban not found: {penalty_id}</translation></message><message><source>노쇼 처리된 예약입니다. 입장 처리할 수 없습니다</source><translation>A no-show booking. It cannot be checked in</translation></message><message><source>노쇼로 {ends:%Y-%m-%d}까지 예약·이용할 수 없습니다 ({reason})</source><translation>Banned for a no-show until {ends:%Y-%m-%d} ({reason})</translation></message><message><source>놀이돌봄</source><translation>Play care</translation></message><message><source>놀이돌봄 신청당 인원</source><translation>Play care per application</translation></message><message><source>놀이돌봄 인계 (종료 몇 분 전)</source><translation>Play care hand-over (minutes before the end)</translation></message><message><source>놀이돌봄 최소 개월 수</source><translation>Play care minimum age in months</translation></message><message><source>놀이돌봄 회차당 인원</source><translation>Play care per session</translation></message><message><source>놀이돌봄서비스는 개인 이용만 신청할 수 있습니다</source><translation>Play care is for individual visits only</translation></message><message><source>놀이돌봄은 아동만 신청할 수 있습니다</source><translation>Play care is for children only</translation></message><message><source>놀이돌봄은 한 신청에 최대 {max_per_application}명입니다 (신청 {len}명)</source><translation>At most {max_per_application} children in play care per application ({len} asked)</translation></message><message><source>놀이돌봄을 이용한 방문에만 늦은 픽업을 기록할 수 있습니다</source><translation>A late pick-up can be recorded only for a visit with play care</translation></message><message><source>늦은 시간</source><translation>Minutes late</translation></message><message><source>늦은 시간(분)을 0~600 사이로 입력하세요</source><translation>Minutes late must be from 0 to 600</translation></message><message><source>늦은 픽업 기록을 찾을 수 없습니다: {flag_id}</source><translation>Late pick-up record not found: {flag_id}</translation></message><message><source>늦은 픽업 표시 해제</source><translation>Clear late pick-up</translation></message><message><source>다른 이용자에게 피해</source><translation>Disturbing others</translation></message><message><source>다른 이용자에게 피해 또는 위험한 놀이 중 하나를 고르세요</source><translation>Choose disturbing others or dangerous play</translation></message><message><source>다른 프로그램이 데이터베이스를 쓰고 있어 저장하지 못했습니다. 잠시 뒤 다시 하세요.</source><translation>Another program is writing to the database; nothing was saved. Try again in a moment.</translation></message><message><source>단말기 합계</source><translation>Terminal total</translation></message><message><source>단체 {discount_percent}% 감면</source><translation>Group {discount_percent}% reduction</translation></message><message><source>단체 예약 (며칠 전까지)</source><translation>Group booking (days ahead)</translation></message><message><source>단체 예약은 이용일 {book_days_ahead}일 전({opens:%Y-%m-%d})부터 받을 수 있습니다</source><translation>Group bookings open {book_days_ahead} days before the visit ({opens:%Y-%m-%d})</translation></message><message><source>단체 인솔 비율</source><translation>Group teacher ratio</translation></message><message><source>단체 최소 인원</source><translation>Group minimum people</translation></message><message><source>단체 할인 최소 아동 수</source><translation>Children for the group discount</translation></message><message><source>단체 할인율(%)</source><translation>Group discount (%)</translation></message><message><source>단체는 {min_people}명 이상이어야 합니다 (아동과 인솔교사 합계 {total}명)</source><translation>A group needs {min_people} people or more (children and teachers: {total})</translation></message><message><source>단체에 아동이 없습니다</source><translation>The group has no children</translation></message><message><source>대표자</source><translation>Representative</translation></message><message><source>데스크 번호는 영문자나 숫자 1~3자입니다 (지금: {desk!r}, 예: 1, 2, A)</source><translation>A desk number is 1 to 3 letters or digits (now: {desk!r}, e.g. 1, 2, A)</translation></message><message><source>데스크에서 취소된 예약이라 다시 살리지 않았습니다</source><translation>Cancelled at the desk: not brought back</translation></message><message><source>데이터 폴더를 만들 수 없습니다: {parent} ({strerror})</source><translation>Cannot create the data folder: {parent} ({strerror})</translation></message><message><source>데이터베이스 서버에 연결할 수 없습니다. 이번 작업은 저장되지 않았습니다. 연결이 돌아올 때까지 결제를 받지 마세요 (카드 단말기도 쓰지 마세요).</source><translation>Cannot reach the database server. This action was not saved. Take no payments until the connection is back (do not use the card terminal either).</translation></message><message><source>데이터베이스 오류로 저장하지 못했습니다: {orig}</source><translation>Not saved because of a database error: {orig}</translation></message><message><source>데이터베이스 파일을 열 수 없습니다{where}: 손상되었거나 데이터베이스 파일이 아닙니다. 최근 백업으로 복구하세요. [{orig}]</source><translation>Cannot open the database file{where}: it is damaged or not a database. Restore the latest backup. [{orig}]</translation></message><message><source>데이터베이스로 열 수 없습니다 ({e})</source><translation>Cannot open as a database ({e})</translation></message><message><source>데이터베이스를 새 버전으로 올리지 못했습니다. 원래 파일은 {value} 남아 있습니다. [{orig}]</source><translation>Could not upgrade the database. The original file is kept {value}. [{orig}]</translation></message><message><source>데이터베이스에 쓸 수 없습니다 (읽기 전용 폴더나 파일). 이번 작업은 저장되지 않았습니다. 관리자에게 알리세요.</source><translation>Cannot write to the database (read-only folder or file). Nothing was saved. Tell the manager.</translation></message><message><source>돌려줌</source><translation>Hand back</translation></message><message><source>동반 형제 최대 연나이</source><translation>Oldest sibling (age by year)</translation></message><message><source>등록된 직원이 아닙니다</source><translation>Not a registered staff member</translation></message><message><source>디스크 입출력 오류로 저장하지 못했습니다. 이번 작업은 저장되지 않았습니다.</source><translation>Not saved because of a disk input/output error.</translation></message><message><source>디스크가 가득 찼습니다. 이번 작업은 저장되지 않았습니다. 공간을 비운 뒤 다시 하세요.</source><translation>The disk is full. Nothing was saved. Free some space and try again.</translation></message><message><source>마감</source><translation>Close-out</translation></message><message><source>마감 때 기록한 {entry_id}번 항목이 없거나 다릅니다 (마감 뒤 기록이 잘림)</source><translation>Entry {entry_id} recorded at the close is missing or different (the journal was cut after the close)</translation></message><message><source>마감된 날의 기록은 바꿀 수 없습니다. 정정은 다음 운영일에 관리자가 합니다</source><translation>A closed day's records cannot change. Corrections are made by the manager on the next open day</translation></message><message><source>마지막 관리자 계정은 사용 중지할 수 없습니다</source><translation>The last manager account cannot be disabled</translation></message><message><source>머리글 '{title}'이(가) 두 번 있습니다</source><translation>The header '{title}' appears twice</translation></message><message><source>머리글 {h!r}이(가) 두 항목에 쓰였습니다</source><translation>The header {h!r} is used for two fields</translation></message><message><source>머리글만 있고 예약 행이 없습니다</source><translation>Only the header, no booking rows</translation></message><message><source>메모</source><translation>Note</translation></message><message><source>목록</source><translation>a list</translation></message><message><source>목록이어야 합니다</source><translation>Must be a list</translation></message><message><source>목요일</source><translation>Thursday</translation></message><message><source>문자열</source><translation>a string</translation></message><message><source>물건</source><translation>Item</translation></message><message><source>미정산</source><translation>Not settled yet</translation></message><message><source>바꿀 수 없는 센터 정보입니다</source><translation>This center detail cannot be changed</translation></message><message><source>바뀐 것이 없습니다</source><translation>Nothing has changed</translation></message><message><source>바뀐 규칙이 언제부터 적용되는지 고르세요</source><translation>Choose the date the changed rules take effect</translation></message><message><source>받은 사람</source><translation>Taken by</translation></message><message><source>발견 시각</source><translation>Time found</translation></message><message><source>발견 장소</source><translation>Where found</translation></message><message><source>백업 파일을 찾을 수 없습니다</source><translation>Backup file not found</translation></message><message><source>백업하지 못했습니다 ({folder}): {e}</source><translation>Could not back up ({folder}): {e}</translation></message><message><source>백업할 데이터베이스 파일이 없습니다</source><translation>There is no database file to back up</translation></message><message><source>보관 중</source><translation>Held</translation></message><message><source>보관 중인 물건만 돌려줄 수 있습니다 (지금: {state})</source><translation>Only a held item can be handed back (now: {state})</translation></message><message><source>보관 중인 물건만 폐기할 수 있습니다 (지금: {state})</source><translation>Only a held item can be disposed of (now: {state})</translation></message><message><source>보호자</source><translation>Guardian</translation></message><message><source>보호자 이름</source><translation>Guardian's name</translation></message><message><source>분실물</source><translation>Lost property</translation></message><message><source>분실물 {item_id}번을 찾을 수 없습니다</source><translation>Lost item no. {item_id} not found</translation></message><message><source>분실물 보관 일수</source><translation>Lost property kept (days)</translation></message><message><source>비어 있으면 안 됩니다</source><translation>Must not be empty</translation></message><message><source>비어 있지 않은 문자열이어야 합니다</source><translation>Must be a non-empty string</translation></message><message><source>빈 시트입니다 (머리글 행이 없습니다)</source><translation>An empty sheet (no header row)</translation></message><message><source>빈 파일입니다</source><translation>An empty file</translation></message><message><source>빈 파일입니다 (머리글 행이 없습니다)</source><translation>An empty file (no header row)</translation></message><message><source>사고 기록</source><translation>Incident</translation></message><message><source>사업자등록번호</source><translation>Business registration number</translation></message><message><source>사업자등록번호는 000-00-00000 형식입니다 (지금: {value!r})</source><translation>A business registration number reads 000-00-00000 (now: {value!r})</translation></message><message><source>사유</source><translation>Reason</translation></message><message><source>사유는 200자까지입니다</source><translation>The reason can be 200 characters at most</translation></message><message><source>서명이 맞지 않습니다: 파일이 바뀌었거나 다른 곳에서 만들어졌습니다</source><translation>The signature does not hold: the file was changed or made elsewhere</translation></message><message><source>서울 거주 확인 서류(서울시민카드·주민등록증·주민등록등본·운전면허증)를 확인하세요</source><translation>Check the Seoul residency document (Seoul citizen card, resident card, resident register copy, driver's licence)</translation></message><message><source>서울 소재 기관(어린이집·유치원 등)인지 확인하고 기관명을 입력하세요</source><translation>Check that the organisation is in Seoul (daycare, kindergarten …) and write its name</translation></message><message><source>설정</source><translation>Settings</translation></message><message><source>센터 ID는 바꿀 수 없습니다</source><translation>The center ID cannot change</translation></message><message><source>센터 {center}의 서명 키가 전에 받은 파일과 다릅니다. 센터에 확인한 뒤 --accept-new-key로 받으세요</source><translation>Center {center}'s signing key differs from its earlier files. Check with the center, then accept it with --accept-new-key</translation></message><message><source>센터 설정 변경</source><translation>Change of center settings</translation></message><message><source>센터 이름</source><translation>Center name</translation></message><message><source>센터 일정: {reason}</source><translation>Center schedule: {reason}</translation></message><message><source>센터 일정: {why}</source><translation>Center schedule: {why}</translation></message><message><source>센터 정보가 아직 임시값입니다: {fields}. 영수증에 그대로 인쇄됩니다. 관리자가 [센터 설정]에서 채워 주세요.</source><translation>Center details still hold placeholders: {fields}. They print on receipts as they are. A manager fills them in under Center settings.</translation></message><message><source>센터 프로필 파일을 읽을 수 없습니다 ({strerror})</source><translation>Cannot read the center profile file ({strerror})</translation></message><message><source>센터 프로필 파일을 찾을 수 없습니다</source><translation>Center profile file not found</translation></message><message><source>센터 프로필은 UTF-8 텍스트(TOML)여야 합니다</source><translation>The center profile must be UTF-8 text (TOML)</translation></message><message><source>센터 프로필을 읽을 수 없습니다 ({e})</source><translation>Cannot read the center profile ({e})</translation></message><message><source>센터 프로필을 저장하지 못했습니다 ({strerror}). 바뀐 것은 없습니다.</source><translation>Could not save the center profile ({strerror}). Nothing has changed.</translation></message><message><source>센터 휴관</source><translation>Center closed</translation></message><message><source>센터 휴관: {reason}</source><translation>Center closed: {reason}</translation></message><message><source>센터 휴관: 모든 회차가 막혔습니다</source><translation>Center closed: every session is blocked</translation></message><message><source>손상된 파일입니다 (integrity_check: {ok})</source><translation>A damaged file (integrity_check: {ok})</translation></message><message><source>수리 (이용자 부담)</source><translation>Repair (at the visitor's cost)</translation></message><message><source>수리 또는 교체 중 하나를 고르세요</source><translation>Choose repair or replacement</translation></message><message><source>수요일</source><translation>Wednesday</translation></message><message><source>숫자로 입력하세요 (지금: {text!r}, 예: 125000)</source><translation>Type a number (now: {text!r}, e.g. 125000)</translation></message><message><source>승인번호</source><translation>Approval number</translation></message><message><source>승인번호 {approval_no}은(는) 오늘 이미 영수증 {receipt_no}에 쓰였습니다</source><translation>Approval number {approval_no} was already used today on receipt {receipt_no}</translation></message><message><source>시각은 "HH:MM" 형식이어야 합니다 (지금: {text!r})</source><translation>Times must be "HH:MM" (now: {text!r})</translation></message><message><source>시트가 {len}개입니다 ({names}). 예약 목록 시트 하나만 남기고 저장하세요</source><translation>The file has {len} sheets ({names}). Keep only the booking list sheet and save</translation></message><message><source>시행일</source><translation>Effective date</translation></message><message><source>시행일은 {earliest:%Y-%m-%d} 이후여야 합니다: 지난 방문은 그때의 규칙으로 남습니다</source><translation>The effective date must be {earliest:%Y-%m-%d} or later: past visits keep the rules of their day</translation></message><message><source>아동</source><translation>Child</translation></message><message><source>아동 없이 성인만 입장할 수 없습니다</source><translation>Adults cannot enter without a child</translation></message><message><source>아동과 인솔교사 수를 입력하세요</source><translation>Type the number of children and teachers</translation></message><message><source>아동은 생년월일이 필요합니다</source><translation>A child needs a birth date</translation></message><message><source>아동은 성인보호자와 함께 입장해야 합니다</source><translation>Children must enter with an adult guardian</translation></message><message><source>아동이 한 명 이상 있어야 합니다</source><translation>At least one child is needed</translation></message><message><source>아직 운영 중인 회차가 있습니다 ({last:%H:%M} 종료 후 마감하세요)</source><translation>A session is still running (close the day after {last:%H:%M})</translation></message><message><source>알 수 없는 감면 유형입니다: {reduction!r} (가능: {known})</source><translation>Unknown reduction: {reduction!r} (known: {known})</translation></message><message><source>알 수 없는 버전입니다 ({version}); 이 프로그램은 버전 {known}을 읽습니다</source><translation>Unknown version ({version}); this program reads version {known}</translation></message><message><source>알 수 없는 서류 종류입니다: {residency_doc}</source><translation>Unknown kind of document: {residency_doc}</translation></message><message><source>알 수 없는 스키마 버전입니다 ({value})</source><translation>Unknown schema version ({value})</translation></message><message><source>알 수 없는 항목입니다</source><translation>Unknown field</translation></message><message><source>알 수 없는 항목입니다 (철자를 확인하세요)</source><translation>Unknown field (check the spelling)</translation></message><message><source>압축을 풀면 너무 큽니다 (최대 {mb} MB). 포털에서 내려받은 파일이 맞는지 확인하세요</source><translation>It unpacks too large (at most {mb} MB). Check this is the file downloaded from the portal</translation></message><message><source>앞으로 올 시각은 적을 수 없습니다</source><translation>A time still to come cannot be recorded</translation></message><message><source>앵커 파일을 읽을 수 없습니다 ({strerror})</source><translation>Cannot read the anchor file ({strerror})</translation></message><message><source>어르신 감면 나이</source><translation>Senior reduction age</translation></message><message><source>업그레이드 후 외래 키 검사에 실패했습니다: {broken}</source><translation>The foreign key check failed after the upgrade: {broken}</translation></message><message><source>역할</source><translation>Role</translation></message><message><source>역할은 {join} 중 하나입니다</source><translation>The role is one of {join}</translation></message><message><source>연락처</source><translation>Phone</translation></message><message><source>영수증 번호</source><translation>Receipt no.</translation></message><message><source>영수증을 찾을 수 없습니다: {receipt_no}</source><translation>Receipt not found: {receipt_no}</translation></message><message><source>영수증을 찾을 수 없습니다: {strip}</source><translation>Receipt not found: {strip}</translation></message><message><source>예약</source><translation>Booked</translation></message><message><source>예약 창 여는 시각</source><translation>Booking window opens at</translation></message><message><source>예약 창 여는 요일</source><translation>Booking window opens on</translation></message><message><source>예약번호</source><translation>Booking no.</translation></message><message><source>예약번호 {booking_no}: {isoformat} {session}회차는 운영하지 않습니다 ({why})</source><translation>Booking {booking_no}: {isoformat} session {session} is not held ({why})</translation></message><message><source>예약번호 {booking_no}: {message} ({rule}) — 입장 때 확인하세요</source><translation>Booking {booking_no}: {message} ({rule}) — check at the door</translation></message><message><source>예약번호 {booking_no}: {note}</source><translation>Booking {booking_no}: {note}</translation></message><message><source>예약번호 {booking_no}: {visit_date}은(는) 마감된 날입니다</source><translation>Booking {booking_no}: {visit_date} is a closed day</translation></message><message><source>예약번호 {booking_no}: 데스크에서 취소된 예약이라 다시 살리지 않았습니다</source><translation>Booking {booking_no}: cancelled at the desk, not brought back</translation></message><message><source>예약번호 {booking_no}: 이미 {what} 처리되어 포털의 취소를 반영하지 않았습니다</source><translation>Booking {booking_no}: already {what}; the portal's cancellation was not applied</translation></message><message><source>예약을 찾을 수 없습니다: {booking_code}</source><translation>Booking not found: {booking_code}</translation></message><message><source>예약을 찾을 수 없습니다: {code}</source><translation>Booking not found: {code}</translation></message><message><source>예약의 날짜·회차·구분을 바꿀 수 없습니다</source><translation>The booking's date, session and kind cannot change</translation></message><message><source>예약일시 '{text}'을(를) 읽을 수 없습니다</source><translation>Cannot read the booking time '{text}'</translation></message><message><source>예약자 1인당 영유아는 최대 {limit}명입니다 ({young}명)</source><translation>At most {limit} young children per booker ({young})</translation></message><message><source>예약자 이름이 없습니다</source><translation>The booker's name is missing</translation></message><message><source>예약자가 없는 방문입니다</source><translation>A visit without a booker</translation></message><message><source>예약자는 오늘 이미 입장했습니다 (1일 1회, 입장권 {booker_visit_today})</source><translation>The booker already entered today (once a day, slip {booker_visit_today})</translation></message><message><source>예약자당 아동 수</source><translation>Children per booker</translation></message><message><source>예약자명</source><translation>Booker's name</translation></message><message><source>오늘 예약 중에 '{strip}'({what})와 맞는 것이 없습니다.</source><translation>No booking today matches '{strip}' ({what}).</translation></message><message><source>오늘 입장한 방문에만 기록합니다 ({day:%Y-%m-%d} 입장권)</source><translation>Only today's visits can be recorded ({day:%Y-%m-%d} slip)</translation></message><message><source>오늘({now:%Y-%m-%d}) 이용만 입장 처리할 수 있습니다 (요청: {day:%Y-%m-%d})</source><translation>Only today's ({now:%Y-%m-%d}) visits can be checked in (asked: {day:%Y-%m-%d})</translation></message><message><source>오늘({today:%Y-%m-%d})은 이미 마감되었습니다. 다음 운영일에 처리하세요</source><translation>Today ({today:%Y-%m-%d}) is already closed. Do it on the next open day</translation></message><message><source>오지 않은 날은 마감할 수 없습니다</source><translation>A day that has not come cannot be closed</translation></message><message><source>온라인</source><translation>Online</translation></message><message><source>온라인 취소는 회차 시작</source><translation>An online cancellation is possible until the session starts</translation></message><message><source>올바른 날짜가 아닙니다: {value!r} (예: 2025-06-10)</source><translation>Not a valid date: {value!r} (e.g. 2025-06-10)</translation></message><message><source>요일은 {join} 중 하나여야 합니다 (지금: {day!r})</source><translation>The weekday must be one of {join} (now: {day!r})</translation></message><message><source>운영 중</source><translation>Open</translation></message><message><source>월간 파일(JSON)이 아닙니다</source><translation>Not a month file (JSON)</translation></message><message><source>월간 파일의 내용이 온전하지 않습니다</source><translation>The month file's content is not whole</translation></message><message><source>월요일</source><translation>Monday</translation></message><message><source>월화수목금토일</source><translation>MTWTFSS</translation></message><message><source>위험한 놀이</source><translation>Dangerous play</translation></message><message><source>이 데이터베이스는 더 새로운 버전의 프로그램으로 만들어졌습니다 (스키마 {current}). 프로그램을 업데이트하세요.</source><translation>This database was made by a newer version of the program (schema {current}). Update the program.</translation></message><message><source>이 방문에는 이미 늦은 픽업이 기록되어 있습니다</source><translation>A late pick-up is already recorded for this visit</translation></message><message><source>이 방문은 이미 퇴실 조치되었습니다</source><translation>This visit was already removed</translation></message><message><source>이 프로그램의 데이터베이스가 아닙니다 (없는 표: {join})</source><translation>Not a database of this program (tables missing: {join})</translation></message><message><source>이 회차의 놀이돌봄 자리가 {max}명 남았습니다 (회차당 최대 {max_per_session}명)</source><translation>{max} play-care places left in this session (at most {max_per_session} a session)</translation></message><message><source>이름</source><translation>Name</translation></message><message><source>이름을 1~50자로 입력하세요</source><translation>The name must be 1 to 50 characters</translation></message><message><source>이미 {cleared_at:%Y-%m-%d %H:%M}에 해제되었습니다</source><translation>Already cleared at {cleared_at:%Y-%m-%d %H:%M}</translation></message><message><source>이미 {created_at:%Y-%m-%d %H:%M}에 {REVERSAL_KO}된 결제입니다</source><translation>This payment was already {REVERSAL_KO} at {created_at:%Y-%m-%d %H:%M}</translation></message><message><source>이미 {lifted_at:%Y-%m-%d %H:%M}에 해제되었습니다</source><translation>Already lifted at {lifted_at:%Y-%m-%d %H:%M}</translation></message><message><source>이미 {what} 처리되어 포털의 취소를 반영하지 않았습니다</source><translation>Already {what}; the portal's cancellation was not applied</translation></message><message><source>이미 {what}된 결제입니다</source><translation>This payment was already {what}</translation></message><message><source>이미 입장 처리된 예약입니다 (입장권 {value})</source><translation>This booking is already checked in (slip {value})</translation></message><message><source>이미 있는 예약번호입니다: {portal_no}</source><translation>This booking number already exists: {portal_no}</translation></message><message><source>이용 아동 최대 연나이</source><translation>Oldest child (age by year)</translation></message><message><source>이용료 (놀이돌봄)</source><translation>Fee (play care)</translation></message><message><source>이용료 (보호자)</source><translation>Fee (guardian)</translation></message><message><source>이용료 (아동)</source><translation>Fee (child)</translation></message><message><source>이용료 (인솔교사)</source><translation>Fee (teacher)</translation></message><message><source>이용일({isoformat}) 뒤의 생년월일입니다</source><translation>The birth date is after the visit day ({isoformat})</translation></message><message><source>인솔교사</source><translation>Teacher</translation></message><message><source>인솔교사 무료 (아동 몇 명당)</source><translation>Free teacher (per how many children)</translation></message><message><source>인솔교사가 부족합니다: 가장 어린 아동 {min}세 기준 아동 {len}명에 교사 {need}명이 필요합니다 (현재 {teachers}명)</source><translation>Not enough teachers: for {len} children, the youngest aged {min}, {need} teachers are needed (now {teachers})</translation></message><message><source>인쇄 오류</source><translation>Printing error</translation></message><message><source>인원</source><translation>People</translation></message><message><source>인원이 한 명도 없습니다</source><translation>Nobody in the party</translation></message><message><source>일요일</source><translation>Sunday</translation></message><message><source>입금자명</source><translation>Sender's name</translation></message><message><source>입력은 JSON 객체여야 합니다</source><translation>The input must be a JSON object</translation></message><message><source>입장</source><translation>Entered</translation></message><message><source>입장 거절 사유를 적어 주세요</source><translation>Write the reason for refusing entry</translation></message><message><source>입장 거절: {why}</source><translation>Entry refused: {why}</translation></message><message><source>입장 거절된 기록에는 입장권·영수증이 없습니다</source><translation>A refused visit has no slip or receipt</translation></message><message><source>입장 기록</source><translation>Visit</translation></message><message><source>입장 기록을 찾을 수 없습니다: {visit_code}</source><translation>Visit not found: {visit_code}</translation></message><message><source>입장 완료</source><translation>Checked in</translation></message><message><source>입장 전</source><translation>Not open yet</translation></message><message><source>입장 중인 방문이 아닙니다</source><translation>Not a visit in progress</translation></message><message><source>입장권</source><translation>Slip</translation></message><message><source>입장도 취소도 노쇼도 아닌 예약이 {waiting}건 남아 있습니다</source><translation>{waiting} bookings are neither checked in, cancelled nor no-shows</translation></message><message><source>입장료</source><translation>Admission</translation></message><message><source>장소</source><translation>Where</translation></message><message><source>재입장 가능 · {end:%H:%M}까지 유효 ({session_no}회차)</source><translation>Re-entry OK · valid until {end:%H:%M} (session {session_no})</translation></message><message><source>전염성 질병·발열 증상으로 입장할 수 없습니다 ({reason})</source><translation>Cannot enter with symptoms of an infectious illness or fever ({reason})</translation></message><message><source>전화</source><translation>Phone</translation></message><message><source>전화 취소는 회차 종료</source><translation>A phone cancellation is possible until the session ends</translation></message><message><source>전화번호</source><translation>Phone</translation></message><message><source>전화번호 뒷자리</source><translation>last phone digits</translation></message><message><source>전화번호 형식이 아닙니다: {phone!r} (예: 010-1234-5678)</source><translation>Not a phone number: {phone!r} (e.g. 010-1234-5678)</translation></message><message><source>정기 휴관 (매주 {WEEKDAY_NAMES_KO})</source><translation>Weekly closure (every {WEEKDAY_NAMES_KO})</translation></message><message><source>정리 시간</source><translation>Tidy-up</translation></message><message><source>정산</source><translation>Settled</translation></message><message><source>정수</source><translation>a whole number</translation></message><message><source>정원 초과 — 포털과 확인</source><translation>Over capacity — check with the portal</translation></message><message><source>정원에 세는 사람</source><translation>Who counts toward capacity</translation></message><message><source>제한</source><translation>Ban</translation></message><message><source>종료</source><translation>Ended</translation></message><message><source>주민등록번호로 보이는 숫자가 있어 저장하지 않습니다. 번호는 적지 않습니다 (ELG-4) — 번호를 빼고 다시 입력하세요</source><translation>A number shaped like a resident registration number: nothing was saved. Such numbers are never written down (ELG-4) — type it again without the number</translation></message><message><source>주소</source><translation>Address</translation></message><message><source>중복 행입니다 ({seen}행과 같은 예약번호·아동)</source><translation>Duplicate row (same booking number and child as line {seen})</translation></message><message><source>지난 날짜({day:%Y-%m-%d})는 예약할 수 없습니다</source><translation>A past date ({day:%Y-%m-%d}) cannot be booked</translation></message><message><source>지난 회차</source><translation>Past session</translation></message><message><source>지난 회차 예약 {len}건 — 이미 끝난 회차라 노쇼로 처리하지 않습니다</source><translation>{len} bookings for past sessions — their sessions are over, so they are not no-shows</translation></message><message><source>지난 회차뿐인 예약 파일 가져오기</source><translation>Importing a booking file of past sessions only</translation></message><message><source>직원 계정 만들기</source><translation>Creating a staff account</translation></message><message><source>직원 계정 사용 중지</source><translation>Disabling a staff account</translation></message><message><source>처리 방법</source><translation>Remedy</translation></message><message><source>첫 계정은 센터장(관리자)이어야 합니다</source><translation>The first account must be the center manager</translation></message><message><source>첫 규칙 버전은 개관일(center.opening_date) 이전부터 시행되어야 합니다</source><translation>The first rule version must start on or before the opening date (center.opening_date)</translation></message><message><source>첫 회차의 번호는 1이어야 합니다</source><translation>The first session must be number 1</translation></message><message><source>취소</source><translation>Cancelled</translation></message><message><source>취소·환불 사유를 적어 주세요 (예: 직원 착오, 센터 사정으로 휴관)</source><translation>Write the reason for the void or refund (e.g. staff error, closed by the center)</translation></message><message><source>취소된 예약입니다. 입장 처리할 수 없습니다</source><translation>A cancelled booking. It cannot be checked in</translation></message><message><source>카드</source><translation>Card</translation></message><message><source>카드 (단말기)</source><translation>Card (terminal)</translation></message><message><source>카드 단말기의 승인번호(숫자 4~12자리)를 입력하세요</source><translation>Type the card terminal's approval number (4 to 12 digits)</translation></message><message><source>카드, 계좌이체, 같은 물건으로 교체, 미정산 중 하나를 고르세요</source><translation>Choose card, transfer, replaced in kind or not settled yet</translation></message><message><source>카드나 계좌이체로 받았다면 금액을 적어 주세요</source><translation>Enter the amount received by card or transfer</translation></message><message><source>코드나 이름</source><translation>code or name</translation></message><message><source>텍스트 CSV가 아닙니다 (이진 파일)</source><translation>Not a text CSV (a binary file)</translation></message><message><source>토요일</source><translation>Saturday</translation></message><message><source>퇴실 조치</source><translation>Removal</translation></message><message><source>퇴실 조치는 경고 {need}회 뒤에 할 수 있습니다 (지금 {n}회)</source><translation>Removal is possible after {need} warnings (now {n})</translation></message><message><source>파손</source><translation>Damage</translation></message><message><source>파손 물품</source><translation>Damaged item</translation></message><message><source>파일을 쓸 수 없습니다 ({strerror})</source><translation>Cannot write the file ({strerror})</translation></message><message><source>파일을 읽을 수 없습니다 ({strerror})</source><translation>Cannot read the file ({strerror})</translation></message><message><source>파일을 찾을 수 없습니다</source><translation>File not found</translation></message><message><source>파일의 예약 {len}건이 모두 이미 끝난 회차입니다. 오래된 파일이 아닌지 확인하세요 (그래도 가져오려면 관리자가 승인합니다)</source><translation>All {len} bookings in the file are for sessions already over. Check this is not an old file (a manager can import it anyway)</translation></message><message><source>파일이 너무 큽니다 (20 MB 초과)</source><translation>The file is too large (over 20 MB)</translation></message><message><source>파일이 너무 큽니다 ({value:.1f} MB, 최대 {max_file_mb} MB). 포털에서 기간을 나눠 내려받으세요</source><translation>The file is too large ({value:.1f} MB, at most {max_file_mb} MB). Download shorter periods from the portal</translation></message><message><source>폐기</source><translation>Dispose of</translation></message><message><source>포털 취소</source><translation>Cancelled on the portal</translation></message><message><source>폴더입니다. 예약 목록 파일(CSV 또는 XLSX)을 고르세요</source><translation>This is a folder. Choose the booking list file (CSV or XLSX)</translation></message><message><source>표(table)</source><translation>a table</translation></message><message><source>표(table)여야 합니다</source><translation>Must be a table</translation></message><message><source>표시</source><translation>Flag</translation></message><message><source>표의 목록</source><translation>a list of tables</translation></message><message><source>필수 항목이 없습니다</source><translation>A required field is missing</translation></message><message><source>필요한 열이 없습니다: {join}. 파일의 머리글: {found}. (열 이름이 바뀌었다면 센터 프로필의 [portal_import.columns]를 고치세요)</source><translation>Columns missing: {join}. The file's headers: {found}. (If the portal renamed them, fix [portal_import.columns] in the center profile)</translation></message><message><source>하나 이상 있어야 합니다</source><translation>At least one is needed</translation></message><message><source>해제 사유를 적어 주세요</source><translation>Write the reason for lifting</translation></message><message><source>행이 너무 많습니다 ({count}행, 최대 {max}행). 포털에서 기간을 나눠 내려받으세요</source><translation>Too many rows ({count}, at most {max}). Download shorter periods from the portal</translation></message><message><source>현장 접수 (시작 후 몇 분)</source><translation>Walk-ins (minutes after the start)</translation></message><message><source>현장접수</source><translation>Walk-in</translation></message><message><source>현장접수 가능</source><translation>Walk-ins open</translation></message><message><source>현장접수는 {no}회차 시작 {minutes}분 후인 {opens:%H:%M}부터 가능합니다</source><translation>Walk-ins for session {no} start {minutes} minutes after its start, at {opens:%H:%M}</translation></message><message><source>현장접수는 개인만 가능합니다</source><translation>Walk-ins are for individuals only</translation></message><message><source>현장접수는 보호자 이름과 연락처가 필요합니다</source><translation>A walk-in needs the guardian's name and phone</translation></message><message><source>화요일</source><translation>Tuesday</translation></message><message><source>환불</source><translation>Refund</translation></message><message><source>환불된 입장권입니다 (FEE-6). 입장할 수 없습니다.</source><translation>A refunded slip (FEE-6). It cannot enter.</translation></message><message><source>회차</source><translation>Session</translation></message><message><source>회차 (주말)</source><translation>Sessions (weekends)</translation></message><message><source>회차 (평일)</source><translation>Sessions (weekdays)</translation></message><message><source>회차 번호가 올바르지 않습니다: {session_no}</source><translation>Not a valid session number: {session_no}</translation></message><message><source>회차 번호는 1부터 차례로 매겨야 합니다 ({no} 다음은 {value})</source><translation>Sessions must be numbered from 1 in order ({value} after {no})</translation></message><message><source>회차 정원</source><translation>Places per session</translation></message><message><source>회차가 끝난 뒤 가져온 예약 (노쇼 아님)</source><translation>Imported after its session ended (not a no-show)</translation></message><message><source>회차가 정리 시간({tidy_up}분)보다 길어야 합니다</source><translation>A session must be longer than the tidy-up time ({tidy_up} minutes)</translation></message><message><source>회차가 하나 이상 있어야 합니다</source><translation>At least one session is needed</translation></message><message><source>휴관 사유를 적어 주세요 (행사, 정기소독, 종사자 교육 등)</source><translation>Write the reason for the closure (event, disinfection, staff training …)</translation></message><message><source>휴관 지정</source><translation>Closures</translation></message><message><source>휴관: {yearly}</source><translation>Closed: {yearly}</translation></message></context><context><name>printer</name><message><source>PDF로 저장했습니다: {0}</source><translation>Saved as PDF: {0}</translation></message><message><source>PDF를 열 수 없습니다: {0}</source><translation>Cannot open the PDF: {0}</translation></message><message><source>{0}(으)로 인쇄했습니다</source><translation>Printed on {0}</translation></message><message><source>인쇄 실패: {0}</source><translation>Printing failed: {0}</translation></message><message><source>프린터를 시작할 수 없습니다: {0}</source><translation>Cannot start the printer: {0}</translation></message><message><source>프린터를 찾을 수 없습니다: {0}</source><translation>Printer not found: {0}</translation></message></context><context><name>report</name><message><source>0원</source><translation>0 won</translation></message><message><source>KT 멤버십</source><translation>KT membership</translation></message><message><source>KT 멤버십 할인</source><translation>KT membership discount</translation></message><message><source>KT 정산분</source><translation>KT settlement</translation></message><message><source>감면</source><translation>Reduction</translation></message><message><source>감면 사유</source><translation>Reduction</translation></message><message><source>감면액</source><translation>Reduced</translation></message><message><source>건수</source><translation>Count</translation></message><message><source>결제</source><translation>Payment</translation></message><message><source>결제 건수</source><translation>Payments</translation></message><message><source>결제 금액</source><translation>Paid</translation></message><message><source>결제 취소</source><translation>Void</translation></message><message><source>결제 취소·환불</source><translation>Void or refund a payment</translation></message><message><source>결제수단</source><translation>Payment method</translation></message><message><source>결제일</source><translation>Paid on</translation></message><message><source>경고</source><translation>Warning</translation></message><message><source>계좌이체</source><translation>Transfer</translation></message><message><source>구분</source><translation>Role</translation></message><message><source>금액</source><translation>Amount</translation></message><message><source>노쇼</source><translation>No-show</translation></message><message><source>놀이돌봄</source><translation>Play care</translation></message><message><source>단말기에 있어야 할 합계</source><translation>Total the terminal should show</translation></message><message><source>담당</source><translation>Staff</translation></message><message><source>물품</source><translation>Item</translation></message><message><source>보호자</source><translation>Guardian</translation></message><message><source>사유</source><translation>Reason</translation></message><message><source>순 건수</source><translation>Net count</translation></message><message><source>순 금액</source><translation>Net amount</translation></message><message><source>시각</source><translation>Time</translation></message><message><source>시간</source><translation>Hours</translation></message><message><source>아동</source><translation>Child</translation></message><message><source>안전 사고 (경고·퇴실·파손)</source><translation>Incidents (warnings, removals, damage)</translation></message><message><source>영수증</source><translation>Receipt</translation></message><message><source>예약</source><translation>Booked</translation></message><message><source>인솔교사</source><translation>Teacher</translation></message><message><source>인원</source><translation>People</translation></message><message><source>입장 거절</source><translation>Refuse entry</translation></message><message><source>입장(예약)</source><translation>Arrived (booked)</translation></message><message><source>입장권</source><translation>Slip</translation></message><message><source>정산</source><translation>Settled</translation></message><message><source>차이 (단말기 - 기록)</source><translation>Difference (terminal - records)</translation></message><message><source>처리</source><translation>Action</translation></message><message><source>취소</source><translation>Cancelled</translation></message><message><source>취소·환불 건수</source><translation>Reversals</translation></message><message><source>취소·환불 금액</source><translation>Reversed</translation></message><message><source>카드</source><translation>Card</translation></message><message><source>카드 단말기 대사</source><translation>Card terminal check</translation></message><message><source>카드 단말기 합계 (입력)</source><translation>Card terminal total (typed)</translation></message><message><source>카드 순액 (기록)</source><translation>Card net (records)</translation></message><message><source>퇴실 조치</source><translation>Removal</translation></message><message><source>파손 기록</source><translation>Record damage</translation></message><message><source>파손 배상 (입장료와 별도, KT 정산 제외)</source><translation>Damage payments (apart from admission, not in KT settlement)</translation></message><message><source>파손 배상 카드 (따로 집계)</source><translation>Damage paid by card (counted apart)</translation></message><message><source>할인액</source><translation>Discount</translation></message><message><source>합계</source><translation>Total</translation></message><message><source>항목</source><translation>Item</translation></message><message><source>현장접수</source><translation>Walk-in</translation></message><message><source>환불</source><translation>Refund</translation></message><message><source>회차</source><translation>Session</translation></message><message><source>회차별 이용</source><translation>Use by session</translation></message></context></TS>