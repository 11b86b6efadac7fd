"""Scale instruments as data (resources/instruments/), their loading and validation, and progress rules.

No Qt here: the participant mode and the charts live in lfn_desktop/ui/.
"""
