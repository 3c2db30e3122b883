"""The per-client market glossary: who is who when a client talks about its market.

It lives beside the client's Whisper glossary, as a sibling file ``prompts/clients/<slug>.market.txt`` (the Whisper
file ``<slug>.txt`` feeds every line to the recogniser, so a section header there would end up in the prompt)::

    # Kestrel Cider: own brands, the agency and its suppliers, and known competitors
    [own]
    Kestrel Gold
    [agency]
    Lanternfish Creative
    Northlight Studios
    [competitors]
    Thatchers
    Orchard Pig = Orchardpig, the Pig
    [ignore]
    Harvest Fair

``[own]`` the client's brands, products and campaigns; ``[agency]`` the agency, its suppliers and partners;
``[competitors]`` known competitors, ``Name = alias, alias`` (the AE adds to it from the client review page with one
click); ``[ignore]`` names the AE said are not competitors. Every term of the client's Whisper glossary (brands,
people, jargon), the client's and agency's names and the attendees are never competitors either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.documents.files import atomic_write
from pipeline.settings import Settings
from pipeline.transcribe import client_slug

SECTIONS = ("own", "agency", "competitors", "ignore")
HEADER = "# Market glossary for {client}, read by the client review (not by Whisper). One name a line.\n"


def norm(name: str) -> str:
    """A name as compared: lower case, no possessive, no leading "the", single spaces, no outer punctuation."""
    text = re.sub(r"[’']s\b", "", name.lower())
    text = re.sub(r"[^\w&+ -]+", " ", text)
    text = re.sub(r"^(the|a|an)\s+", "", " ".join(text.split()))
    return text.strip(" -")


@dataclass
class MarketGlossary:
    client: str
    path: Path
    own: list[str] = field(default_factory=list)
    agency: list[str] = field(default_factory=list)
    competitors: dict[str, list[str]] = field(default_factory=dict)  # canonical name -> aliases
    ignore: list[str] = field(default_factory=list)
    whisper_terms: list[str] = field(default_factory=list)  # from <slug>.txt: brands, people, jargon

    def excluded(self) -> set[str]:
        """Normalised names that are never a competitor (own brands, agency, suppliers, the Whisper glossary)."""
        names = [self.client, *self.own, *self.agency, *self.ignore, *self.whisper_terms]
        return {n for n in map(norm, names) if n}

    def known(self) -> dict[str, str]:
        """Normalised name or alias -> canonical competitor name."""
        out: dict[str, str] = {}
        for name, aliases in self.competitors.items():
            for alias in (name, *aliases):
                if norm(alias):
                    out[norm(alias)] = name
        return out

    def render(self) -> str:
        lines = [HEADER.format(client=self.client)]
        for section in SECTIONS:
            lines.append(f"[{section}]")
            if section == "competitors":
                lines += [f"{n} = {', '.join(a)}" if a else n for n, a in self.competitors.items()]
            else:
                lines += list(getattr(self, section))
            lines.append("")
        return "\n".join(lines)


def glossary_path(client: str, settings: Settings) -> Path:
    return settings.prompts_dir / "clients" / f"{client_slug(client)}.market.txt"


def load_glossary(client: str, settings: Settings) -> MarketGlossary:
    """The client's market glossary (empty sections when the file does not exist yet)."""
    path = glossary_path(client, settings)
    glossary = MarketGlossary(client=client, path=path)
    whisper = settings.prompts_dir / "clients" / f"{client_slug(client)}.txt"
    if whisper.exists():
        lines = (ln.strip() for ln in whisper.read_text(encoding="utf-8").splitlines())
        glossary.whisper_terms = [t for t in lines if t and not t.startswith("#")]
    if not path.exists():
        return glossary
    section: str | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            section = section if section in SECTIONS else None
            continue
        if section == "competitors":
            name, _, aliases = line.partition("=")
            glossary.competitors[name.strip()] = [a.strip() for a in aliases.split(",") if a.strip()]
        elif section is not None:
            getattr(glossary, section).append(line)
    return glossary


def add_name(client: str, name: str, section: str, settings: Settings) -> MarketGlossary:
    """Add ``name`` to a section of the client's market glossary (written atomically); returns the new glossary.

    A competitor added leaves ``[ignore]`` and the other way round, so the last click wins."""
    if section not in ("competitors", "ignore"):
        raise ValueError(f"cannot add to section '{section}'")
    name = " ".join(name.split()).strip(" .,;:'\"")
    glossary = load_glossary(client, settings)
    if not name:
        return glossary
    key = norm(name)
    if section == "competitors":
        glossary.ignore = [n for n in glossary.ignore if norm(n) != key]
        if key not in glossary.known():
            glossary.competitors[name] = []
    else:
        glossary.competitors = {n: a for n, a in glossary.competitors.items() if norm(n) != key}
        if key not in {norm(n) for n in glossary.ignore}:
            glossary.ignore.append(name)
    atomic_write(glossary.path, glossary.render())
    return glossary
