"""Hostile and damaged files, generated at test time (small on disk, large when read): the kinds
of file that took whole runs down (issue 17). Each writer returns the names it made."""

from __future__ import annotations

import os
import zlib
from pathlib import Path


def pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from object bodies (object k+1 is objects[k]), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def blank_pages_pdf(n: int) -> bytes:
    """n empty pages sharing one empty content stream (5000 pages: about 0.5 MB)."""
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * n
    return pdf(objs)


def huge_page_pdf(points: int = 20_000) -> bytes:
    """One page of points x points with a little drawing and no text (a few hundred bytes)."""
    content = b"0 0 0 rg 100 100 5000 5000 re f"
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>" % (points, points),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ]
    )


def _deflate_zeros(total: int, chunk: int = 1 << 24) -> bytes:
    comp = zlib.compressobj(1)
    zeros = bytes(chunk)
    parts = []
    left = total
    while left > 0:
        parts.append(comp.compress(zeros[: min(chunk, left)]))
        left -= chunk
    parts.append(comp.flush())
    return b"".join(parts)


def flate_bomb_pdf(width: int = 40_000, height: int = 25_000) -> bytes:
    """A page showing one grey image of width x height pixels (1 GB decoded), compressed twice
    (a few KB on disk)."""
    data = zlib.compress(_deflate_zeros(width * height), 9)
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter [/FlateDecode /FlateDecode] /Length %d >>\nstream\n"
        % (width, height, len(data))
        + data
        + b"\nendstream"
    )
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            image,
        ]
    )


def page_tree_loop_pdf() -> bytes:
    """A first page that reads fine, then a page-tree node that contains itself."""
    content = b"BT /F1 12 Tf 72 720 Td (Sidan ett gar att lasa) Tj ET"
    return pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 3 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [6 0 R] /Count 2 >>",
        ]
    )


def tall_strip_png(path: Path, width: int = 100, height: int = 800_000) -> None:
    from PIL import Image, ImageDraw

    im = Image.new("L", (width, height), 255)
    d = ImageDraw.Draw(im)
    for y in range(0, height, 20_000):
        d.rectangle((10, y, 90, y + 40), fill=0)
    im.save(path, optimize=True)


def blank_tiff(path: Path, frames: int = 12, side: int = 9000) -> None:
    """Many blank frames of side x side (81 MP each), group 4: a few KB a frame."""
    from PIL import Image

    first = Image.new("1", (side, side), 1)
    first.save(path, save_all=True, append_images=[first] * (frames - 1), compression="group4")


def dot_leader_bomb() -> bytes:
    return ("Yttrande\n\nInnehåll\n1. Inledning " + "." * 100_000 + " 2\n\nText om ärendet.\n").encode()


def unclosed_html(n: int = 1200) -> bytes:
    body = "".join(f"<li><p>Punkt {i} om statsbidraget" for i in range(n))
    head = "<!doctype html><html><head><title>Listan</title></head>"
    return f"{head}<body><ul>{body}</body></html>".encode()


def amounts_html(n: int = 30_000) -> bytes:
    rows = "".join(f"<p>Post {i}: {1000 + i} kronor och {i},50 kr</p>" for i in range(n))
    head = "<!doctype html><html><head><title>Belopp</title></head>"
    return f"{head}<body><article>{rows}</article></body></html>".encode()


def odd_names(folder: Path) -> list[bytes]:
    """Files whose names are hostile: bytes that are not UTF-8, Rich markup, a terminal escape."""
    text = b"Ett brev om statsbidraget till kommunen och beslutet om aterkrav.\n" * 3
    names = [
        b"\x8fterbetalning cp437.txt",
        b"rich [/red] markup.txt",
        b"esc \x1b[31mred\x1b[0m.txt",
        b"tab\there.txt",
    ]
    os.mkdir(os.path.join(os.fsencode(folder), b"rich ["))  # "rich [" + "/" + "red] markup.txt"
    for n in names:
        with open(os.path.join(os.fsencode(folder), n), "wb") as fh:
            fh.write(text + n)
    return names


def boundary_cases(folder: Path, outside: Path) -> dict[str, str]:
    """Links out of the folder, broken links, loops, a pipe, a hidden file, a deep path."""
    outside.mkdir(parents=True, exist_ok=True)
    secret = outside / "secret.txt"
    secret.write_text("HEMLIG TEXT UTANFÖR MAPPEN\n", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "outside-dir").symlink_to(outside, target_is_directory=True)
    (folder / "broken.pdf").symlink_to(folder / "does-not-exist.pdf")
    (folder / "loop-a").symlink_to(folder / "loop-b")
    (folder / "loop-b").symlink_to(folder / "loop-a")
    os.mkfifo(folder / "pipe.pdf")
    (folder / ".hidden-notes.txt").write_text("anteckning\n", encoding="utf-8")
    deep = folder / "deep"
    fd_path = os.fsencode(deep)
    os.mkdir(fd_path)
    # nested folders until the path passes 4096 bytes (made relative to stay under the limit)
    cwd = os.getcwd()
    try:
        os.chdir(fd_path)
        for _ in range(20):
            name = b"d" * 250
            os.mkdir(name)
            os.chdir(name)
        with open(b"f" * 200 + b".txt", "wb") as fh:
            fh.write(b"djupt nere\n")
    finally:
        os.chdir(cwd)
    return {"secret": "HEMLIG TEXT"}


def write_suite(folder: Path, outside: Path, *, blank_pages: int = 5000) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "blank-5000.pdf").write_bytes(blank_pages_pdf(blank_pages))
    (folder / "huge-page.pdf").write_bytes(huge_page_pdf())
    (folder / "flate-bomb.pdf").write_bytes(flate_bomb_pdf())
    (folder / "page-tree-loop.pdf").write_bytes(page_tree_loop_pdf())
    tall_strip_png(folder / "tall-strip.png")
    blank_tiff(folder / "blank-frames.tif")
    (folder / "dot-leaders.txt").write_bytes(dot_leader_bomb())
    (folder / "unclosed.html").write_bytes(unclosed_html())
    (folder / "amounts.html").write_bytes(amounts_html())
    odd_names(folder)
    boundary_cases(folder, outside)
