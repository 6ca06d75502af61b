import ControlInterface
import RepayConfig
import RepayDisplay

#if canImport(Glibc)
  import Glibc
#endif

// repayctl's front. `repayctl status`, the command a person or a status bar runs most, is
// answered here with the standard library alone, so that it starts in a few milliseconds; every
// other command line, and a status it cannot answer, goes to the full command set, which
// replaces this process.

let arguments = CommandLine.arguments
// Only what the address needs is read before the call, so that the daemon answers while the rest
// of the environment is read.
let addressEnvironment = ProcessEnvironment.values(of: ControlAddress.environmentVariables)
if let status = StatusArguments(Array(arguments.dropFirst()), environment: addressEnvironment),
  StatusFront.answer(status)
{
  exit(ExitStatus.success)
}
exit(FullCommandSet.replaceProcess(arguments: arguments))
