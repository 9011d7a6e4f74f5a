"""Accommodation text → codes: quality floors, behaviour (invariance, negation, minimum
functionality, warnings) and the text plumbing underneath."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from benchmarks.accommodations_quality import (
    BLIND_FILE,
    BOUNDARIES_FILE,
    CASEFILES_FILE,
    EVERYDAY_FILE,
    EXPORTS_FILE,
    FIGURES_FILE,
    FOLLOWUPS_FILE,
    FORMS_FILE,
    GENERAL_FILE,
    HELPERS_FILE,
    JARGON_FILE,
    LABELLED_FILES,
    LAYOUT_FILE,
    MIX_FILE,
    MIXED_FILE,
    MUNICIPAL_FILE,
    NAMES_FILE,
    NOTES_FILE,
    OPEN_FILE,
    ORDINARY_FILE,
    PARAPHRASE_FILE,
    PLAIN_FILE,
    SCANS_FILE,
    SETTINGS_FILE,
    SHORT_FILE,
    TOWNS_FILE,
    UPDATES_FILE,
    VARIED_FILE,
    VOICES_FILE,
    WEEKLY_FILE,
    WORKPLACE_FILE,
    evaluate,
    load_labelled,
    three_sentence_texts,
)
from features import accommodations
from features.accommodations import RULES, SUPPORT_HOURS, TextNeeds, extract_needs
from features.needs import Need
from features.text import (
    TypoCorrector,
    normalize,
    normalize_numbers,
    parse_number,
    sentence_spans,
    tokenize,
    within_one_edit,
)
from features.vocabulary import ACCOMMODATION_CODES, DEFAULT_MAX_LIFT_KG

INDEPENDENT, OWN = LABELLED_FILES
ALL_ROWS = [row for path in LABELLED_FILES for row in load_labelled(path)]
BLIND_ROWS = load_labelled(BLIND_FILE)


def codes(text: str) -> dict[str, float | None]:
    """The needs read from ``text`` as {code: value}."""
    return {n.code: n.value for n in extract_needs(text).needs}


# --------------------------------------------------------------------------------------------
# Quality floors
# --------------------------------------------------------------------------------------------


def test_labelled_files_are_well_formed() -> None:
    own = load_labelled(OWN)
    assert len(own) >= 400
    assert len({r["text"] for r in own}) == len(own), "duplicate sentences"
    assert len(BLIND_ROWS) >= 150
    assert len({r["text"] for r in BLIND_ROWS}) == len(BLIND_ROWS), "duplicate sentences"
    assert not {r["text"] for r in BLIND_ROWS} & {r["text"] for r in ALL_ROWS}
    for row in ALL_ROWS + BLIND_ROWS:
        assert set(row) == {"text", "needs", "warn"}
        for need in row["needs"]:
            assert need["code"] in ACCOMMODATION_CODES
            assert (ACCOMMODATION_CODES[need["code"]] is None) == (need.get("value") is None)


def test_quality_floors_on_all_labelled_sentences() -> None:
    q = evaluate(ALL_ROWS)
    assert q.recall >= 0.98, q.errors
    assert q.precision >= 0.90, q.errors
    assert q.warning_recall >= 0.95, q.errors
    assert q.spurious_warning_rate <= 0.10


def test_quality_floors_on_the_independent_sentences() -> None:
    """The lead's 60 sentences, not written by the author of the reader."""
    q = evaluate(load_labelled(INDEPENDENT))
    assert q.recall >= 0.95, q.errors
    assert q.precision >= 0.90, q.errors
    assert q.warning_recall >= 0.95, q.errors


def test_the_blind_sentences_are_never_missed_silently() -> None:
    """Sentences written in styles the tuned files under-represent and scored before the reader
    was changed for them (reported apart by the benchmark). The safety property is absolute: a
    need that is missed must come with a warning. The other figures have floors a little below
    what the reader reached (recall 0.975, precision 0.898, warning recall 0.860, spurious
    warnings 0.246), so a regression shows. Warning recall fell from 0.946 when batches 10 and
    11 were added: their writers wanted a second look at needs the reader reads cautiously and
    in full (a one-arm lifting limit read for both arms, stairs read as step-free access, a
    partial ban on evenings read as day work only). Batch 11 also brought precision and
    spurious warnings down (0.909 and 0.233 before it): forms, mentors' notes and texts on the
    work environment where the reader warns about or reads more than the writer meant. Precision is lower than on the tuned files because
    batches 4-7 hold traps the reader still reads as needs, the cautious error: a seat described
    in the citizen's text, a need that was lifted. Recall is lower because what batches 5-6 miss
    is warned about (the cautious miss). Spurious warnings are higher because whole fields and
    doctors' statements carry diagnosis lines ("Borger har KOL") that the reader warns about on
    purpose where the writer judged the field's needs to cover them, and because a relative's
    need ("hendes mand sidder i kørestol") is warned about instead of read (0.226 before)."""
    q = evaluate(BLIND_ROWS)
    silent = [e for e in q.errors if set(e["expected"]) - set(e["predicted"]) and not e["warnings"]]
    assert q.silent_misses == 0, silent
    assert q.recall >= 0.97, q.errors
    assert q.precision >= 0.89, q.errors
    assert q.warning_recall >= 0.85, q.errors
    assert q.spurious_warning_rate <= 0.25


def test_the_open_batch_keeps_its_floors() -> None:
    """Blind batch 12 (benchmarks/accommodations_quality.py): needs stated without the usual
    trigger words. Four needs are still missed silently there (inferred from what happened, or
    a labelling convention of its own); the floors keep the round's gains and that number."""
    rows = load_labelled(OPEN_FILE)
    assert len(rows) == 99
    assert not {r["text"] for r in rows} & {r["text"] for r in ALL_ROWS + BLIND_ROWS}
    q = evaluate(rows)
    assert q.silent_misses <= 4, q.errors
    assert q.recall >= 0.84, q.errors
    assert q.precision >= 0.82, q.errors


@pytest.mark.parametrize(
    ("path", "size", "recall", "precision"),
    [
        # batch 13, in voices the other files lack: citizens writing Danish as a second
        # language, therapists' abbreviations, meeting minutes that name colleagues and
        # relatives. Before its round: recall 0.943, precision 0.747, 2 silent misses.
        (VOICES_FILE, 100, 0.96, 0.81),
        # batch 14: case-system exports, status reports over time, unusual number formats and
        # English notes. Before its round: recall 0.755, precision 0.732, 10 silent misses
        # (English sentences not even warned about, a later phase's daily hours).
        (EXPORTS_FILE, 100, 0.86, 0.75),
        # batch 15: scanned and copied texts ("l2 timer", "4O min.", "5 k g"), dictation,
        # long journal entries, "hverken"/"undtagen". Before its round: recall 0.880,
        # precision 0.770, 5 silent misses (two of them looser than the label).
        (SCANS_FILE, 100, 0.94, 0.83),
        # batch 16: numbered lists and dated plans, what the seat must not involve, conditions,
        # medication, direct speech, the companies' notes, figures that are no limits. Before
        # its round: recall 0.928, precision 0.749, 2 silent misses (both an earlier phase of a
        # dated plan: stricter).
        (WORKPLACE_FILE, 100, 0.96, 0.76),
        # batch 17: needs that hold now against lifted, past, future and other persons' needs,
        # wishes and reassurances. Before its round: recall 0.976, precision 0.675, no silent
        # miss.
        (BOUNDARIES_FILE, 100, 0.97, 0.71),
        # batch 18, written to test that round: lifted, partly lifted and reinstated needs,
        # past needs, other persons, wishes. Before the round: recall 0.911, precision 0.408,
        # 5 silent misses (all stricter than the label).
        (UPDATES_FILE, 100, 0.94, 0.45),
        # batch 19: a general mix of realistic fields. Before its (one-phrasing) round: recall
        # 0.954, precision 0.812, one silent miss (stricter: the earlier of two assessments).
        # (A need after an operation to come is read as today's, walking too since "hensyn til
        # gang og stående arbejde" is read: the text is unclear, the error cautious.)
        (MIX_FILE, 99, 0.98, 0.81),
        # batch 20: quantities in unusual forms, figures that are no limits, clinicians'
        # jargon. Before its round: recall 0.871, precision 0.792, one silent miss (stricter).
        (JARGON_FILE, 100, 0.93, 0.83),
        # batch 21: e-mails, forms with ticks and "|" tables, hurried writing. Before its
        # round: recall 0.916, precision 0.785, 4 silent misses (3 needs left out).
        (FORMS_FILE, 100, 0.97, 0.80),
        # batch 22, written to be missed silently: references, litotes, paraphrase, exceptions
        # that flip the meaning. Before its round: recall 0.767, precision 0.767, 4 silent
        # misses (one looser than the label).
        (PARAPHRASE_FILE, 100, 0.84, 0.79),
        # batch 23: the tasks of company centres, restrictions without a code, hedged first
        # person. Before its round: recall 0.927, precision 0.721, 2 silent misses.
        (SETTINGS_FILE, 100, 0.95, 0.73),
        # batch 24 (99 texts; one duplicate of an earlier file dropped), an ordinary mix scored
        # after all of that and not tuned on: recall 0.937, precision 0.869, one silent miss
        # (stricter: 8 hours a week where 16 hold).
        (ORDINARY_FILE, 99, 0.93, 0.86),
        # batch 25: fields, agreements and schedules with figures, and figures that are no
        # limits. Before its round: recall 0.919, precision 0.700, 2 silent misses (one a
        # range under "Løftebegrænsning (kg):" read as nothing).
        (FIGURES_FILE, 100, 0.93, 0.70),
        # batch 26: a general mix. Before the round: recall 0.911, precision 0.863, 3 silent
        # misses (one "en fjerdedel af normal arbejdstid" read as nothing).
        (GENERAL_FILE, 100, 0.92, 0.86),
        # batch 27, an ordinary mix scored after the round of batches 25-26 and its reviews
        # and not tuned on: recall 0.981, precision 0.851, no silent miss.
        (PLAIN_FILE, 100, 0.98, 0.85),
        # batch 28, an everyday mix written while the exceptions and walking were reworked:
        # recall 0.961, precision 0.924 and one silent miss (stricter: 13 hours where 21 hold)
        # on the code before its round; 0.966 / 0.938 and none after.
        (EVERYDAY_FILE, 100, 0.96, 0.93),
        # batch 29, case-system texts in many voices, scored after the reviews of batch 28's
        # rounds: recall 0.973, precision 0.922, one silent miss, looser ("Arbejdstid: 50 %"
        # read as 50 hours); 0.977 / 0.926 and none after its one fix.
        (CASEFILES_FILE, 100, 0.97, 0.92),
        # batch 30, text whose meaning is in its layout (ticks on ranges, tables, answers on
        # the next line, a day's hours): recall 0.758, precision 0.735 and 10 silent misses
        # on the code before its round, 6 of them needs left out; 0.859 / 0.780 after it and
        # its review's, the silent misses left all stricter (a range's smaller bound, an
        # earlier limit).
        (LAYOUT_FILE, 100, 0.84, 0.78),
        # batch 31, an ordinary mix scored on the code before the round of batch 30 and not
        # tuned on: recall 0.969, precision 0.875, 3 silent misses (one need left out, a
        # wrist injury's hand use, labelled as doubtful); 0.981 / 0.881 after that round.
        (VARIED_FILE, 100, 0.98, 0.88),
        # batch 32, an ordinary mix scored after the review of batch 30's round: recall
        # 0.938, precision 0.887, 3 silent misses, all needs left out ("Vi holder hende fra
        # kassen", "Pauser eft. behov", nervous when it is busy, marked doubtful) and one
        # stricter; 0.955 / 0.889 after its round, the stricter one left.
        (MIXED_FILE, 98, 0.95, 0.88),
        # batch 33, an ordinary mix of 98 municipalities' writers scored after batch 32's
        # round: recall 0.951, precision 0.871, one silent miss, a need left out ("Har brug
        # for ro og tid"); 0.961 / 0.876 after its round.
        (MUNICIPAL_FILE, 99, 0.96, 0.87),
        # batch 34, ordinary texts of many towns' writers (a tenth in English) scored on the
        # code before its round: recall 0.903, precision 0.855, 3 silent misses, one a need
        # left out ("kan ikke tåle opvaskemidler" read as wet work, not chemicals), the others
        # stricter; and two texts in English whose needs were lost behind a warning that does
        # not leave them unclear ("a calm environment", "must be able to take breaks");
        # 0.935 / 0.867 after its round, the two stricter ones left.
        (TOWNS_FILE, 99, 0.93, 0.86),
        # batch 35, notes written the way busy people write them (abbreviations, messages,
        # weekday schedules, pasted tables), scored after batch 34's round: recall 0.932,
        # precision 0.829, no need left out or read looser; two limits read stricter (a "Før:"
        # line's hours; "4 timer mandag, onsdag og fredag" as 4 a week); 0.936 / 0.833 after.
        (NOTES_FILE, 100, 0.93, 0.83),
        # batch 36, half short notes, scored after the review of short notes: recall 0.944,
        # precision 0.932, no need left out or read looser, two read stricter (a ticked "Løft"
        # read as 10 kg beside a remark's 12; "3 hours each" in English as 3 a week); 0.949 /
        # 0.936 after its round.
        (SHORT_FILE, 99, 0.94, 0.93),
        # batch 37, ordinary weekly material scored after every round above and not tuned on:
        # recall 0.940, precision 0.849, no need left out or read looser, two stricter (an
        # earlier phase's hours; "de tunge kurve (over ca. 12 kg)" as 10).
        (WEEKLY_FILE, 100, 0.93, 0.84),
        # batch 38, notes full of proper names, scored after the first rounds on names: recall
        # 0.962, precision 0.826 (surnames and firms read as cold), no need left out; 0.962 /
        # 0.854 after its round.
        (NAMES_FILE, 100, 0.96, 0.85),
        # batch 40 (99 texts; one duplicate of an earlier file dropped), field entries and
        # follow-up notes, scored after the rounds of batch 39 and
        # the findings review and not tuned on: recall 0.963, precision 0.823, no need left out
        # or read looser without a warning (739db6d: 0.963 / 0.818).
        (FOLLOWUPS_FILE, 99, 0.96, 0.82),
        # batch 41 (99 texts; one duplicate of an earlier file dropped), a mix aimed at this session's rounds (helpers' hours, walking to work,
        # wheelchairs, lifted needs, others' needs), scored before its fix: recall 0.932,
        # precision 0.782, one need left out without a warning ("bruger elkørestol"); 0.938 /
        # 0.783 after it.
        (HELPERS_FILE, 99, 0.93, 0.78),
    ],
)
def test_a_later_blind_batch_misses_no_need_silently(
    path: Path, size: int, recall: float, precision: float
) -> None:
    """Blind batches scored before their round (benchmarks/accommodations_quality.py). Their
    silent misses are limits read stricter than the label (an earlier figure of the same text:
    10 hours where 12 or 20 hold now, a lifting limit before it was raised): the cautious
    error. A need left out, or a limit read looser than the label, must warn."""
    rows = load_labelled(path)
    assert len(rows) == size
    assert not {r["text"] for r in rows} & {r["text"] for r in ALL_ROWS + BLIND_ROWS}
    q = evaluate(rows)
    for e in q.errors:
        if e["unclear"]:  # a warning that reads cautiously ("vague need") leaves needs clear
            continue
        read = dict(e["predicted"])
        for code, value in set(e["expected"]) - set(e["predicted"]):
            stricter = code in read and value is not None and read[code] is not None
            assert stricter and read[code] <= value, e
    assert q.recall >= recall, q.errors
    assert q.precision >= precision, q.errors


def test_the_metric_can_fail() -> None:
    wrong = [{"text": "Ingen tunge løft.", "needs": [{"code": "max_lift_kg", "value": 5}]}]
    q = evaluate(wrong)
    assert q.recall == 0.0 and q.precision == 0.0


# --------------------------------------------------------------------------------------------
# API contract
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [None, "", "   ", "\n\n", "."])
def test_empty_text_gives_an_empty_result(text: str | None) -> None:
    assert extract_needs(text) == TextNeeds((), ())


def test_needs_are_text_needs_with_exact_evidence() -> None:
    for row in ALL_ROWS:
        result = extract_needs(row["text"])
        for need in result.needs:
            assert isinstance(need, Need)
            assert need.source == "text"
            assert need.evidence and need.evidence in row["text"], (row["text"], need)
        assert len({n.code for n in result.needs}) == len(result.needs)


def test_evidence_points_at_the_clause_in_a_longer_text() -> None:
    text = "Skal skånes for tunge løft. Max 12 timer om ugen. Rolige omgivelser."
    got = {n.code: n.evidence for n in extract_needs(text).needs}
    assert got == {
        "max_lift_kg": "Skal skånes for tunge løft",
        "max_hours_per_week": "Max 12 timer om ugen",
        "quiet_environment": "Rolige omgivelser",
    }


def test_evidence_survives_unusual_unicode() -> None:
    text = "Max 8 kg\u00a0–\u00a0ingen kundekontakt. Tåler ikke kulde"
    for need in extract_needs(text).needs:
        assert need.evidence in text


def test_one_need_per_code_keeps_the_strictest_value() -> None:
    text = "Max 15 kg. Ingen tunge løft. Kan arbejde 20 timer om ugen, i starten max 8 timer."
    assert codes(text) == {"max_lift_kg": 10, "max_hours_per_week": 8}


def test_needs_come_in_order_of_first_appearance() -> None:
    text = "Rolige omgivelser. Max 8 kg og maks 16 timer om ugen, kun dagarbejde. Ingen kulde."
    assert [n.code for n in extract_needs(text).needs] == [
        "quiet_environment",
        "max_lift_kg",
        "max_hours_per_week",
        "day_shift_only",
        "no_cold_environment",
    ]


def test_values_use_the_units_of_the_spec() -> None:
    assert codes("Må højst løfte ti kilo")["max_lift_kg"] == 10
    assert codes("Max 1½ times transport")["max_travel_minutes"] == 90
    assert codes("Højst en halv times kørsel")["max_travel_minutes"] == 30
    assert codes("Tre kvarters transport er max")["max_travel_minutes"] == 45
    assert codes("Maks 12 t./uge")["max_hours_per_week"] == 12
    assert codes("3 timer dagligt 4 dage om ugen")["max_hours_per_week"] == 12
    assert codes("Kan arbejde 4 timer om dagen")["max_hours_per_week"] == 4 * 5


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("Max 8-10 kg", "max_lift_kg", 8),
        ("Kan arbejde 8-10 timer om ugen", "max_hours_per_week", 8),
        ("Transport højst 20-30 min", "max_travel_minutes", 20),
        ("Løft mellem 5 og 7 kilo", "max_lift_kg", 5),
    ],
)
def test_ranges_give_the_cautious_smaller_bound(text: str, code: str, value: float) -> None:
    assert codes(text)[code] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ingen tunge løft.", DEFAULT_MAX_LIFT_KG),
        ("Skånes for tunge løft.", DEFAULT_MAX_LIFT_KG),
        ("Må ikke løfte tungt.", DEFAULT_MAX_LIFT_KG),
        ("Må slet ikke løfte.", 0),
        ("Ingen løft overhovedet.", 0),
        ("Kan ikke løfte noget.", 0),
        # none of the heavy ones is not none at all
        ("Ikke noget med tunge løft.", DEFAULT_MAX_LIFT_KG),
        ("Slet ikke tunge løft.", DEFAULT_MAX_LIFT_KG),
    ],
)
def test_lifting_without_a_number(text: str, value: float) -> None:
    assert codes(text) == {"max_lift_kg": value}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICF d4300 (løfte): kvalifikator 3.", {"max_lift_kg": 5}),
        ("ICF b130 energi og handlekraft: kvalifikator 4.", {"max_hours_per_week": 8}),
        ("d4300.3 og d4154.4", {"max_lift_kg": 5, "no_prolonged_standing": None}),
        ("Kan løfte 8 kg (d4300: 3).", {"max_lift_kg": 5}),  # the stricter value wins
        (
            "- d440 finmotorisk håndbrug: 3\n- d4452 række ud: 3",
            {"limited_hand_use": None, "no_overhead_work": None},
        ),
        ("d4300 (løfte): kvalifikator 2.", {}),  # qualifiers 1-2 are soft evidence only
        # the qualifier after a dash, as functional descriptions list them
        ("d4105 Bøje sig – 3: Kan ikke bøje sig gentagne gange", {"no_bending": None}),
        ("d4300 løfte og bære – 0. d4154 opretholde stående stilling – 0.", {}),
    ],
)
def test_icf_categories_in_the_text_follow_the_icf_policy(
    text: str, expected: dict[str, float | None]
) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    ["d240 grad 2", "Har problemer (d4154).", "b130 (1)", "d240 Håndtere stress – støttende"],
)
def test_an_icf_category_without_a_hard_need_is_warned_about(text: str) -> None:
    result = extract_needs(text)
    assert result.needs == () and result.unclear


@pytest.mark.parametrize(
    "text",
    [
        "d240 Håndtere stress – 0",
        "e310 Nærmeste familie – +3: Stor støtte fra ægtefælle",
        "e310 Nærmeste familie – understøttende faktor",  # blind batch 39
        "e355 Sundhedsprofessionelle: fremmende",
    ],
)
def test_no_problem_and_a_facilitator_in_the_environment_need_no_warning(text: str) -> None:
    result = extract_needs(text)
    assert result.needs == () and result.warnings == ()


def test_the_rest_of_a_sentence_with_an_icf_category_is_still_warned_about() -> None:
    result = extract_needs("d4300: 3, har også ondt i knæet.")
    assert {n.code: n.value for n in result.needs} == {"max_lift_kg": 5}
    assert result.unclear


@pytest.mark.parametrize(
    "title",
    [
        "Speciallægeerklæring (neurologi):",
        "Uddrag af lægeerklæring:",
        "LÆ 265, pkt. 6 (prognose):",
        "Lægeerklæring",
        "Arbejdsevnebeskrivelse – barrierer:",
    ],
)
def test_the_title_of_a_quoted_document_states_no_need(title: str) -> None:
    result = extract_needs(f"{title}\nMå ikke løfte over 5 kg.")
    assert {n.code: n.value for n in result.needs} == {"max_lift_kg": 5}
    assert result.warnings == ()


def test_a_title_word_inside_a_sentence_is_no_title() -> None:
    assert extract_needs("Lægeerklæringen siger, at hun har ondt i ryggen.").unclear


def test_an_icf_category_without_a_problem_says_nothing() -> None:
    assert extract_needs("d710 basale interpersonelle interaktioner: 0") == TextNeeds((), ())


