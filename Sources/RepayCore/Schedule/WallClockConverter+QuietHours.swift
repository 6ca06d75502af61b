extension WallClockConverter {
  /// The instant a non-critical stage set for `localSeconds` fires: at that local time, or,
  /// when it falls in `quietHours`, at their end.
  public func fire(localSeconds local: Int64, quietHours: QuietHours?) -> Int64 {
    let (instant, shown) = fire(localSeconds: local)
    guard let quietHours, let end = quietHours.end(ofStretchHolding: shown) else { return instant }
    return fire(localSeconds: end).instant
  }
}
