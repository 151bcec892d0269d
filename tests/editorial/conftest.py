import pytest
from django.contrib.auth.models import Group, Permission, User

from editorial.groups import EDITORS_GROUP, PARTNER_EDITORS_GROUP
from partners.models import PartnerEditor
from tests.factories import kaunas, vejle

PASSWORD = "a-long-enough-password"


def with_article_permissions(group):
    """The test app's articles and practices stand for press releases and good practices."""
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="contentapp",
            content_type__model__in=["article", "practice"],
        )
    )
    return group


@pytest.fixture
def editor(db):
    user = User.objects.create_user("redaktore", password=PASSWORD, is_staff=True)
    user.groups.add(with_article_permissions(Group.objects.get(name=EDITORS_GROUP)))
    return user


@pytest.fixture
def kaunas_partner(db):
    return kaunas()


@pytest.fixture
def vejle_partner(db):
    return vejle()


@pytest.fixture
def kaunas_editor(kaunas_partner):
    user = User.objects.create_user("kaunas", password=PASSWORD, is_staff=True)
    user.groups.add(with_article_permissions(Group.objects.get(name=PARTNER_EDITORS_GROUP)))
    PartnerEditor.objects.create(user=user, partner=kaunas_partner)
    return user
