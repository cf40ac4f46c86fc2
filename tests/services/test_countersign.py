"""A supervisor countersigns a sealed handover sheet (交接班检查) with a note and their PIN: added
after the seal, the sheet and its seal unchanged; refused for a sheet not sealed, for one of its
signers, for a clerk and with a wrong PIN. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.domain.errors import AuthenticationFailed, PermissionDenied, ValidationError
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.services.supervision import countersign as cs
from desk_app.store.tables import handover
from desk_app.store.verify import verify
from tests.conftest import MANAGER_PIN, SUPERVISOR_PIN, make_person
from tests.services.test_handover import COUNTS, seal


def test_countersigned_after_the_seal(desk, clerk, supervisor, manager):
    sheet_id = seal(desk, clerk, supervisor, handover_views.Draft(counts=COUNTS))
    with desk.db.read() as conn:
        sealed = conn.execute(select(handover.c.seal, handover.c.content)).one()
    with pytest.raises(PermissionDenied):  # the incoming supervisor signed it
        cs.countersign(desk, supervisor, sheet_id, note="Checked", pin=SUPERVISOR_PIN)
    other = make_person(desk, manager, "Павел Старший", "supervisor", "975319")
    with pytest.raises(AuthenticationFailed):
        cs.countersign(desk, other, sheet_id, note="Checked", pin="000000")
    with pytest.raises(ValidationError):
        cs.countersign(desk, other, sheet_id, note=" ", pin="975319")
    with pytest.raises(PermissionDenied):
        cs.countersign(desk, clerk, sheet_id, note="Checked", pin="2468")
    done = cs.countersign(desk, other, sheet_id, note="交接班检查：现金核对无误", pin="975319")
    assert (done.by, done.note) == ("Павел Старший", "交接班检查：现金核对无误")
    assert [c.by for c in cs.countersigns(desk, clerk, sheet_id)] == ["Павел Старший"]
    with desk.db.read() as conn:
        assert conn.execute(select(handover.c.seal, handover.c.content)).one() == sealed
    assert verify(desk.db).ok


def test_a_sheet_not_sealed_is_not_countersigned(desk, clerk, supervisor, manager):
    view = handover_commands.start_handover(desk, clerk)
    with pytest.raises(ValidationError):
        cs.countersign(desk, manager, view.id, note="Checked", pin=MANAGER_PIN)


def test_the_sheet_shows_its_countersignatures_after_the_seal(desk, clerk, supervisor, manager):
    from desk_app.services.handover import sheet as handover_sheet

    sheet_id = seal(desk, clerk, supervisor, handover_views.Draft(counts=COUNTS))
    before = handover_sheet.sheet(desk, manager, sheet_id)
    assert before.after_seal == ()
    cs.countersign(desk, manager, sheet_id, note="Cash counted: right.", pin=MANAGER_PIN)
    after = handover_sheet.sealed_sheet(desk, sheet_id)
    (row,) = next(s for s in after.after_seal if s.key == "countersigns").rows
    assert row[0] == "Мария Manager" and row[2] == "Cash counted: right."
    assert after.seal == before.seal  # the seal is the sheet's, unchanged
    assert [s.key for s in after.sections] == [s.key for s in before.sections]
