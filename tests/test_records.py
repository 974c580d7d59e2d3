"""lint.support.records: named tuples declared like typing.NamedTuple."""

from __future__ import annotations

import pickle

import pytest

from lint.model import Diagnostic, Severity, Span
from lint.support.records import record


@record
class Place:
    """Where a story was filed."""

    city: str
    state: str | None = None
    words: tuple[str, ...] = ()

    def label(self) -> str:
        return f"{self.city}, {self.state}" if self.state else self.city

    @property
    def upper(self) -> str:
        return self.city.upper()


def test_a_record_is_a_named_tuple_with_the_declared_fields_defaults_and_methods():
    place = Place("Dover", "Del.")
    assert place == ("Dover", "Del.", ()) and isinstance(place, tuple)
    assert Place._fields == ("city", "state", "words")
    assert Place("Dover").label() == "Dover" and place.label() == "Dover, Del."
    assert place.upper == "DOVER"
    assert place._replace(city="Salem").label() == "Salem, Del."
    assert Place.__doc__ == "Where a story was filed." and Place.__name__ == "Place"
    assert Place.__module__ == __name__
    with pytest.raises(AttributeError):
        place.extra = 1  # no instance dictionary, as with typing.NamedTuple


def test_records_pickle_for_worker_processes():
    diagnostic = Diagnostic("BP001", "related-link-line", Severity.ERROR, "m", Span(3, 9))
    assert pickle.loads(pickle.dumps(diagnostic)) == diagnostic
    assert type(pickle.loads(pickle.dumps(diagnostic))) is Diagnostic
    assert pickle.loads(pickle.dumps(Place("Dover"))) == Place("Dover")


def test_a_field_without_a_default_after_one_with_a_default_is_refused():
    with pytest.raises(TypeError, match="Broken: a field without a default follows one with a default"):
        @record
        class Broken:
            first: int = 0
            second: int
