"""The spec resources behaviour code refers to, by their collection (or singleton) path in the spec."""

SERVICES = "/v1/Services"
SERVICE_PHONE_NUMBERS = "/v1/Services/{ServiceSid}/PhoneNumbers"
SERVICE_SHORT_CODES = "/v1/Services/{ServiceSid}/ShortCodes"
ALPHA_SENDERS = "/v1/Services/{ServiceSid}/AlphaSenders"
DESTINATION_ALPHA_SENDERS = "/v1/Services/{ServiceSid}/DestinationAlphaSenders"
CHANNEL_SENDERS = "/v1/Services/{MessagingServiceSid}/ChannelSenders"
USA2P = "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p"
CHANNELS_SENDERS = "/v2/Channels/Senders"
SHORT_CODES = "/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json"
DOMAIN_CONFIGS = "/v1/LinkShortening/Domains/{DomainSid}/Config"
DOMAIN_SERVICES = "/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}"

# Everything attached to a Messaging Service goes when the service goes.
SERVICE_CHILDREN = (
    SERVICE_PHONE_NUMBERS,
    SERVICE_SHORT_CODES,
    ALPHA_SENDERS,
    DESTINATION_ALPHA_SENDERS,
    CHANNEL_SENDERS,
    USA2P,
)
