"""Which of the site's links this process runs: the ``--links`` choice and exclusive claims.

Contract: ``parse_links(text)`` reads the ``--links`` option: ``"all"`` (or
None) -> None (every link), ``"none"`` -> empty set, ``"a,b"`` -> those
names. ``take_links(site, wanted, claims)`` returns the site this process
should ingest from — only the wanted links (and the HTTP endpoint, named by
its ``[http]`` name, when wanted) that it could claim — plus a sentence per
link it may not run (unknown name, or owned by another process, naming the
owner). A control room typically runs ``record --links all`` on the server
and ``--links none`` at the positions; a single PC runs everything.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from console.config.site import Site

if TYPE_CHECKING:
    from models.store.link_claims import LinkClaims


def parse_links(text: str | None) -> frozenset[str] | None:
    if text is None or text.strip().lower() == "all":
        return None
    if text.strip().lower() == "none":
        return frozenset()
    return frozenset(name.strip() for name in text.split(",") if name.strip())


def link_names(site: Site) -> list[str]:
    names = [spec.name for spec in site.links if spec.enabled]
    if site.http is not None and site.http.enabled:
        names.append(site.http.name)
    return names


def take_links(
    site: Site, wanted: frozenset[str] | None, claims: LinkClaims | None
) -> tuple[Site, list[str]]:
    known = link_names(site)
    refusals = [
        f"link {name} is not in {site.name}: known links are {', '.join(known) or 'none'}"
        for name in sorted((wanted or frozenset()) - set(known))
    ]
    owned: set[str] = set()
    for name in known:
        if wanted is not None and name not in wanted:
            continue
        refusal = claims.claim(name) if claims is not None else None
        if refusal is None:
            owned.add(name)
        else:
            refusals.append(refusal)
    links = tuple(spec for spec in site.links if spec.name in owned)
    http = site.http if site.http is not None and site.http.name in owned else None
    return replace(site, links=links, http=http, _graph_cache=site._graph_cache), refusals
