"""Use cases. One function = one transaction; plain values in, dataclasses out; roles checked here."""
