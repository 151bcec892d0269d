"""The shared download helpers: file names every browser saves correctly."""

from urllib.parse import unquote

import pytest

from common.downloads import ascii_filename, attachment_header


@pytest.mark.parametrize(
    ("name", "ascii_name"),
    [
        ("plan.pdf", "plan.pdf"),
        ("Rīcības plāns 1.0 lv.pdf", "Ricibas-plans-1.0-lv.pdf"),
        ("Łódź – Województwo.pdf", "Lodz-Wojewodztwo.pdf"),
        ("Århus Straße.pdf", "Arhus-Strasse.pdf"),
        ('quote" and\\slash;semi.pdf', "quote-and-slash-semi.pdf"),
        ("../../etc/passwd", "etc-passwd"),
        ("ελληνικά", "download"),
    ],
)
def test_ascii_filename_keeps_only_safe_characters(name, ascii_name):
    assert ascii_filename(name) == ascii_name


def test_attachment_header_carries_ascii_and_exact_utf8_names():
    header = attachment_header("Rīcības plāns.pdf")

    ascii_part, utf8_part = header.split("; filename*=")
    assert ascii_part == 'attachment; filename="Ricibas-plans.pdf"'
    assert utf8_part.startswith("UTF-8''")
    assert unquote(utf8_part.removeprefix("UTF-8''")) == "Rīcības plāns.pdf"
    assert header.isascii()
