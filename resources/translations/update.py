"""Refresh the Qt Linguist sources (``dispatch_<code>.ts``) from the code.

Contract: ``python -m resources.translations.update`` (from the repository root)
runs ``pyside6-lupdate`` over every module of ``console/`` and ``widgets/`` that
calls ``tr(`` or ``translate(`` (and of ``models/`` that marks a text with
``QT_TRANSLATE_NOOP(``), writes one ``dispatch_<code>.ts`` per language
of :data:`LANGUAGES` beside this file, and keeps every translation already made
(a string whose source text changed comes back unfinished, for a translator).

lupdate cannot see three idioms the code uses; this tool adds what it misses so
the contexts in the ``.ts`` are the ones Qt looks up at run time:

- module helpers ``def _tr(text): return QCoreApplication.translate("Ctx", text)``
  called as ``_tr("literal")``: the literal is added under ``Ctx``; a helper
  of two arguments that forwards ``translate("Ctx", text, "", n)`` (which may
  wrap it, e.g. ``_trn(text, n)``) adds a plural entry (``numerus``);
- Qt-free modules that mark their texts with a local
  ``QT_TRANSLATE_NOOP("Ctx", "literal")`` (lupdate reads them; the module is
  picked up when it has one);
- Qt's own dialog buttons and edit menus for languages Qt has no translation
  of (:data:`QT_SUPPLEMENT`, Serbian): added under Qt's contexts;
- catalogue names (``widgets.catalogue_labels``): every unit type code of
  ``resources/catalogue`` and the shipped sites' ``catalogue`` folders under
  ``UnitType`` and every incident type name under ``IncidentType``, with the
  catalogue's English name as the translator's note;
- ``tr = self.tr`` then ``tr("literal")`` (lupdate: empty context) and
  ``self.window.tr(...)``/``widget.tr(...)`` (lupdate: context named after the
  variable): moved to the class Qt uses at run time (:data:`CONTEXT_FIXES`).

English, the source language, has a file too: ``dispatch_en.ts`` holds only the
plural entries (``tr("%n unit(s)", "", n)``), whose two forms this tool writes
itself from the source ("%n unit", "%n units": "(s)" dropped, then kept as "s"),
so an English console never shows "1 unit(s)".

Translators then edit the ``.ts`` files with ``pyside6-linguist`` (or any text
editor) and mark each entry finished. The ``.qm`` files are never committed:
:func:`widgets.i18n.compiled_catalogue` compiles them on first use.
"""

from __future__ import annotations

import ast
import copy
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE_DIRS = ("console", "widgets")
# Qt-free layers read only where a module marks texts with QT_TRANSLATE_NOOP
# (the refusals of models/*, context "Refusal"; the link status words of radio/*,
# context "LinkTexts").
MARKED_DIRS = ("models", "radio")
LANGUAGES = ("he", "ar", "cs", "fr", "sr", "sr_Latn")
PLURAL_SOURCE = "en"  # its file holds the plural entries only, filled by this tool
# (file relative to the root, context lupdate wrote) -> context Qt looks up.
CONTEXT_FIXES = {
    ("console/main_window.py", ""): "MainWindow",
    ("console/app.py", "self.window"): "MainWindow",
    ("console/session/recorder_watch.py", "self.window"): "MainWindow",
    ("widgets/place_completer.py", "widget"): "PlaceCompleterWidget",
    ("widgets/sound/settings_widget.py", "parent"): "MainWindow",  # build_sound_menu(window)
}
# Qt's own strings for languages Qt ships no qtbase translation for (Serbian):
# context -> sources, added to those languages' files for a translator to fill.
QT_SUPPLEMENT_LANGUAGES = ("sr", "sr_Latn")
QT_SUPPLEMENT = {
    "QPlatformTheme": (
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All",
        "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
        "Restore Defaults",
    ),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": (
        "&Undo", "&Redo", "Cu&t", "&Copy", "Copy &Link Location", "&Paste", "Delete",
        "Select All",
    ),
}  # fmt: skip
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(code: str, folder: Path = HERE) -> Path:
    return folder / f"dispatch_{code}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    """Modules with translatable text, in a stable order."""
    found = []
    for folder in SOURCE_DIRS:
        for path in sorted((root / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if "tr(" in text or "translate(" in text or "TRANSLATE_NOOP(" in text:
                found.append(path)
    for folder in MARKED_DIRS:
        for path in sorted((root / folder).rglob("*.py")):
            if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8"):
                found.append(path)
    return found


def _forwarded_context(node: ast.FunctionDef) -> tuple[str, bool] | None:
    """("Ctx", plural) when ``node`` forwards its first argument (and, for a plural,
    its second as the count) to ``QCoreApplication.translate("Ctx", ...)``."""
    params = [a.arg for a in node.args.args]
    if len(params) not in (1, 2):
        return None
    for call in ast.walk(node):
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == (2 if len(params) == 1 else 4)
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == params[0]
            and (
                len(params) == 1
                or (isinstance(call.args[3], ast.Name) and call.args[3].id == params[1])
            )
        ):
            return str(call.args[0].value), len(params) == 2
    return None


def wrapper_messages(path: Path, root: Path = ROOT) -> list[tuple[str, str, int, bool]]:
    """(context, source, line, plural) of ``_tr("literal")`` calls through a module helper
    that forwards its one argument to ``QCoreApplication.translate("Ctx", text)``, and of
    ``_trn("literal", n)`` through one that forwards ``translate("Ctx", text, "", n)``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers: dict[str, tuple[str, bool]] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found_context = _forwarded_context(node)
            if found_context is not None:
                helpers[node.name] = found_context
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in helpers
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            ctx, plural = helpers[node.func.id]
            found.append((ctx, node.args[0].value, node.lineno, plural))
    return found


