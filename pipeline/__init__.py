"""debrief: client-meeting recordings in, draft contact reports and WIP entries out, offline."""

__version__ = "0.1.0"
