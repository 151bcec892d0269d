"""Which translations are missing or out of date, for the admin's translation dashboard.

A language of an object is

- *missing* where a translated field has text in another language but none in this one;
- *stale* where another language changed after this one last did (one per-object time per
  language, ``editorial.models.TranslationChange``). When only languages that were stale
  change, a translation has caught up: the languages that were current are stamped too, so
  that updating the English after a Latvian change does not make the Latvian look stale.

A partner's language (not Latvian or English) is also *unreviewed* until an editor marks its
text as reviewed (``editorial.models.TranslationReview``); the mark holds for the text it was
made of, so any later change to that language asks for a new review.

The change times are kept by signal receivers connected to every model registered with
modeltranslation (``connect_tracking``, called when the site starts): any save through the
ORM, the admin, the demo command, fixtures or a restore from history compares the translated
columns with the stored row and records, for each language whose text differs, the time of the
save. ``QuerySet.update()`` and ``bulk_create`` send no signals and are not tracked; content
apps do not use them for text.

Why a separate table rather than versions or per-model timestamp columns: comparing
django-reversion versions would deserialise every version of every object and would miss
changes made outside the admin; timestamp columns would need a migration in each app and
another one for each new language. One small table covers every app and language as it is.
"""

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.admin.options import InlineModelAdmin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from modeltranslation.translator import NotRegistered, translator

from editorial.registered import model_admins


def languages():
    return [code for code, _name in settings.LANGUAGES]


def column(field_name, code):
    return f"{field_name}_{code.replace('-', '_')}"


def translated_fields(model):
    try:
        return list(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return []


def _empty(value):
    return value is None or str(value).strip() == ""


def missing_fields(values, fields):
    """``{language: [field, ...]}``: fields with text in another language but none in this one.

    ``values`` maps column names (``title_lv``) to values.
    """
    missing = defaultdict(list)
    codes = languages()
    for name in fields:
        texts = {code: values.get(column(name, code)) for code in codes}
        if all(_empty(text) for text in texts.values()):
            continue
        for code, text in texts.items():
            if _empty(text):
                missing[code].append(name)
    return dict(missing)


def missing_languages(obj):
    """Language codes in which ``obj`` lacks a translation of some field that has text."""
    fields = translated_fields(type(obj))
    values = {
        column(name, code): getattr(obj, column(name, code), None)
        for name in fields
        for code in languages()
    }
    return [code for code in languages() if code in missing_fields(values, fields)]


def text_digest(values, fields, code):
    """A fingerprint of ``code``'s text of one object, to tell whether a review still holds."""
    texts = [str(values.get(column(name, code)) or "") for name in fields]
    return hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode()).hexdigest()


def is_partner_language(code):
    return code in languages() and code not in settings.AUTHORITATIVE_LANGUAGES


# Keeping the per-language change times.


def _columns(model):
    return [column(name, code) for name in translated_fields(model) for code in languages()]


def _before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    loaded = [name for name in _columns(sender) if name in instance.__dict__]
    if update_fields is not None:
        loaded = [name for name in loaded if name in update_fields]
    if not loaded:
        instance._translation_changes = set()
        return
    old = None
    if instance.pk is not None:
        old = sender._base_manager.filter(pk=instance.pk).values(*loaded).first()
    changed = set()
    for code in languages():
        suffix = "_" + code.replace("-", "_")
        for name in loaded:
            if not name.endswith(suffix):
                continue
            new_value = instance.__dict__[name]
            # A text written or rewritten counts; one only deleted gives nothing to translate
            # (the field is then listed as missing, not the other language as stale).
            if _empty(new_value):
                continue
            if old is None or (old[name] or "") != (new_value or ""):
                changed.add(code)
    instance._translation_changes = changed


def behind(code, times):
    """When another language changed after ``code`` last did (None: ``code`` is current).

    ``times`` maps language codes to their recorded change times; a language without a record
    is behind any that has one. Only the authoritative languages (Latvian, English) count as
    the other: a partner language's translation follows them, never the reverse.
    """
    others = [
        time
        for other, time in times.items()
        if other != code and other in settings.AUTHORITATIVE_LANGUAGES
    ]
    latest_other = max(others) if others else None
    own = times.get(code)
    if latest_other is not None and (own is None or latest_other > own):
        return latest_other
    return None


def _after_save(sender, instance, **kwargs):
    from editorial.models import TranslationChange

    changed = getattr(instance, "_translation_changes", None)
    instance._translation_changes = set()
    if not changed:
        return
    content_type = ContentType.objects.get_for_model(sender)
    records = TranslationChange.objects.filter(
        content_type=content_type, object_id=str(instance.pk)
    )
    times = dict(records.values_list("language", "changed_at"))
    now = timezone.now()
    stamped = set(changed)
    if times and all(behind(code, times) for code in changed):
        # Only languages that were behind changed: a translation caught up. The languages
        # that were current stay current (their time moves on), instead of now looking older.
        stamped |= {code for code in times if behind(code, times) is None}
    TranslationChange.objects.bulk_create(
        [
            TranslationChange(
                content_type=content_type,
                object_id=str(instance.pk),
                language=code,
                changed_at=now,
            )
            for code in sorted(stamped)
        ],
        update_conflicts=True,
        unique_fields=["content_type", "object_id", "language"],
        update_fields=["changed_at"],
    )


