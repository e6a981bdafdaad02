"""Holding up (issue 17) and one orchestration (issue 11): failures caught the same way by
`granttrail run` and the dvc stages, hostile names and links, a cache that cannot run code,
publishing as one unit under kill -9, the same bytes from the same damaged input, and a folder of
hostile files among a real case."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import hostile
import pytest
from conftest import RAW, read_tables

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parent.parent
INVOICE = RAW / "botkyrka-2025" / "bilagor" / "09.4-faktura 939787.pdf"
LETTER = (
    "Botkyrka kommun\n\nSvar till Socialstyrelsen om återkravet av statsbidraget.\n\n"
    "Kommunen har använt bidraget till insatser i utsatta områden och anser att "
    "kostnaderna om 120 000 kronor är förenliga med syftet.\n"
)

# Injected by sitecustomize into every process (the run's workers, each dvc stage command):
# structure raises for a document whose path contains INJECT.
INJECT = "inject-fault"
CRASH = "crash-worker"  # the document's process is killed outright (as the OOM killer would)
SITECUSTOMIZE = textwrap.dedent(f"""
    import pipeline.structure as _s
    _real = _s.structure
    def structure(doc, *a, **k):
        if {INJECT!r} in doc.source_path:
            raise RuntimeError("injected fault in structure")
        if {CRASH!r} in doc.source_path:
            import os, signal
            os.kill(os.getpid(), signal.SIGKILL)
        return _real(doc, *a, **k)
    _s.structure = structure
