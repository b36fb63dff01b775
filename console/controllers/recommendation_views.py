"""A recommendation as the plain views the recommendation panel and the map draw.

Contract: ``recommendation_views(rec, incident_id)`` returns the panel's
``RecommendationView`` (slots with their candidates, the shortfall) and one
``RouteView`` per drawn route; each candidate's reason worded in the
console's language (``console.reports.recommendation_reasons``).
"""

from __future__ import annotations

from console.reports.recommendation_reasons import reason_text
from models.dispatch.recommend import Recommendation
from widgets.views import CandidateView, RecommendationView, RouteView


def recommendation_views(
    rec: Recommendation, incident_id: str
) -> tuple[RecommendationView, tuple[RouteView, ...]]:
    data = rec.to_view(incident_id)
    slots = tuple(
        (
            unit_type,
            count,
            tuple(
                CandidateView(
                    call_sign=c.call_sign,
                    unit_type=c.unit_type,
                    eta_s=c.eta_s,
                    route_m=c.route_m,
                    fix_age_s=c.fix_age_s,
                    reason=reason_text(c),
                    recommended=c.recommended,
                )
                for c in candidates
            ),
        )
        for unit_type, count, candidates in data.slots
    )
    routes = tuple(RouteView(r.call_sign, r.lat, r.lon, r.eta_s) for r in rec.routes)
    return RecommendationView(data.incident_id, slots, data.shortfall), routes
