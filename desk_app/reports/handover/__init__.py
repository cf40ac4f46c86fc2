"""The handover sheet as PDF (:mod:`.pdf`, with its sections, signatures and style) and as an
Excel workbook (:mod:`.xlsx`)."""
