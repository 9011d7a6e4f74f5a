"""Proper names (places, people, firms) found in free text and blanked for the needs reader."""

from __future__ import annotations

import csv
from importlib.resources import files

import pytest

from features.names import blank_person_names, blank_place_names, place_names


def test_every_municipality_and_postal_district_is_known() -> None:
    text = files("features").joinpath("data/places/dk_places.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert sum(r["kind"] == "municipality" for r in rows) == 98
    assert sum(r["kind"] == "postal_district" for r in rows) == 592
    names = place_names()
    assert {"Kolding", "Faaborg-Midtfyn", "Kongens Lyngby", "Aarhus C", "Aarhus", "Koege"} <= names


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        (
            "Journalnotat, Jobcenter Kolding: max 10 kg",
            "Journalnotat, Jobcenter        : max 10 kg",
        ),
        ("Ikke kulde. /Tårnby", "Ikke kulde.        "),  # a signature takes its slash along
        ("ressourceforløb, Svendborg:", "ressourceforløb           :"),
        ("Favrskov – skånehensyn:", "         – skånehensyn:"),
        ("Kolding JC, VP-aftale", "        JC, VP-aftale"),
        ("Bor på Koldingvej 12.", "Bor på            12."),  # a street named after a town
        ("Bor i Kongens Lyngby.", "Bor i               ."),
        ("Bor i Koege.", "Bor i      ."),  # spelt without æ, ø and å
        ("Bor i Vejen.", "Bor i      ."),
        # at the start of a sentence a capital says nothing: a name followed by a lower-case
        # word may be an ordinary word ("ringe" = poor, "vejen" = the road)
        ("Ringe udholdenhed.", "Ringe udholdenhed."),
        ("Vejen er lang. Give him time.", "Vejen er lang. Give him time."),
        ("kolding", "kolding"),  # only capitalised names are taken
        ("Koldinghus", "Koldinghus"),
    ],
)
def test_blanks_place_names_in_place(text: str, blanked: str) -> None:
    assert blank_place_names(text) == blanked
    assert len(blank_place_names(text)) == len(text)


KNOWN = frozenset(
    {"ingen", "tunge", "løft", "let", "arbejde", "kulde", "mentor", "og", "ikke", "kold", "støj"}
)
FUNCTION = frozenset({"og", "ikke"})


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Mentor er Anne Frost.", "Mentor er Anne      ."),  # the first name stays
        ("Kontaktperson: Lars Støjberg Holm", "Kontaktperson: Lars" + " " * 14),
        ("Praktik hos Frost ApS.", "Praktik hos       ApS."),
        ("hos Bøje & Søn A/S", "hos            A/S"),
        ("Ingen løft. /Hanne, mentor", "Ingen løft. /" + " " * 13),
        ("Ikke kulde. – Anne Frost", "Ikke kulde. –" + " " * 11),
        ("Mvh Vibeke Kold\nJobcenter X", "Mvh " + " " * 11 + "\nJobcenter X"),
        ("Venlig hilsen\nRasmus Vinter, mentor", "Venlig hilsen\n" + " " * 21),
        ("Fra: Peter Frost\nTil: Lene", "Fra: " + " " * 11 + "\nTil:     "),
        ("Lægehuset v/ Jens Kold", "Lægehuset v/ " + " " * 9),
        ("kontakt Dennis Vinter", "kontakt Dennis       "),
        ("praktik hos Frost & Hansen", "praktik hos " + " " * 14),
        # only the unknown words right before a company form are a firm's name
        ("Ingen Tunge Løft Netto A/S", "Ingen Tunge Løft       A/S"),
        # where a name is not plain, or a word could be a need, nothing is blanked
        ("tjek med Ole Kold", "tjek med Ole Kold"),  # a known word after a bare first name
        ("Undgå Støj & Kulde", "Undgå Støj & Kulde"),
        ("Mentor: Ingen Tunge Løft", "Mentor: Ingen Tunge Løft"),
        ("Mentor: Let Arbejde", "Mentor: Let Arbejde"),
        ("- Frost\n- Støj", "- Frost\n- Støj"),  # list items, not a signature
        ("kulde/Frost", "kulde/Frost"),
        ("Undgå: Larm / Frost", "Undgå: Larm / Frost"),  # a list, not a signature
        ("Undgå: Larm – Frost", "Undgå: Larm – Frost"),
        ("Hun må ikke arbejde i Frost.", "Hun må ikke arbejde i Frost."),
    ],
)
def test_blanks_people_and_firms_only_where_plain(text: str, blanked: str) -> None:
    assert blank_person_names(text, KNOWN, FUNCTION) == blanked
