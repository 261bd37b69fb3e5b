"""Use cases: each public call is one unit of work returning frozen dataclasses. No Qt."""
