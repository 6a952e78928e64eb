#!/bin/sh
# Add surveytool to this user's application menu (Linux): run it from the unpacked folder.
# It writes ~/.local/share/applications/surveytool.desktop pointing at this folder and copies
# the icon; remove those two files to undo.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps
mkdir -p "$apps" "$icons"
cp "$here/surveytool.png" "$icons/surveytool.png"
sed "s|^Exec=surveytool |Exec=\"$here/surveytool\" |" "$here/surveytool.desktop" \
  > "$apps/surveytool.desktop"
echo "Added surveytool to the application menu ($apps/surveytool.desktop)."