def _after_delete(sender, instance, **kwargs):
    from editorial.models import TranslationChange, TranslationReview

    content_type = ContentType.objects.get_for_model(sender)
    for model in (TranslationChange, TranslationReview):
        model.objects.filter(content_type=content_type, object_id=str(instance.pk)).delete()


def connect_tracking():
    """Track the language changes of every model registered with modeltranslation."""
    for model in translator.get_registered_models(abstract=False):
        uid = f"translation-tracking-{model._meta.label}"
        pre_save.connect(_before_save, sender=model, dispatch_uid=uid)
        post_save.connect(_after_save, sender=model, dispatch_uid=uid)
        post_delete.connect(_after_delete, sender=model, dispatch_uid=uid)


# The dashboard.


@dataclass
class Problem:
    language: str
    missing: list = field(default_factory=list)  # verbose names of fields without text
    behind_since: object = None  # when another language changed after this one
    unreviewed: bool = False  # a partner language whose text no editor has marked as reviewed
    last_review: object = None  # the review of an earlier text, if any


@dataclass
class Entry:
    pk: object
    problems: list
    url: str = ""
    label: str = ""


@dataclass
class Section:
    model: type
    entries: list

    @property
    def content_type_id(self):
        return ContentType.objects.get_for_model(self.model).pk

    @property
    def verbose_name_plural(self):
        return self.model._meta.verbose_name_plural


class _Source:
    """Where an editor edits a model's objects: its own admin, or its parent's (as an inline)."""

    def __init__(self, model, model_admin, parent_fk=None):
        self.model = model
        self.model_admin = model_admin
        self.parent_fk = parent_fk

    def queryset(self, request):
        if self.parent_fk is None:
            return self.model_admin.get_queryset(request)
        parents = self.model_admin.get_queryset(request).values("pk")
        return self.model._default_manager.filter(**{f"{self.parent_fk.name}__in": parents})

    def url(self, obj, site_name):
        opts = self.model_admin.model._meta
        pk = obj.pk if self.parent_fk is None else getattr(obj, self.parent_fk.attname)
        return reverse(f"{site_name}:{opts.app_label}_{opts.model_name}_change", args=[pk])


def _editable(request, site, content_type_id, object_id, code):
    """``(model, obj)`` when ``request.user`` may change ``obj`` in ``site`` and ``code`` is a
    site language; None otherwise. Http404 for an id that is no id of the model at all."""
    if code not in languages():
        return None
    try:
        model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
    except (ContentType.DoesNotExist, TypeError, ValueError):
        return None
    source = next((s for s in _sources(request, site) if s.model is model), None)
    if source is None:
        return None
    try:
        obj = source.queryset(request).filter(pk=object_id).first()
    except (ValueError, ValidationError):  # not an id of this model at all
        raise Http404 from None
    if obj is None:
        return None
    owner = obj if source.parent_fk is None else getattr(obj, source.parent_fk.name)
    if not source.model_admin.has_change_permission(request, owner):
        return None
    return model, obj


def confirm_up_to_date(request, site, content_type_id, object_id, code):
    """Record that ``code``'s text of one object was checked against the other language and
    still says the same: it is no longer listed as stale. False when this editor may not
    change the object (or it, or the language, does not exist).
    """
    from editorial.models import TranslationChange

    found = _editable(request, site, content_type_id, object_id, code)
    if found is None:
        return False
    _model, obj = found
    records = TranslationChange.objects.filter(
        content_type_id=int(content_type_id), object_id=str(obj.pk)
    )
    times = dict(records.values_list("language", "changed_at"))
    # As recent as the change it was checked against: neither language is then behind.
    checked_against = behind(code, times) or timezone.now()
    TranslationChange.objects.update_or_create(
        content_type_id=int(content_type_id),
        object_id=str(obj.pk),
        language=code,
        defaults={"changed_at": checked_against},
    )
    return True


def mark_reviewed(request, site, content_type_id, object_id, code):
    """Record that ``request.user`` reviewed ``code``'s text of one object as it stands now.
    False unless ``code`` is a partner's language with text in this object and the editor may
    change the object."""
    from editorial.models import TranslationReview

    if not is_partner_language(code):
        return False
    found = _editable(request, site, content_type_id, object_id, code)
    if found is None:
        return False
    model, obj = found
    fields = translated_fields(model)
    values = {column(name, code): getattr(obj, column(name, code), None) for name in fields}
    if all(_empty(value) for value in values.values()):
        return False
    TranslationReview.objects.update_or_create(
        content_type_id=int(content_type_id),
        object_id=str(obj.pk),
        language=code,
        defaults={
            "text_digest": text_digest(values, fields, code),
            "reviewed_at": timezone.now(),
            "reviewed_by": request.user,
        },
    )
    return True


