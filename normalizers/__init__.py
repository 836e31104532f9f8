"""Normalizers: one small pure function family per field. No I/O.

``text`` (Unicode, mojibake, LaTeX, quotes), ``titles`` (display form and match key),
``names`` (person names and their match key), ``dates``, ``venues``, ``identifiers``;
``record`` applies them all to an extractor's Draft.
"""
