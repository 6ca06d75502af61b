/// Hands memory that the process has freed back to the kernel: glibc's `malloc_trim(0)`. A plan
/// of many loans allocates and frees tens of megabytes once (the TOML document, the schedule's
/// expansion, the agenda); glibc keeps such freed memory in its arenas for later, which for a
/// daemon that then sleeps for hours only inflates its resident size.
public enum FreedMemory {
  /// Returns what can be returned; whether any was.
  @discardableResult
  public static func release() -> Bool {
    LibSystemd.trimFreedMemory()
  }
}
