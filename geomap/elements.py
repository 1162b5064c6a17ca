"""The map's own parts, each a small folium ``MacroElement`` with its template.

Every string from an article reaches these templates already escaped by
``geomap.escape.escape_text``; the templates add only markup of our own, and
their scripts read element names and numbers, never article text.

The places are drawn by ``PlaceLayers``, which keeps them in ``window.gmPlaces``: the other
parts name a place by its number there (its ``layer``, the ``holder`` group or cluster that
holds it, and its record ``data``), and ``window.gmGo(map, k)`` flies to place ``k`` and opens
its popup.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.plugins import MarkerCluster
from jinja2 import Template

from .encoded import DECODE_JS

__all__ = ["PageStyle", "Legend", "MapTitle", "Footer", "PlaceLayers", "SourcesPanel", "Timeline", "OfflineCluster",
           "EdgeMarkers"]


class PageStyle(MacroElement):
    """The CSS of popups, legend, panels, and the embed/small-screen layout."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
          .folium-map.leaflet-container {background:#cfe3f0;}
          .gm-box {position:absolute; z-index:1000; background:rgba(255,255,255,.94); border-radius:6px;
            box-shadow:0 1px 4px #0004; font:12px/1.45 system-ui,sans-serif; color:#222;}
          .gm-legend {bottom:58px; left:10px; padding:6px 10px;}
          .gm-legend b {display:block; margin-bottom:2px;}
          .gm-legend .sym {display:inline-block; width:18px; text-align:center; font-weight:bold;}
          .gm-title {top:10px; left:50%; transform:translateX(-50%); width:max-content;
            max-width:min(640px, calc(100% - 400px)); padding:4px 12px; text-align:center; pointer-events:none;}
          .gm-title h1 {font-size:16px; margin:0;} .gm-title p {margin:2px 0 0; font-size:12px; color:#444;}
          .gm-sources {top:124px; left:10px; max-width:260px; max-height:28vh; overflow-y:auto; overflow-x:hidden;
            padding:0;}
          .gm-legend summary {cursor:pointer; font-weight:600;}
          .gm-sources summary {cursor:pointer; padding:6px 10px; font-weight:600;}
          .gm-sources ol {margin:0; padding:0 10px 8px 26px;} .gm-sources li {margin-bottom:6px;}
          .gm-sources .gm-date {color:#666; overflow-wrap:anywhere;} .gm-sources a.gm-f {margin-right:6px;}
          .gm-timeline {bottom:30px; right:10px; padding:6px 10px; width:260px;}
          .gm-timeline input {width:100%;}
          .gm-filters {bottom:90px; right:10px; max-width:240px; padding:0;}
          .gm-filters summary {cursor:pointer; padding:4px 10px; font-weight:600;}
          .gm-filters .gm-fbody {padding:0 10px 8px;} .gm-filters label {display:block; margin-top:4px;}
          .gm-filters select {max-width:210px;} .gm-filters input[type=date] {width:140px;}
          .gm-popup {font:13px/1.4 system-ui,sans-serif; max-height:320px; overflow:auto;}
          .gm-popup h4 {margin:0 0 2px; font-size:15px;}
          .gm-popup .gm-meta {color:#555; margin:2px 0 6px;}
          .gm-popup .gm-note {color:#8a5a00; font-style:italic; margin-bottom:6px;}
          .gm-popup .gm-why {color:#333; margin-bottom:6px; font-size:12px;}
          .gm-popup blockquote {margin:4px 0 8px; padding-left:8px; border-left:3px solid #ccc;}
          .gm-popup cite {display:block; color:#555; font-size:11px; margin-top:2px;}
          .gm-popup mark {background:#ffe066; padding:0 1px;}
          .gm-popup summary {cursor:pointer; color:#1d3557;}
          .gm-icon {font-size:22px; line-height:22px; text-align:center; text-shadow:0 0 3px #fff, 0 0 3px #fff;}
          .gm-edges {position:absolute; left:0; top:0; z-index:900;}
          .gm-edge {position:absolute; background:rgba(255,255,255,.94); border-radius:10px; padding:1px 8px 1px 4px;
            font:12px/1.4 system-ui,sans-serif; color:#222; text-decoration:none; white-space:nowrap;
            box-shadow:0 1px 3px #0005;}
          .gm-edge .gm-arrow {display:inline-block; color:#555;} .gm-edge .gm-km {color:#666;}
          .gm-sources .gm-d {color:#666; font-size:11px;}
          .gm-popup h4 {display:inline;} .gm-popup .gm-where {color:#333; font-size:14px;}
          {% if this.embed %}
          .gm-title {display:none;} .gm-sources {display:none;}
          {% endif %}
          @media (max-width: 480px) {
            .gm-title {left:50px; right:58px; top:8px; padding:4px 8px; transform:none; width:auto; max-width:none;}
            .gm-title h1 {font-size:13px;}
            .gm-title p {display:none;}
            .gm-sources {top:124px; max-width:70vw;} .gm-sources[open] {max-height:40vh;}
            .gm-legend {font-size:11px; bottom:34px;}
            .gm-timeline {width:150px; bottom:80px;}
            .gm-filters {bottom:130px;}
            .leaflet-control-layers {font-size:11px;}
            .leaflet-control-attribution {font-size:8px; max-width:100vw;}
          }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        document.addEventListener("DOMContentLoaded", function () {
            // Small screens start with the panels folded so that the map shows.
            if (window.innerWidth > 480) { return; }
            document.querySelectorAll(".gm-sources, .gm-legend").forEach(function (d) { d.open = false; });
            document.querySelectorAll(".leaflet-control-layers").forEach(function (c) {
                c.classList.remove("leaflet-control-layers-expanded");
                var toggle = c.querySelector(".leaflet-control-layers-toggle");
                if (toggle) { toggle.addEventListener("click", function (e) {
                    e.preventDefault(); c.classList.toggle("leaflet-control-layers-expanded"); }); }
            });
        });
        {% endmacro %}
    """)

    def __init__(self, embed: bool = False):
        super().__init__()
        self._name = "PageStyle"
        self.embed = embed


class Legend(MacroElement):
    """A box listing the layer kinds on the map with their symbols (and the dashed stand-in, if any)."""

    _template = Template("""
        {% macro html(this, kwargs) %}
        <details open class="gm-box gm-legend" id="{{ this.get_name() }}"><summary>Legend</summary>
        {% for kind in this.kinds %}<div><span class="sym" style="color:{{ kind.color }}">{{ kind.icon }}</span>
          {{ kind.legend|e }}</div>{% endfor %}
        {% if this.stand_ins %}<div><span class="sym" style="color:#8a5a00">&#9676;</span> dashed: point stands in
          for a shape</div>{% endif %}
        </details>
        {% endmacro %}
    """)

    def __init__(self, kinds, stand_ins: bool = True):
        super().__init__()
        self._name = "Legend"
        self.kinds = kinds
        self.stand_ins = stand_ins


class MapTitle(MacroElement):
    """The user's title and subtitle above the map (already escaped)."""

    _template = Template("""
        {% macro html(this, kwargs) %}
        <div class="gm-box gm-title" id="{{ this.get_name() }}"><h1>{{ this.title }}</h1>
        {% if this.subtitle %}<p>{{ this.subtitle }}</p>{% endif %}</div>
        {% endmacro %}
    """)

    def __init__(self, title: str, subtitle: str = ""):
        super().__init__()
        self._name = "MapTitle"
        self.title = title
        self.subtitle = subtitle


class Footer(MacroElement):
    """Data credits as the licences require, in the map's attribution footer."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution(
            'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) &middot; ' +
            'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain) &middot; geomap');
        {% endmacro %}
    """)

    def __init__(self):
        super().__init__()
        self._name = "Footer"


class PlaceLayers(MacroElement):
    """Every place of the map, drawn in the browser from ``PlaceData``: markers, shapes, tooltips,
    and popups built when first opened (quotes with their sources, long lists folded).

    ``holders``: per layer kind, (its feature group, the group or marker cluster its points go to).
    """

    VISIBLE_QUOTES = 2
    """Quotes shown open in a popup; the rest fold under a "more quotes" toggle."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            // every string in the data was HTML-escaped in Python; the markup joined to it here is our own
            var data = {{ this.data }};
            var holders = [{% for group, points in this.holders %}[{{ group.get_name() }}, {{ points.get_name() }}],
                           {% endfor %}];
            var popupOptions = {maxWidth: 420, autoPanPaddingBottomRight: {{ this.pad|tojson }},
                                autoPanPaddingTopLeft: [10, 10]};
            function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
            function quote(q) {
                var text = data.sentences[q[0]], out = "", pos = 0;
                for (var i = 2; i < q.length; i += 2) {
                    out += text.slice(pos, q[i]) + "<mark>" + text.slice(q[i], q[i + 1]) + "</mark>";
                    pos = q[i + 1];
                }
                return "<blockquote>" + out + text.slice(pos) + "<cite>" + data.cites[q[1]] + "</cite></blockquote>";
            }
            function popup(p) {
                var h = '<div class="gm-popup"><h4>' + p.n + "</h4>" +
                    (p.w ? ' <span class="gm-where">&middot; ' + p.w + "</span>" : "") +
                    '<div class="gm-meta">' + data.kinds[p.k].legend + " &middot; " + p.a + " &middot; " +
                    plural(p.m, "mention") + "</div>";
                if (p.note) { h += '<div class="gm-note">' + p.note + "</div>"; }
                if (p.also) { h += '<div class="gm-why">Also: ' + p.also + "</div>"; }
                var quotes = (p.q || []).map(quote), more = p.x || 0, hidden = quotes.length - {{ this.VISIBLE_QUOTES }};
                h += quotes.slice(0, {{ this.VISIBLE_QUOTES }}).join("");
                if (hidden > 0) {
                    h += "<details><summary>" + plural(hidden + more, "more quote") + "</summary>" +
                        quotes.slice({{ this.VISIBLE_QUOTES }}).join("");
                    if (more > 0) { h += '<div class="gm-more">and ' + more + " more not shown</div>"; }
                    h += "</details>";
                } else if (more > 0) {
                    h += '<div class="gm-more">and ' + plural(more, "more quote") + " not shown</div>";
                }
                return h + "</div>";
            }
            function tooltip(p) { return "<b>" + p.n + (p.w ? " &middot; " + p.w : "") + "</b><br>" + p.a; }
            {{ this.decoder }}
            // A shape's lines and rings are encoded polylines (geomap/encoded.py) at e.d decimals.
            function decoded(e) {
                function walk(c) {
                    return typeof c === "string" ? decode(c, e.d).map(function (x) { return [x[1], x[0]]; }) : c.map(walk);
                }
                return {type: e.t, coordinates: walk(e.c)};
            }
            function shape(p, style) {
                var layer = L.geoJSON(decoded(p.e), {style: function () { return style; }});
                layer.on("mouseover", function (e) {
                    if (e.layer.setStyle) {
                        e.layer.setStyle(L.extend({}, layer.options.style(e.layer.feature), {weight: style.weight + 2}));
                    }
                });
                layer.on("mouseout", function (e) { layer.resetStyle(e.layer); });
                return layer;
            }
            function marker(p, style) {
                if (!style.icon) { return L.circleMarker(p.p, style); }
                return L.marker(p.p, {icon: L.divIcon({className: "gm-venue", iconSize: [22, 22], iconAnchor: [11, 11],
                    html: '<div class="gm-icon" style="color:' + style.color + '">' + style.icon + "</div>"})});
            }
            var batches = new Map();
            window.gmPlaces = data.places.map(function (p) {
                var style = data.styles[p.s], holder = holders[p.k][p.p ? 1 : 0];
                var layer = p.p ? marker(p, style) : shape(p, style);
                layer.bindPopup(function () { return popup(p); }, popupOptions);
                layer.bindTooltip(function () { return tooltip(p); }, {sticky: true});
                if (!batches.has(holder)) { batches.set(holder, []); }
                batches.get(holder).push(layer);
                return {layer: layer, holder: holder, data: p};
            });
            // A marker cluster takes its markers in one call: one at a time, it re-clusters each time.
            batches.forEach(function (layers, holder) {
                if (holder.addLayers) { holder.addLayers(layers); }
                else { layers.forEach(function (l) { holder.addLayer(l); }); }
            });
            // Fly to place number k and open its popup, for the search box, the sources panel and the edge
            // markers: shown again if a filter hid it, out of its cluster if it is in one.
            window.gmGo = function (map, k) {
                var layer = gmPlaces[k].layer, holder = gmPlaces[k].holder;
                if (window.gmFilter) { window.gmFilter.reveal(layer); }
                function open() {
                    var target = layer.getLayers ? layer.getLayers()[0] : layer;
                    if (layer.openPopup) { layer.openPopup(target && target.getBounds ? target.getBounds().getCenter()
                                                            : undefined); }
                }
                if (holder && holder.zoomToShowLayer) { holder.zoomToShowLayer(layer, open); return; }
                if (layer.getBounds) { map.fitBounds(layer.getBounds(), {maxZoom: 9}); }
                else { map.setView(layer.getLatLng(), Math.max(map.getZoom(), 7)); }
                open();
            };
        })();
        {% endmacro %}
    """)

    def __init__(self, data: str, holders: list[tuple], pad: tuple[int, int]):
        super().__init__()
        self._name = "PlaceLayers"
        self.decoder = DECODE_JS
        self.data = data
        self.holders = holders
        self.pad = list(pad)


class SourcesPanel(MacroElement):
    """The articles behind the map; each lists its places, and a click shows the place's popup.

    ``articles`` is a list of dicts with escaped ``title``, ``where``, ``date``,
    ``url`` (http/https only) and ``places``: the numbers of its places in ``window.gmPlaces``.
    The place links are built in the browser from the places' records: a day of wire copy
    names each place in many articles, and one link element per (article, place) would make
    most of the page.

    The panel shows the first ``BATCH`` articles, and the next ones as it is scrolled
    near its end; only the articles shown get their links. Leaflet measures the page each
    time it opens a popup, and the browser lays out and hit-tests every shown element: a
    panel open on 20,000 articles and their 385,000 links made each popup take 0.8 s
    (0.07 s with the panel closed), and building the links took 10 s.
    """

    BATCH = 100
    """Articles shown at first, and added each time the panel is scrolled near its end."""

    _template = Template("""
        {% macro html(this, kwargs) %}
        <details class="gm-box gm-sources" id="{{ this.get_name() }}" {% if this.open %}open{% endif %}>
        <summary>Sources ({{ this.articles|length }})</summary><ol>
        {% for a in this.articles %}<li{% if loop.index0 >= this.BATCH %} hidden{% endif %}>
          {%- if a.url %}<a href="{{ a.url }}" target="_blank"
          rel="noopener noreferrer">{{ a.title }}</a>{% else %}<b>{{ a.title }}</b>{% endif %}
          <div class="gm-date">{{ a.where }}{% if a.date %} &middot; {{ a.date }}{% endif %}</div>
          <div class="gm-fl" data-p="{{ a.places|join(' ') }}"></div></li>{% endfor %}
        </ol></details>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var panel = document.getElementById("{{ this.get_name() }}");
            var map = {{ this._parent.get_name() }};
            var items = panel.querySelectorAll("ol > li"), shown = 0;
            // Scrolled near the last article shown (a panel's height away): show the next ones.
            var near = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
                if (entries.some(function (e) { return e.isIntersecting; })) { more(); }
            }, {root: panel, rootMargin: "100% 0px"}) : null;
            function fill(item) {
                var div = item.querySelector("div.gm-fl");
                // the places' names and descriptions were HTML-escaped in Python; their numbers are geomap's own
                div.innerHTML = div.dataset.p.split(" ").filter(Boolean).map(function (i) {
                    var p = gmPlaces[+i].data;
                    return '<div><a href="#" class="gm-f" data-f="' + (+i) + '">' + p.n + '</a> <span class="gm-d">' +
                        (p.w ? p.w + " &middot; " : "") + p.a + "</span></div>";
                }).join("");
            }
            function more() {
                var end = near ? Math.min(items.length, shown + {{ this.BATCH }}) : items.length;
                for (var k = shown; k < end; k++) { items[k].hidden = false; fill(items[k]); }
                if (near && shown) { near.unobserve(items[shown - 1]); }
                if (near && end < items.length) { near.observe(items[end - 1]); }
                shown = end;
            }
            function opened() { if (panel.open && !shown) { more(); } }
            opened();
            panel.addEventListener("toggle", opened);
            panel.addEventListener("click", function (e) {
                var link = e.target.closest("a.gm-f");
                if (!link) { return; }
                e.preventDefault();
                if (gmPlaces[+link.dataset.f]) { gmGo(map, +link.dataset.f); }
            });
        })();
        {% endmacro %}
    """)

    def __init__(self, articles: list[dict], open_: bool = True):
        super().__init__()
        self._name = "SourcesPanel"
        self.articles = articles
        self.open = open_


class Timeline(MacroElement):
    """A date slider: shows the features first mentioned on or before the chosen day.

    ``entries`` are (place number in ``window.gmPlaces``, ISO date or ""); undated
    features always show.
    """

    _template = Template("""
        {% macro html(this, kwargs) %}
        <div class="gm-box gm-timeline" id="{{ this.get_name() }}">
          <label>As of <b id="{{ this.get_name() }}_label">all dates</b></label>
          <input type="range" min="0" max="{{ this.dates|length }}" value="{{ this.dates|length }}"
                 id="{{ this.get_name() }}_range" aria-label="Show the situation as of a date">
        </div>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var dates = {{ this.dates|tojson }};
            var entries = {{ this.entries|tojson }}.map(function (e) {
                return [gmPlaces[e[0]].layer, gmPlaces[e[0]].holder, e[1]];
            });
            var range = document.getElementById("{{ this.get_name() }}_range");
            var label = document.getElementById("{{ this.get_name() }}_label");
            function show() {
                var i = parseInt(range.value, 10);
                var until = i >= dates.length ? null : dates[i];
                label.textContent = until === null ? "all dates" : until;
                // With a filter panel, the panel decides what shows (its story, role, dates and this day).
                if (window.gmFilter) { window.gmFilter.until(until); return; }
                entries.forEach(function (e) {
                    var visible = until === null || e[2] === "" || e[2] <= until;
                    if (visible && !e[1].hasLayer(e[0])) { e[1].addLayer(e[0]); }
                    if (!visible && e[1].hasLayer(e[0])) { e[1].removeLayer(e[0]); }
                });
            }
            range.addEventListener("input", show);
        })();
        {% endmacro %}
    """)

    def __init__(self, dates: list[str], entries: list[tuple[int, str]]):
        super().__init__()
        self._name = "Timeline"
        self.dates = dates
        self.entries = entries


class OfflineCluster(MarkerCluster):
    """folium's MarkerCluster without CDN links: Leaflet.markercluster is inlined by ``inline_assets``."""

    default_js: list = []
    default_css: list = []


class EdgeMarkers(MacroElement):
    """Labelled markers at the edge of the view for venues, parties and shapes outside it.

    The first view fits the story's theatre, not a far venue; each far target gets a label on
    the edge in its direction ("★ Moscow 1,800 km"), shown while the target is out of view;
    a click flies to it and opens its popup. ``targets`` are (place number in ``window.gmPlaces``,
    escaped name, lat, lon of its point nearest the theatre, its bounds, colour, symbol).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var targets = [{% for number, label, lat, lon, bounds, color, icon in this.targets %}
                [{{ number }}, {{ label|tojson }}, {{ lat }}, {{ lon }}, {{ bounds|tojson }},
                 {{ color|tojson }}, {{ icon|tojson }}],{% endfor %}];
            var box = L.DomUtil.create("div", "gm-edges", map.getContainer());
            var items = targets.map(function (t) {
                var a = L.DomUtil.create("a", "gm-edge", box);
                a.href = "#";
                // names were HTML-escaped in Python; colours and symbols are geomap's own
                a.innerHTML = '<span class="gm-arrow">&#10148;</span> <span style="color:' + t[5] + '">' + t[6] +
                    "</span> " + t[1] + ' <span class="gm-km"></span>';
                L.DomEvent.disableClickPropagation(a);
                L.DomEvent.on(a, "click", function (e) {
                    L.DomEvent.preventDefault(e);
                    gmGo(map, t[0]);
                });
                return a;
            });
            function place() {
                var size = map.getSize(), view = map.getBounds(), c = size.divideBy(2), placed = [];
                var origin = map.getContainer().getBoundingClientRect(), panels = [];
                document.querySelectorAll(".gm-box, .leaflet-control").forEach(function (el) {
                    var r = el.getBoundingClientRect();
                    if (r.width && r.height) { panels.push([r.left - origin.left, r.top - origin.top, r.width, r.height]); }
                });
                targets.forEach(function (t, k) {
                    var a = items[k];
                    if (view.intersects(L.latLngBounds(t[4]))) { a.style.display = "none"; return; }
                    a.style.display = "";
                    var km = Math.round(map.distance(map.getCenter(), [t[2], t[3]]) / 1000);
                    a.querySelector(".gm-km").textContent = String(km).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ",") + " km";
                    var d = map.latLngToContainerPoint([t[2], t[3]]).subtract(c);
                    var w = a.offsetWidth, h = a.offsetHeight;
                    var hx = Math.max(c.x - 8 - w / 2, 1), hy = Math.max(c.y - 8 - h / 2, 1);
                    var s = Math.min(d.x ? hx / Math.abs(d.x) : Infinity, d.y ? hy / Math.abs(d.y) : Infinity);
                    var x, y, k;
                    function blocked(r) {
                        return x < r[0] + r[2] + 2 && r[0] < x + w + 2 && y < r[1] + r[3] + 2 && r[1] < y + h + 2;
                    }
                    // A label under a panel or over another label slides toward the centre on its bearing, at most
                    // half way; with no free spot there it is not shown in this view (targets come most mentioned
                    // first, so the ones that keep their label are the story's main ones): labels never overprint.
                    for (k = 0; k <= 25; k++, s *= 0.97) {
                        x = c.x + d.x * s - w / 2; y = c.y + d.y * s - h / 2;
                        if (!placed.concat(panels).some(blocked)) { break; }
                    }
                    if (k > 25) { a.style.display = "none"; return; }
                    placed.push([x, y, w, h]);
                    a.style.left = Math.round(x) + "px"; a.style.top = Math.round(y) + "px";
                    a.querySelector(".gm-arrow").style.transform =
                        "rotate(" + Math.round(Math.atan2(d.y, d.x) * 180 / Math.PI) + "deg)";
                });
            }
            map.on("moveend zoomend resize", place);
            map.whenReady(place);
            // Panels opened or folded (small screens fold them once loaded) free or take edge space.
            document.addEventListener("toggle", place, true);
            document.addEventListener("DOMContentLoaded", place);
        })();
        {% endmacro %}
    """)

    def __init__(self, targets: list[tuple]):
        super().__init__()
        self._name = "EdgeMarkers"
        self.targets = targets
