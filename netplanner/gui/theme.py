"""Light or dark: follow the system's colour scheme, or force one for screenshots and tests.

Qt 6.5 and later give widgets the system's light or dark palette on their own. Two
things are left to do here: Windows' native style draws light whatever the scheme,
so a dark Windows gets the Fusion style (which follows the palette); and
``NETPLANNER_THEME=dark`` or ``light`` forces a scheme with Fusion and a palette of our
own, so every tab can be looked at in both without changing the desktop.

Our own colours (warnings, the network's fills, the charts) ask :func:`is_dark` with
the palette of the widget they are drawn on, so they stay readable in both.

Both palettes meet WCAG 2.1 AA (tests/gui/test_contrast.py): text 4.5:1 on what it is
drawn on, placeholders and the selection included, and 3:1 for the focus frame
(:mod:`netplanner.gui.focus_frame`). The system's own palette is repaired where it
falls short (:func:`repaired`).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from netplanner.gui.contrast import NON_TEXT, TEXT, contrast, readable

THEME_ENV = "NETPLANNER_THEME"
LIGHT, DARK, SYSTEM = "light", "dark", "system"


def is_dark(palette: QPalette | None = None) -> bool:
    """True when ``palette`` (default: the application's) draws light text on dark."""
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def system_scheme() -> str:
    """What the desktop asks for: LIGHT, DARK, or SYSTEM when it does not say."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light:
        return LIGHT
    return SYSTEM


def dark_palette() -> QPalette:
    """A calm dark palette for Fusion: grey-blue surfaces, off-white text, a blue accent."""
    colours = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#2a2c30",
        QPalette.ColorRole.ToolTipBase: "#3a3d42",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#a0a4aa",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#34373c",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.Light: "#4a4d53",
        QPalette.ColorRole.Midlight: "#3d4045",
        QPalette.ColorRole.Mid: "#5a5e65",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#0c0c0d",
        QPalette.ColorRole.Highlight: "#356fae",  # white on it: 5.2:1
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab8f0",
        QPalette.ColorRole.LinkVisited: "#c2a0f0",
    }
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#7c8087"))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#4a4d53"))
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette, with a selection and placeholders that read well: white on
    Fusion's selection blue is 3.7:1, its placeholders (half-transparent black) 4.0:1."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#2470b0"))  # 5.2:1
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#666666"))
    return palette


def _surfaces(palette: QPalette) -> list[QColor]:
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return [palette.color(role) for role in roles]


def focus_colour(palette: QPalette) -> QColor:
    """The focus frame's colour: the accent when it stands out 3:1 from the window, the
    fields and the buttons (light), else the link colour (dark), else the text."""
    around = [*_surfaces(palette), palette.color(QPalette.ColorRole.Button)]
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Link):
        colour = palette.color(role)
        if all(contrast(colour, back) >= NON_TEXT for back in around):
            return colour
    return palette.color(QPalette.ColorRole.Text)


def item_focus_colour(palette: QPalette) -> QColor:
    """The frame around the current row or cell: the text colour, which stands out from
    the rows and from the selection alike."""
    return palette.color(QPalette.ColorRole.Text)


def repaired(palette: QPalette) -> QPalette | None:
    """``palette`` with the pairs that fall short of WCAG AA moved until they read (the
    selection behind its text, placeholders, links); None when nothing needed it."""
    fixed = QPalette(palette)
    changed = False
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        surfaces = [fixed.color(group, role) for role in (
            QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase
        )]  # fmt: skip
        wanted = {
            QPalette.ColorRole.PlaceholderText: surfaces,
            QPalette.ColorRole.Link: surfaces,
            QPalette.ColorRole.Highlight: [fixed.color(group, QPalette.ColorRole.HighlightedText)],
        }
        for role, backgrounds in wanted.items():
            colour = fixed.color(group, role)
            better = readable(colour, backgrounds, TEXT)
            if better != colour or colour.alpha() < 255:
                fixed.setColor(group, role, better)
                changed = True
    return fixed if changed else None


def apply_theme(app: QApplication, choice: str | None = None) -> str:
    """Set the style and palette for ``choice`` (default: ``$NETPLANNER_THEME``); returns
    the scheme in use: LIGHT or DARK when forced, else SYSTEM. The style is wrapped in
    :class:`netplanner.gui.focus_frame.FocusStyle` in every case."""
    from netplanner.gui.focus_frame import FocusStyle, install_focus_frames

    wanted = (choice if choice is not None else os.environ.get(THEME_ENV, "")).strip().lower()
    if wanted in (LIGHT, DARK):
        app.setStyle(FocusStyle("Fusion"))
        app.setPalette(dark_palette() if wanted == DARK else light_palette())
        install_focus_frames(app)
        return wanted
    _fit_style_to_scheme(app)
    install_focus_frames(app)
    if not app.property("netplanner_follows_scheme"):
        app.setProperty("netplanner_follows_scheme", True)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # switched while NetPlanner runs
            hints.colorSchemeChanged.connect(lambda _scheme: _fit_style_to_scheme(app, fresh=True))
    return SYSTEM


def _fit_style_to_scheme(app: QApplication, *, fresh: bool = False) -> None:
    """The style for the system's scheme, and its palette repaired where it falls short
    (``fresh``: the scheme changed, so start again from the system's new palette)."""
    from netplanner.gui.focus_frame import FocusStyle, base_style_name

    if fresh:
        app.setPalette(QPalette())  # an empty palette: the system's again

    name = base_style_name(app.style())
    if system_scheme() == DARK and name == "windowsvista":
        app.setStyle(FocusStyle("Fusion"))  # the native Windows style ignores the dark palette
    better = repaired(app.palette())
    if better is not None:
        app.setPalette(better)