""")


def _env(tmp_path: Path, inject: bool = False) -> dict:
    paths = [str(ROOT)]
    if inject:
        site = tmp_path / "site"
        site.mkdir(exist_ok=True)
        (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        paths.insert(0, str(site))
    return dict(os.environ, PYTHONPATH=os.pathsep.join(paths), OMP_THREAD_LIMIT="1")


def _case(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "letter.txt").write_text(LETTER, encoding="utf-8")
    (folder / f"{INJECT}.txt").write_text(LETTER.replace("120 000", "95 000"), encoding="utf-8")
    (folder / INVOICE.name).write_bytes(INVOICE.read_bytes())
    return folder


def _docs(out: Path) -> dict[str, dict]:
    return {d["source_path"]: d for d in read_tables(out)["documents"]}


def _assert_injected(docs: dict[str, dict]) -> None:
    hit = docs[f"{INJECT}.txt"]
    assert hit["status"] == "partial"
    assert "could not be analysed" in hit["error"] and "injected fault" in hit["error"]
    assert docs["letter.txt"]["status"] == "ok"
    assert docs[INVOICE.name]["status"] == "ok" and docs[INVOICE.name]["kind"] == "invoice"


def test_structure_failure_is_partial_in_run_and_in_the_dvc_stages(tmp_path):
    src = _case(tmp_path / "in")
    env = _env(tmp_path, inject=True)
    res = subprocess.run(
        [str(BIN / "granttrail"), "run", str(src), "--out", str(tmp_path / "run")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr
    _assert_injected(_docs(tmp_path / "run"))
    log = (tmp_path / "run" / "granttrail.log").read_text(encoding="utf-8")
    assert "structure failed for inject-fault.txt" in log and "Traceback" in log

    interim = tmp_path / "stages" / "interim"
    for cmd in (
        ["ingest", str(src)],
        ["structure"],
        ["extract"],
        ["link"],
        ["check"],
        ["publish", "--out", str(tmp_path / "stages")],
    ):
        res = subprocess.run(
            [str(BIN / "granttrail"), *cmd, "--interim", str(interim)],
            env=env,
            capture_output=True,
            text=True,
        )
        assert res.returncode == 0, (cmd, res.stderr)
    _assert_injected(_docs(tmp_path / "stages"))
    # the same documents rows either way
    assert _docs(tmp_path / "stages") == _docs(tmp_path / "run")


def test_a_crafted_cache_entry_is_never_run(tmp_path):
    """A pickle dropped in place of a cache entry would run code; the cache is validated data,
    so the entry is rejected and the document processed again."""
    import pickle

    from pipeline.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "letter.txt").write_text(LETTER, encoding="utf-8")
    out = tmp_path / "out"
    run(src, out)
    entries = list((out / "interim" / "documents").rglob("*.json"))
    assert len(entries) == 1
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    entries[0].write_bytes(pickle.dumps(Exploit()))
    (src / "second.txt").write_text(LETTER.replace("120 000", "7 000"), encoding="utf-8")  # a run that reads the cache
    again = run(src, out)
    assert not marker.exists()
    assert (again.processed, again.cached) == (2, 0)
    assert _docs(out)["letter.txt"]["status"] == "ok"
    # a well-formed file naming a type that is not a record of the pipeline is refused too
    from pipeline import cache

    bad = b'{"format": "' + cache.FORMAT.encode() + b'", "data": {"__t": "Popen", "args": "x"}}'
    with pytest.raises(cache.CacheError):
        cache.loads(bad)


def test_names_links_and_special_files_each_get_a_row(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "letter.txt").write_text(LETTER, encoding="utf-8")
    names = hostile.odd_names(src)
    hostile.boundary_cases(src, tmp_path / "outside")
    (src / "inside-link.txt").symlink_to(src / "letter.txt")
    out = tmp_path / "out"
    res = subprocess.run(
        [str(BIN / "granttrail"), "run", str(src), "--out", str(out)],
        env=_env(tmp_path),
        capture_output=True,
    )
    assert res.returncode == 0, res.stderr.decode(errors="replace")
    err = res.stderr.decode("utf-8")
    assert "\x1b[31m" not in err.replace("\x1b[31m" + "failed", "")  # a name's escape is shown, not obeyed
    assert "MarkupError" not in err and "Traceback" not in err
    docs = _docs(out)
    assert "Återbetalning cp437.txt" in docs and docs["Återbetalning cp437.txt"]["status"] == "ok"
    assert "rich [/red] markup.txt" in docs and "esc \x1b[31mred\x1b[0m.txt" in docs and "tab\there.txt" in docs
    assert len([n for n in names]) == 4
    assert docs["passwd.txt"]["status"] == "failed" and "outside the input folder" in docs["passwd.txt"]["error"]
    assert "outside the input folder" in docs["outside-dir"]["error"]
    assert "broken link" in docs["broken.pdf"]["error"]
    assert "loops" in docs["loop-a"]["error"] and "loops" in docs["loop-b"]["error"]
    assert "named pipe" in docs["pipe.pdf"]["error"]
    assert any("too long" in (d["error"] or "") for p, d in docs.items() if p.startswith("deep/"))
    assert {docs["inside-link.txt"]["status"], docs["letter.txt"]["status"]} == {"ok", "duplicate"}
    pages = " ".join(p["text"] for p in read_tables(out)["pages"])
    assert "HEMLIG" not in pages
    assert "hidden file not read: .hidden-notes.txt" in (out / "granttrail.log").read_text(encoding="utf-8")
    # reruns: the same bytes, and tables readable by others under umask 022
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
    subprocess.run(
        [str(BIN / "granttrail"), "run", str(src), "--out", str(out), "--no-cache", "-q"],
        env=_env(tmp_path),
        check=True,
        capture_output=True,
    )
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before
    assert not list(out.rglob("*.tmp"))


def test_tables_follow_the_umask(tmp_path):
    code = (
        "import os; os.umask(0o022); from pathlib import Path; from pipeline.runner import run; "
        f"run(Path({str(tmp_path / 'in')!r}), Path({str(tmp_path / 'out')!r}))"
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_text(LETTER, encoding="utf-8")
    subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), check=True)
    for p in (tmp_path / "out").glob("*.parquet"):
        assert oct(os.stat(p).st_mode & 0o777) == oct(0o644), p


def test_output_problems_are_reported_before_any_work(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "letter.txt").write_text(LETTER, encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    res = subprocess.run(
        [str(BIN / "granttrail"), "run", str(src), "--out", str(blocker / "out")],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert res.returncode == 2 and "cannot write to the output folder" in res.stderr
    assert "Traceback" not in res.stderr


def _damaged_pdfs(folder: Path) -> None:
    good = INVOICE.read_bytes()
    folder.mkdir(parents=True)
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    for k in range(3):  # encrypted files sorted before and after damaged ones
        c = canvas.Canvas(str(folder / f"{k}-locked.pdf"), encrypt=StandardEncryption("hemligt", canPrint=0))
        c.drawString(72, 720, f"Hemligt yttrande {k}")
        c.save()
        (folder / f"{k}-truncated.pdf").write_bytes(good[: len(good) // (k + 2)])
        (folder / f"{k}-garbled.pdf").write_bytes(good[:400] + bytes(range(256)) * (k + 1) + good[-200:])
    (folder / "header-only.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / "tree-loop.pdf").write_bytes(hostile.page_tree_loop_pdf())


def test_damaged_pdfs_give_the_same_bytes_twice(tmp_path):
    src = tmp_path / "in"
    _damaged_pdfs(src)
    outs = []
    for k in range(2):
        out = tmp_path / f"out{k}"
        subprocess.run(
            [str(BIN / "granttrail"), "run", str(src), "--out", str(out), "-q", "--workers", "2"],
            env=_env(tmp_path),
            check=True,
        )
        outs.append({p.name: p.read_bytes() for p in out.glob("*.parquet")})
    assert outs[0] == outs[1]
    docs = _docs(tmp_path / "out0")
    for k in range(3):
        assert "encrypted" in docs[f"{k}-locked.pdf"]["error"]
        assert "encrypted" not in docs[f"{k}-truncated.pdf"]["error"]
        assert "PDFium" not in docs[f"{k}-truncated.pdf"]["error"]
    loop = docs["tree-loop.pdf"]
    assert loop["status"] == "partial" and "could not be loaded" in loop["error"]
    pages = [p for p in read_tables(tmp_path / "out0")["pages"] if p["doc_id"] == loop["doc_id"]]
    assert "Sidan ett" in pages[0]["text"]


PUBLISHER = textwrap.dedent("""
    import sys, json
    from pathlib import Path
    from pipeline.publish import publish
    from pipeline.schemas import SCHEMAS
    out = Path(sys.argv[1])
    n = 0
    while True:
        n += 1
        doc = f"{n:016d}"
        rows = [dict(doc_id=doc, source_path=f"run-{n}/{i}.pdf", status="ok", kind="other",
                     bytes=i, page_count=1, ocr_pages=0) for i in range(200)]
        pages = [dict(doc_id=doc, page_no=i, text="x" * 2000, source="text_layer")
                 for i in range(300)]
        publish({"documents": rows, "pages": pages}, out, run_key=str(n))
        print(n, flush=True)
