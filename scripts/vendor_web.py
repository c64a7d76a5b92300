"""Copy the web page's JavaScript libraries and map data from npm packages into the package.

The page must work with no internet, so nothing loads from a CDN: run this once after
``npm install`` in a scratch folder and commit what it writes.

    mkdir -p /tmp/webvendor && cd /tmp/webvendor && npm init -y
    npm install d3@7 topojson-client@3 world-atlas@2 swagger-ui-dist@5
    .venv/bin/python scripts/vendor_web.py /tmp/webvendor/node_modules

It also writes ``iso-numeric.json`` (ISO 3166 numeric → alpha-3, from pycountry) because
world-atlas names countries by numeric code while dateline records use alpha-3.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pycountry

VENDOR = Path(__file__).resolve().parents[1] / "dateline" / "web" / "static" / "vendor"

# (package, file inside it, name in vendor/)
FILES = [
    ("d3", "dist/d3.min.js", "d3.min.js"),
    ("d3", "LICENSE", "d3.LICENSE.txt"),
    ("topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"),
    ("topojson-client", "LICENSE", "topojson-client.LICENSE.txt"),
    ("world-atlas", "countries-110m.json", "countries-110m.json"),
    ("world-atlas", "LICENSE", "world-atlas.LICENSE.txt"),
    ("swagger-ui-dist", "swagger-ui-bundle.js", "swagger-ui-bundle.js"),
    ("swagger-ui-dist", "swagger-ui.css", "swagger-ui.css"),
    ("swagger-ui-dist", "LICENSE", "swagger-ui.LICENSE.txt"),
    ("swagger-ui-dist", "NOTICE", "swagger-ui.NOTICE.txt"),
]


def iso_numeric() -> dict[str, str]:
    """Zero-padded numeric code (as world-atlas spells ids) → alpha-3."""
    return {c.numeric.zfill(3): c.alpha_3 for c in pycountry.countries}


def main(node_modules: Path) -> None:
    VENDOR.mkdir(parents=True, exist_ok=True)
    for package, inner, name in FILES:
        source = node_modules / package / inner
        if not source.exists():
            sys.exit(f"missing {source}: run npm install first (see this script's docstring)")
        shutil.copyfile(source, VENDOR / name)
        print(f"{package}/{inner} -> {name}")
    (VENDOR / "iso-numeric.json").write_text(json.dumps(iso_numeric(), sort_keys=True) + "\n")
    print("iso-numeric.json")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/webvendor/node_modules"))
