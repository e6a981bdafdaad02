"""`granttrail`: the command line. Heavy libraries are imported inside the commands that use them,
so `granttrail --help` and start-up stay fast."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn municipalities' responses to reclaim decisions, their invoices and the press "
                       "around them into linked, checked Parquet tables.")
console = Console(stderr=True)

INTERIM = typer.Option(Path("processed/interim"), "--interim", help="Folder for the stages' interim data.")


@app.command()
def run(input_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of input documents (walked recursively)."),
        out: Path = typer.Option(Path("processed"), "--out", "-o", help="Where the Parquet tables go."),
        workers: Optional[int] = typer.Option(None, help="Processes for documents (default: all cores)."),
        no_cache: bool = typer.Option(False, "--no-cache", help="Reprocess every document."),
        fail_on_error: bool = typer.Option(False, "--fail-on-error", help="Exit 1 if any document failed."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
        profile: bool = typer.Option(False, "--profile", help="Print seconds per stage (also written to "
                                     "OUT/interim/profile.json)."),
        executor: str = typer.Option("process", "--executor", help="Where documents run: 'process' (a local pool) "
                                     "or 'dask' (a dask.distributed cluster)."),
        scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --executor dask: the scheduler's "
                                                "address (tcp://HOST:8786); none starts a LocalCluster here.")) -> None:
    """Run every stage: ingest → structure → extract → link → check → publish."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .runner import discover
    from .runner import run as run_pipeline

    total = len(discover(input_dir))
    if total == 0:
        console.print(f"[yellow]no files in {input_dir}[/yellow]: put responses, attachments and press releases there "
                      "(see README, 'Adding documents'); empty tables are written.")
    pages = 0
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[pages]} pages"), TimeElapsedColumn(), console=console,
                  disable=quiet, transient=False) as progress:
        task = progress.add_task("documents", total=total, pages=0)

        def on_progress(name: str, step: int, _total: int, info: dict | None) -> None:
            nonlocal pages
            pages += (info or {}).get("pages") or 0
            progress.update(task, advance=step, pages=pages, description=f"documents ({Path(name).name[:40]})")

        report = run_pipeline(input_dir, out, workers=workers, use_cache=not no_cache, on_progress=on_progress,
                              executor=executor, scheduler=scheduler)
        progress.update(task, completed=total, description="documents")
    if not quiet:
        _summary(report, out)
    if profile:
        console.print("seconds per stage (ingest, structure, extract summed over workers): "
                      + ", ".join(f"{k} {v:.2f}" for k, v in report.profile.items()))
    failed = [d for d in report.documents if d.get("status") == "failed"]
    if fail_on_error and failed:
        raise typer.Exit(1)


def _summary(report, out: Path) -> None:
    from collections import Counter

    by = Counter((d.get("kind") or "-", d.get("status")) for d in report.documents)
    t = Table(title=f"granttrail: {len(report.documents)} files → {out}", show_lines=False)
    t.add_column("kind")
    for s in ("ok", "partial", "failed", "duplicate"):
        t.add_column(s, justify="right")
    for kind in sorted({k for k, _ in by}):
        t.add_row(kind, *(str(by.get((kind, s), "")) for s in ("ok", "partial", "failed", "duplicate")))
    console.print(t)
    console.print(f"pages {report.pages} (OCR {report.ocr_pages}) · processed {report.processed}, from cache "
                  f"{report.cached} · {report.seconds:.2f} s")
    c = report.counts
    console.print("rows: " + ", ".join(f"{k} {v}" for k, v in c.items()))
    bad = [d for d in report.documents if d.get("status") in ("failed", "partial")]
    for d in bad:
        console.print(f"[red]{d['status']}[/red] {d['source_path']}: {d.get('error')}")


@app.command()
def ingest(input_dir: Path = typer.Argument(..., exists=True, file_okay=False), interim: Path = INTERIM) -> None:
    """Stage 1: read every file (text layer, OCR, HTML) into interim/ingest."""
    from .stages import ingest_stage

    console.print(f"ingested {ingest_stage(input_dir, interim)} documents")


@app.command()
def structure(interim: Path = INTERIM) -> None:
    """Stage 2: contents, sections, attachment lists, tables."""
    from .stages import structure_stage

    console.print(f"structured {structure_stage(interim)} documents")


@app.command()
def extract(interim: Path = INTERIM) -> None:
    """Stage 3: amounts, dates, assessments, positions, people, invoices."""
    from .stages import extract_stage

    console.print(f"extracted {extract_stage(interim)} documents")


@app.command()
def link(interim: Path = INTERIM) -> None:
    """Stage 4: attachments to files, activities to invoices, press to responses."""
    from .stages import link_stage

    link_stage(interim)


@app.command()
def check(interim: Path = INTERIM) -> None:
    """Stage 5: what does not add up."""
    from .stages import check_stage

    check_stage(interim)


@app.command()
def publish(interim: Path = INTERIM, out: Path = typer.Option(Path("processed"), "--out", "-o")) -> None:
    """Stage 6: the Parquet tables."""
    from .stages import publish_stage

    counts = publish_stage(interim, out)
    console.print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def report(out: Path = typer.Argument(Path("processed"), exists=True, file_okay=False, help="A run's output folder."),
           input_dir: Optional[Path] = typer.Option(None, "--input", help="The run's input folder (default: as recorded by run).")) -> None:
    """The static HTML audit report with evidence images, under OUT/report/."""
    from .report import build_report

    index = build_report(out, input_dir)
    console.print(f"report: {index}")


@app.command("build-model")
def build_model(out: Optional[Path] = typer.Option(None, help="Default: models/sv_granttrail.")) -> None:
    """Write the spaCy pipeline and its lemma table into models/ (nlp.to_disk)."""
    from .nlp import MODEL_DIR
    from .nlp import build_model as build

    path = build(out or MODEL_DIR)
    console.print(f"spaCy pipeline written to {path}")


@app.command()
def summary(out: Path = typer.Argument(Path("processed"), exists=True, file_okay=False)) -> None:
    """Totals per response from published tables."""
    import pyarrow.parquet as pq

    if not (out / "activities.parquet").exists():
        console.print(f"[red]no tables in {out}[/red]: run `granttrail run INPUT_DIR --out {out}` first.")
        raise typer.Exit(2)

    acts = pq.read_table(out / "activities.parquet").to_pylist()
    docs = {d["doc_id"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    t = Table(title="responses")
    for c in ("response", "activities", "claimed", "accepted", "disputed"):
        t.add_column(c, justify="right" if c != "response" else "left")
    from collections import defaultdict
    from decimal import Decimal

    per = defaultdict(list)
    for a in acts:
        per[a["doc_id"]].append(a)
    for did, rows in per.items():
        claimed = sum((a["claimed_amount_sek"] or Decimal(0) for a in rows), Decimal(0))
        repaid = sum((a["repayment_amount_sek"] or Decimal(0) for a in rows), Decimal(0))
        disputed = sum((a["claimed_amount_sek"] or Decimal(0) for a in rows if a["municipality_position"] == "disputes"), Decimal(0))
        kr = lambda v: f"{v:,.2f}".replace(",", " ").replace(".", ",")  # noqa: E731 - Swedish grouping
        t.add_row(docs.get(did, {}).get("source_path", did), str(len(rows)), kr(claimed), kr(repaid), kr(disputed))
    Console().print(t)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
