"""Which encoding a text file is in: UTF-8 (with or without BOM), UTF-16 (BOM) or GB18030.

Written by hand rather than with a statistical detector (chardet, charset-normalizer) because
the candidates in Chinese institutions' exports are few and a strict decode is certain where a
guess is not: UTF-8 is tried first (it rarely decodes by accident), then GB18030, which
includes GBK and GB2312, so files from either are read and written back byte for byte.
"""

from __future__ import annotations

import codecs

__all__ = ["sniff_encoding"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decodes(head: bytes, encoding: str, complete: bool) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        decoder.decode(head, final=complete)  # a character cut at the end of the sample is fine
    except UnicodeDecodeError:
        return False
    return True


def sniff_encoding(head: bytes, complete: bool = False) -> str:
    """The encoding of a file from its first bytes (``complete``: ``head`` is the whole file)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if _decodes(head, "utf-8", complete):
        return "utf-8"
    if _decodes(head, "gb18030", complete):
        return "gb18030"
    # Neither decodes cleanly: some lines are damaged. The encoding with fewer bad characters is
    # the file's; the damaged lines are reported one by one when they are read.
    bad_utf8 = head.decode("utf-8", errors="replace").count("\ufffd")
    bad_gb = head.decode("gb18030", errors="replace").count("\ufffd")
    return "utf-8" if bad_utf8 <= bad_gb else "gb18030"
