"""Build the cassettes of the recorded-flow tests from the spec's documented example payloads.

We have no Twilio account here, so nothing in tests/cassettes/ was recorded from the live API: every
response body is a documented example from spec/ (adjusted where a flow needs consistency, and each
adjustment is written next to the interaction), or a Twilio error body in the TwilioError shape the
spec declares. The files use vcrpy's cassette format, so a maintainer with credentials can replace them
with real recordings (see README.md in this directory).

    python tests/contract/make_cassettes.py          # rewrite tests/cassettes/
    python tests/contract/make_cassettes.py --check  # fail if they differ from what this script builds
"""

from __future__ import annotations

import argparse
import copy
import datetime
import functools
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from generator.bundle import bundle  # noqa: E402

CASSETTE_DIR = REPO_ROOT / "tests" / "cassettes"
PROVENANCE = (
    "# Built from documented example payloads in spec/ by tests/contract/make_cassettes.py; "
    "not recorded from the live API."
)

API = "https://api.twilio.com"
MESSAGING = "https://messaging.twilio.com"
PRICING = "https://pricing.twilio.com"
ACCOUNT_SID = "AC" + "a" * 32  # the account of the spec's examples; recordings replace real SIDs with it
ACCOUNTS = f"{API}/2010-04-01/Accounts/{ACCOUNT_SID}"

# --- What the flows send (tests import these, so a cassette and its test cannot drift apart) ----------------------

MESSAGE_SID = "SMb7c0a2ce80504485a6f653a7110836f5"  # the message of the FetchMessage and UpdateMessage examples
SEND = {
    "to": "+14155552345",
    "from_": "+14155552345",
    "body": "Hello! 👍",
    "media_url": ["https://demo.twilio.com/owl.png"],
}
LIST_FILTER = {"to": "+123456789", "from_": "+987654321", "date_sent_after": datetime.date(2008, 1, 2), "page_size": 2}
SERVICE_FRIENDLY_NAME = "My Service!"
PHONE_NUMBER_SID = "PN" + "a" * 32
PRICING_COUNTRY = "US"
INVALID_TO = "+15005550001"  # Twilio's magic test number for "invalid To" (error 21211)
VALID_FROM = "+15005550006"  # Twilio's magic test number for a valid From
UNKNOWN_MESSAGE_SID = "SM" + "0" * 32


def request_id(n: int) -> str:
    return f"RQ{n:032x}"


# --- Errors: Twilio's error body (spec/openapi.yaml TwilioError), codes and messages as Twilio documents them ------


def twilio_error(code: int, status: int, message: str, **extra: Any) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
        **extra,
    }


ERROR_21211 = twilio_error(21211, 400, f"The 'To' number {INVALID_TO} is not a valid phone number.")
ERROR_20003 = twilio_error(20003, 401, "Authenticate", detail="Your AccountSid or AuthToken was incorrect.")
ERROR_20404 = twilio_error(
    20404,
    404,
    f"The requested resource /2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{UNKNOWN_MESSAGE_SID}.json was not found",
)
ERROR_20429 = twilio_error(20429, 429, "Too Many Requests")
ERROR_20500 = twilio_error(20500, 500, "An internal server error has occurred")
ERROR_20503 = twilio_error(20503, 503, "Service Unavailable")


# --- Building blocks ----------------------------------------------------------------------------------------------


@functools.cache
def _spec() -> dict[str, Any]:
    return bundle()


def example(operation_id: str, name: str) -> dict[str, Any]:
    """A documented example of an operation's success response, by operationId and example name."""
    for item in _spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                for response in op["responses"].values():
                    examples = response.get("content", {}).get("application/json", {}).get("examples", {})
                    if name in examples:
                        return copy.deepcopy(examples[name]["value"])
    raise KeyError(f"{operation_id} has no example {name!r}")


@dataclass
class Step:
    note: str  # where the response comes from, written above the interaction
    method: str
    url: str
    status: int
    body: Any = None  # JSON payload; None for an empty body
    form: list[tuple[str, str]] | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def interaction(self, n: int) -> dict[str, Any]:
        request_headers: dict[str, list[str]] = {}
        request_body = ""  # what httpx sends (and vcrpy records) for a request without a body
        if self.form is not None:
            request_headers["Content-Type"] = ["application/x-www-form-urlencoded"]
            request_body = urlencode(self.form)
        response_headers = {"Twilio-Request-Id": [request_id(n)], **{k: [v] for k, v in self.headers.items()}}
        if self.body is not None:
            response_headers["Content-Type"] = ["application/json; charset=utf-8"]
        reasons = {
            200: "OK",
            201: "Created",
            202: "Accepted",
            204: "No Content",
            400: "Bad Request",
            401: "Unauthorized",
            404: "Not Found",
            429: "Too Many Requests",
            500: "Internal Server Error",
            503: "Service Unavailable",
        }
        return {
            "request": {"body": request_body, "headers": request_headers, "method": self.method, "uri": self.url},
            "response": {
                "body": {"string": "" if self.body is None else json.dumps(self.body, ensure_ascii=False)},
                "headers": response_headers,
                "status": {"code": self.status, "message": reasons[self.status]},
            },
        }