def test_a_number_that_only_looks_like_an_icf_code_is_not_read_as_one() -> None:
    assert codes("Ring på 4300 3 gange, lokale d9999 (3).") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation typed together with the next word
        ("ingenkundekontakt ingentelefon", {"no_customer_contact": None}),
        ("ikkeløfte tungt", {"max_lift_kg": 10}),
        # Swedish and Norwegian
        ("Ska undvika buller och kyla.", {"quiet_environment": None, "no_cold_environment": None}),
        ("Bør unngå tunge løft.", {"max_lift_kg": 10}),
        # a limit that was raised: the new one counts
        ("Løftegrænsen er hævet fra 5 til 15 kg.", {"max_lift_kg": 15}),
        ("Må løfte fra 5 til 15 kg.", {"max_lift_kg": 5}),
        # days times hours, in words and abbreviations
        ("Arbejdstid: to gange fire timer.", {"max_hours_per_week": 8}),
        ("4t om dgn 3dg om ugen", {"max_hours_per_week": 12}),
        # walking limits in kilometres, being on one's feet, stairs that wind the citizen
        ("Kan gå en halv kilometer ad gangen.", {"no_prolonged_walking": None}),
        (
            "Skal ikke være på benene hele dagen.",
            {"no_prolonged_standing": None, "no_prolonged_walking": None},
        ),
        (
            "Bliver forpustet ved trappegang.",
            {"wheelchair_access": None, "no_prolonged_walking": None},
        ),
        ("Må ikke have hænderne i sæbevand.", {"no_wet_work": None}),
        ("Tåler ikke solventer og epoxy.", {"no_chemicals": None}),
        ("Pauser på 5-10 minutter hvert tredje kvarter.", {"flexible_breaks": None}),
        # the fifth
        (
            "Transporttiden fra Gelsted til praktikstedet må ikke overstige 25 minutter.",
            {"max_travel_minutes": 25},
        ),
        ("Opgaver skal være ukomplicerede.", {"simple_tasks": None}),
        ("Ophængning på høje hylder er udelukket.", {"no_overhead_work": None}),
        ("Ikke arbejde på de nederste hylder.", {"no_bending": None}),
        ("Reagerer på håndsprit.", {"no_chemicals": None}),
        ("Skal kunne gå afsides.", {"flexible_breaks": None}),
        ("Ingen længere gang på lageret.", {"no_prolonged_walking": None}),
        ("Ingen trapper.", {"wheelchair_access": None, "no_prolonged_walking": None}),
        # the sixth
        ("2 ugentlige fremmøder á 3 timer.", {"max_hours_per_week": 6}),
        ("Højst fire timer pr. arbejdsdag.", {"max_hours_per_week": 20}),
        (
            "Tre dage om ugen fra kl. 8 til kl. 11.30.",
            {"day_shift_only": None, "max_hours_per_week": 10.5},
        ),
        (
            "Arbejdstid fra 9 til 13, fire dage om ugen, men ikke to dage i træk.",
            {"day_shift_only": None, "max_hours_per_week": 16},
        ),
        ("Mentor oplyser, at han ikke må køre.", {"no_driving": None}),
        ("Rejsetiden må ikke overstige 1 t. 10 min.", {"max_travel_minutes": 70}),
        ("Flextrafik til praktikstedet: maks. tre kvarter.", {"max_travel_minutes": 45}),
        ("Hun kan ikke løfte tungt med armen.", {"max_lift_kg": 10}),
        ("Arbejde oppe under loftet kan hun ikke.", {"no_overhead_work": None}),
        ("Han kan ikke male lofter.", {"no_overhead_work": None}),
        ("Pt. går m. stok.", {"no_prolonged_walking": None}),
        # the seventh
        ("Vagter skal slutte senest 15.30", {"day_shift_only": None}),
        ("Kørselsforbud fra lægen", {"no_driving": None}),
        ("Får vejrtrækningsbesvær af rengøringsspray", {"no_chemicals": None}),
        ("Kan ikke gå ned i knæ pga. menisk", {"no_bending": None}),
        ("Har brug for at kunne gå fra 10 min når hovedet er fyldt", {"flexible_breaks": None}),
        ("Max. 35 min. fra dør til dør", {"max_travel_minutes": 35}),
        ("Arbejdstempoet skal være lavt", {"no_time_pressure": None}),
        ("3,5 t. dagl.", {"max_hours_per_week": 17.5}),
        ("Trapper er udelukket", {"wheelchair_access": None, "no_prolonged_walking": None}),
        ("Der skal være en kollega på vagt samtidig", {"not_alone": None}),
        # a cleaning job is no slip for cleaning chemicals
        ("Max 20 timer som rengøringsmedarbejder.", {"max_hours_per_week": 20}),
    ],
)
def test_phrasings_of_the_later_blind_batches(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


# --------------------------------------------------------------------------------------------
# Behaviour: minimum functionality, invariance, negation, warnings
# --------------------------------------------------------------------------------------------

MINIMUM = [
    (
        "Må ikke løfte over 10 kg eller stå i længere tid.",
        {"max_lift_kg": 10, "no_prolonged_standing": None},
    ),
    ("max 20 min stående", {"no_prolonged_standing": None}),
    ("Kan ikke gå langt.", {"no_prolonged_walking": None}),
    ("Dårligt gående.", {"no_prolonged_walking": None}),
    ("Må ikke bøje sig.", {"no_bending": None}),
    ("Foroverbøjet arbejde.", {"no_bending": None}),
    ("Intet arbejde over skulderhøjde.", {"no_overhead_work": None}),
    ("Må ikke løfte armene over hovedet.", {"no_overhead_work": None}),
    ("Nedsat grebsstyrke.", {"limited_hand_use": None}),
    ("Undgå gentagne håndbevægelser.", {"limited_hand_use": None}),
    ("12 t/uge", {"max_hours_per_week": 12}),
    ("Kun dagvagt.", {"day_shift_only": None}),
    ("Ikke aften/nat.", {"day_shift_only": None}),
    ("Støjfølsom.", {"quiet_environment": None}),
    ("Ikke ekspedere.", {"no_customer_contact": None}),
    ("Skal have en kollega i nærheden.", {"not_alone": None}),
    ("Ikke stressende arbejde.", {"no_time_pressure": None}),
    ("Én opgave ad gangen.", {"simple_tasks": None}),
    ("Pauser efter behov.", {"flexible_breaks": None}),
    ("Hænderne må ikke være i vand.", {"no_wet_work": None}),
    ("Ikke frostrum.", {"no_cold_environment": None}),
    ("Allergi over for parfume.", {"no_chemicals": None}),
    ("Sidder i kørestol.", {"wheelchair_access": None}),
    ("Max 30 min transport.", {"max_travel_minutes": 30}),
    ("Må ikke føre motorkøretøj pga. medicin.", {"no_driving": None}),
    ("Frakendt kørekortet.", {"no_driving": None}),
]


@pytest.mark.parametrize(("text", "expected"), MINIMUM)
def test_minimum_functionality(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


INVARIANT = [
    # synonyms and word order must not change what is read
    ["Må ikke løfte over 10 kg.", "Løft over 10 kg må ikke forekomme.", "Max 10 kg løft.",
     "Løftegrænse: 10 kilo.", "Kan højst bære ti kilo."],
    ["Kan ikke stå i længere tid.", "Længere tids stående arbejde går ikke.",
     "Stående arbejde i længere tid skal undgås.", "Tåler ikke at stå længe."],
    ["Ingen kundekontakt.", "Skal ikke have kontakt med kunder.", "Må ikke ekspedere kunder.",
     "Kundekontakt skal undgås."],
    ["Rolige omgivelser.", "Skal arbejde i et roligt miljø.", "Har brug for rolige rammer.",
     "Tåler ikke støj."],
    ["Max 12 timer om ugen.", "12 t/uge.", "Højst tolv timer ugentligt.",
     "Ugentlig arbejdstid: 12 timer.", "Kan arbejde 12 timer pr. uge."],
    ["Kun dagvagter.", "Ingen aften- eller nattevagter.", "Må ikke arbejde om natten.",
     "Arbejde kun i dagtimerne."],
    ["Pauser efter behov.", "Skal kunne holde pause, når der er behov.",
     "Behov for hyppige pauser.", "Mulighed for ekstra pauser."],
    ["Må ikke arbejde alene.", "Alenearbejde er udelukket.", "Skal altid have en kollega tæt på."],
    ["Må ikke køre bil.", "Bilkørsel er ikke tilladt.", "Kan ikke føre bil."],
]  # fmt: skip


@pytest.mark.parametrize("variants", INVARIANT)
def test_invariance_under_synonyms_and_word_order(variants: list[str]) -> None:
    readings = [codes(v) for v in variants]
    assert all(r == readings[0] for r in readings), list(zip(variants, readings, strict=True))
    assert readings[0], variants[0]


@pytest.mark.parametrize(
    ("clean", "messy"),
    [
        ("Må ikke løfte over 10 kg.", "må ikke løfet over 10kg"),
        ("Stående arbejde skal undgås.", "ståenede arbejde skal undgås"),
        ("Ingen kundekontakt.", "ingen kunde kontakt"),
        ("Må ikke løfte tungt.", "Maa ikke loefte tungt"),
        ("Arbejde over skulderhøjde frarådes.", "arbejde over skulder højde frarådes"),
        ("Kan ikke tåle tidspres.", "KAN IKKE TÅLE TIDSPRES!"),
    ],
)
def test_typos_case_and_split_compounds_do_not_change_the_reading(clean: str, messy: str) -> None:
    assert codes(messy) == codes(clean) != {}


NO_NEED = [
    "Kan godt løfte almindelige varer.",
    "Ingen problemer med at stå.",
    "Har ikke brug for pauser.",
    "Tåler støj fint.",
    "Er mødestabil og glad for at komme i gang.",
    "Kan sagtens arbejde i kølerum.",
    "Er glad for kundekontakt.",
    "Ingen begrænsninger ift. løft.",
    "Har tidligere haft nattevagter uden problemer.",
    "Kan fint arbejde alene.",
    "Er ikke støjfølsom.",
    "Har ikke eksem længere.",
    "Ingen skånehensyn.",
    "Hun bor 20 minutter fra praktikstedet.",
    "Har kørekort B.",
]


@pytest.mark.parametrize("text", NO_NEED)
def test_negations_and_reassurances_yield_nothing(text: str) -> None:
    result = extract_needs(text)
    assert result.needs == () and result.warnings == (), result


@pytest.mark.parametrize(
    "text",
    [
        "Larm generer ikke.",
        "Ingen løfterestriktioner.",
        "Tåler rengøringsmidler fint.",
        "Støj er ikke noget problem for hende.",
        "Kulde er ingen hindring.",
        "Hun har intet imod kundekontakt.",
        "Jeg har ikke noget imod at arbejde om aftenen.",
        "Lægen har ikke angivet nogen skånehensyn.",
        "Han er vant til at løfte tungt og har ingen rygproblemer.",
        "Kan uden videre arbejde alene.",
        "Tidligere skånehensyn vedr. løft er ophævet.",
    ],
)
def test_reassurances_in_other_words_yield_nothing(text: str) -> None:
    result = extract_needs(text)
    assert result.needs == () and result.warnings == (), result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Løft på op til 25 kg er ikke et problem.", {"max_lift_kg": 25}),
        ("Op til 3 kg er ok for hende.", {"max_lift_kg": 3}),
        ("Transport: op til 20 min. går fint.", {"max_travel_minutes": 20}),
        ("Ingen problemer med at arbejde under 20 timer om ugen", {"max_hours_per_week": 20}),
        ("Op til 20 timer om ugen er fint", {"max_hours_per_week": 20}),
    ],
)
def test_a_reassurance_up_to_a_figure_is_read_as_that_limit(
    text: str, expected: dict[str, float]
) -> None:
    """What is said to be fine up to (or under) a figure ends there: the figure is read as the
    limit, as the capacity "kan løfte op til 25 kg" is, and the reading is warned as cautious."""
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    assert any(w.startswith("vague need") for w in result.warnings)


def test_a_reassurance_about_a_limit_gives_no_limit_but_may_warn() -> None:
    """ "20 timer om ugen er ikke et problem" bounds nothing: no limit is read. A capacity
    ("kan tåle at løfte op til 20 kg") is a limit."""
    assert codes("20 timer om ugen er ikke et problem.") == {}
    assert codes("Han kan tåle at løfte op til 20 kg.") == {"max_lift_kg": 20}
    assert codes("Kan sagtens løfte 20 kg.") == {}
    assert codes("Jeg kan godt arbejde 15 timer om ugen, men ikke mere.") == {
        "max_hours_per_week": 15
    }


def test_a_contrast_restores_the_restriction() -> None:
    assert codes("Kan godt stå, men ikke længe.") == {"no_prolonged_standing": None}
    assert codes("Kan godt løfte, men ikke over 12 kg.") == {"max_lift_kg": 12}
    assert codes("Ingen problemer med kunder, men tåler ikke støj.") == {"quiet_environment": None}


@pytest.mark.parametrize(
    "text",
    [
        "Har ondt i nakken.",
        "Skal skånes for belastende arbejde.",
        "Begrænset arbejdsevne grundet fibromyalgi.",
        "Må ikke arbejde for meget.",
        "Må ikke arbejde i højden.",
        "Skal undgå konflikter.",
        "Smerter i venstre knæ.",
        "Max 10 km fra bopælen.",
    ],
)
def test_need_like_sentences_that_are_not_understood_warn(text: str) -> None:
    result = extract_needs(text)
    assert result.needs == ()
    assert result.warnings and text.rstrip(".") in result.warnings[0]
    assert result.unclear


#: Words no rule knows, to build need-like sentences that cannot be understood.
_UNKNOWN = [
    "glas", "stiger", "knive", "varme ovne", "skarpe genstande", "sollys", "dyr", "højder",
    "blinkende lys", "mørke rum", "pollen", "svejsning", "skruestik", "computerspil", "vagtplaner",
    "regnskaber", "dokumenter", "tunnelbaner", "metaltråd", "tal",
]  # fmt: skip
_FRAMES = [
    "Må ikke arbejde med {}.", "Skal undgå {}.", "Skal skånes for {}.", "Tåler ikke {}.",
    "Kan ikke håndtere {}.", "Bør ikke udsættes for {}.", "{} frarådes.",
    "Har smerter ved arbejde med {}.", "Begrænset evne til at arbejde med {}.",
]  # fmt: skip


def test_warnings_are_never_silent_for_prohibitions_and_pain() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = rng.choice(_FRAMES).format(rng.choice(_UNKNOWN))
        result = extract_needs(text)
        assert result.needs or result.warnings, text


#: The warning net of the brief: a body part, pain, a restriction word or a measure in a sentence
#: that is not fully understood must warn. Frames built from each trigger around unknown words.
_TRIGGER_FRAMES = [
    "{u} gør ondt i ryggen.", "Smerter i knæet ved {u}.", "Har ondt i skulderen efter {u}.",
    "Skulderen tåler ikke {u}.", "Ikke {u}.", "Undgå {u}.", "Skal skånes for {u}.", "Max {u}.",
    "Højst {u}.", "Kun {u}.", "Begrænset {u}.", "Har svært ved {u}.", "Har brug for {u}.",
    "Bør ikke have {u}.", "Tåler ikke {u}.", "Jeg kan ikke klare {u}.", "Pt. bør undgå {u}.",
    "Max 3 km til {u}.", "Højst 2 etager ved {u}.", "{u} max 40 % af tiden.",
]  # fmt: skip


def test_every_trigger_around_an_unknown_word_warns() -> None:
    for frame in _TRIGGER_FRAMES:
        for unknown in _UNKNOWN:
            text = frame.format(u=unknown)
            text = text[0].upper() + text[1:]
            result = extract_needs(text)
            assert result.needs or result.warnings, text
            # after a sentence that was understood, it still warns about itself (or gives a
            # need of its own: "skruestik" is hand work)
            both = extract_needs("Ingen tunge løft. " + text)
            quoted = any(text.rstrip(".") in w for w in both.warnings)
            assert quoted or len(both.needs) > 1, text


def test_a_clause_that_lends_its_restriction_must_still_be_understood() -> None:
    """ "Vanskeligt at sidde eller stå stille": the standing is read, the sitting (no code) is
    not, so the sentence warns."""
    result = extract_needs("Det er vanskeligt at sidde eller stå stille i mere end 20 minutter.")
    assert codes("Det er vanskeligt at sidde eller stå stille i mere end 20 minutter.") == {
        "no_prolonged_standing": None
    }
    assert result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "Jobkonsulenten noterer, at borgeren ikke kan tåle kulde.",
        "Lægen skriver: Pt. bør undgå tunge løft.",
        "Teamet er enige om, at praktikken skal foregå i dagtimerne.",
        "Pga. diskusprolaps ingen tunge løft.",
        "Pt. har nedsat hørelse og tinnitus, og bør ikke arbejde i støjende omgivelser.",
        "Borger kan kun tåle korte perioder med stående arbejde, ca. 10-15 min.",
    ],
)
def test_frames_reasons_and_qualifiers_of_an_understood_need_do_not_warn(text: str) -> None:
    result = extract_needs(text)
    assert result.needs and result.warnings == (), result


def test_an_unexplained_part_of_a_sentence_warns_too() -> None:
    result = extract_needs("Må ikke løfte over 10 kg og må ikke arbejde med svejsning.")
    assert codes("Må ikke løfte over 10 kg og må ikke arbejde med svejsning.") == {
        "max_lift_kg": 10
    }
    assert result.warnings and result.unclear


def test_only_sentences_not_or_partly_understood_make_the_text_unclear() -> None:
    assert not extract_needs("Skal skånes for tunge løft. Max 12 timer om ugen.").unclear
    assert not extract_needs("Kan godt løfte almindelige varer.").unclear
    vague = extract_needs("Skal skånes for tungt fysisk arbejde.")  # read cautiously, warns
    assert vague.warnings and not vague.unclear


def test_an_unknown_item_in_a_list_of_restrictions_warns() -> None:
    result = extract_needs("Må ikke køre bil eller betjene maskiner.")
    assert {n.code for n in result.needs} == {"no_driving"}
    assert result.warnings
    assert extract_needs("Må ikke føre bil eller truck.").warnings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arbejdstid mandag-onsdag 9-13.", {"day_shift_only": None, "max_hours_per_week": 12}),
        ("Arbejdstid: tirsdag og torsdag 9-12.", {"day_shift_only": None, "max_hours_per_week": 6}),
        ("Arbejder 4 timer dagligt, mandag til torsdag.", {"max_hours_per_week": 16}),
        ("Kun mellem kl. 8 og 15.", {"day_shift_only": None}),
        ("2 x 3 timer om ugen.", {"max_hours_per_week": 6}),
        ("Starter med 3 t. 2 dage om ugen.", {"max_hours_per_week": 6}),
        # the days first, then the hours of each time
        ("Tre dage om ugen, 4 timer ad gangen.", {"max_hours_per_week": 12}),
        ("2 dage om ugen, 3 timer om dagen.", {"max_hours_per_week": 6}),
        # a window for each weekday named: the week is their sum
        ("Man 8-12, ons 8-12, fre 8-11.", {"day_shift_only": None, "max_hours_per_week": 11}),
        ("Man kl. 8-12, tors kl. 9-13.", {"day_shift_only": None, "max_hours_per_week": 8}),
        ("Kan arbejde tirsdag kl. 9-13.", {"day_shift_only": None, "max_hours_per_week": 4}),
        # weekdays are Monday to Friday
        ("Kan arbejde kl. 9-13 på hverdage.", {"day_shift_only": None, "max_hours_per_week": 20}),
        ("Hverdage 8-12.", {"day_shift_only": None, "max_hours_per_week": 20}),
        ("Kan arbejde 4 timer om dagen på hverdage.", {"max_hours_per_week": 20}),
        # weekdays right after the clock ("m" of "mandag" is no unit of minutes), abbreviated
        ("Kl. 8-12 mandag til fredag.", {"day_shift_only": None, "max_hours_per_week": 20}),
        ("Kl. 8-12 tirsdag og torsdag.", {"day_shift_only": None, "max_hours_per_week": 8}),
        ("Man-fre 8-12.", {"day_shift_only": None, "max_hours_per_week": 20}),
    ],
)
def test_schedules(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


def test_days_without_hours_warn() -> None:
    result = extract_needs("Kan kun arbejde 2 dage om ugen.")
    assert result.needs == () and result.warnings


def test_weekdays_without_hours_say_when_not_how_much() -> None:
    result = extract_needs("Kun dagvagter på hverdage.")
    assert {n.code for n in result.needs} == {"day_shift_only"} and result.warnings == ()


def test_days_and_hours_in_separate_list_items_combine() -> None:
    text = "Aftaler for praktik\n- 3 dage om ugen\n- 4 timer pr. dag\n- dagtimer"
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == {
        "max_hours_per_week": 12,
        "day_shift_only": None,
    }
    assert result.warnings == ()
    assert codes("4 timer pr. dag.") == {"max_hours_per_week": 20}  # 5 days when none is given


# --------------------------------------------------------------------------------------------
# Working-time limits: clock times with a colon, hours and minutes, hours on named weekdays
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arbejdstid 8:30-12:30.", {"day_shift_only": None}),
        ("Fra 8:30 til 13.", {"day_shift_only": None}),
        ("fra kl 8:30 til kl 13:00", {"day_shift_only": None}),
        ("Kl. 8:00-14:00.", {"day_shift_only": None}),
        ("8:30-12:30", {"day_shift_only": None}),
        ("Tidsrummet 8:30-15", {"day_shift_only": None}),
        (
            "Arbejdstid 8:30 - 12:30 mandag til fredag.",
            {"day_shift_only": None, "max_hours_per_week": 20},
        ),
        (
            "Mødetid 9:15-13:45 tirsdag og torsdag",
            {"day_shift_only": None, "max_hours_per_week": 9},
        ),
        ("mandag-onsdag 9:00-13:00", {"day_shift_only": None, "max_hours_per_week": 12}),
        ("Tidsrum 7:45-11:45 man-fre", {"day_shift_only": None, "max_hours_per_week": 20}),
        (
            "Kan arbejde 9:30 til 12 tre dage om ugen.",
            {"day_shift_only": None, "max_hours_per_week": 7.5},
        ),
        ("Skal slutte senest 15:30.", {"day_shift_only": None}),
        ("kl 8:30-12:30 man+ons", {"day_shift_only": None, "max_hours_per_week": 8}),
    ],
)
def test_clock_times_with_a_colon(text: str, expected: dict[str, float | None]) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    assert not result.unclear, result.warnings


