"""What the emulator reads from the bundled OpenAPI spec: schemas, operations, resources, validation, paging.

Nothing here knows about messages or lifecycles; it turns the spec into routes and records.
"""
