"""Exchange with other systems: carrying running trajectories over from a sheet, exporting dossiers.

No Qt and no SQL here: importers and exporters go through :class:`~lfn_desktop.operations.Workspace`.
"""
