import RepayCore

/// What an id names: ids are unique among loans and, separately, among reminders.
enum IDKind: String {
  case loan
  case reminder
}

/// Everything `repayctl check` can say about a configuration, in English and Chinese. Each case
/// says what is wrong and, where it helps, how to fix it.
enum ConfigProblem {
  case unknownKey(String, table: String, suggestion: String?)
  case wrongType(key: String, expected: TOMLType, elements: Bool, found: TOMLType)
  case missingKey(String, table: String)
  case dateWithTime(key: String)
  case dayOutOfRange(Int)
  case negativeAmount(key: String)
  case unknownCurrency(String)
  case unknownLocale(String)
  case invalidID(String)
  case duplicateID(kind: IDKind, id: String, first: SourceLocation)
  case secondTable(String, first: SourceLocation)
  case integerOutOfRange(key: String, range: ClosedRange<Int64>)
  case emptyList(key: String)
  case quietHoursShape
  case quietHoursEmpty
  case feedNotAFile(String)
  case feedWithoutHome(String)
  case dueRuleShape
  case calendarNamesZone
  case calendarNeverMatches
  case duplicateDate(LocalDate)
  case noTerm
  case conflictingTerm
  case termWithDates
  case firstDueMissing
  case firstDueMismatch(LocalDate, rule: String)
  case firstDueNotListed(LocalDate)
  case paidThroughBeforeFirstDue(paidThrough: LocalDate, firstDue: LocalDate)
  case fullyPaid(loan: String, paidThrough: LocalDate)
  case overrideNotPerLoan(String)
  case execEmpty
  case execNotAbsolute(String)
  case execNotExecutable(String, reason: String)
  case zeroTimeout
  case unknownStage(String, suggestion: String?)
  case writableByOthers(isDirectory: Bool)
  case noConfiguration(String)
  case holidayFile(String)
  case unknownHolidayCalendar(String, folders: [String], names: [String])
  case holidaysRunOut(lastYear: Int, loans: [String], more: Int)

