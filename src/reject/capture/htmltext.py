"""HTML to readable plain text with the standard library only.

Used for HTML-only emails and for a saved job-posting page. Block elements
become line breaks, list items become "- " lines, headings their own lines,
quoted blocks (a mail client's <blockquote>) get "> " so the quote rules can
drop them, and scripts, styles and page chrome are left out.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "table",
        "tr", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
        "address", "figure", "figcaption", "center", "form", "fieldset", "hr", "body",
    }
)
_ALWAYS_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "svg"})
# On a web page these hold menus, cookie banners and footers, not the advert.
_PAGE_CHROME = frozenset({"nav", "header", "footer", "aside", "form", "button", "iframe"})
_VOID = frozenset(
    {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
     "track", "wbr"}
)


class _TextBuilder(HTMLParser):
    def __init__(self, skip: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_tags = skip
        self.skip_depth = 0
        self.quote_depth = 0
        self.pre_depth = 0
        self.lines: list[str] = []
        self.current: list[str] = []
        self.list_stack: list[str] = []
        self.pending_prefix = ""

    # Each finished line carries the quote depth it was written at.
    def _flush(self, blank: bool = True) -> None:
        text = "".join(self.current)
        if not self.pre_depth:
            text = re.sub(r"[ \t\r\n\f\u00a0]+", " ", text).strip()
        self.current = []
        if text:
            self.lines.append("> " * self.quote_depth + self.pending_prefix + text)
            self.pending_prefix = ""
        elif blank and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.skip_tags:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "br":
            self._break()
        elif tag == "li":
            self._flush(blank=False)  # list items are consecutive lines
            self.pending_prefix = "- "
        elif tag == "blockquote":
            self._flush()
            self.quote_depth += 1
        elif tag in _BLOCK:
            self._flush()
            if tag == "pre":
                self.pre_depth += 1
            if tag == "hr":
                self.lines.append("_" * 20)
        elif tag in ("td", "th") and self.current:
            self.current.append("  ")

    def _break(self) -> None:
        text = "".join(self.current)
        if text.strip() or self.pre_depth:
            self._flush()
        else:
            self.current = []
            self.lines.append("> " * self.quote_depth if self.quote_depth else "")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skip_tags:
            if tag not in _VOID and self.skip_depth:
                self.skip_depth -= 1
            return
        if self.skip_depth:
            return
        if tag == "blockquote":
            self._flush()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag == "li":
            self._flush(blank=False)
        elif tag in _BLOCK:
            self._flush()
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)

    def text(self) -> str:
        self._flush()
        out: list[str] = []
        for line in self.lines:
            line = line.rstrip()
            if line.strip(" >") == "" and out and out[-1].strip(" >") == "":
                continue
            out.append(line)
        return "\n".join(out).strip("\n")


def html_to_text(html: str, *, page: bool = False) -> str:
    """Readable text from HTML. ``page=True`` also drops navigation, headers,
    footers and forms, for a saved web page rather than an email."""
    skip = _ALWAYS_SKIP | _PAGE_CHROME if page else _ALWAYS_SKIP
    builder = _TextBuilder(skip)
    builder.feed(html)
    builder.close()
    return builder.text()
