"""reject: a private rejection journal that turns a turndown into a plan."""

__version__ = "0.2.0"
