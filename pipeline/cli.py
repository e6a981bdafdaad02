"""`granttrail`: the command line. Heavy libraries are imported inside the commands that use them,
so `granttrail --help` and start-up stay fast."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .confidence import REVIEW_BELOW

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn municipalities' responses to reclaim decisions, their invoices and the press "
    "around them into linked, checked Parquet tables.",
)
console = Console(stderr=True)

INTERIM = typer.Option(Path("processed/interim"), "--interim", help="Folder for the stages' interim data.")


@app.command()
def run(
    input_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of input documents (walked recursively)."),
    out: Path = typer.Option(Path("processed"), "--out", "-o", help="Where the Parquet tables go."),
    workers: Optional[int] = typer.Option(None, help="Processes for documents (default: all cores)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Reprocess every document."),
    fail_on_error: bool = typer.Option(False, "--fail-on-error", help="Exit 1 if any document failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    corrections: Optional[Path] = typer.Option(
        None,
        "--corrections",
        exists=True,
        dir_okay=False,
        help="A reviewer's corrections (CSV; default: corrections.csv in INPUT_DIR, if any).",
    ),
    review_below: float = typer.Option(
        REVIEW_BELOW, "--review-below", min=0.0, max=1.0, help="Values read with lower confidence get a needs_review check."
    ),
    profile: bool = typer.Option(False, "--profile", help="Print seconds per stage (also written to OUT/interim/profile.json)."),
    executor: str = typer.Option(
        "process", "--executor", help="Where documents run: 'process' (a local pool) or 'dask' (a dask.distributed cluster)."
    ),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="With --executor dask: the scheduler's address (tcp://HOST:8786); none starts a LocalCluster here."
    ),
) -> None:
    """Run every stage: ingest → structure → extract → link → check → publish."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .outdir import OutputError
    from .runner import discover
    from .runner import run as run_pipeline

    _setup_logging(out)
    _stop_on_sigterm()
    total = len(discover(input_dir))
    if total == 0:
        console.print(
            f"[yellow]no files in {_safe(str(input_dir))}[/yellow]: put responses, attachments and press "
            "releases there (see README, 'Adding documents'); empty tables are written."
        )
    pages = 0
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[pages]} pages"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet,
        transient=False,
    ) as progress:
        task = progress.add_task("documents", total=total, pages=0)

        def on_progress(name: str, step: int, _total: int, info: dict | None) -> None:
            nonlocal pages
            pages += (info or {}).get("pages") or 0
            progress.update(task, advance=step, pages=pages, description=f"documents ({_safe(Path(name).name[:40])})")

        try:
            report = run_pipeline(
                input_dir,
                out,
                workers=workers,
                use_cache=not no_cache,
                on_progress=on_progress,
                on_wait=lambda msg: console.print(f"[yellow]{_safe(msg)}[/yellow]"),
                corrections=corrections,
                review_below=review_below,
                executor=executor,
                scheduler=scheduler,
            )
        except (OutputError, FileNotFoundError) as e:
            progress.stop()
            console.print(f"[red]cannot run[/red]: {_safe(str(e))}")
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            progress.stop()
            console.print("[yellow]interrupted[/yellow]: finished documents stay in the cache; the tables were not changed")
            raise typer.Exit(130) from None
        progress.update(task, completed=total, description="documents")
    _after_run(report, out, quiet, profile, fail_on_error)


def _after_run(report, out: Path, quiet: bool, profile: bool, fail_on_error: bool) -> None:
    """The summary and the stage profile, as asked; exit 1 on a failed document if asked."""
    if not quiet:
        _summary(report, out)
    if profile:
        console.print(
            "seconds per stage (documents: wall, and summed over workers): " + ", ".join(f"{k} {v:.2f}" for k, v in report.profile.items())
        )
    failed = [d for d in report.documents if d.get("status") == "failed"]
    if fail_on_error and (failed or report.errors):
        raise typer.Exit(1)


def _safe(text: object) -> str:
    """A name or message as one console line: Rich markup escaped, control characters shown as
    escapes (a file name can hold both)."""
    from rich.markup import escape

    s = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in str(text))
    return escape(s.encode("utf-8", "backslashreplace").decode("utf-8"))


def _setup_logging(out: Path) -> None:
    """Notes, warnings and errors (with tracebacks) to OUT/granttrail.log; the summary names them."""
    import logging

    log = logging.getLogger("granttrail")
    log.setLevel(logging.INFO)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fh = logging.FileHandler(out / "granttrail.log", encoding="utf-8")
    except OSError:
        return  # the run reports the output folder's problem itself
    fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(process)d %(message)s"))
    log.addHandler(fh)


