"""English message catalog: the same keys as ``zh.py``, for ``--lang en``."""

MESSAGES: dict[str, str] = {
    # --- reading files -------------------------------------------------------------------------------
    "input.not_found": "{path}: no such file; check the path",
    "input.is_directory": "{path}: is a folder, not a catalog file; use disclosecheck audit to check a folder",
    "input.empty": "{path}: the file is empty (0 bytes); export or save it again and retry",
    "input.unreadable": "{path}: cannot be opened (no permission): {reason}",
    "input.vanished": "{path}: the file was removed or moved while being checked",
    "input.unknown_format": "{path}: unknown file format; save it as .xlsx, .xls, .ods or .csv and retry",
    "input.corrupt": "{path}: the file is damaged and cannot be read ({reason}); open it in Excel or WPS and save it again",
    "input.truncated": "{path}: the file is incomplete (cut off while downloading or copying); get the original again",
    "input.encrypted": "{path}: the file is encrypted with a password; remove the password in Excel or WPS, save, and retry",
    "input.no_catalog": "{path}: no disclosure catalog table found (no header with columns such as 公开事项 or 公开内容)",
    "input.no_sheet": "{path}: there is no sheet named \"{sheet}\"; sheets: {sheets}",
    "input.decode": "{path}: cannot tell the text encoding; save it as a UTF-8 or GBK CSV",
    "input.limit": "{path}: over a safety limit: {what} is {actual}, the limit is {limit}; raise it with {option} if needed",
    "input.timeout": "{path}: stopped after {seconds} seconds; the file may be too large or malformed",
    "input.memory": "{path}: stopped for lack of memory; the file may be too large or malformed",
    "input.crashed": "{path}: internal error while checking ({reason}); rerun with --debug and report it",
    # --- rule packs ----------------------------------------------------------------------------------
    "config.yaml": "malformed YAML: {reason}",
    "config.not_found": "no rule pack \"{name}\"; built-in packs: {available}",
    "config.unknown_key": "unknown key \"{key}\"; expected one of: {expected}",
    "config.unknown_rule": "unknown rule \"{rule}\"; see disclosecheck rules list",
    "config.invalid": "{reason}",
    "config.cycle": "rule packs extend each other in a cycle: {chain}",
    # --- command line --------------------------------------------------------------------------------
    "usage.bad_date": "\"{value}\" is not a date; write YYYY-MM-DD, e.g. 2026-11-22",
    "usage.output_is_input": "the output file {path} is the input file; refused to protect it, choose another output path",
    "usage.output_needed": "the {format} format needs --output FILE",
    "usage.one_file": "the {format} format checks one file at a time",
    "usage.interrupted": "interrupted; no output file was written",
}
