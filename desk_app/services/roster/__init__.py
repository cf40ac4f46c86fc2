"""The duty roster (排班表): months, leave and swaps, who is on duty."""
