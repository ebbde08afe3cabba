#!/usr/bin/env python3
"""Draws appPackage/color.png (192x192, full colour) and appPackage/outline.png (32x32, white on
transparent): a ring with an upward arrow inside, for outcomes that keep moving. Only the standard
library is used, so the icons can be redrawn on any machine: python3 scripts/make-icons.py"""
import math
import struct
import zlib
from pathlib import Path

TEAL = (0x0E, 0x6B, 0x72)
WHITE = (0xFF, 0xFF, 0xFF)
SUBSAMPLES = 4  # per axis; 16 samples a pixel give smooth edges


def inside_ring(x, y, outer, inner):
    distance = math.hypot(x - 0.5, y - 0.5)
    return inner <= distance <= outer


def inside_arrow(x, y, scale):
    # Coordinates relative to the centre, in units of the icon's width.
    dx, dy = (x - 0.5) / scale, (y - 0.5) / scale
    head_top, head_base, head_half_width = -0.20, -0.02, 0.13
    if head_top <= dy <= head_base:
        half = head_half_width * (dy - head_top) / (head_base - head_top)
        if abs(dx) <= half:
            return True
    return -0.03 <= dy <= 0.19 and abs(dx) <= 0.045


def coverage(px, py, size, shape):
    hits = 0
    for sy in range(SUBSAMPLES):
        for sx in range(SUBSAMPLES):
            x = (px + (sx + 0.5) / SUBSAMPLES) / size
            y = (py + (sy + 0.5) / SUBSAMPLES) / size
            hits += shape(x, y)
    return hits / (SUBSAMPLES * SUBSAMPLES)


def png_bytes(size, pixels):
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)  # filter type 0 on every scanline

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def draw_color(size=192):
    def mark(x, y):
        return inside_ring(x, y, 0.36, 0.285) or inside_arrow(x, y, 1.0)

    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            a = coverage(px, py, size, mark)
            row += [round(TEAL[i] + (WHITE[i] - TEAL[i]) * a) for i in range(3)] + [255]
        rows.append(row)
    return png_bytes(size, rows)


def draw_outline(size=32):
    # Bolder strokes than the colour icon: at 32 px thin lines would vanish.
    def mark(x, y):
        return inside_ring(x, y, 0.47, 0.36) or inside_arrow(x, y, 1.25)

    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            a = coverage(px, py, size, mark)
            row += [255, 255, 255, round(255 * a)]
        rows.append(row)
    return png_bytes(size, rows)


def main():
    target = Path(__file__).resolve().parent.parent / "appPackage"
    target.mkdir(exist_ok=True)
    (target / "color.png").write_bytes(draw_color())
    (target / "outline.png").write_bytes(draw_outline())
    print(f"wrote {target / 'color.png'} and {target / 'outline.png'}")


if __name__ == "__main__":
    main()
