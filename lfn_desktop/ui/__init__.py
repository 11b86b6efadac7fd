"""The Qt user interface. Reaches data only through lfn_desktop.operations."""
