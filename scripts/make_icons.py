"""Draw the application icon: resources/icons/surveytool.png (256 px, Linux, the window),
surveytool.ico (16 to 256 px, the Windows executable) and surveytool.svg (scalable source).

Drawn by code so that it can be changed and redrawn without an image editor, and so that the
files in the repository are reproducible: ``.venv/bin/python scripts/make_icons.py``. The
design: a green questionnaire sheet (the AU's green) with three ticked lines, over a gold
circle for the continent's migration routes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
GREEN, GOLD, WHITE = QColor("#1b5e20"), QColor("#f9a825"), QColor("#ffffff")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GOLD)
    painter.drawEllipse(QRectF(8, 8, 240, 240))
    sheet = QPainterPath()
    sheet.addRoundedRect(QRectF(58, 30, 140, 196), 16, 16)
    painter.setBrush(GREEN)
    painter.drawPath(sheet)
    line = QPen(WHITE, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    tick = QPen(GOLD, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    for row in range(3):
        y = 78 + row * 50
        painter.setPen(tick)
        painter.drawPolyline([QPointF(80, y), QPointF(92, y + 12), QPointF(112, y - 10)])
        painter.setPen(line)
        painter.drawLine(QPointF(130, y + 2), QPointF(176, y + 2))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An ICO file whose entries are PNG images (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256">
  <circle cx="128" cy="128" r="120" fill="#f9a825"/>
  <rect x="58" y="30" width="140" height="196" rx="16" fill="#1b5e20"/>
  <g fill="none" stroke-width="14" stroke-linecap="round" stroke-linejoin="round">
{rows}  </g>
</svg>
"""


def svg() -> str:
    rows = ""
    for row in range(3):
        y = 78 + row * 50
        rows += f'    <polyline points="80,{y} 92,{y + 12} 112,{y - 10}" stroke="#f9a825"/>\n'
        rows += f'    <line x1="130" y1="{y + 2}" x2="176" y2="{y + 2}" stroke="#ffffff"/>\n'
    return SVG.format(rows=rows)


def main() -> int:
    QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = [png_bytes(draw(size)) for size in SIZES]
    (OUT / "surveytool.png").write_bytes(pngs[-1])
    (OUT / "surveytool.ico").write_bytes(ico_bytes(pngs, SIZES))
    (OUT / "surveytool.svg").write_text(svg(), encoding="utf-8")
    print(f"wrote {OUT}/surveytool.png, .ico ({len(SIZES)} sizes) and .svg")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
