"""Configuration: everything read from ``site.toml`` and other settings.

``site`` loads a site folder (stations, units, roads, links, sensors, zones,
overdue limits) into a frozen ``Site``, refusing a bad file with its line;
``site_links`` parses the link tables, ``http_config`` the HTTP(S) endpoint.
Imports nothing else of ``console``.
"""
