"""Rich text edited with django-prose-editor and sanitised with nh3 on every write path.

The prose editor's own sanitiser only runs in ``full_clean`` (admin forms). This field also
cleans in ``pre_save`` (``save()``, ``objects.create()``) and in ``get_db_prep_save``, which
every write to the database reaches: ``QuerySet.update()``, ``bulk_create``, ``bulk_update``
and raw saves such as ``loaddata``. Lookups (``filter(body=...)``) are left as given.

Not covered: SQL expressions (``update(body=Concat(...))``) and historical models in data
migrations, which use a plain ``TextField``.
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
    """``html`` reduced to the site's rich-text allow-list; empty values stay as they are."""
    if not html:
        return html
    return _sanitize(str(html))


class RichTextField(ProseEditorField):
    """A ``TextField`` edited with the prose editor whose HTML is sanitised whenever it is written.

    Pass ``extensions`` to allow a different set of editor features; the sanitiser follows them.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", RICH_TEXT_EXTENSIONS)
        kwargs.setdefault("sanitize", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def sanitize_value(self, value):
        """``value`` cleaned by this field's allow-list; empty values and SQL expressions pass."""
        if not value or hasattr(value, "resolve_expression"):
            return value
        return self.sanitize(str(value))

    def pre_save(self, model_instance, add):
        value = self.sanitize_value(super().pre_save(model_instance, add))
        # Write to the instance dict, not through setattr: for a field translated with
        # modeltranslation, the original attribute's descriptor reads with language fallback
        # and writes to the active language, so setattr would copy Latvian text into an empty
        # English column when a page is saved while English is active.
        model_instance.__dict__[self.attname] = value
        return value

    def get_db_prep_save(self, value, connection):
        return super().get_db_prep_save(self.sanitize_value(value), connection)
