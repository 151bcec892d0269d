#!/bin/sh
# Prints the path of a Python 3.12 or newer (Django 6.1 needs it), or explains and fails.
# Looks on PATH first, then in pyenv's versions (whose shims refuse versions not selected).
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }

for name in python3.14 python3.13 python3.12 python3 python; do
  candidate=$(command -v "$name" 2>/dev/null) || continue
  if ok "$candidate"; then echo "$candidate"; exit 0; fi
done
if command -v pyenv >/dev/null 2>&1; then
  for candidate in $(ls -d "$(pyenv root)"/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do
    if ok "$candidate"; then echo "$candidate"; exit 0; fi
  done
fi
echo "No Python 3.12 or newer was found (Django 6.1 needs one)." >&2
echo "Install it (e.g. apt-get install python3.12, or pyenv install 3.13) or name one: make PYTHON=/path/to/python3.13 ..." >&2
exit 1
