"""The duty report as PDF (:mod:`.pdf`) and as an Excel workbook (:mod:`.xlsx`), and the summary
both open with (:mod:`.summary`)."""
