"""Writes the fixtures of our own: a realistic small form and the forms with mistakes.

    python3 make.py

Needs openpyxl. The files are written by openpyxl, not by the observatory, so that the
import is tested on workbooks from another writer.
"""

import openpyxl


def write(path, sheets):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r in rows:
            sheet.append([c if c != "" else None for c in r])
    book.save(path)


def settings(form_id, title, version="2025-01", extra=()):
    head = ["form_id", "form_title", "version"] + [h for h, _ in extra]
    return [head, [form_id, title, version] + [v for _, v in extra]]


# A welcome centre's feedback form, in English, French and Ukrainian: choice lists, a
# multiple choice with a constraint on how many, skip logic, a date constraint and a Likert
# matrix. Our own example, not any centre's instrument.
L = ["label::English (en)", "label::French (fr)", "label::Ukrainian (uk)"]
H = ["hint::English (en)", "hint::French (fr)", "hint::Ukrainian (uk)"]
C = ["constraint_message::English (en)", "constraint_message::French (fr)", "constraint_message::Ukrainian (uk)"]
survey = [["type", "name"] + L + H + ["required", "constraint"] + C + ["relevant", "appearance"]]


def row(type_, name, labels=("", "", ""), hints=("", "", ""), required="", constraint="", messages=("", "", ""), relevant="", appearance=""):
    survey.append([type_, name, *labels, *hints, required, constraint, *messages, relevant, appearance])


row("begin_group", "visit", ("Your visit", "Votre visite", "Ваш візит"), appearance="field-list")
row("date", "visit_date", ("When did you visit the centre?", "Quand êtes-vous venu au centre ?", "Коли ви відвідали центр?"),
    required="yes", constraint=". >= '2024-01-01'",
    messages=("The centre opened on 1 January 2024.", "Le centre a ouvert le 1er janvier 2024.", "Центр відкрився 1 січня 2024 року."))
row("select_multiple services", "services", ("Which services did you use?", "Quels services avez-vous utilisés ?", "Якими послугами ви скористалися?"),
    ("Choose up to three.", "Choisissez-en trois au maximum.", "Оберіть не більше трьох."), required="yes",
    constraint="count-selected(.) <= 3",
    messages=("Choose at most three services.", "Choisissez au maximum trois services.", "Оберіть щонайбільше три послуги."))
row("end_group", "")
row("begin_group", "satisfaction", ("How satisfied were you?", "Dans quelle mesure étiez-vous satisfait ?", "Наскільки ви були задоволені?"), appearance="table-list")
row("select_one agree5", "sat_waiting", ("The waiting time was acceptable.", "Le temps d'attente était acceptable.", "Час очікування був прийнятним."))
row("select_one agree5", "sat_language", ("I could talk in a language I understand.", "J'ai pu parler dans une langue que je comprends.", "Я міг/могла говорити мовою, яку розумію."))
row("select_one agree5", "sat_help", ("I got the help I came for.", "J'ai obtenu l'aide que je cherchais.", "Я отримав/отримала допомогу, по яку прийшов/прийшла."))
row("end_group", "")
row("begin_group", "follow_up", ("After your visit", "Après votre visite", "Після візиту"))
row("select_one yes_no", "problem_solved", ("Was your problem solved?", "Votre problème a-t-il été résolu ?", "Чи було вирішено вашу проблему?"), required="yes")
row("text", "what_missing", ("What was missing?", "Qu'est-ce qui a manqué ?", "Чого бракувало?"), relevant="${problem_solved} = 'no'")
row("integer", "visits", ("How many times have you been to the centre?", "Combien de fois êtes-vous venu au centre ?", "Скільки разів ви були в центрі?"),
    constraint=". >= 1 and . <= 100",
    messages=("Enter a number from 1 to 100.", "Saisissez un nombre de 1 à 100.", "Введіть число від 1 до 100."))
row("end_group", "")

