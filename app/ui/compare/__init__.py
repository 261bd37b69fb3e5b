"""The side-by-side view: panes, the bands between them, synchronized scrolling."""