  /// The message in `language`.
  func message(in language: Language) -> String {
    let en = language == .english
    switch self {
    case .unknownKey(let key, let table, let suggestion):
      let hint = suggestion.map { en ? "; did you mean '\($0)'?" : "；你是不是想写 '\($0)'？" } ?? ""
      return en ? "unknown key '\(key)' in \(table)\(hint)" : "\(table) 中没有 '\(key)' 这个键\(hint)"
    case .wrongType(let key, let expected, let elements, let found):
      let wanted =
        !elements
        ? expected.name(in: language)
        : en ? "an array of \(expected.rawValue)s" : "\(expected.name(in: language))数组"
      return en
        ? "'\(key)' must be \(wanted), not \(found.name(in: language))"
        : "'\(key)' 应为\(wanted)，而不是\(found.name(in: language))"
    case .missingKey(let key, let table):
      return en ? "\(table) needs the key '\(key)'" : "\(table) 缺少键 '\(key)'"
    case .dateWithTime(let key):
      return en
        ? "'\(key)' is a date without a time, such as 2026-12-10"
        : "'\(key)' 应为不带时间的日期，例如 2026-12-10"
    case .dayOutOfRange(let day):
      return en
        ? "day \(day) is out of range; a due day is 1 to 31 (31 means the last day of shorter months)"
        : "还款日 \(day) 超出范围；应在 1 到 31 之间（31 在小月表示月末）"
    case .negativeAmount(let key):
      return en ? "'\(key)' cannot be negative" : "'\(key)' 不能为负数"
    case .unknownCurrency(let code):
      return en
        ? "unknown currency '\(code)'; write an ISO 4217 code in capitals, such as CNY, USD or EUR"
        : "未知货币 '\(code)'；请写大写的 ISO 4217 代码，例如 CNY、USD 或 EUR"
    case .unknownLocale(let locale):
      return en
        ? "unknown locale '\(locale)'; use \"en\" or \"zh-Hans\"" : "未知语言 '\(locale)'；请用 \"en\" 或 \"zh-Hans\""
    case .invalidID(let id):
      return en
        ? "'\(id)' is not a valid id: use 1 to 64 lowercase letters, digits and '-'"
        : "'\(id)' 不是有效的 id：请用 1 到 64 个小写字母、数字和 '-'"
    case .duplicateID(let kind, let id, let first):
      return en
        ? "\(kind.rawValue) id '\(id)' is already used at \(first)"
        : "\(kind == .loan ? "贷款" : "提醒") id '\(id)' 已在 \(first) 使用"
    case .secondTable(let table, let first):
      return en
        ? "[\(table)] is already defined at \(first); keep it in one file"
        : "[\(table)] 已在 \(first) 定义；请只在一个文件中写它"
    case .integerOutOfRange(let key, let range):
      return en
        ? "'\(key)' must be between \(range.lowerBound) and \(range.upperBound)"
        : "'\(key)' 必须在 \(range.lowerBound) 到 \(range.upperBound) 之间"
    case .emptyList(let key):
      return en ? "'\(key)' must not be empty" : "'\(key)' 不能为空"
    case .quietHoursShape:
      return en
        ? "quiet hours are written HH:MM-HH:MM, such as \"22:00-08:00\""
        : "免打扰时段应写成 HH:MM-HH:MM，例如 \"22:00-08:00\""
    case .quietHoursEmpty:
      return en
        ? "quiet hours must end at another time than they start"
        : "免打扰时段的结束时间不能与开始时间相同"
    case .feedNotAFile(let path):
      return en
        ? "'ics_feed' must name a file, such as \"repayd.ics\", not \"\(path)\""
        : "'ics_feed' 必须指向一个文件，例如 \"repayd.ics\"，而不是 \"\(path)\""
    case .feedWithoutHome(let path):
      return en
        ? "cannot place \"\(path)\": neither XDG_DATA_HOME nor HOME is an absolute path; give 'ics_feed' an absolute path"
        : "无法确定 \"\(path)\" 的位置：XDG_DATA_HOME 和 HOME 都不是绝对路径；请为 'ics_feed' 写绝对路径"
    case .dueRuleShape:
      return en
        ? "'due' takes exactly one of day, calendar or dates: { day = 10 }, { calendar = \"*-*~01\" } or { dates = [2026-12-10] }"
        : "'due' 只能有 day、calendar、dates 之一：{ day = 10 }、{ calendar = \"*-*~01\" } 或 { dates = [2026-12-10] }"
    case .calendarNamesZone:
      return en
        ? "a due calendar gives dates in the configured time zone; remove the zone"
        : "还款日历表达式按配置的时区计算日期；请去掉时区"
    case .calendarNeverMatches:
      return en ? "the calendar expression matches no date from first_due on" : "该日历表达式在 first_due 之后不匹配任何日期"
    case .duplicateDate(let date):
      return en ? "\(date) is listed twice" : "\(date) 重复列出"
    case .noTerm:
      return en
        ? "the loan needs an end or none: give installments = N, open_ended = true, or due = { dates = [...] }"
        : "该贷款需要说明期数：写 installments = N、open_ended = true，或 due = { dates = [...] }"
    case .conflictingTerm:
      return en
        ? "give either installments or open_ended = true, not both"
        : "installments 与 open_ended = true 只能写一个"
    case .termWithDates:
      return en
        ? "due.dates already fixes the instalments; remove this key"
        : "due.dates 已确定每一期；请删除此键"
    case .firstDueMissing:
      return en
        ? "the loan needs first_due, the first due date, for this due rule"
        : "此还款规则需要 first_due（第一期还款日）"
    case .firstDueMismatch(let date, let rule):
      return en
        ? "first_due \(date) is not a date of the due rule \(rule)"
        : "first_due \(date) 不符合还款规则 \(rule)"
    case .firstDueNotListed(let date):
      return en ? "first_due \(date) is not one of due.dates" : "first_due \(date) 不在 due.dates 中"
    case .paidThroughBeforeFirstDue(let paidThrough, let firstDue):
      return en
        ? "paid_through \(paidThrough) is before the first due date \(firstDue)"
        : "paid_through \(paidThrough) 早于第一期还款日 \(firstDue)"
    case .fullyPaid(let loan, let paidThrough):
      return en
        ? "every instalment of '\(loan)' is paid through \(paidThrough); nothing will be reminded"
        : "'\(loan)' 的每一期都已在 \(paidThrough) 前还清；不会再有提醒"
    case .overrideNotPerLoan(let key):
      return en
        ? "'\(key)' applies to the whole daemon; set it in [reminders]"
        : "'\(key)' 对整个守护进程生效；请写在 [reminders] 中"
    case .execEmpty:
      return en ? "'exec' needs the command: an absolute path, then its arguments" : "'exec' 需要命令：绝对路径，然后是参数"
    case .execNotAbsolute(let path):
      return en
        ? "'\(path)' is not an absolute path; hooks run without a shell or PATH search"
        : "'\(path)' 不是绝对路径；钩子不经过 shell，也不搜索 PATH"
    case .execNotExecutable(let path, let reason):
      return en ? "'\(path)' is not an executable file: \(reason)" : "'\(path)' 不是可执行文件：\(reason)"
    case .zeroTimeout:
      return en ? "the timeout must be longer than zero" : "超时时间必须大于零"
    case .unknownStage(let name, let suggestion):
      let hint = suggestion.map { en ? "; did you mean '\($0)'?" : "；你是不是想写 '\($0)'？" } ?? ""
      let stages = Stage.allCases.map(\.rawValue).joined(separator: ", ")
      return en
        ? "'\(name)' names no stage (stages: \(stages))\(hint)"
        : "'\(name)' 不是阶段名（阶段：\(stages)）\(hint)"
    case .writableByOthers(let isDirectory):
      return en
        ? "this \(isDirectory ? "directory" : "file") can be written by other users, who could change your reminders or run commands as you through hooks; chmod o-w"
        : "其他用户可以写入此\(isDirectory ? "目录" : "文件")，可能篡改提醒或借钩子以你的身份运行命令；请执行 chmod o-w"
    case .noConfiguration(let reason):
      return en ? "no configuration: \(reason)" : "没有配置：\(reason)"
    case .holidayFile(let reason):
      return en ? "holiday file: \(reason)" : "节假日文件：\(reason)"
    case .unknownHolidayCalendar(let name, let folders, let names):
      let searched = folders.joined(separator: en ? ", " : "、")
      let found =
        names.isEmpty
        ? (en ? "none is there" : "其中没有日历")
        : (en ? "there are: " : "其中有：") + names.joined(separator: en ? ", " : "、")
      return en
        ? "no holiday calendar is named '\(name)' (searched \(searched); \(found)); a holiday file is named by its path, with a '/' or ending in .ics or .txt"
        : "没有名为 '\(name)' 的节假日日历（查找了 \(searched)；\(found)）；节假日文件请写路径，含 '/' 或以 .ics、.txt 结尾"
    case .holidaysRunOut(let lastYear, let loans, let more):
      let named = loans.joined(separator: en ? ", " : "、")
      let rest = more == 0 ? "" : en ? " and \(more) more" : " 等另外 \(more) 笔"
      return en
        ? "the holiday calendars end with \(lastYear), but due dates within \(HolidayCoverage.months) months fall after it (\(named)\(rest)), and there only weekends move them; add the list of \(lastYear + 1) when the State Council publishes it, usually in November (docs/config.md)"
        : "节假日日历只到 \(lastYear) 年，但 \(HolidayCoverage.months) 个月内有其后的还款日（\(named)\(rest)），这些日期只按周末顺延；国务院公布 \(lastYear + 1) 年安排后（通常在 11 月）请添加该年的列表（见 docs/config.md）"
    }
  }
}
