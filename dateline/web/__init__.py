"""The web page served by ``dateline serve``: static files under ``static/``."""
