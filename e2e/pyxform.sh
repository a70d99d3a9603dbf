#!/usr/bin/env bash
# The XLSForms the observatory writes are XLSForms: pyxform (the reference converter of
# ODK and KoboToolbox, from PyPI, pinned) converts each one to an XForm. The forms are the
# city survey template and every test form of crates/surveys that imports, each after the
# observatory's import and export (crates/surveys/examples/export-forms.rs). pyxform's own
# checks always run; ODK Validate (Java) is skipped. Fails if any conversion fails.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
venv="${PYXFORM_VENV:-$HOME/.cache/pyxform-venv}"
version="4.5.0"
if [ "$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("pyxform"))' 2>/dev/null)" != "$version" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "pyxform==$version"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# `cargo test --workspace` builds the examples too: .ci/run hands over that build
# (EXPORT_FORMS_BIN) instead of resolving another feature set; alone, cargo runs it.
if [ -n "${EXPORT_FORMS_BIN:-}" ]; then
  "$EXPORT_FORMS_BIN" "$work/forms"
else
  (cd "$repo" && cargo run -q -p surveys --example export-forms -- "$work/forms")
fi
failed=0
count=0
for form in "$work"/forms/*.xlsx; do
  name="$(basename "$form" .xlsx)"
  count=$((count + 1))
  if ! report="$("$venv/bin/xls2xform" --json --skip_validate "$form" "$work/$name.xml" 2>&1)"; then
    echo "FAIL $name: $report"
    failed=$((failed + 1))
    continue
  fi
  verdict="$(printf '%s' "$report" | "$venv/bin/python" -c '
import json, sys
r = json.loads(sys.stdin.read())
ok = r.get("code") in (100, 101)
print(("ok" if ok else "FAIL") + " " + r.get("message", "") + "".join("\n    warning: " + w for w in r.get("warnings", [])))
' 2>&1 || echo "FAIL unreadable report: $report")"
  if [[ "$verdict" != ok* ]] || [ ! -s "$work/$name.xml" ]; then
    echo "FAIL $name: $verdict"
    failed=$((failed + 1))
  else
    echo "$name: $verdict"
  fi
done
if [ "$count" -eq 0 ]; then
  echo "no forms were exported"
  exit 1
fi
echo "pyxform $version converted $((count - failed)) of $count forms"
[ "$failed" -eq 0 ]
