"""Writes that span the plan's models: generating an edition's PDF files from the web content."""

from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from actionplan.models import PlanDocument
from actionplan.pdf import render_plan_pdf


@dataclass(frozen=True)
class GenerationResult:
    language: str
    document: PlanDocument | None
    skipped_reason: str = ""

    @property
    def generated(self):
        return not self.skipped_reason


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def _delete_file_later(storage, name):
    transaction.on_commit(lambda: storage.delete(name))


def plan_document_generate(*, plan, language, missing_only=False):
    """Render ``plan`` in ``language`` and store it as the edition's file for that language.

    An uploaded file is never replaced: it is the edition as published. A file generated
    earlier is replaced by a new rendering (or kept, with ``missing_only``).
    """
    existing = PlanDocument.objects.filter(plan=plan, language=language).first()
    if existing is not None and existing.source == PlanDocument.Source.UPLOADED:
        return GenerationResult(language, existing, str(_("an uploaded file exists")))
    if existing is not None and missing_only:
        return GenerationResult(language, existing, str(_("a generated file exists")))

    pdf = render_plan_pdf(plan, language)
    document = existing or PlanDocument(plan=plan, language=language)
    old_name = existing.file.name if existing is not None else ""
    document.source = PlanDocument.Source.GENERATED
    name = f"decode-action-plan-summary-{plan.version}-{language}.pdf"
    document.file = ContentFile(pdf, name=name)
    document.full_clean()
    document.save()
    if old_name and old_name != document.file.name:
        _delete_file_later(document.file.storage, old_name)
    return GenerationResult(language, document)


def plan_documents_generate(*, plan, languages=None, missing_only=False):
    """Generate ``plan``'s files in ``languages`` (default: every language of the site)."""
    return [
        plan_document_generate(plan=plan, language=language, missing_only=missing_only)
        for language in (languages or site_languages())
    ]
