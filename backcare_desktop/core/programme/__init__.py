"""The programme: plan, progression and flare-ups, as pure rules."""
