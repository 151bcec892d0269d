"""Draft or published, with a publication date-time: what the public sees, and editors' previews.

A content model inherits ``Publishable`` and gives its queryset ``PublishableQuerySet`` (or a
subclass with the app's own vocabulary). Public lists, sitemaps, feeds and search use
``published()``: published and due. A detail view mixes in ``PreviewableMixin`` so that a
signed-in editor can open a draft or a scheduled page at its public address, marked as a
preview, never cached and not indexed; anyone else gets a 404.
"""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")


class PublishableQuerySet(models.QuerySet):
    def published(self, now=None):
        """What the public sees: published, with a publication time that has come."""
        return self.filter(
            status=PublicationStatus.PUBLISHED, publish_at__lte=now or timezone.now()
        )


def required_to_publish(model):
    """Names of the translation columns that must have text before ``model`` is published.

    The columns modeltranslation requires (the required languages' columns of fields that may
    not be blank), plus the default language's column of every field the model lists in
    ``publish_requires`` (e.g. a body that may stay empty in a draft).
    """
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    required = options.required_languages
    languages = (required if isinstance(required, list | tuple) else (settings.LANGUAGE_CODE,)) or (
        settings.LANGUAGE_CODE,
    )
    extra = set(getattr(model, "publish_requires", ()))
    names = []
    for field in options.fields:
        for code in languages:
            column = model._meta.get_field(f"{field}_{code.replace('-', '_')}")
            if not column.blank or field in extra:
                names.append(column.name)
    return names


class Publishable(models.Model):
    """Content that is a draft until an editor publishes it, now or at a date-time to come."""

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
        help_text=_(
            "A draft is seen only by signed-in editors, at its public address, marked as a "
            "preview. Published content is public from its publication time."
        ),
    )
    publish_at = models.DateTimeField(
        _("publication time"),
        blank=True,
        null=True,
        db_index=True,
        help_text=_(
            "When it becomes public. A time to come schedules it; a past or empty one makes it "
            "public as soon as it is published."
        ),
    )

    # Translated fields that may be empty in a draft but not when it is published.
    publish_requires = ()

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.status == PublicationStatus.PUBLISHED and self.publish_at is None:
            self.publish_at = timezone.now()
        errors = self.publication_errors()
        if errors:
            # Whatever path the write takes (a form checks this in clean()), nothing is
            # published without its Latvian text.
            raise ValidationError(errors)
        super().save(*args, **kwargs)

    @property
    def is_public(self):
        return (
            self.status == PublicationStatus.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        return (
            self.status == PublicationStatus.PUBLISHED
            and self.publish_at is not None
            and self.publish_at > timezone.now()
        )

    def missing_for_publishing(self):
        """Verbose names of the columns that must be filled before this can be published."""
        return [
            self._meta.get_field(name)
            for name in required_to_publish(type(self))
            if not getattr(self, name, None)
        ]

    def publication_errors(self):
        if self.status != PublicationStatus.PUBLISHED:
            return {}
        return {
            field.name: ValidationError(
                _("Needed before publishing; save it as a draft until it is written."),
                code="required_to_publish",
            )
            for field in self.missing_for_publishing()
        }

    def clean(self):
        super().clean()
        errors = self.publication_errors()
        if errors:
            raise ValidationError(errors)


def can_preview(user, model):
    """Whether ``user`` may see some of ``model``'s drafts at their public addresses (which of
    them: ``may_preview``)."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.view_{opts.model_name}") or user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    )


def may_preview(request, obj):
    """Whether ``request``'s user may see ``obj`` although it is not public: as far as the
    object's admin lets them view it (a partner editor sees only their partner's drafts)."""
    if not can_preview(request.user, type(obj)):
        return False
    if not admin.site.is_registered(type(obj)):
        return False
    return admin.site.get_model_admin(type(obj)).has_view_permission(request, obj)


def preview_or_404(request, obj):
    """``obj`` if the public may see it or ``request``'s user may preview it; else a 404."""
    if not obj.is_public and not may_preview(request, obj):
        raise Http404
    return obj


def mark_preview(response):
    """A preview is never stored by a browser or a shared cache, and never indexed."""
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


class PreviewableMixin:
    """For a ``DetailView`` of a ``Publishable``: the public sees only what is published and
    due; a signed-in editor also sees drafts and scheduled ones, as a preview.

    The template gets ``preview`` (true for a page the public cannot see); base.html then
    shows the preview banner and asks search engines not to index the page.
    """

    def get_queryset(self):
        queryset = super().get_queryset()
        if can_preview(self.request.user, queryset.model):
            return queryset
        return queryset.published()

    def get_object(self, queryset=None):
        return preview_or_404(self.request, super().get_object(queryset))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = not self.object.is_public
        context["preview_object"] = self.object
        if context["preview"]:
            opts = self.object._meta
            context["preview_edit_url"] = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.object.pk]
            )
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context.get("preview"):
            mark_preview(response)
        return response
