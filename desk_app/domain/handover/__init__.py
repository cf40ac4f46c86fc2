"""The shift handover's rules: shift windows, the sheet, signatures and the seal (:mod:`.rules`),
and what the clerks count at a handover (:mod:`.counts`)."""
