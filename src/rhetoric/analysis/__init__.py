"""What the reports compute from statements and events: the rhetoric shift (``shift``), the
focus actors and windows chosen from the data (``focus``), quotes aligned across sources
(``alignment``) and the consistency checks of dates (``timeline``).
"""
