"""The run: config and settings, plugins and their hook specs, the rule
registry, selection and suppression, fixes, the results cache, and the
Engine that lints one file (``lint.engine.core``). Imports the layers below
(analysis, article, model, support); rules and front ends import it."""
