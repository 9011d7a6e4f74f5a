"""One router per domain; :func:`service.app.create_app` includes them all."""
