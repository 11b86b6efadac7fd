"""Draw the scale pictograms (levels, faces, answers, ladder rungs, item symbols) as plain SVG files.

    .venv/bin/python scripts/draw_pictograms.py      # rewrites resources/pictograms/{level,face,...}-*.svg

Readable without colour: a level is shown by how many blocks are filled, a face by its mouth, yes/no by a
tick or a cross. One stroke colour, thick lines, no text (the label says it in the participant's language).
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "pictograms"
INK = "#1d3557"


def svg(title: str, body: str, size: int = 64) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size}" height="{size}">'
            f'<title>{title}</title><g fill="none" stroke="{INK}" stroke-width="4" stroke-linecap="round" '
            f'stroke-linejoin="round">{body}</g></svg>\n')


def levels(count: int, filled: int) -> str:
    width = 56 / count
    parts = []
    for i in range(count):
        height = 10 + (44 * (i + 1) / count)
        x, y = 4 + i * width + 1, 60 - height
        fill = f' fill="{INK}"' if i < filled else ""
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{width - 3:.1f}" height="{height:.1f}" rx="1.5"'
                     f' stroke-width="2.5"{fill}/>')
    return svg(f"{filled} van {count}", "".join(parts))


def face(level: int) -> str:
    curve = {1: -10, 2: -5, 3: 0, 4: 6, 5: 11}[level]
    mouth = f'<path d="M20 42 Q32 {42 + curve} 44 42"/>'
    eyes = f'<circle cx="23" cy="26" r="2.5" fill="{INK}"/><circle cx="41" cy="26" r="2.5" fill="{INK}"/>'
    return svg(f"gezicht {level}", f'<circle cx="32" cy="32" r="27"/>{eyes}{mouth}')


def ladder(rung: int) -> str:
    rails = '<path d="M18 60 V4 M46 60 V4"/>'
    rungs = "".join(f'<path d="M18 {56 - 9 * i} H46" stroke-width="{7 if i + 1 == rung else 3}"/>' for i in range(6))
    y = 56 - 9 * (rung - 1)
    person = (f'<circle cx="56" cy="{y - 16}" r="4" fill="{INK}"/><path d="M56 {y - 12} V{y - 4} M52 {y} L56 {y - 4} '
              f'L60 {y}" stroke-width="3"/>')
    return svg(f"trede {rung}", rails + rungs + person)


SYMBOLS = {
    "answer-yes": ("ja", '<circle cx="32" cy="32" r="27"/><path d="M19 33 L28 42 L46 22" stroke-width="6"/>'),
    "answer-no": ("nee", '<circle cx="32" cy="32" r="27"/><path d="M22 22 L42 42 M42 22 L22 42" stroke-width="6"/>'),
    "release": ("loslaten", '<path d="M8 50 C18 56 30 56 40 50 L52 40"/><path d="M12 44 C14 36 22 34 28 38"/>'
                            '<path d="M36 22 C40 14 48 12 56 14 C50 18 48 24 44 26 C42 22 40 20 36 22 Z"/>'
                            '<path d="M30 30 L36 24" stroke-dasharray="3 4"/>'),
    "emp-strength": ("eigen kracht", '<circle cx="32" cy="12" r="6"/><path d="M32 18 V40 M32 40 L24 58 M32 40 L40 58"/>'
                                     '<path d="M32 24 L18 16 L14 6 M32 24 L46 16 L50 6"/>'),
    "emp-hope": ("hoop", '<path d="M6 46 H58"/><path d="M16 46 A16 16 0 0 1 48 46"/>'
                         '<path d="M32 8 V18 M12 20 L18 26 M52 20 L46 26"/><path d="M18 56 H46"/>'),
    "emp-help": ("weten waar hulp is", '<path d="M32 60 V8"/><path d="M32 12 H54 L60 18 L54 24 H32"/>'
                                       '<path d="M32 30 H10 L4 36 L10 42 H32"/>'),
    "emp-support": ("steun", '<circle cx="20" cy="14" r="6"/><circle cx="44" cy="14" r="6"/>'
                             '<path d="M20 20 V42 M44 20 V42 M20 28 L32 34 L44 28 M20 42 L14 58 M44 42 L50 58"/>'),
    "emp-voice": ("inspraak", '<path d="M8 12 H56 V40 H30 L18 52 V40 H8 Z"/><path d="M18 22 H46 M18 30 H38"/>'),
    "emp-together": ("meedoen", '<circle cx="14" cy="20" r="5"/><circle cx="32" cy="14" r="5"/>'
                                '<circle cx="50" cy="20" r="5"/>'
                                '<path d="M14 25 V44 M32 19 V40 M50 25 V44 M6 34 L58 30"/><path d="M8 58 H56"/>'),
    "ind-house": ("stabiel wonen", '<path d="M8 30 L32 8 L56 30"/><path d="M14 26 V56 H50 V26"/>'
                                   '<path d="M27 56 V40 H37 V56"/>'),
    "ind-volunteer": ("vrijwilligerswerk", '<path d="M6 44 C16 40 24 40 30 44 H42 C46 44 46 50 42 50 H30"/>'
                                           '<path d="M6 56 H44 L58 44"/>'
                                           '<path d="M32 32 C22 24 20 12 28 10 C31 9 32 12 32 14 '
                                           'C32 12 33 9 36 10 C44 12 42 24 32 32 Z"/>'),
    "ind-care": ("zorg", '<circle cx="32" cy="32" r="27"/><path d="M32 18 V46 M18 32 H46" stroke-width="7"/>'),
    # Navigation in the participant mode: one arrow per direction (a right-to-left screen swaps them).
    "nav-left": ("pijl naar links", '<path d="M56 32 H12" stroke-width="6"/>'
                 '<path d="M30 14 L12 32 L30 50" stroke-width="6"/>'),
    "nav-right": ("pijl naar rechts", '<path d="M8 32 H52" stroke-width="6"/>'
                  '<path d="M34 14 L52 32 L34 50" stroke-width="6"/>'),
    "nav-skip": ("overslaan", '<path d="M8 46 C12 18 44 14 50 38" stroke-width="5"/><path d="M40 34 L50 40 L56 28" '
                 'stroke-width="5"/><circle cx="10" cy="54" r="3"/><circle cx="54" cy="54" r="3"/>'),
    "nav-unknown": ("weet ik niet", '<circle cx="32" cy="32" r="27"/><path d="M23 25 C23 14 41 14 41 25 C41 33 32 33 '
                    '32 41" stroke-width="5"/><circle cx="32" cy="50" r="2.5" stroke-width="4"/>'),
    "read-aloud": ("voorlezen", '<path d="M8 24 H18 L32 12 V52 L18 40 H8 Z"/><path d="M40 24 C44 28 44 36 40 40"/>'
                                '<path d="M46 18 C54 26 54 38 46 46"/>'),
    "node-family": ("familie", '<circle cx="22" cy="16" r="6"/><circle cx="44" cy="20" r="5"/>'
                               '<path d="M22 22 V44 M44 25 V44 M12 58 L22 44 L32 58"/>'
                               '<path d="M36 58 L44 44 L52 58 M22 30 H44"/>'),
    "node-household": ("huisgenoot", '<path d="M8 30 L32 10 L56 30 M14 26 V56 H50 V26"/><circle cx="32" cy="34" r="5"/>'
                                     '<path d="M32 39 V52"/>'),
    "node-friend": ("vriend", '<circle cx="20" cy="16" r="6"/><circle cx="44" cy="16" r="6"/>'
                              '<path d="M20 22 V44 M44 22 V44 M20 30 Q32 40 44 30 M14 58 L20 44 M50 58 L44 44"/>'),
    "node-neighbour": ("buur", '<path d="M4 30 L18 18 L32 30 M32 30 L46 18 L60 30"/>'
                               '<path d="M8 27 V56 H28 V27 M36 27 V56 H56 V27"/>'),
    "node-school_work": ("school of werk", '<rect x="10" y="22" width="44" height="32" rx="4"/>'
                                         '<path d="M24 22 V14 H40 V22"/><path d="M10 36 H54"/>'),
    "node-leisure": ("vrije tijd", '<circle cx="32" cy="32" r="22"/>'
                                   '<path d="M14 24 Q32 34 50 24 M14 42 Q32 30 50 42"/>'),
    "node-professional": ("hulpverlener", '<circle cx="32" cy="14" r="7"/><path d="M18 58 V34 Q32 22 46 34 V58"/>'
                                          '<path d="M32 36 V48 M26 42 H38" stroke-width="5"/>'),
    "node-participant": ("deelnemer", '<circle cx="32" cy="16" r="9" fill="#1d3557"/>'
                                      '<path d="M14 60 Q14 32 32 30 Q50 32 50 60 Z" fill="#1d3557"/>'),
    "ladder": ("participatieladder", '<path d="M18 60 V4 M46 60 V4"/>'
                                      + "".join(f'<path d="M18 {56 - 9 * i} H46"/>' for i in range(6))),
}


def main() -> None:
    for count in (5, 10):
        for n in range(1, count + 1):
            (OUT / f"level-{count}-{n}.svg").write_text(levels(count, n))
    for n in range(1, 6):
        (OUT / f"face-{n}.svg").write_text(face(n))
    for n in range(1, 7):
        (OUT / f"ladder-{n}.svg").write_text(ladder(n))
    for name, (title, body) in SYMBOLS.items():
        (OUT / f"{name}.svg").write_text(svg(title, body))


if __name__ == "__main__":
    main()
