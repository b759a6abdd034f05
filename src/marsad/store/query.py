"""``marsad articles`` and ``marsad events``: filtered queries over a marsad database.

Filters (all optional, combined with AND):

- ``--outlet``  substring of the outlet name
- ``--actor``   substring of a party's name, English or Arabic (names are matched in their normalised form,
                :func:`marsad.lang.ar.normalize`: hamza, ى/ي, ة/ه, diacritics and case do not matter); for
                events a party is an actor or a recipient, for articles any entity of the article
- ``--country`` ISO alpha-3 (or alpha-2) country of a party (events) or of an entity (articles)
- ``--type``    PLOVER event type (articles: having such an event)
- ``--since`` / ``--until``  ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, inclusive; the event's date, else its
                article's publication date (events); the publication date (articles)
- ``--text``    substring of the headline or body (articles), of the sentence or headline (events);
                Arabic spelling variants and diacritics are tolerated

``events`` lists canonical events (one row per ``canonical_key``, with the number of reports); until
cross-article merging fills ``events.canonical_id`` every stored event is its own canonical event.
``--mentions`` lists every stored event mention instead.

``marsad errors`` lists the per-document failures kept in the ``errors`` table: file, line, record (document
id), stage (``read`` for a document that could not be read, else the pipeline stage that failed), message
and time; ``--fatal`` / ``--stored`` / ``--stage`` / ``--file`` narrow the list.
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import json
import re
import sys
from typing import Any

from ..lang.ar import normalize

_VARIANTS = {"ا": "اأإآٱ", "ي": "يىئ", "ه": "هة", "و": "وؤ", "ك": "كک"}
_DIGITS = {str(i): f"{i}{chr(0x660 + i)}{chr(0x6f0 + i)}" for i in range(10)}
_MARKS = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*"


def variant_regex(q: str) -> str:
    """An RE2 pattern for the substring ``q`` that tolerates Arabic spelling variants (hamza forms of alif,
    ى/ي/ئ, ة/ه, ؤ/و), diacritics and tatweel between letters, runs of white space and letter case."""
    parts = []
    for ch in normalize(" ".join(q.split())):
        if ch == " ":
            parts.append(r"\s+")
            continue
        alts = _VARIANTS.get(ch) or _DIGITS.get(ch)
        parts.append(f"[{alts}]" if alts else re.escape(ch))
        parts.append(_MARKS)
    return "(?i)" + "".join(parts)


def parse_day(s: str | None, *, end: bool = False) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a date: the first day, or the last with ``end``."""
    if not s:
        return None
    s = s.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", s)
    if not m:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {s!r}")
    y, mo, d = int(m[1]), m[2], m[3]
    if d:
        return dt.date(y, int(mo), int(d))
    if mo:
        mo = int(mo)
        return dt.date(y, mo, calendar.monthrange(y, mo)[1] if end else 1)
    return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)


def country_code(s: str) -> str:
    s = s.strip().upper()
    if len(s) == 2:
        try:
            import pycountry

            c = pycountry.countries.get(alpha_2=s)
            if c:
                return c.alpha_3
        except ImportError:  # pragma: no cover
            pass
    return s


class Filters:
    """SQL conditions and parameters from the command-line filters."""

    def __init__(self) -> None:
        self.where: list[str] = []
        self.params: list[Any] = []

    def add(self, cond: str, *params: Any) -> None:
        self.where.append(cond)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(f"({w})" for w in self.where)) if self.where else ""


def _connect(path: str):
    import os

    import duckdb

    if path != ":memory:" and not os.path.exists(path):
        raise SystemExit(f"marsad: no database {path} (create it with: marsad ingest PATH... --db {path})")
    try:
        return duckdb.connect(path, read_only=True)
    except duckdb.Error as e:
        hint = " (an ingest is writing it: one process at a time can open a database for writing, and " \
               "nothing else can open it meanwhile)" if "lock" in str(e).lower() else ""
        raise SystemExit(f"marsad: cannot open {path}: {e}{hint}")


def _common(a, f: Filters, *, day: str, outlet: str, names: str) -> None:
    if a.outlet:
        f.add(f"regexp_matches(COALESCE({outlet}, ''), ?)", variant_regex(a.outlet))
    if a.actor:
        f.add(f"contains(COALESCE({names}, ''), ?)", normalize(" ".join(a.actor.split())))
    try:
        since, until = parse_day(a.since), parse_day(a.until, end=True)
    except ValueError as e:
        raise SystemExit(f"marsad: {e}")
    if since:
        f.add(f"{day} >= ?", since)
    if until:
        f.add(f"{day} <= ?", until)


