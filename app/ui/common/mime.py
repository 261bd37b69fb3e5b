"""The drag-and-drop format for documents dragged out of the library."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

DOCUMENT_IDS_MIME = "application/x-parallax-document-ids"


def document_ids_mime(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(DOCUMENT_IDS_MIME, ",".join(str(i) for i in ids).encode("ascii"))
    return data


def document_ids_from(data: QMimeData) -> list[int]:
    if not data.hasFormat(DOCUMENT_IDS_MIME):
        return []
    raw = bytes(data.data(DOCUMENT_IDS_MIME).data()).decode("ascii", "replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]
