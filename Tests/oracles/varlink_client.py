"""An independent Varlink client: Python's `varlink` package (PyPI) calls the control socket.

Usage: varlink_client.py unix:PATH

Introspects the service, parses the served io.repayd.Control definition with the package's own
parser, calls methods of the test server and one that fails, and prints one JSON object with what
it saw; the Swift test checks it. Exits non-zero on any failure.
"""

import json
import sys

import varlink


def main() -> None:
    address = sys.argv[1]
    with varlink.Client(address=address) as client:
        with client.open("org.varlink.service", namespaced=False) as service:
            info = service.GetInfo()
            description = service.GetInterfaceDescription("io.repayd.Control")["description"]
        # The package parses the definition when it opens the interface by name.
        interface = varlink.Interface(description)
        with client.open("io.repayd.Control", namespaced=False) as control:
            loans = control.ListLoans()
            loan = control.GetLoan("huabei")
            payment = control.RecordPayment("huabei", "1250.00", None, None, None)
            try:
                control.GetLoan("nope")
                error = None
            except varlink.VarlinkError as failure:
                error = {"error": failure.error(), "parameters": failure.parameters()}
            watch = next(control.Watch(_more=True))
    print(json.dumps({
        "info": info,
        "members": sorted(interface.members.keys()),
        "loans": loans,
        "loan_name": loan["loan"]["name"],
        "payment_id": payment["payment"]["id"],
        "error": error,
        "watch": watch,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
