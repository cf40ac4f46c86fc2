"""Who may decide a disposal of a lost-and-found item: the roles holding the capability to
approve disposals are the supervisor and the manager, never the clerk. (The service that asks for
it: tests/services/test_lostfound.py; the window: tests/ui/test_lostfound_decision_needs_a_supervisor.py.)
"""

from __future__ import annotations

from desk_app.domain.roles import Capability, Role, can


def test_only_supervisors_and_managers_may_decide_a_disposal():
    assert {r for r in Role if can(r, Capability.APPROVE_DISPOSAL)} == {
        Role.SUPERVISOR,
        Role.MANAGER,
    }
