"""Configuration: everything read from ``site.toml`` and other settings.

``site`` loads a site folder (stations, units, roads, links, sensors, zones,
overdue limits) into a frozen ``Site``, refusing a bad file with its line;
``site_schema`` declares every table and key of site.toml with its type and
range (``schema`` is the small machinery that checks a document against it,
``toml_lines`` finds the line of each key); ``site_links`` parses the link
tables, ``http_config`` the HTTP(S) endpoint. ``store_argument`` turns a
``--store`` argument (a path or a URL) into a store URL, refusing what
cannot be a store. Imports nothing else of ``console``.
"""
