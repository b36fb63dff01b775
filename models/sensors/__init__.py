"""Sensors of a site (radars, perimeter sensors) and their geometry. Qt-free, SQL-free."""
