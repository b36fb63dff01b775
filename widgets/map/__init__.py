"""Building blocks of the map widget (``widgets.map_widget.MapWidget``).

Contract: ``unit_store`` keeps unit positions (and status codes) in numpy
arrays keyed by call sign; ``layers`` holds the road and label graphics
items; ``status_halo`` paints each unit's status disc; ``incidents`` and
``routes`` draw incidents by priority and unit routes with ETAs;
``interaction`` (a mixin of the widget) does picking, tooltips and context
menus, whose contents ``menus`` builds; ``overlay`` computes and paints the
scale bar and attribution in viewport pixels; ``tooltips`` writes the hover
text. Nothing here imports radio, SQL or the console.
"""
