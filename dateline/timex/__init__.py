"""Temporal expressions: recognition and TIMEX3 normalisation against a document date."""

from dateline.timex.recognise import find_times

__all__ = ["find_times"]
