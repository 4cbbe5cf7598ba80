





"""The Channels resources: sync and async classes, one per place in the resource tree."""

import datetime
from typing import Any

from twilio_messaging._arguments import check, check_list, enum_value
from twilio_messaging._operation import AsyncRequester, SyncRequester
from twilio_messaging.pagination import AsyncPage, AsyncPager, Page, Pager, page_size_for

from ..types import UNSET, Unset
from ..api.channels_sender import create_channels_sender
from ..api.channels_sender import delete_channels_sender
from ..api.channels_sender import fetch_channels_sender
from ..api.channels_sender import list_channels_sender
from ..api.channels_sender import update_channels_sender
from ..models.channels_sender_page import ChannelsSenderPage
from ..models.channels_sender import ChannelsSender
from ..models.channels_sender_create_request import ChannelsSenderCreateRequest
from ..models.channels_sender_configuration_type_0 import ChannelsSenderConfigurationType0
from ..models.channels_sender_profile_type_0 import ChannelsSenderProfileType0
from ..models.channels_sender_webhook_type_0 import ChannelsSenderWebhookType0
from ..models.channels_sender_update_request import ChannelsSenderUpdateRequest
from ..models.channels_sender import ChannelsSender
from ..models.channels_sender_create_request import ChannelsSenderCreateRequest
from ..models.channels_sender_update_request import ChannelsSenderUpdateRequest



