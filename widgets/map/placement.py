"""Label placement: where each map label may go so that none overlaps another.

Contract (pure numpy, no Qt; everything in viewport pixels, y down):

* ``OccupancyGrid(width, height, cell=CELL_PX)`` rasterises the viewport into
  square cells. ``take(x0, y0, x1, y1)`` marks a box, rounding outwards (a
  label claims every cell it touches); ``take_boxes(boxes, inward=True)``
  marks many boxes at once, rounding inwards (symbols: a label may graze a
  symbol's corner but not cover it); ``is_free`` tests one box (outward);
  ``free_mask(boxes)`` tests many boxes at once against a summed-area table
  of the grid as it stands (boxes outside the viewport are not free).
* ``point_boxes(dx, dy, w, h, offset, rtl)`` gives, per label, its four
  candidate boxes ``(n, 4 positions, 4)``: trailing (right of the anchor, or
  left in a right-to-left layout), leading, above, below; ``label_origin``
  turns a position back into the text's top-left corner for painting.
* ``PointCandidates(grid, boxes)`` holds one layer's labels for a pass;
  ``place(rows, force=False)`` may be called more than once (every layer's
  musts first, then each layer in turn); ``result()`` gives what it placed.
  ``place_points(grid, boxes, order, must)`` places labels greedily: first
  every ``must`` row (the selected and the alarmed: always placed, at the
  first free position or else at the trailing one), then ``order`` (rows by
  priority), each at the first of its positions that lies inside the
  viewport and is free; a label that fits nowhere is left out. It returns
  ``(rows, positions)`` of the placed labels and marks them in the grid.

The grid is the collision index: testing a box costs one slice of a small
boolean array whatever the number of labels already placed, so a pass over
~2,000 labels stays in the low milliseconds (bench_map_labels).
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "CELL_PX",
    "PAD_PX",
    "POSITIONS",
    "OccupancyGrid",
    "PointCandidates",
    "label_origin",
    "place_points",
    "point_boxes",
]

CELL_PX = 4
PAD_PX = 2.0  # each label's backdrop reaches this far beyond its text
POSITIONS = ("trailing", "leading", "above", "below")


class OccupancyGrid:
    """The viewport as a raster of taken / free cells.

    Each row of cells is a Python int used as a bit set: testing or marking
    a box is one AND / OR per row it spans (~0.1 us each), far cheaper than
    slicing a numpy array per label; the vectorised operations go through a
    numpy copy of the bits.
    """

    def __init__(self, width: float, height: float, cell: int = CELL_PX) -> None:
        self.cell = int(cell)
        self.width = float(width)
        self.height = float(height)
        self.cols = max(1, int(np.ceil(width / cell)))
        self.rows = max(1, int(np.ceil(height / cell)))
        self.bits = [0] * self.rows
        # Labels only (no symbols): where an important label may go when
        # symbols leave it no room.
        self.label_bits = [0] * self.rows

    @property
    def occ(self) -> np.ndarray:
        """The grid as a ``(rows, cols)`` boolean array (a copy)."""
        nbytes = (self.cols + 7) // 8
        raw = b"".join(row.to_bytes(nbytes, "little") for row in self.bits)
        packed = np.frombuffer(raw, dtype=np.uint8).reshape(self.rows, nbytes)
        return np.unpackbits(packed, axis=1, bitorder="little")[:, : self.cols].astype(bool)

    def _or_array(self, occ: np.ndarray) -> None:
        packed = np.packbits(occ, axis=1, bitorder="little")
        bits = self.bits
        for r in np.flatnonzero(occ.any(axis=1)).tolist():
            bits[r] |= int.from_bytes(packed[r].tobytes(), "little")

    def _cells_out(self, x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        c = self.cell
        return (
            max(0, int(x0 // c)),
            max(0, int(y0 // c)),
            min(self.cols, int(x1 // c) + 1),
            min(self.rows, int(y1 // c) + 1),
        )

    def inside(self, x0: float, y0: float, x1: float, y1: float, margin: float = 0.0) -> bool:
        return (
            x0 >= margin
            and y0 >= margin
            and x1 <= self.width - margin
            and y1 <= self.height - margin
        )

    def is_free(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        c0, r0, c1, r1 = self._cells_out(x0, y0, x1, y1)
        if c1 <= c0 or r1 <= r0:
            return True
        mask = ((1 << (c1 - c0)) - 1) << c0
        bits = self.bits
        return not any(bits[r] & mask for r in range(r0, r1))

    def take(self, x0: float, y0: float, x1: float, y1: float) -> None:
        c0, r0, c1, r1 = self._cells_out(x0, y0, x1, y1)
        if c1 > c0 and r1 > r0:
            mask = ((1 << (c1 - c0)) - 1) << c0
            bits = self.bits
            label_bits = self.label_bits
            for r in range(r0, r1):
                bits[r] |= mask
                label_bits[r] |= mask

    def take_boxes(self, boxes: np.ndarray, inward: bool = True) -> None:
        """Mark ``(n, 4)`` boxes ``x0, y0, x1, y1``; inward rounding by default."""
        if len(boxes) == 0:
            return
        c = self.cell
        b = np.asarray(boxes, dtype=float)
        if inward:
            c0 = np.ceil(b[:, 0] / c)
            r0 = np.ceil(b[:, 1] / c)
            c1 = np.floor(b[:, 2] / c)
            r1 = np.floor(b[:, 3] / c)
        else:
            c0 = np.floor(b[:, 0] / c)
            r0 = np.floor(b[:, 1] / c)
            c1 = np.floor(b[:, 2] / c) + 1
            r1 = np.floor(b[:, 3] / c) + 1
        c0 = np.clip(c0, 0, self.cols).astype(np.intp)
        c1 = np.clip(c1, 0, self.cols).astype(np.intp)
        r0 = np.clip(r0, 0, self.rows).astype(np.intp)
        r1 = np.clip(r1, 0, self.rows).astype(np.intp)
        keep = (c1 > c0) & (r1 > r0)
        if not keep.any():
            return
        c0, c1, r0, r1 = c0[keep], c1[keep], r0[keep], r1[keep]
        occ = np.zeros((self.rows, self.cols), dtype=bool)
        span_c = int((c1 - c0).max())
        span_r = int((r1 - r0).max())
        if span_c * span_r <= 64:
            # Small boxes (symbols): one fancy assignment for all of them.
            cc = c0[:, None, None] + np.arange(span_c)[None, None, :]
            rr = r0[:, None, None] + np.arange(span_r)[None, :, None]
            ok = (cc < c1[:, None, None]) & (rr < r1[:, None, None])
            cc, rr = np.broadcast_arrays(cc, rr)
            occ[rr[ok], cc[ok]] = True
        else:
            for a, b_, c_, d in zip(
                r0.tolist(), r1.tolist(), c0.tolist(), c1.tolist(), strict=True
            ):
                occ[a:b_, c_:d] = True
        self._or_array(occ)

    def free_mask(self, boxes: np.ndarray) -> np.ndarray:
        """Per ``(n, 4)`` box: True when inside the viewport and on free cells only."""
        n = len(boxes)
        if n == 0:
            return np.zeros(0, dtype=bool)
        b = np.asarray(boxes, dtype=float)
        c = self.cell
        sat = np.zeros((self.rows + 1, self.cols + 1), dtype=np.int32)
        sat[1:, 1:] = self.occ.cumsum(axis=0, dtype=np.int32).cumsum(axis=1, dtype=np.int32)
        c0 = np.clip(np.floor(b[:, 0] / c), 0, self.cols).astype(np.intp)
        r0 = np.clip(np.floor(b[:, 1] / c), 0, self.rows).astype(np.intp)
        c1 = np.clip(np.floor(b[:, 2] / c) + 1, 0, self.cols).astype(np.intp)
        r1 = np.clip(np.floor(b[:, 3] / c) + 1, 0, self.rows).astype(np.intp)
        taken = sat[r1, c1] - sat[r0, c1] - sat[r1, c0] + sat[r0, c0]
        inside = (b[:, 0] >= 0) & (b[:, 1] >= 0) & (b[:, 2] <= self.width)
        inside &= b[:, 3] <= self.height
        return (taken == 0) & inside


def point_boxes(
    dx: np.ndarray,
    dy: np.ndarray,
    w: np.ndarray,
    h: float,
    offset: float,
    rtl: bool = False,
) -> np.ndarray:
    """``(n, 4, 4)``: for each label and position, its box with the backdrop."""
    dx = np.asarray(dx, dtype=float)
    dy = np.asarray(dy, dtype=float)
    w = np.asarray(w, dtype=float)
    n = len(dx)
    out = np.empty((n, len(POSITIONS), 4))
    # label_origin for the four positions at once (a radar storm places hundreds).
    right = dx + offset
    left_side = dx - offset - w
    centred = dx - w / 2
    middle = dy - h / 2
    lefts = (left_side, right, centred, centred) if rtl else (right, left_side, centred, centred)
    tops = (middle, middle, dy - max(offset, h / 2) - h + 2.0, dy + max(offset, h / 2) - 2.0)
    for pos in range(len(POSITIONS)):
        out[:, pos, 0] = lefts[pos] - PAD_PX
        out[:, pos, 1] = tops[pos]
        out[:, pos, 2] = lefts[pos] + w + PAD_PX
        out[:, pos, 3] = tops[pos] + h
    return out


def label_origin(
    dx: np.ndarray | float,
    dy: np.ndarray | float,
    w: np.ndarray | float,
    h: float,
    offset: float,
    rtl: bool,
    pos: np.ndarray | int,
) -> tuple[np.ndarray, np.ndarray]:
    """Top-left corner of a label's text at ``pos`` (0 trailing ... 3 below)."""
    dx = np.asarray(dx, dtype=float)
    dy = np.asarray(dy, dtype=float)
    w = np.asarray(w, dtype=float)
    pos = np.asarray(pos)
    right = dx + offset
    left_side = dx - offset - w
    trailing = left_side if rtl else right
    leading = right if rtl else left_side
    centred = dx - w / 2
    left = np.where(pos == 0, trailing, np.where(pos == 1, leading, centred))
    above = dy - max(offset, h / 2) - h + 2.0
    below = dy + max(offset, h / 2) - 2.0
    top = np.where(pos == 2, above, np.where(pos == 3, below, dy - h / 2))
    return left, top


