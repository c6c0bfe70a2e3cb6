"""The Qt screens. The only package that imports PySide6 (STYLE rule 1)."""
