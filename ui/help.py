"""F1: the shortcuts and what each screen is for (issue 13)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.screen import fit


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.setWindowTitle(self.tr("도움말"))
        fit(self, 700, 560)
        text = QTextBrowser()
        text.setObjectName("helpText")
        keys = [
            ("F1", self.tr("이 도움말")),
            ("F2", self.tr("스캔·검색 칸으로 (바코드 스캐너는 어디서든 이 칸으로 들어갑니다)")),
            ("F3", self.tr("지금 회차의 현장접수")),
            ("F4", self.tr("[입장 처리] ↔ [오늘 입장 목록]")),
            ("F5", self.tr("방금 결제한 입장권·영수증 다시 인쇄 (재발행 표시)")),
            ("F9", self.tr("결제 후 인쇄")),
            ("Esc", self.tr("닫기 · 다음 손님")),
            ("F11", self.tr("전체화면")),
            ("Tab / Shift+Tab", self.tr("다음 칸 / 이전 칸")),
        ]
        screens = [
            (
                self.tr("입장 처리"),
                self.tr(
                    "예약을 스캔하거나 전화번호 뒤 4자리·이름으로 찾고, 사람마다 생년월일·감면·증빙을 확인한 뒤 결제합니다."
                ),
            ),
            (self.tr("오늘 입장 목록"), self.tr("오늘 결제한 입장권: 재발행, 취소·환불, 놀이돌봄 늦은 픽업 기록.")),
            (self.tr("예약 가져오기"), self.tr("포털에서 내려받은 예약 목록(CSV·XLSX)을 미리 보고 가져옵니다.")),
            (self.tr("단체 예약"), self.tr("어린이집·유치원 단체 예약 (공용 회차).")),
            (self.tr("노쇼·제한"), self.tr("노쇼와 이용 제한, 전화할 목록, 늦은 픽업 기록.")),
            (self.tr("휴관 지정"), self.tr("회차나 하루를 닫고, 예약자에게 전화할 목록을 만듭니다.")),
            (self.tr("취소·환불"), self.tr("결제 전액 취소(당일) 또는 환불 — 관리자, 사유 필수.")),
            (
                self.tr("정산·마감"),
                self.tr("하루 결제를 단말기 합계와 맞추고 마감합니다. 마감한 날은 바꿀 수 없습니다."),
            ),
            (self.tr("직원"), self.tr("계정 만들기, 사용 중지, PIN 재설정 (관리자).")),
            (self.tr("교대·로그아웃"), self.tr("데스크를 닫지 않고 다음 근무자가 로그인합니다.")),
        ]
        html = ["<h3>" + self.tr("단축키") + "</h3><table cellpadding='3'>"]
        html += [f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in keys]
        html.append("</table><h3>" + self.tr("화면") + "</h3><table cellpadding='3'>")
        html += [f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in screens]
        html.append("</table>")
        text.setHtml("".join(html))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
