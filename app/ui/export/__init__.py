"""Export, print and cite: research leaving the app."""
