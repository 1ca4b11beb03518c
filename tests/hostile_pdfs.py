"""Small PDFs written by hand that make pypdf raise each kind of error it has (issue 12).

Each is a real file pypdf is given, not a stand-in: a decompression bomb
(``LimitReachedError``), an AES-encrypted file without the ``cryptography``
package (``DependencyError``), an unknown stream filter
(``NotImplementedError``) and a ``startxref`` too large for a file offset
(``OverflowError``).
"""

from __future__ import annotations

import zlib

TEXT = b"BT /F1 12 Tf 72 720 Td (Tarn fever is an infection spread by midges.) Tj ET"
_ID = b"/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] "


def pdf(stream: bytes = TEXT, *, stream_dict: bytes = b"", trailer: bytes = b"",
        extra: tuple[bytes, ...] = (), pages: int = 1) -> bytes:
    """Return a PDF of ``pages`` pages sharing one content stream, with a correct xref."""
    kids = " ".join(f"{6 + len(extra) + i} 0 R" for i in range(pages)).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
        b"<< /Length " + str(len(stream)).encode() + b" " + stream_dict + b" >>\nstream\n"
        + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Font << /F1 4 0 R >> >>",
        *extra,
        *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
          b"/Resources 5 0 R >>"] * pages,
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, obj in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R ".encode() + trailer
            + f">>\nstartxref\n{xref}\n%%EOF\n".encode())
    return bytes(out)


def bomb() -> bytes:
    """80 MB of spaces in 80 KB: past pypdf's 75 MB limit on one decompressed stream."""
    return pdf(zlib.compress(b" " * 80_000_000 + TEXT, 9), stream_dict=b"/Filter /FlateDecode")


def aes() -> bytes:
    """AES-256 encryption (PDF 2.0), which pypdf reads only with ``cryptography`` installed."""
    encrypt = (b"<< /Filter /Standard /V 5 /R 6 /Length 256 /O <" + b"00" * 48 + b"> /U <"
               + b"00" * 48 + b"> /OE <" + b"00" * 32 + b"> /UE <" + b"00" * 32
               + b"> /P -4 /Perms <" + b"00" * 16 + b"> /CF << /StdCF << /CFM /AESV3 "
               b"/Length 32 >> >> /StmF /StdCF /StrF /StdCF >>")
    return pdf(trailer=b"/Encrypt 6 0 R " + _ID, extra=(encrypt,))


def unknown_filter() -> bytes:
    """A content stream compressed with a filter no PDF reader knows."""
    return pdf(stream_dict=b"/Filter /Foo")


def huge_startxref() -> bytes:
    """A ``startxref`` offset of 23 digits."""
    data = pdf()
    cut = data.index(b"startxref\n") + len(b"startxref\n")
    return data[:cut] + b"99999999999999999999999\n%%EOF\n"


HOSTILE = {"LimitReachedError": bomb, "DependencyError": aes,
           "NotImplementedError": unknown_filter, "OverflowError": huge_startxref}
