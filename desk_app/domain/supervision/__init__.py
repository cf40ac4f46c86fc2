"""The supervisor's half of the desk's rules (seed 004): the daily review of the book and the
inspections of the desk on a checklist, with corrections followed to the end."""
