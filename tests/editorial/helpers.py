"""Reading admin forms as an editor's browser would submit them."""

from tests.html import parse


def descendants(element):
    for child in element.children:
        yield child
        yield from descendants(child)


def form_data(response_or_doc, form_id=None):
    """The values an admin change form would post unchanged (inputs, text areas, selects)."""
    doc = parse(response_or_doc) if hasattr(response_or_doc, "content") else response_or_doc
    forms = doc.find_all("form", id=form_id) if form_id else doc.find_all("form")
    form = next(
        f
        for f in forms
        if f.attrs.get("method", "").lower() == "post" and f.attrs.get("id") != "logout-form"
    )
    data = {}
    for element in descendants(form):
        name = element.attrs.get("name")
        if not name:
            continue
        if element.tag == "input":
            kind = element.attrs.get("type", "text")
            if kind in {"submit", "button", "file", "image"}:
                continue
            if kind in {"checkbox", "radio"}:
                if "checked" in element.attrs:
                    data.setdefault(name, []).append(element.attrs.get("value", "on"))
                continue
            data[name] = element.attrs.get("value") or ""
        elif element.tag == "textarea":
            # Browsers drop the newline that follows <textarea>.
            text = "".join(element.texts)
            data[name] = text[1:] if text.startswith("\n") else text
        elif element.tag == "select":
            chosen = [
                option.attrs.get("value", "")
                for option in descendants(element)
                if option.tag == "option" and "selected" in option.attrs
            ]
            if chosen:
                data[name] = chosen if "multiple" in element.attrs else chosen[0]
    return data


def row_containing(doc, text):
    """The table row with a cell whose text is ``text``."""
    for cell_text, element in doc.text_nodes:
        if cell_text == text:
            for ancestor in [element, *element.ancestors()]:
                if ancestor.tag == "tr":
                    return ancestor
    return None


def links_in(element):
    return [
        node.attrs["href"]
        for node in descendants(element)
        if node.tag == "a" and "href" in node.attrs
    ]


# The management form of an admin page's sources inline, with no row: what a browser posts for
# an object whose sources the editor leaves as they are.
NO_SOURCE_ROWS = {
    "common-source-content_type-object_id-TOTAL_FORMS": "0",
    "common-source-content_type-object_id-INITIAL_FORMS": "0",
}
