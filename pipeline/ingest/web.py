"""HTML pages and captured page text: the article only, without navigation, cookie banners,
related lists and footers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "iframe",
    "select",
    "head",
}
# class and id words of page furniture, matched against the parts of each name ("main-nav",
# "cookie_consent"), so that a layout class like Sitevision's "sv-skip-spacer" is not "skip"
_DROP_WORDS = {
    "cookie",
    "cookies",
    "consent",
    "banner",
    "menu",
    "meny",
    "navigation",
    "nav",
    "navbar",
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "related",
    "share",
    "sharing",
    "social",
    "sidebar",
    "newsletter",
    "search",
    "puff",
    "puffar",
    "teaser",
    "teasers",
    "skiplink",
    "skiplinks",
}
_DROP_PHRASES = re.compile(r"skip-?to|skip-?link|to-?top", re.IGNORECASE)
_BLOCK = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "br",
    "tr",
    "table",
    "section",
    "article",
    "main",
    "blockquote",
    "dt",
    "dd",
    "time",
    "figcaption",
    "hr",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "col", "embed"}
# HTML5's implied end tags: an open <p> ends where a block starts, an <li> at the next <li> of its
# list, a cell at the next cell. Without them a page of unclosed <p> and <li> (valid HTML5) nests
# a thousand levels deep.
_IMPLIED_END = {
    "li": {"li"},
    "dt": {"dt", "dd"},
    "dd": {"dt", "dd"},
    "tr": {"tr", "td", "th"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    "option": {"option"},
}
_ENDS_P = {
    "p",
    "div",
    "ul",
    "ol",
    "dl",
    "table",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "main",
    "blockquote",
    "form",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "address",
    "fieldset",
    "figure",
}
_SCOPE = {"ul", "ol", "dl", "table", "tbody", "thead", "div", "section", "article", "main", "body", "html", "td", "th", "blockquote"}
MAX_DEPTH = 150  # deeper markup is attached flat: the tree walks below recurse once per level


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)  # Node | str


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        self._close_implied(tag)
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def _close_implied(self, tag: str) -> None:
        ends = _IMPLIED_END.get(tag, set()) | ({"p"} if tag in _ENDS_P else set())
        if not ends:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            t = self.stack[i].tag
            if t in ends:
                del self.stack[i:]
                return
            if t in _SCOPE:
                return

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _find(node: Node, pred) -> Node | None:
    for c in node.children:
        if isinstance(c, Node):
            if pred(c):
                return c
            r = _find(c, pred)
            if r:
                return r
    return None


def _dropped(n: Node) -> bool:
    if n.tag == "header":
        # the site's header goes; an article's own header (its headline, its date) stays
        return _find(n, lambda c: c.tag in ("h1", "time")) is None
    if n.tag in _DROP_TAGS:
        return True
    if n.tag in ("main", "article", "body"):
        return False
    names = " ".join((n.attrs.get("class", ""), n.attrs.get("id", ""), n.attrs.get("role", ""))).lower()
    if not names.strip():
        return False
    parts = set(re.split(r"[\s_\-]+", names))
    return bool(parts & _DROP_WORDS) or bool(_DROP_PHRASES.search(names))


def _text(node: Node, out: list[str]) -> None:
    for c in node.children:
        if isinstance(c, str):
            out.append(re.sub(r"\s+", " ", c))
        elif not _dropped(c):
            if c.tag in _BLOCK:
                out.append("\n")
            _text(c, out)
            if c.tag in _BLOCK:
                out.append("\n")


def _plain(node: Node) -> str:
    parts: list[str] = []
    _text(node, parts)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


@dataclass
class WebText:
    text: str
    title: str | None
    published: str | None
    site: str | None = None  # who publishes the page: og:site_name, or the <title> after its dash


def html_main_text(html: str) -> WebText:
    tb = _TreeBuilder()
    tb.feed(html)
    root = tb.root
    main = _main_node(root)
    head_title = _find(root, lambda n: n.tag == "title")
    # "Nytt stöd till föreningar - Hagby kommun": the page's name, then its site's
    title_parts = re.split(r"\s[-|–]\s", _plain(head_title)) if head_title else []
    time_el = _find(main, lambda n: n.tag == "time" and bool(n.attrs.get("datetime")))
    published = time_el.attrs["datetime"][:10] if time_el else None
    return WebText(_block_text(main), _page_title(root, main, title_parts) or None, published, _site_name(root, title_parts) or None)


def _main_node(root: Node) -> Node:
    """The page's content: its article, its main part, its body, or the whole page."""
    return (
        _find(root, lambda n: n.tag == "article")
        or _find(root, lambda n: n.tag == "main")
        or _find(root, lambda n: n.attrs.get("role") == "main")
        or _find(root, lambda n: n.tag == "body")
        or root
    )


