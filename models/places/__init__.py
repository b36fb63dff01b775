"""Places: an offline index of a site's addresses, streets, corners and landmarks.

See ``models.places.types`` for the contract callers code against.
"""