@pytest.mark.parametrize(
    ("colon", "dot"),
    [
        ("Kan møde kl. 8:30.", "Kan møde kl. 8.30."),
        ("Ikke før kl. 9:30.", "Ikke før kl. 9.30."),
        ("Kl. 14:00-22:00.", "Kl. 14.00-22.00."),
        (
            "Max 4 timer om dagen, tidligst fra kl. 9:30",
            "Max 4 timer om dagen, tidligst fra kl. 9.30",
        ),
        ("Kan møde fra 9:30, max 4 timer om dagen.", "Kan møde fra 9.30, max 4 timer om dagen."),
        ("Arbejdstid 10:15-14:45 3 dage om ugen", "Arbejdstid 10.15-14.45 3 dage om ugen"),
    ],
)
def test_a_colon_in_a_clock_time_reads_like_a_dot(colon: str, dot: str) -> None:
    """A clock time with a colon is the same time as with a dot ("8:30", "8.30"): the same
    needs, and a warning for one is a warning of the same kind for the other."""
    with_colon, with_dot = extract_needs(colon), extract_needs(dot)
    assert [(n.code, n.value) for n in with_colon.needs] == [
        (n.code, n.value) for n in with_dot.needs
    ]
    assert [w.split(":")[0] for w in with_colon.warnings] == [
        w.split(":")[0] for w in with_dot.warnings
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading, a label, a ratio and an ICF qualifier: no clock time
        ("Arbejdstid: 4 timer dagligt.", {"max_hours_per_week": 20}),
        ("Arbejdstid:4 timer dagligt.", {"max_hours_per_week": 20}),
        ("Max løft: 7 kg.", {"max_lift_kg": 7}),
        ("Løft:10 kg", {"max_lift_kg": 10}),
        ("Timetal: 15", {"max_hours_per_week": 15}),
        ("d4300: 3", {"max_lift_kg": 5}),
        ("d4300:3", {"max_lift_kg": 5}),
        ("Forhold 1:2 mellem arbejde og pause.", {}),
        ("1:1 oplæring de første uger.", {}),
    ],
)
def test_other_colons_are_no_clock_times(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # per day: times the working days (5 when none are given)
        ("Max 1 time og 15 min om dagen.", 6.25),
        ("max 1 time og 15 minutter dagligt", 6.25),
        ("Kan arbejde 2 timer og 30 min. om dagen.", 12.5),
        ("Max 1 t. 45 min pr. dag", 8.75),
        ("max 1t 45min om dagen", 8.75),
        ("max 1 time 30 min/dag", 7.5),
        ("Arbejdstid: 2 timer og 30 min dagligt.", 12.5),
        ("Kan arbejde 2 timer og 30 min om dagen, 3 dage om ugen.", 7.5),
        ("Max 3 timer og 45 min om dagen 4 dage om ugen.", 15),
        ("3 dage á 2 timer og 30 min.", 7.5),
        ("2 x 1 time og 30 min om ugen", 3),
        # per week
        ("Højst 7 timer og 30 minutter om ugen.", 7.5),
        ("max 9 t. og 15 min. pr. uge", 9.25),
        ("Ugentlig arbejdstid 12 timer og 30 min.", 12.5),
        # a range: the smaller bound, and the minutes belong to the bound they follow
        ("1-2 timer og 30 min om dagen", 5),
    ],
)
def test_hours_and_minutes_are_one_duration(text: str, value: float) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": value}
    assert not result.unclear, result.warnings


def test_hours_and_minutes_without_a_period_are_read_cautiously() -> None:
    result = extract_needs("Max 2 timer og 15 min.")
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": 2.25}
    assert any(w.startswith("vague need") for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # minutes of something else are not added to the working hours
        ("Kan arbejde 2 timer og 15 min pause.", {"max_hours_per_week": 2}),
        ("Max 1 time og 15 min transport.", {"max_travel_minutes": 75}),
        ("Transporttid max 1 t 10 min.", {"max_travel_minutes": 70}),
    ],
)
def test_minutes_of_something_else_stay_apart(text: str, expected: dict[str, float]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Man+tirs+tors 2,5 t hver", 7.5),
        ("Man + tirs + tors 2,5 t. hver dag", 7.5),
        ("mandag, onsdag og fredag 3 timer hver", 9),
        ("Man., tirs. og tors. 2 t. hver", 6),
        ("Tirsdag + torsdag: 3 timer hver.", 6),
        ("3 timer hver mandag og onsdag", 6),
        ("Man-ons 4 t hver", 12),
        ("Arbejder man og tirs 2 timer hver.", 4),
        ("man, tirs, ons 2 t hver", 6),
        ("man/ons/fre 3 timer om dagen", 9),
        ("Tirs/tors 4 timer pr. dag", 8),
        ("mandag og onsdag 2 timer og 30 min hver", 5),
        ("Man & fre 3 t hver", 6),
        ("Arbejdstid man og ons 3 t hver", 6),
        ("3 dage om ugen, 2 timer hver", 6),
        ("3 dage om ugen 2 timer hver", 6),
        ("Kan møde om mandagen og torsdagen, 3 timer hver", 6),
    ],
)
def test_hours_on_each_of_several_weekdays(text: str, value: float) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": value}
    assert not result.unclear, result.warnings


def test_hours_each_without_days_are_read_cautiously() -> None:
    """Hours of "each" day with no days named: one day's hours is the cautious reading, and it
    warns."""
    result = extract_needs("Kan arbejde 2 timer hver.")
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": 2}
    assert any(w.startswith("vague need") for w in result.warnings)


def test_hours_each_take_the_days_of_another_list_item() -> None:
    result = extract_needs("Praktik:\n- man, ons og fre\n- 3 timer hver")
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": 9}
    assert not result.unclear, result.warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the full stop of an abbreviated weekday ends no sentence: all days get the hours
        ("Arbejde tirs. og tors., 3 timer hver dag. Ingen tunge løft.",
         {"max_hours_per_week": 6, "max_lift_kg": 10}),
        ("Man. og tirs. 2 t. hver", {"max_hours_per_week": 4}),
        ("Man., ons. og fre. 3 timer pr dag", {"max_hours_per_week": 9}),
        # "hver gang" is each time, not a walk
        ("3 gange om ugen, 2 timer og 30 min hver gang", {"max_hours_per_week": 7.5}),
        ("man og ons, 2 timer hver gang", {"max_hours_per_week": 4}),
        ("max 2 timer og 30 min hver gang 3 gange om ugen", {"max_hours_per_week": 7.5}),
    ],
)  # fmt: skip
def test_hours_on_abbreviated_weekdays_and_each_time(
    text: str, expected: dict[str, float | None]
) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    assert not result.unclear, result.warnings


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kan stå 2 timer om dagen.", "no_prolonged_standing"),
        ("Kan stå 1 time dagligt", "no_prolonged_standing"),
        ("Kan stå 2 timer hver gang", "no_prolonged_standing"),
        ("Kan gå 1 time om dagen", "no_prolonged_walking"),
        ("Kan gå 1 time og 30 min om dagen", "no_prolonged_walking"),
    ],
)
def test_hours_of_standing_or_walking_are_that_need_not_working_time(text: str, code: str) -> None:
    assert codes(text) == {code: None}


@pytest.mark.parametrize(
    "text",
    [
        "Kan sidde 2 timer",
        "Kan sidde 2 timer og 30 min",
        "Kan arbejde 2,5 timer ad gangen",
        # how long an activity goes well is no limit on working time
        "Får ondt i nakken ved skærmarbejde i mere end en time",
        "Svimmel efter at have kørt bus i over 2 timer",
    ],
)
def test_hours_that_no_rule_reads_warn(text: str) -> None:
    """A duration of something no rule reads as a need is a measure left over: it warns."""
    result = extract_needs(text)
    assert result.needs == () and result.unclear, result


@pytest.mark.parametrize(
    "text",
    [
        "Kan arbejde fuld tid: nej",
        "Fuldtid: nej",
        "Deltid.",
        "Kan arbejde på deltid",
        "Hun kan arbejde halve dage.",
        "Arbejdet må ikke indebære lange vagter.",
    ],
)
def test_less_working_time_without_a_figure_warns(text: str) -> None:
    """Part time, half days or "no" to full time is a need for fewer hours; how many only a
    figure says, so the text is left unclear rather than read as no need."""
    result = extract_needs(text)
    assert result.needs == () and result.unclear, result


@pytest.mark.parametrize(
    "text",
    [
        "Omfang (t/uge): 12",
        "Gå (min): 10",
        "Løftegrænse angivet i kilo: 6",
        "tim. pr. uge: 12",
        "Borger er visiteret til fleksjob og kan klare 12 pr. uge.",
        "Rehabiliteringsteamet: ressourceforløb med praktik på 5 ugentligt.",
    ],
)
def test_a_bare_figure_where_a_limit_would_stand_warns(text: str) -> None:
    """A figure with no unit, at the end of a clause about hours, weight or travel or before
    a period, that no rule read may be the limit: the needs are left unclear."""
    result = extract_needs(text)
    assert result.unclear, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Løftebegrænsning (kg): 5-7", {"max_lift_kg": 5}),
        ("Timer (pr. uge): 12", {"max_hours_per_week": 12}),
        ("Ugentligt timetal (timer): 9", {"max_hours_per_week": 9}),
        (
            "Lægen vurderer, at hun kan klare en fjerdedel af normal arbejdstid.",
            {"max_hours_per_week": 9.25},
        ),
    ],
)
def test_a_unit_in_the_field_name_and_a_share_of_normal_time_are_read(
    text: str, expected: dict[str, float]
) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected and not result.warnings


def test_a_warning_quotes_the_form_as_written() -> None:
    """The reader reads "(min)" and boxes its own way; the consultant sees the text itself."""
    assert extract_needs("Gå (min): 10").warnings == ("sentence not understood: 'Gå (min): 10'",)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Arbejdsplan:\nMan: 9-12\nTir: -\nOns: 9-12\nTor: -\nFre: 9-11", 8),
        ("Mandag: 10-13\nOnsdag: 10-13\nFredag: fri", 6),
        ("Skema: man-ons 9-13, tor 9-12.", 15),
    ],
)
def test_a_weeks_schedule_is_summed_day_by_day(text: str, hours: float) -> None:
    """One weekday per line, or a range of days with its own window, adds up to the week."""
    assert codes(text)["max_hours_per_week"] == hours


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form's field for walking, and walking among other activities
        ("Løft: nej, gå: nej", {"max_lift_kg": 10, "no_prolonged_walking": None}),
        ("Hensyn: løft, stå, gå.", {"max_lift_kg": 10, "no_prolonged_standing": None,
                                    "no_prolonged_walking": None}),
        ("Hun tåler ikke at stå, gå eller bøje sig.", {"no_prolonged_standing": None,
                                                      "no_prolonged_walking": None,
                                                      "no_bending": None}),
        ("Gå: ubegrænset", {}),
        # signs for words
        ("Transport: <30 min", {"max_travel_minutes": 30}),
        ("Løft ≤ 4 kg, timer ≤ 12/uge", {"max_lift_kg": 4, "max_hours_per_week": 12}),
        ("Funktionsniveau: løft ÷, gå ÷, sidde +", {"max_lift_kg": 10,
                                                  "no_prolonged_walking": None}),
        ("÷ kundekontakt", {"no_customer_contact": None}),
        # shares of a full week, and periods other than a week
        ("Patienten vurderes at kunne arbejde 2/3 tid.", {"max_hours_per_week": 24.66}),
        ("0,5 af fuld tid", {"max_hours_per_week": 18.5}),
        ("Arbejdsevne: 10 ud af 37 timer", {"max_hours_per_week": 10}),
        ("Han er raskmeldt på 20 %.", {"max_hours_per_week": 7.4}),
        ("tre fjerdedele tid", {"max_hours_per_week": 27.75}),
        ("fleksjobbet er på 40 timer om md.", {"max_hours_per_week": 9.23}),
        ("Hans arbejdsevne svarer til omkring 400 timer om året.", {"max_hours_per_week": 7.69}),
        ("Arbejdstid: 30 timer pr. 14 dage", {"max_hours_per_week": 15}),
        # schedules with abbreviated weekdays
        ("Praktiktider\nMa: 8.00-12.00\nTi: 8.00-12.00\nOn: fri\nTo: 8.00-12.00\nFr: fri",
         {"day_shift_only": None, "max_hours_per_week": 12}),
        ("ma 8-11, ti 8-11, to 8-10", {"day_shift_only": None, "max_hours_per_week": 8}),
        ("Ma–to kl. 9–13", {"day_shift_only": None, "max_hours_per_week": 16}),
        ("Mandag: 10-13", {"day_shift_only": None, "max_hours_per_week": 3}),
        ("Hun har to 3-timers vagter", {"max_hours_per_week": 3}),
        # exceptions to "no problems", a restriction that is not lifted, a licence taken
        ("Ingen problemer ud over kulde.", {"no_cold_environment": None}),
        ("Lægen har ikke ophævet løftebegrænsningen på 5 kg.", {"max_lift_kg": 5}),
        ("Lægen har taget kørekortet.", {"no_driving": None}),
        # hours of other periods, shares of one's own hours, lifting limits without a unit
        ("Fleksjob 60 t/md.", {"max_hours_per_week": 13.84}),
        ("Timetal: 600 t/år", {"max_hours_per_week": 11.53}),
        ("Fleksjob – ansættelsesbevis: Årsnorm: 700 timer.", {"max_hours_per_week": 13.46}),
        ("Timer: 70 pr. md.", {"max_hours_per_week": 16.15}),
        ("Arbejdstid pr. måned: 55 timer", {"max_hours_per_week": 12.69}),
        ("Normeret til 40 timer/måned.", {"max_hours_per_week": 9.23}),
        ("48 t/4 uger", {"max_hours_per_week": 12}),
        ("Arbejder pt. 12 af sine 37 timer.", {"max_hours_per_week": 12}),
        ("Arbejdstid: 40 % af normal tid", {"max_hours_per_week": 14.8}),
        ("Raskmeldt 1/4", {"max_hours_per_week": 9.25}),
        ("Løft <6", {"max_lift_kg": 6}),
        ("Lægen har sat en grænse på 4 for løft.", {"max_lift_kg": 4}),
        # notes' abbreviations, "minimal", "slippe for", getting to work
        ("Ingen tunge løft, max 20 timer, kun dag",
         {"max_lift_kg": 10, "max_hours_per_week": 20, "day_shift_only": None}),
        ("pauser e. behov", {"flexible_breaks": None}),
        ("pauser ad lib.", {"flexible_breaks": None}),
        ("arbejde u. kunder", {"no_customer_contact": None}),
        ("Kan gå 500 m. Herefter pause", {"no_prolonged_walking": None}),
        ("Minimal kontakt med kunder", {"no_customer_contact": None}),
        ("Minimalt med gang", {"no_prolonged_walking": None}),
        ("Skal slippe for at stå op", {"no_prolonged_standing": None}),
        ("Skal kunne nå arbejdet på under en time", {"max_travel_minutes": 60}),
        ("Ingen problemer fraset kulde.", {"no_cold_environment": None}),
        # wet work is a demand of the seat: a form's yes to it is no need, its no is one
        ("Vådt arbejde: ok", {}),
        ("Kan borger have hænderne i vand? [x] ja [ ] nej", {}),
        ("Vådt arbejde: nej", {"no_wet_work": None}),
        ("Eksem: ja", {"no_wet_work": None}),
        # a capacity after "kan klare" is a limit, as after "kan"
        ("Borgeren kan klare at løfte omkring 5 kg.", {"max_lift_kg": 5}),
        ("Hun kan klare at stå 10 minutter, så skal hun sætte sig.",
         {"no_prolonged_standing": None}),
        ("Han har taget kørekort i 2010", {}),
        ("Han har ikke mistet kørekortet", {}),
    ],
)  # fmt: skip
def test_the_round_of_batches_25_and_26_phrasings(
    text: str, expected: dict[str, float | None]
) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form's "nej" to a condition or an aid: the citizen does not have it, no need
        ("Eksem: nej", {}),
        ("Eksem: ingen", {}),
        ("Kørestol: nej", {}),
        ("Har borger eksem? nej", {}),
        ("Astma/allergi: nej", {}),
        ("Rygproblemer: nej", {}),
        ("Helbred: Astma: nej, Eksem: nej, Ryg: ondt ved løft over 10 kg", {"max_lift_kg": 10}),
        ("Allergi: nej\nEksem: nej\nLøft: max 8 kg", {"max_lift_kg": 8}),
        # its "ja" is the condition; a "nej" to an activity, a body part or a mixed heading
        # still rules the activity out
        ("Eksem: ja", {"no_wet_work": None}),
        ("Vådt arbejde pga. eksem: nej", {"no_wet_work": None}),
        ("Hænder: nej", {"limited_hand_use": None}),
        ("Løft og eksem: nej", {"max_lift_kg": 10, "no_wet_work": None}),
        ("Eksem: nej, men tåler ikke vand", {"no_wet_work": None}),
    ],
)  # fmt: skip
def test_a_forms_no_to_a_condition_is_no_need(text: str, expected: dict[str, float | None]) -> None:
    result = extract_needs(text)
    assert codes(text) == expected
    assert not result.unclear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekend days and two-letter lists before a clock window count every day named
        ("lø+sø 8-16", {"max_hours_per_week": 16, "day_shift_only": None}),
        ("Kan arbejde fr, lø, sø 10-15", {"max_hours_per_week": 15, "day_shift_only": None}),
        ("Kan arbejde ma, on og fr 8-12", {"max_hours_per_week": 12, "day_shift_only": None}),
        # a list of weekdays before one of several windows counts each day of the list
        ("Arbejde tirsdag og onsdag kl. 7-15 samt fredag kl. 7-12.",
         {"max_hours_per_week": 21, "day_shift_only": None}),
        ("man og ons 8-12, fre 8-10", {"max_hours_per_week": 10, "day_shift_only": None}),
        # "ti" and "to" opening a range or list of weekdays are Tuesday and Thursday, not 10 and 2
        ("ti-lø 10-14", {"max_hours_per_week": 20, "day_shift_only": None}),
        ("Ti-to 9-12", {"max_hours_per_week": 9, "day_shift_only": None}),
        ("to-tre timer om ugen", {"max_hours_per_week": 2}),
        # either of two figures: the lower holds
        ("10 eller 12 timer om ugen", {"max_hours_per_week": 10}),
        ("ti eller tolv timer", {"max_hours_per_week": 10}),
        ("Løft max 5 eller 10 kg", {"max_lift_kg": 5}),
    ],
)  # fmt: skip
def test_schedules_and_either_figures(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


def test_a_forms_no_to_a_turned_condition_is_not_read_as_none() -> None:
    """A form's "Smertefri: nej" says there is pain: never read as no need without a warning."""
    assert extract_needs("Smertefri: nej").unclear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exception to a statement of no needs is a need, with a colon or dash around its
        # marker and with markers of several words
        ("Ingen problemer – på nær: løft", {"max_lift_kg": 10}),
        ("ingen begrænsninger – undtaget: kundekontakt", {"no_customer_contact": None}),
        ("Ingen gener, undtagen: gå langt, kulde.",
         {"no_prolonged_walking": None, "no_cold_environment": None}),
        ("Ingen problemer – dog: vådt arbejde og kulde.",
         {"no_wet_work": None, "no_cold_environment": None}),
        ("Ingen skånehensyn, set bort fra kulde.", {"no_cold_environment": None}),
        ("Ingen problemer andet end kemikalier.", {"no_chemicals": None}),
        ("Ingen problemer med undtagelse af gang.", {"no_prolonged_walking": None}),
        # the same words elsewhere are no exception
        ("Kan godt stå, men: ikke længe", {"no_prolonged_standing": None}),
        ("Ingen skånehensyn.", {}),
    ],
)  # fmt: skip
def test_an_exception_to_no_needs_is_a_need(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected
    assert not extract_needs(text).unclear


@pytest.mark.parametrize(
    "text",
    [
        "Ingen problemer ud over mørke.",  # a need no rule reads
        "Ingen skånehensyn, eneste undtagelse er natarbejde.",
        "Der er ikke noget han ikke kan, lige bortset fra at være alene på arbejdspladsen.",
        "Borger fortæller, at hun har det fint med alt pånær kulde og støj.",
        "Han siger selv at han intet problem har ud over larm – og det bekræfter psykiateren.",
    ],
)
def test_an_exception_to_no_needs_not_read_is_unclear(text: str) -> None:
    """What a statement of no needs excepts is a need, whatever its words: one not read makes
    the needs unclear instead of none."""
    assert extract_needs(text).unclear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # walking as a noun where a symptom comes with it, or bounded
        ("Smerterne forværres ved gang og kulde.",
         {"no_prolonged_walking": None, "no_cold_environment": None}),
        ("Tåler kun kortvarig gang.", {"no_prolonged_walking": None}),
        ("Må hvile efter få minutters gang.",
         {"flexible_breaks": None, "no_prolonged_walking": None}),
        ("Han kan gå i kort tid.", {"no_prolonged_walking": None}),
        ("Gang op til 5 min.", {"no_prolonged_walking": None}),
        ("Det gik godt første gang.", {}),
        ("Vi sætter praktikken i gang ved næste møde.", {}),
        # a reassurance bounded by a figure ends at it
        ("Det er ok at stå i op til 10 minutter, derefter skal hun sidde.",
         {"no_prolonged_standing": None}),
        ("Gang op til 5 min går fint.", {"no_prolonged_walking": None}),
        ("Løft indtil 5 kg er ok.", {"max_lift_kg": 5}),
        # a duration that ends a list limits every item; walking does not mask bending
        ("Han kan stå, bøje og gå i kort tid.",
         {"no_prolonged_standing": None, "no_bending": None, "no_prolonged_walking": None}),
        ("Kan ikke stå, gå og bøje i længere tid.",
         {"no_prolonged_standing": None, "no_prolonged_walking": None, "no_bending": None}),
        ("Han kan godt løfte tungt og gå kortvarigt.", {"no_prolonged_walking": None}),
        # metres are no minutes of travel
        ("Kan klare at gå til bussen (ca. 300 m), men ikke længere.", {}),
        # a ride the citizen manages for a time is its limit
        ("Kan klare at tage bussen i 20 min.", {"max_travel_minutes": 20}),
        ("Han kan klare transport på cykel i et kvarter.", {"max_travel_minutes": 15}),
        # a field whose name says what its figure limits, and a dotted leader before the answer
        ("Vægtbegrænsning: 5", {"max_lift_kg": 5}),
        ("Løftegrænse (kg) / 6", {"max_lift_kg": 6}),
        ("Løft i kg: 4-6", {"max_lift_kg": 4}),
        ("Timegrænse: 18", {"max_hours_per_week": 18}),
        ("Timer (t/uge): 12", {"max_hours_per_week": 12}),
        ("Max. løft (kg) ..... 5", {"max_lift_kg": 5}),
        ("Arbejdstid (t/uge) ........ 12\nArbejdsopgaver ........ pakning",
         {"max_hours_per_week": 12}),
        ("Aldersgrænse: 18", {}),
        # walking as a list item beside another need, or excepted; its field, its capacity
        ("Ingen problemer ud over kulde og gang.",
         {"no_cold_environment": None, "no_prolonged_walking": None}),
        ("Hun har smerter ved løft og gang.", {"max_lift_kg": 10, "no_prolonged_walking": None}),
        ("Gang og stående arbejde giver smerter.",
         {"no_prolonged_walking": None, "no_prolonged_standing": None}),
        ("Ingen problemer med undtagelse af løft (max 5 kg) og gang.",
         {"max_lift_kg": 5, "no_prolonged_walking": None}),
        ("Skånehensyn: ingen bortset fra gang.", {"no_prolonged_walking": None}),
        ("Ingen problemer, bortset fra at gang er besværlig.", {"no_prolonged_walking": None}),
        ("Gang: kortvarigt.", {"no_prolonged_walking": None}),
        ("Kan godt gå, men kun kortvarigt.", {"no_prolonged_walking": None}),
        ("Kan stå 10 min og gå 20 min.",
         {"no_prolonged_standing": None, "no_prolonged_walking": None}),
        ("Kan gå, stå og bøje i max 10 min ad gangen.",
         {"no_prolonged_walking": None, "no_prolonged_standing": None, "no_bending": None}),
        ("Kan klare gang og stående arbejde i kort tid.",
         {"no_prolonged_walking": None, "no_prolonged_standing": None}),
        ("Første gang og anden gang gik godt.", {}),
        ("Kan klare tunge løft og stå i kort tid.", {"no_prolonged_standing": None}),
        ("Ikke gå mere end 10 minutter i træk.", {"no_prolonged_walking": None}),
        # an exception after a bare "none", or after "dog"
        ("Nej, bortset fra løft.", {"max_lift_kg": 10}),
        ("Ingen begrænsninger – dog tunge løft og kulde.",
         {"max_lift_kg": 10, "no_cold_environment": None}),
        # travel: a form's field, the train, a ride said to be fine, and a floor
        ("Transport: 30 min", {"max_travel_minutes": 30}),
        ("Transport ..... 30 min", {"max_travel_minutes": 30}),
        ("Kan klare at tage toget en halv time.", {"max_travel_minutes": 30}),
        ("Bus i 20 min er ok.", {"max_travel_minutes": 20}),
        ("Transport over 30 min er ok.", {}),
        ("Jeg kan sagtens sidde en time i bus, det er ikke noget problem.", {}),
        # more fields named by their limit
        ("Timeantal: 15", {"max_hours_per_week": 15}),
        ("Timeloft: 18", {"max_hours_per_week": 18}),
        ("Bæreevne (kg): 5", {"max_lift_kg": 5}),
        ("Løftekapacitet (kg) – 8", {"max_lift_kg": 8}),
        # a share as a working-time field's answer, never its figure as hours
        ("Arbejdstid: 50 %", {"max_hours_per_week": 18.5}),
        ("Arbejdstid: 50 pct. af normal arbejdstid de første 4 uger.", {"max_hours_per_week": 18.5}),
        # fields side by side on one line, and a weekday table flattened with "|"
        ("Timer/uge: 15   Løft: 8 kg   Pauser: efter behov",
         {"max_hours_per_week": 15, "max_lift_kg": 8, "flexible_breaks": None}),
        ("Dag | Tid\nMandag | 10.00-14.00\nOnsdag | 10.00-14.00\nFredag | 10.00-13.00",
         {"max_hours_per_week": 11, "day_shift_only": None}),
        # walking beside bending, in a list whose duration limits each item
        ("Bøjning, vrid og gang kun i kortere perioder.",
         {"no_bending": None, "no_prolonged_walking": None}),
        ("Kan stå og arbejde med hænderne i korte perioder.",
         {"no_prolonged_standing": None, "limited_hand_use": None}),
        ("Har kørekort og egen bil, kan køre op til 45 minutter.", {"max_travel_minutes": 45}),
        ("Kørsel med S-tog i op til en halv time er fint for ham.", {"max_travel_minutes": 30}),
    ],
)  # fmt: skip
def test_walking_bounded_durations_and_fields(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kan arbejde alene i korte perioder (under en time), men skal ellers have kolleger.",
        "Kan stå: ja (max 1 time)",
        "Max en halv time.",
    ],
)
def test_an_hour_or_less_with_no_period_is_no_weekly_limit(text: str) -> None:
    """Under two hours with no period named is a stint's length (alone, standing, a ride), not
    a week's hours: it is left to a person, never read as a weekly limit that fits no seat."""
    result = extract_needs(text)
    assert "max_hours_per_week" not in {n.code for n in result.needs}
    assert result.unclear