def _stop_on_sigterm() -> None:
    """kill -TERM stops like Ctrl-C: pending documents dropped, workers ended, cache kept."""
    import signal

    def stop(_signum, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def _summary(report, out: Path) -> None:
    from collections import Counter

    by = Counter((d.get("kind") or "-", d.get("status")) for d in report.documents)
    t = Table(title=_safe(f"granttrail: {len(report.documents)} files → {out}"), show_lines=False)
    t.add_column("kind")
    for s in _STATUSES:
        t.add_column(s, justify="right")
    for kind in sorted({k for k, _ in by}):
        t.add_row(_safe(kind), *(str(by.get((kind, s), "")) for s in _STATUSES))
    console.print(t)
    console.print(
        f"pages {report.pages} (OCR {report.ocr_pages}) · processed {report.processed}, from cache {report.cached} · {report.seconds:.2f} s"
    )
    c = report.counts
    console.print("rows: " + ", ".join(f"{k} {v}" for k, v in c.items()))
    _corrections_summary(out)
    _problems_summary(report, out)


_STATUSES = ("ok", "partial", "failed", "duplicate")


def _problems_summary(report, out: Path) -> None:
    """The documents not read in full, the run's errors, and how many hidden files were skipped."""
    for d in report.documents:
        if d.get("status") in ("failed", "partial"):
            console.print(f"[red]{d['status']}[/red] {_safe(d['source_path'])}: {_safe(d.get('error'))}")
    for e in report.errors:
        console.print(f"[red]error[/red] {_safe(e)}")
    if report.notes:
        console.print(f"{len(report.notes)} hidden file(s) or folder(s) not read (names in {_safe(out / 'granttrail.log')})")


def _corrections_summary(out: Path) -> None:
    """What became of the reviewer's corrections, with the reason for those not applied."""
    import pyarrow.parquet as pq

    path = out / "corrections.parquet"
    rows = pq.read_table(path).to_pylist() if path.exists() else []
    if not rows:
        return
    from collections import Counter

    by = Counter(r["status"] for r in rows)
    console.print("corrections: " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())))
    for r in rows:
        if r["status"] != "applied":
            console.print(f"[yellow]{r['status']}[/yellow] {r['table']} {r['key'] or ''} {r['field']}: {r['message']}")


@app.command()
def ingest(input_dir: Path = typer.Argument(..., exists=True, file_okay=False), interim: Path = INTERIM) -> None:
    """Stage 1: read every file (text layer, OCR, HTML) into interim/ingest."""
    from .stages import ingest_stage

    _setup_logging(interim)
    console.print(f"ingested {ingest_stage(input_dir, interim)} documents")


@app.command()
def structure(interim: Path = INTERIM) -> None:
    """Stage 2: contents, sections, attachment lists, tables."""
    from .stages import structure_stage

    _setup_logging(interim)
    console.print(f"structured {structure_stage(interim)} documents")


@app.command()
def extract(interim: Path = INTERIM) -> None:
    """Stage 3: amounts, dates, assessments, positions, people, invoices."""
    from .stages import extract_stage

    _setup_logging(interim)
    console.print(f"extracted {extract_stage(interim)} documents")


@app.command()
def link(interim: Path = INTERIM) -> None:
    """Stage 4: attachments to files, activities to invoices, press to responses."""
    from .stages import link_stage

    _setup_logging(interim)
    link_stage(interim)


@app.command()
def check(interim: Path = INTERIM) -> None:
    """Stage 5: what does not add up."""
    from .stages import check_stage

    _setup_logging(interim)
    check_stage(interim)


@app.command()
def publish(interim: Path = INTERIM, out: Path = typer.Option(Path("processed"), "--out", "-o")) -> None:
    """Stage 6: the Parquet tables."""
    from .stages import publish_stage

    _setup_logging(interim)
    counts = publish_stage(interim, out)
    console.print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def report(
    out: Path = typer.Argument(Path("processed"), exists=True, file_okay=False, help="A run's output folder."),
    input_dir: Optional[Path] = typer.Option(None, "--input", help="The run's input folder (default: as recorded by run)."),
    lang: str = typer.Option("sv", "--lang", help="The report's language: sv (Swedish) or en (English)."),
) -> None:
    """The static HTML audit report with evidence images, under OUT/report/."""
    from .report import build_report
    from .report_text import LANGS

    if lang not in LANGS:
        console.print(f"[red]--lang {_safe(lang)}[/red]: one of {', '.join(LANGS)}")
        raise typer.Exit(2)
    index = build_report(out, input_dir, lang)
    console.print(f"report: {_safe(index)}")


