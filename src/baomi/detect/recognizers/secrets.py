"""PASSWORD: the value written after 密码, 口令, PIN, password or pwd."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["find_passwords"]

# Every branch of the cue starts with a literal character, so that re skips to one at C speed
# (a character class such as [Pp] in one branch turns that off: 4x slower on the sample). An
# English cue is a whole word: Passport, Passenger and bypass hold no password.
_PASSWORD_RE = re.compile(
    r"(?P<cue>密码|口令|P(?<![A-Za-z]P)(?:IN码|(?:IN|ass(?:word|wd|code)?|ASSWORD|WD|wd)(?![A-Za-z]))"
    r"|p(?<![A-Za-z]p)(?:ass(?:word|wd|code)?|wd)(?![A-Za-z]))"
    r"(?P<sep>\s*(?:(?:已|被)?(?:重置|修改|设置|更改|设|改)[为成]|是|为|:|：|=|is)?\s*)"
    r"(?P<v>[!-~]{3,64})"
)
_ONE_TIME = ("动态", "短信", "一次性", "临时")
# A key of the next field (reason=bad_password count=5): after a cue with no separator, the
# next key=value pair of a log line, not a password.
_NEXT_KEY = re.compile(r"[A-Za-z_][\w.\-]*[=:]")


def find_passwords(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Yield (start, end, score, cue) for each password value."""
    for m in _PASSWORD_RE.finditer(text):
        v = m.group("v")
        end = m.end("v")
        while v and v[-1] in ",.;)]}'\"":
            v = v[:-1]
            end -= 1
        if len(v) < 3 or set(v) <= {"*", "x", "X"}:
            continue
        sep = m.group("sep").strip()
        if not sep and (v.isalpha() or _NEXT_KEY.match(v)):
            continue  # "password reset", "bad_password count=5": a word or the next field
        if any(w in text[max(0, m.start() - 4) : m.start()] for w in _ONE_TIME):
            continue  # 动态密码 is an SMS code, reported as SMS_CODE
        yield m.start("v"), end, 0.9 if sep else 0.8, m.group("cue")
