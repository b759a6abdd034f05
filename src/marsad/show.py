"""Human-readable rendering of output records (``--format pretty``)."""
from __future__ import annotations

import os

from rich.console import Console


def make_console() -> Console:
    """A console for tables: the terminal's width, or a wide page when output goes to a file or pipe."""
    c = Console()
    if not c.is_terminal and "COLUMNS" not in os.environ:
        c = Console(width=160)
    return c


_console = make_console()


def pretty(rec: dict) -> None:
    a = rec["article"]
    c = _console
    c.rule(f"[bold]{rec['id']}")
    c.print(f"[bold]{a.get('headline') or '(no headline)'}")
    meta = " | ".join(f"{k}: {a[k]}" for k in ("published", "outlet", "agency", "language", "url") if a.get(k))
    if meta:
        c.print(meta, style="dim")
    if a.get("deck"):
        c.print(a["deck"], style="italic")
    if a.get("tags"):
        c.print("tags: " + ", ".join(a["tags"]), style="dim")
    names = {e["id"]: e["name"] for e in rec.get("entities", [])}
    for e in rec.get("entities", []):
        extra = ", ".join(x for x in [e.get("country") or "", "; ".join(e.get("roles") or [])] if x)
        c.print(f"  [cyan]{e['type']:6}[/] {e['name']}" + (f" ({extra})" if extra else "")
                + f"  ×{len(e.get('mentions', []))}")
    for ev in rec.get("events", []):
        who = lambda ids: " + ".join(names.get(i, i) for i in ids) or "-"
        flags = " ".join(k for k in ("negated", "hypothetical", "historical") if ev.get(k))
        c.print(f"  [green]{ev['type']}[/]{'/' + ev['mode'] if ev.get('mode') else ''} {who(ev['actors'])} → "
                f"{who(ev['recipients'])} [{ev.get('date') or '?'}] {flags}")
        c.print(f"      {ev.get('sentence', '')[:160]}", style="dim")
    for q in rec.get("quotes", []):
        c.print(f"  [magenta]quote[/] {names.get(q.get('speaker'), '?')}"
                f"{' via ' + q['channel'] if q.get('channel') else ''}: “{q['text'][:120]}”")
    for err in rec.get("errors", []):
        c.print(f"  [red]error[/] {err}")
