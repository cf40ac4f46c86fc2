"""The demo: years of a staffed desk's books written through the real services (``demo.seed``)."""
