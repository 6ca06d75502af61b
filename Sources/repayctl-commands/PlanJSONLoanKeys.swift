/// The middle of each payment record of a plan's JSON, `","loan":"ID","payment":"` with the id
/// escaped, made once for each loan rather than escaped again in each of the 30,000 records of
/// 600 months (docs/performance.md, "repayctl plan").
///
/// A month's payments come by loan id (`RepaymentPlan.Month.payments`), so the ids are found by
/// walking forward through the ones already made, from the start of each month; an id not found
/// there is made where the walk stopped, so that any order of ids still writes the same bytes.
struct PlanJSONLoanKeys {
  private var ids: [String] = []
  private var keys: [[UInt8]] = []
  private var next = 0

  /// Starts a month's walk at the first id.
  mutating func startMonth() { next = 0 }

  /// Hands `body` the bytes for `id`, the next payment's loan in the month.
  mutating func withKey(for id: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    while next < ids.count, ids[next] != id, ids[next] < id { next += 1 }
    if next == ids.count || ids[next] != id {
      ids.insert(id, at: next)
      keys.insert(Self.key(id), at: next)
    }
    keys[next].withUnsafeBufferPointer(body)
    next += 1
  }

  /// The bytes for `id`.
  private static func key(_ id: String) -> [UInt8] {
    var id = id
    return id.withUTF8 { bytes in
      let prefix: StaticString = "\",\"loan\":\""
      let suffix: StaticString = "\",\"payment\":\""
      let room = prefix.utf8CodeUnitCount + PlanJSON.escapedBytes(bytes.count) + suffix.utf8CodeUnitCount
      return [UInt8](unsafeUninitializedCapacity: room) { key, count in
        var cursor = ByteCursor(key.baseAddress!)
        cursor.put(prefix)
        PlanJSON.escape(bytes, into: &cursor)
        cursor.put(suffix)
        count = cursor.position - key.baseAddress!
      }
    }
  }
}
