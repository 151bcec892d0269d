"""The site search: what each app makes searchable, and the search over all of it.

Each app declares its searchable kinds of content in its own ``search.py``::

    from decode_portal.search import SearchKind, register

    register(
        SearchKind(
            key="press",                              # ?kind=press, stable
            label=_("Press releases"),                # the group's heading
            order=30,                                 # groups are shown in this order
            queryset=lambda: PressRelease.objects.published(),
            fields={"title": "A", "summary": "B", "body": "C"},
            excerpt_fields=("summary", "body"),
            url_name="news:detail",                   # the kind is skipped until this URL exists
        )
    )

The project finds those modules when it starts (``autodiscover``), so an app that lands later
plugs in by adding the file; nothing here changes. Fields are the model's field names; for a
translated field the visitor's language is searched (the Latvian text where the English is
missing, as the pages show it). A kind's model may store its documents
(``decode_portal.content.search.stored_search_documents``); otherwise they are computed. Either
way ``ensure_search_indexes`` (run after every ``migrate`` on PostgreSQL) keeps a GIN index on
each kind's document per language, so no search reads every row's text.
"""

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connection as default_connection
from django.db.models import Case, IntegerField, Q, TextField, Value, When
from django.urls import NoReverseMatch, reverse
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import get_language

from decode_portal.content.search import (
    MIN_TERM_LENGTH,
    Fold,
    Headline,
    Matches,
    Rank,
    SearchDocument,
    TsQuery,
    fold,
    marked_excerpt,
    python_excerpt,
    search_document_column,
    search_document_columns,
    search_terms,
    shown_text,
    tsquery_text,
)

logger = logging.getLogger(__name__)

# A query longer than this is cut before anything else looks at it.
MAX_QUERY_LENGTH = 200
# How many hits of each kind the overview shows; "all N …" leads to the full, paged list.
OVERVIEW_HITS = 5
PAGE_SIZE = 10
INDEX_PREFIX = "search_gin_"


@dataclass(frozen=True)
class SearchKind:
    key: str
    label: Any
    queryset: Any  # callable returning the public objects of the kind
    fields: dict
    excerpt_fields: tuple = ()
    url_name: str | None = None
    order: int = 100
    url: Any = None  # callable(obj) -> URL; default obj.get_absolute_url()
    describe: Any = None  # callable(obj) -> a short line of context shown under the title

    @property
    def title_field(self):
        return next(iter(self.fields))

    @property
    def excerpt_field(self):
        return self.excerpt_fields[0] if self.excerpt_fields else self.title_field

    @property
    def model(self):
        return self.queryset().model

    def is_available(self):
        """False while the kind's public pages are not part of the site's URLs."""
        if not self.url_name:
            return True
        try:
            reverse(self.url_name, kwargs={"slug": "x"})
        except NoReverseMatch:
            try:
                reverse(self.url_name)
            except NoReverseMatch:
                return False
        return True

    def url_for(self, obj):
        return self.url(obj) if self.url else obj.get_absolute_url()

    def document(self, code):
        """Expression for the search document in language ``code`` (stored column or computed)."""
        from django.db.models import F

        column = search_document_column(self.model, code)
        return F(column) if column else SearchDocument(self.fields, code)


_registry: dict[str, SearchKind] = {}


def register(kind):
    _registry[kind.key] = kind
    return kind


def autodiscover():
    """Import every installed app's ``search`` module, which registers its kinds."""
    autodiscover_modules("search")


def kinds():
    """The registered kinds whose pages exist, in display order."""
    return sorted(
        (kind for kind in _registry.values() if kind.is_available()),
        key=lambda kind: (kind.order, kind.key),
    )


def get_kind(key):
    kind = _registry.get(key)
    return kind if kind is not None and kind.is_available() else None


@dataclass
class Hit:
    kind: SearchKind
    object: Any
    url: str
    excerpt: str  # safe HTML: escaped text with <mark>ed matches

    @property
    def title(self):
        return getattr(self.object, self.kind.title_field)

    @property
    def context(self):
        return self.kind.describe(self.object) if self.kind.describe else ""


@dataclass
class KindResults:
    kind: SearchKind
    count: int
    hits: list


def clean_query(raw):
    """The visitor's query, trimmed to ``MAX_QUERY_LENGTH`` characters, spaces collapsed."""
    text = " ".join((raw or "")[: MAX_QUERY_LENGTH * 4].split())
    return text[:MAX_QUERY_LENGTH]


