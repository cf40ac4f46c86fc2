"""What an upgrade needs to read a book written by an older program (its wordings, its shapes)."""
