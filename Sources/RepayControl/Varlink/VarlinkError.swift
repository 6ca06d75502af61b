/// An error of a Varlink interface: its qualified name and its parameters, coded by name so that
/// one Swift enum stands for all the errors an interface defines.
public protocol VarlinkError: Error, Hashable, Sendable {
  /// The qualified name, such as `org.varlink.service.MethodNotFound`.
  var name: String { get }
  /// Writes the parameters the interface defines for this error.
  func encodeParameters(to parameters: inout VarlinkErrorParameters.Writer) throws
  /// The error of this `name`, read from `parameters`; nil when the interface defines no error of
  /// this name.
  init?(name: String, parameters: VarlinkErrorParameters) throws
}
