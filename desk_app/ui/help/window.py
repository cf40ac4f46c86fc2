"""The user guide's window: contents on the left, the page on the right, search above them.

Non-modal, one per main window (context.py keeps it), in the window's language (English where a
page is missing). Search looks through every page of that language; its hits replace the
contents list while the field holds text, and Enter opens the first (or the one chosen), with
the words found marked on the page. Back and Forward go through the pages read, links included.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.help.pages import (
    INDEX,
    PAGES,
    help_language,
    page_path,
    page_title,
    search,
)

PAGE_ROLE = Qt.ItemDataRole.UserRole


def _page_of(url: QUrl) -> str | None:
    name = url.fileName()
    return name[: -len(".md")] if name.endswith(".md") else None


class HelpBrowser(QTextBrowser):
    """The page; a screenshot wider than the page is drawn smoothly scaled down to fit it, and
    the page is laid out again when the window is made much narrower or wider."""

    MARGIN = 48

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted_width = 0
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(150)
        self._relayout.timeout.connect(self._fit_again)

    def image_width(self) -> int:
        return max(200, self.viewport().width() - self.MARGIN)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt name
        if kind == QTextDocument.ResourceType.ImageResource.value and url.isLocalFile():
            image = QImage(url.toLocalFile())
            if image.isNull():
                return super().loadResource(kind, url)
            self._fitted_width = self.image_width()
            if image.width() > self._fitted_width:
                image = image.scaledToWidth(
                    self._fitted_width, Qt.TransformationMode.SmoothTransformation
                )
            return image
        return super().loadResource(kind, url)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if self._fitted_width and abs(self.image_width() - self._fitted_width) > 40:
            self._relayout.start()

    def _fit_again(self) -> None:
        position = self.verticalScrollBar().value()
        self.reload()
        self.verticalScrollBar().setValue(position)


class HelpWindow(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.language = help_language(language)
        self.setWindowTitle(self.tr("DutyDesk — User guide"))
        self._query = ""

        self.back_button = QToolButton()
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setObjectName("helpBack")
        self.forward_button = QToolButton()
        self.forward_button.setText(self.tr("Forward ▶"))
        self.forward_button.setObjectName("helpForward")
        self.search_field = QLineEdit()
        self.search_field.setObjectName("helpSearch")
        self.search_field.setPlaceholderText(self.tr("Search the guide (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addWidget(self.search_field, 1)

        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setWordWrap(True)  # a long title (Russian) wraps rather than scrolls
        self.contents.setSpacing(2)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for page in PAGES:
            item = QListWidgetItem(page_title(self.language, page))
            item.setData(PAGE_ROLE, page)
            self.contents.addItem(item)
        self.hits = QListWidget()
        self.hits.setObjectName("helpHits")
        self.hits.setWordWrap(True)
        self.hits.setSpacing(2)
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hits.hide()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.contents)
        side_layout.addWidget(self.hits)

        self.browser = HelpBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(14)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.sourceChanged.connect(self._source_changed)
        self.contents.currentItemChanged.connect(self._contents_chosen)
        self.search_field.textChanged.connect(self._search)
        self.search_field.returnPressed.connect(self._open_first_hit)
        self.hits.itemActivated.connect(self._open_hit)
        self.hits.itemClicked.connect(self._open_hit)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(1000, 680)
        self.show_page(INDEX)

    # -- pages ---------------------------------------------------------------------------------
    def page_url(self, page: str) -> QUrl:
        return QUrl.fromLocalFile(str(page_path(self.language, page)))

    def show_page(self, page: str) -> None:
        if self.current_page() != page:
            self.browser.setSource(self.page_url(page), QTextDocument.ResourceType.MarkdownResource)

    def current_page(self) -> str | None:
        return _page_of(self.browser.source())

    def _source_changed(self, url: QUrl) -> None:
        # Emitted before source() says the new page: the page is the one in the signal.
        page = _page_of(url)
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(PAGE_ROLE) == page:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                break
        if self._query:
            self._mark(self._query)

    def _contents_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_page(item.data(PAGE_ROLE))

    # -- search --------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _search(self, text: str) -> None:
        self.hits.clear()
        self._query = text.strip()
        if not self._query:
            self.hits.hide()
            self.contents.show()
            return
        found = search(self.language, self._query)
        for hit in found:
            item = QListWidgetItem(f"{hit.title}\n    {hit.line[:80]}")
            item.setData(PAGE_ROLE, hit.page)
            item.setToolTip(hit.line)
            self.hits.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("Nothing found"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hits.addItem(item)
        self.contents.hide()
        self.hits.show()
        if found:
            self.hits.setCurrentRow(0)

    def hit_pages(self) -> list[str]:
        return [
            self.hits.item(row).data(PAGE_ROLE)
            for row in range(self.hits.count())
            if self.hits.item(row).data(PAGE_ROLE)
        ]

    def _open_first_hit(self) -> None:
        item = self.hits.currentItem() or self.hits.item(0)
        if item is not None:
            self._open_hit(item)

    def _open_hit(self, item: QListWidgetItem) -> None:
        page = item.data(PAGE_ROLE)
        if not page:
            return
        if self.current_page() == page:
            self._mark(self._query)
        else:
            self.show_page(page)
        self.browser.setFocus()

    def _mark(self, query: str) -> None:
        """The first place the query's first word is on the page, selected and in view."""
        words = query.split()
        if not words:
            return
        cursor = self.browser.document().find(words[0])
        if not cursor.isNull():
            self.browser.setTextCursor(cursor)
            self.browser.ensureCursorVisible()
