"""The HTTP layer: the Starlette app, routes from the spec, authentication and Twilio's wire format."""
