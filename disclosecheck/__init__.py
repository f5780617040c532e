"""disclosecheck: checks standard catalogs of government-affairs disclosure items (政务公开事项标准目录)."""

__version__ = "0.1.0"
