; DutyDesk's installer for Windows desk PCs (Inno Setup 6).
;
; Built by packaging\windows\build.ps1, which first builds dist\dutydesk\ with PyInstaller
; (packaging\dutydesk.spec) and then runs:
;     ISCC.exe /DAppVersion=<version from pyproject.toml> packaging\windows\dutydesk.iss
; and leaves dist\DutyDesk-<version>-setup.exe.
;
; Per machine: the program in {autopf}\DutyDesk (C:\Program Files\DutyDesk), a Start-menu entry
; for everyone, a desktop icon if ticked. The books are never in the program folder: each user's
; database, anchors, backups and preferences live in %LOCALAPPDATA%\DutyDesk (desk_app/config.py,
; platformdirs), which this installer never names: installing, upgrading and uninstalling leave
; it as it is. A newer DutyDesk opening an older book backs it up and upgrades it, and says so
; once after the sign-in.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=x.y.z dutydesk.iss (build.ps1 does)
#endif

#define AppName "DutyDesk"
#define SourceDir "..\..\dist\dutydesk"

[Setup]
; Fixed for ever: it is how an upgrade finds the DutyDesk already installed.
AppId={{2EFA9D53-2D4F-49A8-9899-DAB0746EB558}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=DutyDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\DutyDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\dutydesk.ico
UninstallDisplayIcon={app}\DutyDesk.exe
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=DutyDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A DutyDesk still open is asked to close before its files are replaced (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup ships no Simplified Chinese among its official translations: a Chinese Windows
; shows the installer in English. The program itself speaks Chinese (Admin -> Settings).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole, so no file of the older build (a Qt plugin since dropped)
; lingers beside the new one to be loaded. Only the program folder's own _internal.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\DutyDesk.exe"; WorkingDir: "{app}"; Comment: "Duty log, complaints, lost and found, keys and shift handover"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\DutyDesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\DutyDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; The program folder only (files the program made there, if any). The user data folders
; (%LOCALAPPDATA%\DutyDesk of each user) are kept: they hold the books.
Type: dirifempty; Name: "{app}"
