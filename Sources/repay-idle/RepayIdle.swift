import ArgumentParser
import Logging
import RepayConfig
import RepayControl
import RepayCore
import RepayDelivery
import RepayStore
import ServiceLifecycle
import Systemd
import UnixSignals

#if canImport(Glibc)
  import Glibc
#endif

/// `repay-idle`: the baseline of `repay-bench daemon` for repayd's idle memory. It links what
/// repayd links and does nothing: it says `READY=1` (when `NOTIFY_SOCKET` is set, so that the
/// benchmark knows it has started, as it knows of repayd) and sleeps until a signal ends it.
/// Not installed; built only for the benchmark.
@main
enum RepayIdle {
  static func main() {
    // One use of a type from each module repayd imports, so that the linker keeps what each one
    // brings in (its libraries and their initializers), as it does for repayd; nothing is run.
    let kept: [Any.Type] = [
      CommandConfiguration.self, Logger.self, ConfigurationReader.self, Configuration.self,
      NoticeWriter.self, StateStore.self, ControlListener.self, ServiceGroup.self, UnixSignal.self,
      ServiceNotifier.self,
    ]
    withExtendedLifetime(kept) {}
    _ = try? ServiceNotifier().notify(.ready)
    while true { pause() }
  }
}
