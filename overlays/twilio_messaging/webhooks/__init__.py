"""Receiving Twilio webhooks: signature checks, typed payloads and TwiML replies."""
