import secrets

import reversion
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.signals import m2m_changed, post_save

import actionplan.demo
import events.demo
import funding.demo
import news.demo
import pages.demo
import partners.demo
from editorial.groups import EDITORS_GROUP

DEMO_EDITOR = "demo-editor"

# Each app's demo content, from the project's facts sheet, in dependency order: partners before
# the events they host, and so on. Each loader returns how many objects it created or changed.
LOADERS = [
    ("pages", pages.demo.load),
    ("partners", partners.demo.load),
    ("funding", funding.demo.load),
    ("events", events.demo.load),
    ("news", news.demo.load),
    # After the partners' loader: practices link to partners by partner number.
    ("actionplan", actionplan.demo.load),
]


class Command(BaseCommand):
    help = (
        "Fill every section with the DeCoDe project's real content in Latvian and English. "
        "Idempotent: running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--editor",
            action="store_true",
            help=f"Also create the staff account '{DEMO_EDITOR}' in the Editors group and "
            "print a new password for it.",
        )

    @transaction.atomic
    def handle(self, *args, editor=False, **options):
        saved = set()

        def remember(sender, instance, **kwargs):
            model = type(instance)
            if admin.site.is_registered(model) and reversion.is_registered(model):
                saved.add((model, instance.pk))

        post_save.connect(remember, weak=False, dispatch_uid="demo-saved")
        m2m_changed.connect(remember, weak=False, dispatch_uid="demo-saved-m2m")
        try:
            for name, load in LOADERS:
                changed = load()
                self.stdout.write(f"{name}: {changed} created or changed")
        finally:
            post_save.disconnect(dispatch_uid="demo-saved")
            m2m_changed.disconnect(dispatch_uid="demo-saved-m2m")
        # What the demo creates or changes is a version in the admin's history, so that it can
        # be restored or recovered like an editor's work: one revision per object (with the
        # rows edited as its parts), so restoring one object never rewrites another.
        for model, pk in sorted(saved, key=lambda item: (item[0]._meta.label, str(item[1]))):
            if model._base_manager.filter(pk=pk).exists():
                with reversion.create_revision():
                    reversion.set_comment("Demo content (manage.py demo)")
                    reversion.add_to_revision(model._base_manager.get(pk=pk))
        if editor:
            self._create_editor()

    def _create_editor(self):
        user, _created = get_user_model().objects.get_or_create(
            username=DEMO_EDITOR, defaults={"is_staff": True}
        )
        password = secrets.token_urlsafe(12)
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name=EDITORS_GROUP))
        self.stdout.write(
            self.style.SUCCESS(f"Editor account: {DEMO_EDITOR} / password: {password}")
        )
