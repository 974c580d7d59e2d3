"""The attribution analysis does work in proportion to the text.

A paragraph of thousands of quotation marks or a run of thousands of full
stops must not make it quadratic. The work is counted (characters the
patterns are asked to scan, look-ups of other quotations), not timed.
"""

from __future__ import annotations

import lint.analysis.attribution as attribution
from lint.analysis.people import find_people
from lint.analysis.sentences import sentence_spans
from lint.article.document import Document


class Counting:
    """A compiled pattern that counts the characters it is asked to scan."""

    def __init__(self, pattern, tally):
        self.pattern, self.tally = pattern, tally

    def finditer(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        self.tally[0] += max(0, end - pos)
        return self.pattern.finditer(text, pos, end)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def work(monkeypatch, text: str) -> int:
    tally = [0]
    monkeypatch.setattr(attribution, "_WORD", Counting(attribution._WORD, tally))
    monkeypatch.setattr(attribution, "_SPEAKER_PRONOUN", Counting(attribution._SPEAKER_PRONOUN, tally))
    looked_up = [0]
    real = attribution.Attribution.attributed

    def counted(self):
        looked_up[0] += 1
        return real.fget(self)

    monkeypatch.setattr(attribution.Attribution, "attributed", property(counted))
    doc = Document("article.txt", text)
    people = find_people(doc)
    found = attribution.find_attributions(doc, people)
    assert len(found) == text.count('"') // 2
    return tally[0] + looked_up[0]


def test_a_paragraph_of_many_quotations_is_read_in_linear_work(monkeypatch):
    small = work(monkeypatch, 'He said "a" ' * 500)
    large = work(monkeypatch, 'He said "a" ' * 4000)
    # Eight times the quotations: about eight times the work, not sixty-four.
    assert large < 12 * small


def test_unattributed_quotations_in_one_paragraph_are_read_in_linear_work(monkeypatch):
    small = work(monkeypatch, '"a" ' * 500)
    large = work(monkeypatch, '"a" ' * 4000)
    assert large < 12 * small


def test_a_long_run_of_full_stops_is_one_candidate_sentence_end():
    # Tried from every stop of the run, the sentence-end pattern would take
    # minutes here; matched from the run's first stop, it is one match.
    doc = Document("article.txt", "It rained" + "." * 200_000 + " then it stopped. Then it snowed.")
    assert len(doc.analysis(sentence_spans)) == 2
