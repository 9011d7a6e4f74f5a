"""matcher package."""
