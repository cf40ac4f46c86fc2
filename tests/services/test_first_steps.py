"""First steps read from the book: each step ticked once what it asks is in the book, whoever
did it and from whichever dialog; the second backup folder not asked of a server's book."""

from __future__ import annotations

from dataclasses import replace

from desk_app.services import backups as backups_service
from desk_app.services import first_steps
from desk_app.services.first_steps import StepKey
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import views as handover_views
from desk_app.services.keys import commands as keys_commands
from desk_app.services.lostfound import commands as lostfound_commands
from desk_app.services.lostfound import views as lostfound_views
from tests.conftest import SUPERVISOR_PIN, make_person


def _done(desk, actor, printer: bool = False) -> dict[StepKey, bool]:
    return {
        s.key: s.done for s in first_steps.first_steps(desk, actor, label_printer_chosen=printer)
    }


def test_a_new_book_has_every_step_to_do(desk, manager):
    done = _done(desk, manager)
    on_sqlite = desk.db.sqlite_path is not None
    expected = [k for k in StepKey if on_sqlite or k is not StepKey.SECOND_BACKUP]
    assert list(done) == expected
    assert not any(done.values())
    assert not first_steps.all_done(
        first_steps.first_steps(desk, manager, label_printer_chosen=False)
    )


def test_each_step_is_ticked_once_the_book_holds_it(desk, manager, clerk, tmp_path):
    assert not _done(desk, manager)[StepKey.PEOPLE]  # a clerk, but no supervisor yet
    make_person(desk, manager, "Ivan Supervisor", "supervisor", SUPERVISOR_PIN)
    assert _done(desk, manager)[StepKey.PEOPLE]

    # The handover settings saved with their defaults: shifts looked at, the property unnamed.
    handover_commands.set_policy(desk, manager, handover_views.get_policy(desk))
    done = _done(desk, manager)
    assert done[StepKey.SHIFTS] and not done[StepKey.PROPERTY]
    policy = replace(handover_views.get_policy(desk), property_name="Grand Harbour 海港")
    handover_commands.set_policy(desk, manager, policy)
    assert _done(desk, manager)[StepKey.PROPERTY]

    lostfound_commands.set_policy(desk, manager, lostfound_views.get_policy(desk))
    assert _done(desk, manager)[StepKey.LOSTFOUND]

    keys_commands.add_key(
        desk, manager, code="m-01", label="Master", key_type="master", hook_row=1, hook_col=1
    )
    assert _done(desk, manager)[StepKey.KEYS]

    assert _done(desk, manager, printer=True)[StepKey.LABEL_PRINTER]
    if desk.db.sqlite_path is not None:
        (tmp_path / "usb").mkdir()
        backups_service.set_second_folder(desk, manager, str(tmp_path / "usb"))
        assert first_steps.all_done(
            first_steps.first_steps(desk, manager, label_printer_chosen=True)
        )
    # A clerk reads the same list (to tell the manager what is left).
    assert _done(desk, clerk, printer=True) == _done(desk, manager, printer=True)
