"""The one exception type that the command line turns into a single clear error line."""


class RhetoricError(Exception):
    """A problem the user can fix (bad input, bad parameter); printed without a traceback."""
