"""Release body HTML -> plain text with paragraphs separated by a blank line.

Pure and stdlib-only (html.parser): bodies are small, editor-made HTML. Scripts, styles and
share widgets are dropped because their text would otherwise reach fact extraction.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose start or end closes the current paragraph.
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
     "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "hr", "pre"}
)
# Elements whose whole content is never release text.
SKIP_TAGS = frozenset({"script", "style", "noscript", "iframe", "template", "svg", "button", "form"})
VOID_TAGS = frozenset({"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "col", "embed"})
# class/id fragments of social-sharing widgets the gov.kz editor and embeds leave in bodies.
SHARE_WIDGET_PATTERN = re.compile(r"share|social|addthis|ya-share|likely|sharing", re.IGNORECASE)
# Paragraphs that are nothing but a share prompt, in the languages gov.kz publishes.
SHARE_PROMPTS = frozenset(
    {"tell a friend", "share", "share this", "поделиться", "рассказать друзьям", "бөлісу", "досыңа айт"}
)


def html_to_text(html: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    paragraphs = (" ".join(p.split()) for p in extractor.paragraphs())
    return "\n\n".join(p for p in paragraphs if p and p.strip(" :.!").lower() not in SHARE_PROMPTS)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._paragraphs: list[str] = []
        self._current: list[str] = []
        # While inside a dropped element: its tag and how deeply it is nested in itself.
        self._skip_tag: str | None = None
        self._skip_depth = 0

    def paragraphs(self) -> list[str]:
        self._break()
        return self._paragraphs

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag not in VOID_TAGS and (tag in SKIP_TAGS or _is_share_widget(attrs)):
            self._skip_tag, self._skip_depth = tag, 1
            return
        if tag in BLOCK_TAGS:
            self._break()
        elif tag in ("td", "th"):
            self._current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_tag is None and tag in BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skip_tag = None
            return
        if tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._skip_tag is None:
            self._current.append(data)

    def _break(self) -> None:
        if self._current:
            self._paragraphs.append("".join(self._current))
            self._current = []


def _is_share_widget(attrs: list[tuple[str, str | None]]) -> bool:
    return any(name in ("class", "id") and value and SHARE_WIDGET_PATTERN.search(value) for name, value in attrs)
