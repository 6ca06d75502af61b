import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a whole configuration (every file of it) into a `Configuration`, reporting every
/// fault at once, each at the exact place of the offending key or value.
public enum ConfigurationReader {
  /// Reads the configuration at `configPath` (a file or a directory), or at the default place
  /// when nil; `environment` gives `XDG_CONFIG_HOME`, `HOME`, `TZ` and `TZDIR`.
  public static func read(configPath: String?, environment: [String: String], language: Language)
    -> ConfigurationReport
  {
    let located: ConfigurationFiles
    switch ConfigurationFiles.locate(configPath: configPath, environment: environment, language: language) {
    case .success(let files): located = files
    case .failure(let failure): return ConfigurationReport(configuration: nil, diagnostics: failure.items)
    }
    var warnings: [Diagnostic] = []
    for path in located.directories + located.files where isWritableByOthers(path) {
      warnings.append(
        Diagnostic(
          .warning, at: SourceLocation(file: path, line: 1, column: 1),
          ConfigProblem.writableByOthers(isDirectory: located.directories.contains(path)).message(
            in: language)))
    }
    var sources: [(path: String, bytes: [UInt8])] = []
    var unreadable: [Diagnostic] = []
    for path in located.files {
      do {
        sources.append((path, try SourceFile.read(path)))
      } catch {
        unreadable.append(error.diagnostic(in: language))
      }
    }
    var report = read(sources, environment: environment, language: language)
    report.diagnostics = warnings + unreadable + report.diagnostics
    report.files = located.files
    if !unreadable.isEmpty { report.configuration = nil }
    return report
  }

  /// Reads a configuration from the contents of its files, in order. Holiday files, the shipped
  /// holiday calendars (`HolidayFolders`) and hook commands are still looked up on this system.
  public static func read(
    _ sources: [(path: String, bytes: [UInt8])], environment: [String: String], language: Language
  ) -> ConfigurationReport {
    let log = DiagnosticLog(language: language)
    var tables = CollectedTables()
    for (path, bytes) in sources {
      do {
        let document = try TOMLDocument(parsing: bytes, file: path)
        log.keepText(bytes, of: path)
        tables.collect(document, log: log)
      } catch {
        log.append(error.diagnostic(in: language))
      }
    }
    let calendar = ConfigCalendar(environment: environment)
    var daemon = DaemonSection()
    if let (table, location) = tables.daemon {
      daemon = DaemonSection(table, at: location, file: location.file, log: log, environment: environment)
    }
    // The system zone cannot be wrong in the user's files; an unreadable one means UTC, as in
    // glibc and systemd.
    let localTimePath = SystemTimeZone.localTimePath(environment: environment)
    let zone =
      daemon.zone ?? (try? SystemTimeZone.current(environment: environment, localTimePath: localTimePath))
      ?? .utc
    let followsLocalTime = daemon.zone == nil && (environment["TZ"] ?? "").drop { $0 == ":" }.isEmpty
    var holidays = HolidayCalendar()
    // Looked up only for a configuration that names a calendar.
    var folders: HolidayFolders?
    for (entry, value) in daemon.holidayCalendars {
      let paths: [String]
      switch entry {
      case .file(let path):
        paths = [path]
      case .name(let name):
        let searched =
          folders ?? HolidayFolders.standard(environment: environment, executable: ProcessExecutable.path())
        folders = searched
        paths = searched.files(of: name)
        if paths.isEmpty {
          log.error(
            .unknownHolidayCalendar(name, folders: searched.paths, names: searched.names()),
            at: value.location)
        }
      }
      for path in paths {
        if let calendar = HolidayFileReader.read(path, namedAt: value, log: log) { holidays.merge(calendar) }
      }
    }
    var policy = ReminderPolicy.standard
    var catchUpFold = 3
    if let (table, location) = tables.reminders {
      let settings = ReminderSettings.read(
        table, name: "[reminders]", at: location, over: policy, perLoan: false, log: log)
      policy = settings.policy
      catchUpFold = settings.catchUpFold ?? catchUpFold
    }
    let hooks = tables.hooks.compactMap { HookSection.read($0.table, at: $0.location, log: log) }
    var loans: [Loan] = []
    loans.reserveCapacity(tables.loans.count)
    var loanIDs = UniqueIDs(kind: .loan, capacity: tables.loans.count)
    var lists = SharedLoanLists()
    for (table, location) in tables.loans {
      loanIDs.check(table, log: log)
      if let loan = LoanSection.read(table, at: location, defaults: policy, calendar: calendar, log: log) {
        loans.append(lists.share(loan))
      }
    }
    var reminders: [CalendarReminder] = []
    var reminderIDs = UniqueIDs(kind: .reminder, capacity: tables.reminderTables.count)
    for (table, location) in tables.reminderTables {
      reminderIDs.check(table, log: log)
      if let reminder = ReminderSection.read(table, at: location, calendar: calendar, log: log) {
        reminders.append(reminder)
      }
    }
    let configuration = Configuration(
      zone: zone, language: daemon.language, quietHours: daemon.quietHours, holidays: holidays,
      allowedUIDs: daemon.allowedUIDs, hooksMaxConcurrent: daemon.hooksMaxConcurrent,
      maxConnections: daemon.maxConnections, catchUpFold: catchUpFold, hooks: hooks, loans: loans,
      reminders: reminders, systemZoneFile: followsLocalTime ? localTimePath : nil, icsFeed: daemon.icsFeed,
      holidaysKey: daemon.holidaysKey)
    warnAboutPaidLoans(configuration, tables: tables, log: log)
    // Reported in the order of the files and, within each, of lines and columns, whatever
    // order the checks ran in; a holiday file's own faults come after all configuration files.
    let fileOrder = Dictionary(
      sources.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    let diagnostics = log.items.enumerated().sorted { left, right in
      func key(_ item: (offset: Int, element: Diagnostic)) -> (Int, String, Int, Int, Int) {
        let location = item.element.location
        return (
          fileOrder[location.file] ?? sources.count, location.file, location.line, location.column,
          item.offset
        )
      }
      return key(left) < key(right)
    }.map(\.element)
    return ConfigurationReport(configuration: log.hasErrors ? nil : configuration, diagnostics: diagnostics)
  }

  private static func warnAboutPaidLoans(
    _ configuration: Configuration, tables: CollectedTables, log: DiagnosticLog
  ) {
    let schedule = RepaymentSchedule(configuration: configuration)
    // The warning points at `paid_through`, and asking the schedule copies the loan (retaining
    // each of its strings and arrays): only loans with the key are asked.
    let paid = configuration.loans.indices.filter {
      configuration.loans[$0].paidThrough != nil && schedule.isFullyPaid(configuration.loans[$0])
    }
    guard !paid.isEmpty else { return }
    // The warning points at the `paid_through` of the first table with the loan's id, which is
    // the loan's own unless the id is used twice (an error of its own).
    var tableByID: [String: TOMLTable] = [:]
    tableByID.reserveCapacity(tables.loans.count)
    for (table, _) in tables.loans {
      if case .string(let id)? = table["id"]?.kind, tableByID[id] == nil { tableByID[id] = table }
    }
    for index in paid {
      let loan = configuration.loans[index]
      if let value = tableByID[loan.id]?["paid_through"], let paidThrough = loan.paidThrough {
        log.warning(.fullyPaid(loan: loan.id, paidThrough: paidThrough), at: value.location)
      }
    }
  }

  /// Whether users other than the owner (and root) may write `path`: anyone could then change
  /// what the daemon runs as hooks.
  private static func isWritableByOthers(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IWOTH != 0
  }
}
