"""Rebuild lint/data/given_names.tsv and given_names_ungendered.txt from the
1990 U.S. Census first-name files.

The Census Bureau's 1990 name files are public domain. ``dist.male.first``
and ``dist.female.first`` have one line per name: NAME, frequency (percent
of that sex's population), cumulative percent, rank. Each list stops where
the cumulative share passes 90 percent, so the male list (1,219 names) ends
at 0.004 percent and the female list (4,275 names) at 0.001 percent.

For each name the script estimates the number of men and women who carry it
(frequency times the 1990 count of each sex) and keeps the share of the
larger group. A name missing from one list is not proof that nobody of that
sex has it, only that its frequency there is below that list's floor; the
script stands in a quarter of the floor (``UNLISTED_FRACTION``), cautious
because name frequencies fall off steeply below any cut-off. Names whose
dominant share is at least ``THRESHOLD`` go to ``given_names.tsv``; every
other name goes to ``given_names_ungendered.txt`` (still a known given name,
but with no gender given). Names listed in ``international_ambiguous.txt``
(gendered one way in the United States and the other way in countries that
appear often in world news) and ``EXCLUDED`` artefacts are handled as that
file and the constant say.

Usage (``names`` on PyPI ships the two raw files; no network beyond PyPI):

    pip download --no-deps -d /tmp/namesdl names==0.3.0
    python tests/data_build/build_given_names.py --sdist /tmp/namesdl/names-0.3.0.tar.gz

or, with the raw files already on disk:

    python tests/data_build/build_given_names.py --male PATH --female PATH

The output is deterministic: running it twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import math
import sys
import tarfile
from pathlib import Path
from typing import Iterable, NamedTuple

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent.parent / "lint" / "data"
AMBIGUOUS_LIST = HERE / "international_ambiguous.txt"

THRESHOLD = 0.9
UNLISTED_FRACTION = 0.25
# 1990 census resident population by sex (total 248,709,873).
MALES_1990 = 121_239_418
FEMALES_1990 = 127_470_455
# In both lists, but not a given name: an artefact of the source survey.
EXCLUDED = frozenset({"numbers"})

SOURCE = ("U.S. Census Bureau, 1990 Census name files dist.male.first and "
          "dist.female.first; public domain")


class Entry(NamedTuple):
    """A name's dominant sex ("F"/"M") and that sex's estimated share."""

    name: str
    sex: str
    share: float


def parse_census(lines: Iterable[str]) -> dict[str, float]:
    """Map lowercase name to frequency (percent) from a ``dist.*.first`` file."""
    frequencies: dict[str, float] = {}
    for number, line in enumerate(lines, 1):
        fields = line.split()
        if not fields:
            continue
        if len(fields) != 4 or not fields[0].isalpha():
            raise ValueError(f"line {number}: expected NAME FREQ CUM RANK, got {line!r}")
        frequencies[fields[0].lower()] = float(fields[1])
    return frequencies


def classify(male: dict[str, float], female: dict[str, float],
             ambiguous: frozenset[str] = frozenset()) -> tuple[list[Entry], list[str]]:
    """Split the names of both lists into gendered entries and the rest.

    Returns (entries with share >= THRESHOLD, other names), both sorted.
    """
    male_unlisted = min(male.values()) * UNLISTED_FRACTION
    female_unlisted = min(female.values()) * UNLISTED_FRACTION
    gendered: list[Entry] = []
    ungendered: list[str] = []
    for name in sorted((male.keys() | female.keys()) - EXCLUDED):
        men = male.get(name, male_unlisted) * MALES_1990
        women = female.get(name, female_unlisted) * FEMALES_1990
        sex, top = ("M", men) if men > women else ("F", women)
        share = top / (men + women)
        if share >= THRESHOLD and name not in ambiguous:
            # Round down, so a share never reads higher than measured.
            gendered.append(Entry(name, sex, math.floor(share * 100) / 100))
        else:
            ungendered.append(name)
    return gendered, ungendered


def read_word_list(path: Path) -> frozenset[str]:
    """Lowercase words of a one-per-line list, '#' comments skipped."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)


def render_tsv(entries: list[Entry]) -> str:
    header = (
        f"# Given names and their dominant sex. Source: {SOURCE}.\n"
        f"# Built by tests/data_build/build_given_names.py: name<TAB>F|M<TAB>estimated share "
        f"of the dominant sex (>= {THRESHOLD}, rounded down).\n"
    )
    return header + "".join(f"{e.name}\t{e.sex}\t{e.share:.2f}\n" for e in entries)


def render_ungendered(names: list[str]) -> str:
    header = (
        f"# Given names given no sex: estimated share of either below {THRESHOLD} (used for both, "
        f"or too rare in one list to tell), or used for both in international news. Source: {SOURCE}.\n"
        "# Built by tests/data_build/build_given_names.py: one name per line.\n"
    )
    return header + "".join(f"{name}\n" for name in names)


def read_raw(args: argparse.Namespace) -> tuple[list[str], list[str]]:
    """The two raw files' lines, from an sdist tarball or from paths."""
    if args.sdist:
        with tarfile.open(args.sdist) as archive:
            members = {Path(m.name).name: m for m in archive.getmembers() if m.isfile()}
            def lines(name: str) -> list[str]:
                handle = archive.extractfile(members[name])
                return handle.read().decode("ascii").splitlines()
            return lines("dist.male.first"), lines("dist.female.first")
    if not (args.male and args.female):
        sys.exit("give --sdist, or both --male and --female")
    return (Path(args.male).read_text(encoding="ascii").splitlines(),
            Path(args.female).read_text(encoding="ascii").splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sdist", help="names-0.3.0.tar.gz from PyPI")
    parser.add_argument("--male", help="path to dist.male.first")
    parser.add_argument("--female", help="path to dist.female.first")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (lint/data)")
    args = parser.parse_args(argv)

    male_lines, female_lines = read_raw(args)
    gendered, ungendered = classify(parse_census(male_lines), parse_census(female_lines),
                                    read_word_list(AMBIGUOUS_LIST))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "given_names.tsv").write_text(render_tsv(gendered), encoding="utf-8", newline="\n")
    (out / "given_names_ungendered.txt").write_text(render_ungendered(ungendered),
                                                    encoding="utf-8", newline="\n")
    females = sum(e.sex == "F" for e in gendered)
    print(f"given_names.tsv: {len(gendered)} names ({females} F, {len(gendered) - females} M); "
          f"given_names_ungendered.txt: {len(ungendered)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
