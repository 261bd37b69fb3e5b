"""Bundled data read through importlib.resources: the Declaration, icons."""
