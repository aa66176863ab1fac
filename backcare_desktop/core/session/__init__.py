"""The guided session: walking a routine's plan of phases on an injected clock."""
