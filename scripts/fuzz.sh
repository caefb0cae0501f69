#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ with -sanitize=fuzzer,address and runs each for SECONDS seconds.
# SwiftPM links executables with `--defsym main=<Target>_main`, which hides libFuzzer's own main; so SwiftPM
# compiles (its link step is expected to fail) and the fuzzer is linked here from the objects SwiftPM listed.
# Seeds come from the test fixtures; crashes are written to Fuzz/crashes/<target>/.
set -uo pipefail
cd "$(dirname "$0")/../Fuzz"
SECONDS_PER_TARGET="${1:-60}"
TARGETS="${TARGETS:-FuzzNetworkFile FuzzCSV FuzzGraphML FuzzIATI FuzzRender}"
mkdir -p .deps && ln -sfn "$(cd .. && pwd)" .deps/actornet
BUILD=.build/x86_64-unknown-linux-gnu/debug
status=0
for target in $TARGETS; do
  swift build -c debug --product "$target" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null 2>&1
  if ! swiftc -sanitize=fuzzer,address -emit-executable -o "$BUILD/$target-fuzzer" @"$BUILD/$target.product/Objects.LinkFileList" \
       -Xlinker -rpath -Xlinker /opt/swift/usr/lib/swift/linux >/dev/null 2>&1; then
    echo "$target: could not link the fuzzer"; status=1; continue
  fi
  corpus="corpus/$target"; mkdir -p "$corpus" "crashes/$target"
  case $target in
    FuzzNetworkFile) cp ../Tests/ActorNetTests/Fixtures/*.yaml ../Tests/ActorNetTests/Fixtures/*.json "$corpus"/ 2>/dev/null ;;
    FuzzCSV) cp ../Tests/ActorNetTests/Fixtures/*.csv ../Networks/*.csv "$corpus"/ 2>/dev/null ;;
    FuzzGraphML) cp ../Tests/ActorNetTests/Fixtures/graphml/*.graphml "$corpus"/ 2>/dev/null ;;
    FuzzIATI) cp ../Tests/ActorNetTests/Fixtures/iati/acfspain-co.xml ../Tests/ActorNetTests/Fixtures/iati/finddiagnostics-activity.xml "$corpus"/ 2>/dev/null ;;
  esac
  # FoundationXML leaks the NSError it builds for each libxml2 error, and Graphviz 2.42 / fontconfig / glib leak
  # during layout (all inside those libraries), so leak detection is off for the XML and render targets;
  # crashes, overflows and use-after-free are still caught.
  leaks=1; case $target in FuzzGraphML|FuzzIATI|FuzzRender) leaks=0 ;; esac
  log=$(SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=$leaks" "$BUILD/$target-fuzzer" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -max_len=8192 -rss_limit_mb=2048 \
        -detect_leaks=$leaks -artifact_prefix="crashes/$target/" 2>&1)
  code=$?
  runs=$(echo "$log" | grep -oE "Done [0-9]+ runs" | grep -oE "[0-9]+" | tail -1)
  if [ $code -eq 0 ]; then echo "$target: ${runs:-?} executions in ${SECONDS_PER_TARGET}s, no crash"
  else echo "$target: CRASH (exit $code), see Fuzz/crashes/$target/"; echo "$log" | tail -20; status=1; fi
done
exit $status
