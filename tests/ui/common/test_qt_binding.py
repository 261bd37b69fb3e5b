from PySide6.QtCore import QObject


def test_fifty_thousand_void_qt_calls_survive() -> None:
    """PySide6 6.12.0 on Python 3.11 lost a reference to None per void call and aborted after ~5,000."""
    holder = QObject()
    for index in range(50_000):
        holder.setObjectName(f"n{index % 10}")  # a void Qt call
    assert holder.objectName() == "n9"
