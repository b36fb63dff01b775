"""Pass-through nodes collapsed: the road graph as chains between junctions.

Contract: ``contract(node_count, seg_a, seg_b, seg_time_ab_s, seg_time_ba_s,
seg_len_m) -> dict[str, np.ndarray]`` returns the arrays ``RoadGraph``
stores under the names of ``CONTRACTION_DTYPES``:

- ``junction_nodes`` (int32, J, ascending): the nodes Dijkstra visits;
- ``chain_offsets`` (int64, C+1) and ``chain_nodes`` (int32): chain ``c``
  runs through ``chain_nodes[chain_offsets[c]:chain_offsets[c + 1]]``, from
  its tail junction to its head junction (they may be the same node). Every
  road segment is one step of exactly one chain; every other node of the
  graph that has roads is the interior of exactly one chain;
- ``chain_dir`` (int8, C): bit 1 tail -> head may be driven, bit 2
  head -> tail; the same for every step of the chain;
- ``chain_cum_fwd_s``/``chain_cum_bwd_s``/``chain_cum_m`` (float64, aligned
  with ``chain_nodes``): driving time from the tail to each node (0 when
  forward is not allowed), driving time from each node back to the tail (0
  when backward is not allowed), and distance from the tail;
- ``seg_chain`` (int32, S), ``seg_step`` (int64, S: index in ``chain_nodes``
  of the step's first node, in chain order) and ``seg_flip`` (bool, S: the
  chain runs ``seg_b`` -> ``seg_a`` along that segment).

A node is a pass-through node when it has exactly two road segments and
may be driven through in the same directions as each of them allows (a
two-way street turning one-way there stays a junction). Rings made only of
pass-through nodes get all their nodes as junctions. Pure numpy: every chain
is walked at once, one step per iteration, so importing this module needs
no scipy and an old ``graph.npz`` can be upgraded at load time.
"""

from __future__ import annotations

import numpy as np

CONTRACTION_DTYPES: dict[str, np.dtype] = {
    "junction_nodes": np.dtype(np.int32),
    "chain_offsets": np.dtype(np.int64),
    "chain_nodes": np.dtype(np.int32),
    "chain_dir": np.dtype(np.int8),
    "chain_cum_fwd_s": np.dtype(np.float64),
    "chain_cum_bwd_s": np.dtype(np.float64),
    "chain_cum_m": np.dtype(np.float64),
    "seg_chain": np.dtype(np.int32),
    "seg_step": np.dtype(np.int64),
    "seg_flip": np.dtype(np.bool_),
}
FORWARD = 1
BACKWARD = 2


def contract(
    node_count: int,
    seg_a: np.ndarray,
    seg_b: np.ndarray,
    seg_time_ab_s: np.ndarray,
    seg_time_ba_s: np.ndarray,
    seg_len_m: np.ndarray,
) -> dict[str, np.ndarray]:
    seg_a = np.asarray(seg_a, dtype=np.int64)
    seg_b = np.asarray(seg_b, dtype=np.int64)
    ab_ok = np.isfinite(seg_time_ab_s)
    ba_ok = np.isfinite(seg_time_ba_s)
    ends = np.concatenate([seg_a, seg_b])
    order = np.argsort(ends, kind="stable")
    inc_seg = np.concatenate([np.arange(seg_a.size), np.arange(seg_a.size)])[order]
    degree = np.bincount(ends, minlength=node_count)
    inc_ptr = np.zeros(node_count + 1, dtype=np.int64)
    np.cumsum(degree, out=inc_ptr[1:])

    junction = (degree > 0) & ~_pass_through(seg_a, ab_ok, ba_ok, inc_seg, inc_ptr, degree)
    walks = _walk(seg_a, seg_b, inc_seg, inc_ptr, junction)
    covered = np.zeros(seg_a.size, dtype=bool)
    covered[walks[2]] = True
    if not covered.all():
        # Rings of pass-through nodes with no way in: keep their nodes as junctions.
        junction[seg_a[~covered]] = True
        junction[seg_b[~covered]] = True
        walks = _walk(seg_a, seg_b, inc_seg, inc_ptr, junction)
    return _chains(walks, seg_a, seg_time_ab_s, seg_time_ba_s, seg_len_m, ab_ok, junction)


def _pass_through(
    seg_a: np.ndarray,
    ab_ok: np.ndarray,
    ba_ok: np.ndarray,
    inc_seg: np.ndarray,
    inc_ptr: np.ndarray,
    degree: np.ndarray,
) -> np.ndarray:
    """Bool per node: two segments, and driving through works the same both ways round."""
    out = np.zeros(degree.size, dtype=bool)
    nodes = np.flatnonzero(degree == 2)
    s1, s2 = inc_seg[inc_ptr[nodes]], inc_seg[inc_ptr[nodes] + 1]

    def into(s: np.ndarray) -> np.ndarray:  # other end -> node allowed
        return np.where(seg_a[s] == nodes, ba_ok[s], ab_ok[s])

    def out_of(s: np.ndarray) -> np.ndarray:  # node -> other end allowed
        return np.where(seg_a[s] == nodes, ab_ok[s], ba_ok[s])

    out[nodes] = (into(s1) == out_of(s2)) & (out_of(s1) == into(s2))
    return out


