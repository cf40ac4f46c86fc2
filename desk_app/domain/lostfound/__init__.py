"""Lost and found's rules: the book's own (:mod:`.rules`: numbers, input, photos, states),
its categories and how long each is kept (:mod:`.categories`), and matching a guest's report
with the found items (:mod:`.matching`, with the words it knows in :mod:`.vocabulary`)."""
