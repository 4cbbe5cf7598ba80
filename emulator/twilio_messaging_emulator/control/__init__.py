"""The emulator-only control API under ``/_emulator`` (inbound texts, numbers, domains, clock, outcomes, reset)."""
