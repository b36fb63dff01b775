"""Sessions: a running console window and its plumbing.

``live`` (``ConsoleSession``: store, writer, follower, links, controllers),
``replay`` (a read-only store at a chosen time) and ``drill`` (the live
session on a drill store with the trainer panel) lay data onto the window;
``bridge`` turns committed events into Qt signals; ``link_ownership`` decides
which links this process runs.
A session builds its controllers and hands them what they use; it never
imports from ``console.commands`` or the shell.
"""
