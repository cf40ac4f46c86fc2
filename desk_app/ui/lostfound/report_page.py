"""A guest's report's page: what was lost, the found items that may be it, the item linked to
it, and its movements; a linked item opens on its own page over it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.lostfound.rules import ReportState
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import detail as lostfound_detail
from desk_app.services.lostfound import matching as lostfound_matching
from desk_app.services.lostfound.matching import ItemMatch
from desk_app.services.lostfound.views import ItemView, ReportView
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.lostfound.item_page import ItemPage
from desk_app.ui.lostfound.labels import category_label, item_state_label, report_state_label
from desk_app.ui.lostfound.page_base import NOTICE_STYLE, _Page
from desk_app.ui.lostfound.steps import CloseReportDialog
from desk_app.ui.lostfound.widgets import (
    MatchCard,
    badge,
    form_layout,
    heading,
    plain_button,
    text_panel,
    time_range,
    value_label,
)
from desk_app.ui.shell.records import LF_REPORT


class ReportPage(_Page):
    """A guest's report of a lost item: the found items that may be it, the one linked."""

    def __init__(
        self, desk: Desk, actor: Actor, report_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, parent)
        self._id = report_id
        self.setObjectName("lfReportPage")
        self.report: ReportView | None = None
        self.matches: list[ItemMatch] = []
        self.linked_item: ItemView | None = None
        self.item_page: ItemPage | None = None
        self.link_buttons: dict[str, QPushButton] = {}
        self.open_buttons: dict[str, QPushButton] = {}
        self.match_cards: dict[str, MatchCard] = {}
        self.close_button = self.bottom.addButton(
            self.tr("Close report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button.setObjectName("closeReportButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.start_close)
        self.resize(960, 620)
        self.load()

    def load(self) -> None:
        report = run_op(
            self, lambda: lostfound_detail.report_detail(self._desk, self._actor, self._id)
        )
        if report is None:
            return
        self._load_policy()
        self.report = report
        self.matches = []
        self.linked_item = None
        if report.state is ReportState.OPEN:
            self.matches = (
                run_op(
                    self,
                    lambda: lostfound_matching.matches_for_report(
                        self._desk, self._actor, self._id
                    ),
                )
                or []
            )
        elif report.state is ReportState.LINKED and report.item_id:
            item_id = report.item_id
            detail = run_op(
                self, lambda: lostfound_detail.item_detail(self._desk, self._actor, item_id)
            )
            self.linked_item = detail.item if detail else None
        self.setWindowTitle(
            self.tr("Lost-item report #{num}: {guest}").format(
                num=report.num, guest=report.guest_name
            )
        )
        self.close_button.setVisible(report.state is not ReportState.CLOSED)
        layout = self._new_content()
        self._build_header(layout, report)
        self._build_facts(layout, report)
        self._add_notes(layout, LF_REPORT, self._id)
        if report.state is ReportState.LINKED:
            self._build_linked(layout)
        elif report.state is ReportState.OPEN:
            self._build_matches(layout)
        layout.addStretch(1)
        self._show_content()

    def _build_header(self, layout: QVBoxLayout, report: ReportView) -> None:
        row = QHBoxLayout()
        title = QLabel(self.tr("#{num} {guest}").format(num=report.num, guest=report.guest_name))
        title.setObjectName("reportTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        row.addWidget(title)
        row.addSpacing(12)
        color = {
            ReportState.OPEN: "#ef6c00",
            ReportState.LINKED: "#1e63b5",
            ReportState.CLOSED: "#616161",
        }[report.state]
        self.state_label = badge(report_state_label(report.state), color, "reportState")
        row.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        layout.addLayout(row)

    def _build_facts(self, layout: QVBoxLayout, report: ReportView) -> None:
        columns = QHBoxLayout()
        left = form_layout()
        left.addRow(self.tr("Guest"), value_label(report.guest_name, "reportGuest"))
        left.addRow(self.tr("Contact"), value_label(report.contact or "—", "reportContact"))
        left.addRow(self.tr("Room"), value_label(report.room or "—", "reportRoom"))
        left.addRow(
            self.tr("Category"),
            value_label(category_label(report.category, self.policy), "reportCategory"),
        )
        right = form_layout()
        right.addRow(
            self.tr("Lost"),
            value_label(time_range(report.lost_from, report.lost_until), "reportLost"),
        )
        right.addRow(self.tr("Where"), value_label(report.lost_place or "—", "reportPlace"))
        right.addRow(
            self.tr("Reported"),
            value_label(
                self.tr("{time}, taken by {name} at {station}").format(
                    time=format_datetime(report.reported_at),
                    name=report.recorded_by_name,
                    station=report.station,
                ),
                "reportReported",
            ),
        )
        if report.state is ReportState.CLOSED:
            right.addRow(
                self.tr("Closed"),
                value_label(format_datetime(report.closed_at), "reportClosedAt"),
            )
            right.addRow(self.tr("Why"), value_label(report.close_note or "", "reportCloseNote"))
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        layout.addWidget(heading(self.tr("What the guest lost")))
        layout.addWidget(text_panel(report.description, "reportDescription"))

    def _build_linked(self, layout: QVBoxLayout) -> None:
        layout.addWidget(heading(self.tr("Linked found item"), "linkedHeading"))
        item = self.linked_item
        if item is None:
            layout.addWidget(QLabel(self.tr("The linked item cannot be shown.")))
            return
        notice = QLabel(
            self.tr(
                "Found item {number} may be what the guest lost. Tell the guest; when they have "
                "seen it, return it from the item's page, or choose “Not theirs”."
            ).format(number=item.number)
        )
        notice.setWordWrap(True)
        notice.setStyleSheet(NOTICE_STYLE)
        layout.addWidget(notice)
        form = form_layout()
        form.addRow(self.tr("Number"), value_label(item.number, "linkedNumber"))
        form.addRow(self.tr("State"), value_label(item_state_label(item.state), "linkedState"))
        form.addRow(
            self.tr("Description"),
            value_label(" ".join(item.description.split()), "linkedDescription"),
        )
        form.addRow(
            self.tr("Found"),
            value_label(
                self.tr("{time}, {place}").format(
                    time=format_datetime(item.found_at), place=item.found_place
                )
            ),
        )
        form.addRow(self.tr("Stored at"), value_label(item.storage_place, "linkedStorage"))
        layout.addLayout(form)
        row = QHBoxLayout()
        self.open_linked_button = plain_button(self.tr("Open item"), "openLinkedButton")
        self.open_linked_button.clicked.connect(lambda: self.open_item(item.id))
        self.unlink_button = plain_button(self.tr("Not theirs"), "unlinkButton")
        self.unlink_button.setToolTip(
            self.tr("The guest saw the item and it is not theirs: the report is open again.")
        )
        self.unlink_button.clicked.connect(self.unlink)
        row.addWidget(self.open_linked_button)
        row.addWidget(self.unlink_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _build_matches(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            heading(
                self.tr("Found items that may be it ({count})").format(count=len(self.matches)),
                "matchesHeading",
            )
        )
        self.link_buttons = {}
        self.open_buttons = {}
        if not self.matches:
            none = QLabel(self.tr("No found item held now matches this report. Look again later."))
            none.setObjectName("noMatches")
            none.setWordWrap(True)
            layout.addWidget(none)
            return
        self.match_cards = {}
        for match in self.matches:
            item = match.item
            link = plain_button(self.tr("Link"), "linkButton")
            link.setToolTip(self.tr("This is probably what the guest lost: link it."))
            link.clicked.connect(lambda _=False, iid=item.id: self.link(iid))
            opener = plain_button(self.tr("Open item"), "openItemButton")
            opener.clicked.connect(lambda _=False, iid=item.id: self.open_item(iid))
            self.link_buttons[item.id] = link
            self.open_buttons[item.id] = opener
            card = MatchCard(
                item.number,
                self.tr("Stored at {place}").format(place=item.storage_place),
                self.tr("Found {time}, {place}").format(
                    time=format_datetime(item.found_at), place=item.found_place
                ),
                item.description,
                match.reason,
                [link, opener],
            )
            self.match_cards[item.id] = card
            layout.addWidget(card)

    # -- movements ------------------------------------------------------------------------------
    def link(self, item_id: str) -> ReportView | None:
        if self.report is None:
            return None
        version = self.report.version
        return self._run(
            lambda: lostfound_commands.link_match(
                self._desk,
                self._actor,
                self._id,
                item_id,
                expected_version=version,
            )
        )

    def unlink(self) -> ReportView | None:
        if self.report is None:
            return None
        version = self.report.version
        return self._run(
            lambda: lostfound_commands.unlink_match(
                self._desk, self._actor, self._id, expected_version=version
            )
        )

    def start_close(self) -> CloseReportDialog | None:
        if self.report is None or self.report.state is ReportState.CLOSED:
            return None
        return self._start(CloseReportDialog(self._desk, self._actor, self.report, self))

    def open_item(self, item_id: str) -> ItemPage | None:
        """The item's own page, over this one (window-modal); what is done there shows here."""
        if self.item_page is not None:
            return None
        page = ItemPage(self._desk, self._actor, item_id, self)
        page.setWindowModality(Qt.WindowModality.WindowModal)
        page.finished.connect(self._item_page_closed)
        self.item_page = page
        page.open()
        return page

    def apply_changes(self, changes: Changes) -> None:
        """The item's page open over this one is told too; this page reads its report again."""
        if self.item_page is not None:
            self.item_page.apply_changes(changes)
        super().apply_changes(changes)

    def _item_page_closed(self, _result: int) -> None:
        page = self.item_page
        self.item_page = None
        if page is not None:
            page.deleteLater()
