#!/bin/sh
# Runs every verb on every example network and the CLI test fixtures and writes each output (stdout, stderr and
# exit status) into DIR, so two builds can be compared byte for byte: `diff -r before/ after/`.
# Usage: scripts/output-snapshot.sh BIN DIR
set -u
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
DIR=$2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT" || exit 1

run() { # run NAME ARGS... : stdout, stderr and status of one command
    name=$1; shift
    "$BIN" "$@" > "$DIR/$name.out" 2> "$DIR/$name.err"
    echo $? > "$DIR/$name.status"
}

NETS="Networks/chile.yaml Networks/argentina.yaml Networks/colombia.yaml Networks/mexico.yaml Networks/peru.yaml"
NETS="$NETS Networks/brasil.yaml"
NETS="$NETS Tests/actornetTests/Fixtures/small.yaml Tests/actornetTests/Fixtures/karate.json"
NETS="$NETS Tests/actornetTests/Fixtures/broken.yaml Tests/ActorNetAnalysisTests/Fixtures/real/somalia.json"
for net in $NETS; do
    n=$(basename "$net" | tr . _)
    run "$n.validate" validate "$net"
    for fmt in table json; do
        run "$n.info.$fmt" info "$net" --format "$fmt"
        for verb in partners brokers mixing communities projects profile; do
            for lang in en es pt; do run "$n.$verb.$fmt.$lang" $verb "$net" --format "$fmt" --lang "$lang"; done
        done
        run "$n.brokers-level.$fmt" brokers "$net" --format "$fmt" --by level
        run "$n.mixing-level.$fmt" mixing "$net" --format "$fmt" --by level
    done
    for fmt in table json csv; do run "$n.analyze.$fmt" analyze "$net" --format "$fmt" --quiet; done
    run "$n.analyze.weights" analyze "$net" --format table --quiet --unweighted --top 5 --sort pagerank
    for lang in en es pt; do
        run "$n.render.svg.$lang" render "$net" --lang "$lang" -o - --format svg
        run "$n.render.dot.$lang" render "$net" --lang "$lang" -o - --format dot
        run "$n.render.agg.$lang" render "$net" --lang "$lang" -o - --format dot --aggregate sector-level
        run "$n.report.md.$lang" report "$net" --lang "$lang" --format md -o "$WORK/r.md"
        cat "$WORK/r.md" > "$DIR/$n.report.md.$lang.file" 2>/dev/null
        run "$n.report.html.$lang" report "$net" --lang "$lang" --format html -o "$WORK/r.html"
        cat "$WORK/r.html" > "$DIR/$n.report.html.$lang.file" 2>/dev/null
        rm -f "$WORK"/r.*
    done
    for ext in json graphml gexf yaml; do
        run "$n.convert.$ext" convert "$net" "$WORK/c.$ext"
        cat "$WORK/c.$ext" > "$DIR/$n.convert.$ext.file" 2>/dev/null
        rm -f "$WORK/c.$ext"
    done
done
run chile-csv.info info Networks/chile-ties.csv --actors Networks/chile-actors.csv --format json
run iati.import import-iati Tests/actornetTests/Fixtures/acfspain-co.xml -o "$WORK/iati.yaml"
cat "$WORK/iati.yaml" > "$DIR/iati.import.file" 2>/dev/null
run iati.import.es import-iati Tests/actornetTests/Fixtures/acfspain-co.xml -o "$WORK/iati-es.yaml" --lang es
cat "$WORK/iati-es.yaml" > "$DIR/iati.import.es.file" 2>/dev/null
# The report names its temporary folder; output paths differ per run, so they are blanked.
sed -i "s|$WORK|WORK|g" "$DIR"/* 2>/dev/null
echo "snapshot: $(ls "$DIR" | wc -l) files in $DIR"
