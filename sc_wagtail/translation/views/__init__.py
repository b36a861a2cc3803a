"""The translation admin: the reviewer's queue, the status dashboard, the review screen, and
the exchange with translation agencies. Every view checks the locale against the user's
reviewer groups on the server; templates only hide what the server would refuse anyway."""
