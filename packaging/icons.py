"""The app icon in every format the platforms want, made from the one SVG source.

``resources/icons/netplanner.svg`` is the only icon file in the repository; the
build renders it with QtSvg (already a dependency, so nothing else to install)
to PNGs, and packs those PNGs into a Windows ``.ico`` and a macOS ``.icns``.
Both containers accept PNG-compressed images (Windows since Vista, macOS since
10.7), so they are written here with the standard library instead of needing
Pillow or Apple's ``iconutil``.

Usage: ``python packaging/icons.py OUT_DIR`` writes ``png/<size>.png``,
``netplanner.ico`` and ``netplanner.icns`` into OUT_DIR.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "netplanner.svg"

# Linux hicolor sizes, the sizes Windows picks from in Explorer and the taskbar,
# and macOS's 16..512 at 1x and 2x (so up to 1024).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (OSType, pixel size) of PNG-encoded icns entries; "@2x" entries reuse a size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16x16@2x
    (b"ic12", 64),  # 32x32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128x128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256x256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512x512@2x
)


def render_pngs(svg: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    """PNG bytes of the SVG rendered at each square size (rendered, not scaled down)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # Rendering needs a QGuiApplication but never a screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep_alive.append(QGuiApplication(sys.argv[:1]))
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can render")
    result: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise RuntimeError(f"could not encode the {size}px icon as PNG")
        buffer.close()
        result[size] = bytes(data.data())
    return result


_keep_alive: list[object] = []


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the given PNGs (ICONDIR, one ICONDIRENTRY each, then data)."""
    count = len(pngs)
    header = struct.pack("<HHH", 0, 1, count)  # reserved, type 1 = icon, count
    offset = len(header) + 16 * count
    entries, blobs = [], []
    for size, png in sorted(pngs.items()):
        if size > 256:
            raise ValueError(".ico images are at most 256 pixels")
        side = 0 if size == 256 else size  # 0 means 256 in a single byte
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: ``icns`` + total length, then (type, length, PNG) per entry."""
    chunks = [
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    ]
    body = b"".join(chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    """Write png/<size>.png, netplanner.ico and netplanner.icns; return their paths by role."""
    pngs = render_pngs(svg)
    png_dir = out_dir / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size, data in pngs.items():
        (png_dir / f"{size}.png").write_bytes(data)
    ico = out_dir / "netplanner.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out_dir / "netplanner.icns"
    icns.write_bytes(icns_bytes(pngs))
    return {"png_dir": png_dir, "ico": ico, "icns": icns}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python packaging/icons.py OUT_DIR")
    for role, path in make_icons(Path(sys.argv[1])).items():
        print(f"{role}: {path}")
