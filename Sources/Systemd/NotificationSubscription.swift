/// The notification server's signals reaching a handler (`NotificationClient.subscribe`): they
/// do while this lives; releasing it ends the subscription. Use it on the bus's queue.
public final class NotificationSubscription {
  private let matches: [BusMatch]

  init(matches: [BusMatch]) {
    self.matches = matches
  }
}
