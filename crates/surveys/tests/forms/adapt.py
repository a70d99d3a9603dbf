"""Adapts pyxform's example forms into the fixtures that import.

pyxform's example forms (github.com/XLSForm/pyxform, tests/example_xls/, BSD-2-Clause) lack a
settings sheet, which the observatory requires, and some use features it does not support.
This script makes the smallest changes that let them import, each one listed below, and
writes them as .xlsx with openpyxl (so the fixtures come from another writer than ours).

    python3 adapt.py PYXFORM_CHECKOUT/tests/example_xls

Needs openpyxl and xlrd (pyxform's own dependencies).
"""

import os
import sys

import openpyxl
import xlrd


def read(path):
    """Sheets as {name: [[cell, ...], ...]}, every cell a string as pyxform reads it."""
    def text(v):
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)

    sheets = {}
    if path.endswith(".xls"):
        book = xlrd.open_workbook(path)
        for s in book.sheets():
            sheets[s.name] = [[text(c.value) for c in s.row(r)] for r in range(s.nrows)]
    else:
        book = openpyxl.load_workbook(path)
        for s in book.worksheets:
            sheets[s.title] = [[text(v) for v in row] for row in s.iter_rows(values_only=True)]
    return sheets


def drop_columns(rows, *headers):
    keep = [i for i, h in enumerate(rows[0]) if h not in headers]
    return [[r[i] if i < len(r) else "" for i in keep] for r in rows]


def drop_rows(rows, keep):
    return [rows[0]] + [r for r in rows[1:] if keep(r)]


def column(rows, header):
    return rows[0].index(header)


def write(sheets, path):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r in rows:
            sheet.append([c if c != "" else None for c in r])
    book.save(path)


def settings(form_id, title, version="1"):
    return [["form_id", "form_title", "version"], [form_id, title, version]]


def main(src):
    # yes_or_no_question.xlsx: one select with pyxform's older `label:english` columns and
    # `select one from`. Added: the settings sheet.
    s = read(os.path.join(src, "yes_or_no_question.xlsx"))
    s["settings"] = settings("yes_or_no", "Yes or no")
    write(s, "yes_or_no_question.xlsx")

    # tutorial.xls: pyxform's tutorial, skip logic (bind:relevant) and constraints
    # (bind:constraint). Removed: the `tutorial notes` column (prose about the syntax) and
    # the begin/end repeat rows around the questions (repeats are not supported); added: the
    # settings sheet.
    s = read(os.path.join(src, "tutorial.xls"))
    s["survey"] = drop_columns(s["survey"], "tutorial notes")
    t = column(s["survey"], "type")
    s["survey"] = drop_rows(s["survey"], lambda r: "repeat" not in r[t])
    s["choices"] = drop_columns(s["choices"], "tutorial notes")
    s["settings"] = settings("tutorial", "Household members")
    write(s, "tutorial.xlsx")

    # table-list.xls: a matrix (group with appearance table-list). Removed: the second
    # table, whose choices are pictures without labels (rows 7-10 of the survey and the
    # lists a_b and happy_sad), and the then empty `image` column; added: settings.
    s = read(os.path.join(src, "table-list.xls"))
    n = column(s["survey"], "name")
    s["survey"] = [r for i, r in enumerate(s["survey"]) if i not in (6, 7, 8, 9)]
    s["choices"] = drop_rows(s["choices"], lambda r: r[0] not in ("a_b", "happy_sad"))
    s["choices"] = drop_columns(s["choices"], "image")
    s["settings"] = settings("table_list", "Table-list tests")
    write(s, "table-list.xlsx")

    # field-list.xlsx: a group and translations in three languages (pyxform's `default`,
    # english, chinese). Added: the settings sheet.
    s = read(os.path.join(src, "field-list.xlsx"))
    s["settings"] = settings("field_list", "Field list")
    write(s, "field-list.xlsx")

    # widgets.xls: ODK's widget tour — strings, numbers with constraints and defaults, a
    # date, multiple choice with a constraint, a field-list group and a table. Removed: the
    # rows of widgets the observatory does not collect (time, trigger, geopoint, barcode,
    # image, audio, video, dateTime, the picture grids and picture lists), the `readonly`
    # column, the date's constraint `. >= today()` (today() is not supported); added: the
    # settings sheet.
    s = read(os.path.join(src, "widgets.xls"))
    t, n = column(s["survey"], "type"), column(s["survey"], "name")
    unsupported = ("time", "trigger", "geopoint", "barcode", "image", "audio", "video", "dateTime")
    dropped = {"my_output", "grid_test", "grid_test_audio"}
    rows = [s["survey"][0]]
    skipping = False
    for r in s["survey"][1:]:
        if r[t].startswith("begin group") and r[n].startswith("happy_sad"):
            skipping = True
        if not skipping and r[t] not in unsupported and r[n] not in dropped:
            rows.append(r)
        if skipping and r[t].startswith("end group"):
            skipping = False
    c = column(rows, "constraint")
    for r in rows:
        if r[n] == "my_date":
            r[c] = ""
            r[column(rows, "bind:jr:constraintMsg")] = ""
    s["survey"] = drop_columns(rows, "readonly")
    s["choices"] = drop_rows(s["choices"], lambda r: r[0] not in ("a_b", "happy_sad"))
    s["choices"] = drop_columns(s["choices"], "image")
    s["settings"] = settings("widgets", "Widgets")
    write(s, "widgets.xlsx")


if __name__ == "__main__":
    main(sys.argv[1])