ARTICLE_COLUMNS = ("article_id", "doc_id", "published", "outlet", "headline", "deck", "language", "agency", "url",
                   "tags", "n_entities", "n_events", "n_quotes", "errors", "source", "content_hash")


def query_articles(con, a) -> list[dict]:
    f = Filters()
    _common(a, f, day="a.published_date", outlet="a.outlet", names="a.names_norm")
    if a.country:
        f.add("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.article_id AND e.country = ?)",
              country_code(a.country))
    if a.type:
        f.add("EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.article_id AND v.type = ?)",
              a.type.strip().upper())
    if a.text:
        f.add("regexp_matches(COALESCE(a.headline, '') || chr(10) || COALESCE(a.body, ''), ?)",
              variant_regex(a.text))
    cols = ", ".join(f"a.{c}" for c in ARTICLE_COLUMNS)
    body = ", a.body" if a.format != "table" else ""
    sql = (f"SELECT {cols}{body} FROM articles a{f.sql()} "
           f"ORDER BY a.published_date DESC NULLS LAST, a.article_id DESC LIMIT ?")
    return _rows(con.execute(sql, f.params + [max(0, a.limit)]))


EVENT_COLUMNS = ("canonical_key", "event_key", "event_id", "article_id", "doc_id", "type", "mode", "context",
                 "actor_names", "actor_names_ar", "actors", "actor_countries",
                 "recipient_names", "recipient_names_ar", "recipients", "recipient_countries",
                 "location_name", "location", "day", "date", "date_text", "negated", "hypothetical", "historical",
                 "partial", "sentence", "start", "end", "trigger", "confidence", "headline", "outlet", "published", "url")


# a reading with no doer, or no target where its type needs one: flagged in the stored event's ``extra`` (the JSON
# output lists these in ``partial_events``)
_PARTIAL = "COALESCE(json_extract_string(m.extra, '$.partial') = 'true', false)"


def _col(c: str) -> str:
    return f'{_PARTIAL} AS "partial"' if c == "partial" else f'm."{c}"'


def query_events(con, a) -> list[dict]:
    f = Filters()
    _common(a, f, day="m.day", outlet="m.outlet", names="m.parties_norm")
    if a.country:
        c = country_code(a.country)
        f.add("list_contains(m.actor_countries, ?) OR list_contains(m.recipient_countries, ?)", c, c)
    if a.type:
        f.add("m.type = ?", a.type.strip().upper())
    if a.text:
        f.add("regexp_matches(COALESCE(m.sentence, '') || chr(10) || COALESCE(m.headline, ''), ?)",
              variant_regex(a.text))
    if getattr(a, "claims", False):
        # claims only: told as having happened (not negated, hypothetical or background) between named parties
        f.add(f"NOT COALESCE(m.negated, false) AND NOT COALESCE(m.hypothetical, false) "
              f"AND NOT COALESCE(m.historical, false) AND NOT {_PARTIAL}")
    cols = ", ".join(_col(c) for c in EVENT_COLUMNS)
    limit = max(0, a.limit)
    if getattr(a, "mentions", False):
        sql = (f"SELECT {cols} FROM event_mentions m{f.sql()} "
               f"ORDER BY m.day DESC NULLS LAST, m.event_key LIMIT ?")
        return _rows(con.execute(sql, f.params + [limit]))
    # Canonical events: the mentions that match, grouped by canonical event; the representative mention is
    # the most confident one (then the first stored); ``reports`` counts every mention of the canonical event
    # and ``articles`` the distinct articles reporting it.  Grouping runs on keys only; the full rows are
    # fetched for the ``limit`` representatives.
    mcols = ", ".join(_col(c) for c in EVENT_COLUMNS)
    sql = f"""
        WITH hit AS (SELECT m.canonical_key, m.event_key, m.confidence, m.day FROM event_mentions m{f.sql()}),
        best AS (SELECT canonical_key,
                        arg_min(event_key, [-COALESCE(confidence, -1.0), event_key::DOUBLE]) AS event_key
                 FROM hit GROUP BY 1),
        top AS (SELECT b.canonical_key, b.event_key FROM best b JOIN hit h ON h.event_key = b.event_key
                ORDER BY h.day DESC NULLS LAST, b.canonical_key LIMIT ?),
        n AS (SELECT COALESCE(e.canonical_id, e.event_key) AS canonical_key, count(*) AS reports,
                     count(DISTINCT e.article_id) AS articles,
                     count(DISTINCT COALESCE(a.cluster_id, a.article_id)) AS sources
              FROM events e JOIN articles a USING (article_id)
              WHERE COALESCE(e.canonical_id, e.event_key) IN (SELECT canonical_key FROM top) GROUP BY 1)
        SELECT {mcols}, n.reports, n.articles, n.sources
        FROM top JOIN event_mentions m ON m.event_key = top.event_key JOIN n ON n.canonical_key = top.canonical_key
        ORDER BY m.day DESC NULLS LAST, m.canonical_key"""
    return _rows(con.execute(sql, f.params + [limit]))


