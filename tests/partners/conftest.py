import pytest
from django.contrib.auth.models import Group, User

from partners.models import PopulationFigure
from tests.factories import PartnerFactory, PopulationFigureFactory
from tests.fixtures import english, media_root  # noqa: F401 (fixtures)


def partner_number(index):
    return "LP" if index == 0 else f"PP{index + 1}"


@pytest.fixture
def make_network(db):
    """Make the network LP, PP2, … up to ``count`` partners; new ones get ``figures`` city figures.

    Calling it again with a larger count adds partners, so one test can measure both sizes.
    """

    def make(count, figures=3):
        partners = [PartnerFactory(number=partner_number(index)) for index in range(count)]
        PopulationFigure.objects.bulk_create(
            PopulationFigureFactory.build(
                partner=partner, year=2000 + offset, value=100_000 - 1_000 * offset
            )
            for partner in partners
            if not partner.population_figures.exists()
            for offset in range(figures)
        )
        return partners

    return make


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", password="a-long-enough-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user
