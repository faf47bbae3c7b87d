#!/usr/bin/env bash
# The third party's view, run by ./helix test after the main build: build examples/org.example.helix.analysis with
# its own Tycho build against the Helix SDK repository (file URL) into an update site (a zipped p2 repository), install
# its feature into a copy of the product with `./helix cli install-plugin` (p2), and check that ./helix cli analyze
# discovers and runs its analyzer. Extra arguments go to the example's Maven build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
product="$root/releng/org.helix.product/target/products/org.helix.product/linux/gtk/x86_64"
sdk="$root/releng/org.helix.sdk.repository/target/repository"
example="$root/examples/org.example.helix.analysis"
work="$root/target/external-plugin-check"
analyzer=org.example.helix.analysis.coordinatorAgenda
say() { printf 'external-plugin-check: %s\n' "$*" >&2; }

[[ -f "$sdk/content.xml" || -f "$sdk/content.jar" ]] || { say "no SDK repository in $sdk (build Helix first)"; exit 2; }
[[ -d "$product/plugins" ]] || { say "no product in $product (build Helix first)"; exit 2; }

say "building the example plug-in against the SDK repository $sdk"
mkdir -p "$work"
if ! (cd "$example" && "$root/mvnw" -B clean verify "-Dhelix.sdk.repository=file:$sdk" "$@" >"$work/example-build.log" 2>&1); then
  tail -n 40 "$work/example-build.log" >&2
  say "the example's build failed; log: $work/example-build.log"
  exit 1
fi
site=$(ls "$example"/site/target/org.example.helix.analysis.site-*.zip | head -n 1)
feature=org.example.helix.analysis.feature

say "installing $feature from the update site $(basename "$site") into a copy of the product"
rm -rf "$work/helix"
cp -r "$product" "$work/helix"
if ! HELIX_PRODUCT_DIR="$work/helix" "$root/helix" cli install-plugin "$site" "$feature" >"$work/install.out" 2>&1; then
  cat "$work/install.out" >&2
  say "FAILED: ./helix cli install-plugin $site $feature"
  exit 1
fi
cat "$work/install.out" >&2
grep -q '^org.example.helix.analysis,' "$work/helix/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || { say "FAILED: p2 did not add the plug-in to bundles.info"; exit 1; }
# a second install is refused with a one-line message and exit code 1, and changes nothing
again=0
HELIX_PRODUCT_DIR="$work/helix" "$root/helix" cli install-plugin "$site" "$feature" >"$work/install-again.out" 2>&1 || again=$?
if [[ $again -ne 1 ]] || ! grep -q "is already installed" "$work/install-again.out"; then
  cat "$work/install-again.out" >&2
  say "FAILED: a second install-plugin should say 'already installed' with exit code 1 (got $again)"
  exit 1
fi

model="$root/bundles/org.helix.examples/models/klimaatsprong.helix"
status=0
HELIX_PRODUCT_DIR="$work/helix" "$root/helix" cli analyze "$model" --analyzer "$analyzer" --as-of 2026-06-30 \
  --format csv >"$work/analyze.csv" 2>"$work/analyze.err" || status=$?
cat "$work/analyze.err" "$work/analyze.csv" >&2
# the analyzer reports no ERROR, so exit code 0; its findings carry its id and codes (CSV: severity,category,analyzer,code,...)
if [[ $status -ne 0 ]] || ! grep -q ",$analyzer,body.agenda," "$work/analyze.csv"; then
  say "FAILED: analyzer $analyzer was not discovered or gave no findings (exit code $status)"
  exit 1
fi
say "OK: Helix discovered and ran $analyzer from the externally built plug-in"
