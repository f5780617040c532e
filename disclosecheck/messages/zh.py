"""简体中文消息目录。键为消息代码；花括号内为参数。措辞面向乡镇、部门工作人员：说清哪里有问题、怎么改。"""

MESSAGES: dict[str, str] = {
    "config.regex_nested_repeat": "规则“{rule}”的选项“{option}”的正则表达式 {given} 中，重复里又套着重复（如 (a+)+），遇到某些文字会耗时极长：请改写成不嵌套的写法，或把内层写成占有型（如 [^》]++）",
    "timelimit.too-many-workdays-pack": (
        "公开时限“{text}”为 {amount} 个工作日，超过规则包“{pack}”（{pack_file}）规定的 {max} 个工作日"
        "（《中华人民共和国政府信息公开条例》第二十六条为 {statutory} 个工作日）：请按本地要求缩短时限"
    ),
    "rule.no-items.name": "目录无事项",
    "rule.required-columns.name": "缺少必备列",
    "rule.required-elements.name": "要素未填写",
    "rule.choices.name": "对象/方式/层级勾选",
    "rule.channels.name": "公开渠道和载体",
    "rule.legal-basis.name": "公开依据",
    "rule.duplicate-items.name": "事项重复",
    "rule.timelimit.name": "公开时限",
    "rule.publish-timeliness.name": "公开是否及时",
    "rule.update-freshness.name": "是否按时更新",
    "rule.workdays-approximate.name": "工作日推算",
    "rule.no-items.legal": "《中华人民共和国政府信息公开条例》第二十条、第二十一条（应当主动公开的政府信息）；《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）：基层政府按领域编制政务公开事项标准目录。",
    "rule.required-columns.legal": "国办发〔2019〕54号及26个试点领域基层政务公开标准指引：标准目录的各项要素；《中华人民共和国政府信息公开条例》第二十六条（公开时限）、第二十四条（公开渠道）。",
    "rule.required-elements.legal": "国办发〔2019〕54号：标准目录逐项写明公开事项、公开内容、公开依据、公开时限、公开主体、公开方式等；《中华人民共和国政府信息公开条例》第十条（谁制作、谁保存，谁公开）。",
    "rule.choices.legal": "国办发〔2019〕54号及各领域标准指引（每个事项都要写明公开对象、公开方式、公开层级）；《中华人民共和国政府信息公开条例》第十九条、第二十七条（主动公开与依申请公开），第十四条至第十六条（不予公开的情形）。",
    "rule.channels.legal": "《中华人民共和国政府信息公开条例》第二十三条、第二十四条、第二十五条（政府网站、政府公报、新闻发布会、报刊、广播、电视，政务服务场所及公共查阅室、资料索取点、信息公告栏等公开渠道）；国办发〔2019〕54号（每个事项都要写明公开渠道和载体）。",
    "rule.legal-basis.legal": "国办发〔2019〕54号（每个事项都要写明公开依据）；《中华人民共和国政府信息公开条例》第二十条（法定主动公开的内容）；各领域标准指引按文件名称写明每个事项的依据。",
    "rule.duplicate-items.legal": "国办发〔2019〕54号（目录准确并动态更新）；《中华人民共和国政府信息公开条例》第六条（公开的政府信息应当准确）。",
    "rule.timelimit.legal": "《中华人民共和国政府信息公开条例》第二十六条（自信息形成或者变更之日起20个工作日内公开，法律、法规另有规定的除外），第四十九条（年度报告：部门1月31日前、县级以上人民政府3月31日前）；国办发〔2019〕54号（每个事项都要写明公开时限）。",
    "rule.publish-timeliness.legal": "《中华人民共和国政府信息公开条例》第二十六条（自形成或者变更之日起20个工作日内公开，法律、法规另有规定的除外）；目录自定的时限更严的，按目录的时限。",
    "rule.update-freshness.legal": "国办发〔2019〕54号（目录动态更新）；《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）：应更新而未更新的栏目、未标注日期的信息，均视为未更新；《中华人民共和国政府信息公开条例》第二十六条（信息变更后20个工作日内重新公开）。",
    "rule.workdays-approximate.legal": "《全国年节及纪念日放假办法》及国务院办公厅每年的部分节假日安排通知：条例第二十六条所说的工作日据此确定。",
    "usage.cli.no_such_option": "命令行里没有“{option}”这个选项{hint}",
    "usage.cli.did_you_mean": "（是不是 {options}？）",
    "usage.cli.no_such_command": "没有“{name}”这个命令{hint}",
    "usage.cli.missing": "命令行缺少 {param}",
    "usage.cli.bad_choice": "选项 {param} 的取值不对：应为 {choices} 之一",
    "usage.cli.bad_value": "选项 {param} 的取值不对（{reason}）",
    "usage.cli.other": "命令行写法有误（{reason}）",
    "usage.cli.help": "。查看用法：{command} --help",
    "suffix.column_hint": "。第 {hint_col} 列“{hint_header}”{by}像是“{element}”列；如果是，请把表头改为“{element}”，或在规则包 disclosecheck.yaml 中写 headers: {{{hint_header}: {element}}}",
    "suffix.hint_by.header": "从列名看",
    "suffix.hint_by.values": "从所填内容看",
    "suffix.same_as": "（本格填“同上”，内容取自 {cell}，请一并修改）",
    "suffix.placeholder": "（本格只写了“{placeholder}”，这不算填写）",
    "suffix.same_as_nothing": "（本格填“同上”，但上面没有可以照抄的事项，等于没有填写）",
    # --- 读取文件 -----------------------------------------------------------------------------------
    "input.not_found": "{path}：文件不存在，请检查路径是否写对",
    "input.is_directory": "{path}：这是一个文件夹，不是目录文件；检查整个文件夹请用 disclosecheck audit",
    "input.empty": "{path}：文件是空的（0 字节），请重新导出或另存后再检查",
    "input.unreadable": "{path}：没有读取权限，无法打开：{reason}",
    "input.symlink_loop": "{path}：符号链接指向自身或形成循环，找不到实际文件",
    "input.name_too_long": "{path}：文件名或路径太长，系统无法打开；请改短文件名或移到较浅的文件夹",
    "input.vanished": "{path}：检查过程中文件被删除或移走了",
    "input.unknown_format": "{path}：无法识别的文件格式，请另存为 .xlsx、.xls、.ods 或 .csv 后再检查",
    "input.not_a_table.text": "{path}：不是目录表格（是说明、笔记或程序一类的文本文件，各行没有统一的分隔符），没有检查",
    "input.not_a_table.pdf": "{path}：不是目录表格（是 PDF 文件），没有检查；请检查原始的 Excel 或 WPS 表格文件",
    "input.not_a_table.word": "{path}：不是目录表格（是 Word 文档），没有检查；目录在 Word 表格里的，请复制到 Excel 或 WPS 表格另存为 .xlsx 后再检查",
    "input.not_a_table.presentation": "{path}：不是目录表格（是 PowerPoint 演示文稿），没有检查",
    "input.not_a_table.image": "{path}：不是目录表格（是图片），没有检查；请检查原始的 Excel 或 WPS 表格文件",
    "input.corrupt": "{path}：文件已损坏或不完整，无法读取（{reason}）；请用 Excel 或 WPS 打开后重新保存",
    "input.truncated": "{path}：文件不完整（可能下载或复制时中断），请重新获取原文件",
    "input.encrypted": "{path}：文件设有打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存，再检查",
    "input.no_catalog": "{path}：没有找到政务公开标准目录表格（未发现含“公开事项”“公开内容”等列的表头）",
    "input.no_sheet": "{path}：没有名为“{sheet}”的工作表；现有工作表：{sheets}",
    "input.decode": "{path}：无法识别文本编码，请另存为 UTF-8 或 GBK 编码的 CSV",
    "input.limit": "{path}：超出安全限制：{what}为 {actual}，上限为 {limit}；如确需检查，请用 {option} 调高上限",
    "input.timeout": "{path}：检查超时（超过 {seconds} 秒）已停止，文件可能过大或异常；如确需检查，请用 --timeout 调高时限",
    "input.memory": "{path}：检查时内存不足已停止，文件可能过大或异常；如确需检查，请用 --max-memory-mb 调高上限",
    "input.read_memory": "{path}：文件结构异常，读取时超出内存上限（{limit} MB）；如确需检查，请用 {option} 调高上限",
    "input.memory_limit": "{path}：检查时超出内存上限（{limit} MB）已停止，文件可能过大或异常；如确需检查，请用 {option} 调高上限",
    "input.crashed": "{path}：检查时出现内部错误（{reason}），请用 --debug 查看详情并反馈",
    # --- 读取文件：安全限制的名称与读取细节（read 模块） ---
    "limit.rows": "“{sheet}”的行数",
    "limit.cols": "“{sheet}”的列数",
    "limit.cell_chars": "“{sheet}”中 {cell} 单元格的字符数",
    "limit.file_mb": "文件大小（MB）",
    "limit.unzipped_mb": "解压后的大小（MB）",
    "limit.cells": "“{sheet}”的单元格数（行数×列数，从 A1 算起）",
    "limit.workbook_cells": "全部工作表合计的单元格数（读到“{sheet}”时）",
    # --- 读取文件：拒绝恶意文件的原因（read/guard 模块） ---
    "guard.xml_entities": "“{part}”含有 XML 实体声明，可能是恶意文件",
    "guard.zip_ratio": "“{part}”的压缩比高达 {ratio}:1，可能是“压缩炸弹”恶意文件",
    "guard.too_many_parts": "压缩包内有 {count} 个部件，超过 {limit} 个，可能是恶意文件",
    "guard.string_count": "“{part}”声称有 {count} 个共享字符串，实际只有 {actual} 个，可能是恶意文件",
    # --- 操作系统给出的原因（errors.OsReason），按 errno ---
    "oserror.ENOENT": "文件或文件夹不存在",
    "oserror.EACCES": "没有权限",
    "oserror.EPERM": "不允许这样操作",
    "oserror.ENOSPC": "磁盘已满",
    "oserror.EDQUOT": "磁盘配额已用完",
    "oserror.EROFS": "只读的文件系统",
    "oserror.EISDIR": "这是一个文件夹",
    "oserror.ENOTDIR": "路径中有一段不是文件夹",
    "oserror.ENAMETOOLONG": "文件名太长",
    "oserror.ELOOP": "符号链接形成循环",
    "oserror.EIO": "读写设备出错",
    "oserror.EBUSY": "文件正被占用",
    "oserror.EMFILE": "同时打开的文件太多",
    "oserror.EFBIG": "文件太大",
    "oserror.ENXIO": "设备不存在",
    "oserror.ETXTBSY": "文件正被占用",
    "oserror.not_regular": "不是普通文件（可能是管道或设备）",
    # --- 规则包 -------------------------------------------------------------------------------------
    "config.yaml": "YAML 格式错误：{reason}",
    "config.not_found": "找不到规则包“{name}”；内置规则包有：{available}",
    "config.unknown_key": "未知的配置项“{key}”；可用的有：{expected}",
    "config.unknown_rule": "未知的规则“{rule}”；可用 disclosecheck rules list 查看所有规则",
    "config.invalid": "{reason}",
    "config.cycle": "规则包相互继承形成循环：{chain}",
    # --- 规则包：逐项校验与 rules 命令（pack 模块） ---
    "config.unknown_rule_hint": (
        "未知的规则“{rule}”，是不是“{suggestion}”？"
        "可用 disclosecheck rules list 查看所有规则"),
    "config.is_directory": "“{name}”是文件夹，不是规则包文件；请指定一个 .yaml 文件",
    "config.unreadable": "无法读取规则包文件：{reason}",
    "config.encoding": "无法识别规则包文件的文字编码，请用记事本或 WPS 另存为 UTF-8 编码",
    "config.too_large": "规则包文件超过 {limit} KB，太大了；规则包一般只有几 KB，请检查是否选错了文件",
    "config.not_regular": "这不是普通文件（可能是管道或设备），不能作为规则包读取；请指定一个 .yaml 文件",
    "config.too_deep": "规则包文件嵌套超过 {limit} 层，请写成普通的逐项设置",
    "config.recursive_alias": "别名 *{anchor} 引用了包含它自己的内容（&{anchor}），无法展开；请把设置直接写出来",
    "config.complex_key": "配置项的名称必须是一段文字，不能是列表或映射（如 ? [a, b]）",
    "config.extends_not_pack": "extends 指向的“{name}”不是规则包文件：规则包应为 .yaml 或 .yml 文件",
    "config.regex_too_long": "规则“{rule}”的选项“{option}”中的正则表达式超过 {limit} 个字符，请写短一些",
    "config.regex_repeat": "规则“{rule}”的选项“{option}”中的正则表达式重复次数 {{{count}}} 超过上限 {limit}",
    "config.regex_nesting": "规则“{rule}”的选项“{option}”中的正则表达式括号嵌套超过 {limit} 层",
    "config.too_complex": "规则包文件过大，或嵌套、引用（&、*）过多，请写成普通的逐项设置",
    "config.top_not_mapping": "这不是规则包文件：规则包由“配置项: 值”组成（例如 name: 某县规则），请检查是否选错了文件",
    "config.more_errors": "……另有 {count} 处问题未列出：请先改正上面的问题",
    "config.not_a_pack": "这不是规则包文件：其中没有一个规则包的配置项（可用的有：{expected}），请检查是否选错了文件",
    "config.bad_value": "“{key}”的取值 {given} 不对：应为{expected}",
    "config.bad_date": "“{key}”中的 {given} 不是有效日期；请写成 YYYY-MM-DD，例如 2027-01-01",
    "config.date_conflict": "{date} 同时写在 holidays（放假）和 workdays（调休上班）中，请只保留一处",
    "config.unknown_element": "表头“{header}”对应的要素 {given} 不存在；可用的要素有：{expected}",
    "config.bad_rule_setting": (
        "规则“{rule}”的设置 {given} 不对：可写 disable（停用）、enable（启用）、"
        "级别（error、warning、info），或逐行写选项"),
    "config.bad_severity": (
        "规则“{rule}”的级别 {given} 不对："
        "应为 error（错误）、warning（警告）或 info（提示）"),
    "config.unknown_option": "规则“{rule}”没有选项“{option}”；可用的选项有：{expected}",
    "config.bad_option": "规则“{rule}”的选项“{option}”取值 {given} 不对：应为{expected}",
    "config.option_invalid": "规则“{rule}”的选项“{option}”取值 {given} 不对：{reason}",
    "config.rule_invalid": "规则“{rule}”的选项设置不对：{reason}",
    "config.missing_option": "规则“{rule}”缺少必填的选项“{option}”",
    "config.bad_regex": "规则“{rule}”的选项“{option}”中 {given} 不是有效的正则表达式：{reason}",
    "config.expect.int": "整数",
    "config.expect.number": "数字",
    "config.expect.bool": "true（是）或 false（否）",
    "config.expect.text": "文字",
    "config.expect.list": "列表（每项一行，以“- ”开头，或写成 [甲, 乙]）",
    "config.expect.mapping": "映射（每项一行，写成“名称: 值”）",
    "config.expect.date": "日期（YYYY-MM-DD）",
    "config.expect.null": "空值（null）",
    "config.expect.either": "{first}或{second}",
    "config.expect.list_of": "{item}的列表",
    "config.expect.mapping_of": "“{key}: {value}”的映射",
    "config.expect.one_of": "以下之一：{choices}",
    "config.expect.ge": "不小于 {limit} 的数",
    "config.expect.gt": "大于 {limit} 的数",
    "config.expect.le": "不大于 {limit} 的数",
    "config.expect.lt": "小于 {limit} 的数",
    "config.expect.min_length": "至少 {limit} 项（或 {limit} 个字）",
    "config.expect.max_length": "至多 {limit} 项（或 {limit} 个字）",
    "config.expect.other": "符合要求的值（{reason}）",
    "rules.unknown_id": "没有规则“{rule}”；可用 disclosecheck rules list 查看所有规则",
    "rules.unknown_id_hint": "没有规则“{rule}”；是不是“{suggestion}”？可用 disclosecheck rules show {suggestion} 查看",
    "rules.valid": "OK: {name}（启用 {count} 条规则）",
    "rules.pack": "规则包：{name}　{title}",
    "rules.pack_source": "文件：{source}",
    "rules.pack_extends": "继承：{chain}",
    "rules.col_id": "规则",
    "rules.col_default": "默认级别",
    "rules.col_severity": "本包级别",
    "rules.col_enabled": "启用",
    "rules.col_summary": "检查什么",
    "rules.yes": "是",
    "rules.no": "否",
    "rules.none": "（尚未登记任何规则）",
    "rules.builtin": "内置规则包：",
    "rules.builtin_none": "（没有找到内置规则包）",
    "rules.severity.error": "错误",
    "rules.severity.warning": "警告",
    "rules.severity.info": "提示",
    "rules.show_title": "规则 {rule}（默认级别：{severity}）",
    "rules.show_checks": "检查什么",
    "rules.show_options": "选项（可在规则包 rules: 下设置）",
    "rules.show_no_options": "（本规则没有选项）",
    "rules.show_option": "{name}：{type}，默认 {default}",
    "rules.show_anti": "不合格的写法（Anti-pattern）",
    "rules.show_best": "合格的写法（Best practice）",
    "rules.show_legal": "依据（Legal basis）",
    "rules.show_missing": "（未写明）",
    "rules.domains_title": "内置领域标准目录（rules/domains/）：",
    "rules.domains_none": "（没有找到内置领域标准目录）",
    "rules.domains_col_domain": "领域",
    "rules.domains_col_level1": "一级事项",
    "rules.domains_col_level2": "二级事项",
    "rules.domains_col_complete": "完整",
    "rules.domains_col_guideline": "指引",
    "rules.domains_col_basis": "来源",
    "rules.domains_complete": "完整",
    "rules.domains_partial": "部分",
    "rules.domains_no_guideline": "未确认",
    "rules.domains_basis": "由 {sources} 份已发布的地方目录整理（各事项逐项一致）",
    "rules.domains_basis_columns": "由 {sources} 份已发布的地方目录整理（固定各列一致，每个二级事项只见于其中一份）",
    "rules.domains_footer": "共 {count} 个领域，{complete} 个完整。“部分”表示所见来源只显示了目录的前几行，缺什么写在各文件的 missing 中；事项由已发布的地方目录整理，不是指引原文。",
    "standards.invalid": "领域标准目录写错了：{where}：{problem}",
    "standards.unknown": "没有内置领域标准目录“{name}”；可用的有：{available}",
    "standards.problem.not_mapping": "应是一个映射（键: 值）",
    "standards.problem.unknown_keys": "不认识的键 {keys}；可用的键：{allowed}",
    "standards.problem.missing_key": "必须填写",
    "standards.problem.not_text": "应是一段非空的文字",
    "standards.problem.not_list": "应是一个列表",
    "standards.problem.empty_list": "应是一个非空的列表",
    "standards.problem.not_bool": "应是 true 或 false",
    "standards.problem.not_number": "应是正整数",
    "standards.problem.not_ascending": "序号 {no} 应大于前一项的 {before}",
    "standards.problem.not_url": "“{value}”不是 http(s) 网址",
    "standards.problem.duplicate_id": "来源编号 {id} 重复",
    "standards.problem.unknown_source": "没有登记的来源：{ids}",
    "standards.problem.unused_sources": "登记了但没有事项用到的来源：{ids}",
    "standards.problem.bad_choice": "“{value}”不可用或重复；只能是：{allowed}",
    "standards.problem.domain_not_file": "领域“{domain}”应与文件名“{stem}”一致",
    "standards.problem.complete_gaps": "complete: true 时事项序号应从 1 连续编到最后一项",
    "standards.problem.complete_missing": "complete: true 时 missing 应为空",
    "standards.problem.merged_names": "merged: true 时一级事项与二级事项应相同（合并单元格里只有一个名称）",
    # --- 检查规则（checks 模块）：每条规则发现的问题 -------------------------------------------------
    "no-items.empty": "目录表格只有表头、没有任何事项：请在表头下逐行填写公开事项",
    "required-columns.missing": "缺少“{element}”列：标准目录必须有这一列，请在表头中补上并逐项填写",
    "required-columns.missing-optional": (
        "没有“{element}”列：只在本级公开的目录（如乡镇目录）可以不设；涉及多个层级的，请补上该列"
    ),
    "required-elements.missing": "“{element}”未填写：请补填本事项的{element}",
    "required-elements.missing-level1": (
        "一级事项未填写：请写明本事项所属的一级事项（如“办事指南”“行政处罚”）"
    ),
    "required-elements.missing-level2": "二级事项未填写：请写明具体的二级事项名称",
    "required-elements.missing-item": "公开事项未填写：请写明具体的公开事项名称",
    "required-elements.missing-content": "公开内容未填写：请列出本事项要公开的具体内容（要素）",
    "required-elements.missing-subject": "公开主体未填写：请写明负责公开该事项的单位",
    "choices.none": "{element}一项也没有勾选：请在“{allowed}”中至少勾选一项",
    "choices.not-allowed": "{element}填写的“{value}”不是规定的选项：请从“{allowed}”中选择",
    "choices.not-disclosed": (
        "公开方式填的是“不公开”：不公开的信息不应列入公开目录，请删除该事项，或改为“主动”或“依申请”"
    ),
    "channels.blank": "公开渠道和载体未填写：请写明通过哪些渠道公开（如政府网站、公开查阅点）",
    "channels.none-chosen": (
        "公开渠道和载体没有选中任何渠道（{listed}）：请把实际使用的渠道前的“□”改为“■”，或直接写明渠道名称"
    ),
    "legal-basis.blank": "公开依据未填写：请写明要求公开该事项的法律、法规或文件，如{example}",
    "legal-basis.no-document": (
        "公开依据“{text}”没有写明具体文件：请写出法律、法规或文件的全称并加书名号，如{example}"
    ),
    "duplicate-items.duplicate": (
        "事项“{label}”与第 {first_row} 行重复：请删除重复的一行，或修改事项名称加以区分"
    ),
    "timelimit.blank": "公开时限未填写：请写明时限，如“信息形成或者变更之日起20个工作日内”",
    "timelimit.unknown": (
        "公开时限“{text}”无法识别：请按“信息形成或者变更之日起20个工作日内”“每季度更新”“长期公开”等写法填写"
    ),
    "timelimit.vague": "公开时限“{text}”过于笼统，无法判断是否按时公开：请写明具体时限，如“20个工作日内”",
    "timelimit.too-many-workdays": (
        "公开时限“{text}”为 {amount} 个工作日，"
        "超过《中华人民共和国政府信息公开条例》第二十六条规定的 {max} 个工作日："
        "请缩短时限；如有法律法规另有规定，请在公开依据中写明"
    ),
    "timelimit.too-many-days": (
        "公开时限“{text}”是 {amount} 个自然日，遇到节假日可能超过法定的 {workdays} 个工作日"
        "（自然日超过 {max} 天就可能超出）：请改为“{workdays}个工作日内”或更短"
    ),
    "timelimit.after-annual-report-deadline": (
        "公开时限“{text}”即每年 {month} 月 {day} 日前，晚于《中华人民共和国政府信息公开条例》第四十九条的规定"
        "（政府信息公开工作年度报告：部门每年 1 月 31 日前、县级以上人民政府每年 3 月 31 日前公布）："
        "请改为“每年{max_month}月{max_day}日前”"
    ),
    "publish-timeliness.late": (
        "公开不及时：信息 {formed} 形成，{published} 才公开，用了 {taken} 个工作日，超过公开时限（{limit} "
        "个工作日）"
    ),
    "publish-timeliness.late-statutory": (
        "公开不及时：信息 {formed} 形成，{published} 才公开，用了 {taken} 个工作日，"
        "超过《中华人民共和国政府信息公开条例》第二十六条规定的 {limit} 个工作日"
    ),
    "publish-timeliness.late-days": (
        "公开不及时：信息 {formed} 形成，{published} 才公开，用了 {taken} 天，超过公开时限（{limit} 天）"
    ),
    "publish-timeliness.late-deadline": (
        "公开不及时：信息 {formed} 形成，{published} 才公开，晚于公开时限规定的截止日期 {due}"
    ),
    "publish-timeliness.future": "公开日期 {date} 晚于检查日期 {as_of}：日期可能填错了，请核对",
    "publish-timeliness.before-formed": (
        "公开日期 {published} 早于信息形成日期 {formed}：至少有一个日期填错了，请核对"
    ),
    "publish-timeliness.bad-date": "{element}“{text}”不是有效日期：请写成 2026-10-09 这样的格式",
    "update-freshness.stale": (
        "已有 {days} 天未更新（最近更新日期 {updated}），按公开时限应在 {limit} 天内更新一次："
        "请及时更新内容并修改最近更新日期"
    ),
    "update-freshness.no-date": (
        "最近更新日期未填写，按检查指标视为未更新：请填写该事项最近一次更新的日期（应在 {limit} 天内更新）"
    ),
    "update-freshness.future": "最近更新日期 {date} 晚于检查日期 {as_of}：日期可能填错了，请核对",
    "update-freshness.bad-date": "最近更新日期“{text}”不是有效日期：请写成 2026-10-09 这样的格式",
    "workdays-approximate.years": (
        "本工具收录的国家法定节假日安排不含 {years} 年（已收录至 {last_known} 年）："
        "这些年份的工作日按周一至周五、扣除规则包列出的节假日计算，相关时限结论仅供参考；可在规则包的 "
        "holidays 和 workdays 中补充当年的放假和调休日期"
    ),
    # --- 检查规则（checks 模块）：公开时限已过仍未公开、待公开 ---
    "publish-timeliness.overdue": (
        "逾期未公开：信息 {formed} 形成，应在 {due} 前公开，到检查日期 {as_of} 仍未公开（公开日期空白）："
        "请尽快公开，并在公开日期中填写实际公开的日期；如已公开，请补填公开日期"
    ),
    "publish-timeliness.pending": (
        "待公开：信息 {formed} 形成，尚未公开，截止 {due}（含当日）；公开后请在公开日期中填写实际公开的日期"
    ),
    "workdays-approximate.implausible": (
        "日期涉及 {odd} 年，明显不合常理，多半是日期填错了（如把 2019 写成 0219）：请核对信息形成日期、"
        "公开日期等日期列；涉及的 {years} 年的工作日只能按周一至周五推算"
        "（法定节假日安排收录至 {last_known} 年）"
    ),
    # --- 规则包：检查规则选项的校验（checks 模块的 Options）---
    "option.unknown_elements": "没有要素“{unknown}”；可用的要素有：{expected}",
    "option.owned_elsewhere": (
        "{taken} 的空白由括号中的规则报告，这里再写会重复报告：请从 required-elements 的 elements 中删去"
    ),
    "option.not_choice_elements": "“{wrong}”不是勾选类要素；这里只能写：{expected}",
    "option.not_disclosed_mode": (
        "“不公开”不是公开方式：不公开的事项不应列入公开目录，请从公开方式的选项中删去"
    ),
    # --- 规则说明（rules list / rules show）：每条规则检查什么 ---
    "rule.no-items.summary": "目录表格不能只有表头、没有事项",
    "rule.no-items.about": (
        "表头下面一条事项也没有，通常是没有填写的模板，或者事项被粘贴到了别的工作表。\n"
        "空目录等于什么也没有公开，所以是错误；针对整张表报告一次。"
    ),
    "rule.required-columns.summary": "标准目录必须具备的各列",
    "rule.required-columns.about": (
        "各领域基层政务公开标准指引规定了目录的要素：公开事项（一级事项和二级事项，或单独一列公开事项）、\n"
        "公开内容、公开依据、公开时限、公开主体、公开渠道和载体、公开对象、公开方式、公开层级。\n"
        "缺少某一列，等于每个事项都缺这一要素，所以针对整张表报告一次。\n"
        "乡镇目录只在本级公开，常不设“公开层级”列，默认只给警告（选项 warn_only）。"
    ),
    "rule.required-elements.summary": "每个事项都要填写事项名称、公开内容和公开主体",
    "rule.required-elements.about": (
        "表中有这一列、但某一行空着（合并单元格和“同上”已按上方的值补齐），群众就看不出公开什么、由谁公开。\n"
        "公开依据、公开时限、公开渠道和载体、公开对象/方式/层级、公开日期、最近更新日期的空白\n"
        "由各自的规则报告，不在这里重复报告，所以选项 elements 中不能写这些要素。\n"
        "整列缺失由 required-columns 报告。"
    ),
    "rule.choices.summary": "公开对象、公开方式、公开层级：每组至少勾选一项，且只能是规定的选项",
    "rule.choices.about": (
        "这三组各自至少要勾选（或写明）一项，否则说不清向谁公开、怎样公开、在哪一级公开。\n"
        "写了规定以外的词，多半是笔误或填错了列。特定群众、依申请公开、镇级等常见写法\n"
        "在读取时已统一为标准写法。“不公开”不是公开方式：不公开的信息不应列入公开目录。"
    ),
    "rule.channels.summary": "公开渠道和载体：每个事项至少选中一个渠道",
    "rule.channels.about": (
        "空白，或者全是“□”、没有一个“■”，群众就不知道到哪里查看。\n"
        "文件转换后“■”常变成 t 或 þ、“□”变成“口”，读取时已能识别。整列缺失由 required-columns 报告。"
    ),
    "rule.legal-basis.summary": "公开依据：每个事项都要写明要求公开的法律、法规或文件",
    "rule.legal-basis.about": (
        "公开依据空白是错误：目录必须说明为什么公开。\n"
        "只写“相关法律法规”“上级文件”、没有用书名号写明任何文件的，无从查证，给警告：\n"
        "请写出文件全称并加书名号，最好写到具体条款，如《城市绿化条例》第二十六条。\n"
        "提示中的示例取自本目录所属领域（按标题、工作表名、文件名判断）常引用的文件；判断不出领域的，\n"
        "只给“《……条例》（国务院令第×号）”这样的格式。"
    ),
    "rule.duplicate-items.summary": "同一事项不能在目录中出现两次",
    "rule.duplicate-items.about": (
        "一级事项和二级事项（或公开事项）都相同（不计空格）的两行，通常是重复粘贴，或新旧两个版本并存，\n"
        "考核时会视为目录没有及时维护。后出现的一行报错，并指出第一次出现在第几行。\n"
        "因合并单元格或“同上”沿用上方事项名称、只是公开内容不同的行，是同一事项的续行，\n"
        "公开内容也相同时才算重复。"
    ),
    "rule.timelimit.summary": "公开时限：必须填写、写得明确，且不超过法定的 20 个工作日",
    "rule.timelimit.about": (
        "条例第二十六条：主动公开的信息，应自形成或者变更之日起 20 个工作日内公开，法律法规另有规定的除外。\n"
        "空白是错误；无法识别或过于笼统（尽快、按规定、适时）是警告。\n"
        "超过 max_workdays 个工作日是错误；“公示7个工作日”是公示期的长短，不算公开时限。\n"
        "按自然日写的时限超过 26 天（20 个工作日最少也跨 26 个自然日）就可能超出法定时限，是错误。\n"
        "写成“招生工作开始前”“每年1月31日前”“年度终了后3个月内”的是截止日期，不按 20 个工作日计算；\n"
        "政府信息公开工作年度报告的截止日期晚于条例第四十九条（部门1月31日前、政府3月31日前）的，是错误。"
    ),
    "rule.publish-timeliness.summary": "按信息形成日期和公开日期，检查是否在公开时限内公开",
    "rule.publish-timeliness.about": (
        "有“信息形成日期”“公开日期”列时，按国家法定节假日和调休计算工作日。时限用该事项自己的公开时限\n"
        "（先看工作日，其次自然日；“公示7个工作日”等公示期不算时限），\n"
        "没有写明的按条例第二十六条的 20 个工作日。\n"
        "已形成、过了时限仍未公开（公开日期空白）是错误，这是最要紧的问题；\n"
        "还在时限内的给提示，写明截止日期（选项 pending: false 可关闭这类提示）。\n"
        "公开晚于时限、公开日期晚于检查日期或早于信息形成日期、日期无法识别，都是错误。\n"
        "公开时限是“每年1月31日前”这类日期的，截止日为信息形成后的第一个该日期；“招生工作开始前”这类\n"
        "以事件为准的无法计算，不判断。只能依申请公开（公开方式只勾了依申请）的事项，公开日期空白不算逾期。"
    ),
    "rule.update-freshness.summary": "按公开时限规定的周期，检查是否及时更新（最近更新日期）",
    "rule.update-freshness.about": (
        "有“最近更新日期”列时，公开时限为每年、每半年、每季度、每月、每周更新的，应在相应天数内更新过；\n"
        "长期公开（动态调整）的按 365 天算，从最近更新日期数到检查日期。\n"
        "最近更新日期空白视为未更新（国办秘函〔2019〕19号）。超期或空白默认给警告；\n"
        "日期晚于检查日期或无法识别是错误。"
    ),
    "rule.workdays-approximate.summary": "提示哪些年份的工作日只能按周一至周五推算",
    "rule.workdays-approximate.about": (
        "工作日以国务院每年公布的放假和调休安排为准。本工具没有收录的年份，只能按周一至周五、\n"
        "扣除规则包中列出的节假日推算，节假日前后的时限结论可能差几天。\n"
        "本规则在其他规则之后运行，针对整个文件提示一次；在规则包的 holidays、workdays 中补上当年的\n"
        "放假和调休日期，即可准确计算。1949 年以前或检查日期十年以后的年份不合常理，会提示多半是日期填错了。"
    ),
    # --- 命令行 -------------------------------------------------------------------------------------
    "usage.bad_date": "日期“{value}”格式不对，请写成 YYYY-MM-DD，例如 2026-11-22",
    "usage.output_is_input": "输出文件 {path} 与输入文件相同，为保护原文件已拒绝写入；请换一个输出路径",
    "usage.output_extension": (
        "输出文件 {path} 的扩展名 {ext} 与报告格式 {format} 不符：{format} 格式写出的是 {expected} 文件；"
        "请改名为 {suggestion}，或改用 --format {fits}"
    ),
    "usage.output_extension_none": (
        "输出文件 {path} 的扩展名 {ext} 与报告格式 {format} 不符：本工具不写 {ext} 文件，{format} 格式写出的是 "
        "{expected} 文件；请改名为 {suggestion}"
    ),
    "usage.output_needed": "{format} 格式需要用 --output 指定输出文件",
    "usage.one_file": "{format} 格式一次只能检查一个文件",
    "usage.interrupted": "已中断，未写入任何输出文件",
    "usage.cannot_write": "无法写入输出文件 {path}（{reason}）：请检查文件夹是否存在、可写，磁盘是否已满",
    "usage.cannot_write_stdout": "无法输出检查报告（{reason}）：请检查磁盘是否已满，或改用 --output 写入文件",
    "usage.stdout_closed": "接收报告的程序已关闭",
    # CI formats, --statistics, --quiet, ignores, diff (issue 13)
    "config.ignore_not_list": "ignore 应为条目的列表（每条写 rule、item、reason），实际为 {given}",
    "config.ignore_not_mapping": "ignore 的每一条应写成 rule: …、item: …、reason: … 的形式，实际为 {given}",
    "config.ignore_missing": "ignore 条目的“{key}”没有写或写得不对（{given}）：rule、item 和 reason（为什么可以不改）都必须写明文字",
    "config.toml": "pyproject.toml 格式错误：{reason}",
    "config.no_tool_table": "没有 [tool.disclosecheck] 配置节",
    "ignore.unused": "提示：忽略条目（规则 {rule}，事项 {item}）没有匹配任何问题，可以删除（原因：{reason}）",
    "ui.diff.title": "比较 {old}（工作表 {old_sheet}）→ {new}（工作表 {new_sheet}）",
    "ui.diff.summary": "新增 {added}，删除 {removed}，改名 {renamed}，修改 {changed}，未变 {unchanged}",
    "ui.diff.columns_added": "新增的列：{columns}",
    "ui.diff.columns_removed": "删除的列：{columns}",
    "ui.diff.same": "两个版本的事项完全相同",
    "ui.diff.row": "第 {row} 行",
    "ui.diff.rows_moved": "第 {old} → {new} 行",
    "ui.diff.added": "新增",
    "ui.diff.removed": "删除",
    "ui.diff.renamed": "改名",
    "ui.diff.changed": "修改",
    "ui.diff.renamed_line": "{kind}：{old} → {new}（名称相似度 {similarity}%）",
    "ui.diff.col_kind": "改动",
    "ui.diff.col_row": "行",
    "ui.diff.col_item": "事项",
    "ui.diff.col_element": "要素",
    "ui.diff.col_old": "原来",
    "ui.diff.col_new": "现在",
    "usage.since_one_file": "--since 一次只能比较一个文件：请分别检查每个文件",
    "ui.ci.stats_none": "没有发现问题",
    "ui.ci.stats_rule": "规则",
    "ui.ci.stats_total": "合计",
    "ui.ci.stats_all": "全部规则",
    "baseline.not_found": "文件不存在",
    "baseline.not_regular": "不是普通文件，可能是文件夹、管道或设备",
    "baseline.unreadable": "无法读取：{reason}",
    "baseline.too_large": "文件超过 {limit} MB",
    "baseline.encoding": "不是 UTF-8 编码的文本",
    "baseline.json": "不是有效的 JSON，第 {line} 行第 {column} 列有误",
    "baseline.json_value": "不是有效的 JSON，其中有过长的数字",
    "baseline.too_deep": "JSON 嵌套层数过多",
    "baseline.top": "最外层",
    "baseline.or": "或",
    "baseline.type.string": "文字",
    "baseline.type.integer": "整数",
    "baseline.type.number": "数字",
    "baseline.type.array": "列表",
    "baseline.type.object": "对象（键值对）",
    "baseline.type.null": "null",
    "baseline.type.boolean": "true 或 false",
    "baseline.schema.type": "不是 disclosecheck 的 JSON 报告：{where} 应为{expected}",
    "baseline.schema.choice": "不是 disclosecheck 的 JSON 报告：{where} 应为 {expected}",
    "baseline.schema.missing": "不是 disclosecheck 的 JSON 报告：{where} 缺少“{key}”",
    "baseline.schema.unknown": "不是 disclosecheck 的 JSON 报告：{where} 有未知的键“{key}”",
    "baseline.schema.value": "不是 disclosecheck 的 JSON 报告：{where} 的值不符合格式",
    "usage.bad_baseline": "基线文件 {path} 无法使用（{reason}）：请用 check --format json --output 基线文件 重新生成",
    "ui.term.baselined": "已按基线 {path} 略去 {count} 个已知问题，只报告新出现的问题",
    # --- 全县批量检查（audit 命令）------------------------------------------------------------------
    "usage.bad_regex": "--unit-from 的正则表达式“{value}”写得不对：{reason}",
    "usage.no_files": "在 {paths} 中没有找到目录文件（.xlsx .xlsm .xls .ods .csv .htm .html），请检查路径",
    "usage.no_files_only_others": (
        "在 {paths} 中没有找到目录文件（.xlsx .xlsm .xls .ods .csv .htm .html）；找到的 {count} 个文件都不是"
        "目录表格：{others}。请让报送单位提交 Excel、WPS 表格或 CSV 格式的目录"
    ),
    "ui.audit.title": "政务公开标准目录批量检查　规则包：{rules}　检查日期：{as_of}",
    "ui.audit.ranking": "各单位合规情况（由差到好）",
    "ui.audit.rank": "排名",
    "ui.audit.unit": "单位",
    "ui.audit.files": "文件数",
    "ui.audit.items": "事项数",
    "ui.audit.errors": "错误",
    "ui.audit.warnings": "警告",
    "ui.audit.compliance": "合规率",
    "ui.audit.compliance_pct": "合规率(%)",
    "ui.audit.common": "最常见的问题（涉及单位最多的规则）",
    "ui.audit.rule": "规则",
    "ui.audit.units": "涉及单位数",
    "ui.audit.affected_items": "涉及事项数",
    "ui.audit.findings": "问题数",
    "ui.audit.unreadable": "无法检查的文件",
    "ui.audit.file": "文件",
    "ui.audit.sheet": "工作表",
    "ui.audit.row": "行",
    "ui.audit.cell": "单元格",
    "ui.audit.severity": "级别",
    "ui.audit.element": "要素",
    "ui.audit.item": "事项",
    "ui.audit.message": "问题及改法",
    "ui.audit.status": "状态",
    "ui.audit.status_ok": "已检查",
    "ui.audit.status_error": "无法检查",
    "ui.audit.summary_sheet": "汇总",
    "ui.audit.findings_sheet": "问题清单",
    "ui.audit.chart_title": "各单位合规率",
    "ui.audit.unmatched": "（未归类）",
    "ui.audit.rate_note": (
        "合规率＝没有错误的事项数÷事项总数；整表性错误使该表全部事项不合规；"
        "无法检查的文件、有整表性错误的空表，按该单位平均一张表的事项数全部计为不合规。"
    ),
    "ui.audit.skipped": "不是目录表格、未检查的文件（{count} 个，不计入合规率；单位若只交了这些文件，等于没有交目录）",
    "ui.audit.skipped_files": "未检查的文件",
    "ui.audit.skipped_sep": "、",
    "ui.audit.totals": (
        "合计：{units} 个单位、{files} 个文件、{items} 个事项，"
        "{errors} 个错误、{warnings} 个警告，{unreadable} 个文件无法检查"
    ),
    "ui.audit.none": "未发现问题",
    "ui.audit.sev.error": "错误",
    "ui.audit.sev.warning": "警告",
    "ui.audit.sev.info": "提示",
    "ui.audit.progress": "检查中",
    # --- 报告（Markdown、HTML、批注工作簿）的界面文字 ---------------------------------------------------
    "ui.report.title": "政务公开标准目录检查报告",
    "ui.report.summary": "检查汇总",
    "ui.report.file": "文件",
    "ui.report.sheet": "工作表",
    "ui.report.rules": "规则包",
    "ui.report.as_of": "检查基准日",
    "ui.report.tool_version": "工具版本",
    "ui.report.level1": "一级事项",
    "ui.report.level2": "二级事项",
    "ui.report.items": "事项",
    "ui.report.errors": "错误",
    "ui.report.warnings": "警告",
    "ui.report.infos": "提示",
    "ui.report.verdict": "结论",
    "ui.report.row": "行",
    "ui.report.cell": "单元格",
    "ui.report.element": "要素",
    "ui.report.item": "事项",
    "ui.report.rule": "规则",
    "ui.report.severity": "级别",
    "ui.report.message": "问题",
    "ui.report.severity.error": "错误",
    "ui.report.severity.warning": "警告",
    "ui.report.severity.info": "提示",
    "ui.report.verdict.fail": "不通过",
    "ui.report.verdict.warn": "通过（有警告）",
    "ui.report.verdict.pass": "通过",
    "ui.report.verdict.error": "无法检查",
    "ui.report.findings": "问题清单",
    "ui.report.file_findings": "涉及整个文件的问题",
    "ui.report.no_findings": "未发现问题",
    "ui.report.none": "无",
    "ui.report.not_checked": "此文件未能检查",
    "ui.report.chart_title": "各要素问题数量",
    "ui.report.no_element": "（不针对某一要素）",
    "ui.report.total": "合计",
    "ui.report.sheet_summary": "检查结果",
    "ui.report.sheet_findings": "问题清单",
    "ui.report.legend": "说明：红色为错误，黄色为警告，蓝色为提示；鼠标移到标色单元格上可查看批注。",
    "ui.report.goto": "点击“单元格”列可跳转到对应位置",
    "ui.report.generated_by": "由 disclosecheck {version} 生成",
    "ui.report.written": "报告已写入：{path}",
    "ui.report.colon": "：",
    "ui.report.lang": "zh-CN",
    "ui.report.per_file": "各文件问题",
    # --- 终端报告（check 命令）-------------------------------------------------------------------
    "ui.term.header": "政务公开事项标准目录检查　规则包：{rules}　检查日期：{as_of}",
    "ui.term.sheet": "工作表",
    "ui.term.level1": "一级事项",
    "ui.term.level2": "二级事项",
    "ui.term.items": "事项",
    "ui.term.file_level": "整张表的问题",
    "ui.term.row": "第 {row} 行",
    "ui.term.error": "错误",
    "ui.term.warning": "警告",
    "ui.term.info": "提示",
    "ui.term.unreadable": "无法检查",
    "ui.term.no_findings": "未发现问题",
    "ui.term.file_totals": "本表：{errors} 个错误、{warnings} 个警告、{infos} 个提示",
    "ui.term.totals": "合计：{files} 个文件，{errors} 个错误、{warnings} 个警告、{infos} 个提示",
    "ui.term.verdict_pass": "通过",
    "ui.term.verdict_pass_warnings": "通过（另有 {warnings} 个警告，建议修改）",
    "ui.term.verdict_fail": "未通过：{errors} 个错误、{warnings} 个警告",
    "ui.term.verdict_unreadable": "未通过：{count} 个文件无法读取",
    "ui.term.also_unreadable": "；另有 {count} 个文件无法读取",
    # --- inspect 命令：文件是怎样被读懂的（locate / normalize 模块）---------------------------------
    "ui.inspect.catalog": "目录表 {n}/{total}",
    "ui.inspect.file": "文件",
    "ui.inspect.format": "格式",
    "ui.inspect.sheet": "工作表",
    "ui.inspect.header_rows": "表头行",
    "ui.inspect.row_one": "第 {row} 行",
    "ui.inspect.rows_range": "第 {first}–{last} 行",
    "ui.inspect.title": "标题",
    "ui.inspect.no_title": "（无）",
    "ui.inspect.counts_label": "数量",
    "ui.inspect.counts": "一级事项 {level1} 个，二级事项 {level2} 个，事项 {items} 个",
    "ui.inspect.missing_label": "未找到的要素",
    "ui.inspect.columns": "列对应关系",
    "ui.inspect.col": "列",
    "ui.inspect.header": "文件中的表头",
    "ui.inspect.element": "对应要素",
    "ui.inspect.choice": "选项",
    "ui.inspect.unmapped": "未映射",
    "ui.inspect.first_items": "前 {n} 个事项的读取结果",
    "ui.inspect.no_items": "表头下面没有读到任何事项",
    "ui.inspect.item_title": "第 {row} 行：{label}",
    "ui.inspect.value": "读取结果",
    "ui.inspect.cell": "单元格",
    "ui.inspect.note": "说明",
    "ui.inspect.inherited": "沿用上方的值",
    "ui.inspect.placeholder": "只写了“{said}”，按未填写处理",
    "ui.inspect.bad_date": "不是可识别的日期",
    "ui.inspect.unknown": "无法识别的选项：{words}",
    "ui.inspect.channels_listed": "列出的渠道：{listed}",
    "inspect.seen_rows": "最像表头的几行：",
    "inspect.seen_row": "  工作表“{sheet}”第 {row} 行：{texts}",
    "inspect.no_seen_rows": "  各工作表中都没有像表头的行",
    "inspect.expected": (
        "表头应至少写明三个要素，其中要有“公开事项”（或一级/二级事项）或“公开内容”，"
        "例如：{elements}；列名写法不同的，可在规则包的 headers 中加同义词"
    ),
    "usage.memory": "内存不足，已停止：超出内存上限 {limit} MB；如确需处理，请用 --max-memory-mb 调高上限",
    "ui.report.omitted": (
        "另有 {count} 个{severity}（规则 {rule}）未逐条列出：每条规则在每张表中只列出前 {listed} 个，"
        "可用 --max-findings 调整"
    ),
    "input.html_nesting": "{path}：HTML 中的 <{tag}> 嵌套超过 {limit} 层，不像导出的表格，已拒绝读取",
    # --- issue 12: standard catalogs (standard-* rules, coverage, template) ---
    "standard-coverage.missing": "缺少标准目录事项“{item}”（{standard}标准目录第 {no} 项，{level}应列出）：请按{guideline}补列",
    "standard-coverage.figure": "对照{standard}标准目录（{why}）：本层级（{level}）应列 {required} 项，已列 {matched} 项",
    "standard-coverage.figure-partial": (
        "对照{standard}标准目录（内置，不完整）（{why}）：本层级（{level}）已收录的 {required} 项中列出 {matched} 项；"
        "标准目录不完整，未列事项不逐项报告"
    ),
    "standard-coverage.unknown-domain": "无法判断本表属于哪个领域，未对照标准目录；可用 --standard 指定",
    "standard-coverage.no-standard": "本表属于{domain}领域，没有内置的{domain}标准目录，未对照；可用 --standard 指定",
    "standard-content.missing-elements": "公开内容缺少{standard}标准目录“{std_item}”列出的要素：{missing}",
    "standard-timelimit.looser": (
        "公开时限 {given} 个{unit}比{standard}标准目录“{std_item}”的 {limit} 个{unit}宽（标准目录：{std_text}）"
    ),
    "standard-fields.mode-weakened": "{standard}标准目录“{std_item}”要求主动公开，这里只勾了依申请",
    "standard-fields.audience-narrowed": "{standard}标准目录“{std_item}”面向全社会公开，这里只勾了特定群体",
    "standard-fields.level-unticked": "{standard}标准目录“{std_item}”标明{level}公开，这里{level}未勾选",
    "coverage.why.given": "用 --standard 指定“{name}”",
    "coverage.why.given_file": "用 --standard 指定文件“{name}”",
    "coverage.why.file_table": "用 --standard 指定文件“{name}”中的{domain}表",
    "coverage.why.title": "标题含“{name}”",
    "coverage.why.sheet": "工作表名含“{name}”",
    "coverage.why.file": "文件名含“{name}”",
    "coverage.why.items": "{total} 个事项中 {matched} 个与{domain}标准目录相符",
    "coverage.why.matched": "{total} 个事项中 {matched} 个与标准目录相符",
    "coverage.level.given": "用 --level 指定{level}",
    "coverage.level.title": "标题含“{name}”",
    "coverage.level.file": "文件名含“{name}”",
    "coverage.level.subject": "公开主体为“{name}”",
    "coverage.level.folder": "文件夹名含“{name}”",
    "coverage.level.unknown": "层级无法判断，按全部事项对照",
    "coverage.unleveled": "其中 {n} 项标准目录未标明层级，各层级都要列",
    "coverage.partial": "内置标准目录不完整",
    "standard-fields.level-unknown": "层级无法判断",
    "standards.no_file": "找不到标准目录文件“{path}”，也没有这个名称的内置领域",
    "standards.no_table": "标准目录文件“{path}”中没有找到目录表",
    "standards.bad_level": "层级“{level}”无效：请写县级或乡级",
    "rule.standard-coverage.summary": "标准目录覆盖：列出标准目录要求本层级公开的每个事项",
    "rule.standard-coverage.about": (
        "按 --standard（或规则包的 standard:）指定的标准目录，或按标题、工作表名、文件名和事项识别的内置领域标准目录，\n"
        "检查本层级（县级/乡级）应列的事项是否都已列出；措辞、繁简、空格、一级二级事项互换或合并都能对上。\n"
        "内置标准目录目前不完整，只给覆盖率提示；指定的或完整的标准目录逐项报告缺少的事项。本地增加的事项不报告。"
    ),
    "rule.standard-content.summary": "标准目录内容：公开内容包括标准目录为该事项列出的要素",
    "rule.standard-content.about": (
        "与标准目录对上的事项，公开内容要包括标准目录列出的每个要素（如补贴对象、补贴标准、补贴结果、监督渠道），\n"
        "缺少的逐一列出。"
    ),
    "rule.standard-timelimit.summary": "标准目录时限：公开时限不比标准目录中同一事项的宽",
    "rule.standard-timelimit.about": "与标准目录对上的事项，公开时限（工作日或自然日）不能比标准目录写的长。",
    "rule.standard-fields.summary": "标准目录选项：公开方式、对象、层级不比标准目录窄",
    "rule.standard-fields.about": (
        "标准目录要求主动公开的不能只勾依申请；面向全社会的不能只勾特定群体；标准标明本层级公开的，本层级要勾选。"
    ),
    "template.written": "已生成{domain}标准目录（{level}，{items} 个事项）：{path}",
    "template.legend": (
        "说明：■ 表示选中、□ 表示未选，请在公开渠道和载体中把采用的渠道改为 ■；公开对象、公开方式、公开层级在对应列选择 √；"
        "“待填写”处请填写本单位的公开主体"
    ),
    "template.to_fill": "待填写",
    "required-elements.to-fill": "{element}待填写：请填写（模板留空的单元格）",
    "ui.coverage.label": "标准目录",
    "ui.coverage.level": "层级",
    "ui.coverage.figure": "覆盖",
    "ui.coverage.none": "未对照标准目录",
    "ui.coverage.missing": "缺少的标准事项",
    "ui.coverage.extra": "标准目录以外的事项",
    "ui.coverage.partial": "（内置标准目录不完整）",
    "ui.audit.coverage": "标准覆盖",
    "ui.audit.most_missing": "各单位最常缺少的标准事项",
    "usage.template_xlsx": "模板只能写成 .xlsx 文件，且不能覆盖标准目录文件：{path}",
    "choices.to-fill": "{element}待填写：请在对应列勾选 √（模板留给本单位填写的格）",
    "template.no_items": "{domain}标准目录没有标为{level}的事项，无法生成模板；请换一个层级",
    "ui.audit.coverage_pct": "标准覆盖(%)",
    "ui.coverage.audit_title": "标准目录覆盖（各单位列出的标准事项 / 应列的标准事项）",
    "ui.audit.standard": "标准目录",
    "ui.audit.std_item": "标准事项",
    "rule.standard-coverage.name": "缺少标准事项",
    "rule.standard-content.name": "公开内容比标准目录少",
    "rule.standard-timelimit.name": "时限比标准目录宽",
    "rule.standard-fields.name": "选项比标准目录窄",
}
