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


class BadCharacter(ValidationError):
    """The text holds a character no database can keep (a NUL, or half of a broken pair).

    Refused rather than dropped: the clerk sees the field and types it again, instead of finding
    a text on paper that is not what they typed.
    """


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


class DiskFull(StorageError):
    """The disk (or the database server's) has no room left: nothing was saved."""


class DatabaseBusy(StorageError):
    """Another station or program held the database longer than the desk waits."""


class DatabaseReadOnly(StorageError):
    """The database can only be read (its file, its disk, or the server says so)."""


class ConnectionLost(StorageError):
    """The database server went away in the middle of the work."""


class DiskError(StorageError):
    """The disk reported an error reading or writing the database."""
