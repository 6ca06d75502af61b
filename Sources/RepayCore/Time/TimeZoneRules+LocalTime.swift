extension TimeZoneRules {
  /// The instants at which the wall clock shows `localSeconds`: the local time written as if
  /// it were UTC seconds since 1970 (`CivilCalendar.days(...) * 86400 + h * 3600 + m * 60 + s`).
  ///
  /// Exact for any sequence of transitions: it walks the few offset changes that can lie within
  /// the zone's range of offsets of the local time. Where more than two instants show the
  /// same local time (possible only in contrived data), `repeated` gives the earliest and the
  /// latest. Near the limits of `Int64` the instants saturate.
  public func resolve(localSeconds local: Int64) -> LocalTimeResolution {
    // Every instant showing `local` lies in [windowStart, windowEnd].
    let windowStart = Self.saturatingSum(local, -offsetRange.upperBound)
    let windowEnd = Self.saturatingSum(local, -offsetRange.lowerBound)
    var segmentStart = windowStart
    var segmentOffset = offset(at: windowStart).secondsEastOfUTC
    var earliest: Int64?
    var latest: Int64?
    var gap: (before: Int64, after: Int64)?
    // Each segment is a stretch of constant offset, from segmentStart to the next change.
    while true {
      let segmentEnd = changeInstant(after: segmentStart)
      let candidate = Self.saturatingSum(local, -segmentOffset)
      if candidate >= segmentStart, segmentEnd.map({ candidate < $0 }) ?? true {
        earliest = earliest ?? candidate
        latest = candidate
      }
      guard let segmentEnd, segmentEnd <= windowEnd else { break }
      let nextOffset = offset(at: segmentEnd).secondsEastOfUTC
      // The clock jumps from before `local` to after it: `local` is skipped here.
      if gap == nil, Self.saturatingSum(segmentEnd, segmentOffset) <= local,
        local < Self.saturatingSum(segmentEnd, nextOffset)
      {
        gap = (Self.saturatingSum(local, -segmentOffset), Self.saturatingSum(local, -nextOffset))
      }
      segmentStart = segmentEnd
      segmentOffset = nextOffset
    }
    if let earliest, let latest {
      return earliest == latest ? .unique(earliest) : .repeated(first: earliest, second: latest)
    }
    if let gap { return .skipped(before: gap.before, after: gap.after) }
    // Only reachable where saturation at the limits of Int64 hides both.
    return .unique(Self.saturatingSum(local, -segmentOffset))
  }

  /// `seconds + offset`, clamped to the range of `Int64`.
  private static func saturatingSum(_ seconds: Int64, _ offset: Int) -> Int64 {
    let (sum, overflow) = seconds.addingReportingOverflow(Int64(offset))
    guard overflow else { return sum }
    return offset > 0 ? .max : .min
  }
}
