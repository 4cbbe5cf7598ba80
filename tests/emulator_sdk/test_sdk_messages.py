"""Messages through the SDK: the status lifecycle on the fake clock, scheduling, cancelling,
redaction, deletion, media and feedback."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from twilio_messaging import BadRequestError, Client, NotFoundError
from twilio_messaging_api.models.message_direction import MessageDirection
from twilio_messaging_api.models.message_status import MessageStatus
from twilio_messaging_api.types import UNSET
from twilio_messaging_emulator import EmulatorServer

from .conftest import HANDSET, OUR_NUMBER


def test_status_walks_queued_sending_sent_delivered_with_the_fake_clock(
    client: Client, emulator: EmulatorServer
) -> None:
    created = client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="Your order has shipped")
    assert created.status is MessageStatus.QUEUED
    assert created.direction is MessageDirection.OUTBOUND_API
    assert (created.to, created.from_, created.body, created.num_segments) == (
        HANDSET,
        OUR_NUMBER,
        "Your order has shipped",
        1,
    )
    assert str(created.sid).startswith("SM") and created.account_sid == emulator.account_sid
    assert created.date_created == emulator.clock.now()
    assert created.price is None

    message = client.messages(str(created.sid))
    seen = [message.fetch().status]
    for _ in range(4):
        emulator.advance(0.5)
        seen.append(message.fetch().status)
    assert seen == ["queued", "sending", "sent", "sent", "delivered"]

    delivered = message.fetch()
    assert delivered.error_code is None and delivered.error_message is None
    assert isinstance(delivered.date_updated, datetime.datetime) and delivered.date_updated.tzinfo is not None
    assert delivered.date_updated - created.date_created == datetime.timedelta(seconds=2)  # type: ignore[operator]
    assert delivered.price_unit == "USD" and Decimal(str(delivered.price)) == Decimal("-0.00830")


def test_time_does_not_move_by_itself(client: Client, emulator: EmulatorServer) -> None:
    created = client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="still queued")
    assert client.messages(str(created.sid)).fetch().status == "queued"


@pytest.mark.parametrize(
    ("outcome", "code", "statuses"),
    [("undelivered", 30003, ["sent", "undelivered"]), ("failed", 30008, ["failed"])],
)
def test_configured_delivery_failures(
    client: Client, emulator: EmulatorServer, outcome: str, code: int, statuses: list[str]
) -> None:
    emulator.state.set_delivery_outcome(HANDSET, outcome)
    message = client.messages(str(client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="hi").sid))
    emulator.advance(1)
    assert message.fetch().status == statuses[0]
    emulator.advance(1)
    final = message.fetch()
    assert (final.status, final.error_code) == (statuses[-1], code)
    assert final.error_message


def test_a_messaging_service_picks_the_sender(client: Client, emulator: EmulatorServer) -> None:
    number = emulator.register_number("+14155550123")
    service = client.services.create(friendly_name="Notifications")
    client.services(str(service.sid)).phone_numbers.create(phone_number_sid=number["sid"])

    created = client.messages.create(to=HANDSET, messaging_service_sid=str(service.sid), body="via the pool")
    assert (created.status, created.from_, created.messaging_service_sid) == ("accepted", None, service.sid)
    emulator.advance(0.25)
    queued = client.messages(str(created.sid)).fetch()
    assert (queued.status, queued.from_) == ("queued", "+14155550123")


class TestScheduled:
    def _service(self, client: Client, emulator: EmulatorServer) -> str:
        number = emulator.register_number("+14155550124")
        service = client.services.create(friendly_name="Reminders")
        client.services(str(service.sid)).phone_numbers.create(phone_number_sid=number["sid"])
        return str(service.sid)

    def test_a_scheduled_message_waits_for_send_at(self, client: Client, emulator: EmulatorServer) -> None:
        service = self._service(client, emulator)
        send_at = emulator.clock.now() + datetime.timedelta(hours=1)
        created = client.messages.create(
            to=HANDSET, messaging_service_sid=service, body="Reminder", schedule_type="fixed", send_at=send_at
        )
        assert (created.status, created.date_sent) == ("scheduled", None)
        message = client.messages(str(created.sid))

        emulator.advance(3599)
        assert message.fetch().status == "scheduled"
        emulator.advance(1)
        queued = message.fetch()
        assert (queued.status, queued.date_sent, queued.from_) == ("queued", send_at, "+14155550124")
        emulator.advance(2)
        assert message.fetch().status == "delivered"

    def test_cancel_a_scheduled_message(self, client: Client, emulator: EmulatorServer) -> None:
        service = self._service(client, emulator)
        created = client.messages.create(
            to=HANDSET,
            messaging_service_sid=service,
            body="Never mind",
            schedule_type="fixed",
            send_at=emulator.clock.now() + datetime.timedelta(days=2),
        )
        message = client.messages(str(created.sid))
        canceled = message.update(status="canceled")
        assert canceled.status is MessageStatus.CANCELED
        emulator.advance(3 * 86400)
        assert message.fetch().status == "canceled"

        with pytest.raises(BadRequestError) as raised:
            message.update(status="canceled")
        assert (raised.value.status, raised.value.code) == (400, 30409)

    def test_only_a_scheduled_message_can_be_canceled(self, client: Client) -> None:
        sent = client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="already on its way")
        with pytest.raises(BadRequestError) as raised:
            client.messages(str(sent.sid)).update(status="canceled")
        assert raised.value.code == 30409

    @pytest.mark.parametrize(
        ("ahead", "with_service", "code"),
        [
            (datetime.timedelta(minutes=10), True, 35114),
            (datetime.timedelta(days=36), True, 35114),
        ],
    )
    def test_scheduling_rules(
        self, client: Client, emulator: EmulatorServer, ahead: datetime.timedelta, with_service: bool, code: int
    ) -> None:
        service = self._service(client, emulator) if with_service else UNSET
        with pytest.raises(BadRequestError) as raised:
            client.messages.create(
                to=HANDSET,
                from_=OUR_NUMBER,
                body="too soon, too late, or no service",
                schedule_type="fixed",
                send_at=emulator.clock.now() + ahead,
                messaging_service_sid=service,
            )
        assert raised.value.code == code

    def test_scheduling_without_a_service_never_leaves_the_sdk(self, client: Client, emulator: EmulatorServer) -> None:
        # Twilio would drop ScheduleType/SendAt and send at once; the SDK refuses before sending.
        with pytest.raises(ValueError, match="needs messaging_service_sid"):
            client.messages.create(
                to=HANDSET,
                from_=OUR_NUMBER,
                body="no service",
                schedule_type="fixed",
                send_at=emulator.clock.now() + datetime.timedelta(hours=1),
            )


def test_redact_the_body(client: Client, emulator: EmulatorServer) -> None:
    created = client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="My PIN is 1234")
    emulator.advance(5)
    redacted = client.messages(str(created.sid)).update(body="")
    assert (redacted.body, redacted.status) == ("", "delivered")
    assert client.messages(str(created.sid)).fetch().body == ""
    assert [m.body for m in client.messages.list()] == [""]

    with pytest.raises(BadRequestError) as raised:
        client.messages(str(created.sid)).update(body="a new text")
    assert raised.value.code == 30400


def test_delete_then_not_found(client: Client, emulator: EmulatorServer) -> None:
    created = client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="delete me")
    message = client.messages(str(created.sid))
    with pytest.raises(BadRequestError) as in_flight:
        message.delete()  # still queued: Twilio refuses
    assert in_flight.value.code == 20009

    emulator.advance(5)
    message.delete()
    with pytest.raises(NotFoundError) as raised:
        message.fetch()
    error = raised.value
    assert (error.status, error.code, error.method) == (404, 20404, "GET")
    assert error.more_info == "https://www.twilio.com/docs/errors/20404"
    assert str(created.sid) in error.message and error.request_id
    with pytest.raises(NotFoundError):
        message.delete()
    assert list(client.messages.list()) == []


def test_media_of_an_mms(client: Client, emulator: EmulatorServer) -> None:
    created = client.messages.create(
        to=HANDSET,
        from_=OUR_NUMBER,
        body="Your receipt",
        media_url=["https://example.com/receipt.png", "https://example.com/terms.pdf"],
    )
    assert str(created.sid).startswith("MM") and created.num_media == 2
    message = client.messages(str(created.sid))
    media = list(message.media.list())
    assert sorted(str(m.content_type) for m in media) == ["application/pdf", "image/png"]
    assert all(m.parent_sid == created.sid for m in media)

    first = message.media(str(media[0].sid))
    assert first.fetch().sid == media[0].sid
    first.delete()
    with pytest.raises(NotFoundError):
        first.fetch()
    assert [m.sid for m in message.media.list()] == [media[1].sid]
    assert message.fetch().num_media == 1


def test_feedback(client: Client) -> None:
    created = client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="Code: 123456", provide_feedback=True)
    feedback = client.messages(str(created.sid)).feedback.create(outcome="confirmed")
    assert (feedback.message_sid, feedback.outcome) == (created.sid, "confirmed")
    subresources = client.messages(str(created.sid)).fetch().to_dict()["subresource_uris"]
    assert subresources["feedback"].endswith(f"/Messages/{created.sid}/Feedback.json")


def test_list_filters(client: Client, emulator: EmulatorServer) -> None:
    client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="first")
    client.messages.create(to="+14155550199", from_=OUR_NUMBER, body="other")
    emulator.advance(86400)
    client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="next day")

    assert [m.body for m in client.messages.list(to=HANDSET)] == ["next day", "first"]
    today = emulator.clock.now().date()
    assert [m.body for m in client.messages.list(date_sent=today)] == ["next day"]
    before = today - datetime.timedelta(days=1)
    assert {m.body for m in client.messages.list(date_sent_before=before)} == {"first", "other"}
    assert [m.body for m in client.messages.list(date_sent_after=today, to=HANDSET)] == ["next day"]
