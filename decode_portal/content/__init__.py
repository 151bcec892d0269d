"""Building blocks shared by every content app.

Rich text (``richtext``), validated image and PDF uploads (``images``, ``documents``,
``uploads``), timestamps (``models``), translation helpers (``i18n``, ``admin``) and the
editors' group (``editors``).

This package imports no domain app.
"""
