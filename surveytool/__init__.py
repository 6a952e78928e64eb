"""surveytool: collect, validate and exchange the JLMP labour migration module of the LFS.

The core (every subpackage but ``surveytool.ui``) never imports Qt; see ../shared/design.md.
"""

__version__ = "0.1.0"
