"""Every refusal the console's services raise for a dispatcher's action is a
``models.refusal.Refusal`` whose template is a literal marked for translation
(``QT_TRANSLATE_NOOP("Refusal", ...)``): a walk over the services' and the status
machine's source finds no refusal raised from an f-string or an unmarked text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from console.services.alerts import AlertError
from console.services.calls import CallError
from console.services.committed_actions import ActionRefused, not_recorded
from console.services.dispatch import DispatchError
from models.refusal import Refusal

ROOT = Path(__file__).resolve().parents[3]


def test_the_services_refusal_types_are_refusals() -> None:
    for error in (DispatchError, CallError, AlertError, ActionRefused):
        assert issubclass(error, Refusal)
    refusal = not_recorded("the database is gone")
    assert str(refusal) == "NOT RECORDED — the database is gone"
    assert refusal.template == "NOT RECORDED — {reason}"


def _raised_templates(path: Path) -> list[tuple[int, str]]:
    """(line, first argument) of every ``raise <Name>Error(...)``/``Refused`` in a module
    whose first argument is not a marked literal (a ``QT_TRANSLATE_NOOP`` call), a
    name or another refusal's ``of``: an f-string or a bare literal reads English only."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrong = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        name = call.func.id if isinstance(call.func, ast.Name) else None
        if name not in {"DispatchError", "CallError", "AlertError", "StatusChangeError"}:
            continue
        first = call.args[0] if call.args else None
        marked = (
            isinstance(first, ast.Call)
            and isinstance(first.func, ast.Name)
            and first.func.id in {"QT_TRANSLATE_NOOP", "not_recorded"}
        )
        if not (marked or isinstance(first, ast.Name)):
            wrong.append((node.lineno, ast.unparse(first) if first else ""))
    return wrong


@pytest.mark.parametrize(
    "module",
    [
        "console/services/dispatch.py",
        "console/services/calls.py",
        "console/services/alerts.py",
        "console/services/partner.py",
        "console/services/reach.py",
        "models/dispatch/status.py",
    ],
)
def test_every_refusal_raised_is_a_marked_template(module: str) -> None:
    assert _raised_templates(ROOT / module) == []


def _marked_templates() -> set[str]:
    """Every ``QT_TRANSLATE_NOOP("Refusal", "...")`` literal of the services and models."""
    found: set[str] = set()
    for folder in ("console/services", "console/controllers", "models"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "QT_TRANSLATE_NOOP" not in text:
                continue
            for node in ast.walk(ast.parse(text)):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2
                    and all(isinstance(a, ast.Constant) for a in node.args)
                    and node.args[0].value == "Refusal"  # type: ignore[attr-defined]
                ):
                    found.add(str(node.args[1].value))  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("code", ["he", "ar", "cs", "fr", "sr", "sr_Latn"])
def test_every_refusal_template_is_translated(code: str) -> None:
    import xml.etree.ElementTree as ET

    templates = _marked_templates()
    assert len(templates) > 100  # the walk found the services' and the models' refusals
    path = ROOT / "resources" / "translations" / f"dispatch_{code}.ts"
    translated = {}
    for context in ET.parse(path).getroot().findall("context"):
        if context.findtext("name") == "Refusal":
            for message in context.findall("message"):
                tr = message.find("translation")
                if tr is not None and tr.get("type") is None and (tr.text or "").strip():
                    translated[message.findtext("source")] = tr.text
    missing = sorted(templates - set(translated))
    assert not missing, f"{code}: refusals without a finished translation: {missing}"
