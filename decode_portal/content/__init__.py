"""Building blocks shared by every content app.

Rich text (``richtext``), validated image and PDF uploads (``images``, ``documents``,
``uploads``), timestamps (``models``), translation helpers (``i18n``), the admin every content
model uses (``admin.TranslatedAdmin``: translation tabs, history and undo, publishing states,
partner editors' limits), drafts and previews (``publishing``), the staff groups (``editors``)
and whose content a partner editor may edit (``scoping``), the translation dashboard's data
(``translations``).

This package imports no domain app.
"""
