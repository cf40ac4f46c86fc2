"""Keyset paging: the rows after the last one shown, newest first."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ColumnElement, bindparam, tuple_


def before_cursor(
    time_column: Column, number_column: Column, cursor: tuple[datetime, int]
) -> ColumnElement[bool]:
    """(time, number) < cursor, with the cursor's time bound through the column's own type.

    A bare tuple comparison would send the aware datetime as it is: PostgreSQL then compares the
    stored UTC time with it in the server's time zone, and a page repeats forever wherever that
    zone is not UTC.
    """
    when, number = cursor
    return tuple_(time_column, number_column) < tuple_(
        bindparam(None, when, type_=time_column.type),
        bindparam(None, number, type_=number_column.type),
    )
