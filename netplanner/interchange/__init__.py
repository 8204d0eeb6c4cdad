"""Files in and out of NetPlanner: question bank files now; imports and exports later."""
