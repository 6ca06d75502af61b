import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  // PLACEHOLDER until the dossier lands in this session.
  func getDossier(_ request: Control.GetDossierRequest) throws(ControlError) -> Control.GetDossierReply {
    throw .storeFailed(message: "PLACEHOLDER")
  }
}
