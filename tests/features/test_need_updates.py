"""Sentences that update the needs of other sentences: lifted, past, only wished, another
person's. A need dropped so is never dropped silently: the sentence that drops it warns and the
needs count as unclear. Every case that drops a need has twins that must keep it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from features.accommodations import extract_needs
from features.need_updates import READ_AS_OVER, Sentence, read_updates


def read(text: str) -> dict[str, float | None]:
    return {n.code: n.value for n in extract_needs(text).needs}


def dropped_and_said(text: str) -> dict[str, float | None]:
    """The needs read, after checking that the reader said it dropped some."""
    result = extract_needs(text)
    assert result.unclear and any(w.startswith(READ_AS_OVER) for w in result.warnings), result
    return {n.code: n.value for n in result.needs}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later entry lifts one named need; the others stay
        (
            "Skånehensyn pr. 01.09: max 20 timer/uge, rolige omgivelser.\n"
            "Opdateret 12.01: Timebegrænsningen er ophævet. De øvrige hensyn gælder fortsat.",
            {"quiet_environment": None},
        ),
        # the need named by what it is about, in the lifting sentence itself
        (
            "Hensynet om fleksible pauser er fjernet efter kontrol. Max 20 timer.",
            {"max_hours_per_week": 20.0},
        ),
        # all needs that it names
        (
            "Skånehensyn: må ikke stå længe, max 20 t/uge. Ny lægeerklæring modtaget: "
            "Alle tidligere skånehensyn (stående arbejde) bortfalder.",
            {"max_hours_per_week": 20.0},
        ),
        # someone lifted it
        ("Max 20 timer. Lægen har ophævet timebegrænsningen.", {}),
        # a fixed phrase that names the hours, past tense
        ("Max 15 t/uge. Nedsat tid udløb ved opfølgningen 12/4. Ingen løft.", {"max_lift_kg": 0.0}),
        # the present tense with no date states a fact
        ("Max 45 min transport. Transportbegrænsningen udgår.", {}),
    ],
)
def test_a_need_said_to_be_over_is_dropped(text: str, expected: dict[str, float | None]) -> None:
    assert dropped_and_said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Max 20 timer. Timebegrænsningen er ikke ophævet.",
        "Max 20 timer. Lægen har ikke ophævet timebegrænsningen.",
        "Max 20 timer. Timebegrænsningen er ophævet fra 1. marts.",  # a date still to come
        "Max 20 timer. Timebegrænsningen ophæves 1. marts.",
        "Max 20 timer. Timebegrænsningen ophæves først ved næste kontrol.",
        "Max 20 timer. Timebegrænsningen er delvist ophævet.",
        "Max 20 timer. Timebegrænsningen er ophævet, men hun må fortsat højst arbejde 20 timer.",
        "Max 20 timer. Timebegrænsningen for hans kollega er ophævet.",
        "Max 20 timer. Borger ønsker, at timebegrænsningen bliver ophævet.",
        # another need is lifted, not this one
        "Max 20 timer. Løftebegrænsningen er ophævet.",
        # which one? "Hensynet", all needs with none named, a requirement (the seat's or the
        # citizen's?)
        "Max 20 timer. Ingen tunge løft. Hensynet er ophævet.",
        "Max 20 timer. Skånehensynet er annulleret.",
        "Max 20 timer om ugen. Ingen tunge løft. Alle skånehensyn er ophævet.",
        "Max 20 timer. Kravet om max 20 timer er ophævet.",
        # reinstated, extended, by mistake, a journal newest first
        "Max 20 timer. Timebegrænsningen blev ophævet i januar. Den blev genindført i marts.",
        "Max 20 timer. Timebegrænsningen er ophævet. Det var en fejl.",
        "Max 20 timer. Opdateret 01.02: Timebegrænsningen er ophævet. 12.05: max 20 timer igen.",
        "12.05: Max 20 timer. 01.02: Timebegrænsningen er ophævet.",
        # a replacement, a time to come, a heading that is no entry
        "Max 15 timer. Timebegrænsningen er ophævet og sat ned til max 12 timer.",
        "Max 20 timer. Timebegrænsningen er ophævet ved næste opfølgning.",
        "Max 20 timer. Forslag til næste møde: Timebegrænsningen er ophævet.",
        # "tidligere" names a cause, and today's limit is another body part's
        "Tidl. diskusprolaps, max 10 kg. Nu også knæ, max 20 kg.",
        # an unnamed "det" is not a need
        "Må ikke løfte over 10 kg pga. sygemelding. Den er nu ophævet.",
    ],
)
def test_a_lifting_that_may_not_hold_keeps_the_need(text: str) -> None:
    before = read(text.split(". ")[0] + ".")
    after = read(text)
    for code, value in before.items():
        assert code in after and (value is None or (after[code] or 0) <= value), (text, after)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past need and a recovery
        (
            "Borger var i praktik i Netto i 2021, hvor han ikke måtte løfte over 10 kg. "
            "Der er ingen aktuelle skånehensyn.",
            {},
        ),
        ("Dengang (2019) kunne hun ikke tåle rengøringsmidler. Hun er i dag uden skånehensyn.", {}),
        # a past need stated anew in the present: the present one holds
        (
            "Dengang i 2021 kunne han slet ikke løfte. I dag må han løfte op til 15 kg.",
            {"max_lift_kg": 15.0},
        ),
        (
            "Tidligere max 5 kg løft (vurdering 2021). Ny vurdering fra ergoterapeut jan. 2024: "
            "kan nu løfte 12 kg, men skal fortsat undgå gentagne løft over hovedhøjde.",
            {"max_lift_kg": 12.0, "no_overhead_work": None},
        ),
    ],
)
def test_a_past_need_the_text_says_is_over_is_dropped(
    text: str, expected: dict[str, float | None]
) -> None:
    assert dropped_and_said(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # still holds
        (
            "Hun kunne tidligere ikke løfte over 10 kg, og det gælder stadig. Ingen aktuelle skånehensyn.",
            "max_lift_kg",
        ),
        # not about the past at all
        ("Må ikke løfte over 10 kg. Der er ingen aktuelle skånehensyn.", "max_lift_kg"),
        # a recovery with a reservation
        (
            "Havde i 2021 ondt og måtte ikke løfte. Er erklæret rask, men skal undgå tunge løft.",
            "max_lift_kg",
        ),
        (
            "Dengang kunne hun ikke stå længe. Er i dag raskmeldt, bortset fra knæet.",
            "no_prolonged_standing",
        ),
        # a recovery from one condition (the needs may have other causes), a specialist
        ("Havde i 2021 eksem og kunne ikke tåle vådt arbejde. Eksemen er væk.", "no_wet_work"),
        (
            "I 2022 måtte han ikke løfte over 5 kg. Psykiateren: ingen aktuelle skånehensyn.",
            "max_lift_kg",
        ),
    ],
)
def test_a_past_need_without_a_plain_recovery_stays(text: str, code: str) -> None:
    assert code in read(text)


@pytest.mark.parametrize(
    ("text", "expected", "dropped"),
    [
        ("Foretrækker at arbejde i rolige omgivelser, men det er ikke et krav.", {}, True),
        (
            "Borger vil gerne have kort transport – gerne max en halv time – men det er et ønske "
            "og ikke et skånehensyn.",
            {},
            True,
        ),
        (
            "Borger spurgte, om hun kan få lov at sidde ned. "
            "Det er ikke et lægeligt skånehensyn, bare et ønske.",
            {},
            True,
        ),
        # what comes before the wish is a need
        (
            "Må ikke løfte over 10 kg og vil gerne have rolige omgivelser, men det er ikke et krav.",
            {"max_lift_kg": 10.0},
            True,
        ),
        # a wish the doctor makes a need, or a capacity; a statement with more after it
        (
            "Vil helst ikke arbejde med kunder, men lægen siger, det er et krav.",
            {"no_customer_contact": None},
            False,
        ),
        (
            "Foretrækker kort arbejdstid, da hun kan max arbejde 15 timer, men det er ikke et krav.",
            {"max_hours_per_week": 15.0},
            False,
        ),
        (
            "Vil helst ikke arbejde med kunder, men det er ikke et krav fra lægen.",
            {"no_customer_contact": None},
            False,
        ),
        # no wish before it: nothing to take back
        (
            "Må ikke løfte over 10 kg. Det er ikke et krav, bare et ønske.",
            {"max_lift_kg": 10.0},
            False,
        ),
    ],
)
def test_a_wish_said_to_be_no_need(
    text: str, expected: dict[str, float | None], dropped: bool
) -> None:
    assert (dropped_and_said(text) if dropped else read(text)) == expected


def test_items_under_a_heading_of_lifted_needs_are_over_and_the_list_ends_with_it() -> None:
    text = (
        "- Skånehensyn (aktuelle):\n  • ingen tunge løft\n"
        "- Tidligere skånehensyn (bortfaldet):\n  • kun dagarbejde\n  • max 20 t/uge\n"
        "Hun må ikke arbejde i kulde."
    )
    assert dropped_and_said(text) == {"max_lift_kg": 10.0, "no_cold_environment": None}
    still = "Tidligere skånehensyn (bortfaldet):\n- kun dagarbejde\n- max 20 t/uge, gælder stadig"
    assert dropped_and_said(still) == {"max_hours_per_week": 20.0}
    # a sub-heading ends the list; a heading with more in it than "over" lifts nothing
    replaced = "Tidligere skånehensyn (bortfaldet):\n- kun dagarbejde\n- I stedet:\n- max 10 kg"
    assert dropped_and_said(replaced) == {"max_lift_kg": 10.0}
    for heading in ("Skånehensyn, som ikke er ophævet", "Skånehensyn (udløbet 01.03, forlænget)"):
        assert read(f"{heading}:\n- kun dagarbejde\n- max 20 t/uge") == {
            "day_shift_only": None,
            "max_hours_per_week": 20.0,
        }


@pytest.mark.parametrize(
    "text",
    [
        "En anden praktikant i køkkenet har fået eksem og er taget ud af opvasken.",
        "Borgers tidligere kollega på slagteriet fik frostskader og tåler ikke kulde.",
        "Mentoren på stedet har selv en dårlig ryg og kan ikke vise de tunge løft.",
        "Kollegaen i kantinen tåler ikke vådt arbejde.",
        'Praktikvært: "Vi har en anden praktikant, der kun må arbejde 10 timer."',
        "Virksomhedsmentor Anne er gravid og skånes for løft.",
    ],
)
def test_another_persons_need_warns_and_is_not_read(text: str) -> None:
    result = extract_needs(text)
    assert not result.needs and result.warnings, result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what colleagues do for the citizen is the citizen's need
        ("Kollegaen tager de tunge løft, hun må ikke løfte over 10 kg.", {"max_lift_kg": 10.0}),
        # another person's restriction lends no restriction to the citizen's own clause
        (
            "Mentor Jens har selv en dårlig ryg og kan ikke løfte tunge ting, så det er aftalt, "
            "at borger overtager de tunge løft.",
            {},
        ),
        # the quoted sentence ends at its quote; the citizen's own limit after it is read
        (
            'Praktikvært: "Vi har en anden praktikant, der kun må arbejde 10 timer." '
            "Vores borger kan max arbejde 20 timer ugentligt.",
            {"max_hours_per_week": 20.0},
        ),
        ("Borger har ikke længere nogen løftebegrænsning.", {}),
    ],
)
def test_the_citizens_own_needs_next_to_others(
    text: str, expected: dict[str, float | None]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Borger må max løfte 5 kg. Løftebegrænsningen (5 kg) er ophævet og erstattet af en grænse på 12 kg.",
            {"max_lift_kg": 5.0},
        ),
        (
            "Borger må max arbejde 15 timer om ugen. Timebegrænsningen er ophævet; borger skal nu arbejde max 25 timer om ugen.",
            {"max_hours_per_week": 15.0},
        ),
        (
            "Skånehensyn: må ikke stå i længere tid, max 20 timer om ugen. Alle tidligere skånehensyn bortfalder og erstattes af et nyt: skal sidde ned under arbejdet.",
            {"no_prolonged_standing": None, "max_hours_per_week": 20.0},
        ),
        (
            "12.05: Må ikke løfte over 5 kg efter ny operation.\n01.02: Alle skånehensyn er ophævet.",
            {"max_lift_kg": 5.0},
        ),
        (
            "Borger må max arbejde 20 timer om ugen. Timebegrænsningen blev ophævet i januar. Den blev genindført i marts efter et tilbagefald.",
            {"max_hours_per_week": 20.0},
        ),
        (
            "Borger må ikke løfte over 10 kg. Løftebegrænsningen blev slettet ved en fejl i systemet og skal genindsættes.",
            {"max_lift_kg": 10.0},
        ),
        (
            "Nedsat tid (15 t/uge) udløb ved opfølgningen og blev forlænget med 3 måneder.",
            {"max_hours_per_week": 15.0},
        ),
        (
            "Borger må max arbejde 20 timer om ugen. Timebegrænsningen er ophævet med virkning efter sommerferien.",
            {"max_hours_per_week": 20.0},
        ),
        (
            "Må ikke løfte over 10 kg. Løftebegrænsningen er ophævet 1/9-2027.",
            {"max_lift_kg": 10.0},
        ),
        (
            "Må ikke løfte over 10 kg. Løftebegrænsningen ophæves formodentlig.",
            {"max_lift_kg": 10.0},
        ),
        (
            "Borger må ikke køre bil pga. epilepsi. Kørselsforbuddet er ophævet for truckkørsel på virksomhedens område.",
            {"no_driving": None},
        ),
        (
            "Borger må max arbejde 20 timer om ugen. Timebegrænsningen er ophævet i en prøveperiode på 4 uger.",
            {"max_hours_per_week": 20.0},
        ),
        (
            "Tunge løft er normalt et krav i stillingen. Borger må max løfte 10 kg. Løftekravet er fjernet, så stillingen passer til borgers skånehensyn.",
            {"max_lift_kg": 10.0},
        ),
        (
            "Borger må max arbejde 15 timer om ugen. Timekravet (minimum 30 timer) er ophævet.",
            {"max_hours_per_week": 15.0},
        ),
        (
            "Borger tåler ikke kulde. Kuldehensynet er ikke længere relevant, da hun er flyttet til kontoret.",
            {"no_cold_environment": None},
        ),
        (
            "Må max løfte 10 kg pga. ryggen. Derudover fik borger midlertidigt et skånehensyn ift. mødetid om morgenen pga. medicin. Skånehensynet er annulleret.",
            {"max_lift_kg": 10.0},
        ),
        (
            "Under sygemeldingen måtte hun ikke løfte over 5 kg og kunne ikke stå i længere tid. Hun blev raskmeldt med skånehensyn i august.",
            {"max_lift_kg": 5.0, "no_prolonged_standing": None},
        ),
        (
            "Dengang havde hun eksem og måtte undgå vådt arbejde. Hun var også sygemeldt med rygsmerter og måtte ikke løfte over 10 kg. Eksemen er væk.",
            {"no_wet_work": None, "max_lift_kg": 10.0},
        ),
        (
            "I 2021 fik borger skånehensyn for tunge løft pga. diskusprolaps. Borger blev sygemeldt med stress i 2023 og er nu erklæret rask.",
            {"max_lift_kg": 10.0},
        ),
        (
            "Ortopæden vurderede i juni en løftegrænse på 5 kg. Egen læge skriver max 10 kg.",
            {"max_lift_kg": 5.0},
        ),
        (
            "Hun må max løfte 10 kg og ønsker desuden at arbejde i rolige omgivelser. Det er ikke et lægeligt skånehensyn, bare et ønske.",
            {"max_lift_kg": 10.0, "quiet_environment": None},
        ),
        (
            "Må ikke arbejde om natten pga. medicin, og vil helst have kontorarbejde. Det er et ønske og ikke et krav.",
            {"day_shift_only": None},
        ),
        (
            "Skånehensyn, som ikke er ophævet:\n- max 20 timer om ugen\n- må ikke løfte over 10 kg",
            {"max_hours_per_week": 20.0, "max_lift_kg": 10.0},
        ),
        (
            "Følgende skånehensyn er IKKE bortfaldet:\n- må ikke arbejde i kulde\n- må ikke køre bil",
            {"no_cold_environment": None, "no_driving": None},
        ),
        (
            "Skånehensyn (udløbet 01.03, forlænget til 01.09):\n- max 15 timer om ugen\n- fleksible pauser",
            {"max_hours_per_week": 15.0, "flexible_breaks": None},
        ),
        ("Lægen vil ikke ophæve sin løftebegrænsning på 10 kg.", {"max_lift_kg": 10.0}),
        (
            "Borger har ikke haft smerter med den nuværende løftegrænse på 10 kg.",
            {"max_lift_kg": 10.0},
        ),
        (
            "Vores nye kollega må ikke løfte over 10 kg, så vi har fundet opgaver på kontoret.",
            {"max_lift_kg": 10.0},
        ),
        ("Mentoren har selv foreslået fleksible pauser til borger.", {"flexible_breaks": None}),
        (
            "Borger skal være sammen med en anden kollega, der har førstehjælpskursus, og må ikke arbejde alene.",
            {"not_alone": None},
        ),
        (
            "Borger har epilepsi og må ikke køre bil. I praktikken blev der aftalt fleksible pauser. De aftalte skånehensyn er bortfaldet med praktikkens afslutning.",
            {"no_driving": None, "flexible_breaks": None},
        ),
        (
            "Borger må max arbejde 20 timer om ugen. Forslag til næste møde: Timebegrænsningen ophæves.",
            {"max_hours_per_week": 20.0},
        ),
        (
            "Lægen anbefalede i går max 10 kg løft pga. diskusprolaps. Forkølelsen er væk.",
            {"max_lift_kg": 10.0},
        ),
        (
            "Dengang kunne borger max løfte 5 kg. Arbejdspladsen kræver løft op til 25 kg.",
            {"max_lift_kg": 5.0},
        ),
        (
            "Nye skånehensyn fra 01.03: må ikke arbejde alene. Alle tidligere skånehensyn bortfalder.",
            {"not_alone": None},
        ),
        (
            "Dengang måtte hun ikke løfte over 5 kg. Det gælder stadig. Eksemen er væk.",
            {"max_lift_kg": 5.0},
        ),
        (
            "Borger havde tidligere epilepsi-anfald og måtte ikke køre bil. Angsten er velbehandlet. Der må ikke køres bil før 12 måneders anfaldsfrihed.",
            {"no_driving": None},
        ),
        (
            "Kan gerne klare 20 timer, men har brug for fleksible pauser og rolige omgivelser, men det er ikke et krav.",
            {"max_hours_per_week": 20.0, "flexible_breaks": None, "quiet_environment": None},
        ),
        (
            "Ikke længere nogen løftebegrænsning på 5 kg; lægen har sat den til 10 kg.",
            {"max_lift_kg": 5.0},
        ),
        (
            "Borger arbejder sammen med en anden praktikant, der også har brug for rolige omgivelser.",
            {"quiet_environment": None},
        ),
        ("Et andet personligt skånehensyn er max 20 timer om ugen.", {"max_hours_per_week": 20.0}),
        (
            "Kollegaen arbejder max 20 timer om ugen efter aftale med jobcentret og har brug for fleksible pauser.",
            {"max_hours_per_week": 20.0, "flexible_breaks": None},
        ),
    ],
)
def test_the_reviews_attacks_keep_their_needs(text: str, expected: dict[str, float | None]) -> None:
    """An adversarial review of this logic wrote 259 texts in which a need still holds next to
    wording that looks like a lifting, a past, a wish or another person: a replacement figure,
    a reinstatement, a date to come, a part, a trial, a job's demand removed, a recovery from
    another condition, a specialist's field, a heading with a negation, a newest-first journal,
    the citizen called "vores nye kollega". Its first findings (160 texts with a need dropped)
    were fixed; these pin a sample: every need read without the update logic is still read,
    at least as strictly."""
    got = read(text)
    for code, value in expected.items():
        assert code in got, (text, got)
        assert value is None or (got[code] is not None and got[code] <= value), (text, got)


def test_read_updates_works_on_plain_sentences() -> None:
    """The module needs only the sentences, the codes read in each, and a reader for a span."""
    text = "Max 20 timer, rolige omgivelser. Hensynet om rolige omgivelser er ophævet."
    first = frozenset({"max_hours_per_week", "quiet_environment"})
    sentences = [
        Sentence(0, 31, "Max 20 timer, rolige omgivelser", first),
        Sentence(33, 73, "Hensynet om rolige omgivelser er ophævet", frozenset()),
    ]
    asked: list[str] = []

    def read_codes(lo: int, hi: int) -> frozenset[str]:
        asked.append(text[lo:hi])
        return frozenset({"quiet_environment"})

    updates = read_updates(sentences, read_codes)
    assert asked == ["Hensynet om rolige omgivelser"]
    assert updates.dropped == (frozenset({"quiet_environment"}), frozenset())  # not the hours
    assert updates.warnings == (None, f"{READ_AS_OVER}: '{sentences[1].text}'")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another person's relative clause inside the citizen's list of needs
        (
            "Han må ikke arbejde alene med en anden praktikant, der er ny, eller stå op i "
            "længere tid.",
            {"not_alone": None, "no_prolonged_standing": None},
        ),
        # an exception to a statement of no limit is a need
        (
            "Ikke længere nogen løftebegrænsning, undtagen ved gentagne løft over 8 kg.",
            {"max_lift_kg": 8.0},
        ),
        (
            "Han har ikke længere nogen løftebegrænsning, medmindre løftet er over 15 kg.",
            {"max_lift_kg": 15.0},
        ),
        # a sentence that goes on from a need, after a quote or not
        (
            'Lægen skriver: "Må ikke arbejde i kulde." Eller stå op i længere tid.',
            {"no_cold_environment": None, "no_prolonged_standing": None},
        ),
        (
            "Han må ikke løfte. Og natarbejde er udelukket.",
            {"max_lift_kg": 10.0, "day_shift_only": None},
        ),
        # what follows a list of needs that are over reads as under any heading for needs
        (
            "Tidligere skånehensyn (bortfaldet):\n- natarbejde\nStadig aktuelt:\n- arbejde alene",
            {"not_alone": None},
        ),
    ],
)
def test_the_third_reviews_silent_losses_keep_their_needs(
    text: str, expected: dict[str, float | None]
) -> None:
    assert read(text) == expected


ATTACKS = Path(__file__).parent / "data" / "need_updates_attacks.jsonl"


def test_no_attack_of_the_reviews_loses_a_need_silently() -> None:
    """The 1,057 texts of three adversarial reviews of this logic (each written to make it drop
    a need that still holds; the third aimed at silent losses only), with the needs the reader
    read before the logic existed (cfb5f6e). Every need read then is still read, at least as
    strictly, unless the reader says it dropped one (the needs are unclear) or the earlier
    reading was a misreading ("misread": "står ved magt" read as standing, "ikke længere nogen
    løftebegrænsning" read as a 10 kg limit, a lifting limit read from "Max løft approx." cut
    off by an unknown abbreviation)."""
    rows = [json.loads(line) for line in ATTACKS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1057
    silent = []
    for row in rows:
        result = extract_needs(row["text"])
        got = {n.code: n.value for n in result.needs}
        kept = {code: value for code, value in row["before"] if code not in row.get("misread", ())}
        lost = [
            code
            for code, value in kept.items()
            if code not in got or (value is not None and (got[code] is None or got[code] > value))
        ]
        if lost and not result.unclear:
            silent.append((row["text"], lost))
    assert not silent
