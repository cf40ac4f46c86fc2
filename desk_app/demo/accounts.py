"""The demo accounts: one table, so the command line and the window print the same names and PINs."""

from __future__ import annotations

from datetime import datetime

from desk_app.domain.roles import Role
from desk_app.domain.value import Value
from desk_app.domain.wide_text import display_width


class DemoAccount(Value):
    name: str  # as stored in the database
    role: Role
    pin: str
    lang: str  # "zh", "ru" or "en": the language this person mostly writes in
    short: str  # how colleagues write the name in a log line


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("Wang Li / 王丽", Role.MANAGER, "111111", "zh", "王丽"),
    DemoAccount("Olga Ivanova / Ольга Иванова", Role.SUPERVISOR, "222222", "ru", "Ольга Иванова"),
    DemoAccount("Sarah Mitchell", Role.SUPERVISOR, "333333", "en", "Sarah Mitchell"),
    DemoAccount("Zhang Wei / 张伟", Role.CLERK, "4444", "zh", "张伟"),
    DemoAccount("Dmitry Smirnov / Дмитрий Смирнов", Role.CLERK, "5555", "ru", "Дмитрий Смирнов"),
    DemoAccount("Liu Fang / 刘芳", Role.CLERK, "6666", "zh", "刘芳"),
    DemoAccount("Emily Carter", Role.CLERK, "7777", "en", "Emily Carter"),
    DemoAccount("Yana Kuznetsova / Яна Кузнецова", Role.CLERK, "8888", "ru", "Яна Кузнецова"),
    DemoAccount("Tom Walker", Role.CLERK, "9999", "en", "Tom Walker"),
    DemoAccount("Irina Sokolova / Ирина Соколова", Role.CLERK, "1357", "ru", "Ирина Соколова"),
    DemoAccount("Zhao Min / 赵敏", Role.CLERK, "2468", "zh", "赵敏"),
    DemoAccount("Daniel Hughes", Role.CLERK, "3579", "en", "Daniel Hughes"),
    DemoAccount("Sun Lei / 孙磊", Role.CLERK, "4680", "zh", "孙磊"),
)

# The ten clerks of the desk's roster (day-night-off-off, in four mixed-language groups: see
# ``demo.rota``) and the two supervisors, who take day shifts.
CLERKS: tuple[int, ...] = tuple(range(3, 13))
SUPERVISORS: tuple[int, ...] = (1, 2)
MANAGER = 0


def _width(text: str) -> int:
    """Columns a terminal gives the text: Chinese characters take two."""
    return display_width(text)


def format_accounts(accounts_: tuple[DemoAccount, ...] = DEMO_ACCOUNTS) -> str:
    """The demo accounts as a small table (name, role, PIN) for a terminal or a dialog."""
    width = max(_width(a.name) for a in accounts_)
    lines = [f"{'Name'}{' ' * (width - 4)}  {'Role':<10}  PIN"]
    lines += [
        f"{a.name}{' ' * (width - _width(a.name))}  {a.role.value:<10}  {a.pin}" for a in accounts_
    ]
    return "\n".join(lines)


class DemoResult(Value):
    accounts: tuple[DemoAccount, ...]
    entries: int
    follow_ups: int
    closed_follow_ups: int
    open_follow_ups: int
    overdue_follow_ups: int
    amendments: int
    important: int
    read_marks: int
    sign_ins: int
    first_at: datetime | None
    last_at: datetime | None
    seconds: float
    complaints: int = 0
    complaint_steps: int = 0  # after intake; each is also a log entry
    closed_complaints: int = 0
    open_complaints: int = 0
    overdue_complaints: int = 0
    escalated: int = 0
    compensated: int = 0
    late_replies: int = 0
    reopened: int = 0
    found_items: int = 0
    lost_reports: int = 0
    returns: int = 0
    disposed: int = 0
    keys: int = 0  # on the board's register now (retired ones apart)
    key_movements: int = 0
    keys_out: int = 0
    keys_overdue: int = 0
    board_counts: int = 0
    key_losses: int = 0  # lost or damaged
    handovers: int = 0  # sealed handover sheets
    incoming_not_arrived: int = 0  # handovers whose incoming clerk was late or did not come
    roster_months: int = 0  # months on the roster (the next one a draft, once drafted)
    rosters_approved: int = 0
    leave_approved: int = 0
    swaps_approved: int = 0
    requests_refused: int = 0
    requests_waiting: int = 0  # asked, not yet decided
    days_reviewed: int = 0
    days_reviewed_late: int = 0
    inspections: int = 0
    inspection_items_failed: int = 0  # each a correction followed up in the log
    inspections_declined: int = 0
    inspections_waiting: int = 0  # not yet acknowledged
    handover_checks: int = 0  # inspections at a shift change, linked to its sheet
    sheets_countersigned: int = 0

    def summary(self) -> str:
        return (
            f"{self.entries} log entries ({self.amendments} amendments, {self.important} important, "
            f"{self.read_marks} read marks), {self.follow_ups} follow-ups "
            f"({self.closed_follow_ups} closed, {self.open_follow_ups} open, "
            f"{self.overdue_follow_ups} overdue), {self.sign_ins} sign-ins; "
            f"{self.complaints} complaints with {self.complaint_steps} further steps "
            f"({self.closed_complaints} closed, {self.open_complaints} open, "
            f"{self.overdue_complaints} overdue; {self.escalated} escalations, "
            f"{self.compensated} settlements with compensation, {self.late_replies} late first "
            f"replies, {self.reopened} reopened); {self.found_items} found items "
            f"({self.returns} returned, {self.disposed} disposed of), {self.lost_reports} "
            f"reports of lost items; {self.keys} keys with {self.key_movements} movements "
            f"({self.keys_out} out now, {self.keys_overdue} overdue; {self.key_losses} lost or "
            f"damaged), {self.board_counts} board counts; {self.handovers} sealed handover sheets "
            f"({self.incoming_not_arrived} with the incoming clerk late or absent); "
            f"{self.roster_months} roster months ({self.rosters_approved} approved) with "
            f"{self.leave_approved} leaves and {self.swaps_approved} swaps approved, "
            f"{self.requests_refused} turned down, {self.requests_waiting} waiting; "
            f"{self.days_reviewed} days reviewed ({self.days_reviewed_late} late), "
            f"{self.inspections} inspections ({self.inspection_items_failed} items failed, "
            f"{self.inspections_declined} declined, {self.inspections_waiting} waiting; "
            f"{self.handover_checks} at a handover), {self.sheets_countersigned} sheets "
            f"countersigned; "
            f"in {self.seconds:.1f} s"
        )
