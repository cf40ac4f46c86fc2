"""The sign-in and tag dialogs end at their buttons, and the tag dialog has a Preview beside Print.

Under a window manager both dialogs showed a strip under their buttons: the manager's resize
handle, drawn because the dialogs were resizable. They are now as big as their content and no
bigger (fixed), still growing to an error shown in them."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from desk_app.services.lostfound import views as lostfound_views
from desk_app.ui.common import pdf_print
from desk_app.ui.lostfound.printing import TagPrintDialog
from desk_app.ui.shell.account_dialogs import LoginDialog
from tests.ui.conftest import found_in_the_lobby
from tests.ui.helpers import type_text, when_modal


def _ends_at_its_buttons(dialog: QDialog) -> None:
    """Fixed size (no resize handle), and nothing shown below the button box but the margin."""
    QApplication.processEvents()
    assert dialog.minimumSize() == dialog.maximumSize() == dialog.size()
    buttons = dialog.findChild(QDialogButtonBox)
    below = dialog.height() - buttons.geometry().bottom() - 1
    assert below <= dialog.layout().contentsMargins().bottom()
    for child in dialog.findChildren(QWidget):
        if child.isVisible() and child.parentWidget() is dialog and child is not buttons:
            assert child.geometry().bottom() < buttons.geometry().top(), child.objectName()


@pytest.mark.parametrize("language", ["en", "zh_CN", "ru"])
def test_the_sign_in_ends_at_its_buttons_and_grows_to_an_error(
    qtbot, ui_desk, people, messages, language
):
    from desk_app.translators import install_language

    install_language(language)
    try:
        dialog = LoginDialog(ui_desk)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _ends_at_its_buttons(dialog)
        height = dialog.height()

        type_text(dialog.pin, "0000")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.error.isVisible() and dialog.error.text()
        _ends_at_its_buttons(dialog)
        assert dialog.height() > height
        error = dialog.error
        assert error.height() >= error.heightForWidth(error.width())  # the whole message shows
    finally:
        install_language("en")


def test_the_tag_dialog_ends_at_its_buttons_and_previews(
    qtbot, ui_desk, people, messages, monkeypatch
):

    clerk = people["clerk"]
    item = found_in_the_lobby(
        ui_desk,
        clerk,
        hours_ago=2,
        description="Чёрный кожаный кошелёк 黑色皮夹",
        category="valuables",
        valuables=True,
        storage_place="Сейф 2",
    )
    dialog = TagPrintDialog(item, lostfound_views.get_policy(ui_desk))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _ends_at_its_buttons(dialog)
    # Preview beside Print, in the same row.
    assert dialog.preview_button.isVisible()
    assert dialog.preview_button.parentWidget() is dialog.print_button.parentWidget()
    assert dialog.preview_button.geometry().top() == dialog.print_button.geometry().top()

    # Print goes straight to the print dialog; Preview opens the print preview of the tag.
    jobs = []
    monkeypatch.setattr(
        pdf_print, "print_pdf_now", lambda parent, pdf, title: jobs.append(("print", pdf, title))
    )
    dialog.print_button.click()
    assert [(kind, pdf[:4]) for kind, pdf, _title in jobs] == [("print", b"%PDF")]

    again = TagPrintDialog(item, lostfound_views.get_policy(ui_desk))
    qtbot.addWidget(again)
    again.show()
    previews = []

    def look(preview: QPrintPreviewDialog) -> None:
        previews.append(preview.windowTitle())
        preview.reject()

    timer = when_modal(QPrintPreviewDialog, look)
    again.preview_button.click()
    timer.stop()
    assert len(previews) == 1 and item.number in previews[0]
    assert not again.isVisible()  # the chooser closed behind the preview
