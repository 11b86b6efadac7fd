"""Every word of the participant mode in the participant's own language (not the app's): navigation, progress,
the end screen and its legend, the coach's button, and the fixed words of her own dossier. One shipped file,
``resources/participant/mode-texts.json``, holds each text in each language with the language's review state, as
the instrument files do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from lfn_desktop import paths

# Languages a participant may read, by their own name (shown to the coach as the participant would say it).
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "fr": "Français", "ar": "العربية", "tr": "Türkçe",
                  "pl": "Polski", "ro": "Română", "uk": "Українська"}
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})
KEYS = ("question", "begin", "read_aloud", "back", "skip", "unknown", "next", "skipped", "thanks", "now",
        "last_time", "open_mark", "coach",
        # her own dossier, the printout she may take home
        "dossier_title", "dossier_goals", "dossier_agreed", "dossier_star", "dossier_star_text", "dossier_network",
        "dossier_next", "dossier_made", "dossier_none", "goal_open", "goal_achieved", "goal_dropped")


@dataclass(frozen=True)
class ModeTexts:
    languages: dict[str, str]  # language -> review state (checked | unchecked)
    texts: dict[str, dict[str, str]]  # key -> language -> text

    def say(self, language: str, key: str, **params: object) -> str:
        """The text in ``language`` (Dutch where the file lacks it), with ``{name}`` filled in."""
        text = self.texts[key].get(language) or self.texts[key]["nl"]
        return text.format(**params) if params else text


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT


@cache
def mode_texts() -> ModeTexts:
    """The shipped texts, checked: every key in every language the file names (a gap is an error of the build)."""
    raw = json.loads((paths.resources_dir() / "participant" / "mode-texts.json").read_text(encoding="utf-8"))
    languages, texts = dict(raw["languages"]), raw["texts"]
    missing = [f"{key}/{lang}" for key in KEYS for lang in languages
               if not (texts.get(key, {}).get(lang) or "").strip()]
    if missing:
        raise ValueError(f"mode-texts.json: missing {', '.join(missing)}")
    return ModeTexts(languages, texts)
