"""The user guide's pages: where they are, which page answers for what has focus, and search.

The pages are Markdown files, the same names in every language: ``resources/help/<lang>/<page>.md``,
their screenshots in ``resources/help/images/<lang>/`` (made by ``packaging/help_screenshots.py``
from the real window). A language without a page falls back to English.

What has focus is found by its ``objectName`` (a dock, a dialog, a page), walking up from the
focused widget: the first name known here decides; a name containing "backup" or "firstSteps" goes
to those pages, so their dialogs need no entry.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from desk_app.bundle import resources_dir
from desk_app.domain.value import Value

HELP_DIR = resources_dir() / "help"
IMAGES_DIR = HELP_DIR / "images"
LANGUAGES = ("en", "zh_CN", "ru")
FALLBACK = "en"
INDEX = "index"

# The contents, in the order the list shows them.
PAGES = (
    INDEX,
    "first-steps",
    "counter",
    "log",
    "complaints",
    "lostfound",
    "keys",
    "handover",
    "roster",
    "supervision",
    "reports",
    "verify",
    "backups",
)

# Every dock of the main window (``MainWindow.add_dock``'s names) and its page.
DOCK_PAGES = {
    "logDock": "log",
    "openItemsDock": "log",
    "complaintsDock": "complaints",
    "lostFoundDock": "lostfound",
    "keysDock": "keys",
    "handoverHistoryDock": "handover",
    "rosterDock": "roster",
}

# Dialogs, pages and parts of a dock with a page of their own, by objectName.
OBJECT_PAGES = {
    **DOCK_PAGES,
    "quickEntry": "counter",
    "entryDialog": "log",
    "intakeDialog": "complaints",
    "complaintDialog": "complaints",
    "complaintAnalysisDialog": "reports",
    "foundItemDialog": "lostfound",
    "lostReportDialog": "lostfound",
    "lfItemPage": "lostfound",
    "lfReportPage": "lostfound",
    "lfReturnDialog": "lostfound",
    "lfProposeDialog": "lostfound",
    "lfCloseReportDialog": "lostfound",
    "lfTagDialog": "lostfound",
    "issueKeyDialog": "keys",
    "keyPage": "keys",
    "boardCountDialog": "keys",
    "reportKeyDialog": "keys",
    "restoreKeyDialog": "keys",
    "retireKeyDialog": "keys",
    "keyEditDialog": "keys",
    "keyRegisterDialog": "keys",
    "staffDirectoryDialog": "keys",
    "staffMemberDialog": "keys",
    "handoverDialog": "handover",
    "rosterMonthPage": "roster",
    "rosterAttendancePage": "roster",
    "rosterLeaveDialog": "roster",
    "rosterSwapDialog": "roster",
    "rosterApproveDialog": "roster",
    "rosterRejectDialog": "roster",
    "rosterPrintDialog": "roster",
    "rosterRotationDialog": "roster",
    "rosterCopyWeekDialog": "roster",
    "rosterPeopleDialog": "roster",
    "rosterSendBackDialog": "roster",
    "rosterHistoryDialog": "roster",
    "reviewPage": "supervision",
    "reviewNoteDialog": "supervision",
    "markReviewedDialog": "supervision",
    "inspectionForm": "supervision",
    "inspectionsPage": "supervision",
    "countersignDialog": "supervision",
    "acknowledgeDialog": "supervision",
    "inspectionAnalysisDialog": "supervision",
    "dutyReportDialog": "reports",
    "reportSummaryPage": "reports",
    "integrityDialog": "verify",
    "restoreDialog": "backups",
    "labelPrinterDialog": "lostfound",
    "peopleDialog": "first-steps",
    "changeRoleDialog": "first-steps",
    "deactivateDialog": "first-steps",
    "settingsDialog": "first-steps",
}

# Names not listed above, by a part of them (case-insensitive).
NAME_PARTS = (("backup", "backups"), ("firststep", "first-steps"), ("verify", "verify"))


@cache
def _between_wide() -> re.Pattern[str]:
    """A space between two wide characters (domain.wide_text): where a source line was wrapped."""
    from desk_app.domain.wide_text import wide_class  # when help is first read, not at start-up

    wide = wide_class()
    return re.compile(f"(?<=[{wide}]) (?=[{wide}])")


def page_for_name(name: str) -> str | None:
    """The page for an objectName, or None when the name says nothing."""
    if not name:
        return None
    if name in OBJECT_PAGES:
        return OBJECT_PAGES[name]
    folded = name.lower()
    return next((page for part, page in NAME_PARTS if part in folded), None)


def help_language(language: str) -> str:
    return language if language in LANGUAGES else FALLBACK


def page_path(language: str, page: str) -> Path:
    """The page's file in that language, else in English."""
    path = HELP_DIR / help_language(language) / f"{page}.md"
    return path if path.is_file() else HELP_DIR / FALLBACK / f"{page}.md"


@cache
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def page_source(language: str, page: str) -> str:
    return _read(page_path(language, page))


def page_title(language: str, page: str) -> str:
    """The page's first heading."""
    for line in page_source(language, page).splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page


_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|(\|)|[*`#>]+")


def _plain(match: re.Match[str]) -> str:
    """An image goes, a link keeps its words, a table's bar parts cells, emphasis marks go."""
    if match.group(1) is not None:
        return match.group(1)
    return " " if match.group(2) or match.group(0).startswith("!") else ""


_STARTS_PARAGRAPH = re.compile(r"^\s*(#|\||[-*] |\d+\. |!\[|    )")


def plain_lines(language: str, page: str) -> list[str]:
    """The page's paragraphs (list items and table rows each one) without their markup: images
    dropped, links kept as their words."""
    paragraphs: list[list[str]] = []
    previous_blank = True
    for line in page_source(language, page).splitlines():
        if not line.strip():
            previous_blank = True
            continue
        if previous_blank or _STARTS_PARAGRAPH.match(line):
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
        previous_blank = False
    found = []
    for lines in paragraphs:
        text = _MARKUP.sub(_plain, " ".join(lines))
        text = re.sub(r"\s+", " ", text).strip(" -")
        # Chinese lines wrapped in the source join without a space.
        text = _between_wide().sub("", text)
        if text and set(text) - set(" -:"):
            found.append(text)
    return found


def snippet(line: str, word: str, width: int = 70) -> str:
    """Some words either side of where ``word`` is in ``line``."""
    at = line.casefold().find(word.casefold())
    if at < 0 or len(line) <= width:
        return line[:width] + ("…" if len(line) > width else "")
    start = max(0, at - width // 3)
    end = min(len(line), start + width)
    return ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")


class Hit(Value):
    page: str
    title: str
    line: str  # the first line where the first word is found


def search(language: str, query: str) -> list[Hit]:
    """The pages holding every word of the query (any case, any script), in contents order."""
    words = [w.casefold() for w in query.split()]
    if not words:
        return []
    hits = []
    for page in PAGES:
        lines = plain_lines(language, page)
        text = "\n".join(lines).casefold()
        if all(word in text for word in words):
            line = next((ln for ln in lines if words[0] in ln.casefold()), lines[0])
            hits.append(Hit(page, page_title(language, page), snippet(line, words[0])))
    return hits


def images_in(language: str, page: str) -> list[Path]:
    """The image files a page shows, resolved from its folder."""
    path = page_path(language, page)
    found = re.findall(r"!\[[^\]]*\]\(([^)\s]+)", page_source(language, page))
    return [(path.parent / name).resolve() for name in found]
