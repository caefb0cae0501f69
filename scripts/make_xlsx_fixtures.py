#!/usr/bin/env python3
"""Makes the .xlsx test fixtures in Tests/ActorNetTests/Fixtures/xlsx (committed, so `make test` needs no Python).

    python3 -m venv /tmp/venv-xlsx && /tmp/venv-xlsx/bin/pip install openpyxl
    swift build && /tmp/venv-xlsx/bin/python scripts/make_xlsx_fixtures.py

- taller.xlsx: the Spanish workshop of Fixtures/workshop (taller.csv + taller.actors.csv) as a workbook written by
  openpyxl: sheets `Relaciones` and `Actores`, Spanish headers, numbers as numbers.
- kumu.xlsx: a Kumu import workbook (`Elements`: Label, Type, Description, Tags; `Connections`: From, To, Type,
  Strength), with a sheet Kumu skips (`Notas (ignore)`).
- cells.xlsx: written by hand (zipfile), for what openpyxl does not write: inline strings, rich-text runs and a
  phonetic guide in shared strings, sparse cells, a formula with its cached value, booleans, a custom date format,
  an `x:` namespace prefix on every element; cells-1904.xlsx is the same with the 1904 date system.
- hostile/: a truncated zip, a file that is not a zip, a sharedStrings part declaring four billion strings, a
  workbook naming a sheet part it lacks, a cell naming a shared string that does not exist, malformed sheet XML.
- written-by-actornet.xlsx: what `actornet convert rich.yaml … --lang es` writes, and
  written-by-actornet.cells.json: its cells as openpyxl reads them (sheet → rows of [type, value]); a test checks
  that actornet still writes exactly those cells.
"""
import json
import os
import subprocess
import sys
import zipfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ActorNetTests", "Fixtures", "xlsx")
FIXED_DATE = (2026, 1, 1, 0, 0, 0)


def save(workbook, name):
    """Saves an openpyxl workbook with fixed zip dates, so the bytes do not change from run to run."""
    path = os.path.join(OUT, name)
    workbook.save(path)
    normalise_dates(path)


def normalise_dates(path):
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, FIXED_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


def workshop():
    wb = openpyxl.Workbook()
    ties = wb.active
    ties.title = "Relaciones"
    ties.append(["Origen", "Destino", "Intensidad", "Tipo de relación"])
    fundacion, alcaldia = "Fundación Pérez & Hijos", "Alcaldía de Medellín – Secretaría de Paz"
    universidad, corporacion = "Universidad de Antioquia", 'Corporación "Nuevo Día"'
    ties.append([fundacion, alcaldia, 2.5, "financiación"])
    ties.append([alcaldia, universidad, 1, "cooperación técnica"])
    ties.append([universidad, corporacion, 0.75, "intercambio de conocimiento"])
    ties.append([corporacion, fundacion, 3, "coordinación"])
    actors = wb.create_sheet("Actores")
    actors.append(["Nombre", "Tipo de actor", "Ámbito"])
    actors.append([fundacion, "privado", "nacional"])
    actors.append([alcaldia, "público", "local"])
    actors.append([universidad, "academia", "regional"])
    actors.append([corporacion, "sociedad civil", "local"])
    save(wb, "taller.xlsx")


def kumu():
    wb = openpyxl.Workbook()
    elements = wb.active
    elements.title = "Elements"
    elements.append(["Label", "Type", "Description", "Tags"])
    elements.append(["Ministerio de Salud", "Public", "Rector del sistema", "salud|rectoría"])
    elements.append(["Red de Mujeres", "Civil society", None, "género"])
    elements.append(["Universidad Central", "Academia", "Investigación aplicada", None])
    connections = wb.create_sheet("Connections")
    connections.append(["From", "To", "Type", "Strength"])
    connections.append(["Ministerio de Salud", "Red de Mujeres", "funding", 4])
    connections.append(["Universidad Central", "Ministerio de Salud", "knowledge exchange", 2.5])
    notes = wb.create_sheet("Notas (ignore)")
    notes.append(["Lo que Kumu no importa"])
    save(wb, "kumu.xlsx")


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
# Style 0 plain, 1 a built-in date (14), 2 a custom date (dd/mm/yyyy), 3 a custom number that is not a date.
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:numFmts count="2"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><x:numFmt numFmtId="165" formatCode="[Red]#,##0.00&quot;d&quot;"/></x:numFmts>
<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="164"/><x:xf numFmtId="165"/></x:cellXfs>
</x:styleSheet>"""
SHARED = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">
<x:si><x:t>from</x:t></x:si>
<x:si><x:t>to</x:t></x:si>
<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Ana </x:t></x:r><x:r><x:t xml:space="preserve">&amp; Bea</x:t></x:r></x:si>
<x:si><x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh></x:si>
<x:si><x:t>tab_x0009_here</x:t></x:si>
</x:sst>"""


