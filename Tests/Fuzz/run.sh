#!/usr/bin/env bash
# Builds the libFuzzer target over QuadrantKit and runs it for SECONDS (default 60):
#   Tests/Fuzz/run.sh [SECONDS]
# The input is a host's stdin: lines go through a fresh Service (see Tests/QuadrantKitTests/FuzzHarness.swift).
# Seeds come from Dialogues/ and Tests/Fuzz/regressions/; what the fuzzer learns stays in .build-fuzz/corpus-O.
# A finding lands in .build-fuzz/findings/: copy it into Tests/Fuzz/regressions/, fix the core, rerun.
# QUADRANT_FUZZ_OPT=-Onone builds in about a third of the time and runs about five times slower (for CI).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
out=.build-fuzz
optimisation=${QUADRANT_FUZZ_OPT:--O}
binary=$out/quadrant-fuzz$optimisation
corpus=$out/corpus$optimisation
sources=(Sources/QuadrantKit Tests/Fuzz/FuzzEntry.swift Tests/QuadrantKitTests/FuzzHarness.swift)
mkdir -p "$corpus" "$out/findings"

if [[ ! -x $binary ]] || [[ -n $(find "${sources[@]}" -name '*.swift' -newer "$binary" | head -n 1) ]]; then
    echo "== building $binary"
    start=$(date +%s)
    rm -f "$binary"
    # One module: the file shared with the unit tests imports QuadrantKit, which here it is part of.
    find "${sources[@]}" -name '*.swift' -print0 | xargs -0 swiftc "$optimisation" -parse-as-library -module-name QuadrantKit \
        -suppress-warnings -sanitize=fuzzer,address -o "$binary" 2>&1 | grep -v "Cannot export local symbol" || true
    [[ -x $binary ]] || { echo "build failed" >&2; exit 1; }
    echo "built in $(( $(date +%s) - start )) s"
fi

# Seeds: each dialogue script as it is, and as the stdin a host would send (its `>` and `you:` lines as requests).
rm -rf "$out/seeds" && mkdir -p "$out/seeds"
json_string() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }
for script in Dialogues/*.dialogue; do
    session=dialogue
    while IFS= read -r line; do
        case $line in
            "session:"*) session=${line#session:}; session=${session# } ;;
            ">bytes "*) printf '%b\n' "${line#>bytes }" ;;
            "> "*) printf '%s\n' "${line#> }" ;;
            "you: "*) printf '{"type":"say","session":%s,"text":%s}\n' "$(json_string "$session")" "$(json_string "${line#you: }")" ;;
            "you("*)
                who=${line#you(}; who=${who%%)*}; name=${who%%,*}; text=${line#*): }
                mentioned=false; [[ $who == *mentioned* ]] && mentioned=true
                printf '{"type":"say","session":%s,"text":%s,"participant":{"id":%s,"name":%s},"mentioned":%s}\n' \
                    "$(json_string "$session")" "$(json_string "$text")" "$(json_string "${name,,}")" "$(json_string "$name")" "$mentioned" ;;
        esac
    done < "$script" > "$out/seeds/$(basename "$script" .dialogue)"
done
cp Dialogues/*.dialogue "$out/seeds/"

echo "== fuzzing for $seconds s"
SWIFT_BACKTRACE=enable=no "$binary" -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 \
    -dict=Tests/Fuzz/quadrant.dict -artifact_prefix="$out/findings/" \
    "$corpus" "$out/seeds" Tests/Fuzz/regressions
