"""Dispatch domain logic: unit status machine, incident types and response plans,
recommendation. Qt-free and SQL-free: the console turns decisions into events,
the store's projections record them."""
