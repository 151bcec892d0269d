from django.utils import translation

from common.uploads import format_limit


def test_format_limit_drops_trailing_zeros(english):
    assert [format_limit(5.0), format_limit(0.5), format_limit(0.01)] == ["5", "0.5", "0.01"]


def test_format_limit_uses_the_active_language():
    with translation.override("lv"):
        assert format_limit(0.5) == "0,5"
