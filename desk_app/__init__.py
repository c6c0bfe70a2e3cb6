"""Front desk for Seoul-type kids cafes (서울형 키즈카페).

This package holds the domain rules, the record store, the services, the printing and the
command line. It never imports PySide6 (STYLE rule 1): the Qt screens live in ``ui/``.
"""

__version__ = "0.1.0"
