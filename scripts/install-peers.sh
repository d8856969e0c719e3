#!/bin/sh
# Installs the optional peer tools that ionmat's cross-checks and benchmarks compare against, from
# Debian's packages (needs root or sudo and the Debian package mirror). Nothing in the build needs
# them: tests that use a peer are skipped with a message naming the missing tool when it is absent.
#
#   scripts/install-peers.sh           install everything below
#   scripts/install-peers.sh --list    print the package names and exit
#
# What each package is used for:
#   python3-pymatgen python3-ase python3-spglib   structure, CIF, symmetry and descriptor cross-checks
#   python3-numpy python3-scipy python3-yaml      the peer scripts in scripts/golden and scripts/bench
#   python3-sklearn                                random forest, ridge and analytics references
#   python3-torch                                  the independent PyTorch Roost (scripts/bench/roost_*)
#   python3-mdanalysis                             MSD reference (scripts/bench/msd_peers.py)
#   lammps                                         energies, forces, MD speed (scripts/bench/*lammps*)
#   chromium                                       renders the HTML report headless (ReportBrowserTest)
# Quantum ESPRESSO is not needed by any check today.
set -eu

PACKAGES="python3-pymatgen python3-ase python3-spglib python3-numpy python3-scipy python3-yaml \
python3-sklearn python3-torch python3-mdanalysis lammps chromium"

if [ "${1:-}" = "--list" ]; then
    echo $PACKAGES
    exit 0
fi
if [ $# -gt 0 ]; then
    echo "usage: scripts/install-peers.sh [--list]" >&2
    exit 2
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-peers: run as root or install sudo" >&2
        exit 2
    fi
fi

$SUDO apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $PACKAGES

# The peers are run with the system interpreter, never a virtualenv's.
/usr/bin/python3 -c "import pymatgen.core, ase, spglib, sklearn, torch, MDAnalysis, scipy, yaml; print('python peers: ok')"
command -v lmp >/dev/null 2>&1 && echo "lammps: $(command -v lmp)" || echo "install-peers: lmp not on PATH" >&2
command -v chromium >/dev/null 2>&1 && echo "chromium: $(command -v chromium)" || echo "install-peers: chromium not on PATH" >&2
