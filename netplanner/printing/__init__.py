"""PDF output with ReportLab: the prep sheet and the fonts it embeds."""
