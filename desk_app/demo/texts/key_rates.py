"""How often each thing happens in the demo's key book (the board is in ``key_board``, what is said
in ``key_jobs``)."""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Proportions. Three years: about 110,000 movements (DESIGN.md's scale), about 100 a day: some
# 45 loans a day (an issue and a return each), most to the staff on duty, about a fifth to
# contractors and guests; the desk's radios out for a whole shift; master keys a few times a day,
# only while a supervisor is on duty.
# --------------------------------------------------------------------------------------------

LOANS_DAY_SHIFT = 29.4  # ordinary loans of a day shift (08:00-20:00)
LOANS_NIGHT_SHIFT = 11.8
WEEKEND_FACTOR = 1.08  # Friday to Sunday
MASTER_LOANS_PER_SHIFT = 3.2  # day shifts with a supervisor on duty (none at night)
MASTER_BY_MANAGER_SHARE = 0.1  # on weekdays, office hours: the manager issues it
LATE_SHARE = 0.03  # returned after the time promised: overdue, then back
COUNT_DISCREPANCY_SHARE = 0.03  # board counts that do not match
SUPERVISOR_ISSUES_SHARE = 0.05  # ordinary keys issued by the supervisor rather than a clerk
OWN_LOAN_SHARE = 0.45  # a clerk takes the key themself (to open a room, fetch something)
RETURN_NOTE_SHARE = 0.04
# Losses and damage: one every two or three months, the first within the demo's first weeks.
FIRST_MISHAP_DAYS = (5.0, 45.0)
MISHAP_EVERY_DAYS = (45.0, 110.0)
LOST_SHARE = 0.55  # of mishaps; the rest damaged
LOST_FOUND_DAYS = (1.0, 20.0)
REPAIR_DAYS = (2.0, 12.0)
# The last hours' loans that are not back yet though promised: the window shows them overdue.
OVERDUE_AT_END = 2
OVERDUE_WINDOW_HOURS = 10.0
OVERDUE_SHARE = 0.75  # of the loans in that window that are due by now

LANG_OWN_SHARE = 0.7  # a clerk mostly writes in their own language
