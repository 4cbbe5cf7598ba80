"""``python -m twilio_messaging.cli``: the same as the ``twilio-messaging`` console script."""

from twilio_messaging.cli import main

raise SystemExit(main())