@pytest.mark.parametrize(
    "text",
    [
        "Man | Tir | Ons | Tor | Fre\n9-13 | 9-13 | - | 9-13 | -",  # which window is whose?
        "Transport: max 1 time om dagen i alt",  # the ride's hours, not work's
        # a symptom of the skin, and a doubt whether the citizen can, with no need read
        "Hendes hænder revner og bløder, så snart de har været i vand et stykke tid.",
        "Det er tvivlsomt, om hun kan tåle larmen i produktionen.",
    ],
)
def test_hours_that_may_be_another_periods_or_activitys_leave_the_needs_unclear(text: str) -> None:
    """Several clock windows with no days, or hours a travel field answers, give no weekly
    limit to trust; a symptom or a doubt with no need read may hide one: the needs are
    unclear, and no invented weekly figure is read."""
    result = extract_needs(text)
    assert "max_hours_per_week" not in {n.code for n in result.needs}
    assert result.unclear


@pytest.mark.parametrize(
    "text",
    [
        # a weekday taken out of the days whose hours are counted
        "Kl. 10-14 mandag-fredag, men fri om onsdagen",
        "Hun møder 4 timer dagligt – onsdag er fridag.",
        # a figure set or said, its unit in the sentence before
        "Han har kunnet løfte 10 kg indtil nu. Efter scanningen er det sat ned til 4.",
        "Hun må ikke løfte tungt. Grænsen er 6.",
        "Er 8 kg ok at løfte for hende? Lægen siger 5.",
        # a limit changed by a factor
        "Hun måtte før løfte 10 kg. Nu må hun kun løfte halvt så meget.",
        # a weekday off in its own sentence; a share of time off sick; days per month; a
        # share of someone's own week
        "Mødetider: ma-fr 8-12. Onsdag har hun fri pga. behandling.",
        "Tider: ma–fr kl. 9–13, fr fri",
        "Statusattest: Pt. er sygemeldt i 30 af 37 timer.",
        "Borger er sygemeldt på 3/4 tid",
        "4 timer pr. dag, 12 dage om måneden",
        "Arbejder halvdelen af sin normale tid (28 t).",
        "Målet er 20 timer om ugen. Lige nu arbejder hun 10.",
    ],
)
def test_days_taken_out_and_figures_without_their_unit_warn(text: str) -> None:
    assert extract_needs(text).unclear


@pytest.mark.parametrize("text", ["Stå: -", "Kan klare tidspres: -", "Gå: -, Stå: +"])
def test_a_need_field_answered_by_a_dash_alone_warns(text: str) -> None:
    """ "-" may be "no", "not filled in" or "not relevant": a person must say which."""
    result = extract_needs(text)
    assert result.needs == () and result.unclear, result


def test_a_list_item_that_only_names_a_need_topic_warns() -> None:
    """Bullets under a heading no rule knows ("Opmærksomhedspunkter:") name what to heed but
    not how: each warns. A bare licence or topic in running text is left alone."""
    result = extract_needs("Opmærksomhedspunkter ved placering:\n- løft\n- kunder")
    assert result.needs == () and len(result.warnings) == 2 and result.unclear
    assert not extract_needs("Har kørekort B.").warnings


def test_travel_over_a_figure_names_what_must_not_be() -> None:
    """As "løft over 10 kg" in a list of what to heed is a 10 kg limit, so is "transport over
    30 min" a 30-minute one; how long an activity lasted ("i over 2 timer") is no limit."""
    assert codes("Opmærksomhedspunkter:\n- transport over 30 min") == {"max_travel_minutes": 30}
    assert codes("Svimmel efter at have kørt bus i over 2 timer") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Kan løfte 8 kg (d4300: 3).",
        "Kan møde fra 9.30, max 4 timer om dagen.",
        "Fase 1 (uge 0-6): ingen løft.",
        "Arbejdstid: 10-14 timer om ugen.",
    ],
)
def test_figures_that_are_no_limits_do_not_warn_as_bare(text: str) -> None:
    assert not extract_needs(text).unclear


@pytest.mark.parametrize(
    "text",
    ["Kan arbejde fuld tid.", "Fuld tid: ja", "Har tidligere arbejdet på deltid"],
)
def test_full_time_or_past_part_time_is_no_need(text: str) -> None:
    result = extract_needs(text)
    assert result.needs == () and not result.warnings, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hendes mand sidder i kørestol.", {}),
        ("Borgers ægtefælle har sclerose og sidder i kørestol.", {}),
        ("Hun passer sin mor, som ikke tåler støj.", {}),
        ("Må ikke løfte over 10 kg, og hans kone sidder i kørestol.", {"max_lift_kg": 10}),
        # what a relative reports, and a clause with its own subject, are the citizen's
        ("Hans kone fortæller, at han ikke kan løfte over 5 kg.", {"max_lift_kg": 5}),
        ("Hun bor med sin mand og kan ikke stå længe.", {"no_prolonged_standing": None}),
        (
            "Kan kun arbejde, mens børnene er i institution, dvs. kl. 8.15-13.",
            {"day_shift_only": None},
        ),
    ],
)
def test_a_relatives_need_is_warned_about_not_read(
    text: str, expected: dict[str, float | None]
) -> None:
    """A clause about a relative states their need, not the citizen's; as the clause may be
    misread, it warns instead of passing silently."""
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    if "kørestol" in text or "støj" in text:
        assert result.unclear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tunge ting skal en kollega tage sig af.", {"max_lift_kg": 10}),
        ("Tunge kasser løftes af kolleger.", {"max_lift_kg": 10}),
        ("Tunge varer håndteres af andre.", {"max_lift_kg": 10}),
        ("Kundekontakten varetages af kolleger.", {"no_customer_contact": None}),
        ("Han blev hjulpet af kolleger.", {}),
    ],
)
def test_work_left_to_colleagues_is_a_need(text: str, expected: dict[str, float | None]) -> None:
    assert {n.code: n.value for n in extract_needs(text).needs} == expected


def test_heavy_goods_without_a_need_read_are_warned_about() -> None:
    assert extract_needs("Hun har tunge varer på lageret.").unclear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exception to a statement of no needs is a need
        ("Ingen skånehensyn bortset fra pauser.", {"flexible_breaks": None}),
        ("Ingen skånehensyn ud over pauser.", {"flexible_breaks": None}),
        ("Ingen særlige hensyn, undtagen pauser efter behov.", {"flexible_breaks": None}),
        ("Ingen begrænsninger udover kundekontakt.", {"no_customer_contact": None}),
        # "ud over" as a measure is no exception
        ("Har ikke brug for pauser ud over de normale.", {}),
        ("Stående arbejde er ikke muligt ud over 1 time.", {"no_prolonged_standing": None}),
        # a heading answered "nej" rules out what it names; a heading for needs says none
        ("Kørekort: Nej", {"no_driving": None}),
        ("Aftenarbejde: nej tak.", {"day_shift_only": None}),
        ("Kundekontakt: nej.", {"no_customer_contact": None}),
        ("Skånehensyn: nej.", {}),
        ("Kørekort: ja", {}),
    ],
)
def test_exceptions_and_headings_answered_no(text: str, expected: dict[str, float | None]) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    assert not result.unclear, result.warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading answered "ja"/"ok" names no problem
        ("Støj: ok", {}),
        ("Kan bøje/vride: ja", {}),
        ("Kørekort: ja (B)", {}),
        ("Pauser efter behov: ja", {"flexible_breaks": None}),
        ("Rolige omgivelser, støj: ok", {"quiet_environment": None}),
        # "Skånehensyn: nej" lends no restriction to the lines after it
        ("Skånehensyn: nej\nKørekort: ja (B)\nTruckcertifikat: ja", {}),
        ("Skånehensyn: –\nKørekort: ja", {}),
        ("Skånehensyn:\nLøft: max 10 kg\nStøj", {"max_lift_kg": 10, "quiet_environment": None}),
    ],
)
def test_forms_answered_yes_or_no(text: str, expected: dict[str, float | None]) -> None:
    assert {n.code: n.value for n in extract_needs(text).needs} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the items before "derudover/ellers ingen skånehensyn" are the needs
        ("Man-ons 9-12 – derudover ingen skånehensyn.", {"day_shift_only": None, "max_hours_per_week": 9}),
        ("Tunge løft, ellers ingen skånehensyn.", {"max_lift_kg": 10}),
        # work left to the staff, and when the work lies
        ("Opvasken klares af køkkenpersonalet.", {"no_wet_work": None}),
        ("Kollegerne tager sig af skruearbejdet.", {"limited_hand_use": None}),
        ("Kollegerne tager godt imod ham.", {}),
        ("Der ses ingen kognitive vanskeligheder af betydning for arbejdsevnen.", {}),
        ("Arbejdet skal ligge om formiddagen.", {"day_shift_only": None}),
        ("20 t/uge, fordelt på formiddage.", {"day_shift_only": None, "max_hours_per_week": 20}),
        ("Arbejdstid: hverdage 8-12, på sigt optrapning til 25 timer.",
         {"day_shift_only": None, "max_hours_per_week": 20}),
    ],
)  # fmt: skip
def test_phrasings_of_blind_batch_9(text: str, expected: dict[str, float | None]) -> None:
    assert {n.code: n.value for n in extract_needs(text).needs} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure of a later phase does not replace what holds from the start
        ("Må slet ikke løfte de første 6 uger, herefter gradvis op til 10 kg.", {"max_lift_kg": 0}),
        ("Må slet ikke løfte i 4 uger, derefter max 10 kg.", {"max_lift_kg": 0}),
        ("Må ikke løfte tungt, max 15 kg.", {"max_lift_kg": 15}),
        # a stated figure before "men ikke mere/tungere" is the limit, not the default
        ("Kan løfte 20 kg men ikke mere.", {"max_lift_kg": 20}),
        ("Løft op til 30 kg er ok, men ikke tungere.", {"max_lift_kg": 30}),
        ("Kan godt løfte, men ikke tungt.", {"max_lift_kg": 10}),
        # what the citizen can do is no need; what she cannot do is
        ("Kan bøje og vride i ryggen uden gener.", {}),
        ("Hun kan bøje og strække sig.", {}),
        ("Kan bøje, men ikke længe.", {"no_bending": None}),
        ("Kan kun bøje lidt.", {"no_bending": None}),
        ("Han kan mærke ryggen ved vrid.", {"no_bending": None}),
        ("Kan reagere på arbejde med armene over hovedet.", {"no_overhead_work": None}),
        ("Foroverbøjet arbejde.", {"no_bending": None}),
        # Jutland's "it" after a verb, and a score of kilos
        ("Hun ka' it stå op hele dagen.", {"no_prolonged_standing": None}),
        ("Han ka' it' løft' mæ' end en halv snes kilo.", {"max_lift_kg": 10}),
        ("Interesseret i IT. Har IT-kørekort.", {}),
        # an attention span is no working week
        ("Kan holde koncentrationen i ca. en time, derefter behov for pause.",
         {"flexible_breaks": None}),
        ("Der må ikke være kundeekspedition.", {"no_customer_contact": None}),
        ("Magter ikke mere end to opgaver ad gangen.", {"simple_tasks": None}),
        ("Kan klare mere end to opgaver ad gangen.", {}),
        # a limit lifted in its own clause, a full recovery
        ("Tidligere aftale om max 20 timer er bortfaldet.", {}),
        ("Har haft rygproblemer, men er nu fuldt restitueret.", {}),
        ("Har brug for restitution efter 2 timer.", {"flexible_breaks": None}),
        # ICF's qualifier words: 1-2 imply no hard need, 3-4 do
        ("d240 Håndtere stress: moderat problem (2)", {}),
        ("d240 Håndtere stress: svært problem (3)", {"no_time_pressure": None}),
        ("d4154 Stå: moderat problem (2) – kan stå 15 min.", {"no_prolonged_standing": None}),
    ],
)  # fmt: skip
def test_phrasings_of_blind_batch_10(text: str, expected: dict[str, float | None]) -> None:
    assert {n.code: n.value for n in extract_needs(text).needs} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a limit on the day's travel or the round trip is half of it each way
        ("Max én times transport i alt om dagen.", {"max_travel_minutes": 30}),
        ("Transporttiden må højst være 1½ time t/r.", {"max_travel_minutes": 45}),
        ("Max 30 min. transport hver vej.", {"max_travel_minutes": 30}),
        ("Maks. 3 timer pr. dag og højst en halv times transport.",
         {"max_hours_per_week": 15, "max_travel_minutes": 30}),
        # a condition takes no polarity from the capacity before it
        ("Hun kan godt klare travlhed, så længe opgaverne er enkle.", {"simple_tasks": None}),
        ("Kan godt arbejde med kunder, forudsat at der er ro omkring hende.",
         {"quiet_environment": None}),
        ("Kan ikke stå så længe.", {"no_prolonged_standing": None}),
        # a question answered on its line is a heading with its answer
        ("Kan borgeren ...\n- stå i længere tid? Nej\n- have kundekontakt? Ja\n- arbejde alene? Nej",
         {"no_prolonged_standing": None, "not_alone": None}),
        ("Er der behov for skånehensyn? Nej", {}),
        # lifted in parentheses after a past need; dry work only; what goes well; offers
        ("Tidligere skånehensyn (løft max 5 kg) er ophævet efter lægeundersøgelsen.", {}),
        ("Fremover kun tørre opgaver.", {"no_wet_work": None}),
        ("Hun har ikke længere brug for de ekstra pauser.", {}),
        ("Bøjninger går fint igen, men armene over skulderhøjde skal undgås.",
         {"no_overhead_work": None}),
        ("Virksomheden tilbyder hæve-sænkeborde og fleksible pauser til alle.", {}),
        ("Arbejdspladsen skal tilbyde fleksible pauser.", {"flexible_breaks": None}),
    ],
)  # fmt: skip
def test_phrasings_of_blind_batch_11(text: str, expected: dict[str, float | None]) -> None:
    assert {n.code: n.value for n in extract_needs(text).needs} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a full week (37 hours)
        ("Opstart med halvdelen af en normal arbejdsuge.", {"max_hours_per_week": 18.5}),
        ("Deltid 50 % af 37 timer.", {"max_hours_per_week": 18.5}),
        ("Der er bevilget 25 % af fuld tid.", {"max_hours_per_week": 9.25}),
        ("Halv tid.", {"max_hours_per_week": 18.5}),
        # never alone, in other words
        ("Må ikke arbejde uden en kollega inden for råbeafstand.", {"not_alone": None}),
        ("Må aldrig være den eneste på vagt.", {"not_alone": None}),
        ("Tåler ikke råb.", {"quiet_environment": None}),
        # one task after another; a crate of milk is no checkout
        ("Giv hende opgaverne én efter én.", {"simple_tasks": None}),
        ("Kan ikke løfte en fuld kasse mælk.", {"max_lift_kg": 10}),
        ("Kan ikke stå i kassen.", {"no_customer_contact": None}),
    ],
)  # fmt: skip
def test_phrasings_of_blind_batch_12(text: str, expected: dict[str, float | None]) -> None:
    assert {n.code: n.value for n in extract_needs(text).needs} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preference for seated work; seated in other word orders
        ("Kan arbejde 12 t/uge, fortrinsvis siddende.",
         {"max_hours_per_week": 12, "no_prolonged_standing": None}),
        ("Behov for mulighed for at udføre arbejdet siddende.", {"no_prolonged_standing": None}),
        # a split compound: "rengørings- og konserveringsmidler"
        ("Undgå vådt arbejde samt kontakt med rengørings- og konserveringsmidler.",
         {"no_wet_work": None, "no_chemicals": None}),
        # the arm lifted is overhead work, not a lifting limit
        ("min højre arm kan ikke løftes op over hoved.", {"no_overhead_work": None}),
        # what can be done is no need; what cannot be done is
        ("Aftenvagter kan lade sig gøre med hjælp fra netværket.", {}),
        ("Tunge løft (over 20 kg) kan ikke lade sig gøre.", {"max_lift_kg": 20}),
        # lifted in other words; "Tidl." is "tidligere" and ends no sentence
        ("Tidl. mistanke om allergi over for rengøringsmidler er afkræftet ved lappetest.", {}),
        ("Tidligere anbefaling om at undgå kemikalier er bortfaldet.", {}),
        # a need said to end still holds, and so does one whose end is denied
        ("Kørselsforbuddet bortfalder om 6 måneder.", {"no_driving": None}),
        ("Tidl. hensyn om max 15 timer bortfalder ikke.", {"max_hours_per_week": 15}),
        # the citizen's own availability is no offer; a list may name the citizen
        ("Han vil tilbyde at arbejde i dagtimerne.", {"day_shift_only": None}),
        ("Deltagere: jobkonsulent, Ali, virksomhedskonsulent. Ali kan ikke løfte over 10 kg.",
         {"max_lift_kg": 10}),
        ("Tidl. max 10 kg.", {"max_lift_kg": 10}),
        # other people: the writer's relatives, colleagues by name, and "hun" after "min mor"
        ("Min kone hun har dårlig ryg og må ikke løfte noget, men mig jeg er stærk.", {}),
        ("Jeg hjælper min mor hjemme, hun sidder i kørestol.", {}),
        ("Til stede: borger Tomasz, kollega Henrik. Henrik har selv en skulderskade og kan ikke "
         "arbejde over hovedhøjde.", {}),
        ("Borger Per og hans hustru Lene. Lene må ikke løfte over 5 kg.", {}),
        ("Kollega Marianne er også gravid og må ikke arbejde med kemikalier.", {}),
        ("Hans kollega har selv dårlig ryg og kan ikke løfte.", {}),
        ("Borger Kim må ikke løfte over 5 kg.", {"max_lift_kg": 5}),
        ("Mentor Kim oplyser, at Sanne ikke kan stå i mere end 20 min.",
         {"no_prolonged_standing": None}),
        ("Kollegerne tager sig af skruearbejdet.", {"limited_hand_use": None}),
        # a name that is also a word marks no other person: "Per uge", "Tage pauser"
        ("Til stede: borger Ali, mentor Per. Per uge max 10 timer.", {"max_hours_per_week": 10}),
        ("Mentor Tage deltog. Tage pauser efter behov.", {"flexible_breaks": None}),
        # offers: a plain one is no need, one made a condition is
        ("Virksomheden (Kvickly) tilbyder fleksible pauser og en fast mentor.", {}),
        ("Arbejdsgiver tilbyder en stille kontorplads, hvis hun ønsker det.", {}),
        ("Praktikstedet har tilbudt, at han ikke skal lave tunge løft i starten.", {}),
        ("Hun kan starte, hvis virksomheden tilbyder fleksible pauser.",
         {"flexible_breaks": None}),
        ("Det er en forudsætning, at arbejdspladsen tilbyder et stille rum.",
         {"quiet_environment": None}),
        ("Det kræver, at virksomheden tilbyder rolige omgivelser.", {"quiet_environment": None}),
        ("Borger tilbydes en stille arbejdsplads, da hun ikke tåler støj.",
         {"quiet_environment": None}),
    ],
)  # fmt: skip
def test_phrasings_of_blind_batch_13(text: str, expected: dict[str, float | None]) -> None:
    assert {n.code: n.value for n in extract_needs(text).needs} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English, as doctors abroad and expats write it
        ("Part-time max 20 hrs/week.", {"max_hours_per_week": 20}),
        ("Can work 25 hours a week.", {"max_hours_per_week": 25}),
        ("Not allowed to drive professionally.", {"no_driving": None}),
        ("He must not work alone due to seizures.", {"not_alone": None}),
        ("Also needs a colleague nearby at all times.", {"not_alone": None}),
        ("No cold environments.", {"no_cold_environment": None}),
        ("Commute max 45 minutes each way.", {"max_travel_minutes": 45}),
        ("The citizen is a wheelchair user.", {"wheelchair_access": None}),
        ("No lifting above shoulder height, max 15 kg.",
         {"no_overhead_work": None, "max_lift_kg": 15}),
        # days that are a period, not days a week (but the first days of the week are)
        ("To timer om dagen de første 14 dage, derefter tre timer om dagen. Alle hverdage.",
         {"max_hours_per_week": 10}),
        ("Han kan arbejde 4 timer dagligt de første 3 dage i ugen.", {"max_hours_per_week": 12}),
        ("Arbejdstid 3 x 4 timer dagligt.", {"max_hours_per_week": 12}),
    ],
)  # fmt: skip
def test_phrasings_of_blind_batch_14(text: str, expected: dict[str, float | None]) -> None:
    assert {n.code: n.value for n in extract_needs(text).needs} == expected


