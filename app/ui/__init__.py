"""Widgets, item models and dialogs. Talks only to services; never sees a Session or an ORM object."""
