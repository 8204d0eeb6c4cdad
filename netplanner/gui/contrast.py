"""WCAG 2.1 contrast: the ratio between two colours, and colours moved until they read.

Text needs 4.5:1 against what it is drawn on (success criterion 1.4.3), a focus frame
and other parts a user must see 3:1 (1.4.11). A colour with alpha is measured as it
shows: blended over the colour behind it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT = 4.5
NON_TEXT = 3.0


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """The relative luminance, 0 (black) to 1 (white)."""
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def shown_over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as it looks painted over the opaque ``background``."""
    alpha = colour.alphaF()
    if alpha >= 1:
        return QColor(colour.red(), colour.green(), colour.blue())
    mix = [
        round(front * alpha + back * (1 - alpha))
        for front, back in zip(
            (colour.red(), colour.green(), colour.blue()),
            (background.red(), background.green(), background.blue()),
            strict=True,
        )
    ]
    return QColor(*mix)


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio, 1 (none) to 21 (black on white); ``one`` may be
    translucent, and is then measured over ``other``."""
    light, dark = sorted((luminance(shown_over(one, other)), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, backgrounds: list[QColor], ratio: float = TEXT) -> QColor:
    """``colour``, made darker (on light backgrounds) or lighter (on dark ones) in small
    steps until it reaches ``ratio`` against every one of ``backgrounds``; unchanged
    when it already does. The hue stays, so a blue stays a blue."""
    found = shown_over(colour, backgrounds[0])
    darker = luminance(backgrounds[0]) > 0.18
    for _step in range(100):
        if all(contrast(found, back) >= ratio for back in backgrounds):
            return found
        lightness = found.lightnessF()
        lightness = max(0.0, lightness - 0.01) if darker else min(1.0, lightness + 0.01)
        found = QColor.fromHslF(max(found.hslHueF(), 0.0), found.hslSaturationF(), lightness)
    return found
