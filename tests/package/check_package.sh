#!/usr/bin/env bash
# The .deb as a user gets it: built by CPack from the build folder, unpacked into a scratch root
# (dpkg -x, as an installation would lay it out), its files validated, and both programs run
# from there. Usage: check_package.sh BUILD_DIR
set -euo pipefail

build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check_package: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null
debs=("$work"/out/permitted_*.deb)
[ -f "${debs[0]}" ] || fail "CPack made no .deb"
deb=${debs[0]}
root=$work/root
dpkg-deb -x "$deb" "$root"

# What the desktop and the shell look for.
for f in usr/bin/permitted usr/bin/permitted-check \
         usr/share/applications/io.github.permitted.Permitted.desktop \
         usr/share/metainfo/io.github.permitted.Permitted.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/permitted.svg \
         usr/share/icons/hicolor/16x16/apps/permitted.png usr/share/icons/hicolor/48x48/apps/permitted.png \
         usr/share/icons/hicolor/256x256/apps/permitted.png usr/share/icons/hicolor/512x512/apps/permitted.png \
         usr/share/man/man1/permitted.1.gz usr/share/man/man1/permitted-check.1.gz \
         usr/share/bash-completion/completions/permitted-check usr/share/doc/permitted/copyright; do
    [ -s "$root/$f" ] || fail "the package lacks $f"
done
desktop-file-validate "$root/usr/share/applications/io.github.permitted.Permitted.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.permitted.Permitted.metainfo.xml" >/dev/null \
    || fail "the metainfo does not validate"
for page in permitted permitted-check; do
    gzip -dc "$root/usr/share/man/man1/$page.1.gz" | grep -q '^\.TH' || fail "$page.1.gz is not a manual page"
done
bash -c ". '$root/usr/share/bash-completion/completions/permitted-check' && complete -p permitted-check" >/dev/null \
    || fail "the completion does not register"

# Its dependencies are the libraries the programs load.
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6webenginewidgets6 libqt6sql6-sqlite libhunspell libicu libphonenumber; do
    [[ $depends == *$package* ]] || fail "Depends lacks $package: $depends"
done

# Both programs, from the scratch root, with a home of their own and no display.
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
"$root/usr/bin/permitted-check" --version | grep -q '^permitted-check ' || fail "permitted-check --version"
status=0
printf 'Thank you for your order \xf0\x9f\x98\x8a\n' | "$root/usr/bin/permitted-check" --kind reply - >"$work/report" || status=$?
[ "$status" = 1 ] && grep -q 'error emoji' "$work/report" || fail "permitted-check did not find the emoji (exit $status)"
"$root/usr/bin/permitted" --version | grep -q 'Permitted' || fail "permitted --version without a display"
"$root/usr/bin/permitted" --help | grep -q -- '--export-library' || fail "permitted --help without a display"
"$root/usr/bin/permitted" --export-library "$work/library.json" || fail "permitted --export-library"
grep -q '"permitted-library"' "$work/library.json" || fail "the exported library is not one"
echo "check_package: $(basename "$deb") installs and runs"
