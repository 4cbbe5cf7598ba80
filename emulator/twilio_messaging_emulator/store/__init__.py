"""The emulator's state: stored records of every kind, the spec model they follow, the lock and the clock."""
