#!/usr/bin/env bash
# Run the README's two commands on a bare Debian 12 (what a newcomer has), in a debootstrap root:
#   ./scripts/check-fresh-debian.sh [ROOT]
# The root holds only what debootstrap brings plus python3, git, ca-certificates and sudo. This machine's
# package-registry configuration (apt sources, pip configuration, PIP_* variables, CA certificates) is copied in
# at run time, so nothing of it is ever committed. The committed main (not the working tree) is cloned into the
# root; then `./scripts/setup.sh && .venv/bin/lfn-desktop --demo` and `./scripts/test.sh` run there, as root,
# without a display. A pristine root is cached (LFN_FRESH_CACHE) so that a rerun skips debootstrap; each run
# starts from a fresh copy of it.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-/var/tmp/lfn-fresh-debian/root}
cache=${LFN_FRESH_CACHE:-/var/tmp/lfn-fresh-debian/pristine.tar}
[ "$(id -u)" -eq 0 ] || { echo "Run as root (debootstrap and chroot need it)."; exit 2; }

say() { printf '\n== %s\n' "$*"; }

mirror() {  # this machine's Debian mirror, as its apt configuration names it
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources
    else
        awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list
    fi
}

unmount_all() {
    for m in dev/shm dev/pts dev sys proc; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
}
trap unmount_all EXIT

command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; }

unmount_all
rm -rf "$root"
mkdir -p "$root" "$(dirname "$cache")"
if [ ! -s "$cache" ]; then
    say "debootstrap bookworm (python3, git, ca-certificates, sudo)"
    started=$(date +%s)
    debootstrap --include=python3,git,ca-certificates,sudo bookworm "$root" "$(mirror)" >/tmp/lfn-debootstrap.log 2>&1 \
        || { tail -20 /tmp/lfn-debootstrap.log; exit 1; }
    tar -C "$root" -cf "$cache" .
    echo "debootstrap took $(( $(date +%s) - started )) s"
else
    say "a fresh copy of the cached pristine root"
    tar -C "$root" -xf "$cache"
fi

say "this machine's registry configuration, copied in at run time"
copy() { [ -e "$1" ] && mkdir -p "$root$(dirname "$1")" && cp -a "$1" "$root$1"; }
for f in /etc/apt/sources.list /etc/apt/sources.list.d/debian.sources /etc/apt/apt.conf.d/99artifact-registry \
         /etc/pip.conf /etc/xdg/pip/pip.conf /etc/xdg/pip/constraints.txt /root/.config/pip/pip.conf \
         /root/.pip/pip.conf /etc/resolv.conf /etc/ssl/certs/ca-certificates.crt; do
    copy "$f"
done
[ -d /usr/local/share/ca-certificates ] && cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
pip_env=()
while IFS='=' read -r name value; do
    [[ $name == PIP_* ]] && pip_env+=("$name=$value")
done < <(env)

mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs shm "$root/dev/shm"

say "a clone of the committed main"
git clone -q --branch "$(git -C "$here" rev-parse --abbrev-ref HEAD)" "file://$here" "$root/root/lfn" || exit 1
echo "commit $(git -C "$root/root/lfn" rev-parse --short HEAD)"

inside() {  # a login-like environment with nothing of this session but the registry settings
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        "${pip_env[@]}" bash -c "cd /root/lfn && $1"
}

timed() {  # $1: the command's number, $2: the command; sets status and seconds
    say "command $1: $2"
    local started
    started=$(date +%s)
    inside "$2" >"/tmp/lfn-fresh-$1.log" 2>&1
    status=$?
    seconds=$(( $(date +%s) - started ))
    tail -5 "/tmp/lfn-fresh-$1.log"
}

timed 1 './scripts/setup.sh && .venv/bin/lfn-desktop --demo'
first=$status first_s=$seconds
timed 2 './scripts/test.sh'
second=$status second_s=$seconds

say "summary"
echo "command 1 (set up, run the demo): exit $first in ${first_s} s  (log /tmp/lfn-fresh-1.log)"
echo "command 2 (set up, whole suite):  exit $second in ${second_s} s  (log /tmp/lfn-fresh-2.log)"
echo "suite: $(grep -E '[0-9]+ (passed|failed)' /tmp/lfn-fresh-2.log | tail -1)"
[ "$first" -eq 0 ] && [ "$second" -eq 0 ]
