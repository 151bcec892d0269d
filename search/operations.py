"""The migration operation that declares a model's search indexes.

An app's migration lists, per searchable model, the GIN index on each language's search
document (see ``search.documents``)::

    AddSearchIndexes("theme", fields={"title": "A", "summary": "B"}, languages=["lv", "en"])
    AddSearchIndexes("pressrelease", column_prefix="search", languages=["lv", "en"])

``fields`` must be the ``fields`` of the model's ``SearchKind`` (the index is on the same
expression the search sends); ``column_prefix`` names the stored document columns of
``stored_search_documents``. The indexes exist on PostgreSQL only: other databases have no
full-text search and the operation does nothing there. Adding a site language, or changing a
kind's fields, takes a new migration; the tests check that every kind's search uses its index
in every language.
"""

from django.contrib.postgres.indexes import GinIndex
from django.db.migrations.operations.base import Operation

from search.documents import SearchDocument


class AddSearchIndexes(Operation):
    reversible = True
    reduces_to_sql = False

    def __init__(self, model_name, languages, fields=None, column_prefix=None):
        if (fields is None) == (column_prefix is None):
            raise ValueError("Give either the document's fields or its stored column prefix.")
        self.model_name = model_name.lower()
        self.languages = list(languages)
        self.fields = dict(fields) if fields is not None else None
        self.column_prefix = column_prefix

    def deconstruct(self):
        kwargs = {"model_name": self.model_name, "languages": self.languages}
        if self.fields is not None:
            kwargs["fields"] = self.fields
        else:
            kwargs["column_prefix"] = self.column_prefix
        return (self.__class__.__qualname__, [], kwargs)

    def indexes(self):
        for code in self.languages:
            name = f"search_{self.model_name}_{code.replace('-', '_')}"
            if self.column_prefix:
                column = f"{self.column_prefix}_{code.replace('-', '_')}"
                yield GinIndex(fields=[column], name=name)
            else:
                yield GinIndex(SearchDocument(self.fields, code), name=name)

    def state_forwards(self, app_label, state):
        # The indexes are the database's business only: no model declares them.
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        model = to_state.apps.get_model(app_label, self.model_name)
        for index in self.indexes():
            schema_editor.add_index(model, index)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor != "postgresql":
            return
        model = from_state.apps.get_model(app_label, self.model_name)
        for index in self.indexes():
            schema_editor.remove_index(model, index)

    def describe(self):
        return f"Create search indexes on {self.model_name} ({', '.join(self.languages)})"

    @property
    def migration_name_fragment(self):
        return f"{self.model_name}_search_indexes"
