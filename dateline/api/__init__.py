"""The REST API and web page behind ``dateline serve`` (needs the ``[web]`` extra).

    from dateline.api import create_app, serve
    serve("dateline.duckdb", port=8000)              # read-only
    serve("dateline.duckdb", token="s3cret")         # POST /api/documents allowed
"""

from dateline.api.app import create_app, serve

__all__ = ["create_app", "serve"]
