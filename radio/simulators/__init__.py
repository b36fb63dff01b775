"""Far ends of the console's outgoing links, for tests and drills (see each module)."""
