"""The demonstration store, conversation and long-term memory, and the research event log."""
