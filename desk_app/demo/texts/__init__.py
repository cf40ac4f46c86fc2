"""The demo world's vocabulary and proportions, by book and language."""
