"""What hovering over the timeline shows: a card for an item, a list for a cluster."""

from __future__ import annotations

from html import escape

from app.domain.timeline import Cluster, ItemKind, TimelineItem

CLUSTER_LIST = 8
KIND_NAMES = {ItemKind.EVENT: "Event", ItemKind.DOCUMENT: "Document", ItemKind.NOTE: "Note"}


def card_html(item: TimelineItem) -> str:
    """Date as written, title, place, source; what a double-click does."""
    kind = KIND_NAMES[item.kind] + (" (bundled)" if item.bundled else "") + (", hidden" if item.hidden else "")
    lines = [
        (
            f"<b>{escape(item.date.display(item.place))}</b> · "
            f"<span style='color:gray'>{escape(kind)}, {item.lane.heading}</span>"
        ),
    ]
    if item.date.display_utc():
        lines.append(f"<br><span style='color:gray'>{escape(item.date.display_utc())}</span>")
    lines.append(f"<br><b>{escape(item.label)}</b>")
    if item.place:
        lines.append(f"<br>{escape(item.place)}")
    if item.description:
        lines.append(f"<br><span>{escape(item.description[:400])}</span>")
    if item.source:
        lines.append(f"<br><i style='color:gray'>Source: {escape(item.source)}</i>")
    action = {ItemKind.EVENT: "edit it", ItemKind.DOCUMENT: "open it (Ctrl: beside)", ItemKind.NOTE: "open it"}
    lines.append(f"<br><span style='color:gray'>Double-click to {action[item.kind]}.</span>")
    return "<div style='max-width:420px'>" + "".join(lines) + "</div>"


def cluster_html(cluster: Cluster) -> str:
    shown = "".join(
        f"<br>{escape(item.date.display(item.place))}: {escape(item.label)}" for item in cluster.items[:CLUSTER_LIST]
    )
    more = len(cluster.items) - CLUSTER_LIST
    rest = f"<br>… and {more} more" if more > 0 else ""
    return (
        f"<b>{len(cluster.items)} items</b>{shown}{rest}<br><span style='color:gray'>Click to zoom in on them.</span>"
    )
