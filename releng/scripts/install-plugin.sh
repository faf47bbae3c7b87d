#!/usr/bin/env bash
# Installs plug-in jars into a materialized Helix product, the way p2 records an installed bundle: the jar goes into
# PRODUCT/plugins/ and a line into configuration/org.eclipse.equinox.simpleconfigurator/bundles.info, which the
# simple configurator reads at start. (The product has no native launcher and no p2 dropins reconciler, so a plain
# dropins/ folder would be ignored.) An older line for the same bundle is replaced. ./helix cli computes its lean
# configuration from this bundles.info, so its next run includes the plug-in when one of its commands needs it.
#   releng/scripts/install-plugin.sh PRODUCT_DIR JAR...
set -euo pipefail

[[ $# -ge 2 ]] || { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
product=$1; shift
info="$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
[[ -f "$info" ]] || { echo "install-plugin: $product is not a materialized Helix product (no $info)" >&2; exit 2; }
: "${JAVA_HOME:?install-plugin: set JAVA_HOME to a JDK (its jar tool reads the manifests)}"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A manifest header's value; continuation lines (starting with one space) are joined, directives after ';' dropped.
header() {
  awk -v name="$1" '
    { sub(/\r$/, "") }
    /^ / { if (current == name) value = value substr($0, 2); next }
    { split($0, kv, ": "); current = kv[1]; if (current == name) value = substr($0, length(name) + 3) }
    END { sub(/;.*/, "", value); print value }' "$2"
}

for jar in "$@"; do
  [[ -f "$jar" ]] || { echo "install-plugin: no such file: $jar" >&2; exit 2; }
  rm -rf "$tmp/META-INF"
  (cd "$tmp" && "$JAVA_HOME/bin/jar" xf "$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")" META-INF/MANIFEST.MF)
  name=$(header Bundle-SymbolicName "$tmp/META-INF/MANIFEST.MF")
  version=$(header Bundle-Version "$tmp/META-INF/MANIFEST.MF")
  [[ -n "$name" && -n "$version" ]] || { echo "install-plugin: $jar is not an OSGi bundle (no Bundle-SymbolicName/Version)" >&2; exit 2; }
  file="${name}_${version}.jar"
  cp "$jar" "$product/plugins/$file"
  grep -v "^${name}," "$info" > "$tmp/bundles.info" || true
  printf '%s,%s,plugins/%s,4,false\n' "$name" "$version" "$file" >> "$tmp/bundles.info"
  cat "$tmp/bundles.info" > "$info"
  echo "install-plugin: installed $name $version into $product"
done