def catalogue_files(root: Path = ROOT) -> list[Path]:
    """The shipped catalogue TOML files (defaults first, then each shipped site's)."""
    found = sorted((root / "resources" / "catalogue").glob("*.toml"))
    found += sorted((root / "resources" / "sites").glob("*/catalogue/*.toml"))
    return found


def catalogue_messages(files: list[Path] | None = None) -> list[tuple[str, str, str, Path]]:
    """(context, source, note, file) of every catalogue name a console may show."""
    import tomllib

    found: list[tuple[str, str, str, Path]] = []
    seen: set[tuple[str, str]] = set()
    for path in files if files is not None else catalogue_files():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for code, fields in (data.get("unit_types") or {}).items():
            note = str(fields.get("name") or code) if isinstance(fields, dict) else code
            if ("UnitType", code) not in seen:
                seen.add(("UnitType", code))
                found.append(("UnitType", code, note, path))
        for code, fields in (data.get("incident_types") or {}).items():
            name = fields.get("name") if isinstance(fields, dict) else None
            if name and ("IncidentType", name) not in seen:
                seen.add(("IncidentType", name))
                found.append(("IncidentType", str(name), code, path))
    return found


def _add_catalogue(root_el: ET.Element, ts_dir: Path) -> None:
    by_name = {c.findtext("name") or "": c for c in root_el.findall("context")}
    for ctx, source, note, path in catalogue_messages():
        dest = by_name.get(ctx)
        if dest is None:
            dest = ET.SubElement(root_el, "context")
            ET.SubElement(dest, "name").text = ctx
            by_name[ctx] = dest
        if any(_key(m) == (source, "") for m in dest.findall("message")):
            continue
        message = ET.SubElement(dest, "message")
        rel = Path(os.path.relpath(path, ts_dir))
        ET.SubElement(message, "location", filename=rel.as_posix(), line="0")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "extracomment").text = note
        ET.SubElement(message, "translation", type="unfinished")


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _fix_contexts(root_el: ET.Element, ts_dir: Path) -> None:
    """Move messages lupdate filed under a variable's name to the run-time context."""
    by_name = {c.findtext("name") or "": c for c in root_el.findall("context")}
    for context in list(root_el.findall("context")):
        name = context.findtext("name") or ""
        for message in list(context.findall("message")):
            loc = message.find("location")
            filename = loc.get("filename", "") if loc is not None else ""
            try:
                rel = (ts_dir / filename).resolve().relative_to(ROOT).as_posix()
            except ValueError:
                rel = filename
            target = CONTEXT_FIXES.get((rel, name))
            if target is None:
                continue
            context.remove(message)
            dest = by_name.get(target)
            if dest is None:
                dest = ET.SubElement(root_el, "context")
                ET.SubElement(dest, "name").text = target
                by_name[target] = dest
            if not any(_key(m) == _key(message) for m in dest.findall("message")):
                dest.append(message)
        if not context.findall("message"):
            root_el.remove(context)


