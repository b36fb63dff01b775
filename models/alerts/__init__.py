"""Alerts and sensor tracks: radar targets, zone alarms and CAP alerts. Qt-free, SQL-free."""
