#if canImport(Glibc)
  import Glibc
#endif

/// Asks the kernel to back large slab buffers with transparent huge pages (2 MiB), the only
/// system call in this module.
///
/// At a million entries the slab spans tens of megabytes and every cancel reaches a random part
/// of it; with 4 KiB pages most of those accesses also miss the TLB, and in a virtual machine a
/// TLB miss walks two sets of page tables. With huge pages the TLB covers the whole slab. Many
/// systems (Debian's default among them) enable transparent huge pages only for memory marked
/// with `madvise(MADV_HUGEPAGE)`, hence this advice.
///
/// It is advice only: where huge pages are disabled, unsupported or the call fails, the memory
/// works as before with small pages, and nothing is reported.
@usableFromInline
enum HugePageAdvice {
  /// The size of a transparent huge page on x86-64 and most arm64 kernels.
  static let hugePageBytes = 2 << 20

  /// Advises huge pages for the whole 2 MiB-aligned pages within `bytes` starting at `start`
  /// (the range is rounded inward, so that no memory outside it is affected), and says whether
  /// the kernel accepted the advice. Call it before the memory is first written: pages already
  /// faulted in stay small until the kernel's background collapsing gets to them.
  @usableFromInline
  @discardableResult
  static func advise(_ start: UnsafeMutableRawPointer, bytes: Int) -> Bool {
    #if os(Linux)
      let first = (Int(bitPattern: start) + hugePageBytes - 1) & ~(hugePageBytes - 1)
      let end = (Int(bitPattern: start) + bytes) & ~(hugePageBytes - 1)
      guard end > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return false }
      return madvise(aligned, end - first, MADV_HUGEPAGE) == 0
    #else
      return false
    #endif
  }
}
