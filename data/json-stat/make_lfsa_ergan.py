"""Writes lfsa_ergan_AT_DE_ES.json: the bundled Eurostat lfsa_ergan TSV (employment
rate 20-64 by citizenship) for Austria, Germany and Spain, in the JSON-stat 2.0 shape
of Eurostat's statistics API (sparse `value` and `status` objects, `extension`).
Made with this script, independently of the observatory's readers, so that the
JSON-stat reader is tested on real figures. Usage: python3 make_lfsa_ergan.py"""
import json

src = "../eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv"
rows = []
with open(src, encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    years = [h.strip() for h in header[1:]]
    for line in f:
        cells = line.rstrip("\n").split("\t")
        freq, unit, sex, age, citizen, geo = cells[0].split(",")
        if geo in ("AT", "DE", "ES"):
            rows.append(((freq, unit, sex, age, citizen, geo), [c.strip() for c in cells[1:]]))

ids = ["freq", "unit", "sex", "age", "citizen", "geo", "time"]
cats = {d: [] for d in ids}
for key, _ in rows:
    for d, c in zip(ids, key):
        if c not in cats[d]:
            cats[d].append(c)
cats["time"] = years
size = [len(cats[d]) for d in ids]
labels = {"AT": "Austria", "DE": "Germany", "ES": "Spain", "F": "Females", "M": "Males", "T": "Total"}
value, status = {}, {}
for key, cells in rows:
    pos = [cats[d].index(c) for d, c in zip(ids[:-1], key)]
    for t, cell in enumerate(cells):
        idx = 0
        for d, p in enumerate(pos + [t]):
            idx = idx * size[d] + p
        num, _, flags = cell.partition(" ")
        if num != ":":
            value[str(idx)] = float(num)
        if flags:
            status[str(idx)] = flags
doc = {
    "version": "2.0",
    "class": "dataset",
    "label": "Employment rates by sex, age and citizenship (%)",
    "source": "ESTAT",
    "updated": "2025-04-24",
    "id": ids,
    "size": size,
    "dimension": {
        d: {"label": d, "category": {"index": {c: i for i, c in enumerate(cats[d])},
                                       "label": {c: labels.get(c, c) for c in cats[d]}}}
        for d in ids
    },
    "value": value,
    "status": status,
    "extension": {"agencyId": "ESTAT", "id": "LFSA_ERGAN", "lang": "EN"},
}
with open("lfsa_ergan_AT_DE_ES.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False)
print(len(value), "values,", len(status), "statuses")