def _sources(request, site):
    """One source per translated model this editor may change in ``site``."""
    sources = []
    for model in translator.get_registered_models(abstract=False):
        if model._meta.proxy or not translated_fields(model):
            continue
        if site.is_registered(model):
            model_admin = site.get_model_admin(model)
            if model_admin.has_view_or_change_permission(request):
                sources.append(_Source(model, model_admin))
            continue
        for _parent, parent_admin in model_admins(site):
            inline = next(
                (
                    inline
                    for inline in parent_admin.inlines
                    if issubclass(inline, InlineModelAdmin) and inline.model is model
                ),
                None,
            )
            if inline is None or not parent_admin.has_view_or_change_permission(request):
                continue
            fk = _foreign_key(model, parent_admin.model, inline.fk_name)
            sources.append(_Source(model, parent_admin, parent_fk=fk))
            break
    return sorted(sources, key=lambda source: str(source.model._meta.verbose_name_plural))


def _foreign_key(model, parent_model, fk_name=None):
    """The ForeignKey of ``model`` to ``parent_model`` that an inline edits it by: the one named
    ``fk_name``, else the only one (as the admin requires of an inline without ``fk_name``)."""
    keys = [
        field
        for field in model._meta.get_fields()
        if isinstance(field, models.ForeignKey)
        and issubclass(parent_model, field.remote_field.model)
        and (fk_name is None or field.name == fk_name)
    ]
    if len(keys) != 1:
        raise ValueError(f"{model.__name__} has no single foreign key to {parent_model.__name__}")
    return keys[0]


def _problems(values, fields, times, reviews=None):
    """The ``Problem`` of each language of one object (``times``: language → change time;
    ``reviews``: partner language → its ``TranslationReview``, where review is asked about)."""
    missing = missing_fields(values, fields)
    problems = []
    for code in languages():
        has_text = any(not _empty(values.get(column(name, code))) for name in fields)
        since = behind(code, times) if has_text else None
        unreviewed, last_review = False, None
        if reviews is not None and has_text and is_partner_language(code):
            last_review = reviews.get(code)
            unreviewed = last_review is None or last_review.text_digest != text_digest(
                values, fields, code
            )
        if code in missing or since is not None or unreviewed:
            problems.append(
                Problem(code, missing.get(code, []), since, unreviewed, unreviewed and last_review)
            )
    return problems


def translation_backlog(request, site, *, describe=True, codes=None):
    """The objects with missing or stale translations that ``request.user`` may edit.

    In the languages ``codes``; by default the authoritative ones (Latvian and English), whose
    gaps readers meet: a partner's language falls back to English until it is translated.

    A fixed number of queries per translated model (2; 1 more where a partner's language is
    asked about, for its reviews; 1 more to describe the objects),
    whatever the number of objects.
    """
    from editorial.models import TranslationChange, TranslationReview

    codes = codes or settings.AUTHORITATIVE_LANGUAGES
    asks_review = any(is_partner_language(code) for code in codes)
    sections = []
    for source in _sources(request, site):
        model = source.model
        fields = translated_fields(model)
        names = [column(name, code) for name in fields for code in languages()]
        rows = list(source.queryset(request).order_by().values("pk", *names))
        if not rows:
            continue
        times = defaultdict(dict)
        changes = TranslationChange.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
        ).values_list("object_id", "language", "changed_at")
        for object_id, code, changed_at in changes:
            times[object_id][code] = changed_at
        reviews = defaultdict(dict)
        if asks_review:  # one more query, only where a partner's language is asked about
            for review in TranslationReview.objects.filter(
                content_type=ContentType.objects.get_for_model(model), language__in=codes
            ).select_related("reviewed_by"):
                reviews[review.object_id][review.language] = review
        entries = []
        for row in rows:
            key = str(row["pk"])
            found = _problems(
                row, fields, times.get(key, {}), reviews[key] if asks_review else None
            )
            problems = [problem for problem in found if problem.language in codes]
            if problems:
                for problem in problems:
                    problem.missing = [
                        model._meta.get_field(name).verbose_name for name in problem.missing
                    ]
                entries.append(Entry(pk=row["pk"], problems=problems))
        if entries and describe:
            # An object's name often includes its parent's (a figure names its partner's city).
            parents = [f.name for f in model._meta.concrete_fields if f.many_to_one]
            queryset = model._default_manager.all()
            if parents:
                queryset = queryset.select_related(*parents)
            objects = queryset.in_bulk([entry.pk for entry in entries])
            for entry in entries:
                obj = objects[entry.pk]
                entry.label = str(obj)
                entry.url = source.url(obj, site.name)
        if entries:
            sections.append(Section(model, entries))
    return sections


def backlog_count(request, site):
    """How many objects have a missing or stale translation (for the admin index)."""
    sections = translation_backlog(request, site, describe=False)
    return sum(len(section.entries) for section in sections)
