"""The network map (eco-map) tab and its scene."""
