"""One participant's dossier: overview, logbook, trajectory, the visit and intake forms, her own dossier."""
