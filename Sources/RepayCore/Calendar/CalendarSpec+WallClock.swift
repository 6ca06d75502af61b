extension CalendarSpec {
  /// The same fields with the zone and any zone abbreviation removed and UTC set, so that
  /// systemd's search, run in UTC where no day has a gap or an overlap, yields the wall-clock
  /// times the expression names; the caller applies its own zone and DST rule to them.
  var wallClockForm: CalendarSpec {
    var spec = self
    spec.isUTC = true
    spec.timeZone = nil
    spec.daylightSaving = nil
    spec.localAbbreviation = nil
    return spec
  }
}
