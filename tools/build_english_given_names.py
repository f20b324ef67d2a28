"""Rebuild ``src/baomi/detect/data/english_given_names.txt``: English given names, so that a
foreign client's name written in Latin letters inside Chinese text (与Sarah Brown确认…) is read
as a name without a cue word.

    python tools/build_english_given_names.py      # needs Faker (the bench extra)

The male and female first names of Faker's ``en_US`` person provider (MIT), less the names that
are also everyday English words, months, places or firms in bank text (Grace, May, Chase, Austin,
Morgan): there the name is the word more often than a person.
"""

from __future__ import annotations

from pathlib import Path

from faker.providers.person.en_US import Provider

OUT = Path(__file__).resolve().parents[1] / "src/baomi/detect/data/english_given_names.txt"
WORDS = frozenset(
    "Amber Angel April Austin Autumn Bill Chase Christian Crystal Dawn Dean Destiny Devon Don "
    "Drew Faith Frank Gene Grace Grant Guy Heather Holly Hunter Jack Jade Jasmine Jay Jordan Joy "
    "Julia Kent Lance Logan Madison Mark Mason Max Melody Misty Morgan Penny Ray Rose Ruby Sandy "
    "Summer Sydney Troy Victor Will Franklin Lincoln Dallas Houston Phoenix Charity Hope June May "
    "Sterling Wesley".split()
)
HEADER = """\
# English given names: the first names of Faker's en_US person provider (MIT), less everyday
# words, months, places and firms (Grace, May, Austin, Chase, Morgan). Rebuilt by
# tools/build_english_given_names.py.
"""


def main() -> None:
    names = sorted((set(Provider.first_names_male) | set(Provider.first_names_female)) - WORDS)
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
