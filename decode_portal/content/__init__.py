"""Building blocks shared by every content app: rich text, validated files, timestamps, i18n helpers.

This package imports no domain app.
"""