def _meta(root: Node, prop: str) -> Node | None:
    return _find(root, lambda n: n.tag == "meta" and n.attrs.get("property") == prop)


def _page_title(root: Node, main: Node, title_parts: list[str]) -> str | None:
    """The headline (the content's h1, else the page's), else og:title, else the <title>'s first part."""
    h1 = _find(main, lambda n: n.tag == "h1") or _find(root, lambda n: n.tag == "h1")
    title = _plain(h1) if h1 else None
    if title:
        return title
    og = _meta(root, "og:title")
    return og.attrs.get("content") if og else (title_parts[0] if title_parts else None)


def _site_name(root: Node, title_parts: list[str]) -> str | None:
    """Who publishes the page: og:site_name, else the <title> after its dash."""
    site_meta = _meta(root, "og:site_name")
    return (site_meta.attrs.get("content") if site_meta else None) or (title_parts[-1].strip() if len(title_parts) > 1 else None)


def _block_text(main: Node) -> str:
    """The content's text, a line per block, blank lines dropped."""
    parts: list[str] = []
    _text(main, parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in "".join(parts).split("\n")]
    return "\n".join(ln for ln in lines if ln)


# Lines that end an article in captured page text ("Senaste pressmeddelandena", "Om oss") and
# lines that are page furniture inside it.
_STOP = re.compile(
    r"^(senaste (press)?meddelanden\w*|andra har även läst|relaterade? (sidor|nyheter)|"
    r"läs också|om oss|sidansvarig\b.*|klicka för support|i vårt pressrum\b.*|"
    r"abonnera på\b.*|följ .+ på\b.*|dela (sidan|artikeln)\b.*)$",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"^(nyckelord|bilder|dela|skriv ut|lyssna|tillbaka|till toppen|"
    r"öppna mobilmenyn|meny|sök|org\.mozilla\..*)$",
    re.IGNORECASE,
)


_CONTENTS = re.compile(r"(?im)^\s*(innehåll|innehållsförteckning)\s*:?\s*$")


def text_pages(text: str) -> list[str] | None:
    """A document saved as text (it has a table of contents) is kept whole, as pages: form feeds,
    or runs of three or more blank lines, separate them. None for captured web pages."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _CONTENTS.search(text[:5000]):
        return None
    parts = re.split(r"\f|\n[ \t]*\n[ \t]*\n[ \t]*\n+", text)
    return [re.sub(r"[ \t]+\n", "\n", p).strip("\n") for p in parts if p.strip()]


def text_main(text: str) -> WebText:
    """Captured page text: from the title (the first heading-like line followed by a paragraph)
    to the first line that starts the page's furniture."""
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    start = _title_line(lines)
    body = "\n".join(_article_lines(lines[start:])).strip()
    body = re.sub(r"\n{3,}", "\n\n", body)
    title = lines[start] if lines and start < len(lines) else None
    return WebText(body, title, None)


def _could_be_title(ln: str) -> bool:
    """A heading-like line: a few words, no sentence's end, no page furniture."""
    words = ln.split()
    return 3 <= len(words) <= 30 and not ln.endswith((".", ":", "?", "!")) and not _FURNITURE.match(ln)


def _title_line(lines: list[str]) -> int:
    """The index of the title: the first heading-like line followed by a paragraph (else the
    first line with text)."""
    nonempty = [i for i, ln in enumerate(lines) if ln]
    for i, j in zip(nonempty, nonempty[1:], strict=False):
        if _could_be_title(lines[i]) and len(lines[j].split()) >= 12:
            return i
    return nonempty[0] if nonempty else 0


def _article_lines(lines: list[str]) -> list[str]:
    """The lines up to the first that starts the page's furniture, furniture lines left out."""
    kept: list[str] = []
    for ln in lines:
        if _STOP.match(ln):
            break
        if not _FURNITURE.match(ln):
            kept.append(ln)
    return kept
