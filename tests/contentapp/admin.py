from django.contrib import admin

from tests.contentapp.models import Document, Photo

admin.site.register(Photo)
admin.site.register(Document)
