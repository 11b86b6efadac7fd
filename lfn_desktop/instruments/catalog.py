"""Instruments as data: JSON files, validated at load, versioned, with texts per language.

An instrument file (``resources/instruments/*.json``, or a partnership's own in ``<data dir>/instruments/``)
names its ``id`` and ``version``; a stored measurement names both, so an old measurement stays readable
after the instrument changes (ship the new version as a new file beside the old one). Every text is a map
language → text. ``languages`` names the languages the file holds (at least ``nl`` and ``en``), each with its
review state: ``checked`` by a native speaker, or ``unchecked``; every text must exist in every one of them. Each
item has a pictogram, a very short label and a spoken text; each level a picture, an optional face and a
one-line description. A broken file is reported (file and field named) and left out; the others load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from lfn_desktop import paths

from .texts import REQUIRED_LANGUAGES, Text, say  # noqa: F401 - say belongs to the catalogue's API


def _check_text(value: Text) -> Text:
    missing = [lang for lang in REQUIRED_LANGUAGES if not (value.get(lang) or "").strip()]
    if missing:
        raise ValueError(f"text missing in {', '.join(missing)}")
    return value


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Level(_Part):
    value: int
    picture: str  # pictogram file (resources/pictograms/)
    face: str | None = None  # the same level as a face, for participants who prefer faces
    text: Text  # one line: what this level means

    _text = field_validator("text")(_check_text)


class Item(_Part):
    id: str = Field(min_length=1, max_length=64)
    pictogram: str
    label: Text  # very short, under the pictogram
    spoken: Text  # what read-aloud says: the question in plain words
    dimension: str | None = None  # e.g. the empowerment dimension the item belongs to
    levels: tuple[Level, ...] | None = None  # only when this item has levels of its own

    _label = field_validator("label")(_check_text)
    _spoken = field_validator("spoken")(_check_text)


Review = Literal["checked", "unchecked"]  # checked by a native speaker, or not (yet)


class Instrument(_Part):
    id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9_]+$")
    version: int = Field(ge=1)
    # Every language the instrument holds, with its review state; each text must exist in each of them.
    languages: dict[str, Review] = Field(default_factory=lambda: {"nl": "checked", "en": "unchecked"})
    title: Text
    intro: Text  # said at the start, in plain words
    chart: Literal["star", "line", "ladder", "indicators", "bars"] = "bars"
    unknown_label: Text | None = None  # the "I don't know" answer, where another word fits better
    levels: tuple[Level, ...]
    items: tuple[Item, ...] = Field(min_length=1)

    _title = field_validator("title")(_check_text)
    _intro = field_validator("intro")(_check_text)

    @model_validator(mode="after")
    def _consistent(self) -> Instrument:
        missing = set(REQUIRED_LANGUAGES) - set(self.languages)
        if missing:
            raise ValueError(f"languages must include {', '.join(sorted(missing))}")
        for where, text in self.texts():
            lacking = [lang for lang in self.languages if not (text.get(lang) or "").strip()]
            if lacking:
                raise ValueError(f"{where}: text missing in {', '.join(lacking)}")
        ids = [item.id for item in self.items]
        if len(ids) != len(set(ids)):
            raise ValueError("two items have the same id")
        for levels in [self.levels, *(i.levels for i in self.items if i.levels)]:
            values = [level.value for level in levels]
            if len(values) < 2 or len(values) != len(set(values)) or values != sorted(values):
                raise ValueError("levels need at least two distinct values, from low to high")
        return self

    def texts(self):
        """Every text of the instrument with where it stands, e.g. ("items.3.spoken", {...})."""
        yield "title", self.title
        yield "intro", self.intro
        if self.unknown_label:
            yield "unknown_label", self.unknown_label
        for n, level in enumerate(self.levels):
            yield f"levels.{n}.text", level.text
        for n, item in enumerate(self.items):
            yield f"items.{n}.label", item.label
            yield f"items.{n}.spoken", item.spoken
            for m, level in enumerate(item.levels or ()):
                yield f"items.{n}.levels.{m}.text", level.text

    def unchecked_languages(self) -> set[str]:
        return {lang for lang, review in self.languages.items() if review != "checked"}

    def levels_of(self, item: Item) -> tuple[Level, ...]:
        return item.levels or self.levels

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def pictures(self) -> set[str]:
        names = {i.pictogram for i in self.items}
        for item in self.items:
            for level in self.levels_of(item):
                names |= {level.picture} | ({level.face} if level.face else set())
        return names


class InstrumentError(ValueError):
    """A file that is not a valid instrument; the message names the file and the field."""


def load_file(path: Path, pictograms: Path | None = None) -> Instrument:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InstrumentError(f"{path.name}: cannot be read ({exc.__class__.__name__})") from None
    except json.JSONDecodeError as exc:
        raise InstrumentError(f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    try:
        instrument = Instrument.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise InstrumentError(f"{path.name}: {where}: {first['msg']}{more}") from None
    folder = pictograms or paths.resources_dir() / "pictograms"
    missing = sorted(name for name in instrument.pictures() if not (folder / name).is_file())
    if missing:
        raise InstrumentError(f"{path.name}: pictogram file(s) not found: {', '.join(missing)}")
    return instrument


@dataclass
class Catalog:
    """Every loadable instrument version, and what could not be loaded (shown to the coach, not raised)."""

    versions: dict[tuple[str, int], Instrument] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def get(self, instrument_id: str, version: int) -> Instrument | None:
        return self.versions.get((instrument_id, version))

    def latest(self, instrument_id: str) -> Instrument | None:
        found = [i for (iid, _), i in self.versions.items() if iid == instrument_id]
        return max(found, key=lambda i: i.version) if found else None

    def current(self) -> list[Instrument]:
        """The latest version of each instrument, shipped ones in their file order first."""
        seen: dict[str, Instrument] = {}
        for (iid, _), instrument in self.versions.items():
            if iid not in seen or instrument.version > seen[iid].version:
                seen[iid] = instrument
        return list(seen.values())


def shipped_folder() -> Path:
    return paths.resources_dir() / "instruments"


def partnership_folder(data_dir: Path | None = None) -> Path:
    """Where a partnership drops its own instrument files (kept across app updates)."""
    return (data_dir or paths.data_dir()) / "instruments"


def load_catalog(folders: list[Path] | None = None, pictograms: Path | None = None) -> Catalog:
    catalog = Catalog()
    for folder in folders if folders is not None else [shipped_folder(), partnership_folder()]:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                instrument = load_file(path, pictograms)
            except InstrumentError as exc:
                catalog.problems.append(str(exc))
                continue
            key = (instrument.id, instrument.version)
            if key in catalog.versions:
                catalog.problems.append(f"{path.name}: {instrument.id} version {instrument.version} exists already")
                continue
            catalog.versions[key] = instrument
    return catalog


def load_shipped() -> list[Instrument]:
    """The instruments shipped with the app; a broken shipped file is an error of the build."""
    catalog = load_catalog([shipped_folder()])
    if catalog.problems:
        raise InstrumentError("; ".join(catalog.problems))
    return list(catalog.versions.values())
