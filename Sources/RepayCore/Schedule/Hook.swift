/// A `[[hook]]`: a command run, by argument vector and never through a shell, whenever a stage
/// it names is delivered.
public struct Hook: Hashable, Sendable {
  /// The stages that trigger it.
  public var stages: Set<Stage>
  /// The argument vector; the first element is an absolute path to an executable.
  public var arguments: [String]
  /// How long it may run before its process group is killed.
  public var timeout: ReminderOffset

  /// A hook with these parts.
  public init(stages: Set<Stage>, arguments: [String], timeout: ReminderOffset) {
    self.stages = stages
    self.arguments = arguments
    self.timeout = timeout
  }
}
