"""A found item's page: the item in full (its photos, the reports that may be its owner's, the
reports linked to it, its return or its disposal) and its movements; tags and return slips are
printed from here (``ui.lostfound.printing``, then ``ui.common.pdf_print``). The parts that only
show the record are in ``ui.lostfound.item_sections``."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.lostfound.rules import MAX_PHOTO_BYTES, ItemState
from desk_app.services.desk import Actor, Desk
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import detail as lostfound_detail
from desk_app.services.lostfound import matching as lostfound_matching
from desk_app.services.lostfound.detail import ItemDetail
from desk_app.services.lostfound.matching import ReportMatch
from desk_app.services.lostfound.views import ItemView, ReportView
from desk_app.ui.common import errors as ui_errors
from desk_app.ui.common import pdf_print
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import OVERDUE_STYLE, RED
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.lostfound.decision_box import DecisionBox
from desk_app.ui.lostfound.item_sections import (
    claimant_signature,
    disposal_history_table,
    linked_reports_table,
    returned_facts,
)
from desk_app.ui.lostfound.labels import category_label, item_state_label
from desk_app.ui.lostfound.page_base import HELD, NOTICE_STYLE, STATE_COLORS, _Page
from desk_app.ui.lostfound.photos import PhotoCache, PhotoViewer, photo_strip
from desk_app.ui.lostfound.printing import TagPrintDialog, found_by_text, render_slip
from desk_app.ui.lostfound.steps import (
    DecideDisposalDialog,
    PageForm,
    ProposeDisposalDialog,
    ReturnDialog,
    format_date,
)
from desk_app.ui.lostfound.widgets import (
    MatchCard,
    badge,
    form_layout,
    heading,
    hide_unless,
    plain_button,
    reach_text,
    text_panel,
    time_range,
    value_label,
)
from desk_app.ui.shell.records import LF_ITEM


class ItemPage(_Page):
    """A found item in full, and what may be done with it now."""

    def __init__(
        self, desk: Desk, actor: Actor, item_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, actor, parent)
        self._id = item_id
        self.setObjectName("lfItemPage")
        self.detail: ItemDetail | None = None
        self.matches: list[ReportMatch] = []
        self.just_returned = False
        self.tag_dialog: TagPrintDialog | None = None
        self.photo_viewer: PhotoViewer | None = None
        self.photo_cache = PhotoCache(self._photo_data)
        self.link_buttons: dict[str, QPushButton] = {}
        self.match_cards: dict[str, MatchCard] = {}
        self.load()

    @property
    def item(self) -> ItemView | None:
        return self.detail.item if self.detail else None

    # -- loading --------------------------------------------------------------------------------
    def load(self) -> None:
        detail = run_op(
            self, lambda: lostfound_detail.item_detail(self._desk, self._actor, self._id)
        )
        if detail is None:
            return
        self._load_policy()
        self.detail = detail
        item = detail.item
        held = item.state in HELD
        self.matches = []
        if held:
            self.matches = (
                run_op(
                    self,
                    lambda: lostfound_matching.matches_for_item(self._desk, self._actor, self._id),
                )
                or []
            )
        self.setWindowTitle(
            self.tr("Found item {number}: {category}").format(
                number=item.number, category=category_label(item.category, self.policy)
            )
        )
        layout = self._new_content()
        self._build_header(layout, item)
        self._build_decision(layout, detail)
        self._build_actions(layout, item)
        self._build_facts(layout, detail)
        self._add_notes(layout, LF_ITEM, self._id)
        if detail.returned is not None:
            self._build_returned(layout, detail)
        self._build_linked(layout, detail)
        if held:
            self._build_matches(layout)
        self._build_disposal(layout, detail)
        layout.addStretch(1)
        self._show_content()

    def _build_header(self, layout: QVBoxLayout, item: ItemView) -> None:
        row = QHBoxLayout()
        self.number_label = QLabel(item.number)
        self.number_label.setObjectName("itemNumber")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.number_label.setFont(font)
        row.addWidget(self.number_label)
        row.addSpacing(12)
        self.state_label = badge(
            item_state_label(item.state), STATE_COLORS[item.state], "itemState"
        )
        row.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.valuables_label = badge(self.tr("Valuables"), RED, "itemValuables")
        hide_unless(self.valuables_label, item.valuables)
        row.addWidget(self.valuables_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        self.due_label = QLabel()
        self.due_label.setObjectName("itemDue")
        date = format_date(item.dispose_after)
        if item.state is ItemState.DISPOSAL_PROPOSED:
            self.due_label.setText(self.tr("Retention ended on {date}").format(date=date))
        elif item.state is ItemState.STORED and item.due:
            self.due_label.setText(self.tr("Due for disposal since {date}").format(date=date))
            self.due_label.setStyleSheet(OVERDUE_STYLE)
        elif item.state is ItemState.STORED:
            self.due_label.setText(self.tr("Keep until {date}").format(date=date))
        hide_unless(self.due_label, bool(self.due_label.text()))
        row.addWidget(self.due_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)

    def _build_actions(self, layout: QVBoxLayout, item: ItemView) -> None:
        row = QHBoxLayout()
        held = item.state in HELD
        self.return_button = plain_button(self.tr("Return to owner…"), "returnButton")
        self.return_button.clicked.connect(self.start_return)
        hide_unless(self.return_button, held)
        self.add_photo_button = plain_button(self.tr("Add photo…"), "addPhotoButton")
        self.add_photo_button.clicked.connect(self.add_photo)
        hide_unless(self.add_photo_button, held)
        self.print_tag_button = plain_button(self.tr("Print tag…"), "printTagButton")
        self.print_tag_button.clicked.connect(self.print_tag)
        self.propose_button = plain_button(self.tr("Propose disposal…"), "proposeButton")
        self.propose_button.clicked.connect(self.start_proposal)
        hide_unless(self.propose_button, item.state is ItemState.STORED and item.due)
        for button in (
            self.return_button,
            self.add_photo_button,
            self.print_tag_button,
            self.propose_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def _build_facts(self, layout: QVBoxLayout, detail: ItemDetail) -> None:
        item = detail.item
        columns = QHBoxLayout()
        form = form_layout()
        form.addRow(
            self.tr("Category"),
            value_label(category_label(item.category, self.policy), "itemCategory"),
        )
        form.addRow(
            self.tr("Valuables"),
            value_label(self.tr("Yes") if item.valuables else self.tr("No")),
        )
        form.addRow(self.tr("Found"), value_label(format_datetime(item.found_at), "itemFoundAt"))
        form.addRow(self.tr("Found at"), value_label(item.found_place, "itemFoundPlace"))
        form.addRow(self.tr("Found by"), value_label(found_by_text(item), "itemFoundBy"))
        form.addRow(self.tr("Stored at"), value_label(item.storage_place, "itemStorage"))
        form.addRow(
            self.tr("Registered by"),
            value_label(
                self.tr("{name} at {station}, {time}").format(
                    name=item.registered_by_name,
                    station=item.station,
                    time=format_datetime(item.registered_at),
                ),
                "itemRegisteredBy",
            ),
        )
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(heading(self.tr("Description")))
        left.addWidget(text_panel(item.description, "itemDescription"))
        left.addStretch(1)
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(self._photos(detail), 2)
        layout.addLayout(columns)

    def _photos(self, detail: ItemDetail) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(
            heading(self.tr("Photos ({count})").format(count=len(detail.photos)), "photosHeading")
        )
        count = len(detail.photos)
        self.photos = photo_strip(count)
        for n, photo in enumerate(detail.photos, start=1):
            entry = QListWidgetItem(QIcon(self.photo_cache.thumbnail(photo.id)), "")
            entry.setData(Qt.ItemDataRole.UserRole, photo.id)
            entry.setToolTip(
                self.tr("Photo {n} of {count}, added by {name} on {time}").format(
                    n=n, count=count, name=photo.added_by_name, time=format_datetime(photo.added_at)
                )
            )
            self.photos.addItem(entry)
        self.photos.itemClicked.connect(
            lambda entry: self.show_photo(entry.data(Qt.ItemDataRole.UserRole))
        )
        self.photos.itemActivated.connect(
            lambda entry: self.show_photo(entry.data(Qt.ItemDataRole.UserRole))
        )
        self.no_photos = QLabel(self.tr("No photos."))
        self.no_photos.setObjectName("noPhotos")
        hide_unless(self.no_photos, not detail.photos)
        hide_unless(self.photos, bool(detail.photos))
        column.addWidget(self.photos)
        column.addWidget(self.no_photos)
        column.addStretch(1)
        return column

    def _photo_data(self, photo_id: str) -> bytes | None:
        return run_op(self, lambda: lostfound_detail.photo_data(self._desk, self._actor, photo_id))

    def _build_returned(self, layout: QVBoxLayout, detail: ItemDetail) -> None:
        ret = detail.returned
        assert ret is not None
        layout.addWidget(heading(self.tr("Returned to its owner"), "returnedHeading"))
        if self.just_returned:
            notice = QLabel(
                self.tr(
                    "The item was returned to {name}. Print the return slip for them to keep, "
                    "or save it as a PDF."
                ).format(name=ret.claimant_name)
            )
            notice.setObjectName("returnedNotice")
            notice.setTextFormat(Qt.TextFormat.PlainText)
            notice.setWordWrap(True)
            notice.setStyleSheet(NOTICE_STYLE)
            layout.addWidget(notice)
        columns = QHBoxLayout()
        columns.addLayout(returned_facts(ret), 3)
        columns.addWidget(claimant_signature(ret.signature_png), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(columns)
        row = QHBoxLayout()
        self.slip_print_button = plain_button(self.tr("Print return slip…"), "slipPrintButton")
        self.slip_print_button.clicked.connect(self.print_slip)
        self.slip_save_button = plain_button(self.tr("Save return slip as PDF…"), "slipSaveButton")
        self.slip_save_button.clicked.connect(self.save_slip)
        row.addWidget(self.slip_print_button)
        row.addWidget(self.slip_save_button)
        row.addStretch(1)
        layout.addLayout(row)
        if self.just_returned:
            button = self.slip_print_button
            QTimer.singleShot(0, button, button.setFocus)

    def _build_linked(self, layout: QVBoxLayout, detail: ItemDetail) -> None:
        if not detail.reports:
            return
        layout.addWidget(heading(self.tr("Guests' reports linked to this item")))
        table = linked_reports_table(detail)
        self.linked_table = table
        layout.addWidget(table)

    def _build_matches(self, layout: QVBoxLayout) -> None:
        layout.addWidget(
            heading(
                self.tr("Open reports that may be this item ({count})").format(
                    count=len(self.matches)
                ),
                "matchesHeading",
            )
        )
        self.link_buttons = {}
        if not self.matches:
            none = QLabel(self.tr("No open report of a lost item matches this one."))
            none.setObjectName("noMatches")
            layout.addWidget(none)
            return
        self.match_cards = {}
        for match in self.matches:
            r = match.report
            lost = time_range(r.lost_from, r.lost_until)
            button = plain_button(self.tr("Link"), "linkButton")
            button.setToolTip(
                self.tr("This is probably what {guest} lost: link it, then tell the guest.").format(
                    guest=r.guest_name
                )
            )
            button.clicked.connect(lambda _=False, rid=r.id: self.link(rid))
            self.link_buttons[r.id] = button
            card = MatchCard(
                r.guest_name,
                reach_text(r),
                self.tr("Lost {time}, {place}").format(time=lost, place=r.lost_place)
                if r.lost_place
                else self.tr("Lost {time}").format(time=lost),
                r.description,
                match.reason,
                [button],
            )
            self.match_cards[r.id] = card
            layout.addWidget(card)

    def _build_decision(self, layout: QVBoxLayout, detail: ItemDetail) -> None:
        """A disposal awaiting approval, at the top, where a supervisor looks first: who proposed
        what, a warning when an open report may be the item, Approve and Reject."""
        pending = detail.pending_disposal
        self.approve_button: QPushButton | None = None
        self.reject_button: QPushButton | None = None
        self.approval_note: QLabel | None = None
        if pending is None:
            return
        box = DecisionBox(self._actor, pending, len(self.matches))
        self.approve_button, self.reject_button = box.approve_button, box.reject_button
        self.approval_note = box.approval_note
        self.approve_button.clicked.connect(lambda: self.start_decision(True))
        self.reject_button.clicked.connect(lambda: self.start_decision(False))
        layout.addWidget(box)

    def _build_disposal(self, layout: QVBoxLayout, detail: ItemDetail) -> None:
        if not detail.disposals:
            return
        layout.addWidget(heading(self.tr("Disposal"), "disposalHeading"))
        table = disposal_history_table(detail)
        self.disposal_table = table
        layout.addWidget(table)

    # -- movements ------------------------------------------------------------------------------
    def start_return(self) -> ReturnDialog | None:
        if self.detail is None or self.detail.item.state not in HELD:
            return None
        return self._start(ReturnDialog(self._desk, self._actor, self.detail, self))

    def start_proposal(self) -> ProposeDisposalDialog | None:
        if self.item is None:
            return None
        return self._start(ProposeDisposalDialog(self._desk, self._actor, self.item, self))

    def start_decision(self, approve: bool) -> DecideDisposalDialog | None:
        pending = self.detail.pending_disposal if self.detail else None
        if self.item is None or pending is None:
            return None
        return self._start(
            DecideDisposalDialog(
                self._desk, self._actor, self.item, pending, approve, self, len(self.matches)
            )
        )

    def _note_step(self, dialog: PageForm) -> None:
        if isinstance(dialog, ReturnDialog) and dialog.result_value is not None:
            self.just_returned = True

    def link(self, report_id: str) -> ReportView | None:
        match = next((m for m in self.matches if m.report.id == report_id), None)
        if match is None or self.item is None:
            return None
        return self._run(
            lambda: lostfound_commands.link_match(
                self._desk,
                self._actor,
                report_id,
                self._id,
                expected_version=match.report.version,
            )
        )

    def add_photo(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a photo of {number}").format(number=self.item.number if self.item else ""),
            "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)"),
        )
        if not path:
            return False
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_PHOTO_BYTES + 1)
        except OSError as exc:
            ui_errors.messenger.error(
                self,
                self.tr("The file {path} cannot be read: {error}").format(
                    path=path, error=exc.strerror or exc
                ),
            )
            return False
        return (
            self._run(lambda: lostfound_commands.add_photo(self._desk, self._actor, self._id, data))
            is not None
        )

    def show_photo(self, photo_id: str) -> PhotoViewer | None:
        if self.detail is None or (self.photo_viewer is not None and self.photo_viewer.isVisible()):
            return None
        ids = [p.id for p in self.detail.photos]
        if photo_id not in ids:
            return None
        viewer = PhotoViewer(
            self.photo_cache.pixmap(photo_id),
            self.tr("{number}: photo {n} of {count}").format(
                number=self.detail.item.number, n=ids.index(photo_id) + 1, count=len(ids)
            ),
            self,
        )
        viewer.finished.connect(viewer.deleteLater)
        # Forget it as it goes: a deleted dialog must not be asked whether it is visible.
        viewer.finished.connect(lambda _result: setattr(self, "photo_viewer", None))
        self.photo_viewer = viewer
        viewer.open()
        return viewer

    # -- printing -------------------------------------------------------------------------------
    def print_tag(self) -> TagPrintDialog | None:
        if self.item is None:
            return None
        dialog = TagPrintDialog(self.item, self.policy, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: setattr(self, "tag_dialog", None))
        self.tag_dialog = dialog
        dialog.open()
        return dialog

    def slip_pdf(self) -> bytes | None:
        if self.detail is None or self.detail.returned is None:
            return None
        detail = self.detail
        return run_op(self, lambda: render_slip(detail, self.policy))

    def print_slip(self) -> None:
        data = self.slip_pdf()
        if data is None or self.item is None:
            return
        pdf_print.print_pdf(
            self, data, self.tr("Return slip {number}").format(number=self.item.number)
        )

    def save_slip(self) -> None:
        data = self.slip_pdf()
        if data is None or self.item is None:
            return
        name = self.tr("{number} return slip").format(number=self.item.number)
        pdf_print.save_pdf_as(self, data, f"{name}.pdf")