def _with_message_sid(payload: dict[str, Any], sid: str) -> dict[str, Any]:
    old = payload["sid"]
    text = json.dumps(payload, ensure_ascii=False).replace(old, sid)
    return json.loads(text)


# --- The flows ----------------------------------------------------------------------------------------------------


def message_lifecycle() -> list[Step]:
    created = _with_message_sid(example("CreateMessage", "create"), MESSAGE_SID)
    created["num_media"] = "1"
    first_page = example("ListMessage", "readFullPage1")
    last_page = copy.deepcopy(first_page)
    last_page.update(
        page=1,
        start=2,
        end=2,
        messages=first_page["messages"][:1],
        previous_page_uri=first_page["first_page_uri"],
        uri=first_page["next_page_uri"],
        next_page_uri=None,
    )
    send_form = [("To", SEND["to"]), ("From", SEND["from_"]), ("Body", SEND["body"])]
    send_form += [("MediaUrl", url) for url in SEND["media_url"]]
    list_query = urlencode(
        {
            "To": LIST_FILTER["to"],
            "From": LIST_FILTER["from_"],
            "DateSent>": LIST_FILTER["date_sent_after"].isoformat(),
            "PageSize": LIST_FILTER["page_size"],
        }
    )
    return [
        Step(
            "CreateMessage -> 201: spec example 'create', with the sid of the FetchMessage example and num_media '1'",
            "POST",
            f"{ACCOUNTS}/Messages.json",
            201,
            created,
            form=send_form,
        ),
        Step(
            "FetchMessage -> 200: spec example 'fetch'",
            "GET",
            f"{ACCOUNTS}/Messages/{MESSAGE_SID}.json",
            200,
            example("FetchMessage", "fetch"),
        ),
        Step(
            "ListMessage -> 200: spec example 'readFullPage1' (first page, with next_page_uri)",
            "GET",
            f"{ACCOUNTS}/Messages.json?{list_query}",
            200,
            first_page,
        ),
        Step(
            "ListMessage -> 200: the last page, derived from 'readFullPage1' (page 1, one item, no next page)",
            "GET",
            API + first_page["next_page_uri"],
            200,
            last_page,
        ),
        Step(
            "UpdateMessage -> 200: spec example 'redactBody'",
            "POST",
            f"{ACCOUNTS}/Messages/{MESSAGE_SID}.json",
            200,
            example("UpdateMessage", "redactBody"),
            form=[("Body", "")],
        ),
        Step(
            "DeleteMessage -> 204: no body, as the spec documents",
            "DELETE",
            f"{ACCOUNTS}/Messages/{MESSAGE_SID}.json",
            204,
        ),
    ]


def messaging_service_sender() -> list[Step]:
    service = example("CreateService", "create")
    service_url = f"{MESSAGING}/v1/Services/{service['sid']}"
    return [
        Step(
            "CreateService -> 201: spec example 'create'",
            "POST",
            f"{MESSAGING}/v1/Services",
            201,
            service,
            form=[("FriendlyName", SERVICE_FRIENDLY_NAME)],
        ),
        Step(
            "CreatePhoneNumber -> 201: spec example 'create'",
            "POST",
            f"{service_url}/PhoneNumbers",
            201,
            example("CreatePhoneNumber", "create"),
            form=[("PhoneNumberSid", PHONE_NUMBER_SID)],
        ),
        Step(
            "ListPhoneNumber -> 200: spec example 'readFull'",
            "GET",
            f"{service_url}/PhoneNumbers",
            200,
            example("ListPhoneNumber", "readFull"),
        ),
        Step("DeletePhoneNumber -> 204", "DELETE", f"{service_url}/PhoneNumbers/{PHONE_NUMBER_SID}", 204),
        Step("DeleteService -> 204", "DELETE", service_url, 204),
    ]


