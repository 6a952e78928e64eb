"""The bundle's ``surveytool-gui`` program: the desktop app (no console window on Windows)."""

from surveytool.launcher import gui_main

raise SystemExit(gui_main())
