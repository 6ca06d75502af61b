#if canImport(Glibc)
  import Glibc
#endif

/// Sends what is printed to standard output to standard error while `body` runs, so that
/// `repay-bench all` keeps each comparison's own report (its progress) apart from the one table
/// it prints on standard output.
enum StandardOutputDiversion {
  /// Runs `body` with standard output on standard error, and puts it back, also when it throws.
  static func run<Result>(_ body: () throws -> Result) rethrows -> Result {
    // Every stream flushed (nil): what was printed before goes where it was meant to.
    fflush(nil)
    let saved = dup(STDOUT_FILENO)
    dup2(STDERR_FILENO, STDOUT_FILENO)
    defer {
      fflush(nil)
      dup2(saved, STDOUT_FILENO)
      close(saved)
    }
    return try body()
  }
}
