"""The Today tab: follow-ups, suggestions and the week ahead."""
