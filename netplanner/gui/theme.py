"""Light or dark: follow the system's colour scheme, or force one for screenshots and tests.

Qt 6.5 and later give widgets the system's light or dark palette on their own. Two
things are left to do here: Windows' native style draws light whatever the scheme,
so a dark Windows gets the Fusion style (which follows the palette); and
``NETPLANNER_THEME=dark`` or ``light`` forces a scheme with Fusion and a palette of our
own, so every tab can be looked at in both without changing the desktop.

Our own colours (warnings, the network's fills, the charts) ask :func:`is_dark` with
the palette of the widget they are drawn on, so they stay readable in both.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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
        QPalette.ColorRole.Highlight: "#3d7fc4",
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


def apply_theme(app: QApplication, choice: str | None = None) -> str:
    """Set the style and palette for ``choice`` (default: ``$NETPLANNER_THEME``); returns
    the scheme in use: LIGHT or DARK when forced, else SYSTEM."""
    wanted = (choice if choice is not None else os.environ.get(THEME_ENV, "")).strip().lower()
    if wanted in (LIGHT, DARK):
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if wanted == DARK else app.style().standardPalette())
        return wanted
    _fit_style_to_scheme(app)
    if not app.property("netplanner_follows_scheme"):
        app.setProperty("netplanner_follows_scheme", True)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # switched while NetPlanner runs
            hints.colorSchemeChanged.connect(lambda _scheme: _fit_style_to_scheme(app))
    return SYSTEM


def _fit_style_to_scheme(app: QApplication) -> None:
    style = app.style()
    if system_scheme() == DARK and style is not None and style.name().lower() == "windowsvista":
        app.setStyle("Fusion")  # the native Windows style ignores the dark palette