@app.command()
def export(
    out: Path = typer.Argument(Path("processed"), exists=True, file_okay=False, help="A run's output folder."),
    xlsx: Path = typer.Option(..., "--xlsx", help="The Excel workbook to write."),
) -> None:
    """The tables as one Excel workbook: an overview sheet and one sheet per table."""
    from .export import export_xlsx

    try:
        path = export_xlsx(out, xlsx)
    except FileNotFoundError as e:
        console.print(f"[red]{e}[/red]")
        raise typer.Exit(2) from None
    console.print(f"workbook: {path}")


@app.command("build-model")
def build_model(
    out: Optional[Path] = typer.Option(None, help="Default: models/sv_granttrail."),
    only_lemmas: bool = typer.Option(False, "--only-lemmas", help="Skip training the reason classifier."),
    only_reasons: bool = typer.Option(False, "--only-reasons", help="Only train the reason classifier."),
    reasons_out: Optional[Path] = typer.Option(None, help="Default: models/sv_reasons."),
    train_file: Optional[Path] = typer.Option(None, help="Default: models/reasons/train.tsv."),
    only_headings: bool = typer.Option(False, "--only-headings", help="Only train the activity-heading model."),
    headings_lines: Optional[Path] = typer.Option(None, help="Default: models/headings/lines.jsonl."),
    headings_out: Optional[Path] = typer.Option(None, help="Default: models/headings/model.json."),
    only_positions: bool = typer.Option(False, "--only-positions", help="Only train the position classifier."),
    positions_train: Optional[Path] = typer.Option(None, help="Default: models/positions/train.tsv."),
    positions_out: Optional[Path] = typer.Option(None, help="Default: models/sv_positions."),
) -> None:
    """Write the spaCy pipeline and its lemma table into models/ (nlp.to_disk), train the
    reason classifier (models/sv_reasons) from models/reasons/train.tsv, the position classifier
    (models/sv_positions) from models/positions/train.tsv and the activity-heading model
    (models/headings/model.json) from models/headings/lines.jsonl. The --only-* forms train one
    (dvc's stages, with their paths given)."""
    from . import heading_model, positions, reasons

    def train_headings() -> None:
        path = heading_model.train(headings_lines or heading_model.LINES_FILE, headings_out or heading_model.MODEL_FILE)
        console.print(f"activity-heading model trained into {path}")

    def train_positions() -> None:
        path = positions.train(positions_train or positions.TRAIN_FILE, positions_out or positions.POSITION_DIR)
        console.print(f"position classifier trained into {path}")

    def train_reasons() -> None:
        path = reasons.train(train_file or reasons.TRAIN_FILE, reasons_out or reasons.REASON_DIR)
        console.print(f"reason classifier trained into {path}")

    only = {
        "headings": (only_headings, train_headings),
        "positions": (only_positions, train_positions),
        "reasons": (only_reasons, train_reasons),
    }
    if any(chosen for chosen, _ in only.values()):
        for chosen, train in only.values():
            if chosen:
                train()
        return
    from .nlp import MODEL_DIR
    from .nlp import build_model as build

    path = build(out or MODEL_DIR)
    console.print(f"spaCy pipeline written to {path}")
    if not only_lemmas:
        train_reasons()
        train_positions()
        train_headings()


@app.command()
def summary(out: Path = typer.Argument(Path("processed"), exists=True, file_okay=False)) -> None:
    """Totals per response from published tables."""
    import pyarrow.parquet as pq

    if not (out / "activities.parquet").exists():
        console.print(f"[red]no tables in {_safe(out)}[/red]: run `granttrail run INPUT_DIR --out {_safe(out)}` first.")
        raise typer.Exit(2)

    acts = pq.read_table(out / "activities.parquet").to_pylist()
    docs = {d["doc_id"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    t = Table(title="responses")
    for c in ("response", "activities", "claimed", "accepted", "disputed"):
        t.add_column(c, justify="right" if c != "response" else "left")
    from collections import defaultdict

    from .totals import activity_totals

    per = defaultdict(list)
    for a in acts:
        per[a["doc_id"]].append(a)
    for did, rows in per.items():
        t.add_row(_safe(docs.get(did, {}).get("source_path", did)), str(len(rows)), *(_kronor(v) for v in activity_totals(rows)))
    Console().print(t)


def _kronor(v: Decimal) -> str:
    """Swedish grouping: 1 234 567,50."""
    return f"{v:,.2f}".replace(",", " ").replace(".", ",")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
