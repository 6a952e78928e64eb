"""``python -m surveytool``: the same as the ``surveytool`` command."""

from surveytool.launcher import main

raise SystemExit(main())
