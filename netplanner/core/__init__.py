"""Plain-Python heart of NetPlanner: ORM models, services and the method's rules.

Never imports Qt; ``tests/test_layers.py`` guards that.
"""
