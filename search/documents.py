"""Full-text search building blocks: one search document per object and language.

A *search document* is the text a visitor of one language sees on an object's page (the
translated fields in that language, the Latvian text where the English is missing), with a
weight per field (title "A" ranks above summary "B" above body "C").

PostgreSQL
    The document is a ``tsvector`` made with the ``decode_search`` text search configuration
    (created by ``decode_portal/migrations/0003_search.py``): the ``simple`` parser and
    dictionary (PostgreSQL has no Latvian stemmer) after the ``unaccent`` dictionary, so
    "remigracija" finds "remigrācija" and "Lodz" finds "Łódź". Queries are prefix queries
    (``to_tsquery('decode_search', 'remigr:*')``), ranked with ``ts_rank``, with excerpts from
    ``ts_headline``. A model either stores its documents in generated columns
    (``stored_search_documents``, for the tables that grow: press releases, publications) or has
    them computed; either way a GIN index on the document keeps a search from reading every row
    (see ``search.registry.ensure_search_indexes``).

SQLite (the local demo)
    The document is the fields' plain text; a query keeps the rows whose document, folded by
    ``fold()`` (lower case, no diacritics, no tags), contains every folded search word.

This module imports no domain app.
"""

import html
import operator
import re
import unicodedata
from functools import reduce

from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchVector,
    SearchVectorField,
)
from django.db import models
from django.db.models import Value
from django.db.models.expressions import Expression, Func
from django.db.models.functions import Coalesce, NullIf
from django.utils.deconstruct import deconstructible
from django.utils.html import escape

from common.i18n import fallback_languages

CONFIG = "decode_search"
# The weights PostgreSQL knows, highest first.
WEIGHTS = ("A", "B", "C", "D")
# At most this many words of a query are searched for; the rest is ignored.
MAX_TERMS = 8
# Search words shorter than this (after folding) are ignored on SQLite, where every word is a
# substring search: "a" would match nearly everything.
MIN_TERM_LENGTH = 2
# ts_headline marks matches with these private-use characters; they are turned into <mark>
# only after the excerpt has been HTML-escaped, so no stored text can inject markup.
START_MARK = "\ue000"
STOP_MARK = "\ue001"

# Letters that Unicode does not decompose into a base letter and an accent.
_SPECIAL_FOLDS = {
    "ł": "l",
    "đ": "d",
    "ø": "o",
    "ħ": "h",
    "ı": "i",
    "ŧ": "t",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
}
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")


def _fold_char(char):
    lower = char.lower()
    if lower in _SPECIAL_FOLDS:
        return _SPECIAL_FOLDS[lower]
    decomposed = unicodedata.normalize("NFKD", lower)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text):
    """``text`` in lower case without diacritics: "Łódź, Remigrācija" -> "lodz, remigracija"."""
    if not text:
        return ""
    return "".join(_fold_char(char) for char in str(text))


def plain_text(rich_text):
    """Visible text of stored (sanitised) rich text: tags dropped, entities decoded."""
    if not rich_text:
        return ""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", str(rich_text)))).strip()


def fold_document(text):
    """The SQLite search function: ``fold`` of the document's visible text."""
    if text is None:
        return None
    return fold(plain_text(text))


# Latvian nouns and adjectives change their last letter or two with case and number
# ("koordinators", "koordinatora", "koordinatoram"). There is no Latvian stemmer in
# PostgreSQL, so a longer word loses such an ending before it is used as a prefix.
_ENDING_LETTERS = set("aeiouyāēīūsšm")
_MIN_STEM = 4


def _without_ending(word):
    stem = word
    for _step in range(2):
        if len(stem) > _MIN_STEM + 1 and fold(stem[-1]) in _ENDING_LETTERS:
            stem = stem[:-1]
    return stem


def search_terms(query):
    """The words of a visitor's query as prefixes to search for (at most ``MAX_TERMS``).

    A word of six letters or more is shortened by up to two ending letters (vowels, "s",
    "m") so that other forms of it match too: "koordinators" finds "koordinatora",
    "Daugavpils" finds "Daugavpilī", "remigracija" finds "remigrācijas".
    """
    return [_without_ending(word) for word in _WORD.findall(query or "")[:MAX_TERMS]]


