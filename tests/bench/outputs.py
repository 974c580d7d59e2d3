"""Everything copydesk prints for a fixed set of inputs, written to a folder.

    python tests/bench/outputs.py OUT        # from the repository's root

Run it before and after a change that should alter nothing (a refactoring,
a faster mechanism), then ``diff -r BEFORE AFTER``: every byte of the JSON
reports, fix diffs, inspections and rule documentation must agree. Inputs:
``samples/``, the rule fixtures under ``tests/rules/``, and, where the
labelled corpus is found (``$COPYDESK_CORPUS`` or ``../shared/corpus``,
read where it is), its scraped pages, clean bodies and HTML pages (unzipped
into a scratch folder). Each command runs in a fresh process with the
interpreter running this script and without config or cache, so the
outputs depend on the installed code alone.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))


def copydesk(*args: str) -> bytes:
    # Run outside the source tree, so that ``-m lint`` is the installed package.
    done = subprocess.run([sys.executable, "-m", "lint", *args], capture_output=True, cwd=tempfile.gettempdir())
    return done.stdout + b"\n--- stderr ---\n" + done.stderr + f"\n--- exit {done.returncode} ---\n".encode()


def checks(folder: str, config: tuple[str, ...] = ("--no-config",)) -> dict[str, tuple[str, ...]]:
    """Output name -> arguments, for the files of ``folder``."""
    common = (*config, "--no-cache", "--no-progress", "--jobs", "1")
    return {
        "check.json": ("check", *common, "--format", "json", "--fail-on", "never", folder),
        "check-ap.json": ("check", *common, "--format", "json", "--style", "ap", "--fail-on", "never", folder),
        "diff.txt": ("check", *common, "--diff", "--unsafe-fixes", "--fail-on", "never", folder),
        "statistics.txt": ("check", *common, "--statistics", "--fail-on", "never", folder),
    }


def write(out: str, name: str, data: bytes) -> None:
    with open(os.path.join(out, name), "wb") as handle:
        handle.write(data)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1].strip(), file=sys.stderr)
        return 2
    out = argv[0]
    os.makedirs(out, exist_ok=True)
    from corpus.pages import find_corpus

    folders = {"samples": os.path.join(ROOT, "samples"), "fixtures": os.path.join(ROOT, "tests", "rules")}
    corpus = find_corpus()
    with tempfile.TemporaryDirectory(prefix="copydesk-outputs-") as scratch:
        if corpus is not None:
            folders["corpus"] = corpus
            folders["clean"] = os.path.join(corpus, "clean")
            html = os.path.join(scratch, "html")
            os.makedirs(html)
            for name in sorted(os.listdir(os.path.join(corpus, "html"))):
                with gzip.open(os.path.join(corpus, "html", name)) as page:
                    write(html, name[:-3], page.read())
            folders["html"] = html
            settings = os.path.join(scratch, "html.toml")  # outside the folder, so never linted
            write(scratch, "html.toml", b'extensions = [".html"]\n')
        for label, folder in folders.items():
            config = ("--config", settings) if label == "html" else ("--no-config",)
            for name, args in checks(folder, config).items():
                report = copydesk(*args).replace(folder.encode(), f"<{label}>".encode())
                write(out, f"{label}-{name}", report)
            for name in sorted(os.listdir(folder))[:40]:
                path = os.path.join(folder, name)
                if os.path.isfile(path) and name.endswith((".txt", ".md", ".html")):
                    report = copydesk("inspect", *config, "--format", "json", path)
                    write(out, f"{label}-inspect-{name}.json", report.replace(folder.encode(), f"<{label}>".encode()))
    listing = copydesk("rule")
    write(out, "rules.txt", listing)
    write(out, "rules.json", copydesk("rule", "--format", "json"))
    for code in sorted({line.split()[0] for line in listing.decode().splitlines()
                        if line[:2].isalpha() and line[:2].isupper() and line[2:5].isdigit()}):
        write(out, f"rule-{code}.txt", copydesk("rule", code))
    print(f"wrote {len(os.listdir(out))} outputs to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
