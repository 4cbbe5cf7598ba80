"""The typed models of every request and response.

Imports are lazy: ``from twilio_messaging_api.models import Message`` loads only the modules
that ``Message`` needs, so importing one operation does not import all models.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alpha_sender_page import AlphaSenderPage
    from .api_v2010_page import ApiV2010Page
    from .brand_registration import BrandRegistration
    from .brand_registration_errors_type_0_item import BrandRegistrationErrorsType0Item
    from .brand_registration_feedback import BrandRegistrationFeedback
    from .brand_registration_identity_status import BrandRegistrationIdentityStatus
    from .brand_registration_links_type_0 import BrandRegistrationLinksType0
    from .brand_registration_otp import BrandRegistrationOtp
    from .brand_registration_status import BrandRegistrationStatus
    from .brand_registrations_page import BrandRegistrationsPage
    from .brand_vetting import BrandVetting
    from .brand_vetting_page import BrandVettingPage
    from .brand_vetting_provider import BrandVettingProvider
    from .channel_sender import ChannelSender
    from .channel_sender_page import ChannelSenderPage
    from .channels_sender import ChannelsSender
    from .channels_sender_configuration_type_0 import ChannelsSenderConfigurationType0
    from .channels_sender_configuration_type_0_verification_method import ChannelsSenderConfigurationType0VerificationMethod
    from .channels_sender_create_request import ChannelsSenderCreateRequest
    from .channels_sender_offline_reason_type_0 import ChannelsSenderOfflineReasonType0
    from .channels_sender_page import ChannelsSenderPage
    from .channels_sender_profile_email import ChannelsSenderProfileEmail
    from .channels_sender_profile_response_type_0 import ChannelsSenderProfileResponseType0
    from .channels_sender_profile_type_0 import ChannelsSenderProfileType0
    from .channels_sender_profile_website import ChannelsSenderProfileWebsite
    from .channels_sender_properties_type_0 import ChannelsSenderPropertiesType0
    from .channels_sender_status import ChannelsSenderStatus
    from .channels_sender_update_request import ChannelsSenderUpdateRequest
    from .channels_sender_webhook_type_0 import ChannelsSenderWebhookType0
    from .channels_sender_webhook_type_0_callback_method import ChannelsSenderWebhookType0CallbackMethod
    from .channels_sender_webhook_type_0_fallback_method import ChannelsSenderWebhookType0FallbackMethod
    from .create_alpha_sender_request import CreateAlphaSenderRequest
    from .create_brand_registrations_request import CreateBrandRegistrationsRequest
    from .create_brand_vetting_request import CreateBrandVettingRequest
    from .create_channel_sender_request import CreateChannelSenderRequest
    from .create_destination_alpha_sender_request import CreateDestinationAlphaSenderRequest
    from .create_external_campaign_request import CreateExternalCampaignRequest
    from .create_message_feedback_request import CreateMessageFeedbackRequest
    from .create_message_request import CreateMessageRequest
    from .create_phone_number_request import CreatePhoneNumberRequest
    from .create_service_request import CreateServiceRequest
    from .create_service_request_fallback_method import CreateServiceRequestFallbackMethod
    from .create_service_request_inbound_method import CreateServiceRequestInboundMethod
    from .create_short_code_request import CreateShortCodeRequest
    from .create_tollfree_verification_request import CreateTollfreeVerificationRequest
    from .create_us_app_to_person_request import CreateUsAppToPersonRequest
    from .deactivation import Deactivation
    from .destination_alpha_sender import DestinationAlphaSender
    from .destination_alpha_sender_page import DestinationAlphaSenderPage
    from .domain_cert_v4 import DomainCertV4
    from .domain_cert_v4_cert_in_validation_type_0 import DomainCertV4CertInValidationType0
    from .domain_config import DomainConfig
    from .domain_config_messaging_service import DomainConfigMessagingService
    from .external_campaign import ExternalCampaign
    from .inbound_sms_price import InboundSmsPrice
    from .linkshortening_messaging_service import LinkshorteningMessagingService
    from .linkshortening_messaging_service_domain_association import LinkshorteningMessagingServiceDomainAssociation
    from .media import Media
    from .media_page import MediaPage
    from .message import Message
    from .message_address_retention import MessageAddressRetention
    from .message_content_retention import MessageContentRetention
    from .message_direction import MessageDirection
    from .message_feedback import MessageFeedback
    from .message_feedback_outcome import MessageFeedbackOutcome
    from .message_page import MessagePage
    from .message_risk_check import MessageRiskCheck
    from .message_schedule_type import MessageScheduleType
    from .message_status import MessageStatus
    from .message_subresource_uris_type_0 import MessageSubresourceUrisType0
    from .message_traffic_type import MessageTrafficType
    from .message_update_status import MessageUpdateStatus
    from .messaging_country import MessagingCountry
    from .messaging_country_page import MessagingCountryPage
    from .messaging_country_summary import MessagingCountrySummary
    from .outbound_price_for_number_type import OutboundPriceForNumberType
    from .outbound_sms_price import OutboundSmsPrice
    from .page_meta import PageMeta
    from .phone_number_page import PhoneNumberPage
    from .request_managed_cert import RequestManagedCert
    from .service import Service
    from .service_alpha_sender import ServiceAlphaSender
    from .service_fallback_method import ServiceFallbackMethod
    from .service_inbound_method import ServiceInboundMethod
    from .service_links_type_0 import ServiceLinksType0
    from .service_page import ServicePage
    from .service_phone_number import ServicePhoneNumber
    from .service_scan_message_content import ServiceScanMessageContent
    from .service_short_code import ServiceShortCode
    from .short_code_page import ShortCodePage
    from .sms_short_code import SmsShortCode
    from .sms_short_code_page import SmsShortCodePage
    from .sms_short_code_sms_fallback_method import SmsShortCodeSmsFallbackMethod
    from .sms_short_code_sms_method import SmsShortCodeSmsMethod
    from .tollfree_verification import TollfreeVerification
    from .tollfree_verification_opt_in_type import TollfreeVerificationOptInType
    from .tollfree_verification_page import TollfreeVerificationPage
    from .tollfree_verification_rejection_reasons_type_0_item import TollfreeVerificationRejectionReasonsType0Item
    from .tollfree_verification_resource_links_type_0 import TollfreeVerificationResourceLinksType0
    from .tollfree_verification_status import TollfreeVerificationStatus
    from .twilio_error import TwilioError
    from .twilio_error_details import TwilioErrorDetails
    from .update_domain_cert_v4_request import UpdateDomainCertV4Request
    from .update_domain_config_request import UpdateDomainConfigRequest
    from .update_message_request import UpdateMessageRequest
    from .update_service_request import UpdateServiceRequest
    from .update_service_request_fallback_method import UpdateServiceRequestFallbackMethod
    from .update_service_request_inbound_method import UpdateServiceRequestInboundMethod
    from .update_short_code_request import UpdateShortCodeRequest
    from .update_short_code_request_sms_fallback_method import UpdateShortCodeRequestSmsFallbackMethod
    from .update_short_code_request_sms_method import UpdateShortCodeRequestSmsMethod
    from .update_tollfree_verification_request import UpdateTollfreeVerificationRequest
    from .update_us_app_to_person_request import UpdateUsAppToPersonRequest
    from .us_app_to_person import UsAppToPerson
    from .us_app_to_person_errors_type_0_item import UsAppToPersonErrorsType0Item
    from .us_app_to_person_page import UsAppToPersonPage
    from .us_app_to_person_rate_limits_type_0 import UsAppToPersonRateLimitsType0
    from .us_app_to_person_usecase import UsAppToPersonUsecase
    from .us_app_to_person_usecase_us_app_to_person_usecases_type_0_item import UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item
    from .usecase import Usecase
    from .usecase_usecases_type_0_item import UsecaseUsecasesType0Item

_MODULES = {
    "AlphaSenderPage": ".alpha_sender_page",
    "ApiV2010Page": ".api_v2010_page",
    "BrandRegistration": ".brand_registration",
    "BrandRegistrationErrorsType0Item": ".brand_registration_errors_type_0_item",
    "BrandRegistrationFeedback": ".brand_registration_feedback",
    "BrandRegistrationIdentityStatus": ".brand_registration_identity_status",
    "BrandRegistrationLinksType0": ".brand_registration_links_type_0",
    "BrandRegistrationOtp": ".brand_registration_otp",
    "BrandRegistrationStatus": ".brand_registration_status",
    "BrandRegistrationsPage": ".brand_registrations_page",
    "BrandVetting": ".brand_vetting",
    "BrandVettingPage": ".brand_vetting_page",
    "BrandVettingProvider": ".brand_vetting_provider",
    "ChannelSender": ".channel_sender",
    "ChannelSenderPage": ".channel_sender_page",
    "ChannelsSender": ".channels_sender",
    "ChannelsSenderConfigurationType0": ".channels_sender_configuration_type_0",
    "ChannelsSenderConfigurationType0VerificationMethod": ".channels_sender_configuration_type_0_verification_method",
    "ChannelsSenderCreateRequest": ".channels_sender_create_request",
    "ChannelsSenderOfflineReasonType0": ".channels_sender_offline_reason_type_0",
    "ChannelsSenderPage": ".channels_sender_page",
    "ChannelsSenderProfileEmail": ".channels_sender_profile_email",
    "ChannelsSenderProfileResponseType0": ".channels_sender_profile_response_type_0",
    "ChannelsSenderProfileType0": ".channels_sender_profile_type_0",
    "ChannelsSenderProfileWebsite": ".channels_sender_profile_website",
    "ChannelsSenderPropertiesType0": ".channels_sender_properties_type_0",
    "ChannelsSenderStatus": ".channels_sender_status",
    "ChannelsSenderUpdateRequest": ".channels_sender_update_request",
    "ChannelsSenderWebhookType0": ".channels_sender_webhook_type_0",
    "ChannelsSenderWebhookType0CallbackMethod": ".channels_sender_webhook_type_0_callback_method",
    "ChannelsSenderWebhookType0FallbackMethod": ".channels_sender_webhook_type_0_fallback_method",
    "CreateAlphaSenderRequest": ".create_alpha_sender_request",
    "CreateBrandRegistrationsRequest": ".create_brand_registrations_request",
    "CreateBrandVettingRequest": ".create_brand_vetting_request",
    "CreateChannelSenderRequest": ".create_channel_sender_request",
    "CreateDestinationAlphaSenderRequest": ".create_destination_alpha_sender_request",
    "CreateExternalCampaignRequest": ".create_external_campaign_request",
    "CreateMessageFeedbackRequest": ".create_message_feedback_request",
    "CreateMessageRequest": ".create_message_request",
    "CreatePhoneNumberRequest": ".create_phone_number_request",
    "CreateServiceRequest": ".create_service_request",
    "CreateServiceRequestFallbackMethod": ".create_service_request_fallback_method",
    "CreateServiceRequestInboundMethod": ".create_service_request_inbound_method",
    "CreateShortCodeRequest": ".create_short_code_request",
    "CreateTollfreeVerificationRequest": ".create_tollfree_verification_request",
    "CreateUsAppToPersonRequest": ".create_us_app_to_person_request",
    "Deactivation": ".deactivation",
    "DestinationAlphaSender": ".destination_alpha_sender",
    "DestinationAlphaSenderPage": ".destination_alpha_sender_page",
    "DomainCertV4": ".domain_cert_v4",
    "DomainCertV4CertInValidationType0": ".domain_cert_v4_cert_in_validation_type_0",
    "DomainConfig": ".domain_config",
    "DomainConfigMessagingService": ".domain_config_messaging_service",
    "ExternalCampaign": ".external_campaign",
    "InboundSmsPrice": ".inbound_sms_price",
    "LinkshorteningMessagingService": ".linkshortening_messaging_service",
    "LinkshorteningMessagingServiceDomainAssociation": ".linkshortening_messaging_service_domain_association",
    "Media": ".media",
    "MediaPage": ".media_page",
    "Message": ".message",
    "MessageAddressRetention": ".message_address_retention",
    "MessageContentRetention": ".message_content_retention",
    "MessageDirection": ".message_direction",
    "MessageFeedback": ".message_feedback",
    "MessageFeedbackOutcome": ".message_feedback_outcome",
    "MessagePage": ".message_page",
    "MessageRiskCheck": ".message_risk_check",
    "MessageScheduleType": ".message_schedule_type",
    "MessageStatus": ".message_status",
    "MessageSubresourceUrisType0": ".message_subresource_uris_type_0",
    "MessageTrafficType": ".message_traffic_type",
    "MessageUpdateStatus": ".message_update_status",
    "MessagingCountry": ".messaging_country",
    "MessagingCountryPage": ".messaging_country_page",
    "MessagingCountrySummary": ".messaging_country_summary",
    "OutboundPriceForNumberType": ".outbound_price_for_number_type",
    "OutboundSmsPrice": ".outbound_sms_price",
    "PageMeta": ".page_meta",
    "PhoneNumberPage": ".phone_number_page",
    "RequestManagedCert": ".request_managed_cert",
    "Service": ".service",
    "ServiceAlphaSender": ".service_alpha_sender",
    "ServiceFallbackMethod": ".service_fallback_method",
    "ServiceInboundMethod": ".service_inbound_method",
    "ServiceLinksType0": ".service_links_type_0",
    "ServicePage": ".service_page",
    "ServicePhoneNumber": ".service_phone_number",
    "ServiceScanMessageContent": ".service_scan_message_content",
    "ServiceShortCode": ".service_short_code",
    "ShortCodePage": ".short_code_page",
    "SmsShortCode": ".sms_short_code",
    "SmsShortCodePage": ".sms_short_code_page",
    "SmsShortCodeSmsFallbackMethod": ".sms_short_code_sms_fallback_method",
    "SmsShortCodeSmsMethod": ".sms_short_code_sms_method",
    "TollfreeVerification": ".tollfree_verification",
    "TollfreeVerificationOptInType": ".tollfree_verification_opt_in_type",
    "TollfreeVerificationPage": ".tollfree_verification_page",
    "TollfreeVerificationRejectionReasonsType0Item": ".tollfree_verification_rejection_reasons_type_0_item",
    "TollfreeVerificationResourceLinksType0": ".tollfree_verification_resource_links_type_0",
    "TollfreeVerificationStatus": ".tollfree_verification_status",
    "TwilioError": ".twilio_error",
    "TwilioErrorDetails": ".twilio_error_details",
    "UpdateDomainCertV4Request": ".update_domain_cert_v4_request",
    "UpdateDomainConfigRequest": ".update_domain_config_request",
    "UpdateMessageRequest": ".update_message_request",
    "UpdateServiceRequest": ".update_service_request",
    "UpdateServiceRequestFallbackMethod": ".update_service_request_fallback_method",
    "UpdateServiceRequestInboundMethod": ".update_service_request_inbound_method",
    "UpdateShortCodeRequest": ".update_short_code_request",
    "UpdateShortCodeRequestSmsFallbackMethod": ".update_short_code_request_sms_fallback_method",
    "UpdateShortCodeRequestSmsMethod": ".update_short_code_request_sms_method",
    "UpdateTollfreeVerificationRequest": ".update_tollfree_verification_request",
    "UpdateUsAppToPersonRequest": ".update_us_app_to_person_request",
    "UsAppToPerson": ".us_app_to_person",
    "UsAppToPersonErrorsType0Item": ".us_app_to_person_errors_type_0_item",
    "UsAppToPersonPage": ".us_app_to_person_page",
    "UsAppToPersonRateLimitsType0": ".us_app_to_person_rate_limits_type_0",
    "UsAppToPersonUsecase": ".us_app_to_person_usecase",
    "UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item": ".us_app_to_person_usecase_us_app_to_person_usecases_type_0_item",
    "Usecase": ".usecase",
    "UsecaseUsecasesType0Item": ".usecase_usecases_type_0_item",
}

__all__ = (
    "AlphaSenderPage",
    "ApiV2010Page",
    "BrandRegistration",
    "BrandRegistrationErrorsType0Item",
    "BrandRegistrationFeedback",
    "BrandRegistrationIdentityStatus",
    "BrandRegistrationLinksType0",
    "BrandRegistrationOtp",
    "BrandRegistrationsPage",
    "BrandRegistrationStatus",
    "BrandVetting",
    "BrandVettingPage",
    "BrandVettingProvider",
    "ChannelSender",
    "ChannelSenderPage",
    "ChannelsSender",
    "ChannelsSenderConfigurationType0",
    "ChannelsSenderConfigurationType0VerificationMethod",
    "ChannelsSenderCreateRequest",
    "ChannelsSenderOfflineReasonType0",
    "ChannelsSenderPage",
    "ChannelsSenderProfileEmail",
    "ChannelsSenderProfileResponseType0",
    "ChannelsSenderProfileType0",
    "ChannelsSenderProfileWebsite",
    "ChannelsSenderPropertiesType0",
    "ChannelsSenderStatus",
    "ChannelsSenderUpdateRequest",
    "ChannelsSenderWebhookType0",
    "ChannelsSenderWebhookType0CallbackMethod",
    "ChannelsSenderWebhookType0FallbackMethod",
    "CreateAlphaSenderRequest",
    "CreateBrandRegistrationsRequest",
    "CreateBrandVettingRequest",
    "CreateChannelSenderRequest",
    "CreateDestinationAlphaSenderRequest",
    "CreateExternalCampaignRequest",
    "CreateMessageFeedbackRequest",
    "CreateMessageRequest",
    "CreatePhoneNumberRequest",
    "CreateServiceRequest",
    "CreateServiceRequestFallbackMethod",
    "CreateServiceRequestInboundMethod",
    "CreateShortCodeRequest",
    "CreateTollfreeVerificationRequest",
    "CreateUsAppToPersonRequest",
    "Deactivation",
    "DestinationAlphaSender",
    "DestinationAlphaSenderPage",
    "DomainCertV4",
    "DomainCertV4CertInValidationType0",
    "DomainConfig",
    "DomainConfigMessagingService",
    "ExternalCampaign",
    "InboundSmsPrice",
    "LinkshorteningMessagingService",
    "LinkshorteningMessagingServiceDomainAssociation",
    "Media",
    "MediaPage",
    "Message",
    "MessageAddressRetention",
    "MessageContentRetention",
    "MessageDirection",
    "MessageFeedback",
    "MessageFeedbackOutcome",
    "MessagePage",
    "MessageRiskCheck",
    "MessageScheduleType",
    "MessageStatus",
    "MessageSubresourceUrisType0",
    "MessageTrafficType",
    "MessageUpdateStatus",
    "MessagingCountry",
    "MessagingCountryPage",
    "MessagingCountrySummary",
    "OutboundPriceForNumberType",
    "OutboundSmsPrice",
    "PageMeta",
    "PhoneNumberPage",
    "RequestManagedCert",
    "Service",
    "ServiceAlphaSender",
    "ServiceFallbackMethod",
    "ServiceInboundMethod",
    "ServiceLinksType0",
    "ServicePage",
    "ServicePhoneNumber",
    "ServiceScanMessageContent",
    "ServiceShortCode",
    "ShortCodePage",
    "SmsShortCode",
    "SmsShortCodePage",
    "SmsShortCodeSmsFallbackMethod",
    "SmsShortCodeSmsMethod",
    "TollfreeVerification",
    "TollfreeVerificationOptInType",
    "TollfreeVerificationPage",
    "TollfreeVerificationRejectionReasonsType0Item",
    "TollfreeVerificationResourceLinksType0",
    "TollfreeVerificationStatus",
    "TwilioError",
    "TwilioErrorDetails",
    "UpdateDomainCertV4Request",
    "UpdateDomainConfigRequest",
    "UpdateMessageRequest",
    "UpdateServiceRequest",
    "UpdateServiceRequestFallbackMethod",
    "UpdateServiceRequestInboundMethod",
    "UpdateShortCodeRequest",
    "UpdateShortCodeRequestSmsFallbackMethod",
    "UpdateShortCodeRequestSmsMethod",
    "UpdateTollfreeVerificationRequest",
    "UpdateUsAppToPersonRequest",
    "UsAppToPerson",
    "UsAppToPersonErrorsType0Item",
    "UsAppToPersonPage",
    "UsAppToPersonRateLimitsType0",
    "UsAppToPersonUsecase",
    "UsAppToPersonUsecaseUsAppToPersonUsecasesType0Item",
    "Usecase",
    "UsecaseUsecasesType0Item",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
