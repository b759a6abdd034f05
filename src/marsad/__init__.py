"""marsad (مرصد): raw news pages in, a clean, queryable record of political events out."""
__version__ = "0.1.0"
