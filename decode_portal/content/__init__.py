"""Building blocks every content app shares: rich text, validated files, timestamps, i18n.

This package imports no domain app.
"""
