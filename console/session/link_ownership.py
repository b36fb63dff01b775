"""Which of the site's links this process runs: the ``--links`` choice and exclusive claims.

Contract: ``parse_links(text)`` reads the ``--links`` option: ``"all"`` (or
None) -> None (every link), ``"none"`` -> empty set, ``"a,b"`` -> those
names. ``take_links(site, wanted, claims)`` returns the site this process
should ingest from — only the wanted links (and the HTTP endpoint, named by
its ``[http]`` name, when wanted) that it could claim — plus a sentence per
link it may not run (unknown name, or owned by another process, naming the
owner). A serial link also claims its port (``port_claim``): a port is
driven by one link of one process, whatever the links are called.
``others_links(site, taken)`` names (with their protocols) the enabled links
``take_links`` left to another process. A control room typically runs
``record --links all`` on the server and ``--links none`` at the positions; a
single PC runs everything.

``take_reach_links(config, partners, wanted, claims)`` does the same for
the outbound paths: the ``[reach]`` paging and radio lines (their names and
their serial ports) and the partner control rooms (claim
``partner:<name>``, chosen in ``--links`` by the partner's name), returning
the names this process may run (each ``[reach]`` link name and partner name)
and a sentence per one it may not. A position that does not own a paging
line never opens its port; a partner's outbox is delivered by one process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

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


def others_links(site: Site, taken: Site) -> list[tuple[str, str]]:
    """``(name, protocol)`` of the site's enabled links that ``taken`` (what this process
    claimed) does not hold: another process (a recorder) runs them."""
    ours = set(link_names(taken))
    protocols = {spec.name: spec.protocol for spec in site.links}
    if site.http is not None:
        protocols[site.http.name] = "http"
    return [(name, protocols.get(name, "")) for name in link_names(site) if name not in ours]


def take_links(
    site: Site, wanted: frozenset[str] | None, claims: LinkClaims | None
) -> tuple[Site, list[str]]:
    known = link_names(site)
    refusals = [
        f"link {name} is not in {site.name}: known links are {', '.join(known) or 'none'}"
        for name in sorted((wanted or frozenset()) - set(known))
    ]
    owned: set[str] = set()
    ports = {s.name: s.url for s in site.links if s.transport == "serial" and s.url}
    for name in known:
        if wanted is not None and name not in wanted:
            continue
        refusal = _claim(claims, name, ports.get(name))
        if refusal is None:
            owned.add(name)
        else:
            refusals.append(refusal)
    links = tuple(spec for spec in site.links if spec.name in owned)
    http = site.http if site.http is not None and site.http.name in owned else None
    return replace(site, links=links, http=http, _graph_cache=site._graph_cache), refusals


def _claim(claims: LinkClaims | None, name: str, port: str | None) -> str | None:
    """Claim the link and, for a serial one, its port; neither is held on a refusal."""
    if claims is None:
        return None
    refusal = claims.claim(name)
    if refusal is not None or port is None:
        return refusal
    from models.store.link_claims import port_claim  # the store package loads SQLAlchemy

    refusal = claims.claim(port_claim(port))
    if refusal is not None:
        claims.release(name)
        return f"link {name}: port {port} is in use: {refusal}"
    return None


def take_reach_links(
    config: Any,
    partners: Iterable[str],
    wanted: frozenset[str] | None,
    claims: LinkClaims | None,
) -> tuple[frozenset[str], list[str]]:
    """The ``[reach]`` links and partners this process runs (see the module contract)."""
    owned: set[str] = set()
    refusals: list[str] = []
    for link in getattr(config, "links", ()):
        if not link.enabled or (wanted is not None and link.name not in wanted):
            continue
        refusal = _claim(claims, link.name, link.url)
        if refusal is None:
            owned.add(link.name)
        else:
            refusals.append(refusal)
    for name in partners:
        if wanted is not None and name not in wanted:
            continue
        refusal = claims.claim(f"partner:{name}") if claims is not None else None
        if refusal is None:
            owned.add(name)
        else:
            refusals.append(refusal.replace(f"link partner:{name}", f"partner {name}"))
    return frozenset(owned), refusals
