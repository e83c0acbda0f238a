"""The documents Accord prints, built with ReportLab: joint communiqués and their comparisons.

Every document is built in memory and then written with `app.atomic`, so a
failed or killed export leaves the old file as it was. User text is escaped
before it reaches ReportLab's paragraph markup; the fonts are Accord's own,
embedded, and a character they cannot show stops the export with a message.
"""
