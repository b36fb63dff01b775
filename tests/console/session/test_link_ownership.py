"""Which links, paging and radio lines and partners a process runs: two positions on one
store never drive the same serial port, whatever the links are called."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from console.config.reach import reach_from_mapping
from console.config.site import DEFAULT_SITE_DIR, load_site
from console.session.link_ownership import take_links, take_reach_links
from models.store import open_store
from models.store.link_claims import LinkClaims
from radio.links.spec import LinkSpec


def _reach(pager_url: str) -> object:
    return reach_from_mapping(
        {
            "links": [
                {"name": "pager", "kind": "espa", "url": pager_url},
                {"name": "radio", "kind": "tetra", "url": "/dev/ttyRADIO0"},
            ]
        }
    )


def test_two_positions_split_the_paging_radio_and_partner_links(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    first, second = open_store(url), open_store(url)
    one, two = LinkClaims(first, "console anna"), LinkClaims(second, "console ben")
    try:
        owned, refusals = take_reach_links(_reach("/dev/ttyPAGER0"), ["north"], None, one)
        assert owned == {"pager", "radio", "north"} and refusals == []
        owned, refusals = take_reach_links(_reach("/dev/ttyPAGER0"), ["north"], None, two)
        assert owned == frozenset() and len(refusals) == 3
        assert any("partner north" in r and "anna" in r for r in refusals)
        # The same port under another link name is still the other position's.
        renamed = reach_from_mapping(
            {"links": [{"name": "pager-b", "kind": "espa", "url": "/dev/ttyPAGER0"}]}
        )
        owned, refusals = take_reach_links(renamed, [], None, two)
        assert owned == frozenset() and "port /dev/ttyPAGER0 is in use" in refusals[0]
        # ... and the name refused on its port is not left held.
        one.release_all()
        owned, _ = take_reach_links(renamed, [], None, two)
        assert owned == {"pager-b"}
    finally:
        one.release_all()
        two.release_all()
        first.close()
        second.close()


def test_wanted_names_choose_and_a_site_serial_link_claims_its_port(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'live.sqlite'}"
    store = open_store(url)
    other_store = open_store(url)
    claims, other = LinkClaims(store, "recorder"), LinkClaims(other_store, "console ben")
    try:
        owned, _ = take_reach_links(
            _reach("/dev/ttyPAGER0"), ["north"], frozenset({"radio"}), claims
        )
        assert owned == {"radio"}
        ali = LinkSpec("ali-serial", "serial", "ali", url="/dev/ttyALI0")
        site = dataclasses.replace(load_site(DEFAULT_SITE_DIR), links=(ali,))
        taken, refusals = take_links(site, frozenset({"ali-serial"}), claims)
        assert [s.name for s in taken.links] == ["ali-serial"] and refusals == []
        same_port = reach_from_mapping(
            {"links": [{"name": "pager", "kind": "espa", "url": "/dev/ttyALI0"}]}
        )
        owned, refusals = take_reach_links(same_port, [], None, other)
        assert owned == frozenset() and "in use" in refusals[0]
    finally:
        claims.release_all()
        other.release_all()
        store.close()
        other_store.close()
