"""Fill the unfinished entries of a Qt .ts file from JSON files mapping Dutch source text to English.

After `pyside6-lupdate` has added new strings, each feature keeps its English wording in a small
`resources/translations/pending-*.json` ({"Dutch source": "English"}); this fills them in, leaving the
.ts layout as lupdate wrote it. Prints the sources still without a translation and exits 1 if any.

    .venv/bin/pyside6-lupdate $(find lfn_desktop/ui -name '*.py') -ts resources/translations/lfn_en.ts
    .venv/bin/python scripts/fill_translations.py resources/translations/lfn_en.ts resources/translations/pending-*.json
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

UNFINISHED = re.compile(
    r"<source>([^<]*)</source>(\s*(?:<comment>[^<]*</comment>\s*)?)"
    r'<translation type="unfinished"[^>/]*(?:/>|>[^<]*</translation>)'
)


def _xml(text: str) -> str:
    return html.escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def main(argv: list[str]) -> int:
    ts_path, *json_paths = argv
    mapping: dict[str, str] = {}
    for path in json_paths:
        mapping.update(json.loads(Path(path).read_text(encoding="utf-8")))
    missing: list[str] = []

    def fill(match: re.Match) -> str:
        source = html.unescape(match.group(1))
        if source not in mapping:
            missing.append(source)
            return match.group(0)
        return f"<source>{match.group(1)}</source>{match.group(2)}<translation>{_xml(mapping[source])}</translation>"

    path = Path(ts_path)
    path.write_text(UNFINISHED.sub(fill, path.read_text(encoding="utf-8")), encoding="utf-8")
    for source in missing:
        print("no translation:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
