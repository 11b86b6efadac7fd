"""Three-way merge of a free-text field (notes, agreements, descriptions), so that no coach's text is lost.

Both sides are diffed against their common ancestor with diff-match-patch (Google's, well kept, the same on
every replica). Each side's diff becomes a list of edits in the ancestor's coordinates: replace the ancestor's
characters ``start:end`` by a text. Edits of the two sides that touch different parts of the ancestor both go in.
Two insertions at the same place between paragraphs or lines (two coaches who each appended a paragraph) both go
in, the kept side's first.
An edit that overlaps an edit of the other side is a real conflict: the merge gives up (``None``) and the caller
keeps one value and records the other, as for any field.
"""

from __future__ import annotations

from dataclasses import dataclass

from diff_match_patch import diff_match_patch
from sqlalchemy import Text

from lfn_common.tables import SYNCED_TABLES, Synced

_EQUAL, _DELETE, _INSERT = 0, -1, 1


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str


def mergeable_fields() -> frozenset[tuple[str, str]]:
    """(table, field) of every free-text column of the synced tables."""
    return frozenset((table, column.name) for table, model in SYNCED_TABLES.items()
                     for column in model.__table__.columns
                     if type(column.type) is Text and column.name not in Synced.SYSTEM_FIELDS)


MERGEABLE = mergeable_fields()


def _edits(base: str, text: str) -> list[_Edit]:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 1.0  # seconds; a note is short, this only bounds a pathological one
    diffs = dmp.diff_main(base, text)
    dmp.diff_cleanupSemantic(diffs)  # whole words and sentences rather than scattered letters
    edits: list[_Edit] = []
    at = 0
    for op, chunk in diffs:
        if op == _EQUAL:
            at += len(chunk)
            continue
        start, end, insert = (at, at + len(chunk), "") if op == _DELETE else (at, at, chunk)
        if edits and edits[-1].end == start:  # a deletion followed by an insertion is one replacement
            last = edits.pop()
            start, insert = last.start, last.text + insert
        edits.append(_Edit(start, end, insert))
        if op == _DELETE:
            at += len(chunk)
    return edits


def differences(before: str | None, after: str | None) -> list[tuple[int, str]]:
    """The difference between two texts as (-1 removed | 0 same | 1 added, text), in whole words where possible."""
    dmp = diff_match_patch()
    diffs = dmp.diff_main(before or "", after or "")
    dmp.diff_cleanupSemantic(diffs)
    return [(op, text) for op, text in diffs]


def _overlap(a: _Edit, b: _Edit, base: str) -> bool:
    if a.start == a.end and b.start == b.end:
        # Two insertions at one place fit only between paragraphs or lines (two appended paragraphs); inside a
        # sentence ("helpt soms" against "helpt niet meer") they would make a sentence neither wrote.
        return a.start == b.start and not (base and (a.start == len(base) or base[a.start - 1] == "\n"))
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def merge_text(base: str | None, kept: str | None, other: str | None) -> str | None:
    """``kept`` and ``other`` merged on ``base``; None when their edits overlap (a conflict a person settles)."""
    base, kept_text, other_text = base or "", kept or "", other or ""
    if kept_text == other_text or other_text == base:
        return kept
    if kept_text == base:
        return other
    ours, theirs = _edits(base, kept_text), _edits(base, other_text)
    theirs = [edit for edit in theirs if edit not in ours]  # the same edit made twice goes in once
    if any(_overlap(a, b, base) for a in ours for b in theirs):
        return None
    # Two texts added at one place stand on lines of their own.
    ours = [_Edit(e.start, e.end, e.text + "\n") if e.start == e.end and not e.text.endswith("\n")
            and any(t.start == t.end == e.start and not t.text.startswith("\n") for t in theirs) else e
            for e in ours]
    # Applied from the end of the ancestor backwards, so that earlier positions stay valid; at one place the kept
    # side's insertion comes first.
    tagged = [(e, 0) for e in ours] + [(e, 1) for e in theirs]
    tagged.sort(key=lambda pair: (pair[0].start, pair[0].end, pair[1]), reverse=True)
    merged = base
    for edit, _side in tagged:
        merged = merged[:edit.start] + edit.text + merged[edit.end:]
    return merged
