import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  // PLACEHOLDER until agreements land in this session.
  func renegotiate(_ request: Control.RenegotiateRequest) throws(ControlError) -> Control.RenegotiateReply {
    throw .storeFailed(message: "PLACEHOLDER")
  }

  // PLACEHOLDER: no agreements until they land.
  func listAgreements(_ request: Control.ListAgreementsRequest) throws(ControlError)
    -> Control.ListAgreementsReply
  {
    Control.ListAgreementsReply(agreements: [])
  }

  // PLACEHOLDER
  func cancelAgreement(_ request: Control.CancelAgreementRequest) throws(ControlError)
    -> Control.CancelAgreementReply
  {
    throw .storeFailed(message: "PLACEHOLDER")
  }
}
