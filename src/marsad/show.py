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


def progress_bar(enabled: bool, label: str):
    """The progress display of ``extract`` and ``ingest`` on stderr: spinner, label, documents done,
    documents/s, a free ``info`` field (``add_task(..., info="...")``) and time elapsed.  A no-op context
    (``None``) when disabled."""
    from contextlib import nullcontext

    if not enabled:
        return nullcontext(None)
    from rich.progress import Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):
            el = task.elapsed or 0
            return Text(f"{task.completed / el:7.1f} docs/s" if el else "     -- docs/s")

    class Info(ProgressColumn):
        def render(self, task):
            return Text(str(task.fields.get("info") or ""))

    return Progress(SpinnerColumn(), TextColumn(label), TextColumn("{task.completed:>8.0f} docs"), Rate(), Info(),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=False, refresh_per_second=4)


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