@pytest.mark.parametrize(
    "text",
    [
        "OT assessment: reduced grip strength in both hands. Avoid tasks requiring precision.",
        "Needs step-free access and an accessible toilet.",
        "He loves driving and can drive anywhere.",
    ],
)
def test_english_need_words_are_never_passed_silently(text: str) -> None:
    result = extract_needs(text)
    assert result.needs or result.warnings, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English obligations and per-day hours (batch 34)
        ("The citizen has chronic fatigue and must be able to take breaks.",
         {"flexible_breaks": None}),
        ("The team recommends a work trial in a calm environment, 3 days a week, 4 hours a day.",
         {"quiet_environment": None, "max_hours_per_week": 12}),
        ("You need a calm workplace without customers.",
         {"quiet_environment": None, "no_customer_contact": None}),
        ("Max 4 hours a day.", {"max_hours_per_week": 20}),
        # detergent is a chemical; the dishes are wet work
        ("Borger kan ikke tåle opvaskemidler.", {"no_chemicals": None}),
        ("Må ikke stå ved opvasken.", {"no_wet_work": None, "no_prolonged_standing": None}),
    ],
)  # fmt: skip
def test_phrasings_of_blind_batch_34(text: str, expected: dict[str, float | None]) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    assert not result.unclear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form's field answered in one word
        ("Arbejdsstilling: siddende.", {"no_prolonged_standing": None}),
        ("Omgivelser: rolige.", {"quiet_environment": None}),
        ("Pauser: fleksible.", {"flexible_breaks": None}),
        ("Kompleksitet: lav.", {"simple_tasks": None}),
        ("Tempo: lavt", {"no_time_pressure": None}),
        # what she can travel is her limit, as her hours are
        ("Kan tage toget i 40 min.", {"max_travel_minutes": 40}),
        ("Hun kan cykle et kvarter, så er hun færdig.", {"max_travel_minutes": 15}),
        # a total ban on lifting
        ("Løfteforbud.", {"max_lift_kg": 0}),
        ("Undgå alle løft.", {"max_lift_kg": 0}),
        ("Løft: ingen.", {"max_lift_kg": 0}),
        # a figure that proved too much: the limit lies below it
        ("15 kg var for meget for hende.", {"max_lift_kg": 14}),
        ("Kasser på 12 kg kunne hun ikke løfte.", {"max_lift_kg": 11}),
        ("Kan ikke løfte over 15 kg.", {"max_lift_kg": 15}),
        # going home after some hours is a day's hours, not travel
        ("Skal hjem efter 3 timer.", {"max_hours_per_week": 15}),
        # a need said again of another demand
        ("Hun kan ikke tåle kulde. Det samme gælder fugt.",
         {"no_cold_environment": None, "no_wet_work": None}),
    ],
)  # fmt: skip
def test_phrasings_of_the_short_notes_review(text: str, expected: dict[str, float | None]) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    assert not result.unclear


@pytest.mark.parametrize(
    "text", ["Temperatur: varmt.", "Det er vigtigt at hun kan sidde.", "Arbejdsstilling: skiftende"]
)
def test_a_demand_field_or_arrangement_not_read_warns(text: str) -> None:
    assert extract_needs(text).unclear, text


@pytest.mark.parametrize(
    "text", ["She should work in the bakery.", "He has to avoid the loading dock."]
)
def test_an_english_obligation_not_read_warns(text: str) -> None:
    assert extract_needs(text).unclear, text


def test_a_danish_must_is_no_obligation() -> None:
    assert not extract_needs("Citat fra jobopslag: 'Hygiejnebevis er et must'.").unclear


def test_what_an_offer_reports_is_warned_about_not_read() -> None:
    result = extract_needs(
        "Butikschef Anne tilbyder, at Kenneth kan sidde ved kassen, og at han ikke skal arbejde "
        "i weekender."
    )
    assert result.needs == () and result.warnings


def test_a_round_trip_limit_is_read_cautiously_and_warned() -> None:
    result = extract_needs("Transport max 45 min. t/r.")
    assert [(n.code, n.value) for n in result.needs] == [("max_travel_minutes", 22.5)]
    assert result.warnings and result.warnings[0].startswith("vague need")


@pytest.mark.parametrize(
    "text",
    [
        "Har haft rygproblemer, men er nu fuldt restitueret.",
        "Kan bøje og vride i ryggen uden gener.",
        "Tidligere aftale om max 20 timer er bortfaldet.",
    ],
)
def test_lifted_and_capable_statements_do_not_warn(text: str) -> None:
    assert extract_needs(text).warnings == ()


def test_an_icf_qualifier_of_two_is_warned_not_read() -> None:
    result = extract_needs("d240 Håndtere stress: moderat problem (2)")
    assert result.needs == ()
    assert result.warnings and result.warnings[0].startswith("sentence not understood")


@pytest.mark.parametrize(
    ("text", "code"),
    [("Rolige omg.", "quiet_environment"), ("Ingen kundekont. pga angst.", "no_customer_contact")],
)
def test_a_clipped_word_is_guessed_and_warned_about(text: str, code: str) -> None:
    result = extract_needs(text)
    assert code in {n.code for n in result.needs} and result.unclear
    # a full stop that ends a sentence clips nothing
    assert extract_needs("Har svært ved at læse og skrive.").needs == ()


def test_only_the_ticked_items_of_a_checklist_are_needs() -> None:
    text = (
        "Fysiske skånehensyn: [x] Ingen natarbejde [ ] Ingen løft [x] Undgå langvarigt stående "
        "arbejde [ ] Kørestol\nPsykiske: ☒ Rolige omgivelser ☐ Ingen kundekontakt"
    )
    result = extract_needs(text)
    assert {n.code for n in result.needs} == {
        "day_shift_only",
        "no_prolonged_standing",
        "quiet_environment",
    }
    for need in result.needs:
        assert need.evidence in text and "[ ]" not in need.evidence and "☐" not in need.evidence


def test_an_activity_that_goes_well_for_an_hour_leaves_the_weekly_limit_alone() -> None:
    text = "Hovedpine ved skærmarbejde i mere end en time. Højst 15 timer om ugen."
    assert codes(text) == {"max_hours_per_week": 15}
    assert codes("Kan ikke arbejde i mere end 4 timer.") == {"max_hours_per_week": 4}


@pytest.mark.parametrize(
    "text", ["2 timer og 30 min ad gangen", "Kan arbejde 2 timer og 30 min efter aftale"]
)
def test_minutes_before_a_stint_leave_the_hours_read_cautiously(text: str) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": 2}
    assert result.warnings


def test_hours_on_weekdays_with_a_shift_limit() -> None:
    assert codes("Man+tirs+tors 2,5 t hver, kun formiddag") == {
        "max_hours_per_week": 7.5,
        "day_shift_only": None,
    }


# --------------------------------------------------------------------------------------------
# Working-time limits: end-of-day clock times, bare ranges, days and hours without a period,
# hours of appointments, rounding
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kan arbejde til kl. 14",
        "Kan arbejde til kl. 14.30",
        "Kan arbejde til kl 14",
        "kan arbejde til kl 14.30",
        "Kan arbejde til kl. 14:30.",
        "Må højst arbejde frem til kl. 13.",
        "Senest til kl. 15.",
        "Kan arbejde senest til kl. 15",
        "Kan arbejde frem til kl. 14.",
        "Arbejder indtil kl. 13.30",
        "Kan være i praktik til kl. 13",
        "Kan være på arbejdspladsen til kl. 14",
        "Kan være på lageret til kl. 12.",
        "Kan arbejde til klokken 14",
        "Kan arbejde fra 9 til kl. 14",
        "Kan godt arbejde til kl. 14.",
        "Kan godt arbejde kl. 8-14.",  # clock times she can work are her capacity
        "Arbejdsdagen skal slutte kl. 14.",
        "Skal have fri kl. 14.",
        # evening and night limits are day-shift limits too (see the module's decisions)
        "Kan arbejde til kl. 20.",
        "Må ikke arbejde kl. 18-22.",
        "Må ikke arbejde mellem kl. 22 og 6.",
        "Ikke kl. 18-22.",
    ],
)
def test_an_end_of_day_clock_limit_is_a_day_shift_limit(text: str) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == {"day_shift_only": None}
    assert not result.unclear, result.warnings


def test_an_end_of_day_clock_limit_keeps_the_hours() -> None:
    assert codes("Kan arbejde 4 timer om dagen, til kl. 14.") == {
        "max_hours_per_week": 20,
        "day_shift_only": None,
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kan kun arbejde kl. 16-22.",  # evening work only: no code states it
        "Arbejder fra kl. 7 til kl. 19.",
        "Kl. 14:00-22:00.",
        "Må ikke arbejde kl. 8-10.",  # no mornings: no code states it
        "Kan blive til kl. 14.",
        "Praktik til kl. 12.",
        "Har samtale til kl. 14.",
    ],
)
def test_a_clock_limit_no_code_states_is_never_silent(text: str) -> None:
    """A clock time the reader cannot turn into a need warns; it is never dropped quietly."""
    result = extract_needs(text)
    assert "day_shift_only" in codes(text) or result.unclear, result


@pytest.mark.parametrize(
    "text",
    ["Har tidligere arbejdet til kl. 22.", "Skal møde senest kl. 9.", "Møder altid til tiden."],
)
def test_start_times_and_history_are_no_end_of_day_limit(text: str) -> None:
    assert "day_shift_only" not in codes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time or a number of hours: both cautious readings, and a warning
        ("Arbejdstid: 10-14", {"day_shift_only": None, "max_hours_per_week": 10}),
        ("Arbejdstid: 10 - 14.", {"day_shift_only": None, "max_hours_per_week": 10}),
        ("Arbejdstid 10-14", {"day_shift_only": None, "max_hours_per_week": 10}),
        ("Arbejdstider: 10 til 14", {"day_shift_only": None, "max_hours_per_week": 10}),
        ("Mødetid: 9-13", {"day_shift_only": None, "max_hours_per_week": 9}),
        ("Praktiktid: 9-12", {"day_shift_only": None, "max_hours_per_week": 9}),
        ("Arbejdstid - 10-14", {"day_shift_only": None, "max_hours_per_week": 10}),
        ("Arbejdstid: 10-14, 3 dage om ugen", {"day_shift_only": None, "max_hours_per_week": 10}),
        # right after working, without "kl." ("timer" would say hours)
        ("Kan arbejde 8-14.", {"day_shift_only": None, "max_hours_per_week": 8}),
        ("Hun kan arbejde 9-13, ikke længere.", {"day_shift_only": None, "max_hours_per_week": 9}),
        # the figures on the line after the heading
        ("Arbejdstid:\n10-14", {"day_shift_only": None, "max_hours_per_week": 10}),
        ("Arbejdstid:\n- 10-14\n- ingen tunge løft",
         {"day_shift_only": None, "max_hours_per_week": 10, "max_lift_kg": 10}),
        # no clock ends after 24: hours only
        ("Arbejdstid: 20-25", {"max_hours_per_week": 20}),
        ("Arbejdstid 25-30", {"max_hours_per_week": 25}),
        # "timer" says hours, but not of which period; so does a single number
        ("Timer: 10-14", {"max_hours_per_week": 10}),
        ("Arbejdstimer: 10-14", {"max_hours_per_week": 10}),
        ("Timer:\n10-14", {"max_hours_per_week": 10}),
        ("Arbejdstid: 15", {"max_hours_per_week": 15}),
        ("Arbejdstid: 6", {"max_hours_per_week": 6}),
    ],
)  # fmt: skip
def test_a_bare_range_after_a_working_time_word_is_read_cautiously(
    text: str, expected: dict[str, float | None]
) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    assert any(w.startswith("vague need") for w in result.warnings), result.warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time that cannot be hours, or a word that says clock: no ambiguity
        ("Arbejdstid: 8.30-12.30", {"day_shift_only": None}),
        ("Arbejdstid 8.00-14.00", {"day_shift_only": None}),
        ("Mødetid: 9:00-13:00", {"day_shift_only": None}),
        ("Kan arbejde fra 8 til 12.", {"day_shift_only": None}),
        ("Arbejdstid: kl. 10-14", {"day_shift_only": None}),
        ("Arbejdstid: fra 10 til 14", {"day_shift_only": None}),
        ("Tidsrum: 10-14", {"day_shift_only": None}),
        ("Arbejdstid: mandag-onsdag 9-13.", {"day_shift_only": None, "max_hours_per_week": 12}),
        # weekdays make the range a schedule
        ("Arbejdstid 8-12 mandag til fredag", {"day_shift_only": None, "max_hours_per_week": 20}),
        ("Arbejdstid:\n8-12 mandag til fredag", {"day_shift_only": None, "max_hours_per_week": 20}),
        ("Arbejdstid: 10-14 timer om ugen", {"max_hours_per_week": 10}),
        ("Arbejdstid: 10-14 om ugen", {"max_hours_per_week": 10}),
        ("Kan arbejde 8-14 timer om ugen", {"max_hours_per_week": 8}),
        ("Har arbejdet 8-14 år som lagermand.", {}),
        ("Timetal: 10-14", {"max_hours_per_week": 10}),
        ("Timetal:\n15", {"max_hours_per_week": 15}),
        ("Arbejdstid:\n4 timer dagligt", {"max_hours_per_week": 20}),
    ],
)
def test_a_range_that_says_what_it_is_is_read_quietly(
    text: str, expected: dict[str, float | None]
) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    assert result.warnings == (), result.warnings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 dage om ugen 2 timer", 2),
        ("tre dage om ugen to timer", 2),
        ("3 gange om ugen 2 timer", 2),
        ("2 dage pr. uge 3 timer", 3),
        ("3 dage ugentligt 2 timer", 2),
        ("Kan arbejde 4 dage om ugen 5 timer.", 5),
        ("Arbejdstid 3 dage om ugen 4 timer", 4),
        ("3 dage om ugen, 2 timer", 2),
        ("2 dage om ugen max 3 timer", 3),
        # the whole working week named: the week's hours, or each day's?
        ("Max 8 timer mandag til fredag", 8),
    ],
)
def test_hours_after_a_day_count_without_a_period_are_read_cautiously(
    text: str, value: float
) -> None:
    """Hours after a number of days, with nothing saying they are each day's ("hver", "om
    dagen", "á"): the week's hours is the cautious reading, and the sentence warns that it may
    be the hours of each day."""
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": value}
    assert any(w.startswith("vague need") for w in result.warnings), result.warnings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mandag og onsdag 2 timer", 4),
        ("Jeg kan arbejde 4 timer mandag, onsdag og fredag.", 12),
        ("Man-ons 4 timer", 12),
        ("Kan arbejde 6 timer tirsdag", 6),
        ("Opstart: mandag, onsdag og fredag 3 timer, optrappes efter 4 uger.", 9),
    ],
)
def test_hours_beside_named_weekdays_are_each_days(text: str, value: float) -> None:
    """Hours with no period beside weekdays named one by one or as a span short of the week
    are each of those days' hours, as a clock window beside them is (blind writers of batches
    35 and earlier label them so); batch 35's "4 timer mandag, onsdag og fredag" was read as 4
    a week."""
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": value}
    assert not result.unclear


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 dage om ugen 2 timer om dagen", 6),
        ("3 dage om ugen, 2 timer hver", 6),
        ("3 dage om ugen á 2 timer", 6),
        ("3 dage om ugen med 2 timer", 6),
        ("2 timer 3 dage om ugen", 6),
        ("3 dage om ugen, 12 timer i alt", 12),
        ("Max 12 timer om ugen fordelt på 3 dage", 12),
        ("Arbejdstid: 4 timer dagligt, 3 dage om ugen.", 12),
    ],
)
def test_hours_with_a_stated_period_stay_quiet(text: str, value: float) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": value}
    assert result.warnings == (), result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "Samtale på 1 time hver uge",
        "Møde med mentor 1 time om ugen",
        "Samtale med psykolog 1 time hver 14. dag",
        "Mentorsamtale 1 time om ugen.",
        "Har samtaler med psykolog 1 time om ugen.",
        "Ugentlig samtale med jobkonsulenten på 1 time.",
        "Møde hos mentor 30 min hver anden uge",
        "Fysioterapi 2 timer om ugen.",
        "Samtaler med psykolog 2 gange om ugen á 1 time.",
        "Samtale med mentor hver uge i 1 time.",
        "Statusmøde 1 time hver 3. uge",
    ],
)
def test_hours_of_an_appointment_are_no_working_time_limit(text: str) -> None:
    """The hours of a talk, a meeting or a treatment state no need of their own."""
    result = extract_needs(text)
    assert result.needs == () and not result.unclear, result


def test_hours_of_a_treatment_are_no_working_time_limit_but_its_health_word_warns() -> None:
    result = extract_needs("Genoptræning 1 time dagligt.")
    assert result.needs == () and result.unclear, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kan arbejde 1 time om ugen ved siden af samtaler", {"max_hours_per_week": 1}),
        ("10 timer om ugen inkl. samtaler med mentor", {"max_hours_per_week": 10}),
        ("Kan arbejde 10 timer om ugen inkl. samtaler.", {"max_hours_per_week": 10}),
        ("Samtale med psykolog 1 time om ugen, kan arbejde 6 timer om ugen.",
         {"max_hours_per_week": 6}),
        ("Samtale med mentor og kan arbejde 2 timer om ugen.", {"max_hours_per_week": 2}),
        ("Mentorsamtale hver uge, 10 timer om ugen.", {"max_hours_per_week": 10}),
        ("Møde med mentor 1 time om ugen. Max 12 timer om ugen.", {"max_hours_per_week": 12}),
        ("Kan møde 3 timer om dagen.", {"max_hours_per_week": 15}),
        ("Fremmøde 10 timer om ugen.", {"max_hours_per_week": 10}),
        ("Arbejdstræning 10 timer om ugen.", {"max_hours_per_week": 10}),
        ("Kan være i praktik med mentor 2 timer om dagen.", {"max_hours_per_week": 10}),
        # an appointment in a list of needs is still no need
        ("Samtale med mentor 1 time om ugen, max 10 kg løft.", {"max_lift_kg": 10}),
        ("Skånehensyn:\n- Samtale med mentor 1 time om ugen\n- ingen tunge løft",
         {"max_lift_kg": 10}),
    ],
)  # fmt: skip
def test_working_hours_next_to_an_appointment_are_kept(
    text: str, expected: dict[str, float | None]
) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == expected
    assert not result.unclear, result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "Kan kun klare samtaler på 1 time.",
        "Max 1 times samtale om ugen.",
    ],
)
def test_a_limit_on_appointments_is_no_working_time_limit_but_warns(text: str) -> None:
    result = extract_needs(text)
    assert "max_hours_per_week" not in codes(text) and result.unclear, result


