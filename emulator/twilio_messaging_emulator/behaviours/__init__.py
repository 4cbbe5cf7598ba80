"""What a spec cannot state: the message lifecycle, status callbacks, magic numbers, scheduling,
segment counting, prices, inbound simulation, and the hooks that give spec resources their behaviour."""
