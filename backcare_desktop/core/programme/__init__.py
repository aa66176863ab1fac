"""The programme: the weekly plan, progression and flare-up mode."""