choices = [["list_name", "name"] + L]
for name, labels in [
    ("advice", ("General advice", "Conseil général", "Загальна консультація")),
    ("language_course", ("Language course", "Cours de langue", "Мовний курс")),
    ("housing", ("Housing", "Logement", "Житло")),
    ("work", ("Work and training", "Travail et formation", "Робота та навчання")),
    ("documents", ("Documents and permits", "Documents et titres de séjour", "Документи та дозволи")),
]:
    choices.append(["services", name, *labels])
for name, labels in [
    ("1", ("Strongly disagree", "Pas du tout d'accord", "Зовсім не згоден/згодна")),
    ("2", ("Disagree", "Plutôt pas d'accord", "Не згоден/згодна")),
    ("3", ("Neither", "Ni d'accord ni pas d'accord", "Важко сказати")),
    ("4", ("Agree", "Plutôt d'accord", "Згоден/згодна")),
    ("5", ("Strongly agree", "Tout à fait d'accord", "Повністю згоден/згодна")),
]:
    choices.append(["agree5", name, *labels])
for name, labels in [("yes", ("Yes", "Oui", "Так")), ("no", ("No", "Non", "Ні"))]:
    choices.append(["yes_no", name, *labels])

write("welcome-centre-feedback.xlsx", {
    "survey": survey,
    "choices": choices,
    "settings": settings("welcome_centre_feedback", "Welcome centre: your feedback", extra=[
        ("default_language", "English (en)"),
        ("form_title_translation::French (fr)", "Centre d'accueil : votre avis"),
        ("form_title_translation::Ukrainian (uk)", "Центр прийому: ваш відгук"),
    ]),
})

yes_no = [["list_name", "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]]

# An unknown question type (row 3).
write("bad/unknown-type.xlsx", {
    "survey": [
        ["type", "name", "label"],
        ["select_one yes_no", "employed", "Are you in paid work?"],
        ["multiple_choice yes_no", "studying", "Are you studying?"],
    ],
    "choices": yes_no,
    "settings": settings("unknown_type", "Unknown type"),
})

# A choice list that is not on the choices sheet (row 3, list 'countries').
write("bad/missing-list.xlsx", {
    "survey": [
        ["type", "name", "label"],
        ["select_one yes_no", "born_abroad", "Were you born abroad?"],
        ["select_one countries", "country", "In which country?"],
    ],
    "choices": yes_no,
    "settings": settings("missing_list", "Missing list"),
})

# Two relevant conditions that refer to each other (rows 2 and 3): the first refers to a
# later question, which is how the circle shows.
write("bad/circular-relevant.xlsx", {
    "survey": [
        ["type", "name", "label", "relevant"],
        ["select_one yes_no", "employed", "Are you in paid work?", "${looking} = 'no'"],
        ["select_one yes_no", "looking", "Are you looking for work?", "${employed} = 'no'"],
    ],
    "choices": yes_no,
    "settings": settings("circular", "Circular relevant"),
})

# Constraints the observatory cannot evaluate (rows 2 and 3), and a relevant naming an
# unknown question (row 3).
write("bad/bad-constraint.xlsx", {
    "survey": [
        ["type", "name", "label", "constraint", "relevant"],
        ["integer", "age", "How old are you?", ". >= 16 and", ""],
        ["text", "postcode", "Your postcode?", "string-length(.) = 5", "${adress} != ''"],
    ],
    "settings": settings("bad_constraint", "Bad constraint"),
})

# Names used twice (row 3), a choice twice in a list (choices row 3), no title (settings).
write("bad/duplicates-and-no-title.xlsx", {
    "survey": [
        ["type", "name", "label"],
        ["integer", "age", "How old are you?"],
        ["select_one yes_no", "age", "Are you over 18?"],
    ],
    "choices": [["list_name", "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "yes", "No"]],
    "settings": [["form_id", "form_title"], ["duplicates", ""]],
})
