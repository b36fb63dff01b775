"""Map items with nothing to draw stay out of the scene's paint.

Contract: ``show_contents(item, has, repaint=True)`` sets the item's
``ItemHasNoContents`` flag when ``has`` is False and clears it when True (a
no-op when the flag already says so). Call it with the new data, before the
item's own ``update()``: an item that gains contents is then painted as
usual; one that loses them asks its views for a full repaint (``repaint``),
since Qt no longer repaints the area of an item without contents. The label
placer, which runs inside a full repaint, passes ``repaint=False``.

Why: Qt's scene asks every item it visits during a paint for its bounding
rect and paint, each a call from C++ back into Python; a console map has
~30 items, most of them empty most of the time (callers, alerts, routes,
incidents, their labels), ~90 such calls a frame. Under a radar storm other
threads of the process hold the interpreter lock, and each call back may
wait for it (up to the switch interval): an item flagged as having no
contents costs Qt nothing and Python nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

__all__ = ["has_contents", "show_contents"]

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def has_contents(item: QGraphicsItem) -> bool:
    return not bool(item.flags() & _NO_CONTENTS)


def show_contents(item: QGraphicsItem, has: bool, repaint: bool = True) -> None:
    if has_contents(item) == has:
        return
    if not has and repaint:
        scene = item.scene()
        if scene is not None:
            for view in scene.views():
                view.viewport().update()
    item.setFlag(_NO_CONTENTS, not has)
