/// Computes when calendar expressions elapse as systemd does, for `repayctl analyze-calendar`
/// and for anything that must agree with systemd timers.
///
/// One instance stands for one systemd process: glibc's `mktime` keeps state between calls, and
/// expressions evaluated one after another in the same process share it, while an expression
/// with its own zone is evaluated in a forked child whose state is thrown away.
public final class SystemdCalendarClock {
  private let localConversion: GlibcTimeConversion
  /// The zones expressions named, each prepared once for all the children that compute in it.
  private var namedZones: [String: PreparedTimeZone] = [:]

  /// A clock in the given local zone (the `TZ` of the emulated process).
  public init(localZone: TimeZoneRules) {
    localConversion = GlibcTimeConversion(zone: PreparedTimeZone(localZone))
  }

  /// The next `count` elapses of `spec` strictly after `after` (microseconds since 1970), each
  /// after the one before; fewer when the expression stops elapsing. `specZone` must be the
  /// rules of `spec.timeZone` when the expression names one. Fails where systemd fails: when
  /// its search goes round without end, the whole expression is an error, as in
  /// `systemd-analyze calendar`.
  public func elapses(
    of spec: CalendarSpec, after: Int64, count: Int, specZone: TimeZoneRules? = nil
  ) -> Result<[Int64], CalendarEndlessSearch> {
    // One search serves every elapse, so that the spec is copied once, not per elapse.
    var search = CalendarElapseSearch(spec: spec, conversion: conversion(for: spec, specZone: specZone))
    var result: [Int64] = []
    var base = after
    while result.count < count {
      // systemd's `calendar_spec_next_usec`: an expression with its own zone is computed in a
      // child forked for each call, which starts from this process's state.
      if spec.timeZone != nil, !spec.isUTC, specZone != nil {
        search.conversion = conversion(for: spec, specZone: specZone)
      }
      switch search.next(after: base) {
      case .elapse(let next):
        result.append(next)
        base = next
      case .never:
        return .success(result)
      case .endless:
        return .failure(CalendarEndlessSearch())
      }
    }
    return .success(result)
  }

  /// Where systemd computes `spec`: in UTC, in a forked child for an expression with its own
  /// zone, else in this process's local zone.
  private func conversion(for spec: CalendarSpec, specZone: TimeZoneRules?) -> GlibcTimeConversion {
    if spec.isUTC { return GlibcTimeConversion(zone: nil) }
    if spec.timeZone != nil, let specZone {
      let zone = namedZones[specZone.identifier] ?? PreparedTimeZone(specZone)
      namedZones[specZone.identifier] = zone
      return localConversion.forkedChild(zone: zone)
    }
    return localConversion
  }
}
/// systemd gave up the search for the next elapse after 1,000 rounds (its safety valve against
/// expressions that, through how `mktime` normalizes dates, never settle).
public struct CalendarEndlessSearch: Error, Hashable, Sendable {
  /// Creates the error.
  public init() {}

  /// The message in `language`.
  public func message(in language: Language) -> String {
    language == .english
      ? "the next elapse cannot be determined: the search does not settle (systemd gives up here too)"
      : "无法确定下次触发时间：搜索无法收敛（systemd 在此处同样放弃）"
  }
}
