"""Instruments as data: the shipped files load and say what the partnership needs; a broken file is named
with its field and left out while the others load; a partnership adds its own without code."""

from __future__ import annotations

import json
import shutil

import pytest

from lfn_common.vocabulary import RELEASE_INSTRUMENT, RELEASE_ITEM, STAR_INSTRUMENT, LifeDomain
from lfn_desktop.instruments.catalog import InstrumentError, load_catalog, load_file, load_shipped, shipped_folder
from lfn_desktop.instruments.progress import Trend, compare
from lfn_desktop.paths import resources_dir

PICTOGRAMS = resources_dir() / "pictograms"


def test_the_shipped_instruments_load_with_dutch_and_english_everywhere():
    by_id = {i.id: i for i in load_shipped()}
    assert set(by_id) == {STAR_INSTRUMENT, RELEASE_INSTRUMENT, "empowerment", "indicators", "participation_ladder"}
    star = by_id[STAR_INSTRUMENT]
    assert [item.id for item in star.items] == [str(int(d)) for d in LifeDomain]
    assert [level.value for level in star.levels] == [1, 2, 3, 4, 5]
    assert all(level.face for level in star.levels)  # faces for who prefers them
    release = by_id[RELEASE_INSTRUMENT]
    assert [item.id for item in release.items] == [RELEASE_ITEM]
    assert [level.value for level in release.levels] == list(range(1, 11))
    empowerment = by_id["empowerment"]
    assert {item.dimension for item in empowerment.items} == {"intrapersonal", "interpersonal", "participation"}
    assert {"self_confidence", "having_a_say", "finding_help", "support", "hope"} <= \
        {item.id for item in empowerment.items}
    assert [item.id for item in by_id["indicators"].items] == ["stable_housing", "volunteer_work", "stable_care"]
    assert len(by_id["participation_ladder"].levels) == 6
    for instrument in by_id.values():
        for item in instrument.items:
            assert item.label["nl"] and item.label["en"] and item.spoken["nl"] and item.spoken["en"]
        assert all((PICTOGRAMS / name).is_file() for name in instrument.pictures())


SHIPPED_LANGUAGES = ("nl", "en", "fr", "ar", "tr", "pl", "ro", "uk")


def test_every_shipped_instrument_holds_every_text_in_every_shipped_language():
    for instrument in load_shipped():
        assert tuple(instrument.languages) == SHIPPED_LANGUAGES, instrument.id
        assert instrument.languages["nl"] == "checked"  # the partnership's own source text
        for where, text in instrument.texts():
            for language in SHIPPED_LANGUAGES:
                assert (text.get(language) or "").strip(), f"{instrument.id} {where}: no {language}"
            # A translation is not the Dutch text left in place.
            assert all(text[language] != text["nl"] or text["nl"].isdigit() or language == "nl"
                       for language in ("fr", "tr", "pl", "uk", "ar")), f"{instrument.id} {where}"


def test_a_declared_language_with_a_missing_text_is_refused_by_name(tmp_path):
    own = tmp_path / "own"
    data = _copy_star(own, id="ster_zonder_pools")
    del data["levels"][2]["text"]["pl"]
    (own / "ster.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InstrumentError, match="levels.2.text: text missing in pl"):
        load_file(own / "ster.json")


def _copy_star(folder, **changes) -> dict:
    data = json.loads((shipped_folder() / "1-star_diagram.v1.json").read_text(encoding="utf-8"))
    data.update(changes)
    folder.mkdir(parents=True, exist_ok=True)
    return data


def test_a_broken_file_is_named_with_its_field_and_the_others_still_load(tmp_path):
    own = tmp_path / "own"
    data = _copy_star(own, id="eigen_ster")
    del data["items"][3]["label"]["en"]
    (own / "eigen_ster.json").write_text(json.dumps(data), encoding="utf-8")
    (own / "kapot.json").write_text("{ not json", encoding="utf-8")
    catalog = load_catalog([shipped_folder(), own])
    assert len(catalog.current()) == 5
    assert any(p.startswith("eigen_ster.json: items.3.label") and "en" in p for p in catalog.problems)
    assert any(p.startswith("kapot.json: not valid JSON") for p in catalog.problems)
    with pytest.raises(InstrumentError, match="eigen_ster.json: items.3.label"):
        load_file(own / "eigen_ster.json")


def test_a_missing_pictogram_or_a_duplicate_version_is_refused(tmp_path):
    own = tmp_path / "own"
    data = _copy_star(own, id="met_gat")
    data["items"][0]["pictogram"] = "bestaat-niet.svg"
    (own / "met_gat.json").write_text(json.dumps(data), encoding="utf-8")
    shutil.copy(shipped_folder() / "2-release_scale.v1.json", own / "copy-of-release.json")
    catalog = load_catalog([shipped_folder(), own])
    assert any("bestaat-niet.svg" in p for p in catalog.problems)
    assert any("release_scale version 1 exists already" in p for p in catalog.problems)


def test_a_partnership_adds_its_own_instrument_and_old_versions_stay_readable(tmp_path):
    own = tmp_path / "own"
    data = _copy_star(own, version=2, languages={"nl": "checked", "en": "checked", "fr": "unchecked"})
    data["items"][0]["label"] = {"nl": "Leren en werken", "en": "Learning and work", "fr": "Apprendre"}
    (own / "star.v2.json").write_text(json.dumps(data), encoding="utf-8")
    catalog = load_catalog([shipped_folder(), own])
    assert catalog.problems == []
    assert catalog.latest(STAR_INSTRUMENT).version == 2
    assert catalog.get(STAR_INSTRUMENT, 1).items[0].label["nl"] == "Leren"
    assert catalog.latest(STAR_INSTRUMENT).items[0].label["fr"] == "Apprendre"


def test_progress_between_two_moments_per_item():
    items = ["1", "2", "3", "4", "5"]
    before = {"1": 2, "2": 3, "3": 4, "4": "skip", "5": 1}
    after = {"1": 3, "2": 3, "3": 2, "4": 4, "5": "unknown"}
    assert compare(items, before, after) == {"1": Trend.PROGRESS, "2": Trend.STANDSTILL, "3": Trend.REGRESSION,
                                             "4": Trend.MISSING, "5": Trend.MISSING}
    assert set(compare(items, None, after).values()) == {Trend.MISSING}
