"""The programme in the window: plan, progression suggestions, flare-ups."""
