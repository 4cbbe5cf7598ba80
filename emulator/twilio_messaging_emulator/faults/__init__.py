"""Failures on purpose and Twilio-like load: fault rules, load limits, the middleware applying them, CLI options."""
