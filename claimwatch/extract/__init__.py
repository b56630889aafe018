"""Extract: actors, places, dates, events and claims from one parsed article."""
