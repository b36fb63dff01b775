"""Calls: who is calling, from where, and what became of the call. Qt-free, SQL-free."""
