extension TimerWheel {
  /// Names one entry of the wheel that issued it, for `cancel(_:)`.
  ///
  /// It stays valid while the entry is pending; once the entry has expired or been cancelled the
  /// handle is stale, and stays stale even when its storage holds a later entry.
  public struct Handle: Hashable, Sendable {
    /// The entry's node in the slab.
    @usableFromInline let node: UInt32
    /// The node's generation when the entry was inserted.
    @usableFromInline let generation: UInt32

    /// The handle of the entry in `node` at `generation`.
    @usableFromInline
    init(node: UInt32, generation: UInt32) {
      self.node = node
      self.generation = generation
    }
  }
}
