"""Translated names of the staff directory's departments, and a member as the forms that choose
one show them (name, department, badge): two housekeepers called Li Na are told apart here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.staff import Department


def department_label(department: Department, other: str | None = None) -> str:
    """A listed department in the reader's language; "other" shows the words it was given."""
    if department is Department.OTHER and other:
        return other
    return {
        Department.HOUSEKEEPING: QCoreApplication.translate("Staff", "Housekeeping"),
        Department.ENGINEERING: QCoreApplication.translate(
            "Staff", "Engineering", "maintenance department"
        ),
        Department.SECURITY: QCoreApplication.translate("Staff", "Security"),
        Department.FRONT_OFFICE: QCoreApplication.translate("Staff", "Front office"),
        Department.FOOD_BEVERAGE: QCoreApplication.translate("Staff", "Food and beverage"),
        Department.LAUNDRY: QCoreApplication.translate("Staff", "Laundry"),
        Department.SPA: QCoreApplication.translate("Staff", "Spa and fitness"),
        Department.ADMINISTRATION: QCoreApplication.translate("Staff", "Administration"),
        Department.OTHER: QCoreApplication.translate("Staff", "Other department"),
    }[department]


def member_text(name: str, department: Department, other: str | None, badge: str | None) -> str:
    """ "Li Na — Housekeeping, badge HK-101": what a list of members shows for one."""
    dept = department_label(department, other)
    if badge:
        return QCoreApplication.translate("Staff", "{name} — {department}, badge {badge}").format(
            name=name, department=dept, badge=badge
        )
    return QCoreApplication.translate("Staff", "{name} — {department}").format(
        name=name, department=dept
    )
