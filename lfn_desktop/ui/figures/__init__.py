"""The partnership's figures and the quarterly report."""