@pytest.mark.parametrize(
    "text",
    [
        "Samtale med mentor hver uge 10 timer om ugen.",
        "Møde med mentor hver uge 10 timer ugentligt",
    ],
)
def test_hours_that_may_be_an_appointments_are_read_as_working_time_and_warn(text: str) -> None:
    """After an appointment, hours with nothing tying them to it may be working time: the
    stricter reading, with a warning."""
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs} == {"max_hours_per_week": 10}
    assert any(w.startswith("vague need") for w in result.warnings), result.warnings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 timer og 20 min om dagen", 16.66),
        ("1 time og 5 min om dagen", 5.41),  # 5.4166...: rounded down, never up to 5.42
        ("1 time og 40 min dagligt", 8.33),
        ("Max 10 timer og 50 min om ugen", 10.83),
        ("3 timer og 20 min dagligt, 3 dage om ugen", 10),
        ("2,3 timer om ugen", 2.3),
    ],
)
def test_limits_are_rounded_down_to_two_decimals(text: str, value: float) -> None:
    (need,) = extract_needs(text).needs
    assert need.value == value


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("Max 1/2 time transport hver vej.", "max_travel_minutes", 30),
        ("Højst 1 1/2 times kørsel.", "max_travel_minutes", 90),
        ("Kan klare 3 kvarters kørsel.", "max_travel_minutes", 45),
        ("Løft af 15-20 kg skal undgås.", "max_lift_kg", 15),
        ("Op til 4 t. dagligt.", "max_hours_per_week", 20),
        ("Max. 4t/dag, 3 dage/uge", "max_hours_per_week", 12),
        ("Det anbefales, at pt. starter op på 4 timer x 3 dage om ugen.", "max_hours_per_week", 12),
        ("Arbejdsdag af max 5 timers varighed.", "max_hours_per_week", 25),
        ("Arbejdstid 18,5 timer om ugen.", "max_hours_per_week", 18.5),
        ("Vægtgrænse ved løft: 7,5 kg.", "max_lift_kg", 7.5),
        ("Kan arbejde max 10 hours/week.", "max_hours_per_week", 10),
    ],
)
def test_numbers_as_caseworkers_write_them(text: str, code: str, value: float) -> None:
    assert codes(text)[code] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeg får ondt i ryggen når jeg løfter noget tungt.", {"max_lift_kg": 10}),
        ("Når hun står længe, får hun ondt i knæene.", {"no_prolonged_standing": None}),
        ("jeg kan ikke klare når folk råber", {"quiet_environment": None}),
        ("Han kan godt stå og gå lidt, men ikke mere end en halv time ad gangen.",
         {"no_prolonged_standing": None, "no_prolonged_walking": None}),
        ("Pt. kan gå ca. 15 min., derefter tiltagende smerter i hoften.",
         {"no_prolonged_walking": None}),
        ("Kan ik løfte tungt", {"max_lift_kg": 10}),
        ("max 10 kg loeft, ingen boejning", {"max_lift_kg": 10, "no_bending": None}),
        ("Skal undgaa arbejde i kulde og vaade omgivelser",
         {"no_cold_environment": None, "no_wet_work": None}),
        ("Ingen heavy lifting.", {"max_lift_kg": 10}),
        ("Hun har brug for breaks efter behov.", {"flexible_breaks": None}),
        ("Ingen night shifts eller weekends.", {"day_shift_only": None}),
        ("Må ikke have et job med customer service.", {"no_customer_contact": None}),
        ("Har brug for en buddy på arbejdspladsen.", {"not_alone": None}),
        ("Kun arbejde i stueetagen.", {"wheelchair_access": None}),
        ("Pt. kan ikke tåle at arbejde i temperaturer under 10 grader.",
         {"no_cold_environment": None}),
        ("Må ikke arbejde mere end 3 dage i træk.", {}),
    ],
)  # fmt: skip
def test_phrasings_beyond_the_tuned_files(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


def test_harmless_sentences_are_quiet() -> None:
    for text in [
        "Borgeren har to børn og bor i Nørre Aaby.",
        "Motiveret for at komme i gang.",
        "Har erfaring som kassedame fra Netto.",
        "Møder altid til tiden og er god til at samarbejde.",
    ]:
        assert extract_needs(text) == TextNeeds(), text


def test_a_header_makes_the_following_list_items_needs() -> None:
    text = "Skånehensyn:\n- tunge løft\n- kulde\n- stående arbejde"
    result = extract_needs(text)
    assert {n.code for n in result.needs} == {
        "max_lift_kg",
        "no_cold_environment",
        "no_prolonged_standing",
    }
    assert result.warnings == ()


def test_vague_statements_are_read_cautiously_and_warn() -> None:
    result = extract_needs("Skal skånes for tungt fysisk arbejde.")
    assert {n.code: n.value for n in result.needs} == {"max_lift_kg": DEFAULT_MAX_LIFT_KG}
    assert result.warnings


# --------------------------------------------------------------------------------------------
# Implementation safety
# --------------------------------------------------------------------------------------------


def test_the_prefilter_never_changes_a_reading() -> None:
    rows = ALL_ROWS + BLIND_ROWS
    texts = [r["text"] for r in rows] + three_sentence_texts(rows)
    for text in texts:
        for a, b in sentence_spans(text):
            fast = accommodations._read_sentence(text, a, b, "neutral", prefilter=True)
            slow = accommodations._read_sentence(text, a, b, "neutral", prefilter=False)
            assert fast == slow, text[a:b]


def test_every_rule_is_exercised_by_the_labelled_sentences() -> None:
    """A rule no labelled sentence needs is untested; each code must be covered too."""
    labelled = {n["code"] for row in ALL_ROWS for n in row["needs"]}
    assert labelled == set(ACCOMMODATION_CODES)
    assert {code for rule in RULES for code in rule.codes} == set(ACCOMMODATION_CODES)


def test_throughput_is_far_from_pathological() -> None:
    """The full benchmark measures speed; this only catches a catastrophic regression."""
    texts = three_sentence_texts(ALL_ROWS)
    start = time.perf_counter()
    for t in texts:
        extract_needs(t)
    per_second = len(texts) / (time.perf_counter() - start)
    assert per_second > 200


def test_long_and_odd_inputs_do_not_break() -> None:
    long_text = " ".join(r["text"] for r in ALL_ROWS[:200])
    result = extract_needs(long_text)
    assert len(result.needs) >= 15
    for text in ["kg kg kg", "- - -", "12", "Max.", "ikke ikke ikke", "½", "1.2.3.4", "x" * 5000]:
        extract_needs(text)


# --------------------------------------------------------------------------------------------
# features.text
# --------------------------------------------------------------------------------------------


def test_normalize_keeps_danish_letters() -> None:
    assert normalize("  ÆbleGRØD  Å ") == "æblegrød å"
    assert normalize("én–to") == "en-to"


def test_tokens_point_into_the_original_text() -> None:
    text = "Max. 7,5 Kg – ÉN gang"
    for tok in tokenize(text):
        assert text[tok.start : tok.end].lower().replace("é", "e").replace(
            "–", "-"
        ) == tok.text or (tok.kind == "num")
    assert [t.text for t in tokenize(text)] == ["max", ".", "7.5", "kg", "-", "en", "gang"]


@pytest.mark.parametrize(
    ("word", "value"),
    [("tolv", 12), ("tyve", 20), ("femogtyve", 25), ("halvanden", 1.5), ("3", 3), ("x", None)],
)
def test_parse_number(word: str, value: float | None) -> None:
    assert parse_number(word) == value


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("en halv time", ["0.5", "time"]),
        ("to en halv time", ["2.5", "time"]),
        ("et kvarter", ["15", "min"]),
        ("tre kvarter", ["45", "min"]),
        ("en kollega", ["en", "kollega"]),
        ("et par timer", ["2", "timer"]),
        ("1½ time", ["1.5", "time"]),
        ("1/2 time", ["0.5", "time"]),
        ("1 1/2 time", ["1.5", "time"]),
        ("starter 1/2 med 3 timer", ["starter", "1", "/", "2", "med", "3", "timer"]),
        ("et kvarters gang", ["15", "min", "gang"]),
        ("en halv snes kilo", ["10", "kilo"]),
        ("en snes kg", ["20", "kg"]),
        ("to snese", ["40"]),
        ("snes", ["snes"]),
    ],
)
def test_normalize_numbers(text: str, tokens: list[str]) -> None:
    assert [t.text for t in normalize_numbers(tokenize(text))] == tokens


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Max. 15 t./uge pga. ryg. Kun dagvagter", ["Max. 15 t./uge pga. ryg", "Kun dagvagter"]),
        ("Max 20 min. Skal sidde", ["Max 20 min", "Skal sidde"]),
        ("Start d. 1. marts. Ingen løft", ["Start d. 1. marts", "Ingen løft"]),
        ("Hensyn:\n- løft\n- kulde", ["Hensyn", "løft", "kulde"]),
        ("Løft max 10 kg. 12 timer om ugen", ["Løft max 10 kg", "12 timer om ugen"]),
        ("Hensyn: 1. Rolige rammer 2. Ingen kulde", ["Hensyn", "Rolige rammer", "Ingen kulde"]),
        ("Løft max 10. Skal sidde", ["Løft max 10", "Skal sidde"]),
        ("Har 9. klasse. Ingen løft", ["Har 9. klasse", "Ingen løft"]),
        ("Møde d. 2. februar og 1. marts kl. 10", ["Møde d. 2. februar og 1. marts kl. 10"]),
        ("Fys hver 14. dag. Max 5 kg", ["Fys hver 14. dag", "Max 5 kg"]),
        ("Hensyn: 1. rolige rammer 2. ingen kulde", ["Hensyn", "rolige rammer", "ingen kulde"]),
        ("Man., tirs. og tors. 2 t. hver", ["Man., tirs. og tors. 2 t. hver"]),
        ("Kun man. Ingen løft", ["Kun man", "Ingen løft"]),
    ],
)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


def test_within_one_edit() -> None:
    assert within_one_edit("løfet", "løfte")  # transposition
    assert within_one_edit("ståenede", "stående")  # insertion
    assert within_one_edit("kunder", "kunde")
    assert within_one_edit("pouse", "pause")
    assert not within_one_edit("løber", "løfter")
    assert not within_one_edit("abc", "abcde")


def test_typo_corrector_is_conservative() -> None:
    corrector = TypoCorrector(["løfte", "pause", "kulde"], protected=["passe", "klude"])
    assert corrector.correct("løfet") == "løfte"
    assert corrector.correct("passe") == "passe"  # a real word, not a typo
    assert corrector.correct("klude") == "klude"
    assert corrector.correct("løf") == "løf"  # too short to guess
    assert corrector.correct("loefte") == "løfte"  # ASCII spelling
    ambiguous = TypoCorrector(["kunde", "hunde"])
    assert ambiguous.correct("bunde") == "bunde"


def test_ascii_spellings_are_respelt_when_they_start_like_a_trigger() -> None:
    corrector = TypoCorrector(["bøje", "vådt", "kulde"], protected=["kollegaer"])
    assert corrector.correct("boejning") == "bøjning"  # an inflection the lexicon lacks
    assert corrector.correct("vaade") == "våde"
    assert corrector.correct("aarhus") == "aarhus"  # starts like no trigger
    assert corrector.correct("kollegaer") == "kollegaer"  # a known word


def test_tokens_of_a_slice_can_carry_the_offset_of_the_slice() -> None:
    text = "Max 10 kg. Ingen kulde"
    for tok in tokenize(text[11:], 11):
        assert text[tok.start : tok.end].lower() == tok.text


# --------------------------------------------------------------------------------------------
# Spelling-tolerant second reading
# --------------------------------------------------------------------------------------------


def _first_reading_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read every sentence once, without spelling guesses (the reader before the second pass)."""
    monkeypatch.setattr(
        accommodations,
        "_read_cautiously",
        lambda text, a, b, carry: accommodations._read_sentence(text, a, b, carry),
    )


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        # noise: an ambiguous slip ("stående" is as close) that the first reading leaves alone
        ("Bør ikke udsættes for støende maskiner.", "quiet_environment", None),
        ("Skal skånes for støende miljøer.", "quiet_environment", None),
        # cold: a slip that happens to be an ordinary word ("klude": cloths)
        ("Bør ikke udsættes for klude.", "no_cold_environment", None),
        # lifting with its value: a slip in the verb and in the number word
        ("Kan højst løfet femogtvye kg.", "max_lift_kg", 25.0),
        # travel: a stem word beyond the first reading's lexicon, number words in the limit
        (
            "Arbejdspladsen skal ligge tæt på boælen (maks. femogfyrre min.)",
            "max_travel_minutes",
            45.0,
        ),
        ("Maks. tyve minutters trnasprot.", "max_travel_minutes", 20.0),
        # standing: the first letter lost
        ("Kan ikke tåle længerevarende tående arbejde.", "no_prolonged_standing", None),
        # customer contact: two slips in a long word
        ("Bør ikke have kudnekotnakt.", "no_customer_contact", None),
    ],
)
def test_a_misspelt_need_is_read_cautiously_and_stays_unclear(
    text: str, code: str, value: float | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = extract_needs(text)
    assert codes(text).get(code, "missing") == value
    assert result.unclear
    assert any(
        w.startswith("sentence partly understood (spelling guessed:") for w in result.warnings
    )
    # the need is found only through the guess: the first reading misses it
    _first_reading_only(monkeypatch)
    assert code not in codes(text)


def test_the_guess_is_named_in_the_warning() -> None:
    text = "Arbejdspladsen skal ligge tæt på boælen (maks. femogfyrre min.)"
    assert extract_needs(text).warnings == (
        f"sentence partly understood (spelling guessed: 'boælen' → 'bopælen'): '{text}'",
    )


def test_an_ambiguous_slip_keeps_every_need_it_may_stand_for() -> None:
    """ "støende" is one edit from both "støjende" and "stående": both are enforced."""
    result = extract_needs("Skal skånes for støende miljøer.")
    assert {"quiet_environment", "no_prolonged_standing"} <= set(
        codes("Skal skånes for støende miljøer.")
    )
    assert "'støende' → 'stående' or 'støjende'" in result.warnings[0]


def test_guesses_only_add_needs() -> None:
    """Needs of the first reading stay, with their values, next to the guessed ones."""
    found = codes("Max 10 kg løft og skal skånes for støende miljøer.")
    assert found["max_lift_kg"] == 10.0
    assert "quiet_environment" in found


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        # a body part one letter from a trigger, but a different first letter
        ("Har ondt i lungen.", "max_lift_kg"),
        # an ordinary word in a sentence that made sense: "klude" are cloths here
        ("Kan ikke lave rengøring med vand og klude.", "no_cold_environment"),
        # two edits, but both in the first part of a compound: "sam" is no slip for "dag"/"stå"
        ("Har svært ved samarbejde.", "day_shift_only"),
        ("Har svært ved samarbejde.", "no_prolonged_standing"),
        # a reassurance word is never a target: no guess turns the clause permissive or strict
        ("Kan sagtens løfte 20 kg.", "max_lift_kg"),
        # a common word is no slip, even where the sentence made little sense otherwise
        ("Borger venter på ny hofte.", "no_cold_environment"),  # not "vinter"
        ("Sønnen har ADHD, og borger skal ofte til møder på skolen.", "no_prolonged_standing"),
        ("Han kan ikke klare telefoner, der ringer.", "limited_hand_use"),  # not "finger"
        ("Mentor ser, at han har svært ved at passe sine opgaver.", "flexible_breaks"),  # "pause"
    ],
)
def test_real_words_are_not_guessed_into_another_meaning(text: str, not_read: str) -> None:
    result = extract_needs(text)
    assert not_read not in codes(text)
    assert not any("spelling guessed" in w for w in result.warnings)


def test_guesses_only_add_needs_and_always_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """On every labelled sentence, the spelling guesses either change nothing or add needs (a
    new code or a stricter value) to a text that then says a spelling was guessed; the text of
    most sentences is read exactly as without guesses."""
    rows = ALL_ROWS + BLIND_ROWS
    with_guesses = [extract_needs(row["text"]) for row in rows]
    _first_reading_only(monkeypatch)
    without = [extract_needs(row["text"]) for row in rows]
    changed = 0
    for row, guessed, plain in zip(rows, with_guesses, without, strict=True):
        if guessed == plain:
            continue
        changed += 1
        assert any("spelling guessed" in w for w in guessed.warnings), row["text"]
        strictest = {n.code: n.value for n in guessed.needs}
        for need in plain.needs:
            assert need.code in strictest, row["text"]
            if need.value is not None:
                assert strictest[need.code] is not None and strictest[need.code] <= need.value
    assert changed <= len(rows) // 50


def test_an_obvious_slip_in_an_understood_sentence_is_read_and_said() -> None:
    """A long unknown word one edit from a trigger is respelt even where the sentence already
    gave a need: the need it hides is read and the sentence is reported as partly understood."""
    result = extract_needs("Max 12 timer om ugen, kun formidage.")
    assert {n.code for n in result.needs} == {"max_hours_per_week", "day_shift_only"}
    assert any("spelling guessed" in w and "formidage" in w for w in result.warnings)
    assert result.unclear


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("Max femogfyrre min. transport.", "max_travel_minutes", 45.0),
        ("Kan ikke løfte over tyve kg.", "max_lift_kg", 20.0),
        ("Transporttid højst en halv time.", "max_travel_minutes", 30.0),
        ("Transporttid højst halvanden time.", "max_travel_minutes", 90.0),
        ("Max niogtredive timer om ugen.", "max_hours_per_week", 39.0),
        ("Kan max løfte enogtyve kilo.", "max_lift_kg", 21.0),
    ],
)
def test_number_words_in_limits(text: str, code: str, value: float) -> None:
    assert codes(text)[code] == value


def test_edit_distance_counts_a_transposition_as_one() -> None:
    assert accommodations._edit_distance("klude", "kulde", 2) == 1
    assert accommodations._edit_distance("kudnekotnakt", "kundekontakt", 2) == 2
    assert accommodations._edit_distance("samarbejde", "kundekontakt", 2) == 3  # over the limit


def test_the_vocabulary_comes_from_the_rules() -> None:
    """Targets are read off the rule patterns and the lexicon, not typed in; reassurances are
    no targets, and ordinary words are guessed at only where nothing else made sense."""
    vocab = accommodations._vocabulary()
    assert "bopæl" in vocab.stems  # from the travel pattern ``bopæl\w*``
    assert {"kulde", "støjende", "kundekontakt", "femogfyrre"} <= vocab.targets
    assert "sagtens" not in vocab.targets
    assert "klude" in vocab.ordinary
    assert accommodations._guess("klude", warned=True, found=True) == ()
    assert accommodations._guess("klude", warned=False, found=False) == ()
    assert accommodations._guess("klude", warned=True, found=False) == ("kulde",)
    # the most frequent Danish words are never guessed at; "klude" is rarer
    assert "venter" in vocab.common and "klude" not in vocab.common
    assert accommodations._guess("venter", warned=True, found=False) == ()


# --------------------------------------------------------------------------------------------
# Batch 8: abbreviated notes, sedentary work, changed limits, no-need statements, background
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "pause mulighed",
        "Pausemulighed.",
        "pausemuligheder efter eget valg",
        "Ikke kunder. Pause mulighed. 12 t",
        "Behov: pause muligheder",
    ],
)
def test_breaks_named_in_note_style_are_read(text: str) -> None:
    assert "flexible_breaks" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "stillesiddende arb",
        "Arbejdet skal være stillesiddende.",
        "Bør have stillesiddende arbejde.",
        "Skal have et stillesiddende job, max 10 timer om ugen.",
        "Hensyn: stillesiddende funktioner",
    ],
)
def test_sedentary_work_rules_out_standing_and_walking(text: str) -> None:
    found = codes(text)
    assert {"no_prolonged_standing", "no_prolonged_walking"} <= set(found)


def test_seated_work_with_breaks_to_stand_up_stays_a_standing_need_only() -> None:
    """ "siddende arbejde med mulighed for at rejse sig" is not sedentary: walking is allowed."""
    assert "no_prolonged_walking" not in codes("Siddende arbejde med mulighed for at rejse sig.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Timetallet er hævet fra 10 til 14 timer om ugen, som hun kan klare.", 14.0),
        ("Arbejdstiden er øget fra 8 til 12 timer om ugen.", 12.0),
        ("Vi har optrappet timerne fra 6 til 9 timer om ugen.", 9.0),
        ("Timerne blev sat op fra 12 til 15 timer ugentligt.", 15.0),
        ("Timetallet er nedsat fra 20 til 12 timer om ugen.", 12.0),
        ("Løftegrænsen er hævet fra 5 til 8 kg.", 8.0),
    ],
)
def test_a_limit_changed_from_a_to_b_is_b(text: str, value: float) -> None:
    result = extract_needs(text)
    found = {n.code: n.value for n in result.needs}
    assert value in found.values(), found
    assert not result.unclear


@pytest.mark.parametrize(
    "text",
    [
        "Timetallet skal hæves fra 10 til 14 timer om ugen.",
        "Timerne optrappes fra 6 til 9 timer om ugen i løbet af forløbet.",
    ],
)
def test_a_planned_change_of_a_limit_keeps_the_current_one_and_warns(text: str) -> None:
    result = extract_needs(text)
    assert {n.code: n.value for n in result.needs}["max_hours_per_week"] < 14
    assert result.warnings


def test_a_range_without_a_change_keeps_the_smaller_bound() -> None:
    assert codes("Hun kan arbejde fra 10 til 14 timer om ugen.")["max_hours_per_week"] == 10.0


@pytest.mark.parametrize(
    "text",
    [
        "Ingen skånehensyn.",
        "Skånebehov: ingen",
        "Skånehensyn: Ingen.",
        "Begrænsninger: ingen kendte",
        "Der er helbredsmæssigt ingen særlige skånehensyn.",
        "Borger er blevet undersøgt af egen læge, som ikke fandt grund til begrænsninger i "
        "arbejdet.",
        "Lægen ser ingen grund til skånehensyn.",
        "Har en lettere hørenedsættelse, som ikke giver gener i arbejdet.",
        "Hun har astma, som ikke giver problemer i det daglige arbejde.",
        "Borger havde en periode med stress i 2021, men oplyser, at hun er kommet sig helt.",
        "Han havde en skulderskade i 2019, men er kommet sig fuldt.",
        "Lægen anbefalede tidligere skåneforhold pga. knæproblemer, men efter genoptræning er "
        "der ikke længere behov for hensyn.",
        "Tidligere skånehensyn pga. rygsmerter er nu bortfaldet.",
        "Har diabetes, men der er ingen skånehensyn.",
        # a finding or a capacity of no need (blind batch 39)
        "Der er ikke fundet objektive tegn på begrænsninger i funktionsevnen.",
        "Borger har genvundet sin fulde arbejdsevne efter operationen.",
        "Borger har ingen egne helbredsproblemer.",
    ],
)
def test_an_explicit_no_need_statement_needs_no_warning(text: str) -> None:
    result = extract_needs(text)
    assert result.needs == ()
    assert not result.unclear, result.warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ingen skånehensyn ud over løft max 10 kg.", {"max_lift_kg": 10.0}),
        (
            "Ingen skånehensyn, men må ikke stå mere end 20 min ad gangen.",
            {"no_prolonged_standing": None},
        ),
        (
            "Har ingen begrænsninger ift. løft, men må ikke arbejde om natten.",
            {"day_shift_only": None},
        ),
    ],
)
def test_a_no_need_statement_keeps_the_restriction_beside_it(
    text: str, expected: dict[str, float | None]
) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ingen fysiske skånehensyn, men psykisk sårbar.",
        "Ingen fysiske begrænsninger, men har angst.",
        "Han har svært ved at møde tidligt pga. medicinen, men det er ikke et skånehensyn.",
        "Ingen skånehensyn, men hun må ikke arbejde med knive.",
        "Hun er delvist kommet sig efter sin depression.",
        "Han har epilepsi. Ingen skånehensyn.",
        "Borger har ikke fuld arbejdsevne.",
        "Borger har fuld arbejdsevne, men har KOL.",
        "Der er ikke fundet fysiske begrænsninger.",
        # an exception after a finding of no need (the findings review)
        "Borger har fuld arbejdsevne, bortset fra natarbejde.",
        "Der er ikke fundet tegn på begrænsninger udover i forhold til natarbejde.",
        "Borger har genvundet sin fulde arbejdsevne, med undtagelse af længere tids gang.",
    ],
)
def test_a_no_need_statement_does_not_hide_what_it_does_not_cover(text: str) -> None:
    assert extract_needs(text).unclear


@pytest.mark.parametrize(
    "text",
    [
        "Borger har været på kontanthjælp i 6 år og har ikke haft fast tilknytning til "
        "arbejdsmarkedet.",
        "Han har ikke haft et ordinært job siden 2015.",
        "Hun har aldrig arbejdet i Danmark.",
        "Hun taler dansk på niveau med Danskuddannelse 2 og kan have brug for tolk ved "
        "opstartssamtalen.",
        "Han har brug for tolk til møderne.",
        "Der er fortsat behov for samtaler med psykolog.",
        "Borger har behov for støttende samtaler med mentor hver anden uge.",
        "Hun vil gerne arbejde i en kantine eller med let kontorarbejde.",
        "Han ønsker et job som pedel, men det vurderes ikke realistisk.",
        "Hun vil gerne være buschauffør, men det er ikke afklaret.",
        "Han er kognitivt velfungerende og har erfaring med bogholderi.",
        "Hun er socialt velfungerende.",
    ],
)
def test_administrative_background_is_no_need_and_no_warning(text: str) -> None:
    result = extract_needs(text)
    assert result.needs == ()
    assert not result.unclear, result.warnings


@pytest.mark.parametrize(
    "text",
    [
        "Borger har KOL.",
        "Thomas har epilepsi med anfald ca. en gang om måneden.",
        "Borger har ondt i hofterne.",
        "Han har ikke været i stand til at stå i længere tid siden ulykken.",
        "Han har ikke haft kræfter til at arbejde mere end få timer.",
        "Han er en velfungerende autist.",
        "Han har brug for tolk og kan ikke tåle kulde og larm fra maskiner.",
        "Hun vil gerne arbejde i kantinen, men kan kun klare lette opgaver.",
    ],
)
def test_diagnoses_and_restrictions_beside_background_still_warn(text: str) -> None:
    result = extract_needs(text)
    assert result.unclear or result.needs, result


@pytest.mark.parametrize(
    "text",
    [
        "Borgeren er 24 år og har ingen uddannelse ud over 9. klasse. Han ønsker at arbejde med biler.",
        "Næste møde er aftalt til 1. marts kl. 10. Borger bor i Vamdrup.",
        "Samtale den 2. februar. Næste møde er den 1. marts.",
        "Hun går til fysioterapi hver 14. dag.",
        "Han er i praktik for 3. gang.",
    ],
)
def test_an_ordinal_before_a_lower_case_word_does_not_end_a_sentence(text: str) -> None:
    pieces = [text[a:b] for a, b in sentence_spans(text)]
    assert not any(p[:1].islower() for p in pieces), pieces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scanner's letters for digits and stray spaces: the figure meant, not a stricter or
        # a missing one
        ("Borger kan arbejde op til l2 timer om ugen.", {"max_hours_per_week": 12}),
        (
            "Arbejdstid: l5 timer/uge. Transporttid max. 4O min. hver vej.",
            {"max_hours_per_week": 15, "max_travel_minutes": 40},
        ),
        ("Løfteevne: max 5 k g.", {"max_lift_kg": 5}),
        ("Maa ikke loefte over 1 0 kg.", {"max_lift_kg": 10}),
        ("Drik 2l vand om dagen. Max 12 timer.", {"max_hours_per_week": 12}),
        # an abbreviated weekday range counts every day in it
        ("Op til 4 t. dagl., man.-fre.", {"max_hours_per_week": 20}),
        # what is excepted from "all tasks" is ruled out
        ("Kan varetage alle opgaver i køkkenet undtagen opvask.", {"no_wet_work": None}),
        ("Hun kan alle opgaver på lageret undtagen truckkørsel.", {"no_driving": None}),
        # the citizen decides when to pause
        ("Pauserne styrer hun selv.", {"flexible_breaks": None}),
        ("Hun skal selv kunne styre sine pauser.", {"flexible_breaks": None}),
        # "hverken ... er et problem" states no need
        (
            "Hverken løft, bøjninger eller lange gåture er et problem for borger – men hun kan "
            "ikke tåle kulde.",
            {"no_cold_environment": None},
        ),
        # "må hverken ... eller" is a need
        ("Hun må hverken løfte eller bøje sig.", {"max_lift_kg": 10, "no_bending": None}),
    ],
)
def test_batch_15_phrasings(text: str, expected: dict[str, float | None]) -> None:
    result = extract_needs(text)
    assert codes(text) == expected and not result.warnings, result


@pytest.mark.parametrize(
    "text",
    [
        # a list that is no subject: "hverken" negates the verb before it
        "Hun kan hverken stå eller gå i længere tid, hvilket er et problem.",
        "Borger kan hverken løfte eller bøje sig, og det er et problem på lageret.",
        # split figures that may be a range or a decimal are not joined
        "Kan løfte 5 8 kg.",
        "Uge 1 2 timer dagligt, uge 2 4 timer dagligt.",
        # a statement of no need does not explain what is set against it
        "Ingen fysiske og psykiske skånehensyn, men har epilepsi.",
        "Ingen skånehensyn, men har epilepsi.",
        # "ikke har" in a purpose clause is a need, not a reassurance
        "Mentor skal sikre, at hun ikke har ondt i ryggen efter løft.",
        # the trainee is usually the citizen, and "en anden medarbejder" a need
        "Praktikant Ali må ikke løfte over 5 kg.",
        "Det er vigtigt, at en anden medarbejder altid er til stede pga. epilepsi.",
    ],
)
def test_the_reviews_adversarial_sentences_keep_their_needs_or_warn(text: str) -> None:
    """Sentences an independent review of batch 15's round wrote against its new rules: each
    states a need, which must be read (no looser than before) or warned about."""
    result = extract_needs(text)
    assert result.needs or result.warnings, text
    looser = {
        "Kan løfte 5 8 kg.": ("max_lift_kg", 8),
        "Uge 1 2 timer dagligt, uge 2 4 timer dagligt.": ("max_hours_per_week", 10),
    }
    if text in looser:
        code, limit = looser[text]
        value = codes(text)[code]
        assert value is not None and value <= limit


def test_an_english_only_is_a_restriction_that_warns_when_not_read() -> None:
    """English words one letter from an English rule word are no slips of it ("light" is no
    "night")."""
    assert extract_needs("Light duties only.").warnings
    assert not extract_needs("Light duties only.").needs
    assert extract_needs("Mornings only.").warnings


def test_being_overwhelmed_is_a_symptom_that_warns() -> None:
    """ "Lukker ned" is no misspelt "bukker" (bending): it describes being overwhelmed, which
    no code states, so the sentence warns."""
    text = "Han 'lukker ned', når der bliver travlt, og alt skal gå stærkt."
    result = extract_needs(text)
    assert not result.needs and result.warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is listed under "Uegnede opgaver:" is ruled out
        ("Uegnede opgaver: alt med finmotorik.", {"limited_hand_use": None}),
        ("Egnede opgaver: alt med finmotorik.", {}),
        # the citizen decides when to pause; no work without breaks
        ("Hun skal selv kunne bestemme, hvornår hun holder pause.", {"flexible_breaks": None}),
        ("Borger kan ikke arbejde uden pauser.", {"flexible_breaks": None}),
        # the times of breaks are no working hours; "mellem kl. 8 og 14" is
        ("Hun kan arbejde mellem kl. 8 og 14.", {"day_shift_only": None}),
        # a share of normal time
        ("Lægen foreslår højst det halve af normal tid.", {"max_hours_per_week": 18.5}),
        # none at all, said beside a plain "må ikke løfte"
        ("Hun må ikke løfte (ingen løft overhovedet).", {"max_lift_kg": 0}),
        ("Slet ikke tunge løft.", {"max_lift_kg": 10}),
    ],
)
def test_batch_16_phrasings(text: str, expected: dict[str, float | None]) -> None:
    result = extract_needs(text)
    assert codes(text) == expected and not result.warnings, result


def test_two_times_of_breaks_are_no_working_hours() -> None:
    breaks = "Borger holder nu de faste pauser kl. 9.30 og 12 ligesom de øvrige medarbejdere."
    assert "day_shift_only" not in codes(breaks)


@pytest.mark.parametrize(
    ("text", "must_read"),
    [
        # a need beside "uden pauser" stays the need
        ("Kan ikke klare kulde uden pauser.", "no_cold_environment"),
        ("Kan ikke arbejde udendørs uden pauser.", "no_cold_environment"),
        # a span of working time after "pauser" is still working time
        ("Pauser kl 8-12 hver time.", "day_shift_only"),
        ("Skal have pauser mellem 8 og 12.", "day_shift_only"),
        # a buddy who takes the heavy lifts is the citizen's need, not another person's
        ("Hans makker skal tage sig af alle tunge løft.", "max_lift_kg"),
    ],
)
def test_the_second_reviews_sentences_keep_their_needs(text: str, must_read: str) -> None:
    """Sentences a second review of batch 16's round wrote against its new rules."""
    assert must_read in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skærmarbejde frarådes",  # a short line with a need word is no heading of a list
        "Arbejdsopgaver tager 150 % af normal tid.",  # a pace, not a share of the week
        "Kan ikke arbejde det halve af normal tid.",  # less than half: no figure to read
    ],
)
def test_the_second_reviews_unread_sentences_warn(text: str) -> None:
    result = extract_needs(text)
    assert result.warnings and "max_hours_per_week" not in codes(text)


