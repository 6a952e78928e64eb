"""Things every layer may use: located errors, the progress protocol, resource paths."""

from surveytool.common.errors import Location, UserError
from surveytool.common.progress import NullProgress, Progress
from surveytool.common.resources import resource_path

__all__ = ["Location", "NullProgress", "Progress", "UserError", "resource_path"]
