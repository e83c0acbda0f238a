"""The record store: the only code that speaks SQL.

It hands domain records out and takes them in; every write is one
transaction. Nothing here imports Qt.
"""