def test_no_lifting_at_all_is_not_read_from_a_narrower_ban() -> None:
    assert codes("Ingen tunge løft, og slet ikke løft over skulderhøjde.")["max_lift_kg"] == 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form's fields, one after another on a line: each answer is its own field's
        (
            "Tunge løft: Nej | Kan stå: ja, max 30 min | Kan gå: ja | Kundekontakt: ok",
            {"max_lift_kg": 10, "no_prolonged_standing": None},
        ),
        ("Kan stå: kort tid", {"no_prolonged_standing": None}),
        ("Kan gå: ca. 50 m", {"no_prolonged_walking": None}),
        # a field answered by ticking one of two boxes
        ("Natarbejde [ ] ja [x] nej", {"day_shift_only": None}),
        ("Kan arbejde alene [ ] ja [x] nej", {"not_alone": None}),
        ("Natarbejde [x] ja [ ] nej", {}),
        # a bare figure after a limit on lifting is its weight
        ("Max løft 8.", {"max_lift_kg": 8}),
        ("Løft: max 8", {"max_lift_kg": 8}),
        ("Timer: ca. 20-25 pr. uge", {"max_hours_per_week": 20}),
        # stints of several lengths add up
        ("Aftalt: 2 x 3 timer + 1 x 4 timer om ugen.", {"max_hours_per_week": 10}),
        # clinicians' words
        ("Der anbefales et stimulusreduceret arbejdsmiljø.", {"quiet_environment": None}),
        ("Der anbefales monotasking og opgaver med lav kompleksitet.", {"simple_tasks": None}),
        ("Tempokrav vil medføre kognitiv overbelastning.", {"no_time_pressure": None}),
        ("Bimanuelle aktiviteter kan ikke udføres.", {"limited_hand_use": None}),
        ("Ekspedition af kunder er kontraindiceret.", {"no_customer_contact": None}),
        ("Førerretten er inddraget.", {"no_driving": None}),
        # an angle is no temperature; a temperature still is
        ("Elevation af armene over 90 grader bør undgås.", {"no_overhead_work": None}),
        ("Må ikke arbejde ved minus 18 grader.", {"no_cold_environment": None}),
        # the citizen's own weight is no lifting limit
        ("Hun er 1,92 m og vejer 140 kilo, men har ingen fysiske skånehensyn.", {}),
        ("Vægt 95 kg, højde 180 cm, BMI 29.", {}),
        # "arb." abbreviates and ends no sentence
        (
            "Skal undgå arb. m. armene løftet samt gentagne finmotoriske bevægelser.",
            {"no_overhead_work": None, "limited_hand_use": None},
        ),
    ],
)
def test_batch_20_and_21_phrasings(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


def test_a_reassurance_below_a_figure_limits_at_it_and_warns() -> None:
    """ "Ingen problemer med løft under 10 kg" says nothing of more: 10 kg, read cautiously."""
    result = extract_needs("Ingen problemer med løft under 10 kg.")
    assert {n.code: n.value for n in result.needs} == {"max_lift_kg": 10}
    assert result.warnings


def test_a_table_of_clock_windows_under_weekdays_warns() -> None:
    """A week's windows under a heading row of weekdays: which window is whose is not read."""
    result = extract_needs("Man | Tirs | Ons -- Tilgængelig | 8-12 | 8-12 | –")
    assert result.warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is excepted from "everything" is ruled out, wherever the reassurance stands
        ("Alt andet end aften- og natvagter kan hun sagtens tage.", {"day_shift_only": None}),
        ("Alle opgaver undtagen opvask er fine.", {"no_wet_work": None}),
        ("Alt andet end tunge løft er fint.", {"max_lift_kg": 10}),
        ("Hun kan tage alle vagter undtagen aftenvagter.", {"day_shift_only": None}),
        ("Hun kan alle opgaver på nær opvask.", {"no_wet_work": None}),
        ("Kunder undtaget kan hun klare det hele.", {"no_customer_contact": None}),
        ("Alt for tunge løft skal undgås.", {"max_lift_kg": 10}),
        # a figure after a clause about it
        ("Det ugentlige timetal, som teamet har anbefalet, er tolv.", {"max_hours_per_week": 12}),
        ("Ugentligt højst 20.", {"max_hours_per_week": 20}),
        # kept away from, the only one at work, after dark, a fronted object
        ("Ole skal holdes fra kemiske midler i gartneriet.", {"no_chemicals": None}),
        ("Hun må aldrig være den eneste på arbejdspladsen.", {"not_alone": None}),
        ("Hun skal være hjemme, inden det bliver mørkt.", {"day_shift_only": None}),
        ("Pauser skal han have.", {"flexible_breaks": None}),
        (
            "Med sin hofteprotese kan hun ikke gå det meste af dagen.",
            {"no_prolonged_walking": None},
        ),
        # a travel time in a condition
        ("Tager turen mere end en halv time, står jeg af.", {"max_travel_minutes": 30}),
    ],
)
def test_batch_22_and_23_phrasings(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


def test_a_figure_of_a_date_to_come_is_read_with_a_warning() -> None:
    """ "Fra næste måned ... 15 timer": today's limit is not said; the figure is read, cautiously."""
    result = extract_needs("Fra næste måned går han op til 15 timer om ugen.")
    assert codes("Fra næste måned går han op til 15 timer om ugen.") == {"max_hours_per_week": 15}
    assert result.warnings


#: Adversarial reviews of the reader (needs as the reviewers read them). The first file: two
#: reviews of the round of batches 20-23, each text written to make one of its rules lose a
#: need silently; on the code they reviewed (b3f40cc) 180 of its 490 texts lost one. The second: two
#: reviews of the whole reader, on records and forms and on narrative text, each trick used at
#: most five times; on the code they reviewed (5cff149) 242 of its 506 texts lost one. The
#: third: two reviews of the round of batches 25-26 (forms, figures and schedules; narrative
#: prose); on the code they reviewed (d6e76dd) 107 of its 469 texts lost one. The fourth: two
#: reviews of that round's rules and of ordinary case text; on the code they reviewed (f5704c7)
#: 144 of its 578 texts lost one. The last: a review of short notes (one to three sentences) on
#: 96e408f, where 189 of 203 lost one (fields answered in one word, what she can travel by bus
#: or bike, a total lifting ban, "skal hjem efter 3 timer" read as travel, "det samme gælder
#: fugt", "15 kg var for meget"); some of its labels read total bans as 0 kg where the reader's
#: convention for "må ikke løfte" is 10 kg. The names review (150 texts on proper names: places,
#: people, firms, signatures) found 18 that lost one on 83cb9fe: title-case needs taken into a
#: firm's name, companions named or by role ("skal følges med sin kontaktperson"), first names
#: respelt ("Inge" as "ingen"); 2 after its round, 1 since "Skal altid have Jens Hansen i
#: nærheden" is read. The findings review (150 texts on a session's two changes: findings of no
#: need read quietly, and common words never taken for slips) found 46 on 63d41a2: 13 an
#: exception after a finding ("har fuld arbejdsevne, bortset fra natarbejde"), new with it; 33
#: slips into other words that were lost before either change too ("20 tider om ugen", "kulde
#: og arm"); 23 after its round (a finding with an exception after it is no finding; "tider"
#: and "timen" are hours).
REVIEW_FILES = {
    "reader_form_attacks.jsonl": (490, 21),
    "reader_open_attacks.jsonl": (506, 131),
    "reader_round_attacks.jsonl": (469, 29),
    "reader_rules_attacks.jsonl": (578, 12),
    "reader_walk_attacks.jsonl": (150, 5),
    "reader_lists_attacks.jsonl": (155, 4),
    "reader_fields_attacks.jsonl": (165, 3),
    "reader_narrative_attacks.jsonl": (155, 1),
    "reader_layout_attacks.jsonl": (160, 0),
    "reader_layout2_attacks.jsonl": (160, 0),
    "reader_short_attacks.jsonl": (203, 101),
    "reader_names_attacks.jsonl": (150, 1),
    "reader_findings_attacks.jsonl": (150, 23),
    "reader_helper_hours_attacks.jsonl": (180, 1),
}


@pytest.mark.parametrize(("name", "size", "ceiling"), [(n, *v) for n, v in REVIEW_FILES.items()])
def test_the_reviews_lose_no_more_needs_silently(name: str, size: int, ceiling: int) -> None:
    """Texts that still lose a need without making the needs unclear stay at or below the count
    after the fixes. What remains in the form reviews: a box before its label, a figure in a
    parenthesis that narrows another, a need set against a "ja" ("ja, hvis der er en kollega").
    In the open reviews (written against the
    reader with it at hand, so an upper bound on what ordinary text does): figures that need
    arithmetic or a correction ("nedjusteret til det halve", "20 → 12"), objects as weights ("en
    liter mælk"), idioms that hit another need's word ("fryser fast", "bøjer af"), a need named
    in the sentence before ("Det samme gælder for at gå"), contrasts ("ikke løft, men at stå"),
    needs implied by behaviour, and marks (emoji, ÷ before a word, traffic lights)."""
    rows = [
        json.loads(line)
        for line in (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) == size
    silent = []
    for row in rows:
        result = extract_needs(row["text"])
        if result.unclear:
            continue
        got = {n.code: n.value for n in result.needs}
        lost = [
            need["code"]
            for need in row["needs"]
            if need["code"] not in got
            or (need["value"] is not None and (got[need["code"]] or 0) > need["value"] + 0.01)
        ]
        if lost:
            silent.append((row["text"], lost))
    assert len(silent) <= ceiling, silent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each field of a form keeps its own answer, whatever the field before it said
        ("Løft: ok | Stå: ok | Kulde: tåles ikke", {"no_cold_environment": None}),
        ("Løft: ok, Stå: ok, Kulde: tåles ikke", {"no_cold_environment": None}),
        # a yes with a limit is the limit
        ("Kan stå: ja, kortvarigt | Kan gå: ja", {"no_prolonged_standing": None}),
        ("Pauser: ja, efter behov | Kundekontakt: ok", {"flexible_breaks": None}),
        ("Stå: ok i 10 min | Gå: ja", {"no_prolonged_standing": None}),
        ("Kan gå: ja, men ikke langt", {"no_prolonged_walking": None}),
        ("Kan bruge højre hånd: delvist", {"limited_hand_use": None}),
        # a capacity answered no
        ("Kan tåle kulde: nej", {"no_cold_environment": None}),
        ("Kan klare vådt arbejde: nej", {"no_wet_work": None}),
        # boxes in other layouts
        ("Natarbejde ja [ ] nej [x]", {"day_shift_only": None}),
        ("Natarbejde: (x) nej ( ) ja", {"day_shift_only": None}),
        ("Natarbejde (ja/nej): nej ☒ ja ☐", {"day_shift_only": None}),
        ("Kan arbejde under tidspres [ ja ] [X nej]", {"no_time_pressure": None}),
        ("Aften/nat:   ja ❑   nej ■", {"day_shift_only": None}),
        (
            "Natarbejde [ ] ja [x] nej  Kundekontakt [x] ja [ ] nej  Kulde [ ] ja [x] nej",
            {"day_shift_only": None, "no_cold_environment": None},
        ),
        (
            '"Kunder? Ja [ ] Nej [x]. Aften? Ja [ ] Nej [x]."',
            {"no_customer_contact": None, "day_shift_only": None},
        ),
        # a body weight is no lifting limit, and does not hide the real one
        ("Vægt: 110 kg | Tunge løft: nej", {"max_lift_kg": 10}),
        ("Hun vejer nu 70 kg og løfter max 5.", {"max_lift_kg": 5}),
        # bare figures of lifting and weekly hours
        ("Løftegrænse: 8 i praktikaftalen", {"max_lift_kg": 8}),
        ("Må ikke løfte mere end 5", {"max_lift_kg": 5}),
        ("Løft (kg): 8", {"max_lift_kg": 8}),
        ("Max løft 8, max bære 4", {"max_lift_kg": 4}),
        ("Timer pr. uge: 15", {"max_hours_per_week": 15}),
        ("Timer/uge: 12", {"max_hours_per_week": 12}),
        # exceptions
        ("Kan klare alt med undtagelse af løft", {"max_lift_kg": 10}),
        (
            "Han kan være i alle afdelinger, undtagen kølerum og opvask.",
            {"no_cold_environment": None, "no_wet_work": None},
        ),
        (
            "Alle skånehensyn er ophævet undtagen kravet om rolige omgivelser.",
            {"quiet_environment": None},
        ),
        # words
        ("Førerret: inddraget", {"no_driving": None}),
        ("Skulderen kan ikke løftes over 60 grader.", {"no_overhead_work": None}),
        ("Blæsefryser (minus 50 grader): nej", {"no_cold_environment": None}),
        ("Han står af, hvis han skal stå op hele dagen", {"no_prolonged_standing": None}),
        ("Transport over 30 min: nej", {"max_travel_minutes": 30}),
        ("Praktikplan | Arbejdstid: dag | Weekend: ok", {"day_shift_only": None}),
    ],
)
def test_the_form_reviews_phrasings(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Løft: max 15 kg efter genoptræning, p.t. 5.",  # today's figure beside another
        "Til august optrappes til 20 timer om ugen. Indtil da 8.",
        "Det står forkert i aftalen, at hun kan arbejde alene",  # the file corrects itself
        "Ingen problemer med transport under 20 min",
    ],
)
def test_the_form_reviews_doubtful_sentences_warn(text: str) -> None:
    assert extract_needs(text).warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hours of a longer period
        ("Omfang: 52 timer over 13 uger", {"max_hours_per_week": 4}),
        ("Fleksjob: 40 timer om måneden", {"max_hours_per_week": 40 * 12 / 52}),
        ("Han er visiteret til en kvart stilling.", {"max_hours_per_week": 9.25}),
        ("Borger har fleksjob på 8", {"max_hours_per_week": 8}),
        # a choice struck out or set in bold, a question whose yes is the need
        ("Kan patienten stå i længere tid: ~~Ja~~ Nej", {"no_prolonged_standing": None}),
        ("Kan arbejde alene: Ja / **Nej**", {"not_alone": None}),
        ("Er der forhold, der hindrer arbejde i kulde? Ja.", {"no_cold_environment": None}),
        ("Natarbejde: ÷", {"day_shift_only": None}),
        # a need that is not lifted, negations in other words
        ("Skånehensynet om stående arbejde er ikke ophævet.", {"no_prolonged_standing": None}),
        ("Lægen har sagt nej til al kørsel.", {"no_driving": None}),
        ("Han kan næppe klare en eftermiddag alene i butikken.", {"not_alone": None}),
        ("Han kan sjældent klare kunder.", {"no_customer_contact": None}),
        ("Det ville være uforsvarligt at sætte hende i kassen.", {"no_customer_contact": None}),
        ("Jeg ka' ente stå læng'.", {"no_prolonged_standing": None}),
        ("Hun er alt andet end tryg ved at være alene på arbejdet.", {"not_alone": None}),
        ("Han skal være fri for natarbejde.", {"day_shift_only": None}),
        ("Hun er lam fra livet og ned.", {"wheelchair_access": None}),
        # a sentence that says the same holds for something else
        (
            "Hun kan ikke tåle kulde. Ditto med vand.",
            {"no_cold_environment": None, "no_wet_work": None},
        ),
        (
            "Kundekontakt er udelukket. Ligeså at være alene i butikken.",
            {"no_customer_contact": None, "not_alone": None},
        ),
        # mistakes when the pace rises are a need; a busy kitchen alone is not
        ("Hun laver mange fejl i opgaverne, når det går stærkt.", {"no_time_pressure": None}),
        ("Det går stærkt i køkkenet om middagen.", {}),
    ],
)
def test_the_open_reviews_phrasings(text: str, expected: dict[str, float | None]) -> None:
    assert {c: v if v is None else round(v, 2) for c, v in codes(text).items()} == {
        c: v if v is None else round(v, 2) for c, v in expected.items()
    }