class Channels:
    """The Channels resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def senders(self) -> "ChannelsSenders":
        return ChannelsSenders(self._client, self._path)



class ChannelsSenders:
    """The ChannelsSenders resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "ChannelsSendersInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return ChannelsSendersInstance(self._client, (*self._path, sid))

    def create(
        self,
        *,
        sender_id: None | str,
        configuration: ChannelsSenderConfigurationType0 | None | Unset = UNSET,
        webhook: ChannelsSenderWebhookType0 | None | Unset = UNSET,
        profile: ChannelsSenderProfileType0 | None | Unset = UNSET,

    ) -> ChannelsSender:
        """Register a channel sender.
        Starts onboarding a sender, such as a WhatsApp number under a WhatsApp Business Account. Setup
        is asynchronous: the sender begins in CREATING and may need a verification code before it goes
        ONLINE.

        ``POST /v2/Channels/Senders`` on the messaging host.

        Args:
            sender_id: Sender address prefixed with its channel, e.g. whatsapp:+15551234567 (number in E.164
                format).
            configuration: Channel-specific settings of a sender, such as its WhatsApp Business Account and
                verification details.
            webhook: Webhook settings of a sender: where incoming messages and status updates are delivered.
            profile: Business profile details to set on a sender when creating or updating it.

        """
        
        request = create_channels_sender.build_request(
            body=ChannelsSenderCreateRequest(
                sender_id=sender_id,
                configuration=configuration,
                webhook=webhook,
                profile=profile,
            ),
        )
        return create_channels_sender.parse(self._client.send(request))

    def list(
        self,
        *,
        channel: str,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> Pager[ChannelsSender]:
        """List channel senders.
        Returns the account's senders on one channel, one page at a time; the channel filter is
        required.

        ``GET /v2/Channels/Senders`` on the messaging host.

        Args:
            channel: 
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        check("channel", channel, str)

        request = list_channels_sender.build_request(
            channel=channel,
            page_size=page_size_for(limit, page_size),
        )
        return Pager(self._client, request, ChannelsSender.from_dict, limit=limit)

    def page(
        self,
        *,
        channel: str,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> Page[ChannelsSender]:
        """List channel senders.
        Returns the account's senders on one channel, one page at a time; the channel filter is
        required.

        ``GET /v2/Channels/Senders`` on the messaging host.

        Args:
            channel: 
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        check("channel", channel, str)

        request = list_channels_sender.build_request(
            channel=channel,
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return Page.fetch(self._client, request, ChannelsSender.from_dict)



class ChannelsSendersInstance:
    """One ChannelsSenders resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: SyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def delete(
        self,

    ) -> None:
        """Delete a channel sender.
        Removes the sender from the account.

        ``DELETE /v2/Channels/Senders/{Sid}`` on the messaging host.
        """
        
        request = delete_channels_sender.build_request(
            sid=self._path[0],
        )
        self._client.send(request)

    def fetch(
        self,

    ) -> ChannelsSender:
        """Fetch a channel sender.
        Returns one sender with its configuration, webhooks, profile and status, plus the reasons when
        it is offline.

        ``GET /v2/Channels/Senders/{Sid}`` on the messaging host.
        """
        
        request = fetch_channels_sender.build_request(
            sid=self._path[0],
        )
        return fetch_channels_sender.parse(self._client.send(request))

    def update(
        self,
        *,
        configuration: ChannelsSenderConfigurationType0 | None | Unset = UNSET,
        webhook: ChannelsSenderWebhookType0 | None | Unset = UNSET,
        profile: ChannelsSenderProfileType0 | None | Unset = UNSET,

    ) -> ChannelsSender:
        """Update a channel sender.
        Changes a sender's configuration, webhooks or profile. Also used to submit the verification code
        the sender's number received.

        ``POST /v2/Channels/Senders/{Sid}`` on the messaging host.

        Args:
            configuration: Channel-specific settings of a sender, such as its WhatsApp Business Account and
                verification details.
            webhook: Webhook settings of a sender: where incoming messages and status updates are delivered.
            profile: Business profile details to set on a sender when creating or updating it.

        """
        
        request = update_channels_sender.build_request(
            sid=self._path[0],
            body=ChannelsSenderUpdateRequest(
                configuration=configuration,
                webhook=webhook,
                profile=profile,
            ),
        )
        return update_channels_sender.parse(self._client.send(request))



class AsyncChannels:
    """The Channels resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    @property
    def senders(self) -> "AsyncChannelsSenders":
        return AsyncChannelsSenders(self._client, self._path)



class AsyncChannelsSenders:
    """The ChannelsSenders resources."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    def __call__(self, sid: str) -> "AsyncChannelsSendersInstance":
        """Address one resource by its sid."""
        check("sid", sid, str)
        return AsyncChannelsSendersInstance(self._client, (*self._path, sid))

    async def create(
        self,
        *,
        sender_id: None | str,
        configuration: ChannelsSenderConfigurationType0 | None | Unset = UNSET,
        webhook: ChannelsSenderWebhookType0 | None | Unset = UNSET,
        profile: ChannelsSenderProfileType0 | None | Unset = UNSET,

    ) -> ChannelsSender:
        """Register a channel sender.
        Starts onboarding a sender, such as a WhatsApp number under a WhatsApp Business Account. Setup
        is asynchronous: the sender begins in CREATING and may need a verification code before it goes
        ONLINE.

        ``POST /v2/Channels/Senders`` on the messaging host.

        Args:
            sender_id: Sender address prefixed with its channel, e.g. whatsapp:+15551234567 (number in E.164
                format).
            configuration: Channel-specific settings of a sender, such as its WhatsApp Business Account and
                verification details.
            webhook: Webhook settings of a sender: where incoming messages and status updates are delivered.
            profile: Business profile details to set on a sender when creating or updating it.

        """
        
        request = create_channels_sender.build_request(
            body=ChannelsSenderCreateRequest(
                sender_id=sender_id,
                configuration=configuration,
                webhook=webhook,
                profile=profile,
            ),
        )
        return create_channels_sender.parse(await self._client.send(request))

    def list(
        self,
        *,
        channel: str,
        limit: int | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[ChannelsSender]:
        """List channel senders.
        Returns the account's senders on one channel, one page at a time; the channel filter is
        required.

        ``GET /v2/Channels/Senders`` on the messaging host.

        Args:
            channel: 
            limit: stop after this many items (default: all).
            page_size: items per request (default 50, at most 1000; with only a limit, min(limit, 1000)).
        """
        check("channel", channel, str)

        request = list_channels_sender.build_request(
            channel=channel,
            page_size=page_size_for(limit, page_size),
        )
        return AsyncPager(self._client, request, ChannelsSender.from_dict, limit=limit)

    async def page(
        self,
        *,
        channel: str,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
    ) -> AsyncPage[ChannelsSender]:
        """List channel senders.
        Returns the account's senders on one channel, one page at a time; the channel filter is
        required.

        ``GET /v2/Channels/Senders`` on the messaging host.

        Args:
            channel: 
            page_size: items in the page (default 50, at most 1000).
            page_token: token of the page to fetch, from a previous page's links.
            page_number: index of that page (client state Twilio echoes back).
        """
        check("channel", channel, str)

        request = list_channels_sender.build_request(
            channel=channel,
            page_size=page_size,
            page=page_number,
            page_token=page_token,
        )
        return await AsyncPage.fetch(self._client, request, ChannelsSender.from_dict)



class AsyncChannelsSendersInstance:
    """One ChannelsSenders resource, addressed by its path values."""

    __slots__ = ("_client", "_path")

    def __init__(self, client: AsyncRequester, path: tuple[str, ...] = ()) -> None:
        self._client = client
        self._path = path

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {'/'.join(self._path) or '(collection)'}>"

    async def delete(
        self,

    ) -> None:
        """Delete a channel sender.
        Removes the sender from the account.

        ``DELETE /v2/Channels/Senders/{Sid}`` on the messaging host.
        """
        
        request = delete_channels_sender.build_request(
            sid=self._path[0],
        )
        await self._client.send(request)

    async def fetch(
        self,

    ) -> ChannelsSender:
        """Fetch a channel sender.
        Returns one sender with its configuration, webhooks, profile and status, plus the reasons when
        it is offline.

        ``GET /v2/Channels/Senders/{Sid}`` on the messaging host.
        """
        
        request = fetch_channels_sender.build_request(
            sid=self._path[0],
        )
        return fetch_channels_sender.parse(await self._client.send(request))

    async def update(
        self,
        *,
        configuration: ChannelsSenderConfigurationType0 | None | Unset = UNSET,
        webhook: ChannelsSenderWebhookType0 | None | Unset = UNSET,
        profile: ChannelsSenderProfileType0 | None | Unset = UNSET,

    ) -> ChannelsSender:
        """Update a channel sender.
        Changes a sender's configuration, webhooks or profile. Also used to submit the verification code
        the sender's number received.

        ``POST /v2/Channels/Senders/{Sid}`` on the messaging host.

        Args:
            configuration: Channel-specific settings of a sender, such as its WhatsApp Business Account and
                verification details.
            webhook: Webhook settings of a sender: where incoming messages and status updates are delivered.
            profile: Business profile details to set on a sender when creating or updating it.

        """
        
        request = update_channels_sender.build_request(
            sid=self._path[0],
            body=ChannelsSenderUpdateRequest(
                configuration=configuration,
                webhook=webhook,
                profile=profile,
            ),
        )
        return update_channels_sender.parse(await self._client.send(request))

