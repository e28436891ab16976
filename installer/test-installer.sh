#!/usr/bin/env bash
# Builds the native installer and checks what a user gets: the app-image's launchers run the CLI headless
# on the shipped data, and the .deb (unpacked with dpkg -x into a scratch root, never installed) carries
# the menu entry, the icon, the workspace file association and its GTK dependencies.
# Usage: bash installer/test-installer.sh        (from the repo root; about 5 minutes on 2 cores)
#        SKIP_BUILD=1 bash installer/test-installer.sh   (check an existing target/jpackage)
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  rm -rf target/jpackage
  mvn -B -q -Pinstaller -DskipTests package
fi

image=target/jpackage/image/AlgoEff
deb=$(ls target/jpackage/package/algoeff_*_amd64.deb 2>/dev/null | head -n 1)
[ -x "$image/bin/AlgoEff" ] || fail "app-image launcher $image/bin/AlgoEff missing"
[ -x "$image/bin/algoeff" ] || fail "command-line launcher $image/bin/algoeff missing"
[ -n "$deb" ] || fail "no .deb in target/jpackage/package"

version=$("$image/bin/algoeff" --version | head -n 1)
[[ "$version" == "algoeff "* ]] || fail "--version printed '$version'"
pass "launcher --version: $version"

json=$("$image/bin/algoeff" fit "$image/lib/app/sample-data/hb20/alexnet-level.csv" --frontier --json)
halving=$(printf '%s' "$json" | sed -n 's/.*"halvingMonths":\([0-9.]*\).*/\1/p')
awk -v h="$halving" 'BEGIN { exit !(h > 15 && h < 16.5) }' || fail "fit gave halvingMonths '$halving'"
pass "launcher fit on the shipped HB20 data: halving $halving months"

# The bundled runtime is the jlink-trimmed one, not a whole JDK.
release="$image/lib/runtime/release"
[ -f "$release" ] || fail "no bundled runtime"
modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$release")
[[ " $modules " == *" java.desktop "* ]] || fail "runtime lacks java.desktop: $modules"
[[ " $modules " != *" jdk.compiler "* ]] || fail "runtime is not trimmed: $modules"
pass "bundled jlink runtime with $(wc -w <<<"$modules") modules"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch/root"
dpkg-deb -e "$deb" "$scratch/control"
lib="$scratch/root/opt/algoeff/lib"
desktop="$lib/algoeff-AlgoEff.desktop"
[ -f "$desktop" ] || fail "menu entry $desktop missing"
grep -q '^Exec=/opt/algoeff/bin/AlgoEff' "$desktop" || fail "menu entry does not start the app"
grep -q '^Categories=.*Science' "$desktop" || fail "menu entry not in the Science menu"
grep -q '^MimeType=application/x-algoeff-workspace' "$desktop" || fail "menu entry lacks the workspace MIME type"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -s "$scratch/root$icon" ] || fail "icon $icon missing"
cmp -s "$scratch/root$icon" assets/icon-256.png || fail "icon is not assets/icon-256.png"
pass "menu entry, Science category, icon from assets/"
mime="$lib/algoeff-AlgoEff-MimeInfo.xml"
grep -q 'pattern="\*.algoeff"' "$mime" || fail "no *.algoeff glob in $mime"
grep -q "xdg-mime install /opt/algoeff/lib/algoeff-AlgoEff-MimeInfo.xml" "$scratch/control/postinst" \
  || fail "postinst does not register the file association"
grep -q "xdg-desktop-menu install /opt/algoeff/lib/algoeff-AlgoEff.desktop" "$scratch/control/postinst" \
  || fail "postinst does not install the menu entry"
pass "workspace file association (*.algoeff) registered by postinst"
depends=$(dpkg-deb -f "$deb" Depends)
for pkg in libgtk-3-0 libxxf86vm1 libgl1 libxtst6; do
  [[ ", $depends," == *", $pkg,"* ]] || fail "Depends lacks $pkg: $depends"
done
pass "Depends declares GTK 3, libxtst6, libxxf86vm1, libgl1"
"$scratch/root/opt/algoeff/bin/algoeff" --version >/dev/null || fail "launcher from the unpacked .deb does not run"
pass "launcher from the unpacked .deb runs"

echo "sizes: app-image $(du -sh "$image" | cut -f1), runtime $(du -sh "$image/lib/runtime" | cut -f1), .deb $(du -h "$deb" | cut -f1)"
echo "installer checks: all passed"
