"""Reports: plain dataclasses in, a file out. No Qt and no SQL here; the caller passes the
translated words (column titles, value labels), so a report is tested without a window."""
