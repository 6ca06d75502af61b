extension Control {
  /// The parameters of a `Reload` call, which reads the configuration again; when it is invalid, the error `ConfigInvalid` lists
  /// every finding and the configuration before stays in force.
  public struct ReloadRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.Reload"
    /// The reply.
    public typealias Reply = Control.ReloadReply

    /// A call without parameters.
    public init() {}
  }

  /// The reply of `Reload`.
  public struct ReloadReply: Codable, Hashable, Sendable {
    /// The configuration now in force.
    public var configuration: Control.Configuration

    /// A value with these fields.
    public init(configuration: Control.Configuration) {
      self.configuration = configuration
    }
  }
}
