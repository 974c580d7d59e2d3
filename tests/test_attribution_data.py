"""The loaded attribution verbs (rules/attribution/loaded_verbs.toml) as data."""

from __future__ import annotations

import os
import tomllib

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = os.path.join(ROOT, "rules", "attribution", "loaded_verbs.toml")
KINDS = {"loaded", "non-speech", "mental"}
KEYS = {"lemma", "forms", "kind", "reason"}


def load() -> list[dict]:
    with open(PATH, "rb") as handle:
        data = tomllib.load(handle)
    assert set(data) == {"verb"}, f"unknown top-level keys: {sorted(set(data) - {'verb'})}"
    return data["verb"]


VERBS = load()


def test_enough_verbs_of_every_kind():
    assert len(VERBS) >= 25
    assert {v["kind"] for v in VERBS} == KINDS


@pytest.mark.parametrize("verb", VERBS, ids=[v.get("lemma", "?") for v in VERBS])
def test_entry_is_well_formed(verb):
    assert set(verb) == KEYS, f"keys {sorted(verb)}"
    assert verb["kind"] in KINDS
    assert isinstance(verb["lemma"], str) and verb["lemma"].strip() == verb["lemma"] != ""
    forms = verb["forms"]
    assert isinstance(forms, list) and forms, "no forms"
    assert all(isinstance(f, str) and f == f.strip().lower() and f for f in forms), forms
    assert len(set(forms)) == len(forms), f"repeated form in {forms}"
    assert verb["lemma"] in forms, "the lemma is one of its own forms"
    reason = verb["reason"]
    assert isinstance(reason, str) and reason.strip()
    # One sentence: it ends the message's first part, so it starts with a capital and ends with a stop.
    assert reason[0].isupper() and reason.endswith(".") and reason.count(". ") == 0, reason


def test_lemmas_are_unique():
    lemmas = [v["lemma"] for v in VERBS]
    assert sorted(set(l for l in lemmas if lemmas.count(l) > 1)) == []


def test_a_form_belongs_to_one_verb_only():
    owner: dict[str, str] = {}
    clashes = []
    for verb in VERBS:
        for form in verb["forms"]:
            if form in owner:
                clashes.append((form, owner[form], verb["lemma"]))
            owner[form] = verb["lemma"]
    assert clashes == []


def test_plain_speech_verbs_are_not_loaded():
    forms = {f for v in VERBS for f in v["forms"]}
    assert forms.isdisjoint({"said", "says", "say", "told", "tells", "added", "asked", "wrote"})