def pricing_lookup() -> list[Step]:
    return [
        Step(
            "FetchMessagingCountry -> 200: spec example 'fetch'",
            "GET",
            f"{PRICING}/v1/Messaging/Countries/{PRICING_COUNTRY}",
            200,
            example("FetchMessagingCountry", "fetch"),
        ),
        Step(
            "ListMessagingCountry -> 200: spec example 'readFull'",
            "GET",
            f"{PRICING}/v1/Messaging/Countries",
            200,
            example("ListMessagingCountry", "readFull"),
        ),
    ]


def _send_form(to: str) -> list[tuple[str, str]]:
    return [("To", to), ("From", VALID_FROM), ("Body", "Hello")]


ERROR_NOTE = "Twilio error {code} in the TwilioError shape of spec/openapi.yaml (see twilio.com/docs/errors/{code})"


def _error_step(op: str, method: str, url: str, error: dict[str, Any], **kw: Any) -> Step:
    return Step(
        f"{op} -> {error['status']}: " + ERROR_NOTE.format(code=error["code"]),
        method,
        url,
        error["status"],
        error,
        **kw,
    )


def errors() -> dict[str, list[Step]]:
    fetch_url = f"{ACCOUNTS}/Messages/{MESSAGE_SID}.json"
    created = example("CreateMessage", "create")
    return {
        "test_invalid_to_is_bad_request_21211": [
            _error_step("CreateMessage", "POST", f"{ACCOUNTS}/Messages.json", ERROR_21211, form=_send_form(INVALID_TO)),
        ],
        "test_wrong_credentials_are_authentication_error_20003": [
            _error_step(
                "FetchMessage", "GET", fetch_url, ERROR_20003, headers={"WWW-Authenticate": 'Basic realm="Twilio API"'}
            ),
        ],
        "test_unknown_message_is_not_found_20404": [
            _error_step("FetchMessage", "GET", f"{ACCOUNTS}/Messages/{UNKNOWN_MESSAGE_SID}.json", ERROR_20404),
        ],
        "test_too_many_requests_is_rate_limit_error_20429": [
            _error_step("CreateMessage", "POST", f"{ACCOUNTS}/Messages.json", ERROR_20429, form=_send_form(VALID_FROM)),
        ],
        "test_rate_limited_create_is_retried_after_retry_after": [
            _error_step(
                "CreateMessage",
                "POST",
                f"{ACCOUNTS}/Messages.json",
                ERROR_20429,
                form=_send_form(VALID_FROM),
                headers={"Retry-After": "0"},
            ),
            Step(
                "CreateMessage -> 201: spec example 'create'",
                "POST",
                f"{ACCOUNTS}/Messages.json",
                201,
                created,
                form=_send_form(VALID_FROM),
            ),
        ],
        "test_server_error_on_create_is_not_retried": [
            _error_step("CreateMessage", "POST", f"{ACCOUNTS}/Messages.json", ERROR_20500, form=_send_form(VALID_FROM)),
        ],
        "test_server_error_on_fetch_is_retried": [
            _error_step("FetchMessage", "GET", fetch_url, ERROR_20503, headers={"Retry-After": "0"}),
            Step("FetchMessage -> 200: spec example 'fetch'", "GET", fetch_url, 200, example("FetchMessage", "fetch")),
        ],
    }


def all_cassettes() -> dict[Path, list[Step]]:
    """Cassette path (relative to tests/cassettes/) -> its interactions."""
    flows = {
        "test_message_lifecycle": message_lifecycle(),
        "test_messaging_service_with_phone_number_sender": messaging_service_sender(),
        "test_pricing_lookup": pricing_lookup(),
    }
    found = {Path("test_recorded_flows") / f"{name}.yaml": steps for name, steps in flows.items()}
    found.update({Path("test_recorded_errors") / f"{name}.yaml": steps for name, steps in errors().items()})
    return found


def render(steps: list[Step]) -> str:
    """vcrpy's YAML cassette format (version 1), with a provenance header and a note above each interaction."""
    lines = [PROVENANCE, "# Regenerate with: python tests/contract/make_cassettes.py", "interactions:"]
    for n, step in enumerate(steps, 1):
        lines.append(f"# {n}. {step.note}")
        dumped = yaml.safe_dump([step.interaction(n)], allow_unicode=True, sort_keys=True, width=120)
        lines.append(dumped.rstrip("\n"))
    lines.append("version: 1")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if tests/cassettes/ differs from a fresh build")
    args = parser.parse_args(argv)
    stale = []
    for relative, steps in sorted(all_cassettes().items()):
        path = CASSETTE_DIR / relative
        text = render(steps)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(relative))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote tests/cassettes/{relative} ({len(steps)} interactions)")
    if stale:
        print("stale cassettes (run python tests/contract/make_cassettes.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
