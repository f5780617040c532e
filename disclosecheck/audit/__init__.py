"""``disclosecheck audit``: every catalog of a county at once, checked in parallel, ranked by unit.

``walk`` finds the files, ``pool`` checks them in isolated worker processes (``job`` is the work
per file), ``units`` ranks the townships and departments, ``run`` ties them into an Audit, and
``report_text`` prints it; the CSV and xlsx renderers live in ``disclosecheck.render``.
"""