class PointCandidates:
    """One layer's point labels, their candidate boxes as grid cells, and
    which of them are placed; ``place`` may be called more than once (the
    musts of every layer first, then each layer's order)."""

    def __init__(self, grid: OccupancyGrid, boxes: np.ndarray) -> None:
        self.grid = grid
        self.n = len(boxes)
        cell = grid.cell
        cells = np.empty(boxes.shape, dtype=np.int64)
        if self.n:
            cells[..., 0] = np.floor(boxes[..., 0] / cell)
            cells[..., 1] = np.floor(boxes[..., 1] / cell)
            cells[..., 2] = np.floor(boxes[..., 2] / cell) + 1
            cells[..., 3] = np.floor(boxes[..., 3] / cell) + 1
            np.clip(cells[..., 0::2], 0, grid.cols, out=cells[..., 0::2])
            np.clip(cells[..., 1::2], 0, grid.rows, out=cells[..., 1::2])
        inside = (boxes[..., 0] >= 0) & (boxes[..., 1] >= 0)
        inside &= (boxes[..., 2] <= grid.width) & (boxes[..., 3] <= grid.height)
        # Cells with -1 where a position leaves the viewport. One flat list
        # of ints (16 per label): no per-label containers for the cyclic
        # garbage collector to walk.
        cells[~inside] = -1
        self._npos = boxes.shape[1] if boxes.ndim == 3 else 0
        self._cells = cells.reshape(-1).tolist()
        self.rows: list[int] = []
        self.positions: list[int] = []
        self._placed: set[int] = set()

    def _first_free(self, row: int, over_symbols: bool = False) -> int:
        bits = self.grid.label_bits if over_symbols else self.grid.bits
        cells = self._cells
        at = row * self._npos * 4
        for pos in range(self._npos):
            c0 = cells[at]
            c1 = cells[at + 2]
            r0 = cells[at + 1]
            r1 = cells[at + 3]
            at += 4
            if c0 >= 0 and c1 > c0 and r1 > r0:
                mask = ((1 << (c1 - c0)) - 1) << c0
                for r in range(r0, r1):
                    if bits[r] & mask:
                        break
                else:
                    return pos
        return -1

    def _mark(self, row: int, pos: int) -> None:
        at = (row * self._npos + pos) * 4
        c0, r0, c1, r1 = self._cells[at : at + 4]
        if c0 >= 0 and c1 > c0:
            mask = ((1 << (c1 - c0)) - 1) << c0
            bits = self.grid.bits
            label_bits = self.grid.label_bits
            for r in range(r0, r1):
                bits[r] |= mask
                label_bits[r] |= mask
        self.rows.append(row)
        self.positions.append(pos)
        self._placed.add(row)

    def place(
        self, order: np.ndarray | list[int], force: bool = False, over_symbols: bool = False
    ) -> None:
        """Place ``order`` rows at their first free position; with
        ``over_symbols`` a row that finds no room clear of symbols may cover a
        symbol (never a label); with ``force`` a row that fits nowhere is
        placed at its trailing position anyway."""
        placed = self._placed
        for row in np.asarray(order, dtype=np.intp).tolist():
            if row in placed or not 0 <= row < self.n:
                continue
            pos = self._first_free(row)
            if pos < 0 and (over_symbols or force):
                pos = self._first_free(row, over_symbols=True)
            if pos >= 0:
                self._mark(row, pos)
            elif force:
                self._mark(row, 0)

    def result(self) -> tuple[np.ndarray, np.ndarray]:
        return np.asarray(self.rows, dtype=np.intp), np.asarray(self.positions, dtype=np.int8)


def place_points(
    grid: OccupancyGrid,
    boxes: np.ndarray,
    order: np.ndarray,
    must: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Greedy placement of point labels; returns placed ``(rows, positions)``."""
    candidates = PointCandidates(grid, boxes)
    if must is not None and len(must):
        candidates.place(must, force=True)
    candidates.place(order)
    return candidates.result()
