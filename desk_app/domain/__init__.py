"""Pure rules of the trade: no Qt, no SQL, easy to test."""
