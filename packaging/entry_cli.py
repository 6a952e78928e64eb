"""The bundle's ``surveytool`` program: the command line, ``gui`` and ``--self-test``."""

from surveytool.launcher import main

raise SystemExit(main())
