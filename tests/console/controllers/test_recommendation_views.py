"""Recommendation views: the panel's and the map's plain data."""

from __future__ import annotations

from dataclasses import fields

from console.commands.recommend import parse_at
from console.config.site import DEFAULT_SITE_DIR, load_site
from console.controllers.recommendation_views import recommendation_views
from console.reports.recommendation_reasons import reason_text
from models.dispatch.recommend import Candidate, UnitRecord, recommend
from widgets.views import CandidateView

CENTRE = "60.1695,24.9440"


def test_views_have_the_widgets_shape() -> None:
    # The view's fields, then the reason as data (worded by the console).
    names = [f.name for f in fields(Candidate)]
    assert names == [f.name for f in fields(CandidateView)] + ["why"]
    site = load_site(DEFAULT_SITE_DIR)
    station = site.stations[0]
    units = [UnitRecord("X1", "engine", "available", station_lat=station.lat,
                        station_lon=station.lon)]  # fmt: skip

    class Slot:
        unit_type, count, substitutes = "engine", 1, ()

    from datetime import UTC, datetime

    lat, lon = parse_at(CENTRE)
    rec = recommend(site.graph, [Slot()], units, lat, lon, datetime.now(UTC))
    view, routes = recommendation_views(rec, "INC-7")
    assert view.incident_id == "INC-7"
    chosen = rec.chosen()[0]
    assert view.slots[0][2][0] == CandidateView(
        **{f.name: getattr(chosen, f.name) for f in fields(CandidateView)}
        | {"reason": reason_text(chosen)}
    )
    assert reason_text(chosen).startswith("ETA ")  # worded from its data, no translator: English
    assert routes[0].call_sign == "X1" and len(routes[0].lat) >= 3
