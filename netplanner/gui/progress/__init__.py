"""The Progress tab: charts of conversations held, names gained and the network."""
