"""The Question banks tab: the banks on the left, the selected bank's questions on the right."""