def tsquery_text(terms):
    """A ``to_tsquery`` argument matching documents with every term as a word prefix.

    ``terms`` come from ``search_terms`` (letters and digits only), so the text carries no
    tsquery operators of the visitor's.
    """
    return " & ".join(f"{term}:*" for term in terms)


def _suffix(code):
    return code.replace("-", "_")


def shown_text(model, field, code):
    """Expression for the text of ``field`` that a visitor in language ``code`` sees.

    For a translated field: its own language, else the fallback language's text (as the pages
    show it). For a field that is not translated: the field itself.
    """
    names = {f.name for f in model._meta.get_fields()}
    own = f"{field}_{_suffix(code)}"
    if own not in names:
        return Coalesce(models.F(field), Value(""), output_field=models.TextField())
    columns = [own] + [
        f"{field}_{_suffix(other)}"
        for other in fallback_languages(code)
        if f"{field}_{_suffix(other)}" in names
    ]
    if len(columns) == 1:
        return Coalesce(models.F(own), Value(""), output_field=models.TextField())
    # An empty text is a missing one, as on the pages; the last fallback may be empty.
    texts = [NullIf(models.F(column), Value("")) for column in columns[:-1]]
    return Coalesce(*texts, models.F(columns[-1]), Value(""), output_field=models.TextField())


class SearchDocumentField(SearchVectorField):
    """The type of a search document: ``tsvector`` on PostgreSQL, text elsewhere.

    As a ``SearchVectorField``, it is matched with ``document=SearchQuery(...)``.
    """

    def db_type(self, connection):
        if connection.vendor == "postgresql":
            return "tsvector"
        return models.TextField().db_type(connection)


class _WeightedDocument(Func):
    """Compiled form of ``SearchDocument``: the resolved field texts with their weights."""

    output_field = SearchDocumentField()

    def __init__(self, *expressions, weights):
        self.weights = weights
        super().__init__(*expressions)

    def as_sql(self, compiler, connection, **extra_context):
        # Not PostgreSQL: the plain text of the fields, separated by spaces.
        parts, params = [], []
        for expression in self.source_expressions:
            sql, part_params = compiler.compile(expression)
            parts.append(f"COALESCE({sql}, '')")
            params.extend(part_params)
        return " || ' ' || ".join(parts), params

    def as_postgresql(self, compiler, connection, **extra_context):
        vectors = [
            SearchVector(expression, config=CONFIG, weight=weight)
            for expression, weight in zip(self.source_expressions, self.weights, strict=True)
        ]
        return compiler.compile(reduce(operator.add, vectors))


@deconstructible(path="search.documents.SearchDocument")
class SearchDocument(Expression):
    """The search document of a model's ``fields`` ({name: weight}) in language ``language``."""

    output_field = SearchDocumentField()

    def __init__(self, fields, language):
        fields = dict(fields)
        unknown = set(fields.values()) - set(WEIGHTS)
        if unknown:
            raise ValueError(f"Unknown search weights {unknown}; use {WEIGHTS}.")
        self.fields = fields
        self.language = language
        super().__init__()

    def __repr__(self):
        return f"SearchDocument({self.fields!r}, {self.language!r})"

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        model = query.model
        if model is None:
            # Model validation checks constraints in a query without a model, with every field
            # (this generated one too) replaced by the instance's value; no constraint reads a
            # search document, so an empty one stands in.
            return Value("", output_field=SearchDocumentField())
        document = _WeightedDocument(
            *[shown_text(model, name, self.language) for name in self.fields],
            weights=list(self.fields.values()),
        )
        return document.resolve_expression(query, allow_joins, reuse, summarize, for_save)

    def as_sql(self, compiler, connection):  # pragma: no cover - always resolved first
        raise NotImplementedError("SearchDocument is compiled through resolve_expression().")


