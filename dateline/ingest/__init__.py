"""Readers: files, folders and streams → ``Document`` (or ``Rejected`` for bad input)."""
