"""Reports and exports built from the store's query functions."""