""")


def test_kill_9_during_publish_leaves_one_complete_set(tmp_path):
    from pipeline.outdir import intact
    from pipeline.schemas import SCHEMAS

    out = tmp_path / "out"
    rng = random.Random(17)
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", PUBLISHER, str(out)],
            env=_env(tmp_path),
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        proc.stdout.readline()  # one complete set exists
        time.sleep(rng.uniform(0.0, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        tables = read_tables(out)
        assert intact(out, list(SCHEMAS))
        runs = {r["doc_id"] for r in tables["documents"]} | {r["doc_id"] for r in tables["pages"]}
        assert len(runs) == 1, "documents and pages from different runs"
    # the next run clears what the killed ones left
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from pipeline.publish import publish; publish({}, Path(sys.argv[1]))",
            str(out),
        ],
        env=_env(tmp_path),
        check=True,
    )
    assert len([p for p in (out / ".tables").iterdir() if p.name != "current"]) == 1
    assert not list(out.rglob("*.tmp"))


@pytest.mark.serial
def test_interrupt_stops_promptly_and_ends_the_workers(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for k in range(4):  # slow documents: blank pages to check, one by one
        (src / f"blank-{k}.pdf").write_bytes(hostile.blank_pages_pdf(3000 + k))
    proc = subprocess.Popen(
        [str(BIN / "granttrail"), "run", str(src), "--out", str(tmp_path / "out"), "-q"],
        env=_env(tmp_path),
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    time.sleep(4)
    t0 = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - t0 < 10
    assert proc.returncode == 130 and "interrupted" in err
    left: list[str] = []
    for _ in range(50):  # the workers, the fork server and the resource tracker end with the run
        ps = subprocess.run(["ps", "-o", "stat=,args=", "-s", str(proc.pid)], capture_output=True, text=True)
        left = [ln for ln in ps.stdout.splitlines() if ln.strip() and not ln.lstrip().startswith("Z")]
        if not left:
            break
        time.sleep(0.1)
    assert left == [], f"processes outlived the run: {left}"


def _tree_pss_kb(root: int) -> int:
    """Memory of a process and its descendants: proportional set size, so pages the fork server
    shares with its workers count once."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


