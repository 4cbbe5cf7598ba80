"""2010-04-01 Messages, Media and Feedback endpoints."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from ..behaviours.messages import is_complete, redact_or_cancel, render_feedback, render_media, render_message
from ..core.dates import parse_filter_date
from ..core.errors import TwilioError, bad_request, invalid_parameter, not_found
from ..core.params import Params
from ..spec.paging import envelope_2010, paginate, parse_page_request
from ..spec.validation import check_form
from ..store.records import Feedback, Message
from .routing import Handler
from .wire import empty_response, json_response, query_params, read_form

if TYPE_CHECKING:
    from ..emulator import Emulator

_DAY = 86400.0


def _between(low: float, high: float) -> Callable[[float], bool]:
    return lambda value: low <= value < high


def date_filter(params: Params, name: str) -> Callable[[float | None], bool] | None:
    """Build a predicate for ``name``, ``name<`` (on or before) and ``name>`` (on or after)."""
    low, high = float("-inf"), float("inf")
    present = False
    for suffix in ("", "<", ">"):
        raw = params.get(name + suffix)
        if raw is None:
            continue
        try:
            ts, whole_day = parse_filter_date(raw)
        except ValueError:
            raise invalid_parameter(name + suffix, raw) from None
        present = True
        end = ts + _DAY if whole_day else ts + 1
        if suffix in ("", ">"):
            low = max(low, ts)
        if suffix in ("", "<"):
            high = min(high, end)
    if not present:
        return None
    inside = _between(low, high)
    return lambda value: value is not None and inside(value)


def message_handlers(emulator: Emulator) -> dict[str, Handler]:
    """Messages, Media and Feedback: the lifecycle is behaviour, so these operations are hand-written."""

    def find(request: Request, param: str = "Sid") -> Message:
        message = emulator.messages.get(request.path_params[param])
        if message is None:
            raise not_found(request.scope["path"])
        return message

    def show(message: Message) -> Response:
        return json_response(render_message(message, message.sid in emulator.feedback))

    async def create(request: Request) -> Response:
        params = await read_form(request)
        message = emulator.create_message(params)
        return json_response(render_message(message), 201)

    async def list_messages(request: Request) -> Response:
        query = query_params(request)
        page_request = parse_page_request(query)
        to, from_ = query.get("To"), query.get("From")
        sent = date_filter(query, "DateSent")
        emulator.tick()
        with emulator.lock:
            items = [
                m
                for m in reversed(emulator.messages.values())
                if (not to or m.to == to) and (not from_ or m.from_ == from_) and (sent is None or sent(m.date_sent))
            ]
            page = paginate(items, page_request, lambda m: m.sid)
            rendered = [render_message(m, m.sid in emulator.feedback) for m in page.items]
        filters = [(k, v) for k, v in query.pairs() if k in ("To", "From", "DateSent", "DateSent<", "DateSent>")]
        return json_response(envelope_2010(request.scope["path"], filters, "messages", rendered, page))

    async def fetch(request: Request) -> Response:
        emulator.tick()
        with emulator.lock:
            return show(find(request))

    async def update(request: Request) -> Response:
        params = await read_form(request)
        emulator.tick()
        with emulator.lock:
            message = find(request)
            action = redact_or_cancel(message, params)
            now = emulator.now()
            if action == "cancel":
                emulator.lifecycle.cancel_plan(message)
                emulator.lifecycle.transition(message, "canceled", None, now)
            else:
                message.body = ""
                message.date_updated = now
            return show(message)

    async def delete(request: Request) -> Response:
        emulator.tick()
        with emulator.lock:
            message = find(request)
            if not is_complete(message):
                raise bad_request(20009, "Cannot delete this resource before it is complete")
            emulator.remove_message(message)
        return empty_response()

    async def list_media(request: Request) -> Response:
        query = query_params(request)
        page_request = parse_page_request(query)
        created = date_filter(query, "DateCreated")
        with emulator.lock:
            message = find(request, "MessageSid")
            items = [emulator.media[s] for s in message.media if s in emulator.media]
            if created is not None:
                items = [m for m in items if created(m.date_created)]
            page = paginate(items, page_request, lambda m: m.sid)
            rendered = [render_media(m) for m in page.items]
        filters = [(k, v) for k, v in query.pairs() if k.startswith("DateCreated")]
        body = envelope_2010(request.scope["path"], filters, "media_list", rendered, page, totals=len(items))
        return json_response(body)

    def find_media(request: Request) -> tuple[Message, str]:
        message = find(request, "MessageSid")
        sid = request.path_params["Sid"]
        if sid not in message.media or sid not in emulator.media:
            raise not_found(request.scope["path"])
        return message, sid

    async def fetch_media(request: Request) -> Response:
        with emulator.lock:
            _, sid = find_media(request)
            return json_response(render_media(emulator.media[sid]))

    async def delete_media(request: Request) -> Response:
        with emulator.lock:
            message, sid = find_media(request)
            message.media.remove(sid)
            del emulator.media[sid]
        return empty_response()

    async def create_feedback(request: Request) -> Response:
        params = await read_form(request)
        values = check_form(emulator.model.by_id("CreateMessageFeedback").body, params)  # Outcome's enum
        outcome = str(values.get("Outcome", "confirmed"))
        with emulator.lock:
            message = find(request, "MessageSid")
            if message.direction == "inbound":
                raise TwilioError(400, 20001, "Feedback can only be given for outbound messages")
            now = emulator.now()
            feedback = emulator.feedback.get(message.sid)
            if feedback is None:
                feedback = Feedback(message.account_sid, message.sid, outcome, now, now)
                emulator.feedback[message.sid] = feedback
            else:
                feedback.outcome, feedback.date_updated = outcome, now
            return json_response(render_feedback(feedback), 200)

    return {
        "CreateMessage": create,
        "ListMessage": list_messages,
        "FetchMessage": fetch,
        "UpdateMessage": update,
        "DeleteMessage": delete,
        "ListMedia": list_media,
        "FetchMedia": fetch_media,
        "DeleteMedia": delete_media,
        "CreateMessageFeedback": create_feedback,
    }
