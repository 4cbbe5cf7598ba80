"""Typed client for Twilio Programmable Messaging, generated from spec/ by generator/.

``api`` holds one module per operation, ``models`` the request and response types and
``resources`` the resource-oriented interface that :mod:`twilio_messaging` exposes.
"""
