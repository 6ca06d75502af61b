import CHeap

/// How glibc's allocator treats the large blocks of a short, single-shot command.
///
/// By default glibc gives every block of 128 KiB or more its own mapping and unmaps it when it is
/// freed (raising that threshold only after such a block is freed), so the arrays of a few
/// hundred KB that an offline plan builds and drops are each mapped and faulted in afresh, page
/// by page: about 140 page faults and 1 ms of a 600-month plan (docs/performance.md, "repayctl
/// plan"). A command that ends within milliseconds gains nothing from handing memory back early.
/// The daemon does the opposite (`FreedMemory.keepLargeBlocksMapped` in `Systemd`), as it lives
/// for hours.
enum HeapTuning {
  /// The threshold set: the highest glibc's own sliding threshold reaches on 64-bit Linux (4 MiB
  /// times the size of a `long`, `DEFAULT_MMAP_THRESHOLD_MAX`), so that every block short of
  /// 32 MiB comes from the heap and, freed, can serve the next.
  static let heapBlockLimit: Int32 = 32 * 1_024 * 1_024

  /// Serves blocks below `heapBlockLimit` from the heap for the rest of the process; call it
  /// before the first large allocation. Whether glibc took the setting (it is only an
  /// optimisation: the command works the same without it).
  @discardableResult
  static func keepFreedBlocksInHeap() -> Bool {
    mallopt(M_MMAP_THRESHOLD, heapBlockLimit) == 1
  }
}