def _add_wrappers(root_el: ET.Element, files: list[Path], ts_dir: Path) -> None:
    by_name = {c.findtext("name") or "": c for c in root_el.findall("context")}
    for path in files:
        for ctx, source, line, plural in wrapper_messages(path):
            dest = by_name.get(ctx)
            if dest is None:
                dest = ET.SubElement(root_el, "context")
                ET.SubElement(dest, "name").text = ctx
                by_name[ctx] = dest
            if any(_key(m) == (source, "") for m in dest.findall("message")):
                continue
            message = (
                ET.SubElement(dest, "message", numerus="yes")
                if plural
                else (ET.SubElement(dest, "message"))
            )
            rel = Path(os.path.relpath(path, ts_dir))
            ET.SubElement(message, "location", filename=rel.as_posix(), line=str(line))
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")


def _add_qt_supplement(root_el: ET.Element) -> None:
    by_name = {c.findtext("name") or "": c for c in root_el.findall("context")}
    for ctx, sources in QT_SUPPLEMENT.items():
        dest = by_name.get(ctx)
        if dest is None:
            dest = ET.SubElement(root_el, "context")
            ET.SubElement(dest, "name").text = ctx
        for source in sources:
            if any(_key(m) == (source, "") for m in dest.findall("message")):
                continue
            message = ET.SubElement(dest, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")


def _restore(root_el: ET.Element, old: dict[tuple[str, str, str], ET.Element]) -> None:
    """Put back translations lupdate could not carry over (added or moved messages)."""
    for context in root_el.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") != "unfinished":
                continue
            kept = old.get((name, *_key(message)))
            if kept is not None and kept.get("type") not in ("unfinished", "vanished", "obsolete"):
                message.remove(tr) if tr is not None else None
                message.append(copy.deepcopy(kept))


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of an English plural source: "%n unit(s)" -> "%n unit",
    "%n units"."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def _english_plurals(root_el: ET.Element) -> None:
    """Keep only the plural entries, each with its two English forms."""
    for context in list(root_el.findall("context")):
        for message in list(context.findall("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            tr = message.find("translation")
            if tr is not None:
                message.remove(tr)
            tr = ET.SubElement(message, "translation")
            for form in english_forms(message.findtext("source") or ""):
                ET.SubElement(tr, "numerusform").text = form
        if not context.findall("message"):
            root_el.remove(context)


def _sort(root_el: ET.Element) -> None:
    contexts = sorted(root_el.findall("context"), key=lambda c: c.findtext("name") or "")
    for c in contexts:
        root_el.remove(c)
    root_el.extend(contexts)


def _read_translations(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    if not path.exists():
        return {}
    old = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            tr = message.find("translation")
            if tr is not None:
                old[(name, *_key(message))] = tr
    return old


def lupdate_executable() -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    return str(exe) if exe.exists() else "pyside6-lupdate"


def update(code: str, files: list[Path] | None = None, folder: Path = HERE) -> Path:
    """Refresh ``dispatch_<code>.ts`` in ``folder`` (tests pass a copy); returns its path."""
    files = files if files is not None else source_files()
    path = ts_path(code, folder)
    old = _read_translations(path)
    subprocess.run(
        [
            lupdate_executable(),
            *[str(f) for f in files],
            "-ts",
            str(path),
            "-no-obsolete",
            "-locations",
            "absolute",
            "-source-language",
            "en",
            "-target-language",
            code,
            "-silent",
        ],
        check=True,
    )
    tree = ET.parse(path)
    root_el = tree.getroot()
    _fix_contexts(root_el, path.parent)
    _add_wrappers(root_el, files, path.parent)
    _add_catalogue(root_el, path.parent)
    if code in QT_SUPPLEMENT_LANGUAGES:
        _add_qt_supplement(root_el)
    _restore(root_el, old)
    if code == PLURAL_SOURCE:
        _english_plurals(root_el)
    _sort(root_el)
    ET.indent(tree, space="    ")
    body = ET.tostring(root_el, encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")
    return path


def main() -> int:
    files = source_files()
    for code in (PLURAL_SOURCE, *LANGUAGES):
        print(update(code, files).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
