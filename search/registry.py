"""The site search: what each app makes searchable, and the search over all of it.

Each app declares its searchable kinds of content in its own ``search.py``::

    from search.registry import SearchKind, register

    register(
        SearchKind(
            key="press",                              # ?kind=press, stable
            label=_("Press releases"),                # the group's heading
            order=30,                                 # groups are shown in this order
            queryset=lambda: PressRelease.objects.published(),
            fields={"title": "A", "summary": "B", "body": "C"},
            excerpt_fields=("summary", "body"),
        )
    )

The project finds those modules when it starts (``autodiscover``), so an app plugs in by
adding the file; nothing here changes. Fields are the model's field names; for a
translated field the visitor's language is searched (the Latvian text where the English is
missing, as the pages show it). A kind's model may store its documents
(``search.documents.stored_search_documents``); otherwise they are computed. Either way the
app's migrations declare a GIN index on each language's document
(``search.operations.AddSearchIndexes``), so no search reads every row's text; the tests
check that each kind's queries use it.
"""

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchRank
from django.core.exceptions import EmptyResultSet
from django.db import connection as default_connection
from django.db.models import Case, ExpressionWrapper, F, IntegerField, Q, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import get_language

from search.documents import (
    CONFIG,
    MIN_TERM_LENGTH,
    Fold,
    SearchDocument,
    SearchDocumentField,
    fold,
    headline,
    marked_excerpt,
    python_excerpt,
    search_document_column,
    search_document_columns,
    search_query,
    search_terms,
    shown_text,
    tsquery_text,
)

# A query longer than this is cut before anything else looks at it.
MAX_QUERY_LENGTH = 200
# How many hits of each kind the overview shows; "all N …" leads to the full, paged list.
OVERVIEW_HITS = 5
PAGE_SIZE = 10
# At most this many hits of one kind are shown, and about as many ranked (see ``Search``); the
# page says when more match.
RESULT_LIMIT = 200
# For a word found in more than RESULT_LIMIT objects, at most this many objects of the kind are
# read in list order before the GIN index is asked instead (see ``Search._first_by_walking``).
WALK_LIMIT = 1000


@dataclass(frozen=True)
class SearchKind:
    key: str
    label: Any
    queryset: Any  # callable returning the public objects of the kind
    fields: dict
    excerpt_fields: tuple = ()
    order: int = 100
    url: Any = None  # callable(obj) -> URL; default obj.get_absolute_url()
    describe: Any = None  # callable(obj) -> a short line of context shown under the title

    @property
    def title_field(self):
        return next(iter(self.fields))

    @property
    def excerpt_field(self):
        return self.excerpt_fields[0] if self.excerpt_fields else self.title_field

    @cached_property
    def model(self):
        return self.queryset().model

    def url_for(self, obj):
        return self.url(obj) if self.url else obj.get_absolute_url()

    def document(self, code):
        """Expression for the search document in language ``code`` (stored column or computed)."""
        column = search_document_column(self.model, code)
        if column:
            return ExpressionWrapper(F(column), output_field=SearchDocumentField())
        return SearchDocument(self.fields, code)


_registry: dict[str, SearchKind] = {}


def register(kind):
    _registry[kind.key] = kind
    return kind


def autodiscover():
    """Import every installed app's ``search`` module, which registers its kinds."""
    autodiscover_modules("search")


def kinds():
    """The registered kinds, in display order."""
    return sorted(_registry.values(), key=lambda kind: (kind.order, kind.key))


def get_kind(key):
    return _registry.get(key)


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
    count: int  # how many hits can be shown: at most RESULT_LIMIT
    hits: list
    more: bool = False  # True when more than RESULT_LIMIT objects match


def clean_query(raw):
    """The visitor's query, trimmed to ``MAX_QUERY_LENGTH`` characters, spaces collapsed."""
    text = " ".join((raw or "")[: MAX_QUERY_LENGTH * 4].split())
    return text[:MAX_QUERY_LENGTH]


def list_order(queryset):
    """The order in which the site lists the queryset's objects, ending with the primary key."""
    ordering = list(queryset.query.order_by or queryset.model._meta.ordering)
    if not {"pk", "-pk"} & {item for item in ordering if isinstance(item, str)}:
        ordering.append("pk")
    return ordering


