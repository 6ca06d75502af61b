import ControlInterface
import Foundation

/// Turns one message into its outcome: checks it against the interfaces' definitions (method,
/// parameter names and types), answers `org.varlink.service` itself, and hands each
/// `io.repayd.Control` call to the handler.
struct ControlDispatcher<Handler: ControlHandler>: Sendable {
  let handler: Handler
  let info: VarlinkServiceInterface.GetInfo.Reply

  private static var definitions: [String: VarlinkInterfaceDefinition] {
    [VarlinkServiceInterface.name: VarlinkServiceInterface.definition, Control.name: Control.definition]
  }

  init(handler: Handler, configuration: ControlServerConfiguration) {
    self.handler = handler
    info = .init(
      vendor: configuration.vendor, product: configuration.product, version: configuration.version,
      url: configuration.url, interfaces: [VarlinkServiceInterface.name, Control.name])
  }

  /// The outcome of `message` (without its NUL).
  func outcome(of message: [UInt8]) async -> CallOutcome {
    // JSON text is UTF-8; checked whole, since the header is read without every value.
    guard String(validating: message, as: UTF8.self) != nil,
      let header = try? VarlinkJSON.decode(VarlinkCallHeader.self, from: message)
    else {
      return errorReply(ControlError.invalidMessage, thenClose: true)
    }
    let call = Call(header: header, message: message)
    if let refusal = Self.refusal(of: header) { return call.reply(refusal) }
    switch header.method {
    case VarlinkServiceInterface.GetInfo.method:
      return await call.answer(VarlinkServiceInterface.GetInfo.self) { _ throws(VarlinkServiceError) in info }
    case VarlinkServiceInterface.GetInterfaceDescription.method:
      return await call.answer(VarlinkServiceInterface.GetInterfaceDescription.self) {
        request throws(VarlinkServiceError) in
        guard let description = Self.descriptions[request.interface] else {
          throw .interfaceNotFound(interface: request.interface)
        }
        return .init(description: description)
      }
    case Control.GetStatusRequest.method:
      return await call.answer(Control.GetStatusRequest.self, handler.getStatus)
    case Control.ListLoansRequest.method:
      return await call.answer(Control.ListLoansRequest.self, handler.listLoans)
    case Control.GetLoanRequest.method: return await call.answer(Control.GetLoanRequest.self, handler.getLoan)
    case Control.ListUpcomingRequest.method:
      return await call.answer(Control.ListUpcomingRequest.self, handler.listUpcoming)
    case Control.RecordPaymentRequest.method:
      return await call.answer(Control.RecordPaymentRequest.self, handler.recordPayment)
    case Control.DeletePaymentRequest.method:
      return await call.answer(Control.DeletePaymentRequest.self, handler.deletePayment)
    case Control.SnoozeRequest.method: return await call.answer(Control.SnoozeRequest.self, handler.snooze)
    case Control.UnsnoozeRequest.method:
      return await call.answer(Control.UnsnoozeRequest.self, handler.unsnooze)
    case Control.AddNoteRequest.method: return await call.answer(Control.AddNoteRequest.self, handler.addNote)
    case Control.ListNotesRequest.method:
      return await call.answer(Control.ListNotesRequest.self, handler.listNotes)
    case Control.RenegotiateRequest.method:
      return await call.answer(Control.RenegotiateRequest.self, handler.renegotiate)
    case Control.ListAgreementsRequest.method:
      return await call.answer(Control.ListAgreementsRequest.self, handler.listAgreements)
    case Control.CancelAgreementRequest.method:
      return await call.answer(Control.CancelAgreementRequest.self, handler.cancelAgreement)
    case Control.GetDossierRequest.method:
      return await call.answer(Control.GetDossierRequest.self, handler.getDossier)
    case Control.ListOccurrencesRequest.method:
      return await call.answer(Control.ListOccurrencesRequest.self, handler.listOccurrences)
    case Control.PlanRequest.method: return await call.answer(Control.PlanRequest.self, handler.plan)
    case Control.AdoptPlanRequest.method:
      return await call.answer(Control.AdoptPlanRequest.self, handler.adoptPlan)
    case Control.ListPlansRequest.method:
      return await call.answer(Control.ListPlansRequest.self, handler.listPlans)
    case Control.ExportCalendarRequest.method:
      return await call.answer(Control.ExportCalendarRequest.self, handler.exportCalendar)
    case Control.HistoryRequest.method: return await call.answer(Control.HistoryRequest.self, handler.history)
    case Control.ReloadRequest.method: return await call.answer(Control.ReloadRequest.self, handler.reload)
    case Control.WatchRequest.method: return await call.watch(handler.watch)
    default:
      // Every method of the definitions has a case above; `ControlInterfaceTests` holds them equal.
      return call.reply(VarlinkServiceError.methodNotImplemented(method: header.method))
    }
  }