def _walk(
    seg_a: np.ndarray,
    seg_b: np.ndarray,
    inc_seg: np.ndarray,
    inc_ptr: np.ndarray,
    junction: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Walk from every (junction, segment) pair to the next junction, all walkers at once.

    Returns per step taken (sorted by walker then step): walker id, step
    number, segment, node reached; and per walker its start node.
    """
    starts = np.flatnonzero(junction)
    counts = inc_ptr[starts + 1] - inc_ptr[starts]
    start_node = np.repeat(starts, counts)
    seg = inc_seg[np.repeat(inc_ptr[starts], counts) + _ramp(counts)]
    walker = np.arange(seg.size)
    cur = start_node.copy()
    empty = np.zeros(0, dtype=np.int64)
    out_w, out_k, out_s, out_n = [empty], [empty], [empty], [empty]
    step = 0
    while walker.size:
        nxt = seg_a[seg] + seg_b[seg] - cur
        out_w.append(walker)
        out_k.append(np.full(walker.size, step))
        out_s.append(seg)
        out_n.append(nxt)
        go = ~junction[nxt]
        walker, cur, seg = walker[go], nxt[go], seg[go]
        # A pass-through node has two segments: leave by the one not arrived on.
        seg = inc_seg[inc_ptr[cur]] + inc_seg[inc_ptr[cur] + 1] - seg
        step += 1
    w, k = np.concatenate(out_w), np.concatenate(out_k)
    order = np.lexsort((k, w))
    return (
        w[order],
        k[order],
        np.concatenate(out_s)[order],
        np.concatenate(out_n)[order],
        start_node,
    )


def _ramp(counts: np.ndarray) -> np.ndarray:
    """0..c-1 for each count c, concatenated."""
    total = int(counts.sum())
    return np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)


def _chains(
    walks: tuple[np.ndarray, ...],
    seg_a: np.ndarray,
    time_ab: np.ndarray,
    time_ba: np.ndarray,
    length: np.ndarray,
    ab_ok: np.ndarray,
    junction: np.ndarray,
) -> dict[str, np.ndarray]:
    w, _, s, n, start_node = walks
    walkers = start_node.size
    steps = np.bincount(w, minlength=walkers)
    first = np.cumsum(steps) - steps
    last = first + steps - 1
    # Each chain is walked once from each end: keep the walk whose (start, first
    # segment) is the smaller of the two, so loops starting and ending at one
    # junction are kept once too.
    end_node = n[last]
    first_seg, last_seg = s[first], s[last]
    keep = (start_node < end_node) | ((start_node == end_node) & (first_seg < last_seg))
    kept = np.flatnonzero(keep)
    chain_steps = steps[kept]
    chain_offsets = np.zeros(kept.size + 1, dtype=np.int64)
    np.cumsum(chain_steps + 1, out=chain_offsets[1:])
    step_rows = np.repeat(first[kept], chain_steps) + _ramp(chain_steps)
    chain_of_step = np.repeat(np.arange(kept.size), chain_steps)
    step_pos = chain_offsets[chain_of_step] + _ramp(chain_steps)  # first node of each step
    nodes = np.empty(int(chain_offsets[-1]), dtype=np.int64)
    nodes[chain_offsets[:-1]] = start_node[kept]
    nodes[step_pos + 1] = n[step_rows]
    step_seg = s[step_rows]
    flip = nodes[step_pos] != seg_a[step_seg]
    fwd_t = np.where(flip, time_ba[step_seg], time_ab[step_seg])
    bwd_t = np.where(flip, time_ab[step_seg], time_ba[step_seg])
    fwd_ok = np.where(flip, np.isfinite(time_ba[step_seg]), ab_ok[step_seg])
    bwd_ok = np.isfinite(bwd_t)
    first_step = np.cumsum(chain_steps) - chain_steps
    direction = fwd_ok[first_step] * FORWARD | bwd_ok[first_step] * BACKWARD

    seg_chain = np.full(seg_a.size, -1, dtype=np.int32)
    seg_step = np.full(seg_a.size, -1, dtype=np.int64)
    seg_flip = np.zeros(seg_a.size, dtype=bool)
    seg_chain[step_seg] = chain_of_step
    seg_step[step_seg] = step_pos
    seg_flip[step_seg] = flip
    return {
        "junction_nodes": np.flatnonzero(junction).astype(np.int32),
        "chain_offsets": chain_offsets,
        "chain_nodes": nodes.astype(np.int32),
        "chain_dir": direction.astype(np.int8),
        "chain_cum_fwd_s": _cumulate(np.where(fwd_ok, fwd_t, 0.0), step_pos, chain_offsets),
        "chain_cum_bwd_s": _cumulate(np.where(bwd_ok, bwd_t, 0.0), step_pos, chain_offsets),
        "chain_cum_m": _cumulate(length[step_seg], step_pos, chain_offsets),
        "seg_chain": seg_chain,
        "seg_step": seg_step,
        "seg_flip": seg_flip,
    }


def _cumulate(values: np.ndarray, step_pos: np.ndarray, chain_offsets: np.ndarray) -> np.ndarray:
    """Per chain node: the sum of its chain's step values before it (0 at the tail)."""
    out = np.zeros(int(chain_offsets[-1]), dtype=np.float64)
    out[step_pos + 1] = values
    total = np.cumsum(out)
    # Restart the running sum at each chain's tail.
    return total - np.repeat(total[chain_offsets[:-1]], np.diff(chain_offsets))
