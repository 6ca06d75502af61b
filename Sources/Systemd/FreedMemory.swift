/// Hands memory that the process has freed back to the kernel: glibc's `malloc_trim(0)`. A plan
/// of many loans allocates and frees tens of megabytes once (the TOML document, the schedule's
/// expansion, the agenda); glibc keeps such freed memory in its arenas for later, which for a
/// daemon that then sleeps for hours only inflates its resident size.
///
/// `malloc_trim` leaves alone the free top of a thread's arena, and by default glibc raises its
/// threshold for giving blocks their own mapping to the size of each such block freed (the
/// 3 MB configuration text, say), so that the plan's large temporary arrays then come from a
/// thread's arena and, freed, stay resident at its top. `keepLargeBlocksMapped()` keeps the
/// threshold at glibc's 128 KiB default: each large block is returned when it is freed.
public enum FreedMemory {
  /// glibc's default threshold for a block's own mapping, 128 KiB.
  public static let mappedBlockThreshold: Int32 = 128 * 1_024

  /// Gives every block of at least `mappedBlockThreshold` its own mapping, unmapped when it is
  /// freed, for the rest of the process; call it before the first large allocation. Whether
  /// glibc took the setting.
  @discardableResult
  public static func keepLargeBlocksMapped() -> Bool {
    LibSystemd.fixMallocMapThreshold(bytes: mappedBlockThreshold)
  }

  /// Returns what can be returned; whether any was.
  @discardableResult
  public static func release() -> Bool {
    LibSystemd.trimFreedMemory()
  }
}
