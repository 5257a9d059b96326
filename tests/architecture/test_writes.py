"""Only services open transactions: a rule import-linter cannot see (django.db is one module).

Pure source reading, no database: it runs on a bare machine with the engine's unit tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "claims" / "services"


def _transaction_uses(path: Path) -> list[str]:
    """Each `transaction.<name>` or `from django.db.transaction import …` in the file."""
    where = path.relative_to(ROOT) if ROOT in path.parents else path.name
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "transaction":
                found.append(f"{where}:{node.lineno} transaction.{node.attr}")
        elif isinstance(node, ast.ImportFrom) and node.module == "django.db.transaction":
            found.append(f"{where}:{node.lineno} from django.db.transaction")
    return found


def _python_files() -> list[Path]:
    files = [*(ROOT / "claims").rglob("*.py"), *(ROOT / "workers").rglob("*.py")]
    return [p for p in files if "migrations" not in p.parts and SERVICES not in p.parents]


def test_it_finds_what_it_looks_for(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("from django.db import transaction\nwith transaction.atomic():\n    pass\n")
    assert [use.rsplit(" ", 1)[1] for use in _transaction_uses(probe)] == ["transaction.atomic"]


def test_only_services_open_transactions_or_defer_work_to_a_commit():
    uses = [use for path in _python_files() for use in _transaction_uses(path)]
    assert uses == [], "write through a service in claims/services/ instead:\n" + "\n".join(uses)
