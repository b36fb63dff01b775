"""Shared file handling of the array bundles (road layer, road graph) kept as ``.npz``.

Contract: a bundle is one uncompressed ``.npz`` (no pickles) holding 1-D
typed arrays and a ``meta`` JSON string. ``write_bundle`` writes it;
``read_bundle`` reads it and hands the arrays to ``build``, raising the
caller's ``error`` type with the file name prefixed (and ``what`` naming the
kind of file when it is missing or unreadable). ``typed_arrays`` checks
dtypes and dimensions; ``parse_meta`` decodes the JSON and turns a malformed
one into ``error``. Every message says what is wrong, for the operator.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")


def write_bundle(path: str | Path, meta_json: str, arrays: Mapping[str, np.ndarray]) -> None:
    # Uncompressed: loading is the hot path and loads several times faster; disk is cheap.
    with open(path, "wb") as fh:
        np.savez(fh, meta=np.array(meta_json), **arrays)


def read_bundle(
    path: str | Path,
    error: type[Exception],
    what: str,
    build: Callable[[dict[str, np.ndarray]], T],
) -> T:
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as npz:
            data = {key: npz[key] for key in npz.files}
    except FileNotFoundError as exc:
        raise error(f"{path}: {what} file not found") from exc
    except (OSError, ValueError, zipfile.BadZipFile, EOFError, KeyError) as exc:
        raise error(f"{path}: not a readable {what} ({exc})") from exc
    try:
        return build(data)
    except error as exc:
        raise error(f"{path}: {exc}") from exc


def typed_arrays(
    data: Mapping[str, np.ndarray],
    names: Iterable[str],
    dtypes: Mapping[str, Any],
    error: type[Exception],
) -> dict[str, np.ndarray]:
    """The named arrays of ``data``, each checked to be 1-D of its dtype."""
    arrays: dict[str, np.ndarray] = {}
    for name in names:
        arr, dtype = data[name], dtypes[name]
        if arr.dtype != dtype or arr.ndim != 1:
            raise error(f"array {name!r} is {arr.dtype}{list(arr.shape)}, expected 1-D {dtype}")
        arrays[name] = arr
    return arrays


def parse_meta(raw: np.ndarray, error: type[Exception], build: Callable[[Any], T]) -> T:
    """``build`` applied to the decoded ``meta`` JSON; malformed metadata raises ``error``."""
    try:
        return build(json.loads(str(raw[()])))
    except error:
        raise
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise error(f"metadata is malformed ({exc})") from exc


def freeze_arrays(bundle: Any) -> None:
    """Make every array field of the dataclass ``bundle`` read-only (bundles are shared)."""
    for f in fields(bundle):
        value = getattr(bundle, f.name)
        if isinstance(value, np.ndarray):
            value.setflags(write=False)