class Search:
    """One visitor's query in one language, against the registered kinds.

    A kind's matches are ranked (``ts_rank`` on PostgreSQL, title matches first elsewhere)
    among candidates: every match where there are at most ``RESULT_LIMIT``, else the first
    ``RESULT_LIMIT + 1`` in the order the site lists the kind (press releases: the newest), of
    which ``RESULT_LIMIT`` are shown, best first, and the page says "more than …". Matches are
    counted up to ``RESULT_LIMIT + 1`` only. So a word found in nearly every object costs no more
    than a rare one: no query ranks, counts or sorts every match, and excerpts (``ts_headline``,
    which reads an object's whole text) are made for the hits shown only.

    The grouped overview costs one query for the counts of every kind and one per kind with
    hits; one kind's page costs two (how many, and the page).
    """

    def __init__(self, query, language=None, connection=None):
        self.query = clean_query(query)
        self.language = language or get_language() or settings.LANGUAGE_CODE
        self.connection = connection or default_connection
        self.terms = search_terms(self.query)
        self.postgresql = self.connection.vendor == "postgresql"
        if not self.postgresql:
            self.terms = [term for term in self.terms if len(fold(term)) >= MIN_TERM_LENGTH]

    @property
    def is_empty(self):
        return not self.terms

    def _search_query(self):
        return search_query(self.terms)

    def _matching(self, kind):
        """The kind's public objects that match every word, unranked."""
        queryset = kind.queryset()
        document = kind.document(self.language)
        if self.postgresql:
            return queryset.alias(search_document=document).filter(
                search_document=self._search_query()
            )
        queryset = queryset.alias(search_folded=Fold(document))
        for term in self.terms:
            queryset = queryset.filter(search_folded__contains=fold(term))
        return queryset

    def _candidates(self, kind, found=None):
        """The primary keys of the matches to rank, ``found`` being ``count(kind)`` if known.

        Every match where there are at most ``RESULT_LIMIT``; else the first
        ``RESULT_LIMIT + 1`` in the kind's list order.
        """
        matching = self._matching(kind)
        if found is not None and found <= RESULT_LIMIT:
            return matching.values("pk")
        order = list_order(matching)
        first = matching.order_by(*order).values("pk")[: RESULT_LIMIT + 1]
        if not self.postgresql:
            return first
        return self._first_by_walking(kind, order, first)

    def _first_by_walking(self, kind, order, first):
        """``first`` (a queryset of primary keys) found cheaply for a common word.

        The GIN index finds every match, and sorting them reads every match's row: all of them
        for a word found in nearly every object. Walking the kind's list from its start (the
        index on the publication time, for press releases) and testing each object's document
        finds the first ``RESULT_LIMIT + 1`` matches after reading about as many objects then;
        PostgreSQL hands the walk's rows on in its order. The walk stops after ``WALK_LIMIT``
        objects; where it found fewer matches (a word in a few hundred older objects), the query
        through the index answers instead.
        """
        walk = (
            kind.queryset()
            .order_by(*order)
            .values(search_pk=F("pk"), search_doc=kind.document(self.language))[:WALK_LIMIT]
        )
        walk_sql, walk_params = walk.query.get_compiler(connection=self.connection).as_sql()
        first_sql, first_params = first.query.get_compiler(connection=self.connection).as_sql()
        limit = RESULT_LIMIT + 1
        sql = (
            f"WITH search_walk AS (SELECT search_pk FROM ({walk_sql}) search_recent "
            f"WHERE search_doc @@ to_tsquery('{CONFIG}'::regconfig, %s) LIMIT {limit}) "
            "SELECT search_pk FROM search_walk UNION ALL "
            f"SELECT * FROM ({first_sql}) search_first "
            f"WHERE (SELECT COUNT(*) FROM search_walk) < {limit}"
        )
        return RawSQL(sql, (*walk_params, tsquery_text(self.terms), *first_params))

    def _ranked(self, kind, queryset=None, found=None):
        """The candidates (or ``queryset``) with their rank, best first (ties in list order)."""
        if queryset is None:
            queryset = kind.queryset().filter(pk__in=self._candidates(kind, found))
        order = list_order(queryset)
        columns = search_document_columns(queryset.model)
        if columns:
            queryset = queryset.defer(*columns)
        if self.postgresql:
            rank = SearchRank(kind.document(self.language), self._search_query())
        else:
            # Ranking without full-text search: title matches first.
            title = Fold(shown_text(queryset.model, kind.title_field, self.language))
            in_title = Q()
            for term in self.terms:
                in_title |= Q(search_title__contains=fold(term))
            queryset = queryset.alias(search_title=title)
            rank = Case(
                When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        return queryset.annotate(search_rank=rank).order_by("-search_rank", *order)

    def _excerpt_text(self, kind, model):
        parts = []
        for name in kind.excerpt_fields:
            parts += [shown_text(model, name, self.language), Value(" ")]
        parts = parts[:-1]
        return Concat(*parts, output_field=TextField()) if len(parts) > 1 else parts[0]

    def counts(self, kinds):
        """{kind key: how many of its public objects match} for ``kinds``, in one query.

        Each kind's matches are counted up to ``RESULT_LIMIT + 1`` only: enough to say "more
        than RESULT_LIMIT", and cheap for a word that is found in every row.
        """
        if self.is_empty or not kinds:
            return dict.fromkeys((kind.key for kind in kinds), 0)
        parts, params = [], []
        for number, kind in enumerate(kinds):
            capped = self._matching(kind).order_by().values("pk")[: RESULT_LIMIT + 1]
            try:
                sql, kind_params = capped.query.get_compiler(connection=self.connection).as_sql()
            except EmptyResultSet:
                parts.append("0")
                continue
            parts.append(f"(SELECT COUNT(*) FROM ({sql}) search_{number})")
            params.extend(kind_params)
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(parts), params)
            row = cursor.fetchone()
        return {kind.key: found for kind, found in zip(kinds, row, strict=True)}

    def count(self, kind):
        """How many of the kind's public objects match, counted up to ``RESULT_LIMIT + 1``."""
        return self.counts([kind])[kind.key]

    def hits(self, kind, start=0, stop=PAGE_SIZE, found=None):
        """The kind's hits ``start`` to ``stop`` (within the first ``RESULT_LIMIT``), best first.

        ``found`` is ``count(kind)``, where known: it spares the work of choosing candidates
        from a few matches.
        """
        stop = min(stop, RESULT_LIMIT)
        if self.is_empty or start >= stop:
            return []
        queryset = self._ranked(kind, found=found)
        if start:
            # PostgreSQL computes an expensive expression of the select list (the excerpt) after
            # the sort, for the rows shown, but also for those an OFFSET skips: so the rows of a
            # later page are chosen first, and only they are read.
            page = queryset.values("pk")[start:stop]
            queryset = self._ranked(kind, kind.queryset().filter(pk__in=page))
            start, stop = 0, None
        if kind.excerpt_fields:
            text = self._excerpt_text(kind, queryset.model)
            if self.postgresql:
                queryset = queryset.annotate(search_headline=headline(text, self._search_query()))
            else:
                queryset = queryset.annotate(search_text=text)
        hits = []
        for obj in queryset[start:stop]:
            if hasattr(obj, "search_headline"):
                excerpt = marked_excerpt(obj.search_headline)
            else:
                excerpt = python_excerpt(getattr(obj, "search_text", ""), self.terms)
            hits.append(Hit(kind=kind, object=obj, url=kind.url_for(obj), excerpt=excerpt))
        return hits

    def overview(self, per_kind=OVERVIEW_HITS):
        """Every kind with hits: its count and its best ``per_kind`` hits.

        One query counts the matches of every kind; one more per kind with hits fetches them.
        """
        available = kinds()
        counts = self.counts(available)
        results = []
        for kind in available:
            found = counts[kind.key]
            if found:
                results.append(
                    KindResults(
                        kind,
                        min(found, RESULT_LIMIT),
                        self.hits(kind, 0, per_kind, found),
                        more=found > RESULT_LIMIT,
                    )
                )
        return results
