"""Fill the messages pyside6-lupdate marked unfinished from a table (source → translation), for both .ts files.

Usage: python scripts/fill_translations.py TABLE.py  — TABLE.py defines EN = {...} and, for plurals, EN_PLURAL and
NL_PLURAL = {source: (one, other)}. Kept out of the app: it is a maintainer's tool (see resources/README.md).
"""

from __future__ import annotations

import html
import re
import runpy
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def _xml(text: str) -> str:
    return html.escape(text, quote=False).replace("'", "&apos;")


def fill(path: Path, singular: dict[str, str], plural: dict[str, tuple[str, str]]) -> list[str]:
    missing = []

    def block(match: re.Match) -> str:
        text = match.group(0)
        if 'type="unfinished"' not in text:
            return text
        source = html.unescape(re.search(r"<source>(.*?)</source>", text, re.S).group(1))
        if 'numerus="yes"' in text and source in plural:
            forms = "".join(f"\n            <numerusform>{_xml(form)}</numerusform>" for form in plural[source])
            translation = f"<translation>{forms}\n        </translation>"
        elif source in singular:
            translation = f"<translation>{_xml(singular[source])}</translation>"
        else:
            missing.append(source)
            return text
        return re.sub(r'<translation type="unfinished">.*?</translation>', lambda _: translation, text, flags=re.S)

    content = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'<message(?: numerus="yes")?>.*?</message>', block, content, flags=re.S),
                    encoding="utf-8")
    return missing


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[1])
    missing = fill(TRANSLATIONS / "lfn_en.ts", table.get("EN", {}), table.get("EN_PLURAL", {}))
    missing += fill(TRANSLATIONS / "lfn_nl.ts", {}, table.get("NL_PLURAL", {}))
    for source in missing:
        print("untranslated:", source)
    sys.exit(1 if missing else 0)
