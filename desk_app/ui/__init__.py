"""The Qt window: docks, dialogs and table models. Calls services; never SQL, never a Session.

The layers under the window are imported here, before any Qt module: PySide6 hooks ``import``
and reads the source of every module imported after it (looking for ``__feature__``), some
0.2 ms a module. SQLAlchemy and the services are a few hundred modules; importing them first
takes ~40 ms off start-up. ``tests/ui/test_startup_imports.py`` keeps the order.
"""

import desk_app.config
import desk_app.domain.date_input
import desk_app.services.accounts
import desk_app.services.changes
import desk_app.services.complaints
import desk_app.services.desk
import desk_app.services.handover
import desk_app.services.integrity
import desk_app.services.keys
import desk_app.services.log
import desk_app.services.lostfound
import desk_app.services.settings  # noqa: F401 - imported for its side effect: loaded before Qt