@pytest.mark.slow
@pytest.mark.serial
def test_hostile_files_among_a_real_case(tmp_path):
    """Seven heavy files, odd names, links out, a pipe, a dot-leader bomb and unclosed HTML beside
    the sample case: rc 0, a row for every file, the case read fully, bounded memory and time."""
    import shutil

    from conftest import SHARED

    src = tmp_path / "in"
    hostile.write_suite(src, tmp_path / "outside")
    shutil.copytree(SHARED / "corpus" / "botkyrka-2025", src / "botkyrka-2025")
    out = tmp_path / "out"
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [str(BIN / "granttrail"), "run", str(src), "--out", str(out)],
        env=_env(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_pss_kb(proc.pid))
        time.sleep(0.2)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    seconds = time.monotonic() - t0
    assert proc.returncode == 0, err
    assert peak <= 1.5 * 1024 * 1024, f"peak memory {peak} kB"
    assert seconds <= 240
    docs = _docs(out)
    expected = {
        "blank-5000.pdf",
        "huge-page.pdf",
        "flate-bomb.pdf",
        "page-tree-loop.pdf",
        "tall-strip.png",
        "blank-frames.tif",
        "dot-leaders.txt",
        "unclosed.html",
        "amounts.html",
        "passwd.txt",
        "outside-dir",
        "broken.pdf",
        "loop-a",
        "loop-b",
        "pipe.pdf",
        "Återbetalning cp437.txt",
        "rich [/red] markup.txt",
    }
    assert expected <= set(docs), expected - set(docs)
    for d in docs.values():
        assert d["status"] in ("ok", "partial", "failed", "duplicate")
        if d["status"] != "ok":
            assert d["error"], d
        assert "time limit" not in (d["error"] or ""), d
    times = [float(m) for m in re.findall(r": \w+ in ([\d.]+) s$", (out / "granttrail.log").read_text("utf-8"), re.M)]
    assert len(times) == len([d for d in docs.values() if d["doc_id"] and d["status"] != "duplicate"])
    assert max(times) <= 60, sorted(times)[-3:]
    assert docs["unclosed.html"]["status"] == "ok"
    assert docs["amounts.html"]["status"] == "ok"
    tables = read_tables(out)
    assert "HEMLIG" not in " ".join(p["text"] for p in tables["pages"])
    response = [d for d in docs.values() if d["kind"] == "response"]
    assert len(response) == 1 and response[0]["status"] == "ok"
    acts = [a for a in tables["activities"] if a["doc_id"] == response[0]["doc_id"]]
    assert len(acts) == 26 and all(a["claimed_amount_sek"] is not None for a in acts)
    assert len([d for d in docs.values() if d["kind"] == "invoice" and d["status"] == "ok"]) == 8


def test_a_folder_that_cannot_be_read_makes_no_missing_attachment_findings():
    from types import SimpleNamespace

    from pipeline.orchestrate import _uncertain_missing_dropped

    resp = SimpleNamespace(ingested=SimpleNamespace(doc_id="r1", source_path="case/svar.pdf"))
    other = SimpleNamespace(ingested=SimpleNamespace(doc_id="r2", source_path="annat/svar.pdf"))
    linked = SimpleNamespace(docs=[resp, other])
    rows = [
        dict(doc_id="r1", check="attachment_file_missing", expected="faktura 1.pdf"),
        dict(doc_id="r1", check="toc_page_mismatch", expected="3"),
        dict(doc_id="r2", check="attachment_file_missing", expected="faktura 2.pdf"),
    ]
    extra = [
        dict(
            doc_id=None,
            source_path="case/bilagor/",
            status="failed",
            error="cannot read the folder",
        )
    ]
    assert _uncertain_missing_dropped(rows, linked, extra) == rows[1:]
    assert _uncertain_missing_dropped(rows, linked, []) == rows


def test_a_worker_that_dies_takes_only_its_document(tmp_path):
    src = _case(tmp_path / "in")
    for k in range(3):
        (src / f"{CRASH}-{k}.txt").write_text(LETTER + f"\nBrev {k}.\n", encoding="utf-8")
    out = tmp_path / "out"
    res = subprocess.run(
        [str(BIN / "granttrail"), "run", str(src), "--out", str(out), "--workers", "2"],
        env=_env(tmp_path, inject=True),
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr
    docs = _docs(out)
    for k in range(3):
        d = docs[f"{CRASH}-{k}.txt"]
        assert d["status"] == "failed" and "memory limit" in d["error"] and "killed" in d["error"]
    _assert_injected(docs)
