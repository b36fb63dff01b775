"""RoadLayer: construction checks, save/load round trip, clear errors, polylines."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest

from models.roads import ATTRIBUTION, ROAD_CLASSES, RoadLayer, RoadLayerError, RoadMeta


def _layer(**overrides: object) -> RoadLayer:
    fields: dict[str, object] = {
        "nodes_lat": np.array([60.0, 60.1, 60.2, 60.3]),
        "nodes_lon": np.array([24.0, 24.1, 24.2, 24.3]),
        "node_ids": np.array([11, 12, 13, 14], dtype=np.int64),
        "way_ids": np.array([100, 200], dtype=np.int64),
        "way_offsets": np.array([0, 3, 5], dtype=np.int64),
        "way_nodes": np.array([0, 1, 2, 2, 3], dtype=np.int32),
        "way_class": np.array(
            [ROAD_CLASSES.index("residential"), ROAD_CLASSES.index("path")], dtype=np.uint8
        ),
        "way_oneway": np.array([1, -1], dtype=np.int8),
        "way_maxspeed_kmh": np.array([30.0, np.nan], dtype=np.float32),
        "way_name_idx": np.array([0, -1], dtype=np.int32),
        "names": np.array(["Mannerheimintie"]),
        "meta": RoadMeta(
            source="tiny.osm",
            imported_at="2024-01-01T00:00:00+00:00",
            bbox=(60.0, 24.0, 60.3, 24.3),
        ),
    }
    fields.update(overrides)
    return RoadLayer(**fields)  # type: ignore[arg-type]


def _assert_same(a: RoadLayer, b: RoadLayer) -> None:
    for name in (
        "nodes_lat", "nodes_lon", "node_ids", "way_ids", "way_offsets", "way_nodes",
        "way_class", "way_oneway", "way_maxspeed_kmh", "way_name_idx", "names",
    ):  # fmt: skip
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype, name
        np.testing.assert_array_equal(x, y, err_msg=name)
    assert a.meta == b.meta


def test_round_trip_keeps_every_array_and_the_metadata(tmp_path: Path) -> None:
    layer = _layer()
    layer.save(tmp_path / "roads.npz")
    loaded = RoadLayer.load(tmp_path / "roads.npz")
    _assert_same(layer, loaded)
    assert loaded.meta.attribution == ATTRIBUTION
    assert loaded.way_name(0) == "Mannerheimintie"
    assert loaded.way_name(1) == ""
    assert loaded.way_class_name(1) == "path"
    assert loaded.way_node_indices(1).tolist() == [2, 3]


def test_arrays_are_read_only() -> None:
    layer = _layer()
    with pytest.raises(ValueError):
        layer.nodes_lat[0] = 0.0


def test_bbox_center_and_contains() -> None:
    layer = _layer()
    assert layer.bbox() == (60.0, 24.0, 60.3, 24.3)
    assert layer.center() == pytest.approx((60.15, 24.15))
    assert layer.contains(60.1, 24.2)
    assert not layer.contains(61.0, 24.2)


def test_polylines_by_class_separates_ways_with_nan() -> None:
    layer = _layer(
        way_ids=np.array([100, 200, 300], dtype=np.int64),
        way_offsets=np.array([0, 3, 5, 7], dtype=np.int64),
        way_nodes=np.array([0, 1, 2, 2, 3, 3, 0], dtype=np.int32),
        way_class=np.array([6, 11, 6], dtype=np.uint8),
        way_oneway=np.array([0, 0, 0], dtype=np.int8),
        way_maxspeed_kmh=np.full(3, np.nan, dtype=np.float32),
        way_name_idx=np.array([-1, -1, -1], dtype=np.int32),
    )
    lines = layer.polylines_by_class()
    assert set(lines) == {"residential", "path"}
    lat, lon = lines["residential"]
    np.testing.assert_array_equal(lat, [60.0, 60.1, 60.2, np.nan, 60.3, 60.0, np.nan])
    np.testing.assert_array_equal(lon, [24.0, 24.1, 24.2, np.nan, 24.3, 24.0, np.nan])
    np.testing.assert_array_equal(lines["path"][0], [60.2, 60.3, np.nan])


@pytest.mark.parametrize(
    ("overrides", "needle"),
    [
        ({"way_nodes": np.array([0, 1, 2, 2, 9], dtype=np.int32)}, "outside the node arrays"),
        ({"way_offsets": np.array([0, 3, 4], dtype=np.int64)}, "way_offsets"),
        ({"way_class": np.array([6, 99], dtype=np.uint8)}, "unknown class"),
        ({"way_oneway": np.array([1, 2], dtype=np.int8)}, "way_oneway"),
        ({"way_name_idx": np.array([0, 5], dtype=np.int32)}, "names"),
        ({"nodes_lon": np.array([24.0, 24.1])}, "node arrays differ"),
    ],
)
def test_inconsistent_arrays_are_rejected(overrides: dict[str, object], needle: str) -> None:
    with pytest.raises(RoadLayerError, match=needle):
        _layer(**overrides)


def test_missing_file_is_a_road_layer_error(tmp_path: Path) -> None:
    with pytest.raises(RoadLayerError, match="not found"):
        RoadLayer.load(tmp_path / "nope.npz")


def test_garbage_file_is_a_road_layer_error(tmp_path: Path) -> None:
    bad = tmp_path / "roads.npz"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip" * 10)
    with pytest.raises(RoadLayerError, match=r"roads\.npz"):
        RoadLayer.load(bad)


def test_truncated_file_is_a_road_layer_error(tmp_path: Path) -> None:
    path = tmp_path / "roads.npz"
    _layer().save(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(RoadLayerError):
        RoadLayer.load(path)


def test_missing_array_is_named(tmp_path: Path) -> None:
    path = tmp_path / "roads.npz"
    _layer().save(path)
    with zipfile.ZipFile(path) as zin:
        kept = {n: zin.read(n) for n in zin.namelist() if n != "way_oneway.npy"}
    with zipfile.ZipFile(path, "w") as zout:
        for name, blob in kept.items():
            zout.writestr(name, blob)
    with pytest.raises(RoadLayerError, match="way_oneway"):
        RoadLayer.load(path)


def test_wrong_dtype_is_named(tmp_path: Path) -> None:
    layer = _layer()
    path = tmp_path / "roads.npz"
    layer.save(path)
    with np.load(path) as npz:
        data = {k: npz[k] for k in npz.files}
    data["way_nodes"] = data["way_nodes"].astype(np.float64)
    np.savez(path, **data)
    with pytest.raises(RoadLayerError, match="way_nodes"):
        RoadLayer.load(path)


def test_pickled_object_arrays_are_refused(tmp_path: Path) -> None:
    layer = _layer()
    path = tmp_path / "roads.npz"
    layer.save(path)
    with np.load(path) as npz:
        data = {k: npz[k] for k in npz.files}
    data["names"] = np.array([object()], dtype=object)
    np.savez(path, **data)
    with pytest.raises(RoadLayerError):
        RoadLayer.load(path)
