"""Named tuples declared like ``typing.NamedTuple``, without its start-up cost.

``typing.NamedTuple`` checks every field's annotation as a type; with
postponed annotations each one is a string, which it compiles into a
forward reference. A run defines about thirty-five such classes, and that
checking alone took several milliseconds of every cold start. ``record``
builds the same thing — a ``collections.namedtuple`` with the class's
fields, defaults, docstring and methods — leaving annotations as written.
"""

from __future__ import annotations

import collections

_NOT_COPIED = {"__dict__", "__weakref__"}


def record(cls: type) -> type:
    """A named tuple with ``cls``'s annotated fields (in order, with their
    defaults) and its docstring, methods and properties."""
    fields = list(cls.__dict__.get("__annotations__", {}))
    defaults = [cls.__dict__[name] for name in fields if name in cls.__dict__]
    if defaults and any(name not in cls.__dict__ for name in fields[len(fields) - len(defaults):]):
        raise TypeError(f"{cls.__name__}: a field without a default follows one with a default")
    base = collections.namedtuple(cls.__name__, fields, defaults=defaults or None, module=cls.__module__)
    namespace = {key: value for key, value in cls.__dict__.items()
                 if key not in _NOT_COPIED and key not in fields}
    namespace["__slots__"] = ()
    return type(cls.__name__, (base,), namespace)
