#!/bin/sh
# Add NetPlanner to your desktop's menu, for you only (no root needed):
# a menu entry pointing at this folder, the icons, the AppStream metainfo,
# and `netplanner` in ~/.local/bin for the command line.
# Move the folder first if you want it elsewhere (e.g. ~/.local/opt/NetPlanner),
# then run this again. To remove: delete the files this prints, and the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
id=nl.netplanner.NetPlanner

mkdir -p "$data/applications" "$data/metainfo" "$data/icons" "$bin"
# The menu entry, with Exec pointing at this folder (quoted: the path may hold spaces).
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec="%s/NetPlanner"\n' "$here" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
cp -R "$here/share/icons/." "$data/icons/"
cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
ln -sf "$here/NetPlanner" "$bin/netplanner"

# Let the desktop notice at once where it can (harmless when the tools are missing).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true

echo "NetPlanner is in your menu. Installed:"
echo "  $data/applications/$id.desktop"
echo "  $data/icons/hicolor/*/apps/$id.*"
echo "  $data/metainfo/$id.metainfo.xml"
echo "  $bin/netplanner -> $here/NetPlanner"
