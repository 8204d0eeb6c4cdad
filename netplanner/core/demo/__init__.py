"""The example network for a first look (``netplanner demo``, the welcome screen).

``example`` builds it; ``texts`` holds its words in English and Dutch.
"""
