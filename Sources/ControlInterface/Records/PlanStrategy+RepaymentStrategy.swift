import RepayCore

extension Control.PlanStrategy {
  /// The strategy of the planner this one names.
  public init(_ strategy: RepaymentStrategy) {
    switch strategy {
    case .avalanche: self = .avalanche
    case .snowball: self = .snowball
    }
  }

  /// The planner's strategy of this name.
  public var repaymentStrategy: RepaymentStrategy {
    switch self {
    case .avalanche: .avalanche
    case .snowball: .snowball
    }
  }
}