class Search:
    """One visitor's query in one language, against the registered kinds.

    Each kind costs two queries (a count and one page of hits), whatever the number of hits.
    """

    def __init__(self, query, language=None, connection=None):
        self.query = clean_query(query)
        self.language = language or get_language() or settings.LANGUAGE_CODE
        self.connection = connection or default_connection
        self.terms = search_terms(self.query)
        if self.connection.vendor != "postgresql":
            self.terms = [term for term in self.terms if len(fold(term)) >= MIN_TERM_LENGTH]

    @property
    def is_empty(self):
        return not self.terms

    def _matching(self, kind):
        queryset = kind.queryset()
        columns = search_document_columns(queryset.model)
        if columns:
            queryset = queryset.defer(*columns)
        document = kind.document(self.language)
        if self.connection.vendor == "postgresql":
            tsquery = TsQuery(Value(tsquery_text(self.terms)))
            queryset = queryset.alias(search_document=document).filter(
                Matches("search_document", tsquery)
            )
            return queryset.annotate(search_rank=Rank("search_document", tsquery))
        queryset = queryset.alias(search_folded=Fold(document))
        for term in self.terms:
            queryset = queryset.filter(search_folded__contains=fold(term))
        # Ranking without full-text search: title matches first.
        title_field = next(iter(kind.fields))
        title = Fold(shown_text(queryset.model, title_field, self.language))
        in_title = Q()
        for term in self.terms:
            in_title |= Q(search_title__contains=fold(term))
        return queryset.alias(search_title=title).annotate(
            search_rank=Case(
                When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
        )

    def count(self, kind):
        if self.is_empty:
            return 0
        return self._matching(kind).count()

    def hits(self, kind, start=0, stop=PAGE_SIZE):
        if self.is_empty:
            return []
        queryset = self._matching(kind)
        model = queryset.model
        excerpt_text = None
        if kind.excerpt_fields:
            from django.db.models.functions import Concat

            parts = []
            for name in kind.excerpt_fields:
                parts += [shown_text(model, name, self.language), Value(" ")]
            parts = parts[:-1]
            excerpt_text = Concat(*parts, output_field=TextField()) if len(parts) > 1 else parts[0]
        if self.connection.vendor == "postgresql" and excerpt_text is not None:
            tsquery = TsQuery(Value(tsquery_text(self.terms)))
            queryset = queryset.annotate(search_headline=Headline(excerpt_text, tsquery))
        elif excerpt_text is not None:
            queryset = queryset.annotate(search_text=excerpt_text)
        ordering = ["-search_rank", *(queryset.query.order_by or model._meta.ordering), "pk"]
        queryset = queryset.order_by(*ordering)
        hits = []
        for obj in queryset[start:stop]:
            if hasattr(obj, "search_headline"):
                excerpt = marked_excerpt(obj.search_headline)
            else:
                excerpt = python_excerpt(getattr(obj, "search_text", ""), self.terms)
            hits.append(Hit(kind=kind, object=obj, url=kind.url_for(obj), excerpt=excerpt))
        return hits

    def overview(self, per_kind=OVERVIEW_HITS):
        """Every kind with hits: its count and its best ``per_kind`` hits."""
        results = []
        for kind in kinds():
            count = self.count(kind)
            if count:
                results.append(KindResults(kind, count, self.hits(kind, 0, per_kind)))
        return results


# --- indexes ---------------------------------------------------------------------------------


def _index_statements(kind, schema_editor):
    """(name, CREATE INDEX sql) for the GIN index on each language's document of ``kind``."""
    from django.contrib.postgres.indexes import GinIndex

    model = kind.model
    statements = []
    for code, _name in settings.LANGUAGES:
        column = search_document_column(model, code)
        # A stored document is indexed as a column, a computed one as the same expression.
        index = (
            GinIndex(fields=[column], name="x")
            if column
            else GinIndex(kind.document(code), name="x")
        )
        sql = str(index.create_sql(model, schema_editor))
        digest = hashlib.sha1(sql.encode()).hexdigest()[:10]
        name = f"{INDEX_PREFIX}{model._meta.db_table[:30]}_{digest}"
        statements.append((name, sql.replace('"x"', schema_editor.quote_name(name), 1)))
    return statements


def ensure_search_indexes(using="default", verbosity=1, **kwargs):
    """Create the missing GIN indexes on every kind's documents; drop outdated ones.

    Runs after ``migrate`` (a ``post_migrate`` receiver) on PostgreSQL. An index's name carries
    a hash of its definition, so changing a kind's fields replaces its index.
    """
    from django.db import connections

    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    tables = set(connection.introspection.table_names())
    with connection.schema_editor() as schema_editor:
        wanted = {}
        for kind in _registry.values():
            if kind.model._meta.db_table not in tables:
                continue  # that app is migrated backwards or not yet
            for name, sql in _index_statements(kind, schema_editor):
                wanted.setdefault(kind.model._meta.db_table, {})[name] = sql
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT tablename, indexname FROM pg_indexes "
                "WHERE schemaname = current_schema() AND indexname LIKE %s",
                [INDEX_PREFIX + "%"],
            )
            existing = {(table, name) for table, name in cursor.fetchall()}
        for table, indexes in wanted.items():
            for name, sql in indexes.items():
                if (table, name) not in existing:
                    if verbosity:
                        logger.info("Creating search index %s on %s", name, table)
                    schema_editor.execute(sql)
        for table, name in existing:
            if name not in wanted.get(table, {}):
                schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(name)}")


# --- the project's own pages -----------------------------------------------------------------


def _register_pages():
    from django.utils.translation import gettext_lazy as _

    from decode_portal.models import Page

    register(
        SearchKind(
            key="pages",
            label=_("About the site"),
            order=90,
            queryset=lambda: Page.objects.all(),
            fields={"title": "A", "summary": "B", "body": "C"},
            excerpt_fields=("summary", "body"),
        )
    )


_register_pages()
