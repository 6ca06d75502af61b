import RepayCore
import RepayDelivery

/// A sink that takes every notice and keeps none: the other sink beside the
/// desktop's in a delivery, which must carry on whatever the desktop does.
struct RecordingSink: NoticeSink {
  var name: String { "recording" }

  var fold: CatchUpFold { .never }

  func deliver(_ notices: [Notice]) throws {}
}
