"""Rich text edited with django-prose-editor and sanitised with nh3 on every write path.

The prose editor's own sanitiser only runs in ``full_clean`` (admin forms). This field also
cleans in ``pre_save`` (``save()``, ``objects.create()``) and in ``get_prep_value`` (which every
write reaches, including ``QuerySet.update()``, ``bulk_create`` and raw saves such as a restore
from history), so no script can reach a page whichever way the text arrives.
"""

from django_prose_editor.fields import ProseEditorField, create_sanitizer

# What editors may use: headings below the page title, lists, links, emphasis, quotes, tables.
RICH_TEXT_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "HorizontalRule": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "History": True,
    "Typographic": True,
}

_sanitize = create_sanitizer(RICH_TEXT_EXTENSIONS)


def sanitize_html(html):
    """Return ``html`` reduced to the allow-list of the rich-text editor ('' stays '')."""
    if not html:
        return html
    return _sanitize(str(html))


class RichTextField(ProseEditorField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", RICH_TEXT_EXTENSIONS)
        kwargs.setdefault("sanitize", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def get_prep_value(self, value):
        return sanitize_html(super().get_prep_value(value))
