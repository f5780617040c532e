"""English message catalog: the same keys as ``zh.py``, for ``--lang en``."""

MESSAGES: dict[str, str] = {
    "config.regex_nested_repeat": "rule {rule}, option {option}: the pattern {given} repeats a repetition (like (a+)+), which can take forever on some texts; write it without the nesting, or make the inner one possessive (like [^》]++)",
    "timelimit.too-many-workdays-pack": (
        "公开时限 {text} is {amount} working days, more than the {max} working days set by the rule pack "
        "{pack} ({pack_file}) (the regulation's article 26 allows {statutory}); shorten it as local rules require"
    ),
    "rule.no-items.name": "no items",
    "rule.required-columns.name": "missing columns",
    "rule.required-elements.name": "blank elements",
    "rule.choices.name": "audience/mode/level ticks",
    "rule.channels.name": "channels",
    "rule.legal-basis.name": "legal basis",
    "rule.duplicate-items.name": "duplicate items",
    "rule.timelimit.name": "time limit",
    "rule.publish-timeliness.name": "published in time",
    "rule.update-freshness.name": "kept up to date",
    "rule.workdays-approximate.name": "working-day estimate",
    "rule.no-items.legal": "《中华人民共和国政府信息公开条例》第二十条、第二十一条 (what must be proactively disclosed); 《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》(国办发〔2019〕54号): every base-level government compiles its catalog per domain.",
    "rule.required-columns.legal": "国办发〔2019〕54号 and the 26 domain guidelines (基层政务公开标准指引): the standard elements of a catalog; 《中华人民共和国政府信息公开条例》第二十六条 (公开时限), 第二十四条 (公开渠道).",
    "rule.required-elements.legal": "国办发〔2019〕54号: a catalog states for each item 公开事项、公开内容、公开依据、公开时限、 公开主体、公开方式 …; 《中华人民共和国政府信息公开条例》第十条 (the body that makes or keeps the information discloses it).",
    "rule.choices.legal": "国办发〔2019〕54号 and the domain guidelines (公开对象、公开方式、公开层级 in every catalog); 《中华人民共和国政府信息公开条例》第十九条、第二十七条 (主动公开 and 依申请公开), 第十四条至第十六条 (what may not be disclosed).",
    "rule.channels.legal": "《中华人民共和国政府信息公开条例》第二十三条、第二十四条、第二十五条 (政府网站、政府公报、新闻发布会、 报刊、广播、电视, 政务服务场所 and 公共查阅室、资料索取点、信息公告栏 as disclosure channels); 国办发〔2019〕54号 (公开渠道和载体 in every catalog).",
    "rule.legal-basis.legal": "国办发〔2019〕54号 (公开依据 in every catalog); 《中华人民共和国政府信息公开条例》第二十条 (主动公开 items listed by law); the domain guidelines cite each item's 依据 by document name.",
    "rule.duplicate-items.legal": "国办发〔2019〕54号 (catalogs kept accurate and updated dynamically, 动态更新); 《中华人民共和国政府信息公开条例》第六条 (information disclosed must be accurate).",
    "rule.timelimit.legal": "《中华人民共和国政府信息公开条例》第二十六条 (20 working days unless a law or regulation provides otherwise), 第四十九条 (annual reports: departments by 31 January, governments at county level and above by 31 March); 国办发〔2019〕54号 (公开时限 in every catalog).",
    "rule.publish-timeliness.legal": "《中华人民共和国政府信息公开条例》第二十六条 (within 20 working days of being formed or changed, unless a law or regulation sets another limit); the catalog's own 公开时限 where it is stricter.",
    "rule.update-freshness.legal": "国办发〔2019〕54号 (catalogs updated dynamically, 动态更新); 《政府网站与政务新媒体检查指标》 (国办秘函〔2019〕19号): columns not updated in time, and items without a date, count as not updated; 《中华人民共和国政府信息公开条例》第二十六条 (changed information is disclosed again within 20 working days).",
    "rule.workdays-approximate.legal": "《全国年节及纪念日放假办法》 and the State Council General Office's yearly notice of the holiday schedule (国务院办公厅关于…年部分节假日安排的通知), which define the working days of 条例第二十六条.",
    "usage.cli.no_such_option": "no such option: {option}{hint}",
    "usage.cli.did_you_mean": " (did you mean {options}?)",
    "usage.cli.no_such_command": "no such command: {name}{hint}",
    "usage.cli.missing": "missing {param}",
    "usage.cli.bad_choice": "invalid value for {param}: choose one of {choices}",
    "usage.cli.bad_value": "invalid value for {param} ({reason})",
    "usage.cli.other": "command line error ({reason})",
    "usage.cli.help": ". For usage: {command} --help",
    "suffix.column_hint": ". Column {hint_col} \"{hint_header}\" looks like {element} ({by}); if it is, rename the header to {element}, or map it in a disclosecheck.yaml pack: headers: {{{hint_header}: {element}}}",
    "suffix.hint_by.header": "by its name",
    "suffix.hint_by.values": "by its values",
    "suffix.same_as": " (this cell says 同上: the value is taken from {cell}; fix both)",
    "suffix.placeholder": " (the cell only says “{placeholder}”, which does not count as filled in)",
    "suffix.same_as_nothing": " (the cell says 同上, “same as above”, but there is no item above it to repeat, so it is blank)",
    # --- reading files -------------------------------------------------------------------------------
    "input.not_found": "{path}: no such file; check the path",
    "input.is_directory": "{path}: is a folder, not a catalog file; use disclosecheck audit to check a folder",
    "input.empty": "{path}: the file is empty (0 bytes); export or save it again and retry",
    "input.unreadable": "{path}: cannot be opened (no permission): {reason}",
    "input.symlink_loop": "{path}: a symbolic link that points to itself or loops, so there is no file to read",
    "input.name_too_long": "{path}: the file name or path is too long for the system to open; shorten the name or move it to a shallower folder",
    "input.vanished": "{path}: the file was removed or moved while being checked",
    "input.unknown_format": "{path}: unknown file format; save it as .xlsx, .xls, .ods or .csv and retry",
    "input.not_a_table.text": "{path}: not a catalog table (a text file such as a note, README or program: its lines share no delimiter); not checked",
    "input.not_a_table.pdf": "{path}: not a catalog table (a PDF file); not checked; check the original Excel or WPS spreadsheet",
    "input.not_a_table.word": "{path}: not a catalog table (a Word document); not checked; if the catalog is a table in Word, copy it into Excel or WPS and save it as .xlsx",
    "input.not_a_table.presentation": "{path}: not a catalog table (a PowerPoint presentation); not checked",
    "input.not_a_table.image": "{path}: not a catalog table (an image); not checked; check the original Excel or WPS spreadsheet",
    "input.corrupt": "{path}: the file is damaged and cannot be read ({reason}); open it in Excel or WPS and save it again",
    "input.truncated": "{path}: the file is incomplete (cut off while downloading or copying); get the original again",
    "input.encrypted": "{path}: the file is encrypted with a password; remove the password in Excel or WPS, save, and retry",
    "input.no_catalog": "{path}: no disclosure catalog table found (no header with columns such as 公开事项 or 公开内容)",
    "input.no_sheet": "{path}: there is no sheet named \"{sheet}\"; sheets: {sheets}",
    "input.decode": "{path}: cannot tell the text encoding; save it as a UTF-8 or GBK CSV",
    "input.limit": "{path}: over a safety limit: {what} is {actual}, the limit is {limit}; raise it with {option} if needed",
    "input.timeout": "{path}: stopped after {seconds:#second|seconds}; the file may be too large or malformed; raise the limit with --timeout if it must be checked",
    "input.memory": "{path}: stopped for lack of memory; the file may be too large or malformed; raise the limit with --max-memory-mb if it must be checked",
    "input.read_memory": ("{path}: the file's structure is abnormal: reading it went over the memory limit "
                          "({limit} MB); raise it with {option} if needed"),
    "input.memory_limit": ("{path}: stopped when checking it went over the memory limit ({limit} MB); the file "
                           "may be too large or malformed; raise it with {option} if needed"),
    "input.crashed": "{path}: internal error while checking ({reason}); rerun with --debug and report it",
    # --- reading files: names of the safety limits, reader details (read module) ---
    "limit.rows": "the number of rows in \"{sheet}\"",
    "limit.cols": "the number of columns in \"{sheet}\"",
    "limit.cell_chars": "the length of cell {cell} in \"{sheet}\" (characters)",
    "limit.file_mb": "the file size (MB)",
    "limit.unzipped_mb": "the unzipped size (MB)",
    "limit.cells": "the number of cells in \"{sheet}\" (rows x columns from A1)",
    "limit.workbook_cells": "the number of cells of all sheets together (on reaching \"{sheet}\")",
    # --- reading files: why a hostile file is refused (read/guard module) ---
    "guard.xml_entities": "\"{part}\" declares XML entities, possibly a malicious file",
    "guard.zip_ratio": "\"{part}\" is compressed {ratio}:1, possibly a zip bomb",
    "guard.too_many_parts": "the archive holds {count} parts, more than {limit}, possibly a malicious file",
    "guard.string_count": "“{part}” announces {count} shared strings but holds {actual}, possibly a malicious file",
    # --- rule packs ----------------------------------------------------------------------------------
    # --- why the operating system refused (errors.OsReason): the system's own words are English ---
    "config.yaml": "malformed YAML: {reason}",
    "config.not_found": "no rule pack \"{name}\"; built-in packs: {available}",
    "config.unknown_key": "unknown key \"{key}\"; expected one of: {expected}",
    "config.unknown_rule": "unknown rule \"{rule}\"; see disclosecheck rules list",
    "config.invalid": "{reason}",
    "config.cycle": "rule packs extend each other in a cycle: {chain}",
    # --- rule packs: validation and the rules command (pack module) ---
    "config.unknown_rule_hint": (
        "unknown rule \"{rule}\"; did you mean \"{suggestion}\"? "
        "see disclosecheck rules list"),
    "config.is_directory": "\"{name}\" is a folder, not a rule pack file; give a .yaml file",
    "config.unreadable": "cannot read the rule pack file: {reason}",
    "config.encoding": "cannot tell the text encoding of the rule pack file; save it as UTF-8",
    "config.too_large": "the rule pack file is larger than {limit} KB; a rule pack is a few KB, check that this is the right file",
    "config.not_regular": "not a regular file (a pipe or a device), so it cannot be read as a rule pack; give a .yaml file",
    "config.too_deep": "the rule pack file nests more than {limit} levels deep; write the settings out plainly",
    "config.recursive_alias": "the alias *{anchor} refers to the node that contains it (&{anchor}) and cannot be expanded; write the settings out",
    "config.complex_key": "a key must be text, not a list or a mapping (such as ? [a, b])",
    "config.extends_not_pack": "extends names \"{name}\", which is not a rule pack file: a rule pack is a .yaml or .yml file",
    "config.regex_too_long": "the regular expression of option \"{option}\" of rule \"{rule}\" is longer than {limit} characters; make it shorter",
    "config.regex_repeat": "the regular expression of option \"{option}\" of rule \"{rule}\" repeats {{{count}}} times, more than the limit of {limit}",
    "config.regex_nesting": "the regular expression of option \"{option}\" of rule \"{rule}\" nests parentheses more than {limit} levels deep",
    "config.too_complex": (
        "the rule pack file is too large, or nests or repeats references (&, "
        "*) too much; write the settings out plainly"),
    "config.top_not_mapping": (
        "not a rule pack file: a rule pack is made of \"key: value\" lines (e.g. name: my-county); "
        "check that the right file was given"),
    "config.more_errors": "… and {count} more problems not listed: fix the ones above first",
    "config.not_a_pack": (
        "not a rule pack file: it has none of the keys of a rule pack (expected one of: {expected}); "
        "check that the right file was given"),
    "config.bad_value": "\"{key}\" is {given}; expected {expected}",
    "config.bad_date": "{given} in \"{key}\" is not a date; write YYYY-MM-DD, e.g. 2027-01-01",
    "config.date_conflict": "{date} is listed both in holidays and in workdays; keep only one",
    "config.unknown_element": (
        "the header \"{header}\" maps to {given}, which "
        "is not a catalog element; elements: {expected}"),
    "config.bad_rule_setting": (
        "the setting {given} of rule \"{rule}\" is not understood: write disable, "
        "enable, a severity (error, warning, info) or its options one per line"),
    "config.bad_severity": "the severity {given} of rule \"{rule}\" is not one of error, warning, info",
    "config.unknown_option": "rule \"{rule}\" has no option \"{option}\"; its options: {expected}",
    "config.bad_option": "option \"{option}\" of rule \"{rule}\" is {given}; expected {expected}",
    "config.option_invalid": "option \"{option}\" of rule \"{rule}\" is {given}: {reason}",
    "config.rule_invalid": "the options of rule \"{rule}\" do not fit together: {reason}",
    "config.missing_option": "rule \"{rule}\" needs the option \"{option}\"",
    "config.bad_regex": (
        "{given} in option \"{option}\" of rule \"{rule}\" "
        "is not a valid regular expression: {reason}"),
    "config.expect.int": "a whole number",
    "config.expect.number": "a number",
    "config.expect.bool": "true or false",
    "config.expect.text": "text",
    "config.expect.list": "a list (one \"- item\" per line, or [a, b])",
    "config.expect.mapping": "a mapping (one \"name: value\" per line)",
    "config.expect.date": "a date (YYYY-MM-DD)",
    "config.expect.null": "nothing (null)",
    "config.expect.either": "{first} or {second}",
    "config.expect.list_of": "a list of {item}",
    "config.expect.mapping_of": "a mapping of {key}: {value}",
    "config.expect.one_of": "one of: {choices}",
    "config.expect.ge": "a number of at least {limit}",
    "config.expect.gt": "a number above {limit}",
    "config.expect.le": "a number of at most {limit}",
    "config.expect.lt": "a number below {limit}",
    "config.expect.min_length": "at least {limit} items (or characters)",
    "config.expect.max_length": "at most {limit} items (or characters)",
    "config.expect.other": "a valid value ({reason})",
    "rules.unknown_id": "no rule \"{rule}\"; see disclosecheck rules list",
    "rules.unknown_id_hint": "no rule \"{rule}\"; did you mean \"{suggestion}\"? See disclosecheck rules show {suggestion}",
    "rules.valid": "OK: {name} ({count:#rule|rules} enabled)",
    "rules.pack": "Rule pack: {name}  {title}",
    "rules.pack_source": "File: {source}",
    "rules.pack_extends": "Extends: {chain}",
    "rules.col_id": "Rule",
    "rules.col_default": "Default",
    "rules.col_severity": "In pack",
    "rules.col_enabled": "On",
    "rules.col_summary": "What it checks",
    "rules.yes": "yes",
    "rules.no": "no",
    "rules.none": "(no rules registered yet)",
    "rules.builtin": "Built-in rule packs:",
    "rules.builtin_none": "(no built-in rule packs found)",
    "rules.severity.error": "error",
    "rules.severity.warning": "warning",
    "rules.severity.info": "info",
    "rules.show_title": "Rule {rule} (default severity: {severity})",
    "rules.show_checks": "What it checks",
    "rules.show_options": "Options (set them under rules: in a rule pack)",
    "rules.show_no_options": "(this rule has no options)",
    "rules.show_option": "{name}: {type}, default {default}",
    "rules.show_anti": "Fails (Anti-pattern)",
    "rules.show_best": "Passes (Best practice)",
    "rules.show_legal": "Legal basis",
    "rules.show_missing": "(not given)",
    "rules.domains_title": "Built-in domain standards (rules/domains/):",
    "rules.domains_none": "(no built-in domain standards found)",
    "rules.domains_col_domain": "Domain",
    "rules.domains_col_level1": "Level-1",
    "rules.domains_col_level2": "Level-2",
    "rules.domains_col_complete": "Complete",
    "rules.domains_col_guideline": "Guideline",
    "rules.domains_col_basis": "Basis",
    "rules.domains_complete": "complete",
    "rules.domains_partial": "partial",
    "rules.domains_no_guideline": "not confirmed",
    "rules.domains_basis": "derived from {sources:#published local catalog|published local catalogs} that agree item by item",
    "rules.domains_basis_columns": "derived from {sources:#published local catalog|published local catalogs} that agree on every fixed column; each offence is shown by one of them",
    "rules.domains_footer": "{count:#domain|domains}, {complete} complete. \"partial\": the sources showed only the first rows of a catalog; what is missing is listed under missing in each file. Items are derived from published local catalogs, not the guideline text.",
    "standards.invalid": "domain standard is wrong: {where}: {problem_en}",
    "standards.unknown": "no built-in domain standard \"{name}\"; available: {available}",
    "standards.problem.not_mapping": "expected a mapping (key: value)",
    "standards.problem.unknown_keys": "unknown keys {keys}; allowed: {allowed}",
    "standards.problem.missing_key": "required",
    "standards.problem.not_text": "expected non-empty text",
    "standards.problem.not_list": "expected a list",
    "standards.problem.empty_list": "expected a non-empty list",
    "standards.problem.not_bool": "expected true or false",
    "standards.problem.not_number": "expected a positive whole number",
    "standards.problem.not_ascending": "number {no} must be above the one before it ({before})",
    "standards.problem.not_url": "\"{value}\" is not an http(s) address",
    "standards.problem.duplicate_id": "source id {id} given twice",
    "standards.problem.unknown_source": "sources not listed under sources: {ids}",
    "standards.problem.unused_sources": "sources no item uses: {ids}",
    "standards.problem.bad_choice": "\"{value}\" is not allowed or repeated; one of: {allowed}",
    "standards.problem.domain_not_file": "domain \"{domain}\" must equal the file name \"{stem}\"",
    "standards.problem.complete_gaps": "complete: true needs items numbered 1 to the last without gaps",
    "standards.problem.complete_missing": "complete: true needs an empty missing list",
    "standards.problem.merged_names": "merged: true needs level1 equal to level2 (one name in the merged cell)",
    # --- checks: what each rule finds ---------------------------------------------------------------
    "no-items.empty": "the catalog table has a header but no items; fill in the items below the header",
    "required-columns.missing": (
        "the column \"{element}\" is missing; a standard catalog must have it: add it to the header and "
        "fill it in for every item"
    ),
    "required-columns.missing-optional": (
        "there is no \"{element}\" column; a catalog disclosed at one level only (e.g. a township's) may "
        "omit it, otherwise add it"
    ),
    "required-elements.missing": "{element} is blank; fill in this item's {element}",
    "required-elements.missing-level1": (
        "一级事项 (first-level item) is blank; name the first-level item this row belongs to (e.g. "
        "办事指南, 行政处罚)"
    ),
    "required-elements.missing-level2": "二级事项 (second-level item) is blank; name the specific item",
    "required-elements.missing-item": "公开事项 (item) is blank; name the specific item",
    "required-elements.missing-content": "公开内容 (content) is blank; list what this item discloses",
    "required-elements.missing-subject": (
        "公开主体 (disclosing body) is blank; name the office responsible for disclosing this item"
    ),
    "choices.none": "nothing is ticked under {element}; tick at least one of {allowed}",
    "choices.not-allowed": "\"{value}\" is not an allowed choice for {element}; choose from {allowed}",
    "choices.not-disclosed": (
        "公开方式 (mode) says \"不公开\" (not disclosed); information not disclosed does not belong in a "
        "disclosure catalog: remove the item or change it to 主动 or 依申请"
    ),
    "channels.blank": (
        "公开渠道和载体 (channels) is blank; name the channels used (e.g. 政府网站, 公开查阅点)"
    ),
    "channels.none-chosen": (
        "no channel is chosen in 公开渠道和载体 ({listed}); mark the channels actually used with ■ instead "
        "of □, or name them"
    ),
    "legal-basis.blank": (
        "公开依据 (legal basis) is blank; name the law, regulation or document requiring disclosure, e.g. "
        "{example}"
    ),
    "legal-basis.no-document": (
        "公开依据 \"{text}\" names no document; write the full title in book-title marks, e.g. "
        "{example}"
    ),
    "duplicate-items.duplicate": (
        "the item \"{label}\" repeats row {first_row}; delete the duplicate row or rename one of them"
    ),
    "timelimit.blank": "公开时限 (time limit) is blank; state it, e.g. 信息形成或者变更之日起20个工作日内",
    "timelimit.unknown": (
        "公开时限 \"{text}\" cannot be understood; write it like 信息形成或者变更之日起20个工作日内, "
        "每季度更新 or 长期公开"
    ),
    "timelimit.vague": (
        "公开时限 \"{text}\" is too vague to tell whether an item is late; give a definite limit, e.g. "
        "20个工作日内"
    ),
    "timelimit.too-many-workdays": (
        "公开时限 \"{text}\" allows {amount:#working day|working days}, more than the {max} of Article 26 of the "
        "Regulations on Open Government Information; shorten it, or cite the law that allows more in "
        "公开依据"
    ),
    "timelimit.too-many-days": (
        "公开时限 \"{text}\" counts {amount:#calendar day|calendar days}, which over holidays can exceed the statutory "
        "{workdays:#working day|working days} (possible beyond {max:#day|days}); write {workdays}个工作日内 or less"
    ),
    "timelimit.after-annual-report-deadline": (
        "公开时限 (time limit) “{text}” means by {month}/{day} each year, later than Article 49 of the "
        "Regulations on Open Government Information allows (the annual report: departments by 1/31, governments "
        "at county level and above by 3/31); write 每年{max_month}月{max_day}日前"
    ),
    "publish-timeliness.late": (
        "published late: formed {formed}, published {published}, {taken:#working day|working days}, over the limit of "
        "{limit:#working day|working days}"
    ),
    "publish-timeliness.late-statutory": (
        "published late: formed {formed}, published {published}, {taken:#working day|working days}, over the {limit} "
        "working days of Article 26 of the Regulations on Open Government Information"
    ),
    "publish-timeliness.late-days": (
        "published late: formed {formed}, published {published}, {taken:#day|days}, over the limit of {limit} "
        "days"
    ),
    "publish-timeliness.late-deadline": (
        "published late: formed on {formed}, published on {published}, after the deadline its 公开时限 sets ({due})"
    ),
    "publish-timeliness.future": (
        "公开日期 (publication date) {date} is after the checking date {as_of}; the date is probably wrong"
    ),
    "publish-timeliness.before-formed": (
        "公开日期 (publication date) {published} is before 信息形成日期 (formation date) {formed}; at "
        "least one of them is wrong"
    ),
    "publish-timeliness.bad-date": "{element} \"{text}\" is not a date; write it like 2026-10-09",
    "update-freshness.stale": (
        "not updated for {days:#day|days} (last updated {updated}), longer than the {limit:#day|days} its 公开时限 "
        "implies; update it and its 最近更新日期"
    ),
    "update-freshness.no-date": (
        "最近更新日期 (last update) is blank and counts as not updated; fill in the date of the last "
        "update (due within {limit:#day|days})"
    ),
    "update-freshness.future": (
        "最近更新日期 (last update) {date} is after the checking date {as_of}; the date is probably wrong"
    ),
    "update-freshness.bad-date": (
        "最近更新日期 (last update) \"{text}\" is not a date; write it like 2026-10-09"
    ),
    "workdays-approximate.years": (
        "the official holiday schedule for {years} is not included (known up to {last_known}); working "
        "days in those years were counted as Monday to Friday minus the rule pack's holidays and are "
        "approximate; add their holidays and workdays to the pack to make them exact"
    ),
    # --- checks: formed but not published (publish-timeliness) ---
    "publish-timeliness.overdue": (
        "overdue, not published: formed {formed}, due by {due}, still not published on the checking date "
        "{as_of} (公开日期 blank); publish it now and fill in 公开日期, or fill it in if it was published"
    ),
    "publish-timeliness.pending": (
        "to be published: formed {formed}, not yet published, due by {due} (inclusive); fill in 公开日期 "
        "once it is published"
    ),
    "workdays-approximate.implausible": (
        "dates fall in {odd}, which no catalog can mean: a date is probably mistyped (e.g. 0219 for 2019); "
        "check the date columns. Working days in {years} were counted as Monday to Friday (the official "
        "schedule is known up to {last_known})"
    ),
    # --- rule packs: validation of the checks' options (checks' Options) ---
    "option.unknown_elements": "no element \"{unknown}\"; the elements are: {expected}",
    "option.owned_elsewhere": (
        "blanks of {taken} are reported by the rule in brackets, listing them here would report them "
        "twice; remove them from the elements of required-elements"
    ),
    "option.not_choice_elements": (
        "\"{wrong}\" is not a tick-box element; only these can be listed: {expected}"
    ),
    "option.not_disclosed_mode": (
        "不公开 (not disclosed) is not a 公开方式: an item not disclosed has no place in the catalog; "
        "remove it from the choices of 公开方式"
    ),
    # --- rule descriptions (rules list / rules show): what each rule checks ---
    "rule.no-items.summary": "A catalog table must not be a header without items",
    "rule.no-items.about": (
        "A header with no item below it is usually a template never filled in, or a table whose rows were\n"
        "pasted into another sheet. An empty catalog discloses nothing, so it is an error, reported once\n"
        "for the whole table."
    ),
    "rule.required-columns.summary": "The columns every standard catalog must have",
    "rule.required-columns.about": (
        "The domain guidelines fix a catalog's elements: the item (一级事项 + 二级事项, or one 公开事项\n"
        "column), 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式 and 公开层级.\n"
        "A missing column means every item lacks that element, so it is reported once for the table.\n"
        "Township catalogs often drop 公开层级, so by default it only earns a warning (option warn_only)."
    ),
    "rule.required-elements.summary": "Every item fills in its names, 公开内容 and 公开主体",
    "rule.required-elements.about": (
        "A column present but blank in a row (after merges and 同上 are resolved) leaves the public\n"
        "unable to tell what is disclosed or by whom. Blanks of 公开依据, 公开时限, 公开渠道和载体,\n"
        "公开对象/方式/层级, 公开日期 and 最近更新日期 are reported by their own rules, never twice, so\n"
        "option elements may not list them. A missing column is required-columns' business."
    ),
    "rule.choices.summary": "公开对象, 公开方式, 公开层级: at least one choice each, only allowed choices",
    "rule.choices.about": (
        "Each of the three groups needs at least one tick (or word), or the item's audience, mode or level\n"
        "is unstated. A word outside the allowed list is usually a typo or a misplaced value; variants such\n"
        "as 特定群众, 依申请公开, 镇级 are read as the standard choices. 不公开 is not a 公开方式: an item\n"
        "not disclosed does not belong in a disclosure catalog."
    ),
    "rule.channels.summary": "公开渠道和载体: every item names at least one channel",
    "rule.channels.about": (
        "A blank cell, or a checklist with every box □ and none ■, tells the public nowhere to look.\n"
        "Converted files turn ■ into t or þ and □ into 口; these are read correctly. A missing column is\n"
        "required-columns' business."
    ),
    "rule.legal-basis.summary": "公开依据: every item cites the law, regulation or document requiring it",
    "rule.legal-basis.about": (
        "A blank 公开依据 is an error: the catalog must say why an item is disclosed. One that names no\n"
        "document in book-title marks (only 相关法律法规 or 上级文件) cannot be looked up and earns a\n"
        "warning: write the full title in 《》, ideally with the article, e.g. 《城市绿化条例》第二十六条.\n"
        "The example a message gives comes from the catalog's own domain (told from its title, sheet or\n"
        "file name); with no domain known it is only the form 《……条例》（国务院令第×号）."
    ),
    "rule.duplicate-items.summary": "The same item must not be listed twice",
    "rule.duplicate-items.about": (
        "Two rows with the same 一级事项 and 二级事项 (or 公开事项), ignoring spaces, usually mean a row\n"
        "pasted twice or an old and a new version side by side; evaluators count that as a catalog not\n"
        "maintained. The later row is reported with the row of the first. A row that continues the item\n"
        "above through a merge or 同上 is a duplicate only when its 公开内容 repeats too."
    ),
    "rule.timelimit.summary": "公开时限: present, definite, and no longer than the statutory 20 working days",
    "rule.timelimit.about": (
        "Article 26 of the Regulations: proactive information is disclosed within 20 working days of\n"
        "being formed or changed, unless a law or regulation says otherwise. A blank limit is an error;\n"
        "one not understood or vague (尽快, 按规定, 适时) is a warning. More than max_workdays working days\n"
        "is an error (a 公示 period such as 公示7个工作日 is a duration, not a limit); more than 26\n"
        "calendar days can exceed 20 working days and is an error too. Limits written as deadlines\n"
        "(招生工作开始前, 每年1月31日前, 年度终了后3个月内) are not counted in working days; an annual report\n"
        "due later than Article 49 allows (departments 31 January, governments 31 March) is an error."
    ),
    "rule.publish-timeliness.summary": "Items published within their 公开时限, by 信息形成日期 and 公开日期",
    "rule.publish-timeliness.about": (
        "With 信息形成日期 and 公开日期 columns, working days are counted with the official holiday\n"
        "schedule. The limit is the item's own 公开时限 (working days, else calendar days; a 公示 period\n"
        "is not a limit), otherwise the 20 working days of Article 26. An item formed and still not\n"
        "published past its limit (公开日期 blank) is an error, the most serious one; one still within its\n"
        "limit gets a note with its due date (option pending: false turns these notes off).\n"
        "Published late, a 公开日期 after the checking date or before 信息形成日期, and unreadable dates\n"
        "are errors. A yearly date (每年1月31日前) is due on its first occurrence after the information is\n"
        "formed; an event (招生工作开始前) cannot be dated and is not judged. An item disclosed only on\n"
        "request (公开方式 依申请 alone) is never overdue for a blank 公开日期."
    ),
    "rule.update-freshness.summary": "Items updated as often as their 公开时限 says (最近更新日期)",
    "rule.update-freshness.about": (
        "With a 最近更新日期 column, an item updated yearly, half-yearly, quarterly, monthly or weekly must\n"
        "have been updated within that many days of the checking date; 长期公开 (动态调整) items within\n"
        "365 days. A blank 最近更新日期 counts as not updated (国办秘函〔2019〕19号). Stale or undated\n"
        "items are warnings by default; a date after the checking date or unreadable is an error."
    ),
    "rule.workdays-approximate.summary": "Years whose working days had to be guessed as Monday to Friday",
    "rule.workdays-approximate.about": (
        "Working days follow the State Council's yearly holiday schedule. For a year this tool does not\n"
        "carry, they are counted Monday to Friday minus the pack's holidays, so a verdict near a holiday\n"
        "may be off by a few days. This rule runs after the others and reports those years once per file;\n"
        "add that year's holidays and workdays to the pack to make the count exact. Years before 1949 or\n"
        "more than ten years after the checking date are reported as probably mistyped dates."
    ),
    # --- command line --------------------------------------------------------------------------------
    "usage.bad_date": "\"{value}\" is not a date; write YYYY-MM-DD, e.g. 2026-11-22",
    "usage.output_is_input": "the output file {path} is the input file; refused to protect it, choose another output path",
    "usage.output_extension": (
        "the output file {path} ends in {ext}, which does not fit the {format} format: {format} writes a "
        "{expected} file; name it {suggestion}, or use --format {fits}"
    ),
    "usage.output_extension_none": (
        "the output file {path} ends in {ext}, which does not fit the {format} format: disclosecheck never "
        "writes {ext} files, {format} writes a {expected} file; name it {suggestion}"
    ),
    "usage.output_needed": "the {format} format needs --output FILE",
    "usage.one_file": "the {format} format checks one file at a time",
    "usage.interrupted": "interrupted; no output file was written",
    "usage.cannot_write": "cannot write the output file {path} ({reason}); check that its folder exists and is writable and the disk is not full",
    "usage.cannot_write_stdout": "cannot write the report to standard output ({reason}); check that the disk is not full, or use --output FILE",
    "usage.stdout_closed": "the program reading the report has closed it",
    # CI formats, --statistics, --quiet, ignores, diff (issue 13)
    "config.ignore_not_list": "ignore must be a list of entries (each with rule, item, reason), not {given}",
    "config.ignore_not_mapping": "each ignore entry must be written as rule: …, item: …, reason: …, not {given}",
    "config.ignore_missing": "the \"{key}\" of an ignore entry is missing or not text ({given}): rule, item and reason (why it need not be fixed) must all be written",
    "config.toml": "pyproject.toml is not valid TOML: {reason}",
    "config.no_tool_table": "there is no [tool.disclosecheck] table",
    "ignore.unused": "note: the ignore entry (rule {rule}, item {item}) matched no finding and can be removed (reason: {reason})",
    "ui.diff.title": "Comparing {old} (sheet {old_sheet}) → {new} (sheet {new_sheet})",
    "ui.diff.summary": "added {added}, removed {removed}, renamed {renamed}, changed {changed}, unchanged {unchanged}",
    "ui.diff.columns_added": "columns added: {columns}",
    "ui.diff.columns_removed": "columns removed: {columns}",
    "ui.diff.same": "the two versions hold the same items",
    "ui.diff.row": "row {row}",
    "ui.diff.rows_moved": "row {old} → {new}",
    "ui.diff.added": "added",
    "ui.diff.removed": "removed",
    "ui.diff.renamed": "renamed",
    "ui.diff.changed": "changed",
    "ui.diff.renamed_line": "{kind}: {old} → {new} (names {similarity}% alike)",
    "ui.diff.col_kind": "change",
    "ui.diff.col_row": "row",
    "ui.diff.col_item": "item",
    "ui.diff.col_element": "element",
    "ui.diff.col_old": "before",
    "ui.diff.col_new": "after",
    "usage.since_one_file": "--since compares one file at a time; check each file on its own",
    "ui.ci.stats_none": "No findings",
    "ui.ci.stats_rule": "rule",
    "ui.ci.stats_total": "total",
    "ui.ci.stats_all": "all rules",
    "baseline.not_found": "file not found",
    "baseline.not_regular": "not a regular file: a folder, a pipe or a device",
    "baseline.unreadable": "cannot be read: {reason}",
    "baseline.too_large": "larger than {limit} MB",
    "baseline.encoding": "not UTF-8 text",
    "baseline.json": "not valid JSON, error at line {line} column {column}",
    "baseline.json_value": "not valid JSON, a number in it is too long",
    "baseline.too_deep": "JSON nested too deeply",
    "baseline.top": "the top level",
    "baseline.or": " or ",
    "baseline.type.string": "text",
    "baseline.type.integer": "a whole number",
    "baseline.type.number": "a number",
    "baseline.type.array": "a list",
    "baseline.type.object": "an object",
    "baseline.type.null": "null",
    "baseline.type.boolean": "true or false",
    "baseline.schema.type": "not a disclosecheck JSON report: {where} should be {expected}",
    "baseline.schema.choice": "not a disclosecheck JSON report: {where} should be {expected}",
    "baseline.schema.missing": "not a disclosecheck JSON report: {where} lacks \"{key}\"",
    "baseline.schema.unknown": "not a disclosecheck JSON report: {where} has an unknown key \"{key}\"",
    "baseline.schema.value": "not a disclosecheck JSON report: the value of {where} is not in the right form",
    "usage.bad_baseline": "the baseline file {path} cannot be used ({reason}); make it again with check --format json --output FILE",
    "ui.term.baselined": "left out {count:#known finding|known findings} recorded in the baseline {path}; only new findings are reported",
    # --- county-wide audit (audit command) ----------------------------------------------------------
    "usage.bad_regex": "the --unit-from regular expression \"{value}\" is not valid: {reason}",
    "usage.no_files": (
        "no catalog files (.xlsx .xlsm .xls .ods .csv .htm .html) found in {paths}; check the path"
    ),
    "usage.no_files_only_others": (
        "no catalog files (.xlsx .xlsm .xls .ods .csv .htm .html) found in {paths}; the {count:#file|files} "
        "found are not catalogs: {others}. Ask the units for their catalogs as spreadsheets (Excel, WPS or CSV)"
    ),
    "ui.audit.title": "Disclosure catalog audit   rules: {rules}   as of: {as_of}",
    "ui.audit.ranking": "Compliance by unit (worst first)",
    "ui.audit.rank": "Rank",
    "ui.audit.unit": "Unit",
    "ui.audit.files": "Files",
    "ui.audit.items": "Items",
    "ui.audit.errors": "Errors",
    "ui.audit.warnings": "Warnings",
    "ui.audit.compliance": "Compliance",
    "ui.audit.compliance_pct": "Compliance (%)",
    "ui.audit.common": "Most common problems (rules broken in the most units)",
    "ui.audit.rule": "Rule",
    "ui.audit.units": "Units",
    "ui.audit.affected_items": "Items affected",
    "ui.audit.findings": "Findings",
    "ui.audit.unreadable": "Files that could not be checked",
    "ui.audit.file": "File",
    "ui.audit.sheet": "Sheet",
    "ui.audit.row": "Row",
    "ui.audit.cell": "Cell",
    "ui.audit.severity": "Severity",
    "ui.audit.element": "Element",
    "ui.audit.item": "Item",
    "ui.audit.message": "Problem and fix",
    "ui.audit.status": "Status",
    "ui.audit.status_ok": "checked",
    "ui.audit.status_error": "not checked",
    "ui.audit.summary_sheet": "Summary",
    "ui.audit.findings_sheet": "Findings",
    "ui.audit.chart_title": "Compliance by unit",
    "ui.audit.unmatched": "(no unit)",
    "ui.audit.rate_note": (
        "Compliance = items without errors / all items; a table-wide error makes every item of that "
        "table fail; a file that could not be checked, or an empty table with a table-wide error, "
        "counts as an average-sized table of its unit whose items all fail."
    ),
    "ui.audit.skipped": "Files that are not catalogs, not checked ({count:#file|files}, not counted in any rate; a unit that sent only these has sent no catalog)",
    "ui.audit.skipped_files": "Not checked (not catalogs)",
    "ui.audit.skipped_sep": "; ",
    "ui.audit.totals": (
        "Total: {units:#unit|units}, {files:#file|files}, {items:#item|items}, {errors:#error|errors}, "
        "{warnings:#warning|warnings}, {unreadable:#file|files} not checked"
    ),
    "ui.audit.none": "No problems found",
    "ui.audit.sev.error": "error",
    "ui.audit.sev.warning": "warning",
    "ui.audit.sev.info": "info",
    "ui.audit.progress": "Checking",
    # --- report labels (Markdown, HTML, annotated workbook) -----------------------------------------
    "ui.report.title": "Disclosure catalog check report",
    "ui.report.summary": "Summary",
    "ui.report.file": "File",
    "ui.report.sheet": "Sheet",
    "ui.report.rules": "Rule pack",
    "ui.report.as_of": "As of",
    "ui.report.tool_version": "Tool version",
    "ui.report.level1": "First-level items",
    "ui.report.level2": "Second-level items",
    "ui.report.items": "Items",
    "ui.report.errors": "Errors",
    "ui.report.warnings": "Warnings",
    "ui.report.infos": "Notes",
    "ui.report.verdict": "Verdict",
    "ui.report.row": "Row",
    "ui.report.cell": "Cell",
    "ui.report.element": "Element",
    "ui.report.item": "Item",
    "ui.report.rule": "Rule",
    "ui.report.severity": "Severity",
    "ui.report.message": "Problem",
    "ui.report.severity.error": "error",
    "ui.report.severity.warning": "warning",
    "ui.report.severity.info": "note",
    "ui.report.verdict.fail": "Fail",
    "ui.report.verdict.warn": "Pass with warnings",
    "ui.report.verdict.pass": "Pass",
    "ui.report.verdict.error": "Not checked",
    "ui.report.findings": "Findings",
    "ui.report.file_findings": "Findings about the whole file",
    "ui.report.no_findings": "No problems found",
    "ui.report.none": "none",
    "ui.report.not_checked": "This file could not be checked",
    "ui.report.chart_title": "Findings by element",
    "ui.report.no_element": "(no single element)",
    "ui.report.total": "Total",
    "ui.report.sheet_summary": "Summary",
    "ui.report.sheet_findings": "Findings",
    "ui.report.legend": "Red: error, yellow: warning, blue: note; hover over a coloured cell to read its comment.",
    "ui.report.goto": "Click a cell in the Cell column to jump to it",
    "ui.report.generated_by": "Generated by disclosecheck {version}",
    "ui.report.written": "Report written to {path}",
    "ui.report.colon": ": ",
    "ui.report.lang": "en",
    "ui.report.per_file": "Findings per file",
    # --- terminal report (check command) -------------------------------------------------------------
    "ui.term.header": "Disclosure catalog check  rules: {rules}  as of: {as_of}",
    "ui.term.sheet": "sheet",
    "ui.term.level1": "first-level items",
    "ui.term.level2": "second-level items",
    "ui.term.items": "items",
    "ui.term.file_level": "Problems with the whole table",
    "ui.term.row": "row {row}",
    "ui.term.error": "error",
    "ui.term.warning": "warning",
    "ui.term.info": "note",
    "ui.term.unreadable": "could not be checked",
    "ui.term.no_findings": "no problems found",
    "ui.term.file_totals": "This table: {errors:#error|errors}, {warnings:#warning|warnings}, {infos:#note|notes}",
    "ui.term.totals": "Total: {files:#file|files}; {errors:#error|errors}, {warnings:#warning|warnings}, {infos:#note|notes}",
    "ui.term.verdict_pass": "Passed",
    "ui.term.verdict_pass_warnings": "Passed ({warnings:#warning|warnings} worth fixing)",
    "ui.term.verdict_fail": "Not passed: {errors:#error|errors}, {warnings:#warning|warnings}",
    "ui.term.verdict_unreadable": "Not passed: {count:#file|files} could not be read",
    "ui.term.also_unreadable": "; {count:#file|files} could not be read",
    # --- inspect command: how a file was understood (locate / normalize) ------------------------------
    "ui.inspect.catalog": "Catalog table {n}/{total}",
    "ui.inspect.file": "File",
    "ui.inspect.format": "Format",
    "ui.inspect.sheet": "Sheet",
    "ui.inspect.header_rows": "Header rows",
    "ui.inspect.row_one": "row {row}",
    "ui.inspect.rows_range": "rows {first}-{last}",
    "ui.inspect.title": "Title",
    "ui.inspect.no_title": "(none)",
    "ui.inspect.counts_label": "Counts",
    "ui.inspect.counts": "{level1} first-level, {level2} second-level, {items:#item|items}",
    "ui.inspect.missing_label": "Elements not found",
    "ui.inspect.columns": "Column map",
    "ui.inspect.col": "Column",
    "ui.inspect.header": "Header in the file",
    "ui.inspect.element": "Element",
    "ui.inspect.choice": "Choice",
    "ui.inspect.unmapped": "unmapped",
    "ui.inspect.first_items": "The first {n:#item|items} as read",
    "ui.inspect.no_items": "No items were read under the header",
    "ui.inspect.item_title": "Row {row}: {label}",
    "ui.inspect.value": "Value read",
    "ui.inspect.cell": "Cell",
    "ui.inspect.note": "Note",
    "ui.inspect.inherited": "taken from above",
    "ui.inspect.placeholder": "only says “{said}”: read as blank",
    "ui.inspect.bad_date": "not a readable date",
    "ui.inspect.unknown": "unknown choices: {words}",
    "ui.inspect.channels_listed": "channels listed: {listed}",
    "inspect.seen_rows": "The rows that look most like a header:",
    "inspect.seen_row": "  sheet \"{sheet}\" row {row}: {texts}",
    "inspect.no_seen_rows": "  no row in any sheet looks like a header",
    "inspect.expected": (
        "a header names at least three elements, one of them 公开事项 (or 一级/二级事项) or 公开内容, "
        "e.g. {elements}; for other column names add synonyms under headers in the rule pack"
    ),
    "usage.memory": "stopped: out of memory (over the budget of {limit} MB); raise it with --max-memory-mb if needed",
    "ui.report.omitted": (
        "{count} more {severity} findings of rule {rule} are not listed: only the first {listed} per rule "
        "and table are; raise this with --max-findings"
    ),
    "input.html_nesting": "{path}: <{tag}> elements nested more than {limit} deep; not an exported table, refused",
    # --- issue 12: standard catalogs (standard-* rules, coverage, template) ---
    "standard-coverage.missing": (
        "Standard item \"{item}\" is missing (item {no} of the {standard} standard, required at {level}): "
        "add it as {guideline} lists it"
    ),
    "standard-coverage.figure": "Held to the {standard} standard ({why_en}): {matched} of {required} items required at {level} listed",
    "standard-coverage.figure-partial": (
        "Held to the {standard} standard (built-in, partial) ({why_en}): {matched} of the {required} recorded items "
        "required at {level} listed; the standard is partial, so missing items are not reported one by one"
    ),
    "standard-coverage.unknown-domain": "The table's domain cannot be told; it was not held to a standard (use --standard)",
    "standard-coverage.no-standard": (
        "The table is of the {domain} domain, which has no built-in standard; not held to one (use --standard)"
    ),
    "standard-content.missing-elements": "公开内容 lacks elements the {standard} standard lists for \"{std_item}\": {missing}",
    "standard-timelimit.looser": (
        "公开时限 of {given} {unit_en} is looser than the {limit} {unit_en} of the {standard} standard's \"{std_item}\" "
        "(standard: {std_text})"
    ),
    "standard-fields.mode-weakened": "The {standard} standard discloses \"{std_item}\" proactively (主动); only 依申请 is ticked here",
    "standard-fields.audience-narrowed": "The {standard} standard discloses \"{std_item}\" to 全社会; only 特定群体 is ticked here",
    "standard-fields.level-unticked": "The {standard} standard marks \"{std_item}\" for {level}; {level} is not ticked here",
    "coverage.why.given": "named by --standard \"{name}\"",
    "coverage.why.given_file": "the --standard file \"{name}\"",
    "coverage.why.file": "file name contains \"{name}\"",
    "coverage.why.file_table": "the {domain} table of the --standard file \"{name}\"",
    "coverage.why.title": "title contains \"{name}\"",
    "coverage.why.sheet": "sheet name contains \"{name}\"",
    "coverage.why.items": "{matched} of {total} items match the {domain} standard",
    "coverage.why.matched": "{matched} of {total} items match the standard",
    "coverage.level.given": "--level {level}",
    "coverage.level.title": "title contains \"{name}\"",
    "coverage.level.file": "file name contains \"{name}\"",
    "coverage.level.subject": "公开主体 is \"{name}\"",
    "coverage.level.folder": "folder name contains \"{name}\"",
    "coverage.level.unknown": "level cannot be told; held to every item",
    "coverage.unleveled": "{n} of them have no level in the standard and are held at every level",
    "coverage.partial": "built-in standard is partial",
    "standard-fields.level-unknown": "level cannot be told",
    "standards.no_file": "No standard file \"{path}\" and no built-in domain of that name",
    "standards.no_table": "No catalog table found in the standard file \"{path}\"",
    "standards.bad_level": "Level \"{level}\" is not valid: write 县级 or 乡级",
    "rule.standard-coverage.summary": "Standard coverage: every item the standard requires at this level is listed",
    "rule.standard-coverage.about": (
        "Holds a table to the standard named by --standard (or the pack's standard:), else to the built-in domain\n"
        "standard told from the title, sheet name, file name and items, at the table's level (县级/乡级). Items\n"
        "match despite other wording, traditional characters, spaces, and 一级/二级 swapped or merged. Built-in\n"
        "standards are partial today: they give a coverage figure only; a named or complete standard reports each\n"
        "missing item. Local extra items are never findings."
    ),
    "rule.standard-content.summary": "Standard content: 公开内容 holds every element the standard lists for the item",
    "rule.standard-content.about": (
        "For an item matched to the standard, every element the standard lists (补贴对象, 补贴标准, 补贴结果,\n"
        "监督渠道 …) must appear in its 公开内容; the missing ones are named."
    ),
    "rule.standard-timelimit.summary": "Standard time limit: 公开时限 no looser than the standard's for the item",
    "rule.standard-timelimit.about": "For an item matched to the standard, 公开时限 (working or calendar days) is no longer than the standard's.",
    "rule.standard-fields.summary": "Standard ticks: 公开方式, 对象 and 层级 no narrower than the standard's",
    "rule.standard-fields.about": (
        "An item the standard discloses proactively is not only 依申请; one for 全社会 is not only 特定群体; a level\n"
        "the standard marks for the table's own level is ticked."
    ),
    "template.written": "Wrote the {domain} standard catalog ({level}, {items} items): {path}",
    "template.legend": (
        "Legend: ■ chosen, □ not chosen: mark the channels used with ■; tick √ in 公开对象, 公开方式 and 公开层级; "
        "fill in 公开主体 where it says 待填写"
    ),
    "template.to_fill": "待填写",
    "required-elements.to-fill": "{element} is still to fill in (left blank by the template)",
    "ui.coverage.label": "Standard",
    "ui.coverage.level": "Level",
    "ui.coverage.figure": "Coverage",
    "ui.coverage.none": "not held to a standard",
    "ui.coverage.missing": "Standard items missing",
    "ui.coverage.extra": "Items not in the standard",
    "ui.coverage.partial": " (built-in standard is partial)",
    "ui.audit.coverage": "Coverage",
    "ui.audit.most_missing": "Standard items most often missing across units",
    "usage.template_xlsx": "The template is written as an .xlsx file and never over the standard file: {path}",
    "choices.to-fill": "{element} is still to fill in: tick √ in its columns (left for the unit by the template)",
    "template.no_items": "The {domain} standard marks no item for {level}; no template written (try the other level)",
    "ui.audit.coverage_pct": "Coverage (%)",
    "ui.coverage.audit_title": "Standard coverage (standard items listed / required)",
    "ui.audit.standard": "Standard",
    "ui.audit.std_item": "Standard item",
    "rule.standard-coverage.name": "Standard items missing",
    "rule.standard-content.name": "Content thinner than the standard",
    "rule.standard-timelimit.name": "Time limit looser than the standard",
    "rule.standard-fields.name": "Ticks narrower than the standard",
}
