"""The built program's first module (``packaging/dutydesk.spec``): the same ``main`` as the
``desk-app`` command a venv installs, so the window and every subcommand work alike from both.

The program starts helper processes of its own as ``sys.executable -m desk_app.<module>`` (the
second process of ``verify``, the window probe of ``bench``). In the built program
``sys.executable`` is this program, so it answers ``-m`` for the program's own modules as Python
would; anything else goes to the command line as usual.
"""

import runpy
import sys


def _helper_module(argv: list[str]) -> str | None:
    if len(argv) >= 3 and argv[1] == "-m" and argv[2].startswith("desk_app."):
        return argv[2]
    return None


if __name__ == "__main__":
    module = _helper_module(sys.argv)
    if module is not None:
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        raise SystemExit(0)
    from desk_app.cli import main

    raise SystemExit(main())
