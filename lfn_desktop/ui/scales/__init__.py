"""The progress scales: the tab, the participant's full-screen mode, the charts."""
