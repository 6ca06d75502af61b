/// The first and last node of one of the wheel's lists; both `.noNode` when it is empty.
///
/// Entries are appended at the tail and drained from the head, so each list keeps the order in
/// which entries reached it.
struct ListEnds: Sendable {
  /// The first node, or `.noNode`.
  var head: UInt32
  /// The last node, or `.noNode`.
  var tail: UInt32

  /// An empty list.
  static var empty: ListEnds { ListEnds(head: .noNode, tail: .noNode) }
}
