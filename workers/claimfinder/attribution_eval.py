"""How well attributions name a claim's claimant, on labelled articles (see data/extraction)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from workers.claimfinder.attributions import attribution_for, same_party


@dataclass
class AttributionScore:
    labelled: int = 0  # claims whose label names a claimant
    predicted: int = 0  # claims for which an attribution named someone
    correct: int = 0  # ... and it is the labelled claimant
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.labelled if self.labelled else 0.0


_GLUE = {"of", "the", "and", "de", "des", "du", "la", "le", "et", "&"}


def is_alias(short: str, full: str, text: str) -> bool:
    """Whether `short` is a short form of `full`: its acronym ("HP" for "Hewlett-Packard",
    "BCE" for "Banque centrale européenne", small words skipped or not), or the short form
    the article itself gives it ("Hewlett-Packard (HP)", "Hewlett-Packard Co., or HP")."""
    short, full = short.strip(), full.strip()
    if not short or not full:
        return False
    words = [w for w in re.split(r"[\s-]+", full) if w]
    initials = {
        "".join(w[0] for w in words).upper(),
        "".join(w[0] for w in words if w.lower() not in _GLUE).upper(),
    }
    if re.fullmatch(r"[A-Z]{2,6}", short) and short in initials:
        return True
    defined = (
        rf"{re.escape(full)}[^.()]{{0,25}}?(?:\(\s*|,?\s+(?:or|ou)\s+)"
        rf"(?:the\s+|l['’]\s*|le\s+|la\s+)?{re.escape(short)}(?!\w)"
    )
    return bool(re.search(defined, text, re.IGNORECASE))


def score_file(path: Path, score: AttributionScore) -> None:
    """Each labelled quote, read for the attribution that covers it in its sentence (the whole
    sentence, or its own clause when the quote is one), and compared with its label."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    text = spec["text"]
    for claim in spec["claims"]:
        at = text.find(claim["quote"])
        if at < 0:
            continue
        label = (claim.get("claimant") or "").strip()
        found = attribution_for(text, at, at + len(claim["quote"]))
        score.labelled += bool(label)
        if found is None:
            continue
        score.predicted += 1
        if label and (same_party(found.name, label) or is_alias(found.name, label, text)):
            score.correct += 1
        else:
            score.errors.append(f"{path.name}: {found.name!r} for {label or '(none)'!r}")


def score_directory(directory: Path) -> AttributionScore:
    score = AttributionScore()
    for path in sorted(directory.glob("*.json")):
        score_file(path, score)
    return score
