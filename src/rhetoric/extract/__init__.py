"""From article text to tables: quotes and reported speech with their speakers, targets,
stance and dates (``statements``), and dated sentences (``events``).

Stages, in order: ``quotes`` (quotation marks paired), mentions and names (candidates for
speakers and targets), the attribution rules, targets, ``stance``, ``dates`` (temporal
expressions) and the one anchoring policy that dates statements and events alike. Also here:
the baselines the extraction is compared with, and its evaluation against hand coding.
"""
