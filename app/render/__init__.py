"""Setting text on pages with Qt's text layout (QtGui, never QtWidgets): PDF files and printing.

Apart from the window so that `parallax export --format pdf` needs neither the window's modules nor a display."""
