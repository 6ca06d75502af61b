import ControlInterface

/// `org.varlink.service`, the interface every Varlink service offers: its definition (shipped as
/// `org.varlink.service.varlink`, embedded in the code) and its two methods.
public enum VarlinkServiceInterface {
  /// The interface's name.
  public static let name = "org.varlink.service"
  /// The definition, as `GetInterfaceDescription` serves it.
  public static let description = String(
    decoding: PackageResources.org_varlink_service_varlink, as: UTF8.self)

  /// `GetInfo`: what the service is.
  public struct GetInfo: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "org.varlink.service.GetInfo"
    /// A call.
    public init() {}

    /// The service's vendor, product, version and web address, and its interfaces.
    public struct Reply: Codable, Hashable, Sendable {
      /// Who makes the service.
      public var vendor: String
      /// The product.
      public var product: String
      /// The product's version.
      public var version: String
      /// Where to read about it.
      public var url: String
      /// The interfaces it implements, `org.varlink.service` first.
      public var interfaces: [String]

      /// A reply with these values.
      public init(vendor: String, product: String, version: String, url: String, interfaces: [String]) {
        self.vendor = vendor
        self.product = product
        self.version = version
        self.url = url
        self.interfaces = interfaces
      }
    }
  }

  /// `GetInterfaceDescription`: the definition of one interface.
  public struct GetInterfaceDescription: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "org.varlink.service.GetInterfaceDescription"
    /// The interface asked for.
    public var interface: String
    /// A call asking for `interface`.
    public init(interface: String) {
      self.interface = interface
    }

    /// The definition in the interface definition language.
    public struct Reply: Codable, Hashable, Sendable {
      /// The definition's text.
      public var description: String
      /// A reply with this text.
      public init(description: String) {
        self.description = description
      }
    }
  }
}

extension VarlinkServiceInterface {
  /// The definition as read: what the server checks a call's method and parameter names against.
  public static let definition = try! VarlinkInterfaceDefinition(parsing: description)
}