def _rows(res) -> list[dict]:
    names = [d[0] for d in res.description]
    return [dict(zip(names, r)) for r in res.fetchall()]


# -- output ----------------------------------------------------------------------------------------

def _plain(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join("" if x is None else str(x) for x in v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return str(v)


def _short(s: str | None, n: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _write(rows: list[dict], fmt: str, table) -> None:
    out = sys.stdout
    if fmt == "json":
        json.dump([{k: _plain(v) for k, v in r.items()} for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        w = csv.writer(out)
        if rows:
            w.writerow(list(rows[0]))
        for r in rows:
            w.writerow([_cell(v) for v in r.values()])
    else:
        table(rows)


def _names(names: list | None, countries: list | None = None) -> str:
    out = []
    for i, n in enumerate(names or []):
        c = (countries or [])[i] if countries and i < len(countries) else None
        out.append(f"{n} ({c})" if c and c not in (n or "") else str(n))
    return ", ".join(out)


def _articles_table(rows: list[dict]) -> None:
    from ..show import make_console
    from rich.table import Table
    from rich.text import Text

    console = make_console()
    if not rows:
        console.print("no articles match", style="dim")
        return
    t = Table(show_lines=False, header_style="bold")
    for col, kw in (("Published", {"no_wrap": True}), ("Outlet", {}), ("Headline", {"ratio": 4}),
                    ("Lang", {}), ("Ent", {"justify": "right"}), ("Ev", {"justify": "right"}), ("Id", {})):
        t.add_column(col, **kw)
    for r in rows:
        cells = [_short(r["published"], 16), _short(r["outlet"], 24), _short(r["headline"], 100),
                 r["language"] or "", str(r["n_entities"] or 0), str(r["n_events"] or 0), _short(r["doc_id"], 24)]
        t.add_row(*map(Text, cells))
    console.print(t)


def _events_table(rows: list[dict]) -> None:
    from ..show import make_console
    from rich.table import Table
    from rich.text import Text

    console = make_console()
    if not rows:
        console.print("no events match", style="dim")
        return
    canonical = "reports" in rows[0]
    t = Table(header_style="bold")
    t.add_column("Date", no_wrap=True)
    t.add_column("Type")
    t.add_column("Actors")
    t.add_column("Recipients")
    t.add_column("Where")
    t.add_column("Outlet")
    t.add_column("Headline", ratio=3)
    if canonical:
        t.add_column("Reports", justify="right")
        t.add_column("Sources", justify="right")
    for r in rows:
        typ = r["type"] or ""
        if r.get("mode"):
            typ += f"/{r['mode']}"
        flags = [k for k in ("negated", "hypothetical", "historical", "partial") if r.get(k)]
        if flags:
            typ += f" [{', '.join(flags)}]"
        day = r["day"].isoformat() if r.get("day") else ""
        if r.get("day") and not r.get("date"):
            day += "*"  # publication date, the event has no date of its own
        cells = [day, typ, _names(r["actor_names"], r["actor_countries"]),
                 _names(r["recipient_names"], r["recipient_countries"]), r.get("location_name") or "",
                 _short(r.get("outlet"), 20), _short(r.get("headline"), 80)]
        if canonical:
            cells.append(str(r["reports"]))
            cells.append(str(r.get("sources", r.get("articles", ""))))
        t.add_row(*map(Text, cells))  # Text: data is never read as rich markup
    console.print(t)
    if any(r.get("day") and not r.get("date") for r in rows):
        console.print("* no event date: the article's publication date", style="dim")


def _read(a, query):
    """What ``query(con, a)`` reads from the database ``a.db``, opened read-only and closed after."""
    con = _connect(a.db)
    try:
        return query(con, a)
    finally:
        con.close()


def cmd_articles(a) -> int:
    _write(_read(a, query_articles), a.format, _articles_table)
    return 0


def cmd_events(a) -> int:
    _write(_read(a, query_events), a.format, _events_table)
    return 0


# -- errors ----------------------------------------------------------------------------------------

_STAGE_FAILED = re.compile(r"\bstage (\S+) failed: ")
_SOURCE_LINE = re.compile(r"^(.*):(\d+)$")
ERROR_COLUMNS = ("file", "line", "record", "stage", "message", "time", "stored", "article_id", "run_id")


def _error_row(source: str, doc_id: str, reason: str, fatal: bool | None, article_id, run_id, seen_at) -> dict:
    m = _SOURCE_LINE.match(source or "")
    file, line = (m.group(1), int(m.group(2))) if m else (source, None)
    msg = reason or ""
    for prefix in (source, file, doc_id):  # the reason names its input first: said once, in its column
        if prefix and msg.startswith(prefix + ": "):
            msg = msg[len(prefix) + 2:]
            break
    stage = "read" if fatal else "pipeline"
    st = _STAGE_FAILED.search(msg)
    if st and not fatal:
        stage, msg = st.group(1), msg[st.end():]
    return {"file": file, "line": line, "record": doc_id, "stage": stage, "message": msg, "time": seen_at,
            "stored": not fatal, "article_id": article_id, "run_id": run_id}


def query_errors(con, a) -> tuple[list[dict], int]:
    """Rows of the errors table (newest first) matching the filters, and how many match in all."""
    f = Filters()
    if getattr(a, "fatal", False):
        f.add("COALESCE(fatal, false)")
    if getattr(a, "stored", False):
        f.add("NOT COALESCE(fatal, false)")
    stage = (getattr(a, "stage", None) or "").strip()
    if stage == "read":
        f.add("COALESCE(fatal, false)")
    elif stage:
        f.add("NOT COALESCE(fatal, false) AND contains(reason, ?)", f"stage {stage} failed: ")
    if getattr(a, "file", None):
        f.add("contains(source, ?)", a.file)
    total = con.execute(f"SELECT count(*) FROM errors{f.sql()}", f.params).fetchone()[0]
    limit = a.limit if a.limit and a.limit > 0 else None
    sql = (f"SELECT source, doc_id, reason, fatal, article_id, run_id, seen_at FROM errors{f.sql()} "
           "ORDER BY seen_at DESC NULLS LAST, source, doc_id, reason" + (" LIMIT ?" if limit else ""))
    rows = con.execute(sql, f.params + ([limit] if limit else [])).fetchall()
    return [_error_row(*r) for r in rows], int(total)


def _left_short(s: str | None, n: int) -> str:
    s = s or ""
    return s if len(s) <= n else "…" + s[-(n - 1):]


def _errors_table(rows: list[dict], total: int) -> None:
    from ..show import make_console
    from rich.table import Table
    from rich.text import Text

    console = make_console()
    if not rows:
        console.print("no errors recorded" if not total else "no errors match", style="dim")
        return
    t = Table(header_style="bold")
    for col, kw in (("Time (UTC)", {"no_wrap": True}), ("Stage", {}), ("File", {"ratio": 2}),
                    ("Line", {"justify": "right"}), ("Record", {}), ("Message", {"ratio": 4})):
        t.add_column(col, **kw)
    for r in rows:
        when = r["time"].isoformat(sep=" ", timespec="seconds") if r.get("time") else ""
        cells = [when, r["stage"] + ("" if r["stored"] else " (not stored)"), _left_short(r["file"], 60),
                 "" if r["line"] is None else str(r["line"]), _short(r["record"], 32), _short(r["message"], 200)]
        t.add_row(*map(Text, cells))
    console.print(t)
    if total > len(rows):
        console.print(f"{len(rows)} of {total} shown (--limit 0 for all)", style="dim")


def cmd_errors(a) -> int:
    rows, total = _read(a, query_errors)
    if a.format == "table":
        _errors_table(rows, total)
    else:
        _write(rows, a.format, None)
    return 0
