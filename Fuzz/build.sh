#!/usr/bin/env bash
# Builds the fuzz target Fuzz/disclosure-fuzz with libFuzzer and AddressSanitizer.
#
#   bash Fuzz/build.sh [OUTPUT_DIR]      (default: Fuzz/.build)
#
# The package's modules are compiled here with swiftc, module by module, outside
# SwiftPM, so that the fuzz target never touches the normal `swift build` and gets
# libFuzzer's own `main`. Needs a Swift toolchain with libFuzzer support (Linux).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/Fuzz/.build}"
mkdir -p "$out"

# The settings of Package.swift's targets, plus the sanitizers.
flags=(
  -swift-version 6 -O -g -parse-as-library
  -enable-upcoming-feature ExistentialAny
  -enable-upcoming-feature InternalImportsByDefault
  -enable-upcoming-feature MemberImportVisibility
  -sanitize=fuzzer,address
  # The modules share `package` declarations, as under SwiftPM.
  -package-name disclosurekit
  -I "$out"
)

module() {
  local name=$1
  shift
  swiftc "${flags[@]}" -c -wmo -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
    -o "$out/$name.o" $(find "$@" -name '*.swift' | sort)
}

module DisclosureModel "$root/Sources/DisclosureModel"
module TabSeparatedLayout "$root/Sources/TabSeparatedLayout"
module MarkdownLayout "$root/Sources/MarkdownLayout"
module CellPerLineLayout "$root/Sources/CellPerLineLayout"
module DisclosureKit "$root/Sources/DisclosureKit"

# gold warns about every ASan helper symbol it cannot export; lld (shipped with the
# Linux toolchains) does not. Fall back to the default linker without it.
linker=()
if command -v ld.lld >/dev/null 2>&1; then linker=(-use-ld=lld); fi
swiftc "${flags[@]}" "${linker[@]}" -module-name DisclosureFuzz "$root/Fuzz/FuzzTarget.swift" \
  "$out"/DisclosureModel.o "$out"/TabSeparatedLayout.o "$out"/MarkdownLayout.o "$out"/CellPerLineLayout.o \
  "$out"/DisclosureKit.o -o "$out/disclosure-fuzz"
echo "built $out/disclosure-fuzz"
