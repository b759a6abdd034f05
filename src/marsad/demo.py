"""``marsad demo``: ingest the bundled sample into an embedded database and show what was found."""
from __future__ import annotations

from importlib import resources


def sample_dir() -> str:
    return str(resources.files("marsad") / "samples")


def cmd_demo(a) -> int:
    from .cli import main

    samples = sample_dir()
    print(f"marsad demo: ingesting the bundled sample ({samples}) into {a.db}")
    rc = main(["ingest", samples, "--db", a.db, "--workers", "1", "--no-progress"])
    if rc:
        return rc
    print("\nArticles:")
    main(["articles", "--db", a.db, "--limit", "20"])
    print("\nEvents:")
    main(["events", "--db", a.db, "--limit", "40"])
    print(f"\nQuery it yourself: .venv/bin/marsad events --db {a.db} --help")
    return 0
