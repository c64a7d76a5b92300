"""Where the evaluation and benchmark scripts read the gold and bulk data: ``../shared``
beside the repository, or, from a git worktree nested deeper, the nearest ancestor's
``shared`` folder that holds ``data``. Nothing is copied into the repository."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
              ROOT.parent / "shared")
DATA = SHARED / "data"
REUTERS = DATA / "reuters21578"
