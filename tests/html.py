"""A small HTML reader for assertions on what a visitor sees (standard library only)."""

from html.parser import HTMLParser

INLINE = {"a", "abbr", "b", "code", "em", "i", "small", "span", "strong", "sub", "sup", "time"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []
        self.texts = []
        self.parts = []  # texts and children in document order

    @property
    def content(self):
        """Own text pieces and child elements in document order, without blank pieces."""
        return [part for part in self.parts if not isinstance(part, str) or part.strip()]

    @property
    def text(self):
        """The text as a reader sees it: inline elements run on, block elements are apart."""
        parts = []
        for part in self.parts:
            if isinstance(part, str):
                parts.append(part)
            elif part.tag in INLINE:
                parts.append(part.text)
            else:
                parts.append(f" {part.text} ")
        return " ".join("".join(parts).split())

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", [])
        self.current = self.root
        self.elements = []
        self.text_nodes = []  # (text, element)

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        self.current.parts.append(element)
        self.elements.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        self.current.parts.append(element)
        self.elements.append(element)

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        if self.current.tag in {"script", "style"}:
            return
        if not data.strip():
            self.current.parts.append(" ")  # the space between two inline elements
            return
        self.current.texts.append(data)
        self.current.parts.append(data)
        self.text_nodes.append((" ".join(data.split()), self.current))


class Document:
    def __init__(self, html):
        builder = _Builder()
        builder.feed(html)
        builder.close()
        self.root = builder.root
        self.elements = builder.elements
        self.text_nodes = builder.text_nodes

    def find_all(self, tag, **attrs):
        wanted = {key.rstrip("_").replace("_", "-"): value for key, value in attrs.items()}
        return [
            element
            for element in self.elements
            if element.tag == tag
            and all(element.attrs.get(key) == value for key, value in wanted.items())
        ]

    def find(self, tag, **attrs):
        found = self.find_all(tag, **attrs)
        return found[0] if found else None

    def by_class(self, class_name):
        return [
            element
            for element in self.elements
            if class_name in (element.attrs.get("class") or "").split()
        ]

    @property
    def text(self):
        return self.root.text


def parse(response_or_html):
    html = response_or_html
    if hasattr(response_or_html, "content"):
        html = response_or_html.content.decode()
    return Document(html)
