# Build DutyDesk's Windows installer: the self-contained folder, a smoke start of it, the setup.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11 (the "py" launcher) and Inno Setup 6 (ISCC.exe; e.g. winget install
# JRSoftware.InnoSetup). Makes .venv (if missing) with the program and PyInstaller, then
#   dist\dutydesk\            PyInstaller on packaging\dutydesk.spec (desk-app.exe, DutyDesk.exe)
#   a demo book made by the built program and its smoke start (signed in, shown, closed)
#   dist\DutyDesk-<version>-setup.exe   Inno Setup on packaging\windows\dutydesk.iss
# Any failure stops it with a non-zero exit code.
param(
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

$Python = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) {
    Invoke-Checked "venv" { py -3.11 -m venv .venv }
}
Invoke-Checked "pip" { & $Python -m pip install -q --upgrade pip }
Invoke-Checked "pip install" { & $Python -m pip install -q -e ".[build]" }
$Version = (& $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()

Remove-Item -Recurse -Force dist\dutydesk -ErrorAction SilentlyContinue
Invoke-Checked "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\dutydesk.spec
}

# The built program on its own: a demo book, then the window started offscreen, signed in as the
# demo manager, shown and closed (desk_app/ui/shell/smoke.py).
$Work = Join-Path ([System.IO.Path]::GetTempPath()) ("dutydesk-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $Work | Out-Null
try {
    $env:DESK_DATA_DIR = Join-Path $Work "data"
    $env:DESK_CONFIG_DIR = Join-Path $Work "config"
    $env:QT_QPA_PLATFORM = "offscreen"
    $env:SMOKE_PIN = "111111"
    $Program = Join-Path $Root "dist\dutydesk\desk-app.exe"
    $Book = Join-Path $Work "demo.sqlite"
    Invoke-Checked "demo" { & $Program --db $Book demo --years 0.02 | Out-Null }
    Invoke-Checked "smoke" { & $Program --db $Book smoke --person "Wang Li" --pin-from-env SMOKE_PIN }
} finally {
    Remove-Item Env:DESK_DATA_DIR, Env:DESK_CONFIG_DIR, Env:QT_QPA_PLATFORM, Env:SMOKE_PIN -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}

if (-not $Iscc) {
    $Found = @(
        (Get-Command ISCC.exe -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source),
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if (-not $Found) { throw "Inno Setup 6 not found: install it (winget install JRSoftware.InnoSetup) or pass -Iscc PATH" }
    $Iscc = $Found
}
Invoke-Checked "Inno Setup" { & $Iscc /Q "/DAppVersion=$Version" packaging\windows\dutydesk.iss }
Write-Host "dist\DutyDesk-$Version-setup.exe"
