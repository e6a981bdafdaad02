# granttrail — `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
MODEL  := models/sv_granttrail/lemmas.tsv
REASONS := models/sv_reasons/weights.json
POSITIONS := models/sv_positions/weights.json
HEADINGS := models/headings/model.json

.PHONY: setup sysdeps run report test test-fast lint types complexity bench bench-scale clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

$(MODEL): $(STAMP) models/patterns/abbreviations.json pipeline/nlp.py
	$(BIN)/granttrail build-model --only-lemmas

$(REASONS): $(MODEL) models/reasons/train.tsv models/patterns/assessment.json pipeline/reasons.py
	$(BIN)/granttrail build-model --only-reasons

$(POSITIONS): $(MODEL) models/positions/train.tsv models/patterns/assessment.json pipeline/positions.py pipeline/reasons.py
	$(BIN)/granttrail build-model --only-positions

$(HEADINGS): $(STAMP) models/headings/lines.jsonl pipeline/heading_model.py pipeline/line_features.py
	$(BIN)/granttrail build-model --only-headings

setup: $(STAMP) $(MODEL) $(REASONS) $(POSITIONS) $(HEADINGS)

# tesseract (Swedish), Chromium and its driver, python3-venv: installed when root with apt-get,
# otherwise the command is printed and the tests that need them skip (see README)
sysdeps:
	@.ci/sysdeps

run: sysdeps setup
	$(BIN)/granttrail run raw --out processed
	$(BIN)/granttrail report processed
	$(BIN)/granttrail summary processed

report: setup
	$(BIN)/granttrail report processed

# The tests run in TEST_WORKERS processes (pytest-xdist, a test file per worker at a time, so a
# module's fixtures are built once); the few that assert wall-clock time (marker `serial`) run
# alone afterwards, so a busy sibling cannot make them fail.
TEST_WORKERS ?= 2

test: sysdeps setup
	$(BIN)/python -m pytest -q -ra -n $(TEST_WORKERS) --dist loadfile -m "not serial"
	$(BIN)/python -m pytest -q -ra -m serial

test-fast: setup
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile -m "not slow and not serial"
	$(BIN)/python -m pytest -q -m "serial and not slow"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy pipeline

types: setup
	$(BIN)/mypy pipeline

# radon: the functions ranked C or worse (complexity above 10), then the package's average
# (issue #11: at most 5.0, no function above 25)
complexity: setup
	$(BIN)/radon cc -s -n C pipeline
	$(BIN)/radon cc -a pipeline | tail -1

bench: setup
	$(BIN)/python benchmarks/ingest_speed.py
	$(BIN)/python benchmarks/grammar_speed.py
	$(BIN)/python benchmarks/reasons_cv.py

bench-scale: setup
	$(BIN)/python benchmarks/scale.py 10

clean:
	rm -rf processed .pytest_cache
