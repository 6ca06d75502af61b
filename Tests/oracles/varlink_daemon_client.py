"""An independent Varlink client for the real daemon: Python's `varlink` package (PyPI).

Usage: varlink_daemon_client.py unix:PATH LOAN

Introspects repayd, parses the io.repayd.Control definition it serves with the package's own
parser, and calls every method of it once (on LOAN where a loan is named: a payment recorded and
deleted again, a snooze made and ended, a note), then one call of each typed error the daemon
answers without changing anything. Prints one JSON object of the replies by method name, and the
errors by name; the Swift test checks them. Exits non-zero on any failure.
"""

import json
import sys

import varlink


def failure(call) -> dict:
    """The error a call fails with, as {"error": NAME, "parameters": {...}}."""
    try:
        call()
    except varlink.VarlinkError as error:
        return {"error": error.error(), "parameters": error.parameters()}
    raise AssertionError("the call succeeded")


def main() -> None:
    address, loan = sys.argv[1], sys.argv[2]
    replies = {}
    with varlink.Client(address=address) as client:
        with client.open("org.varlink.service", namespaced=False) as service:
            replies["GetInfo"] = service.GetInfo()
            description = service.GetInterfaceDescription("io.repayd.Control")["description"]
        members = sorted(varlink.Interface(description).members.keys())
        with client.open("io.repayd.Control", namespaced=False) as control:
            replies["GetStatus"] = control.GetStatus()
            replies["ListLoans"] = control.ListLoans()
            replies["GetLoan"] = control.GetLoan(loan)
            replies["ListUpcoming"] = control.ListUpcoming(30)
            replies["RecordPayment"] = control.RecordPayment(loan, "100.00", None, None, "first part")
            replies["DeletePayment"] = control.DeletePayment(
                replies["RecordPayment"]["payment"]["id"], "bounced")
            replies["Snooze"] = control.Snooze(loan, "2h", None)
            replies["Unsnooze"] = control.Unsnooze(loan)
            # loan, text, channel, direction, counterpart, ref; the rest left out.
            replies["AddNote"] = control.AddNote(loan, "called; they wait", "phone", "out", None, "A-1")
            replies["ListNotes"] = control.ListNotes(loan)
            replies["History"] = control.History(loan, None)
            replies["Reload"] = control.Reload()
            errors = {
                "LoanNotFound": failure(lambda: control.GetLoan("nope")),
                "OccurrenceNotFound": failure(
                    lambda: control.RecordPayment(loan, None, "1999-01-01", None, None)),
                "PaymentNotFound": failure(lambda: control.DeletePayment(999999)),
                "InvalidParameter": failure(lambda: control.Snooze(loan, None, None)),
            }
            # Last: the connection then belongs to the watch.
            replies["Watch"] = next(control.Watch(_more=True))
    print(json.dumps({"members": members, "replies": replies, "errors": errors}, ensure_ascii=False))


if __name__ == "__main__":
    main()
