#!/usr/bin/env bash
# The test command: installs what the suite needs on a fresh machine, then runs pytest.
#   bash tests/run.sh [pytest args]
# System packages (Debian): chromium for the browser test, LibreOffice Writer, poppler and Carlito to render the
# .docx reports and read them back, PostgreSQL for the store's PostgreSQL test. Python packages go into .venv inside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium fonts-liberation)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)  # the report tests read the PDF LibreOffice makes
fc-list | grep -qi carlito || need+=(fonts-crosextra-carlito)  # Calibri's metrics, so a report lays out as in Word
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "tests/run.sh: installing Debian packages: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "tests/run.sh: not root, so not installing ${need[*]}; the tests that need them will be skipped" >&2
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
# Every package at the version and sha256 in requirements-test.lock (the runtime lock plus the test extra), as
# listed (--no-deps: the lock is complete; resolving again reaches for new releases of packages asked for with an
# extra, which hash-checking then refuses); then
# debrief itself, editable (which pip cannot hash-check): --no-deps lets nothing unlisted in, --no-build-isolation
# builds it with the locked setuptools.
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements-test.lock
# The speakers' voice encoder: the Resemblyzer wheel alone (--no-deps: its torch is not needed; README 'Speakers').
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements-speakers.lock
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
export HF_HUB_OFFLINE=1 DO_NOT_TRACK=1 PREFECT_SERVER_ANALYTICS_ENABLED=false
.venv/bin/ruff check pipeline tests samples
.venv/bin/mypy pipeline
# Two test processes (pytest-xdist), each taking whole files, so a module's server or fixture is started once: most
# of the slow tests wait on subprocesses, servers and a browser, and the other process uses that time. "-n 0" in the
# arguments runs them in one process.
exec .venv/bin/python -m pytest -n 2 --dist loadfile --durations=15 "$@"
