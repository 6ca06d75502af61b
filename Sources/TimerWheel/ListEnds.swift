/// The first and last node of one of the wheel's lists; both `.noNode` when it is empty.
///
/// Entries are appended at the tail and drained from the head, so each list keeps the order in
/// which entries reached it.
@usableFromInline
struct ListEnds: Sendable {
  /// The first node, or `.noNode`.
  @usableFromInline var head: UInt32
  /// The last node, or `.noNode`.
  @usableFromInline var tail: UInt32

  /// A list from `head` to `tail`.
  @inlinable
  init(head: UInt32, tail: UInt32) {
    self.head = head
    self.tail = tail
  }

  /// An empty list.
  @inlinable
  static var empty: ListEnds { ListEnds(head: .noNode, tail: .noNode) }
}
