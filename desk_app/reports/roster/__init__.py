"""The duty roster on paper: the month's 排班表 and a person's own month as PDF, the workbook."""
