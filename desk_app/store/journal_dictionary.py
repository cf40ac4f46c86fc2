"""The journal's preset dictionaries of format 1 (:mod:`desk_app.store.journal_codec`), by table.

Made once by ``packaging/journal_dictionary.py`` from a three-year demo book (its docstring says
how) and kept beside this module as ``journal_dictionary_v1.zjson``: zlib over JSON, a table's
name to its dictionary's bytes (as Latin-1 text). NEVER CHANGE IT: rows written with it can only
be read with it, so its digest is pinned here and checked on first use. A new dictionary is a
new file and a new format byte.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from functools import cache

from desk_app.bundle import package_data

SHA256 = "f5ad309a602c113b94601f54fafe6fecb83a7944892252993aa03f5d46b4b40d"
FILE_NAME = "journal_dictionary_v1.zjson"


@cache
def _dictionaries() -> dict[str, bytes]:
    packed = package_data("store", FILE_NAME).read_bytes()
    if hashlib.sha256(packed).hexdigest() != SHA256:
        raise RuntimeError(f"the journal's format-1 dictionaries ({FILE_NAME}) were changed")
    return {k: v.encode("latin-1") for k, v in json.loads(zlib.decompress(packed)).items()}


def dictionary_v1(entity: str) -> bytes:
    """The table's dictionary; a table without one (added after format 1) has none."""
    return _dictionaries().get(entity, b"")
