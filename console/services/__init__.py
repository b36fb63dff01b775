"""Services: intents and frames in, validated and committed events out.

``dispatch``, ``calls`` and ``alerts`` turn operator intents into events
appended through the group-commit writer (``committed_actions`` is their
shared base), refusing with a reason the operator reads; ``sensors`` turns
committed radar, zone-alarm and CAP frames into tracks and alerts;
``ingest`` runs the site's links and stores every frame before any
acknowledgement. Qt-free: used by the GUI, ``record`` and headless drills.
"""
