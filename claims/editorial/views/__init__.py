"""Editorial views: they read through selectors and write only through the services."""
