"""Exclusive link claims between two holders of one store (SQLite file locks, PostgreSQL
advisory locks): refusals name the owner, a released claim can be taken, port names with
slashes are claims like any other."""

from __future__ import annotations

import os
from pathlib import Path

from models.store import Store, open_store
from models.store.link_claims import LinkClaims, port_claim


def test_one_owner_per_claim_and_release_hands_it_over(store_url: str) -> None:
    first: Store = open_store(store_url)
    second: Store = open_store(store_url)
    a, b = LinkClaims(first, "console anna on pos-1"), LinkClaims(second, "console ben on pos-2")
    try:
        port = port_claim("/dev/serial/by-id/usb-paging-if00")
        assert a.claim("pager") is None and a.claim(port) is None
        assert a.claim("pager") is None  # already held: still fine
        refused = b.claim("pager")
        assert refused is not None and "pager" in refused and "anna" in refused
        assert b.claim(port) is not None
        assert b.claim("radio") is None
        a.release("pager")
        assert b.claim("pager") is None
        assert a.claim("pager") is not None
        a.release_all()
        assert b.claim(port) is None
    finally:
        a.release_all()
        b.release_all()
        first.close()
        second.close()


def test_a_port_is_named_by_its_real_path(tmp_path: Path) -> None:
    device = tmp_path / "ttyUSB1"
    device.write_text("")
    alias = tmp_path / "by-id-paging"
    os.symlink(device, alias)
    assert port_claim(str(alias)) == port_claim(str(device)) == f"port:{device}"
    assert port_claim("socket://10.0.0.5:4001") == "port:socket://10.0.0.5:4001"
