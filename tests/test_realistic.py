"""The extraction on realistic articles (tests/realistic): figures held to floors.

Sets of articles in other people's styles, built around real quotes, with hand-coded gold: the
development set (14 articles, the one every extraction change is measured on), and sets written
later to check that a change generalises (balkans, disputes, crossings, frontiers, harbours, islands,
reefs, shoals, lagoons, estuaries, marshes, tides and the later ones tests/realistic/README.md lists;
the held-out ones' errors are not read while rules are written).
tests/realistic/README.md describes them; ``python benchmarks/bench_accuracy.py --errors``
prints the figures and every miss.

The floors are regression floors: each sits a little under the figure the extraction reached
when it was set (docs/ACCURACY.md gives those figures and the targets still ahead), so that a
change that loses accuracy on realistic text fails here, whatever it wins elsewhere. Raise a
floor when the extraction gets better; never lower one to let a change pass without saying so
in docs/ACCURACY.md.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from rhetoric.extract.realistic import score_all, score_set, set_folders

#: set -> measure -> floor (for ``nonstatements`` and ``event_date_errors``, a ceiling: the
#: share of gold non-statements extracted, of gold events given a wrong date).
FLOORS = {
    "devset": {"recall": 0.97, "precision": 0.92, "speaker": 0.97, "target": 0.85, "stance": 0.85,
               "said_on": 0.93, "said_on_dated": 0.92, "events_recall": 0.96,
               "nonstatements": 0.12, "event_date_errors": 0.04},
    "balkans": {"recall": 0.87, "precision": 0.72, "speaker": 0.89, "target": 0.62, "stance": 0.72,
                "said_on": 0.83, "said_on_dated": 0.83, "events_recall": 0.85,
                "nonstatements": 0.47, "event_date_errors": 0.12},
    "crossings": {"recall": 0.81, "precision": 0.81, "speaker": 0.90, "target": 0.77, "stance": 0.79,
                  "said_on": 0.85, "said_on_dated": 0.86, "events_recall": 0.88,
                  "nonstatements": 0.36, "event_date_errors": 0.06},
    "harbours": {"recall": 0.81, "precision": 0.78, "speaker": 0.90, "target": 0.79, "stance": 0.84,
                 "said_on": 0.78, "said_on_dated": 0.80, "events_recall": 0.86,
                 "nonstatements": 0.36, "event_date_errors": 0.13},
    "islands": {"recall": 0.81, "precision": 0.87, "speaker": 0.93, "target": 0.85, "stance": 0.87,
                "said_on": 0.87, "said_on_dated": 0.88, "events_recall": 0.94,
                "nonstatements": 0.16, "event_date_errors": 0.08},
    "reefs": {"recall": 0.85, "precision": 0.84, "speaker": 0.88, "target": 0.79, "stance": 0.76,
              "said_on": 0.80, "said_on_dated": 0.81, "events_recall": 0.80,
              "nonstatements": 0.36, "event_date_errors": 0.12},
    "shoals": {"recall": 0.78, "precision": 0.84, "speaker": 0.94, "target": 0.79, "stance": 0.79,
               "said_on": 0.90, "said_on_dated": 0.89, "events_recall": 0.92,
               "nonstatements": 0.32, "event_date_errors": 0.08},
    "lagoons": {"recall": 0.80, "precision": 0.84, "speaker": 0.91, "target": 0.75, "stance": 0.79,
                "said_on": 0.89, "said_on_dated": 0.90, "events_recall": 0.94,
                "nonstatements": 0.32, "event_date_errors": 0.06},
    "estuaries": {"recall": 0.87, "precision": 0.77, "speaker": 0.93, "target": 0.79, "stance": 0.79,
                  "said_on": 0.84, "said_on_dated": 0.84, "events_recall": 0.80,
                  "nonstatements": 0.36, "event_date_errors": 0.16},
    "marshes": {"recall": 0.84, "precision": 0.80, "speaker": 0.93, "target": 0.81, "stance": 0.82,
                "said_on": 0.86, "said_on_dated": 0.86, "events_recall": 0.87,
                "nonstatements": 0.28, "event_date_errors": 0.08},
    "tides": {"recall": 0.87, "precision": 0.80, "speaker": 0.96, "target": 0.75, "stance": 0.78,
              "said_on": 0.92, "said_on_dated": 0.92, "events_recall": 0.88,
              "nonstatements": 0.32, "event_date_errors": 0.06},
    "gulfs": {"recall": 0.81, "precision": 0.83, "speaker": 0.94, "target": 0.82, "stance": 0.78,
              "said_on": 0.90, "said_on_dated": 0.89, "events_recall": 0.72,
              "nonstatements": 0.24, "event_date_errors": 0.16},
    "atolls": {"recall": 0.77, "precision": 0.80, "speaker": 0.89, "target": 0.68, "stance": 0.79,
               "said_on": 0.97, "said_on_dated": 0.97, "events_recall": 0.92,
               "nonstatements": 0.32, "event_date_errors": 0.06},
    "wetlands": {"recall": 0.79, "precision": 0.89, "speaker": 0.92, "target": 0.80, "stance": 0.76,
                 "said_on": 0.90, "said_on_dated": 0.92, "events_recall": 0.82,
                 "nonstatements": 0.24, "event_date_errors": 0.10},
    "valleys": {"recall": 0.76, "precision": 0.80, "speaker": 0.94, "target": 0.74, "stance": 0.74,
                "said_on": 0.85, "said_on_dated": 0.84, "events_recall": 0.83,
                "nonstatements": 0.24, "event_date_errors": 0.14},
    "canyons": {"recall": 0.72, "precision": 0.77, "speaker": 0.86, "target": 0.63, "stance": 0.77,
                "said_on": 0.85, "said_on_dated": 0.87, "events_recall": 0.85,
                "nonstatements": 0.11, "event_date_errors": 0.06},
    "glaciers": {"recall": 0.72, "precision": 0.80, "speaker": 0.88, "target": 0.75, "stance": 0.78,
                 "said_on": 0.66, "said_on_dated": 0.66, "events_recall": 0.71,
                 "nonstatements": 0.35, "event_date_errors": 0.20},
    "ravines": {"recall": 0.75, "precision": 0.89, "speaker": 0.87, "target": 0.62, "stance": 0.77,
                "said_on": 0.67, "said_on_dated": 0.67, "events_recall": 0.82,
                "nonstatements": 0.11, "event_date_errors": 0.10},
    "gorges": {"recall": 0.84, "precision": 0.91, "speaker": 0.85, "target": 0.74, "stance": 0.87,
               "said_on": 0.73, "said_on_dated": 0.73, "events_recall": 0.85,
               "nonstatements": 0.15, "event_date_errors": 0.13},
    # (held out in session 56, read in session 57: 3 points under its figures at the end of it)
    "tors": {"recall": 0.74, "precision": 0.77, "speaker": 0.81, "target": 0.72, "stance": 0.77,
             "said_on": 0.62, "said_on_dated": 0.62, "events_recall": 0.75,
             "nonstatements": 0.23, "event_date_errors": 0.14},
    # (held out in session 73, read in session 74: 3 points under its figures at the end of it)
    "craters": {"recall": 0.82, "precision": 0.87, "speaker": 0.92, "target": 0.66, "stance": 0.82,
                "said_on": 0.81, "said_on_dated": 0.81, "events_recall": 0.84,
                "nonstatements": 0.31, "event_date_errors": 0.07},
    # (held out in session 74, read in session 75: 3 points under its figures at the end of it)
    "wadis": {"recall": 0.75, "precision": 0.78, "speaker": 0.92, "target": 0.65, "stance": 0.85,
              "said_on": 0.73, "said_on_dated": 0.73, "events_recall": 0.88,
              "nonstatements": 0.31, "event_date_errors": 0.05},
    # (held out in session 77, read in session 78: 3 points under its figures at the end of it)
    "gulches": {"recall": 0.74, "precision": 0.89, "speaker": 0.94, "target": 0.65, "stance": 0.66,
                "said_on": 0.74, "said_on_dated": 0.74, "events_recall": 0.85,
                "nonstatements": 0.27, "event_date_errors": 0.08},
    # (held out in session 76, read in session 77: 3 points under its figures at the end of it)
    "fells": {"recall": 0.82, "precision": 0.86, "speaker": 0.90, "target": 0.68, "stance": 0.84,
              "said_on": 0.87, "said_on_dated": 0.87, "events_recall": 0.90,
              "nonstatements": 0.23, "event_date_errors": 0.09},
    # (held out in session 79, read in session 80: 3 points under its figures at the end of it)
    "bights": {"recall": 0.82, "precision": 0.91, "speaker": 0.91, "target": 0.71, "stance": 0.73,
               "said_on": 0.89, "said_on_dated": 0.89, "events_recall": 0.92,
               "nonstatements": 0.23, "event_date_errors": 0.05},
    # (held out in session 80, read in session 81: 3 points under its figures at the end of it)
    "skerries": {"recall": 0.90, "precision": 0.88, "speaker": 0.83, "target": 0.72, "stance": 0.75,
                 "said_on": 0.84, "said_on_dated": 0.84, "events_recall": 0.82,
                 "nonstatements": 0.27, "event_date_errors": 0.15},
    # (held out from session 82: 3 points under its figures at the start code, 72d45b59)
    "corries": {"recall": 0.67, "precision": 0.82, "speaker": 0.88, "target": 0.81, "stance": 0.73,
                "said_on": 0.69, "said_on_dated": 0.66, "events_recall": 0.65,
                "nonstatements": 0.23, "event_date_errors": 0.28},
    # (held out in session 81, read in session 82: 3 points under its figures at the end of it)
    "cays": {"recall": 0.86, "precision": 0.88, "speaker": 0.95, "target": 0.70, "stance": 0.78,
             "said_on": 0.86, "said_on_dated": 0.86, "events_recall": 0.92,
             "nonstatements": 0.15, "event_date_errors": 0.05},
    # (held out in session 78, read in session 79: 3 points under its figures at the end of it)
    "arroyos": {"recall": 0.76, "precision": 0.88, "speaker": 0.90, "target": 0.64, "stance": 0.77,
                "said_on": 0.89, "said_on_dated": 0.89, "events_recall": 0.81,
                "nonstatements": 0.23, "event_date_errors": 0.03},
    # (held out in session 75, read in session 76: 3 points under its figures at the end of it)
    "heaths": {"recall": 0.84, "precision": 0.83, "speaker": 0.94, "target": 0.81, "stance": 0.80,
               "said_on": 0.95, "said_on_dated": 0.95, "events_recall": 0.97,
               "nonstatements": 0.39, "event_date_errors": 0.03},
    # (held out in session 72, read in session 73: 3 points under its figures at the end of it)
    "basins": {"recall": 0.78, "precision": 0.86, "speaker": 0.91, "target": 0.74, "stance": 0.65,
               "said_on": 0.67, "said_on_dated": 0.67, "events_recall": 0.87,
               "nonstatements": 0.27, "event_date_errors": 0.10},
    # (held out in session 71, read in session 72: 3 points under its figures at the end of it)
    "plains": {"recall": 0.71, "precision": 0.90, "speaker": 0.92, "target": 0.72, "stance": 0.80,
               "said_on": 0.82, "said_on_dated": 0.82, "events_recall": 0.92,
               "nonstatements": 0.11, "event_date_errors": 0.08},
    # (held out in session 70, read in session 71: 3 points under its figures at the end of it)
    "sounds": {"recall": 0.54, "precision": 0.84, "speaker": 0.89, "target": 0.70, "stance": 0.77,
               "said_on": 0.73, "said_on_dated": 0.73, "events_recall": 0.84,
               "nonstatements": 0.15, "event_date_errors": 0.05},
    # (held out in session 69, read in session 70: 3 points under its figures at the end of it)
    "steppes": {"recall": 0.73, "precision": 0.86, "speaker": 0.83, "target": 0.54, "stance": 0.74,
                "said_on": 0.84, "said_on_dated": 0.84, "events_recall": 0.89,
                "nonstatements": 0.27, "event_date_errors": 0.05},
    # (held out in session 68, read in session 69: 3 points under its figures at the end of it; the
    # non-statements' ceiling .39 → .40 in session 76, when "Noted, same day:" came to go on with the voice
    # before and so found Vučić's "Yesterday, I reacted strongly …", which the set's gold lists as a
    # self-description; the same lead found two statements in heaths and lochs)
    "calderas": {"recall": 0.79, "precision": 0.84, "speaker": 0.91, "target": 0.73, "stance": 0.83,
                 "said_on": 0.87, "said_on_dated": 0.87, "events_recall": 0.79,
                 "nonstatements": 0.40, "event_date_errors": 0.07},
    # (held out in session 67, read in session 68: 3 points under its figures at the end of it)
    "firths": {"recall": 0.90, "precision": 0.87, "speaker": 0.90, "target": 0.75, "stance": 0.81,
               "said_on": 0.84, "said_on_dated": 0.84, "events_recall": 0.92,
               "nonstatements": 0.27, "event_date_errors": 0.05},
    # (held out in session 66, read in session 67: 3 points under its figures at the end of it)
    "bogs": {"recall": 0.71, "precision": 0.79, "speaker": 0.86, "target": 0.79, "stance": 0.70,
             "said_on": 0.89, "said_on_dated": 0.89, "events_recall": 0.87,
             "nonstatements": 0.43, "event_date_errors": 0.08},
    # (held out in session 65, read in session 66: 3 points under its figures at the end of it)
    "lochs": {"recall": 0.64, "precision": 0.90, "speaker": 0.87, "target": 0.70, "stance": 0.80,
              "said_on": 0.78, "said_on_dated": 0.79, "events_recall": 0.85,
              "nonstatements": 0.11, "event_date_errors": 0.13},
    # (held out in session 64, read in session 65: 3 points under its figures at the end of it)
    "gullies": {"recall": 0.77, "precision": 0.91, "speaker": 0.85, "target": 0.80, "stance": 0.83,
                "said_on": 0.79, "said_on_dated": 0.79, "events_recall": 0.78,
                "nonstatements": 0.15, "event_date_errors": 0.05},
    # (held out in session 63, read in session 64: 3 points under its figures at the end of it)
    "hollows": {"recall": 0.72, "precision": 0.88, "speaker": 0.82, "target": 0.68, "stance": 0.85,
                "said_on": 0.63, "said_on_dated": 0.63, "events_recall": 0.90,
                "nonstatements": 0.27, "event_date_errors": 0.08},
    # (held out in session 62, read in session 63: 3 points under its figures at the end of it)
    "inlets": {"recall": 0.78, "precision": 0.87, "speaker": 0.83, "target": 0.71, "stance": 0.85,
               "said_on": 0.59, "said_on_dated": 0.59, "events_recall": 0.63,
               "nonstatements": 0.39, "event_date_errors": 0.24},
    # (held out in session 61, read in session 62: 3 points under its figures at the end of it)
    "dales": {"recall": 0.78, "precision": 0.84, "speaker": 0.91, "target": 0.72, "stance": 0.71,
              "said_on": 0.85, "said_on_dated": 0.85, "events_recall": 0.90,
              "nonstatements": 0.35, "event_date_errors": 0.03},
    # (held out in session 60, read in session 61: 3 points under its figures at the end of it)
    "fens": {"recall": 0.80, "precision": 0.90, "speaker": 0.95, "target": 0.77, "stance": 0.76,
             "said_on": 0.91, "said_on_dated": 0.91, "events_recall": 0.97,
             "nonstatements": 0.15, "event_date_errors": 0.03},
    # (held out in session 59, read in session 60: 3 points under its figures at the end of it)
    "knolls": {"recall": 0.76, "precision": 0.90, "speaker": 0.85, "target": 0.67, "stance": 0.73,
               "said_on": 0.79, "said_on_dated": 0.79, "events_recall": 0.78,
               "nonstatements": 0.31, "event_date_errors": 0.08},
    # (held out in session 58, read in session 59: 3 points under its figures at the end of it)
    "crags": {"recall": 0.71, "precision": 0.87, "speaker": 0.91, "target": 0.79, "stance": 0.83,
              "said_on": 0.75, "said_on_dated": 0.75, "events_recall": 0.88,
              "nonstatements": 0.23, "event_date_errors": 0.10},
    # (held out in session 57, read in session 58: 3 points under its figures at the end of it)
    "scarps": {"recall": 0.86, "precision": 0.89, "speaker": 0.90, "target": 0.80, "stance": 0.82,
               "said_on": 0.52, "said_on_dated": 0.52, "events_recall": 0.87,
               "nonstatements": 0.23, "event_date_errors": 0.10},
    # (held out in session 55, read in session 56: 3 points under its figures at the end of it)
    "spits": {"recall": 0.77, "precision": 0.87, "speaker": 0.91, "target": 0.83, "stance": 0.89,
              "said_on": 0.73, "said_on_dated": 0.73, "events_recall": 0.78,
              "nonstatements": 0.23, "event_date_errors": 0.13},
    # (held out in session 54, read in session 55: 3 points under its figures at the end of it)
    "bluffs": {"recall": 0.77, "precision": 0.85, "speaker": 0.85, "target": 0.74, "stance": 0.75,
               "said_on": 0.70, "said_on_dated": 0.70, "events_recall": 0.78,
               "nonstatements": 0.35, "event_date_errors": 0.17},
    # (held out in session 53, read in session 54: 3 points under its figures at the end of it)
    "kames": {"recall": 0.82, "precision": 0.88, "speaker": 0.77, "target": 0.67, "stance": 0.79,
              "said_on": 0.73, "said_on_dated": 0.73, "events_recall": 0.83,
              "nonstatements": 0.15, "event_date_errors": 0.12},
    # (held out in session 52, read in session 53: 3 points under its figures at the end of it)
    "tarns": {"recall": 0.70, "precision": 0.85, "speaker": 0.81, "target": 0.71, "stance": 0.79,
              "said_on": 0.74, "said_on_dated": 0.75, "events_recall": 0.79,
              "nonstatements": 0.19, "event_date_errors": 0.07},
    # (held out in session 51, read in session 52: 3 points under its figures at the end of it)
    "cirques": {"recall": 0.84, "precision": 0.80, "speaker": 0.88, "target": 0.70, "stance": 0.76,
                "said_on": 0.68, "said_on_dated": 0.68, "events_recall": 0.88,
                "nonstatements": 0.23, "event_date_errors": 0.09},
    # (held out in session 50, read in session 51: 3 points under its figures at the end of it)
    "drumlins": {"recall": 0.84, "precision": 0.88, "speaker": 0.93, "target": 0.82, "stance": 0.75,
                 "said_on": 0.86, "said_on_dated": 0.87, "events_recall": 0.85,
                 "nonstatements": 0.19, "event_date_errors": 0.06},
    # (held out in session 49, read in session 50: 3 points under its figures at the end of it)
    "eskers": {"recall": 0.72, "precision": 0.85, "speaker": 0.93, "target": 0.74, "stance": 0.71,
               "said_on": 0.89, "said_on_dated": 0.89, "events_recall": 0.90,
               "nonstatements": 0.11, "event_date_errors": 0.08},
    "moraines": {"recall": 0.73, "precision": 0.86, "speaker": 0.89, "target": 0.76, "stance": 0.77,
                 "said_on": 0.86, "said_on_dated": 0.86, "events_recall": 0.85,
                 "nonstatements": 0.15, "event_date_errors": 0.08},
    "sandbars": {"recall": 0.87, "precision": 0.89, "speaker": 0.92, "target": 0.80, "stance": 0.75,
                 "said_on": 0.82, "said_on_dated": 0.81, "events_recall": 0.68,
                 # (4 of 25 at session 48, 3 at its start: a forecast, "I expect him to say something
                 # similar within days", in an expert's quotation now found under the record's name)
                 "nonstatements": 0.19, "event_date_errors": 0.15},
    "headlands": {"recall": 0.75, "precision": 0.86, "speaker": 0.92, "target": 0.75, "stance": 0.78,
                  "said_on": 0.86, "said_on_dated": 0.86, "events_recall": 0.83,
                  # (2 of 25 at session 47, 1 at its start: "the parent company of the Skydagger
                  # manufacturer", a fact in the words now found under its reader's record)
                  "nonstatements": 0.11, "event_date_errors": 0.15},
    "summits": {"recall": 0.79, "precision": 0.85, "speaker": 0.91, "target": 0.68, "stance": 0.78,
                "said_on": 0.76, "said_on_dated": 0.76, "events_recall": 0.87,
                # (7 of 25 at session 46, 5 at its start: two self-descriptions in the words now found
                # under record fields and screenplay cues, "Türkiye is working to ensure peace …")
                "nonstatements": 0.31, "event_date_errors": 0.08},
    "plateaus": {"recall": 0.77, "precision": 0.88, "speaker": 0.93, "target": 0.67, "stance": 0.66,
                 "said_on": 0.71, "said_on_dated": 0.71, "events_recall": 0.80,
                 "nonstatements": 0.11, "event_date_errors": 0.17},
    "ridges": {"recall": 0.88, "precision": 0.88, "speaker": 0.96, "target": 0.76, "stance": 0.80,
               "said_on": 0.87, "said_on_dated": 0.87, "events_recall": 0.79,
               # (3 of 25 at the end: one is the words "Hung Tzu-chien, told the Taipei Times", an outlet trap
               # the scorer finds inside the statement it leads in, which is now found)
               "nonstatements": 0.15, "event_date_errors": 0.09},
    "cliffs": {"recall": 0.80, "precision": 0.85, "speaker": 0.91, "target": 0.71, "stance": 0.80,
               "said_on": 0.72, "said_on_dated": 0.72, "events_recall": 0.84,
               "nonstatements": 0.15, "event_date_errors": 0.05},
    "buttes": {"recall": 0.77, "precision": 0.85, "speaker": 0.92, "target": 0.80, "stance": 0.85,
               "said_on": 0.77, "said_on_dated": 0.76, "events_recall": 0.92,
               "nonstatements": 0.07, "event_date_errors": 0.05},
    "coves": {"recall": 0.81, "precision": 0.88, "speaker": 0.95, "target": 0.79, "stance": 0.77,
              "said_on": 0.75, "said_on_dated": 0.74, "events_recall": 0.86,
              "nonstatements": 0.19, "event_date_errors": 0.10},
    "mesas": {"recall": 0.78, "precision": 0.82, "speaker": 0.88, "target": 0.74, "stance": 0.82,
              "said_on": 0.75, "said_on_dated": 0.75, "events_recall": 0.78,
              "nonstatements": 0.19, "event_date_errors": 0.10},
    "deltas": {"recall": 0.73, "precision": 0.85, "speaker": 0.94, "target": 0.80, "stance": 0.68,
               "said_on": 0.74, "said_on_dated": 0.74, "events_recall": 0.88,
               "nonstatements": 0.19, "event_date_errors": 0.10},
    "capes": {"recall": 0.79, "precision": 0.82, "speaker": 0.87, "target": 0.82, "stance": 0.80,
              "said_on": 0.83, "said_on_dated": 0.84, "events_recall": 0.87,
              "nonstatements": 0.15, "event_date_errors": 0.10},
    "moors": {"recall": 0.73, "precision": 0.86, "speaker": 0.88, "target": 0.62, "stance": 0.72,
              "said_on": 0.79, "said_on_dated": 0.79, "events_recall": 0.81,
              "nonstatements": 0.19, "event_date_errors": 0.08},
    "straits": {"recall": 0.70, "precision": 0.81, "speaker": 0.89, "target": 0.71, "stance": 0.77,
                "said_on": 0.78, "said_on_dated": 0.78, "events_recall": 0.84,
                "nonstatements": 0.19, "event_date_errors": 0.06},
    "fjords": {"recall": 0.73, "precision": 0.80, "speaker": 0.90, "target": 0.69, "stance": 0.82,
               "said_on": 0.73, "said_on_dated": 0.73, "events_recall": 0.87,
               "nonstatements": 0.32, "event_date_errors": 0.16},
    "dunes": {"recall": 0.76, "precision": 0.76, "speaker": 0.90, "target": 0.80, "stance": 0.81,
              "said_on": 0.81, "said_on_dated": 0.80, "events_recall": 0.71,
              "nonstatements": 0.40, "event_date_errors": 0.24},
    "bays": {"recall": 0.79, "precision": 0.87, "speaker": 0.91, "target": 0.79, "stance": 0.73,
             "said_on": 0.85, "said_on_dated": 0.85, "events_recall": 0.88,
             "nonstatements": 0.20, "event_date_errors": 0.10},
    "uplands": {"recall": 0.62, "precision": 0.77, "speaker": 0.83, "target": 0.76, "stance": 0.73,
                "said_on": 0.64, "said_on_dated": 0.62, "events_recall": 0.82,
                "nonstatements": 0.44, "event_date_errors": 0.19},
    "keys": {"recall": 0.81, "precision": 0.83, "speaker": 0.93, "target": 0.72, "stance": 0.83,
             "said_on": 0.87, "said_on_dated": 0.87, "events_recall": 0.68,
             "nonstatements": 0.28, "event_date_errors": 0.24},
    "jetties": {"recall": 0.86, "precision": 0.83, "speaker": 0.93, "target": 0.79, "stance": 0.80,
                "said_on": 0.84, "said_on_dated": 0.84, "events_recall": 0.88,
                "nonstatements": 0.20, "event_date_errors": 0.11},
    "yards": {"recall": 0.81, "precision": 0.83, "speaker": 0.94, "target": 0.67, "stance": 0.82,
              "said_on": 0.89, "said_on_dated": 0.90, "events_recall": 0.84,
              "nonstatements": 0.28, "event_date_errors": 0.15},
    "quays": {"recall": 0.86, "precision": 0.78, "speaker": 0.95, "target": 0.82, "stance": 0.73,
              "said_on": 0.94, "said_on_dated": 0.93, "events_recall": 0.92,
              "nonstatements": 0.32, "event_date_errors": 0.15},
    "oases": {"recall": 0.84, "precision": 0.80, "speaker": 0.96, "target": 0.76, "stance": 0.80,
              "said_on": 0.89, "said_on_dated": 0.88, "events_recall": 0.84,
              "nonstatements": 0.40, "event_date_errors": 0.16},
    "narrows": {"recall": 0.83, "precision": 0.78, "speaker": 0.92, "target": 0.68, "stance": 0.74,
                "said_on": 0.86, "said_on_dated": 0.87, "events_recall": 0.81,
                "nonstatements": 0.08, "event_date_errors": 0.15},
    "peninsulas": {"recall": 0.75, "precision": 0.75, "speaker": 0.86, "target": 0.64, "stance": 0.82,
                   "said_on": 0.88, "said_on_dated": 0.88, "events_recall": 0.66,
                   "nonstatements": 0.28, "event_date_errors": 0.26},
    "frontiers": {"recall": 0.85, "precision": 0.78, "speaker": 0.94, "target": 0.72, "stance": 0.87,
                  "said_on": 0.86, "said_on_dated": 0.85, "events_recall": 0.92,
                  "nonstatements": 0.33, "event_date_errors": 0.05},
    "disputes": {"recall": 0.90, "precision": 0.80, "speaker": 0.95, "target": 0.74, "stance": 0.80,
                 "said_on": 0.90, "said_on_dated": 0.88, "events_recall": 0.95,
                 "nonstatements": 0.16, "event_date_errors": 0.03},
}
CEILINGS = {"nonstatements", "event_date_errors"}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def figures(request):
    return request.param, score_set(ROOT / "tests" / "realistic" / request.param, errors=True)


def test_every_realistic_set_is_scored():
    assert {p.name for p in set_folders()} == set(FLOORS)


def test_extraction_on_realistic_articles_stays_above_its_floors(figures):
    name, got = figures
    below = {m: (round(got[m], 3), floor) for m, floor in FLOORS[name].items()
             if (got[m] > floor if m in CEILINGS else got[m] < floor)}
    assert not below, f"{name}: measure (got, floor or ceiling): {below}\n{got['report']}"


def test_the_table_of_every_set_has_each_measure_with_its_count(tmp_path):
    import shutil

    shutil.copytree(ROOT / "tests" / "realistic" / "devset", tmp_path / "devset")
    table = score_all(tmp_path)
    assert set(table["set"]) == {"devset"}
    row = table.set_index("measure").loc["recall"]
    assert row["n"] == 130 and row["articles"] == 14 and 0 < row["value"] <= 1


def test_the_roles_name_sets_that_exist():
    # the stance report's chart colours the development set and the newest held-out set
    # (rhetoric.extract.realistic): a renamed or removed set must not leave a role pointing nowhere
    from rhetoric.extract.realistic import DEVELOPMENT_SET, NEWEST_HELD_OUT, ROLES, set_role

    names = {p.name for p in set_folders()}
    assert {DEVELOPMENT_SET, NEWEST_HELD_OUT} <= names
    assert [set_role(DEVELOPMENT_SET), set_role(NEWEST_HELD_OUT), set_role("balkans")] == list(ROLES)
    held_out_line = next(line for line in (ROOT / "tests" / "realistic" / "README.md").read_text().splitlines()
                         if line.startswith(f"| [`{NEWEST_HELD_OUT}/`]"))
    assert "**held out**" in held_out_line


def test_bench_accuracy_says_what_it_takes_and_refuses_a_folder_that_is_no_set(tmp_path):
    import subprocess
    import sys

    bench = ROOT / "benchmarks" / "bench_accuracy.py"
    usage = subprocess.run([sys.executable, str(bench), "--help"], capture_output=True, text=True)
    assert usage.returncode == 0 and "--errors" in usage.stdout
    wrong = subprocess.run([sys.executable, str(bench), str(tmp_path)], capture_output=True, text=True)
    assert wrong.returncode == 2 and "not a realistic set" in wrong.stderr and "Traceback" not in wrong.stderr
