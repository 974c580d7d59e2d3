"""Every rule pack lists all of its modules, and every rule has a fixture."""

from __future__ import annotations

import importlib
import os

import pytest

from lint.rules import PACKS


@pytest.mark.parametrize("pack", [p for p in PACKS if p != "lint.rules.boilerplate"])
def test_every_module_of_a_pack_is_listed(pack):
    module = importlib.import_module(pack)
    folder = os.path.dirname(module.__file__)
    present = sorted(name[:-3] for name in os.listdir(folder) if name.endswith(".py") and name != "__init__.py")
    listed = sorted(module.RULE_MODULES + getattr(module, "HELPER_MODULES", ()))
    assert present == listed


@pytest.mark.parametrize("pack", PACKS)
def test_pack_rules_belong_to_one_family(pack):
    codes = [rule.code for rule in importlib.import_module(pack).RULES]
    assert codes and len({code[:2] for code in codes}) == 1
