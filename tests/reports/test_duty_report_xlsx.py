"""The duty report as a workbook, read back with openpyxl (no Qt)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desk_app.domain.errors import StorageError
from desk_app.reports.duty_report_xlsx import write_duty_report_xlsx
from tests.reports.test_handover_pdf import BEIJING, sample_report
from tests.reports.test_handover_xlsx import _facts


def test_duty_report(tmp_path: Path):
    path = tmp_path / "отчёт.xlsx"
    write_duty_report_xlsx(path, sample_report(), tz=BEIJING)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Summary", "Shift log", "Open follow-ups", "Lost and found"]
    facts = _facts(wb["Summary"])
    assert facts["From"] == datetime(2026, 3, 14, 7, 0)
    assert facts["To"] == datetime(2026, 3, 15, 7, 0)
    assert facts["Made by"] == "Мария Иванова"
    assert facts["Made at"] == datetime(2026, 3, 15, 7, 30)
    assert wb["Shift log"].max_row == 13
    assert wb["Open follow-ups"]["A2"].fill.fgColor.rgb.endswith("F9D3D0")
    assert wb["Lost and found"]["A2"].value == "Nothing recorded"


def test_a_failed_export_raises_and_leaves_nothing(tmp_path: Path):
    with pytest.raises(StorageError):
        write_duty_report_xlsx(tmp_path / "missing" / "report.xlsx", sample_report())
    assert list(tmp_path.iterdir()) == []
