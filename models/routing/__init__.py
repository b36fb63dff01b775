"""Road graph and travel times for emergency vehicles. Qt-free, SQL-free.

- ``speeds``: ``SpeedProfile`` (speeds per road class, excluded classes, one-way rule);
- ``build``: ``build_graph(layer, profile) -> RoadGraph``;
- ``graph``: ``RoadGraph`` CSR arrays and chains, ``save``/``load`` as
  ``graph.npz`` (``GRAPH_FILE``) beside ``roads.npz``; numpy-only import;
- ``contract``: pass-through nodes collapsed into chains between junctions;
- ``junctions``: the reversed junction graph Dijkstra runs on;
- ``snap``: ``snap_points``/``snap_point``/``snap_points_cached`` onto the
  main component, errors;
- ``travel``: ``times_to`` (one reverse Dijkstra over junctions), ETAs and
  routes through every original node.

Import the submodules directly: this package stays empty so loading a graph
does not import scipy.
"""

from __future__ import annotations

GRAPH_FILE = "graph.npz"
