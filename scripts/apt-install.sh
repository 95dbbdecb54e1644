# Sourced by the scripts that install a server from Debian's packages (postgres-, mariadb-, redis-
# and nginx-server.sh): one way to install without a system service.
#
#   apt_install_without_services [apt-get install options…] PACKAGE…
#
# Debian's server packages start their system service as they install (PostgreSQL, Redis, nginx on
# port 80), which this project never uses: a policy-rc.d that refuses every service start keeps them
# stopped, for the install only. A policy-rc.d the machine already has is left as it is.
apt_install_without_services() {
  local policy=/usr/sbin/policy-rc.d had_policy=0
  [ -e "$policy" ] && had_policy=1
  [ "$had_policy" -eq 1 ] || { printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod +x "$policy"; }
  local status=0
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold "$@" >/dev/null || status=$?
  [ "$had_policy" -eq 1 ] || rm -f "$policy"
  return "$status"
}
