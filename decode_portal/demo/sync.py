"""Idempotent writes for demo loaders: create or update an object, and say if anything changed."""

from common.richtext import RichTextField, sanitize_html


def _stored_form(model, name, value):
    """The value as the database will keep it (rich text is sanitised on the way in)."""
    field = model._meta.get_field(name)
    if isinstance(field, RichTextField):
        return sanitize_html(value)
    return value


def sync(model, lookup, values):
    """Make the object found by ``lookup`` carry ``values``; return (obj, changed)."""
    values = {name: _stored_form(model, name, value) for name, value in values.items()}
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
        return obj, True
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.full_clean()
        obj.save()
    return obj, bool(changed)
