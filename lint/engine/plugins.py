"""Plugin loading: built-in plugins first, then the ``copydesk`` entry points.

Built-ins are imported and registered explicitly, so a checkout works
without installed metadata. Third-party plugins are found by reading the
``entry_points.txt`` files of installed distributions directly: importing
``importlib.metadata`` costs more than a whole lint of one article. A plugin
that fails to load stops the run (a pre-commit gate must not silently drop
a rule pack), naming its distribution.
"""

from __future__ import annotations

import importlib
import os
import sys

import pluggy

from lint.engine import hookspecs
from lint.support.records import record

ENTRY_POINT_GROUP = "copydesk"
DISABLE_AUTOLOAD_ENV = "COPYDESK_DISABLE_PLUGIN_AUTOLOAD"
DEFAULT_PLUGINS = (
    "lint.formats.html",
    "lint.formats.markdown",
    "lint.formats.text",
    "lint.engine.suppress",
    "lint.reporters",
    "lint.rules",
)


class PluginError(Exception):
    """A plugin that cannot be loaded or uses the hooks wrongly."""


@record
class EntryPoint:
    name: str
    value: str  # "module" or "module:attribute"
    distribution: str


def _distribution_name(folder: str) -> str:
    stem = folder.rsplit(".", 1)[0]
    return stem.split("-", 1)[0]


def find_entry_points(paths: list[str] | None = None) -> list[EntryPoint]:
    """Entry points of the ``copydesk`` group in installed distributions.

    The first distribution of a name on ``sys.path`` wins, as importlib does.
    """
    found: list[EntryPoint] = []
    seen: set[str] = set()
    for base in paths if paths is not None else sys.path:
        try:
            entries = sorted(os.listdir(base or "."))
        except OSError:
            continue
        for entry in entries:
            if not entry.endswith((".dist-info", ".egg-info")):
                continue
            dist = _distribution_name(entry).lower().replace("-", "_")
            if dist in seen:
                continue
            seen.add(dist)
            try:
                with open(os.path.join(base or ".", entry, "entry_points.txt"), encoding="utf-8") as handle:
                    text = handle.read()
            except OSError:
                continue
            found.extend(_parse_group(text, _distribution_name(entry)))
    return found


def _parse_group(text: str, distribution: str) -> list[EntryPoint]:
    points, in_group = [], False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            in_group = line.strip("[] ") == ENTRY_POINT_GROUP
        elif in_group and "=" in line:
            name, value = (part.strip() for part in line.split("=", 1))
            points.append(EntryPoint(name, value.split("[", 1)[0].strip(), distribution))
    return points


def _load(point: EntryPoint):
    module_name, _, attribute = point.value.partition(":")
    try:
        target = importlib.import_module(module_name.strip())
        for part in filter(None, attribute.strip().split(".")):
            target = getattr(target, part)
    except Exception as exc:
        raise PluginError(
            f"plugin {point.name!r} from distribution {point.distribution!r} failed to load: "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    return target


class Plugins:
    """The run's plugin manager and where each third-party plugin came from."""

    def __init__(self, blocked: tuple[str, ...] = (), autoload: bool | None = None,
                 extra: tuple[object, ...] = ()) -> None:
        """Register built-in plugins, ``extra`` ones (tests), then entry points.

        :param blocked: plugin names (entry-point or module names) not to load.
        :param autoload: load entry points; default unless the
            ``COPYDESK_DISABLE_PLUGIN_AUTOLOAD`` environment variable is set.
        """
        self.manager = pluggy.PluginManager(hookspecs.PROJECT)
        self.manager.add_hookspecs(hookspecs)
        self.distributions: dict[str, str] = {}
        for name in blocked:
            self.manager.set_blocked(name)
        for module_name in DEFAULT_PLUGINS:
            if not self.manager.is_blocked(module_name):
                self.manager.register(importlib.import_module(module_name), name=module_name)
        for plugin in extra:
            self.manager.register(plugin)
        if autoload is None:
            autoload = not os.environ.get(DISABLE_AUTOLOAD_ENV)
        if autoload:
            for point in find_entry_points():
                self._register_entry_point(point)
        try:
            self.manager.check_pending()
        except pluggy.PluginValidationError as exc:
            raise PluginError(f"plugin {self.label(exc.plugin)} implements an unknown hook: {exc}") from exc

    def _register_entry_point(self, point: EntryPoint) -> None:
        if self.manager.is_blocked(point.name) or self.manager.has_plugin(point.name):
            return
        plugin = _load(point)
        try:
            self.manager.register(plugin, name=point.name)
        except Exception as exc:
            raise PluginError(
                f"plugin {point.name!r} from distribution {point.distribution!r} cannot be registered: {exc}"
            ) from exc
        self.distributions[point.name] = point.distribution

    @property
    def hook(self):
        return self.manager.hook

    def label(self, plugin: object) -> str:
        """A readable name for a plugin: its distribution when it has one."""
        name = self.manager.get_name(plugin) or repr(plugin)
        dist = self.distributions.get(name)
        return f"{name!r} (distribution {dist!r})" if dist else repr(name)
