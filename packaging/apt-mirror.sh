#!/usr/bin/env bash
# Prints the Debian archive this system's apt is configured with, as "URI SUITE [KEYRING]":
# the first enabled `deb` source of the system's release (VERSION_CODENAME of os-release, or
# $APT_MIRROR_CODENAME), so a third-party source (suite "nodistro", "stable") is not taken.
# install-deps.sh fetches netperf from that archive's non-free component; no address is ever
# assumed. Reads, in apt's order: sources.list.d/*.sources (deb822, Debian 12's default),
# sources.list, sources.list.d/*.list.
# Usage: apt-mirror.sh [APT_ETC_DIR]   (default /etc/apt). Exit 1 with a message if none.
set -euo pipefail
etc=${1:-/etc/apt}

codename=${APT_MIRROR_CODENAME:-}
if [ -z "$codename" ] && [ -r /etc/os-release ]; then
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
fi
if [ -z "$codename" ]; then
  echo "apt-mirror: cannot tell this system's release (no VERSION_CODENAME in" \
       "/etc/os-release); set APT_MIRROR_CODENAME" >&2
  exit 1
fi
release_suite="^${codename}\$"
skip_suite='-(security|updates|backports|proposed-updates)$'

from_deb822() {
  awk -v release="$release_suite" -v skip="$skip_suite" '
    function value(line) { sub(/^[^:]*:[ \t]*/, "", line); return line }
    function flush(   u, s, n, i) {
      if (!found && enabled != "no" && (" " types " ") ~ / deb / && uris != "") {
        split(uris, u, /[ \t]+/)
        n = split(suites, s, /[ \t]+/)
        for (i = 1; i <= n; i++)
          if (s[i] ~ release && s[i] !~ skip) {
            print u[1], s[i], (signed ~ /^\// ? signed : "")
            found = 1
            break
          }
      }
      types = uris = suites = signed = enabled = ""
    }
    /^[ \t]*#/ { next }
    /^[ \t]*$/ { flush(); next }
    /^[ \t]/ { next }                       # continuation (an inline key block)
    tolower($1) == "types:" { types = value($0) }
    tolower($1) == "uris:" { uris = value($0) }
    tolower($1) == "suites:" { suites = value($0) }
    tolower($1) == "signed-by:" { signed = value($0) }
    tolower($1) == "enabled:" { enabled = tolower(value($0)) }
    END { flush() }
  ' "$@"
}

from_list() {
  awk -v release="$release_suite" -v skip="$skip_suite" '
    /^[ \t]*deb[ \t]/ && !found {
      sub(/^[ \t]*deb[ \t]+/, "")
      signed = ""
      if (substr($0, 1, 1) == "[") {
        options = substr($0, 2, index($0, "]") - 2)
        $0 = substr($0, index($0, "]") + 1)
        n = split(options, o, /[ \t]+/)
        for (i = 1; i <= n; i++)
          if (o[i] ~ /^signed-by=/) { signed = o[i]; sub(/^signed-by=/, "", signed) }
      }
      if ($2 ~ release && $2 !~ skip) {
        print $1, $2, (signed ~ /^\// ? signed : "")
        found = 1
      }
    }
  ' "$@"
}

found=""
shopt -s nullglob
sources=("$etc"/sources.list.d/*.sources)
lists=()
[ -f "$etc/sources.list" ] && lists+=("$etc/sources.list")
lists+=("$etc"/sources.list.d/*.list)
if [ "${#sources[@]}" -gt 0 ]; then
  found=$(from_deb822 "${sources[@]}" | head -n 1)
fi
if [ -z "$found" ] && [ "${#lists[@]}" -gt 0 ]; then
  found=$(from_list "${lists[@]}" | head -n 1)
fi
if [ -z "$found" ]; then
  echo "apt-mirror: no Debian archive is configured in $etc (no enabled 'deb' source of" \
       "suite '$codename' in sources.list, sources.list.d/*.list or sources.list.d/*.sources);" \
       "configure the archive you use there, then run this again" >&2
  exit 1
fi
echo "$found"
