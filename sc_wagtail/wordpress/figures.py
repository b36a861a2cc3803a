"""Participation figures read from an imported report's English prose, as suggestions.

"more than 60 municipal officials, including 15 mayors and deputy mayors" gives two rows
(more than 60 municipal officials; 15 mayors and deputy mayors, part of them); "20 mayors and
other municipal leaders from six municipalities" gives 20 mayors and a count of 6 cities.
Nothing is written into a report: each sentence with figures becomes a ``FigureSuggestion``
an editor accepts or dismisses (admin.py).
"""

import re

from .models import FigureSuggestion

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100,
}  # fmt: skip
QUALIFIERS = {
    "more than": "more_than", "over": "over", "nearly": "nearly", "almost": "nearly",
    "some": "some", "about": "about", "around": "about", "approximately": "about",
}  # fmt: skip
# Longest first: "mayors and deputy mayors" before "mayors".
CATEGORIES = [
    (r"mayors and deputy mayors|mayors and deputies", "mayors_and_deputies"),
    (r"deputy mayors?", "deputy_mayors"),
    (r"mayors?(?: and other (?:municipal|local) leaders)?", "mayors"),
    (r"governors?", "governors"),
    (r"(?:municipal|local government|city|local) officials?", "municipal_officials"),
    (r"practitioners?", "practitioners"),
    (r"civil society (?:representatives|organisations|organizations|members)", "civil_society"),
    (r"(?:national government|government) representatives", "national_government"),
    (r"young people|youth(?: leaders| workers)?", "youth"),
    (r"participants|attendees|people", "participants"),
]
PLACES = [
    (r"municipalities|cities|local governments|towns", "cities"),
    (r"countries", "countries"),
]
NUMBER = r"(?P<number>\d[\d,]*|" + "|".join(NUMBER_WORDS) + r")"
QUALIFIER = r"(?:(?P<qualifier>" + "|".join(QUALIFIERS) + r")\s+)?"
FIGURE = re.compile(
    QUALIFIER
    + NUMBER
    + r"\s+(?P<what>"
    + "|".join(pattern for pattern, _key in CATEGORIES + PLACES)
    + r")\b",
    re.I,
)
SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def _number(text):
    text = text.lower().replace(",", "")
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text)


def _category(what, table):
    for pattern, key in table:
        if re.fullmatch(pattern, what, re.I):
            return key
    return None


def read(sentence):
    """The figures one sentence gives: {"rows": [...], "cities": n, "countries": n}."""
    found = {"rows": [], "cities": None, "countries": None}
    for match in FIGURE.finditer(sentence):
        number = _number(match.group("number"))
        what = match.group("what")
        place = _category(what, PLACES)
        if number is None:
            continue
        if place:
            found[place] = number
            continue
        category = _category(what, CATEGORIES)
        if category is None:
            continue
        before = sentence[: match.start()].rstrip().lower()
        part_of = ""
        if before.endswith(("including", "among them", "of whom", "of them")) and found["rows"]:
            part_of = found["rows"][-1]["category"]
        found["rows"].append(
            {
                "qualifier": QUALIFIERS.get((match.group("qualifier") or "").lower(), "exactly"),
                "number": number,
                "category": category,
                "part_of": part_of,
            }
        )
    return found


def suggest(page, text):
    """A suggestion per sentence of ``text`` with figures, for ``page`` (pending ones are
    replaced on a re-import; accepted or dismissed ones stay as decided)."""
    FigureSuggestion.objects.filter(page=page, status=FigureSuggestion.Status.PENDING).delete()
    decided = set(FigureSuggestion.objects.filter(page=page).values_list("sentence", flat=True))
    created = []
    for sentence in (s.strip() for s in SENTENCE.findall(text or "")):
        figures = read(sentence)
        if (figures["rows"] or figures["cities"]) and sentence not in decided:
            created.append(FigureSuggestion(page=page, sentence=sentence, figures=figures))
    FigureSuggestion.objects.bulk_create(created)
    return created
