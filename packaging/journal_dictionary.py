"""Build the journal's preset dictionaries from a demo book: written once per format byte.

    python packaging/journal_dictionary.py DEMO.sqlite            # prints the sizes it would get
    python packaging/journal_dictionary.py DEMO.sqlite --write    # writes store/journal_dictionary_v1.zjson

A journal payload is a few hundred bytes of JSON: on its own it hardly compresses, as its keys
and usual values are said once. A preset dictionary says them beforehand. This picks, for each
journaled table, the pieces its payloads repeat most (keys, codes, the words of each language, the
shapes of times and of a signature's strokes), from payloads sampled across the whole book, in the
way zstd's dictionary trainer does (COVER): every candidate segment is scored by how many sampled
payloads hold each of its 6-byte pieces, the best taken first, and a piece counts once. What is
random by nature is taken out of the samples first (ids, digests, PIN hashes' salts, the digits of times): the demo's
ids and instants are nobody else's, so a dictionary holding them would flatter the demo alone.

The written file must never change while rows written with it may exist (the format byte
:data:`desk_app.store.journal_codec.DEFLATE_1` names it): a new dictionary is a new file and a new
format byte, the old one kept for reading. ``store/journal_dictionary.py`` and a test pin its
digest.
"""

from __future__ import annotations

import argparse
import hashlib
import heapq
import json
import re
import sqlite3
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desk_app.domain.chain import canonical  # noqa: E402
from desk_app.store.records import DIGESTED  # noqa: E402

OUT = ROOT / "desk_app" / "store" / "journal_dictionary_v1.zjson"
SAMPLES = 3000  # payloads per table, evenly over the journal
K = 6  # the piece COVER counts
SEGMENT = 96  # candidate segment length, bytes
# Dictionary bytes per table: the busiest tables get the most, none less than the floor.
BUDGET = 96 * 1024
FLOOR = 512
CEILING = 8 * 1024
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DIGEST = re.compile(r"sha256:[0-9a-f]{64}|\b[0-9a-f]{64}\b")
_TIME = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?Z?)?")
_PIN_HASH = re.compile(r"(\$argon2\w+\$v=\d+\$[^$\"]*\$)[^\"]*")


def digested(entity: str, payload: str) -> str:
    """The payload as format 1 journals it: sealed content and strokes as their digests."""
    columns = DIGESTED.get(entity)
    if not columns:
        return payload
    record = json.loads(payload)
    for name in columns:
        if isinstance(record.get(name), str) and not record[name].startswith("sha256:"):
            record[name] = "sha256:" + hashlib.sha256(record[name].encode()).hexdigest()
    return canonical(record)


def scrubbed(payload: str) -> bytes:
    text = _UUID.sub("", payload)
    text = _PIN_HASH.sub(r"\1", text)  # the parameters stay, the salt and hash go
    text = _DIGEST.sub("sha256:", text)
    text = _TIME.sub(lambda m: re.sub(r"\d", "0", m.group(0)), text)
    return text.encode("utf-8")


def samples(path: Path) -> tuple[dict[str, list[bytes]], dict[str, int]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts = dict(conn.execute("SELECT entity, count(*) FROM journal GROUP BY entity"))
        found: dict[str, list[bytes]] = {}
        for entity, count in counts.items():
            step = max(count // SAMPLES, 1)
            rows = conn.execute(
                "SELECT payload FROM journal WHERE entity = ? ORDER BY seq", (entity,)
            )
            taken = []
            for i, (payload,) in enumerate(rows):
                if i % step == 0 and isinstance(payload, str):
                    taken.append(scrubbed(digested(entity, payload)))
            found[entity] = taken[:SAMPLES]
    finally:
        conn.close()
    return found, counts


def cover(payloads: list[bytes], size: int) -> bytes:
    """The segments of ``payloads`` whose pieces the most payloads share, up to ``size`` bytes,
    the best last (nearest to the text, cheapest to refer to). Greedy, lazily re-scored: a
    segment's score only falls as others are taken."""
    held: Counter[bytes] = Counter()
    for p in payloads:
        held.update({p[i : i + K] for i in range(len(p) - K + 1)})
    pieces_of: dict[bytes, set[bytes]] = {}
    for p in payloads[:: max(len(payloads) // 400, 1)]:
        for start in range(0, max(len(p) - K + 1, 1), SEGMENT // 4):
            segment = p[start : start + SEGMENT]
            pieces_of.setdefault(segment, {segment[i : i + K] for i in range(len(segment) - K + 1)})
    covered: set[bytes] = set()

    def score(segment: bytes) -> int:
        return sum(held[piece] for piece in pieces_of[segment] if piece not in covered)

    queue = [(-score(s), s) for s in pieces_of]
    heapq.heapify(queue)
    chosen: list[bytes] = []
    used = 0
    while used < size and queue:
        _old, segment = heapq.heappop(queue)
        now = score(segment)
        if queue and now < -queue[0][0]:
            heapq.heappush(queue, (-now, segment))
            continue
        if now <= 1:
            break
        covered.update(pieces_of[segment])
        chosen.append(segment)
        used += len(segment)
    return b"".join(reversed(chosen))[-size:]


def build(path: Path) -> dict[str, bytes]:
    found, counts = samples(path)
    weight = {e: sum(len(p) for p in ps) / max(len(ps), 1) * counts[e] for e, ps in found.items()}
    total = sum(weight.values()) or 1
    out = {}
    for entity in sorted(found):
        size = min(max(int(BUDGET * weight[entity] / total), FLOOR), CEILING)
        out[entity] = cover(found[entity], size)
    return out


def packed(dictionaries: dict[str, bytes]) -> bytes:
    """The file's bytes: zlib over JSON, each dictionary as Latin-1 text."""
    return zlib.compress(
        json.dumps({k: v.decode("latin-1") for k, v in dictionaries.items()}).encode(), 9
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("book", type=Path)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    dictionaries = build(args.book)
    for entity, d in sorted(dictionaries.items(), key=lambda kv: -len(kv[1])):
        print(f"{entity:24s} {len(d):6,d} bytes")
    print(f"{'total':24s} {sum(map(len, dictionaries.values())):6,d} bytes")
    if args.write:
        if OUT.exists():  # rows written with it can only be read with it
            print(f"{OUT} exists and must never change: a new dictionary is a new format.")
            return 2
        data = packed(dictionaries)
        OUT.write_bytes(data)
        print(f"written {OUT}; pin its SHA-256 in desk_app/store/journal_dictionary.py:")
        print(hashlib.sha256(data).hexdigest())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
