"""The filter panel (story, role, country, dates, places named once) and the place search box.

Both are folium ``MacroElement``s. Every label they print reached them escaped by
``geomap.escape.escape_text``; their scripts read place numbers (in ``window.gmPlaces``, see
``elements.PlaceLayers``), codes, days and numbers.
The search box is Leaflet.Search (folium's ``Search`` plugin's library, vendored in
``geomap/vendor`` and inlined by ``assets.inline_assets``), fed from our own list of places so
that a match flies to the place and opens its popup whatever layer holds it.
"""

from __future__ import annotations

from branca.element import MacroElement
from jinja2 import Template

from .rows import frame_rows

__all__ = ["FilterPanel", "PlaceSearch"]

class FilterPanel(MacroElement):
    """A folded panel that shows only the features of a story, a role, a country or a date range.

    ``stories``: the stories listed, largest first (escaped name, escaped title, colour, articles); ``roles``: (role, escaped label);
    ``countries``: (code, escaped name); ``days``: the ISO days of the articles; ``entries``:
    (element, holder, story indices, role, country code, first day, last day, named once, party area).
    With several stories, party countries are outlines until their story is selected, then fill
    with its colour; with ``hide_once``, places named once show only from ``once_zoom`` on or
    when the toggle or a story asks for them.
    """

    _template = Template("""
        {% macro html(this, kwargs) %}
        <details class="gm-box gm-filters" id="{{ this.get_name() }}"><summary>Filter</summary>
        <div class="gm-fbody">
        {% if this.multi %}<label>Story <select data-f="story" aria-label="Story">
          <option value="">All stories</option>
          {% for name, title, color, n in this.stories %}<option value="{{ loop.index0 }}" title="{{ title }}"
            style="color:{{ color }}">&#9632; {{ name }} ({{ n }})</option>{% endfor %}</select></label>{% endif %}
        <label>Role <select data-f="role" aria-label="Role"><option value="">All roles</option>
          {% for role, label in this.roles %}<option value="{{ role }}">{{ label }}</option>{% endfor %}</select></label>
        <label>Country <select data-f="country" aria-label="Country"><option value="">All countries</option>
          {% for code, name in this.countries %}<option value="{{ code }}">{{ name }}</option>{% endfor %}</select></label>
        {% if this.days|length > 1 %}<label>From <input type="date" data-f="from" min="{{ this.days[0] }}"
          max="{{ this.days[-1] }}" aria-label="From date"></label>
        <label>To <input type="date" data-f="to" min="{{ this.days[0] }}" max="{{ this.days[-1] }}"
          aria-label="To date"></label>{% endif %}
        {% if this.hide_once %}<label class="gm-once"><input type="checkbox" data-f="once"> places named once
          (shown from zoom {{ this.once_zoom }})</label>{% endif %}
        </div></details>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var panel = document.getElementById("{{ this.get_name() }}");
            var colors = {{ this.stories|map(attribute=2)|list|tojson }};
            var multi = {{ this.multi|tojson }}, hideOnce = {{ this.hide_once|tojson }}, onceZoom = {{ this.once_zoom }};
            // One short line per feature: a day of wire copy has thousands.
            var entries = [{% for e in this.entries %}
[{{ e[0] }},{{ e[1]|tojson }},{{ e[2]|tojson }},{{ e[3]|tojson }},{{ e[4]|tojson }},{{ e[5]|tojson }},{{ e[6]|int }},{{ e[7]|int }}],{% endfor %}];
            // [layer, holder, story indices, role, country, first day, last day, named once, party area]
            entries = entries.map(function (e) { return [gmPlaces[e[0]].layer, gmPlaces[e[0]].holder].concat(e.slice(1)); });
            var state = {story: "", role: "", country: "", from: "", to: "", once: false, until: null};
            function field(f) { return panel.querySelector('[data-f="' + f + '"]'); }
            function visible(e) {
                if (state.story !== "" && e[2].indexOf(+state.story) < 0) { return false; }
                if (state.role && e[3] !== state.role) { return false; }
                if (state.country && e[4] !== state.country) { return false; }
                if (state.from && e[6] && e[6] < state.from) { return false; }
                if (state.to && e[5] && e[5] > state.to) { return false; }
                if (state.until !== null && e[5] && e[5] > state.until) { return false; }
                // A day of wire copy names hundreds of places once: they wait for a closer zoom, a toggle or a story.
                if (e[7] && hideOnce && !state.once && state.story === "" && map.getZoom() < onceZoom) { return false; }
                return true;
            }
            function paint(e) {
                if (!e[8] || !multi || !e[0].setStyle) { return; }
                var chosen = state.story !== "" && e[2].indexOf(+state.story) >= 0;
                var fill = chosen ? {fillOpacity: 0.35, fillColor: colors[+state.story]} : {fillOpacity: 0};
                // The layer's own style function changes too: the hover highlight resets to it on mouseout.
                var base = e.base || (e.base = e[0].options.style || function () { return {}; });
                e[0].options.style = function (f) { return L.extend({}, base(f), fill); };
                e[0].setStyle(e[0].options.style);
            }
            // Whether each feature is in its layer is kept here: a marker cluster holding a shape (a region
            // named as a venue) does not report it by hasLayer, and adding it twice breaks its events.
            entries.forEach(function (e) { e.shown = true; });
            function show(e, on) {
                if (on === e.shown) { return; }
                if (on) { e[1].addLayer(e[0]); } else { e[1].removeLayer(e[0]); }
                e.shown = on;
            }
            function apply() {
                entries.forEach(function (e) { show(e, visible(e)); paint(e); });
            }
            ["story", "role", "country", "from", "to", "once"].forEach(function (f) {
                var el = field(f);
                if (!el) { return; }
                el.addEventListener(el.type === "checkbox" ? "change" : "input", function () {
                    state[f] = el.type === "checkbox" ? el.checked : el.value;
                    apply();
                });
            });
            if (hideOnce) { map.on("zoomend", apply); }
            window.gmFilter = {
                until: function (day) { state.until = day; apply(); },
                reveal: function (layer) {
                    entries.forEach(function (e) { if (e[0] === layer) { show(e, true); } });
                },
                apply: apply,
                entries: entries  // read by the browser tests
            };
            apply();
        })();
        {% endmacro %}
    """)

    def __init__(self, stories, roles, countries, days, entries, hide_once: bool = False, once_zoom: int = 7,
                 multi: bool | None = None):
        super().__init__()
        self.multi = len(stories) > 1 if multi is None else multi
        self._name = "FilterPanel"
        self.stories, self.roles, self.countries, self.days = stories, roles, countries, days
        self.entries = entries
        self.hide_once, self.once_zoom = hide_once, int(once_zoom)


