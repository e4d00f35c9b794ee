"""Insight across the whole journal: themes, the development plan, statistics.

Pure functions over the ``Journal`` model. Nothing here imports Typer or Rich;
the CLI (``reject.cli.insights``) reads the store, calls in, and renders.
"""