def stored_search_documents(model, fields, prefix="search"):
    """Add a stored, generated search document column per site language to ``model``.

    ``search_lv``, ``search_en``, … are computed by the database from ``fields`` on every
    write (whatever writes: admin, ``save()``, ``update()``), never edited and never loaded
    unless asked for (``search_document_columns`` lists them for ``defer()``). Adding a
    language to ``settings.LANGUAGES`` adds a column at the next ``makemigrations``.
    Use it right after the class statement: ``stored_search_documents(PressRelease, {...})``.
    """
    for code, _name in settings.LANGUAGES:
        field = models.GeneratedField(
            expression=SearchDocument(fields, code),
            output_field=SearchDocumentField(),
            db_persist=True,
            verbose_name=f"search document ({code})",
        )
        model.add_to_class(f"{prefix}_{_suffix(code)}", field)
    model._search_document_prefix = prefix
    return model


def search_document_column(model, code):
    """The name of ``model``'s stored search document in ``code``, or None if it has none."""
    prefix = getattr(model, "_search_document_prefix", None)
    if prefix is None:
        return None
    return f"{prefix}_{_suffix(code)}"


def search_document_columns(model):
    """All stored search document columns of ``model`` (for ``QuerySet.defer``)."""
    prefix = getattr(model, "_search_document_prefix", None)
    if prefix is None:
        return []
    return [f"{prefix}_{_suffix(code)}" for code, _name in settings.LANGUAGES]


def search_query(terms):
    """The ``SearchQuery`` matching documents with every one of ``terms`` as a word prefix."""
    return SearchQuery(tsquery_text(terms), config=CONFIG, search_type="raw")


def headline(text, query, max_words=32, min_words=16, fragments=2):
    """``ts_headline`` over the visible text (tags removed), matches between private-use marks."""
    visible = Func(
        text,
        Value("<[^>]*>"),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=models.TextField(),
    )
    return SearchHeadline(
        visible,
        query,
        config=CONFIG,
        start_sel=START_MARK,
        stop_sel=STOP_MARK,
        max_words=max_words,
        min_words=min_words,
        max_fragments=fragments,
        fragment_delimiter=" … ",
    )


class Fold(Func):
    """``decode_fold(text)`` on SQLite (see ``register_sqlite_functions``)."""

    function = "decode_fold"
    output_field = models.TextField()


def register_sqlite_functions(sender, connection, **kwargs):
    """``connection_created`` receiver: give every SQLite connection ``decode_fold``."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("decode_fold", 1, fold_document, deterministic=True)


def marked_excerpt(headline):
    """Safe HTML from a ``ts_headline`` result: the text escaped, matches in <mark>."""
    text = _SPACE.sub(" ", html.unescape(headline or "")).strip()
    return (
        escape(text)
        .replace(START_MARK, "<mark>")
        .replace(STOP_MARK, "</mark>")
        .replace("</mark> <mark>", " ")
    )


def python_excerpt(text, terms, width=220):
    """Safe HTML excerpt of ``text`` around the first match of any of ``terms``, marked.

    Matching is on ``fold``ed text, so "remigracija" marks "remigrācija" and "lodz" marks
    "Łódź". Used where the database has no ``ts_headline`` (SQLite).
    """
    text = plain_text(text)
    if not text:
        return ""
    # fold() may turn one character into two ("ß" -> "ss"): keep where each folded one came from.
    folded_chars, origin = [], []
    for index, char in enumerate(text):
        for folded_char in _fold_char(char):
            folded_chars.append(folded_char)
            origin.append(index)
    folded = "".join(folded_chars)
    folded_terms = [fold(term) for term in terms if fold(term)]
    spans = []
    for term in folded_terms:
        for match in re.finditer(re.escape(term), folded):
            start = origin[match.start()]
            end = origin[match.end() - 1] + 1
            while end < len(text) and text[end].isalnum():
                end += 1  # mark the whole word, as ts_headline does
            spans.append((start, end))
    spans.sort()
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start:
        # Begin at a word.
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    pieces, position = [], start
    for span_start, span_end in spans:
        if span_start < position or span_end > end:
            continue
        pieces.append(escape(text[position:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    pieces.append(escape(text[position:end]))
    excerpt = "".join(pieces)
    return ("… " if start else "") + excerpt + (" …" if end < len(text) else "")
