"""The benchmark is run by ``python3 run.py bench``, never by pytest: collect nothing here."""

collect_ignore_glob = ["*.py"]
