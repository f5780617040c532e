"""``disclosecheck inspect FILE``: how a file was understood (sheet, header rows, column map, items)."""
