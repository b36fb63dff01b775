"""Road graph and travel times for emergency vehicles. Qt-free, SQL-free.

- ``speeds``: ``SpeedProfile`` (speeds per road class, excluded classes, one-way rule);
- ``build``: ``build_graph(layer, profile) -> RoadGraph``;
- ``graph``: ``RoadGraph`` CSR arrays, ``save``/``load`` as ``graph.npz``
  (``GRAPH_FILE``) beside ``roads.npz``; numpy-only import;
- ``snap``: ``snap_points``/``snap_point`` onto the main component, errors;
- ``travel``: ``times_to`` (one reverse Dijkstra), ETAs and routes.

Import the submodules directly: this package stays empty so loading a graph
does not import scipy.
"""

from __future__ import annotations

GRAPH_FILE = "graph.npz"
