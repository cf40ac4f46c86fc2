"""The key book's forms and pages, under the one name the window and the tests import them by.

Each lives in a module of its own: issuing a key (``key_issue_dialog``), reporting one lost or
damaged and putting it back (``key_loss_dialogs``), counting the board (``key_count_dialog``),
one key's page with its history (``key_page``), and the manager's register
(``key_register_dialog``), with what the forms share in ``key_forms``.

Every form is keyboard-first (Tab through the fields, Ctrl+Enter saves) and shows an error beside
the field it is about, with what was typed kept. Each write is one service call; the window
refreshes its docks from the ``saved``/``changed`` signals.
"""

from __future__ import annotations

from desk_app.ui.key_count_dialog import CODE_ROLE, BoardCountDialog
from desk_app.ui.key_forms import fit_width
from desk_app.ui.key_issue_dialog import DEFAULT_LOAN_HOURS, IssueKeyDialog
from desk_app.ui.key_loss_dialogs import ReportKeyDialog, RestoreKeyDialog
from desk_app.ui.key_page import BADGE_STYLE, KeyPage, find_key_by_id
from desk_app.ui.key_register_dialog import (
    RCOL_CODE,
    RCOL_HOOK,
    RCOL_LABEL,
    RCOL_RESTRICTED,
    RCOL_STATE,
    RCOL_TYPE,
    KeyEditDialog,
    KeyRegisterDialog,
    RowSpinBox,
)

__all__ = [
    "BADGE_STYLE",
    "CODE_ROLE",
    "DEFAULT_LOAN_HOURS",
    "RCOL_CODE",
    "RCOL_HOOK",
    "RCOL_LABEL",
    "RCOL_RESTRICTED",
    "RCOL_STATE",
    "RCOL_TYPE",
    "BoardCountDialog",
    "IssueKeyDialog",
    "KeyEditDialog",
    "KeyPage",
    "KeyRegisterDialog",
    "ReportKeyDialog",
    "RestoreKeyDialog",
    "RowSpinBox",
    "find_key_by_id",
    "fit_width",
]
