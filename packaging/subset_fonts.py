"""Make the bundled script fonts: subsets of Noto for the scripts DejaVu Sans cannot print.

A maintainer's tool, run by hand when a font is updated; the results are committed in
``resources/fonts`` next to ``LICENSE-Noto.txt`` (the SIL Open Font License, which allows
subsetting: Noto has no reserved font name). Needs fontTools (in the ``test`` extra)::

    .venv/bin/python packaging/subset_fonts.py --noto /usr/share/fonts/truetype/noto \\
        --emoji NotoEmoji-Regular.ttf

Sources used for the committed files: Noto Sans Arabic 2.005, Hebrew 3.000, Devanagari
2.001 and Thai 2.000 from Debian's ``fonts-noto-core`` (20201225); Noto Emoji 3.006, the
monochrome emoji font, as the static regular instance in the npm package
``@expo-google-fonts/noto-emoji`` 0.4.7.

Each subset keeps its script's blocks (letters, marks, presentation forms, the dotted
circle HarfBuzz shows for a stray mark, the joiners) with every OpenType layout feature,
so HarfBuzz shapes it as it would the whole font; hinting is dropped (it only serves
screens at small sizes, and the PDF is printed).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "fonts"

#: What every subset keeps besides its blocks: spaces, the joiners and marks that change
#: how letters join or which form they take, the dotted circle.
COMMON = [0x20, 0xA0, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x25CC, 0x2010, 0x2011]

#: font file stem -> the Unicode ranges to keep.
SCRIPTS: dict[str, list[tuple[int, int]]] = {
    "NotoSansArabic": [
        (0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
    ],
    "NotoSansHebrew": [(0x0590, 0x05FF), (0xFB1D, 0xFB4F)],
    "NotoSansDevanagari": [(0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF), (0x20B9, 0x20B9)],
    "NotoSansThai": [(0x0E00, 0x0E7F)],
}  # fmt: skip


def _options() -> subset.Options:
    options = subset.Options()
    options.layout_features = ["*"]  # every feature: shaping must match the whole font
    options.hinting = False
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += ["DSIG", "vhea", "vmtx", "STAT"]
    return options


def _subset(source: Path, target: Path, unicodes: list[int] | None) -> None:
    font = TTFont(source)
    options = _options()
    subsetter = subset.Subsetter(options)
    if unicodes is None:  # the whole character map
        unicodes = list(font.getBestCmap())
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(target)
    print(f"{target.name}: {source.stat().st_size:,} -> {target.stat().st_size:,} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--noto", type=Path, required=True, help="folder of the Noto Sans TTFs")
    parser.add_argument("--emoji", type=Path, required=True, help="Noto Emoji, regular, TTF")
    args = parser.parse_args()
    for stem, ranges in SCRIPTS.items():
        unicodes = COMMON + [code for first, last in ranges for code in range(first, last + 1)]
        for weight in ("Regular", "Bold"):
            name = f"{stem}-{weight}.ttf"
            _subset(args.noto / name, TARGET / name, unicodes)
    _subset(args.emoji, TARGET / "NotoEmoji-Regular.ttf", None)


if __name__ == "__main__":
    main()
