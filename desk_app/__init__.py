"""DutyDesk: the paper books of a front-desk counter, kept as a bound, verifiable record."""

__version__ = "0.1.0"
