"""The benchmark's bare view exists only when DECODE_BENCH=1 turns it on."""

import pytest
from django.urls import NoReverseMatch, reverse


def test_the_bare_view_is_not_part_of_the_site():
    with pytest.raises(NoReverseMatch):
        reverse("bench_bare")


def test_the_bare_view_is_a_short_text_never_cached(rf):
    from decode_portal.views import bench_bare

    response = bench_bare(rf.get("/bench/bare/"))
    assert response.content == b"bare\n"
    assert "no-cache" in response.headers["Cache-Control"]
