"""The record of the talks as plain Python: records, due windows, rules.

Nothing here speaks SQL or imports Qt.
"""