def workbook_xml(date1904, sheet_name="Lazos"):
    pr = '<x:workbookPr date1904="1"/>' if date1904 else ""
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
{pr}<x:sheets><x:sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"""


# Header in row 2 (row 1 blank), sparse cells (no C3), a formula's cached value, booleans, dates in three styles.
SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1"></x:row>
<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>weight</x:t></x:is></x:c><x:c r="D2" t="inlineStr"><x:is><x:r><x:t>dir</x:t></x:r><x:r><x:t>ected</x:t></x:r></x:is></x:c><x:c r="E2" t="inlineStr"><x:is><x:t>start</x:t></x:is></x:c><x:c r="F2" t="inlineStr"><x:is><x:t>end</x:t></x:is></x:c><x:c r="G2" t="inlineStr"><x:is><x:t>registrado</x:t></x:is></x:c><x:c r="H2" t="inlineStr"><x:is><x:t>monto</x:t></x:is></x:c></x:row>
<x:row r="3"><x:c r="A3" t="s"><x:v>2</x:v></x:c><x:c r="B3" t="s"><x:v>3</x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c><x:c r="E3" s="1"><x:v>45366</x:v></x:c><x:c r="F3" s="2"><x:v>45412</x:v></x:c><x:c r="G3" s="1"><x:v>45366.75</x:v></x:c><x:c r="H3" s="3"><x:v>1234.5</x:v></x:c></x:row>
<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t xml:space="preserve">  Casa  </x:t></x:is></x:c><x:c r="B5" t="s"><x:v>4</x:v></x:c><x:c r="C5"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="D5" t="b"><x:v>0</x:v></x:c><x:c r="E5" t="str"><x:f>"20"&amp;"24"</x:f><x:v>2024</x:v></x:c></x:row>
<x:row><x:c t="inlineStr"><x:is><x:t>Casa</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Ana &amp; Bea</x:t></x:is></x:c><x:c><x:v>0.1</x:v></x:c></x:row>
</x:sheetData></x:worksheet>"""


def hand_made(name, parts):
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in parts.items():
            info = zipfile.ZipInfo(path, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)


def base_parts(date1904=False, shared_count=5, sheet=SHEET):
    return {
        "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook_xml(date1904), "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/styles.xml": STYLES, "xl/sharedStrings.xml": SHARED.format(count=shared_count),
        "xl/worksheets/sheet1.xml": sheet,
    }


def cells():
    hand_made("cells.xlsx", base_parts())
    hand_made("cells-1904.xlsx", base_parts(date1904=True))


def hostile():
    folder = os.path.join(OUT, "hostile")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(OUT, "taller.xlsx"), "rb") as whole:
        data = whole.read()
    with open(os.path.join(folder, "truncated.xlsx"), "wb") as out:
        out.write(data[: len(data) // 2])
    with open(os.path.join(folder, "not-a-zip.xlsx"), "w", encoding="utf-8") as out:
        out.write("Origen;Destino\na;b\n")
    hand_made("hostile/huge-count.xlsx", base_parts(shared_count=4_000_000_000))
    parts = base_parts()
    del parts["xl/worksheets/sheet1.xml"]
    hand_made("hostile/missing-sheet.xlsx", parts)
    bad_index = SHEET.replace('<x:c r="B3" t="s"><x:v>3</x:v></x:c>', '<x:c r="B3" t="s"><x:v>99</x:v></x:c>')
    hand_made("hostile/bad-shared-string.xlsx", base_parts(sheet=bad_index))
    hand_made("hostile/malformed.xlsx", base_parts(sheet=SHEET.replace("</x:row>\n<x:row r=\"5\">", "<x:row r=\"5\">", 1)))


def written_by_actornet():
    """Converts rich.yaml with the built actornet, then records the cells openpyxl reads from the result."""
    binary = os.path.join(ROOT, ".build", "debug", "actornet")
    target = os.path.join(OUT, "written-by-actornet.xlsx")
    subprocess.run([binary, "convert", os.path.join(OUT, "rich.yaml"), target, "--lang", "es"], check=True,
                   stdout=subprocess.DEVNULL)
    wb = openpyxl.load_workbook(target)
    sheets = []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = []
            for cell in row:
                value = cell.value
                kind = "empty" if value is None else "bool" if isinstance(value, bool) else \
                    "number" if isinstance(value, (int, float)) else "text"
                cells.append([kind, value if value is not None else ""])
            rows.append(cells)
        sheets.append({"name": ws.title, "rows": rows})
    with open(os.path.join(OUT, "written-by-actornet.cells.json"), "w", encoding="utf-8") as out:
        json.dump(sheets, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    workshop()
    kumu()
    cells()
    hostile()
    if "--no-actornet" not in sys.argv:
        written_by_actornet()
