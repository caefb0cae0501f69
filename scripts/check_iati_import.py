#!/usr/bin/env python3
"""Independent count of what `actornet import-iati --ties participation` must produce, with ElementTree.

Keys: trimmed @ref, else the folded name + "@" + first two-letter recipient country. Ties: distinct pairs among
an activity's reporting and participating orgs; weight = shared activities. Prints organisations, ties and the
sum of tie weights per file; the numbers are written into Tests/ActorNetTests/Formats/IATIImportTests.swift.
"""
import sys
import unicodedata
import re
import xml.etree.ElementTree as ET
from itertools import combinations


def fold(text):
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "-".join(w for w in re.split(r"[^0-9a-z]+", text) if w)


def name(el):
    narratives = [n.text.strip() for n in el.findall("narrative") if n.text and n.text.strip()]
    if narratives:
        return narratives[0]
    return (el.text or "").strip()


for path in sys.argv[1:]:
    orgs, pairs = set(), {}
    for act in ET.parse(path).getroot().iter("iati-activity"):
        countries = [c.get("code", "").upper() for c in act.findall("recipient-country")]
        country = next((c for c in countries if re.fullmatch("[A-Z]{2}", c) and c != "XX"), None)
        keys = set()
        for el in act.findall("reporting-org") + act.findall("participating-org"):
            ref = (el.get("ref") or "").strip()
            if ref:
                key = ref
            elif name(el):
                key = "name:" + fold(name(el)) + ("@" + country.lower() if country else "")
            else:
                continue
            keys.add(key)
        orgs |= keys
        for a, b in combinations(sorted(keys), 2):
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
    print(path.split("/")[-1], len(orgs), len(pairs), sum(pairs.values()))
