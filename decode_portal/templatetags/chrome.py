"""The parts of every page that only the language and the code decide, rendered once per process.

    {% load chrome %}{% chrome "site-footer" %}…{% endchrome %}
    {% chrome "main-nav" navigation_current %}…{% endchrome %}

The header, the main navigation and the footer look the same on every page in one language
(the navigation also marks the current section, named as an extra value), yet cost a page
dozens of {% translate %}, {% url %} and {% static %} tags. The first render of each part is
kept in this process's memory, keyed by its name, the active language, the URL configuration
and script prefix, and the extra values; later pages reuse it. Nothing in them comes from the
database, so no edit can make them stale; a deployment starts new processes. With debug on
(templates reload as they change) and whenever a setting changes (tests) nothing is reused.
"""

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.template.loader_tags import BlockNode
from django.urls import get_script_prefix, get_urlconf
from django.utils.translation import get_language

register = template.Library()

# Names x languages x navigation sections: a few dozen entries; the bound guards against an
# extra value that varies without end.
MAX_ENTRIES = 256
_rendered = {}


def forget(**kwargs):
    _rendered.clear()


setting_changed.connect(forget)


class ChromeNode(template.Node):
    def __init__(self, name, vary_on, nodelist):
        self.name = name
        self.vary_on = vary_on
        self.nodelist = nodelist

    def render(self, context):
        if settings.DEBUG:
            return self.nodelist.render(context)
        key = (
            self.name,
            get_language(),
            get_urlconf() or settings.ROOT_URLCONF,
            get_script_prefix(),
            *(value.resolve(context) for value in self.vary_on),
        )
        try:
            return _rendered[key]
        except KeyError:
            output = self.nodelist.render(context)
            if len(_rendered) < MAX_ENTRIES:
                _rendered[key] = output
            return output


@register.tag
def chrome(parser, token):
    """``{% chrome "name" [value ...] %}…{% endchrome %}``: rendered once per process."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError('{% chrome %} needs a name: {% chrome "footer" %}')
    name = bits[1]
    if not (name[0] == name[-1] and name[0] in "\"'"):
        raise template.TemplateSyntaxError("{% chrome %} needs its name in quotes")
    nodelist = parser.parse(("endchrome",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):
        # A child template's block would be kept as the first page that used it rendered it.
        raise template.TemplateSyntaxError("{% chrome %} cannot hold a {% block %}")
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    return ChromeNode(name[1:-1], vary_on, nodelist)
