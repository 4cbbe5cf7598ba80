"""Seed one resource of every kind through the SDK; schemathesis addresses them by their SIDs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from twilio_messaging import Client

OUR_NUMBER = "+15005550006"
HANDSET = "+14155550100"
SHORT_CODE = "894546"


@dataclass(frozen=True)
class Seeded:
    """SIDs of the seeded resources, by path parameter meaning."""

    account: str
    message: str  # delivered, so it can be deleted
    mms: str  # carries media
    media: str
    service: str
    phone_number: str
    short_code: str
    alpha_sender: str
    destination_alpha_sender: str
    channels_sender: str
    usa2p: str
    brand: str
    vetting: str
    tollfree: str
    domain: str = "DN" + "0" * 32

    def path_parameters(self, operation_id: str, names: set[str]) -> dict[str, str]:
        """Values for the operation's path parameters (the ones it has)."""
        sid_by_operation = {
            "Message": self.message,
            "Media": self.media,
            "Service": self.service,
            "UsAppToPerson": self.usa2p,
            "BrandRegistrations": self.brand,
            "BrandVetting": self.vetting,
            "ChannelsSender": self.channels_sender,
            "ChannelSender": self.channels_sender,
            "AlphaSender": self.alpha_sender,
            "DestinationAlphaSender": self.destination_alpha_sender,
            "PhoneNumber": self.phone_number,
            "ShortCode": self.short_code,
            "SmsShortCode": self.short_code,
            "TollfreeVerification": self.tollfree,
        }
        values: dict[str, Any] = {
            "AccountSid": self.account,
            "MessageSid": self.mms if "Media" in operation_id else self.message,
            "MessagingServiceSid": self.service,
            "ServiceSid": self.service,
            "BrandSid": self.brand,
            "BrandRegistrationSid": self.brand,
            "BrandVettingSid": self.vetting,
            "DomainSid": self.domain,
            "IsoCountry": "US",
        }
        if "Sid" in names:
            resource = operation_id.removeprefix("Fetch").removeprefix("Update").removeprefix("Delete")
            values["Sid"] = sid_by_operation[resource]
        return {name: values[name] for name in names}


def seed(client: Client, emulator: Any) -> Seeded:
    """Create one of everything (the emulator's clock is advanced so messages are delivered)."""
    message = client.messages.create(to=HANDSET, from_=OUR_NUMBER, body="seed")
    mms = client.messages.create(to=HANDSET, from_=OUR_NUMBER, media_url=["https://example.com/a.png"])
    emulator.advance(5)
    media = next(iter(client.messages(str(mms.sid)).media.list()))
    emulator.state.register_short_code(SHORT_CODE)
    short_code = next(iter(client.sms.short_codes.list()))
    number = emulator.register_number("+14155550123")
    service = client.services.create(friendly_name="seeded service")
    svc = client.services(str(service.sid))
    svc.phone_numbers.create(phone_number_sid=number["sid"])
    svc.short_codes.create(short_code_sid=str(short_code.sid))
    alpha = svc.alpha_senders.create(alpha_sender="Seeded")
    destination = svc.destination_alpha_senders.create(alpha_sender="SeededDest", iso_country_code="FR")
    sender = client.channels.senders.create(sender_id="whatsapp:+14155550124")
    svc.channel_senders.create(sid=str(sender.sid))
    brand = client.a2p.brand_registrations.create(
        customer_profile_bundle_sid="BU" + "1" * 32, a2p_profile_bundle_sid="BU" + "2" * 32
    )
    vetting = client.a2p.brand_registrations(str(brand.sid)).vettings.create(vetting_provider="campaign-verify")
    campaign = svc.compliance.usa2p.create(
        brand_registration_sid=str(brand.sid),
        description="Order updates for customers who opted in",
        message_flow="Customers opt in at checkout",
        message_samples=["Your order has shipped", "Your order was delivered"],
        us_app_to_person_usecase="MIXED",
        has_embedded_links=False,
        has_embedded_phone=False,
    )
    tollfree = client.tollfree.verifications.create(
        business_name="Owl, Inc.",
        business_website="https://example.com",
        notification_email="ops@example.com",
        use_case_categories=["ACCOUNT_NOTIFICATIONS"],
        use_case_summary="Order notifications",
        production_message_sample="Your order has shipped",
        opt_in_image_urls=["https://example.com/opt-in.png"],
        opt_in_type="WEB_FORM",
        message_volume="10",
        tollfree_phone_number_sid="PN" + "3" * 32,
    )
    domain = emulator.state.register_domain("links.example.com")["sid"]
    client.link_shortening.domains(domain).config.update(callback_url="https://example.com/cb")
    client.link_shortening.domains(domain).certificate.update(tls_cert="-----BEGIN CERTIFICATE-----")
    client.link_shortening.domains(domain).messaging_services(str(service.sid)).create()
    return Seeded(
        account=emulator.account_sid,
        message=str(message.sid),
        mms=str(mms.sid),
        media=str(media.sid),
        service=str(service.sid),
        phone_number=number["sid"],
        short_code=str(short_code.sid),
        alpha_sender=str(alpha.sid),
        destination_alpha_sender=str(destination.sid),
        channels_sender=str(sender.sid),
        usa2p=str(campaign.sid),
        brand=str(brand.sid),
        vetting=str(vetting.brand_vetting_sid),
        tollfree=str(tollfree.sid),
        domain=domain,
    )
