"""Named errors a user can act on.

Every error carries a message template with ``{name}`` fields; the UI translates the template
(``QCoreApplication.translate("errors", template)``) and then fills the fields, so a sentence is
never assembled from pieces. ``field`` names the input the error is about, so the UI can show it
beside that field.
"""

from __future__ import annotations

from typing import Any


class DeskError(Exception):
    """Base of every error the user is told about in plain words."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message, for logs and the command line."""
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(DeskError):
    """Input that breaks a rule; nothing was written."""


class PermissionDenied(DeskError):
    """The signed-in person's role may not do this."""


class AuthenticationFailed(DeskError):
    """Wrong name or PIN."""


class AccountLocked(DeskError):
    """Too many wrong PINs; the account is locked for a while."""


class NotFound(DeskError):
    """A record the caller named does not exist."""


class ConflictError(DeskError):
    """The record changed under the caller (another station acted first)."""


class StorageError(DeskError):
    """The database file or folder cannot be used (missing, read-only, not ours, too new)."""
