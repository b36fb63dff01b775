"""Building blocks of the map widget (``widgets.map_widget.MapWidget``).

Contract: ``unit_store`` keeps unit positions (and status codes) in numpy
arrays keyed by call sign; ``layers`` holds the road and label graphics
items; ``status_halo`` paints each unit's status disc; ``incidents`` and
``routes`` draw incidents by priority and unit routes with ETAs;
``interaction`` (a mixin of the widget) does picking, tooltips and context
menus, whose contents ``menus`` builds; ``overlay`` computes and paints the
scale bar and attribution in viewport pixels; ``tooltips`` writes the hover
text. Labels: ``placement`` (the grid collision index and greedy point
placement), ``label_placer`` (the one pass over every label layer and the
streets), ``label_atlas`` (labels drawn from one pixmap), ``street_index``
(named stretches in a grid, Qt-free), ``street_labels`` (street names along
streets), ``street_source`` (street lines from a road layer), ``landmarks``
(signs at close zoom) and ``labels_api`` (the widget's label API); ``dispatched`` keeps routes of
dispatched units and places units without a fix. Nothing here imports
radio, SQL or the console.
"""