class PlaceSearch(MacroElement):
    """A search box (Leaflet.Search) over the places: a match flies there and opens the popup.

    ``places`` are (escaped label, lat, lon, place number in ``window.gmPlaces``).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var places = [{% for label, lat, lon, number in this.places %}
[{{ label|tojson }},{{ lat }},{{ lon }},{{ number }}],{% endfor %}];
            var control = new L.Control.Search({
                // labels were HTML-escaped in Python, as the tips are shown with innerHTML
                sourceData: function (text, done) { done(places); return {abort: function () {}}; },
                formatData: function (rows) {
                    var out = {};
                    rows.forEach(function (p) {
                        if (out[p[0]]) { return; }
                        var at = L.latLng(p[1], p[2]);
                        at.place = p[3];
                        out[p[0]] = at;
                    });
                    return out;
                },
                moveToLocation: function (at) { gmGo(map, at.place); },
                marker: false, collapsed: false, initial: false, position: "topleft",
                textPlaceholder: "Find a place", autoCollapse: false, firstTipSubmit: true
            });
            map.addControl(control);
        })();
        {% endmacro %}
    """)

    def __init__(self, places):
        super().__init__()
        self._name = "PlaceSearch"
        self.places = places


def _day(date: str | None) -> str:
    return date[:10] if date and len(date) >= 10 and date[4] == "-" and date[7] == "-" else ""


def filter_panel(frame, articles: list[dict], stories: list[dict], numbers: dict) -> FilterPanel:
    """The filter panel of a map: ``numbers`` maps frame index -> place number in ``window.gmPlaces``."""
    from .describe import setting
    from .gazetteer import default_gazetteer
    from .layers import LAYER_KINDS
    from .escape import escape_text

    day_of = {a["id"]: _day(a.get("date")) for a in articles}
    # Only the largest stories are listed: 10,000 wire items make thousands of one-article stories, and
    # listing them all (and every story index of a country named in thousands) cost 3 MB of page.
    multi = len(stories) > 1
    stories = stories[: int(setting("list_max", "story"))]
    order = {s["id"]: k for k, s in enumerate(stories)}
    has_stories = "stories" in frame.columns
    entries, codes = [], set()
    for index, row in frame_rows(frame):
        if index not in numbers:
            continue
        days = sorted(d for d in (day_of.get(doc, "") for doc in row["docs"]) if d)
        code = row["country"] if isinstance(row["country"], str) else ""
        codes.add(code)
        entries.append((numbers[index], [order[s] for s in (row["stories"] if has_stories else []) if s in order],
                        row["role"], code, days[0] if days else "", days[-1] if days else "",
                        row["role"] == "place" and int(row["mentions"]) == 1,
                        row["role"] == "party" and row.geometry.geom_type != "Point"))
    gaz = default_gazetteer()
    countries = sorted(((c, escape_text(gaz.country_name(c) or c)) for c in codes if c), key=lambda c: c[1])
    roles = [(k.role, escape_text(k.legend)) for k in LAYER_KINDS if (frame["role"] == k.role).any()]
    listed = [(escape_text(s["name"]), escape_text(s["title"]), s["color"], len(s["articles"])) for s in stories]
    days = sorted({d for d in day_of.values() if d})
    return FilterPanel(listed, roles, countries, days, entries, multi=multi,
                       hide_once=len(frame) > setting("once_min_places", "story"),
                       once_zoom=int(setting("once_zoom", "story")))


def place_search(frame, numbers: dict) -> PlaceSearch:
    """The search box over every drawn place, labelled "name · where" (escaped here)."""
    from .describe import summary
    from .escape import escape_text

    places = []
    for index, row in frame_rows(frame):
        if index not in numbers:
            continue
        where, _ = summary(row)
        label = f"{row['name']} · {where}" if where else str(row["name"])
        places.append((escape_text(label), round(float(row["lat"]), 5), round(float(row["lon"]), 5), numbers[index]))
    return PlaceSearch(places)