@pytest.mark.parametrize(
    "text",
    [
        "Timer: 20 → 12 (justeret efter lægesamtale)",  # a corrected figure
        "Arbejdstid: 25 timer/uge. (Fejl i skabelonen – aftalt er 15.)",
        "Hun kan arbejde 25 timer om ugen på sigt, men starter med 10.",
        "Vi blev enige om at holde os til 14 indtil videre.",
        "Han siger, at han kan være alene. Det er mentor og læge ikke enige i.",
        "Hun må ikke løfte mere end en liter mælk ad gangen.",  # an object's weight is not read
    ],
)
def test_the_open_reviews_doubtful_sentences_warn(text: str) -> None:
    assert extract_needs(text).warnings


# --------------------------------------------------------------------------------------------
# Layout: ticks on ranges, tables, answers below their field, a day's hours (blind batch 30)
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ticked band of a field, on its line or on the line below it
        ("Løft (kg): ☐ 0-5 ☒ 10-20 ☐ over 20", {"max_lift_kg": 10}),
        ("Timer pr. uge:\n☐ 0-10\t☒ 10-20\t☐ 20-30\t☐ 30+", {"max_hours_per_week": 10}),
        ("Pauser:\n☒ Efter behov\n☐ Faste pauser", {"flexible_breaks": None}),
        # a band from nothing is a ceiling, not a ban
        ("Løft: ☒ 0-5 kg ☐ 5-10 kg", {"max_lift_kg": 5}),
        ("Må løfte 0-5 kg.", {"max_lift_kg": 5}),
        # a field answered by an unticked box is a no
        ("Kørestol: ☐\nKan gå max 100 m", {"no_prolonged_walking": None}),
        # a short answer alone on the line below its field; a heading for needs keeps its list
        ("Timer pr. uge:\n10-20", {"max_hours_per_week": 10}),
        ("Skånehensyn:\nløft\nbøjning", {"max_lift_kg": 10, "no_bending": None}),
        # an item or a bound in brackets is part of its sentence; an aside a list goes on
        # after is left out of it
        (
            "Kan stå (og gå) i kort tid.",
            {"no_prolonged_standing": None, "no_prolonged_walking": None},
        ),
        (
            "Kan stå og gå (kortvarigt).",
            {"no_prolonged_standing": None, "no_prolonged_walking": None},
        ),
        (
            "Må ikke løfte (tunge ting) eller stå længe.",
            {"max_lift_kg": 10, "no_prolonged_standing": None},
        ),
        # an aside's figure still sets its need's value, and what an aside explains stays out
        ("Ingen tunge løft (over 15 kg)", {"max_lift_kg": 15}),
        ("Obs: må ikke køre truck/bil (medicin). løft ok", {"no_driving": None}),
        # a day's hours, however the field is named; days counted in another field
        ("Daglig arbejdstid (timer): 4", {"max_hours_per_week": 20}),
        ("Daglig arbejdstid: 4 timer", {"max_hours_per_week": 20}),
        ("Timer pr. dag: 3\nDage pr. uge: 4", {"max_hours_per_week": 12}),
        ("Arbejdstid (t/dag) .... 3\nDage/uge .... 4", {"max_hours_per_week": 12}),
        ("Arbejdsdage: 4\nDaglig arbejdstid: 2,5 time", {"max_hours_per_week": 10}),
        (
            "Det anbefales, at timetallet i første omgang er 2 timer dagligt.",
            {"max_hours_per_week": 10},
        ),
        # a start and an end are the working day; a window says only when
        ("Mødetid 8.30 – fri 12.00", {"day_shift_only": None, "max_hours_per_week": 17.5}),
        ("Møder kl. 8 og går hjem kl. 12", {"day_shift_only": None, "max_hours_per_week": 20}),
        ("Kan møde fra 8:30 til 13.", {"day_shift_only": None}),
        # a travel field in minutes
        ("Transport (min): 30", {"max_travel_minutes": 30}),
        ("Max transporttid (min): 20", {"max_travel_minutes": 20}),
        # the figures of a table under their column's heading, with tabs or with spaces
        ("Løft (kg)\tTimer/uge\n8\t15", {"max_lift_kg": 8, "max_hours_per_week": 15}),
        ("Løft (kg)    Timer/uge\n8            15", {"max_lift_kg": 8, "max_hours_per_week": 15}),
        (
            "Hensyn                    Ja    Nej\nKan stå længe                   X\n"
            "Kan løfte over 10 kg            X",
            {"no_prolonged_standing": None, "max_lift_kg": 10},
        ),
        # boxes after the options they mark, and weekdays ticked in a row
        ("Ugentlig arbejdstid: 30 ☐ 20 ☐ 10 ✔", {"max_hours_per_week": 10}),
        ("Løft: 15 kg [ ] 5 kg [X]", {"max_lift_kg": 5}),
        ("Transport (én vej): 60 min ☐  45 min ☐  20 min ☒", {"max_travel_minutes": 20}),
        (
            "Mødedage (sæt x): man (x) tirs ( ) ons (x) tors ( ) fre ( )\n"
            "Daglig arbejdstid: 3 timer",
            {"max_hours_per_week": 6},
        ),
        (
            "Arbejdsdage: ☒ man ☐ tirs ☒ ons ☐ tors ☐ fre\nTimer pr. dag: 4",
            {"max_hours_per_week": 8},
        ),
        ("Timer/uge (sæt X): 0-10 [ ] 10-20 [X] 20+ [ ]", {"max_hours_per_week": 10}),
        # yes and no boxes on the lines below their question
        ("Kan arbejde alene?\nJa ☐\nNej ☒", {"not_alone": None}),
        ("Kan køre bil i arbejdstiden?\n[x] Ja\n[ ] Nej", {}),
        # a yes/no grid: a "nej" to what the citizen can do, a "ja" to a need under a heading
        # for needs
        (
            "Kan borgeren:\tJa\tNej\nløfte over 10 kg\t\tX\nstå i længere tid\t\tX\n"
            "gå længere ture\tX\t",
            {"max_lift_kg": 10, "no_prolonged_standing": None},
        ),
        ("Skånehensyn\tJa\tNej\nKan arbejde alene\t\tX", {"not_alone": None}),
        # a dotted leader before a colon of its own; an arrow to what holds now
        ("Transport.........: 25 min", {"max_travel_minutes": 25}),
        ("Arbejdstid: tidligere 37 t/uge → nu 20 t/uge", {"max_hours_per_week": 20}),
        # options marked by the box after them are a list; a lone answer's tick; an arrow
        # before an answer
        (
            "Skånehensyn (sæt kryds):\nLøft ☒  Stå ☐  Gå ☒  Bøje ☐",
            {"max_lift_kg": 10, "no_prolonged_walking": None},
        ),
        ("Må borgeren køre bil? ✔ Nej", {"no_driving": None}),
        ("Kan borgeren arbejde alene? Nej ✔", {"not_alone": None}),
        ("Kulde → nej\nKemikalier → ok", {"no_cold_environment": None}),
        ("Løft (kg) . . . . . . 5", {"max_lift_kg": 5}),
        # what others do to keep the citizen from it; an abbreviated "efter"; unsettled when
        # it gets busy
        ("Vi holder hende fra kassen og kundeservice, som aftalt.", {"no_customer_contact": None}),
        ("Pauser eft. behov.", {"flexible_breaks": None}),
        ("Han bliver nervøs, når vi har travlt.", {"no_time_pressure": None}),
        # pulling is no draught; an injured wrist limits the hand
        ("Træk/skub (kg): 15", {}),
        (
            "Hun har en gammel skade i venstre håndled og kan ikke bære bakker.",
            {"limited_hand_use": None, "max_lift_kg": 10},
        ),
    ],
)
def test_layout_phrasings(text: str, expected: dict[str, float | None]) -> None:
    assert {c: v if v is None else round(v, 2) for c, v in codes(text).items()} == {
        c: v if v is None else round(v, 2) for c, v in expected.items()
    }


@pytest.mark.parametrize(
    "text",
    [
        # a table's figure that no column reading accounts for
        "Løft\tStå\tGå\n8 kg\t15 min\t10 min",
        "Løft (kg)\tTræk/skub (kg)\n6\t15",
        "| Ugedag | Timer |\n| Man | 3 |\n| Tir | 3 |",
        "Dag\tStart\tSlut\nMandag\t08:00\t12:00",
        # a day's figure in a list under a heading no rule read
        "Arbejdstid (timer pr. dag):\nMan 4\nTirs 4\nOns -\nTors 3\nFre -",
        # when the day starts, not how long it is
        "Mødetid: 9.00",
        # a bare figure whose unit or need only a heading above names
        "Maks. løft (kg)\n• Gulv til bord: 5\n• Bord til bord: 10",
        "Arbejdstid pr. uge\n(  ) 25\n(  ) 15\n( X ) 8",
        "Løft (kg)\nTidligere: 25\nAktuelt: 5",
        # a working day's leaving times that differ by weekday; a "nej" to a negated row
        "Mødetid kl. 8, fri kl. 14 om mandagen og fri kl. 12 om onsdagen.",
        "| | Ja | Nej |\n| Må ikke løfte | | X |",
        # windows beside weekdays no rule counted; yes/no boxes before their question
        "Mødetid 9-15 mandag og 9-12 torsdag.",
        "☐ Ja ☒ Nej  Kan borgeren arbejde alene?",
        "☐ Ja\n☒ Nej\nKan borgeren køre bil i arbejdstiden?",
        # ticks under headings that are no yes/no answers
        "Dage:\tMa\tTi\tOn\tTo\tFr\n\tX\t\tX\t\tX\nTimer pr. dag: 3",
        # ticked items with no heading to say whether a tick is a need or a capacity
        "Stå: (x)  Gå: (x)",
        "☒ Stå  ☐ Gå  ☒ Løft",
        "Stå ☒ Gå ☐",
        "Natarbejde: ☒",
        "Stå: X",
        "[ ] ja [x] nej Natarbejde",
    ],
)
def test_a_layout_not_read_leaves_the_needs_unclear(text: str) -> None:
    assert extract_needs(text).unclear


@pytest.mark.parametrize(
    "text",
    [
        # a capacity ticked, a licence ticked, an answer ticked: no need and nothing unclear
        "Kan stå: ☒",
        "☒ Kørekort B",
        "Kundekontakt [x] ja [ ] nej",
        "Hygiejnebevis ✔  Truckcertifikat ✔",
    ],
)
def test_a_tick_that_names_no_need_leaves_the_needs_clear(text: str) -> None:
    result = extract_needs(text)
    assert not result.needs and not result.unclear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ticked item under a heading for needs is still read
        ("Skånehensyn:\n☒ Stå ☐ Gå", {"no_prolonged_standing": None}),
        # time to work in
        ("Har brug for ro og tid.", {"quiet_environment": None, "no_time_pressure": None}),
        ("Skal have god tid til opgaverne.", {"no_time_pressure": None}),
        ("Har ikke brug for ekstra tid.", {}),
        # what the citizen manages, with a figure, is the limit
        ("Han klarer fint 5-6 kg.", {"max_lift_kg": 5}),
        (
            "Han skal ikke bære kasser med mælk, de er for tunge (ca 15 kg). Han klarer fint 5-6 kg.",
            {"max_lift_kg": 5},
        ),
    ],
)
def test_batch_33_phrasings(text: str, expected: dict[str, float | None]) -> None:
    assert codes(text) == expected


# --- proper names --------------------------------------------------------------------------------


def test_no_place_name_reads_as_a_need_or_warns() -> None:
    """Notes name the job centre, the municipality and where the citizen lives. "Kolding" once
    read as cold, "Malling" as paint (chemicals), "Stenlille" as standing still; a name heading a
    note or signing it left the note unclear."""
    from features.names import place_names

    wrong = []
    for name in sorted(place_names()):
        for text, expected in (
            (f"Borger bor i {name}.", []),
            (f"Journalnotat, Jobcenter {name}: Max 10 kg løft.", [("max_lift_kg", 10.0)]),
            (f"{name} – skånehensyn: Max 10 kg løft.", [("max_lift_kg", 10.0)]),
            (f"Ikke kulde. /{name}", [("no_cold_environment", None)]),
        ):
            result = extract_needs(text)
            if [(n.code, n.value) for n in result.needs] != expected or result.warnings:
                wrong.append((text, result))
    assert not wrong, wrong[:5]


def test_a_warning_quotes_the_place_name_the_caseworker_wrote() -> None:
    result = extract_needs("Journalnotat, Jobcenter Assens: Borger har epilepsi. /Tårnby")
    assert result.warnings == (
        "sentence not understood: 'Journalnotat, Jobcenter Assens: Borger har epilepsi'",
    )
    result = extract_needs("Max 10 kg løft. Borger har PTSD og bor i Rødby.")
    assert result.warnings == ("sentence not understood: 'Borger har PTSD og bor i Rødby'",)


def test_a_need_said_to_change_without_a_new_value_warns() -> None:
    for sentence in (
        "Lægen har oplyst, at løfterestriktionen skal ændres efter scanningen.",
        "Timetallet revurderes i næste måned.",
        "Vi afventer en ny vurdering af løft.",
        "Vi skal ændre løftegrænsen.",
    ):
        result = extract_needs(f"Max 5 kg løft. {sentence}")
        assert [(n.code, n.value) for n in result.needs] == [("max_lift_kg", 5.0)]
        assert result.unclear, sentence
    assert not extract_needs("Løftegrænsen er ændret til 8 kg.").unclear


@pytest.mark.parametrize(
    "text",
    [
        "Mentor er Anne Frost.",
        "Kontaktperson: Lars Støjberg.",
        "Praktik hos Frost ApS.",
        "Max 10 kg løft. /Hanne, mentor",
        "Max 10 kg løft.\nVenlig hilsen\nHelle Vinter, mentor",
        "Lægehuset v/ Jens Kold\nMax 10 kg løft.",
        "Praktik hos Frost & Hansen.",
    ],
)
def test_people_and_firms_named_are_no_needs(text: str) -> None:
    """A surname or firm that looks like a need word ("Frost", "Støjberg") once gave a need."""
    result = extract_needs(text)
    expected = [("max_lift_kg", 10.0)] if "løft" in text else []
    assert [(n.code, n.value) for n in result.needs] == expected
    assert not result.warnings


def test_a_name_is_never_taken_from_a_need_written_in_capitals() -> None:
    needs = extract_needs("Mentor: Ingen Tunge Løft\n- Frost\n- Støj").needs
    assert {n.code for n in needs} == {"max_lift_kg", "no_cold_environment", "quiet_environment"}


def test_a_figure_managed_with_ease_is_a_ceiling_when_no_more_follows() -> None:
    """ "kan sagtens klare 25 timer" says more may be fine; "..., men heller ikke mere" says not.
    The second was lost silently once the note's signature no longer warned."""
    for text, value in (
        ("Han kan sagtens klare 25 timer, men heller ikke mere.", 25.0),
        ("Han kan fint klare 25 timer, men ikke mere.", 25.0),
        ("Hun kan sagtens løfte 10 kg, men heller ikke mere.", 10.0),
    ):
        assert [n.value for n in extract_needs(text).needs] == [value], text
    assert extract_needs("Han kan sagtens klare 25 timer.").needs == ()


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Borger skal altid arbejde sammen med Mette.", True),
        ("Skal ledsages af mentor Anne Frost.", True),
        ("Skal følges med sin kontaktperson.", True),
        ("Skal altid have en voksen hos sig.", True),
        ("Hun arbejder sammen med Mette på lageret.", False),  # what she does, no need
        ("Hun skal ikke arbejde sammen med Mette.", False),
        ("Hun skal følges op af lægen.", False),
        ("Skal altid have Jens Hansen i nærheden.", True),
        ("Skal have Ole tæt på.", True),
        ("Skal have et toilet i nærheden.", False),  # flexible breaks, not a companion
        ("Hun skal have sin medicin i nærheden.", False),
    ],
)
def test_a_named_companion_she_must_have_is_not_alone(text: str, alone: bool) -> None:
    assert ("not_alone" in {n.code for n in extract_needs(text).needs}) is alone


def test_a_toilet_near_is_still_flexible_breaks() -> None:
    assert set(codes("Skal have et toilet i nærheden.")) == {"flexible_breaks"}


def test_her_own_telephone_is_no_telephone_work() -> None:
    assert "no_customer_contact" not in codes("Hun skal have sin telefon i nærheden.")
    assert "no_customer_contact" in codes("Må ikke tage telefonen.")


def test_a_first_name_is_never_respelt_into_a_need_word() -> None:
    """ "Inge" was read as "ingen", so "Ifølge Inge kan borger godt arbejde om natten" became
    day shifts only; "Steen" as "ståen"."""
    assert extract_needs("Ifølge Inge kan borger godt arbejde om natten.").needs == ()
    steen = extract_needs("Steen deltog i mødet.")
    assert not steen.needs or steen.unclear


def test_a_mentors_hours_are_read_cautiously_and_warned() -> None:
    """ "har mentor 3 timer om ugen" may be the mentor's support, not her working time: the
    stricter reading stays, with a warning, as for an appointment's hours."""
    result = extract_needs("Borger har mentor 3 timer om ugen.")
    assert [(n.code, n.value) for n in result.needs] == [("max_hours_per_week", 3.0)]
    assert result.warnings


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Arbejdstid 15 timer om ugen. Mentor 2 timer om ugen.", 15),
        ("1) Mentorstøtte 2 t/uge.\n2) Virksomhedspraktik, max 6 t/uge i opstarten.", 6),
        # (its aside is read apart, so the sentence is only partly understood, as before)
        ("Borger skal have fast mentor (5 timer/uge). Praktik mandag-fredag 9-13.", 20),
        ("Støttekontaktperson 2 timer om ugen. Kan arbejde 10 timer om ugen.", 10),
    ],
)
def test_a_helpers_hours_give_way_to_the_working_time_the_text_gives(text: str, hours: int) -> None:
    """Beside a working-time figure, hours named right after a mentor or another helper are
    the helper's time with the citizen, and a note says so (they are no unclear need)."""
    result = extract_needs(text)
    assert codes(text)["max_hours_per_week"] == hours
    assert result.unclear or any(w.startswith(SUPPORT_HOURS) for w in result.warnings), result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Max 15 minutters gang til arbejdet.",
            {"no_prolonged_walking": None, "max_travel_minutes": 15},
        ),
        ("Max 20 min til fods.", {"no_prolonged_walking": None, "max_travel_minutes": 20}),
        # the walk is a way to work, bounded by the minutes after it
        (
            "Skal kunne cykle eller gå til praktikstedet – max 20 minutter.",
            {"max_travel_minutes": 20},
        ),
        ("Maks 20 minutters gåafstand fra stoppested.", {"no_prolonged_walking": None}),
        ("Går til arbejde.", {}),
    ],
)
def test_a_bounded_walk_to_work_is_a_travel_limit_and_a_walking_need(
    text: str, expected: dict[str, float | None]
) -> None:
    assert codes(text) == expected


def test_a_helpers_hours_review_ceilings() -> None:
    """180 texts by a reviewer who ran the reader (never read it) after hours named beside a
    helper were first left as the helper's time: 120 where those hours are the citizen's own
    limit ("SKP: 8 timer om ugen er max", "Mentor 10 t/u max", "Bostøtte 6 timer ugentligt er
    grænsen") beside a looser figure (a wish, opening hours, a plan, an old statement), 60 where
    they are a helper's time beside the working time. On the code it reviewed 52 of the first
    read the looser figure without a warning (51 of them new with the rule); since the rule
    takes only a bare statement of a helper's hours beside a figure of work or a bound, 1 does
    (as before the rule: "Efter samtale med SKP 8 timer/uge. Lægen skrev før 15 timer/uge.",
    kept in the silent-loss ceilings). Of the second, 57 read the helper's hours as the working
    time before the rule and 36 still do, the stricter error (a verb between helper and hours,
    "Mentoren er med 2 timer om ugen"; hours before the helper, "2 timers mentorstøtte"). The
    count may fall, never rise."""
    stricter = 0
    for line in (Path(__file__).parent / "data" / "reader_helper_hours_attacks.jsonl").open():
        row = json.loads(line)
        if row["kind"] == "missed":
            hours = codes(row["text"]).get("max_hours_per_week")
            stricter += hours != row["needs"][0]["value"]
    assert stricter <= 36


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # the mentor reports the hours, or bounds them: the stricter figure stays
        ("Mentor oplyser, at borger kan klare 10 timer om ugen. Lægen skriver 20 timer.", 10),
        ("Mentor max 5 timer om ugen. Praktik 20 timer om ugen.", 5),
        # a helper who speaks, a bound after the hours, a figure of no work beside them
        ("SKP: 8 timer om ugen er max. Hun havde før 25 timer om ugen i Netto.", 8),
        ("Mentor 10 t/u max. Tidl. 25 t/u.", 10),
        ("Hun drømmer om 20 timer om ugen. Bostøtte 6 timer om ugen er hvad hun klarer.", 6),
        ("Kan arbejde med mentor 3 timer om ugen. Ellers 12 timer om ugen.", 3),
    ],
)
def test_hours_a_mentor_reports_or_bounds_are_working_time(text: str, hours: int) -> None:
    assert codes(text)["max_hours_per_week"] == hours


@pytest.mark.parametrize(
    "text", ["Borger kan arbejde 20 tider om ugen.", "Kan arbejde 20 timen om ugen."]
)
def test_hours_typed_as_another_word_are_still_hours(text: str) -> None:
    assert codes(text) == {"max_hours_per_week": 20.0}
