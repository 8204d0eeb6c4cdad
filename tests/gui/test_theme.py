"""Light and dark: the forced schemes, and our own colours readable on both palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from netplanner.gui import theme
from netplanner.gui.banks import check_feedback
from netplanner.gui.focus_frame import FocusStyle, base_style_name, uninstall_focus_frames
from netplanner.gui.goals import ask_feedback
from netplanner.gui.names import row as names_row
from netplanner.gui.network import colours
from netplanner.gui.today import texts as today_texts


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _palettes() -> dict[str, QPalette]:
    return {"light": theme.light_palette(), "dark": theme.dark_palette()}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_warning_and_good_colours_read_well_on_both(qapp, scheme: str) -> None:
    palette = _palettes()[scheme]
    assert theme.is_dark(palette) is (scheme == "dark")
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    found = {
        "today warning": contrast(today_texts.warning_color(palette), window),
        "question check warning": contrast(check_feedback.warning_color(palette), window),
        "ask warning": contrast(ask_feedback.warning_color(palette), base),
        "ask good": contrast(ask_feedback.good_color(palette), window),
        "blocked name": contrast(
            QColor(names_row.BLOCKED_ON_DARK if scheme == "dark" else names_row.BLOCKED), window
        ),
        "text": contrast(palette.color(QPalette.ColorRole.Text), base),
        "placeholder": contrast(palette.color(QPalette.ColorRole.PlaceholderText), base),
        "link": contrast(palette.color(QPalette.ColorRole.Link), window),
    }
    weak = {name: round(ratio, 2) for name, ratio in found.items() if ratio < 4.5}
    assert weak == {}


def test_network_names_read_well_on_every_fill(qapp) -> None:
    for mode in (colours.BY_DEGREE, colours.BY_STATUS):
        for colour, label, _count in colours.legend(mode, {}):
            assert contrast(colours.TEXT, colour) >= 7, label
            assert contrast(colours.MUTED_TEXT, colour) >= 4.5, label
    assert contrast(colours.YOU_TEXT, colours.YOU_FILL) >= 4.5


def _put_back(app: QApplication, style: str, palette: QPalette) -> None:
    uninstall_focus_frames(app)
    app.setStyle(QStyleFactory.create(style))
    app.setPalette(palette)


def test_forcing_a_scheme_sets_fusion_and_the_palette(qapp) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), app.palette()
    try:
        assert theme.apply_theme(app, "dark") == theme.DARK
        assert base_style_name(app.style()) == "fusion"
        assert isinstance(app.style(), FocusStyle)
        assert theme.is_dark()
        assert theme.apply_theme(app, "light") == theme.LIGHT
        assert not theme.is_dark()
    finally:
        _put_back(app, style, palette)
    try:
        assert theme.apply_theme(app, "") == theme.SYSTEM
        assert base_style_name(app.style()) == style
        assert isinstance(app.style(), FocusStyle)  # the focus frame in every scheme
    finally:
        _put_back(app, style, palette)


def test_the_environment_variable_chooses(qapp, monkeypatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette = app.style().name(), app.palette()
    monkeypatch.setenv(theme.THEME_ENV, "Dark")
    try:
        assert theme.apply_theme(app) == theme.DARK
    finally:
        _put_back(app, style, palette)


_HIGH_DPI_CHECK = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from netplanner.gui.banks.check_feedback import warning_icon
from netplanner.gui.goals.goal_list_model import _marker
from netplanner.gui.welcome import WelcomeDialog
dialog = WelcomeDialog(offer_example=False)
pictures = [label.pixmap() for label in dialog.findChildren(type(dialog.tab_labels[0]))
            if not label.pixmap().isNull()]
found = [(p.devicePixelRatio(), p.width()) for p in pictures]
marker = _marker(True).pixmap(16, 16)
found.append((marker.devicePixelRatio(), marker.width()))
found.append((warning_icon().pixmap(16, 16).devicePixelRatio(), 0))
import json
print(json.dumps(found))
"""


def test_icons_are_drawn_for_the_screen_scale(tmp_path) -> None:
    """At 200% every icon we draw has twice the pixels, not a blurry 1x pixmap stretched."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _HIGH_DPI_CHECK], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])  # [ratio, width] pairs
    assert len(found) == 5
    welcome, marker, warning = found[:3], found[3], found[4]
    assert all(ratio == 2 and width == 80 for ratio, width in welcome), welcome
    assert marker == [2, 32]
    assert warning[0] == 2
