"""Building blocks of the map widget (``widgets.map_widget.MapWidget``).

Contract: ``unit_store`` keeps unit positions in numpy arrays keyed by call
sign; ``layers`` holds the road and label graphics items; ``overlay`` computes
and paints the scale bar and attribution in viewport pixels; ``tooltips``
writes the hover text. Nothing here imports radio, SQL or the console.
"""
