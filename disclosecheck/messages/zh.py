"""简体中文消息目录。键为消息代码；花括号内为参数。措辞面向乡镇、部门工作人员：说清哪里有问题、怎么改。"""

MESSAGES: dict[str, str] = {
    # --- 读取文件 -----------------------------------------------------------------------------------
    "input.not_found": "{path}：文件不存在，请检查路径是否写对",
    "input.is_directory": "{path}：这是一个文件夹，不是目录文件；检查整个文件夹请用 disclosecheck audit",
    "input.empty": "{path}：文件是空的（0 字节），请重新导出或另存后再检查",
    "input.unreadable": "{path}：没有读取权限，无法打开：{reason}",
    "input.vanished": "{path}：检查过程中文件被删除或移走了",
    "input.unknown_format": "{path}：无法识别的文件格式，请另存为 .xlsx、.xls、.ods 或 .csv 后再检查",
    "input.corrupt": "{path}：文件已损坏或不完整，无法读取（{reason}）；请用 Excel 或 WPS 打开后重新保存",
    "input.truncated": "{path}：文件不完整（可能下载或复制时中断），请重新获取原文件",
    "input.encrypted": "{path}：文件设有打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存，再检查",
    "input.no_catalog": "{path}：没有找到政务公开标准目录表格（未发现含“公开事项”“公开内容”等列的表头）",
    "input.no_sheet": "{path}：没有名为“{sheet}”的工作表；现有工作表：{sheets}",
    "input.decode": "{path}：无法识别文本编码，请另存为 UTF-8 或 GBK 编码的 CSV",
    "input.limit": "{path}：超出安全限制：{what}为 {actual}，上限为 {limit}；如确需检查，请用 {option} 调高上限",
    "input.timeout": "{path}：检查超时（超过 {seconds} 秒）已停止，文件可能过大或异常",
    "input.memory": "{path}：检查时内存不足已停止，文件可能过大或异常",
    "input.crashed": "{path}：检查时出现内部错误（{reason}），请用 --debug 查看详情并反馈",
    # --- 规则包 -------------------------------------------------------------------------------------
    "config.yaml": "YAML 格式错误：{reason}",
    "config.not_found": "找不到规则包“{name}”；内置规则包有：{available}",
    "config.unknown_key": "未知的配置项“{key}”；可用的有：{expected}",
    "config.unknown_rule": "未知的规则“{rule}”；可用 disclosecheck rules list 查看所有规则",
    "config.invalid": "{reason}",
    "config.cycle": "规则包相互继承形成循环：{chain}",
    # --- 命令行 -------------------------------------------------------------------------------------
    "usage.bad_date": "日期“{value}”格式不对，请写成 YYYY-MM-DD，例如 2026-11-22",
    "usage.output_is_input": "输出文件 {path} 与输入文件相同，为保护原文件已拒绝写入；请换一个输出路径",
    "usage.output_needed": "{format} 格式需要用 --output 指定输出文件",
    "usage.one_file": "{format} 格式一次只能检查一个文件",
    "usage.interrupted": "已中断，未写入任何输出文件",
}