  private static var descriptions: [String: String] {
    [VarlinkServiceInterface.name: VarlinkServiceInterface.description, Control.name: Control.description]
  }

  /// The standard error a call gets before its parameters are read: a protocol upgrade (none is
  /// offered), an unknown interface, method or parameter name.
  private static func refusal(of header: VarlinkCallHeader) -> VarlinkServiceError? {
    guard !header.upgrade else { return .methodNotImplemented(method: header.method) }
    let dot = header.method.lastIndex(of: ".") ?? header.method.startIndex
    let interface = String(header.method[..<dot])
    guard let definition = definitions[interface] else { return .interfaceNotFound(interface: interface) }
    let member = header.method[header.method.index(after: dot)...]
    guard let method = definition.method(String(member)) else {
      return .methodNotFound(method: header.method)
    }
    if let unknown = header.parameterNames.first(where: { !method.parameters.contains($0) }) {
      return .invalidParameter(parameter: unknown)
    }
    return nil
  }

}

/// The message of an error reply. An error of our own making always encodes (plain strings and
/// numbers); a failure here would be a bug in its coding.
func errorMessage<Failure: VarlinkError>(_ error: Failure) -> [UInt8] {
  try! VarlinkJSON.message(VarlinkErrorReply(error))
}

/// The message of a reply with `parameters`. Our replies always encode (strings, numbers and
/// records of them); a failure here would be a bug in their coding.
func replyMessage<Parameters: Encodable>(_ parameters: Parameters) -> [UInt8] {
  try! VarlinkJSON.message(VarlinkReply(parameters: parameters))
}

/// An error reply as an outcome.
func errorReply<Failure: VarlinkError>(_ error: Failure, thenClose: Bool = false) -> CallOutcome {
  .reply(errorMessage(error), thenClose: thenClose)
}

/// One decoded call: its flags and message, and how its parameters and replies are coded.
private struct Call {
  let header: VarlinkCallHeader
  let message: [UInt8]

  func reply<Failure: VarlinkError>(_ error: Failure) -> CallOutcome {
    header.oneway ? .none : errorReply(error)
  }

  func reply<Reply: Encodable>(_ parameters: Reply) -> CallOutcome {
    header.oneway
      ? .none : .reply(replyMessage(parameters), thenClose: false)
  }

  /// The call's parameters as `Method`; a standard `InvalidParameter` naming the first one that is
  /// missing or of the wrong type.
  func parameters<Method: VarlinkMethodCall>(_ type: Method.Type) -> Result<Method, VarlinkServiceError> {
    do {
      // A call without parameters (or with null) stands for an empty object.
      if header.parameterNames.isEmpty {
        return .success(try VarlinkJSON.decode(Method.self, from: Array("{}".utf8)))
      }
      return .success(try VarlinkJSON.decode(VarlinkCallParameters<Method>.self, from: message).parameters)
    } catch let error as DecodingError {
      return .failure(.invalidParameter(parameter: Self.parameterName(of: error)))
    } catch {
      return .failure(.invalidParameter(parameter: "parameters"))
    }
  }

  func answer<Method: VarlinkMethodCall, Failure: VarlinkError>(
    _ type: Method.Type, _ body: (Method) async throws(Failure) -> Method.Reply
  ) async -> CallOutcome {
    switch parameters(type) {
    case .failure(let error): return reply(error)
    case .success(let request):
      do throws(Failure) {
        return reply(try await body(request))
      } catch {
        return reply(error)
      }
    }
  }

  func watch(
    _ body: (Control.WatchRequest) async throws(ControlError) -> AsyncStream<Control.WatchEvent>
  ) async -> CallOutcome {
    guard header.more || header.oneway else { return reply(VarlinkServiceError.expectedMore) }
    switch parameters(Control.WatchRequest.self) {
    case .failure(let error): return reply(error)
    case .success(let request):
      do throws(ControlError) {
        let events = try await body(request)
        return header.oneway ? .none : .stream(events)
      } catch {
        return reply(error)
      }
    }
  }

  /// The parameter a decoding error is about: the key under `parameters`, or the missing key.
  private static func parameterName(of error: DecodingError) -> String {
    switch error {
    case .keyNotFound(let key, let context):
      return context.codingPath.count > 1 ? context.codingPath[1].stringValue : key.stringValue
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      return context.codingPath.count > 1 ? context.codingPath[1].stringValue : "parameters"
    @unknown default:
      return "parameters"
    }
  }
}
