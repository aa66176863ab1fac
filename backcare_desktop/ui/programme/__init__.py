"""The programme in the window: the weekly plan, progression and flare-up mode."""
