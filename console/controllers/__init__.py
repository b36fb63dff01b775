"""Controllers: the window's widgets wired to the services.

Each controller receives what it uses (the window, its services, the unit
roster, the site) from the session, turns widget intents into one service
action each (``actions.ActionRunner`` runs them and shows refusals), and
refreshes the widgets from the services' state. ``command_grammar`` parses
and completes the command line (Qt-free); ``recommendation_views`` turns a
recommendation into the plain views the panel draws; ``unit_roster`` holds
the units' plain views (position, status, timers) the board and map show.
"""
