#!/bin/sh
# Makes the Windows-1252 copies of the UTF-8 workshop files, as a Spanish-locale Excel saves them.
set -eu
cd "$(dirname "$0")"
iconv -f UTF-8 -t WINDOWS-1252 taller.csv > taller-1252.csv
iconv -f UTF-8 -t WINDOWS-1252 taller.actors.csv > taller-1252.actors.csv
