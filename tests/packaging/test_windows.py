"""Windows desk PCs, checked on Linux: the data folder the installer must leave alone, the
Windows branches of the files the program writes, and the Inno Setup script (it cannot be
compiled here: these read it).

Faked only where it is honest: platformdirs' own Windows class answers from ``LOCALAPPDATA`` when
the Windows API is not there (as here), and the program's Windows branches are chosen by one
flag each (``store.files.POSIX``, ``os.name``), with ``os.getuid`` taken away as Windows has none.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest

from desk_app import config
from desk_app.store import backup as backup_module
from desk_app.store import files

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "dutydesk.iss"
SPEC = ROOT / "packaging" / "dutydesk.spec"


@pytest.fixture
def windows_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs as on Windows, with this user's %LOCALAPPDATA% and %APPDATA%."""
    local = tmp_path / "Users" / "clerk" / "AppData" / "Local"
    roaming = tmp_path / "Users" / "clerk" / "AppData" / "Roaming"
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setenv("APPDATA", str(roaming))
    monkeypatch.delenv("DESK_DATA_DIR", raising=False)
    monkeypatch.delenv("DESK_CONFIG_DIR", raising=False)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    # The known-folder lookup (the shell's API through ctypes) is not here: platformdirs' own
    # fallback reads the same folders from the environment, as Windows sets them.
    monkeypatch.setattr(
        platformdirs.windows,
        "_RESOLVE_WIN_FOLDER",
        platformdirs.windows.get_win_folder_from_env_vars,
    )
    return local


def test_on_windows_the_books_live_in_the_user_s_local_app_data(windows_folders: Path):
    """%LOCALAPPDATA%\\DutyDesk (README): not roaming, and never the program folder; the
    preferences are kept in the same folder."""
    assert config.data_dir() == windows_folders / "DutyDesk"
    assert config.config_dir() == windows_folders / "DutyDesk"
    assert Path(config.default_database()) == windows_folders / "DutyDesk" / "dutydesk.sqlite"
    assert "Roaming" not in config.data_dir().parts
    assert "Program Files" not in str(config.data_dir())


@pytest.fixture
def windows_files(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """The Windows branch of the files module: no chmod (the data folder's ACL is the owner's
    already) and no getuid to call."""
    chmods: list[tuple] = []
    monkeypatch.setattr(files, "POSIX", False)
    monkeypatch.setattr(backup_module, "POSIX", False)
    monkeypatch.delattr(os, "getuid")
    real_chmod = os.chmod

    def spy(path, mode, *args, **kwargs):
        chmods.append((path, mode))
        return real_chmod(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "chmod", spy)
    monkeypatch.setattr(Path, "chmod", lambda self, mode, **kw: chmods.append((self, mode)))
    return chmods


def test_the_windows_branch_makes_folders_and_files_without_chmod(
    windows_files: list, tmp_path: Path
):
    folder = tmp_path / "AppData" / "Local" / "DutyDesk"
    files.tighten_folder(folder)
    assert folder.is_dir()
    assert files.create_private_file(folder / "dutydesk.sqlite")
    files.write_atomically(folder / "anchor.json", b"{}")
    assert (folder / "anchor.json").read_bytes() == b"{}"
    assert windows_files == []


def test_a_backup_is_made_on_the_windows_branch(windows_files: list, tmp_path: Path):
    from desk_app.store.database import connect

    db = connect(str(tmp_path / "desk.sqlite"))
    try:
        result = backup_module.backup_database(db)
    finally:
        db.dispose()
    assert result.path.is_file() and result.path.parent == tmp_path / "backups"
    assert windows_files == []


def test_an_export_does_not_sync_its_folder_on_windows(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    from desk_app.reports import files as report_files

    opened: list = []
    monkeypatch.setattr(os, "name", "nt")
    monkeypatch.setattr(os, "open", lambda *a, **k: opened.append(a))
    report_files._sync_folder(tmp_path)
    monkeypatch.undo()
    assert opened == []


# --- the Inno Setup script ------------------------------------------------------------------------


def _sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _sections()["Setup"])


def test_the_installer_is_per_machine_with_a_fixed_app_id():
    setup = _setup()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["DefaultDirName"] == r"{autopf}\DutyDesk"
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["AppVersion"] == "{#AppVersion}"
    icon = ISS.parent / setup["SetupIconFile"].replace("\\", "/")
    assert icon.resolve() == ROOT / "resources/icons/dutydesk.ico"
    assert (ROOT / "resources/icons/dutydesk.ico").is_file()
    # The version is the build script's to give: without it the script does not compile.
    text = ISS.read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in text and "#error" in text
    build = (ISS.parent / "build.ps1").read_text(encoding="utf-8")
    assert "/DAppVersion=$Version" in build and "pyproject.toml" in build
    assert "packaging\\dutydesk.spec" in build and "smoke" in build


def test_the_start_menu_entry_starts_the_windowed_program_the_spec_builds():
    icons = _sections()["Icons"]
    start_menu = [i for i in icons if i.startswith('Name: "{autoprograms}')]
    assert len(start_menu) == 1 and 'Filename: "{app}\\DutyDesk.exe"' in start_menu[0]
    desktop = [i for i in icons if i.startswith('Name: "{autodesktop}')]
    assert desktop and "Tasks: desktopicon" in desktop[0]
    assert any("Flags: unchecked" in t for t in _sections()["Tasks"])  # optional, not by default
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="DutyDesk", console=False' in spec and 'name="desk-app", console=True' in spec
    source = _sections()["Files"][0]
    assert 'Source: "{#SourceDir}\\*"' in source and "recursesubdirs" in source
    assert '#define SourceDir "..\\..\\dist\\dutydesk"' in ISS.read_text(encoding="utf-8")


def test_install_upgrade_and_uninstall_leave_the_user_data_alone():
    """Only the program folder is ever deleted; the books' folder is not named at all."""
    for section in ("InstallDelete", "UninstallDelete"):
        for line in _sections().get(section, []):
            name = re.search(r'Name: "([^"]+)"', line).group(1)
            assert name == "{app}" or name.startswith("{app}\\"), line
    text = ISS.read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(";"))
    for data_folder in ("{localappdata}", "{userappdata}", "{commonappdata}", "LOCALAPPDATA"):
        assert data_folder.lower() not in code.lower()
    assert "[Code]" not in text  # no script that could reach further
    assert "[UninstallRun]" not in text


def test_the_installer_s_languages_are_inno_setup_s_own():
    languages = _sections()["Languages"]
    assert languages and all('MessagesFile: "compiler:' in line for line in languages)
