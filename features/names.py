"""Proper names in free text — places, people and firms — blanked out for the needs reader.

Caseworkers' notes name places all the time: the job centre ("Jobcenter Kolding"), the
municipality heading a form ("Favrskov – skånehensyn"), a signature ("Ikke kulde. /Tårnby"), where
the citizen lives ("bor i Struer"). They name people and firms too: the mentor ("mentor Anne
Frost"), the workplace ("praktik hos Frost ApS"), the writer ("/Hanne"). A name states no need,
but to a reader that matches the beginnings of words and corrects typing slips some look like
need words: "Kolding" begins like "kold" (cold), "Malling" is one letter from "maling" (paint),
"Stenlille" reads as "stå stille", "Frost" and "Støjberg" as frost and noise. The functions here
blank them out, keeping every other character where it was, so that a reader can work on the
result and still quote the caseworker's own text.

Places. Only capitalised names are taken, since the capital is what tells "Give" (a town) from
"give" and "Vejen" from "vejen" (the road). At the start of a sentence every word is capitalised,
so there a name followed by a lower-case word is left alone ("Ringe udholdenhed", "Vejen er
lang"); one followed by a dash, a colon, a comma, a capitalised word or the end of the line is a
heading or a signature and is blanked ("Favrskov – skånehensyn:", "Kolding JC, VP-aftale"). The
names come from ``data/places/dk_places.csv`` (see its SOURCE.md): the 98 municipalities and the
592 postal districts, with their district letters ("Aarhus C") and spellings without æ, ø and å
("Koege"). A street named after a town ("Koldingvej 12") is blanked as the town.

People and firms are known only by where they stand, so only where it is plain: the surname
after a role and a first name ("mentor Anne Frost", "Kontaktperson: Lars Støjberg") or after a
first name that follows a lower-case word ("kontakt Dennis Vinter"; the first name stays, as the
reader tells other people's needs from the citizen's by it), a firm before its company form
("Frost ApS") or two names joined by "&" ("Frost & Hansen"), and a name signing a note ("/Hanne",
"– Anne Frost", "Mvh Vibeke Kold", "Fra: Peter Frost", "Lægehuset v/ Jens Kold"). A word the
reader knows is never taken for a first name ("Mentor: Ingen Tunge Løft" stays as written), and
a surname it knows ("Kold") only where a role or a signature makes the name plain.

>>> blank_place_names("Journalnotat, Jobcenter Kolding: ingen tunge løft")
'Journalnotat, Jobcenter        : ingen tunge løft'
>>> blank_place_names("Ringe udholdenhed. Bor i Ringe.")
'Ringe udholdenhed. Bor i      .'
>>> blank_person_names("Mentor er Anne Frost. Praktik hos Frost ApS. /Hanne", {"ingen"}, {"og"})
'Mentor er Anne      . Praktik hos       ApS. /     '
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection
from functools import lru_cache
from importlib.resources import files
from typing import Final

__all__ = ["FIRST_NAMES", "ROLE_WORDS", "place_names", "blank_place_names", "blank_person_names"]

#: Endings that make a street, square or road of a town's name ("Koldingvej", "Vejlegade").
_STREET_RE: Final = re.compile(r"s?(?:vej|gade|allé|alle|stræde|torv|plads|landevej)$")
#: A capitalised word, with hyphenated capitalised parts ("Ringkøbing-Skjern").
_WORD_RE: Final = re.compile(r"[A-ZÆØÅ][^\W\d_]*(?:-[A-ZÆØÅ][^\W\d_]*)*")
#: Up to three words may make one name ("Kongens Lyngby", "Nykøbing F", "Odense SØ").
_NEXT_WORD_RE: Final = re.compile(r" ([A-ZÆØÅ][^\W\d_]*)")
_MAX_WORDS: Final = 3
#: A name that ends its clause ("…, Svendborg:", "… /Tårnby") takes the separator before it
#: along, so that what is left reads as the clause did without it.
_CLAUSE_END_RE: Final = re.compile(r"[ \t]*(?:[:.)]|\n|$)")
_SEPARATOR_RE: Final = re.compile(r"[ \t]*[,/–—-][ \t]*$")
#: How a line ends before a word that starts a sentence or a list item.
_SENTENCE_START_RE: Final = re.compile(r"[.!?:;•*\"»«'(\[–—-][\s\"»«'(\[]*$")
#: Spellings without æ, ø and å that keep the capital ("Koege", "Aeroe"); the project's other
#: fold tables work on lower-cased text, where the capital that marks a name is gone.
_ASCII: Final = str.maketrans({"Æ": "Ae", "Ø": "Oe", "Å": "Aa", "æ": "ae", "ø": "oe", "å": "aa"})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every known spelling of a Danish municipality or postal district (capitalised)."""
    text = files("features").joinpath("data/places/dk_places.csv").read_text(encoding="utf-8")
    names: set[str] = set()
    for row in csv.DictReader(text.splitlines()):
        name = row["name"].strip()
        base = name.rsplit(" ", 1)[0] if re.search(r" (?:[A-ZÆØÅ]{1,2}|Sj|St)$", name) else name
        for spelling in {name, base}:
            names.add(spelling)
            names.add(spelling.translate(_ASCII))
    return frozenset(names)


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return not before.strip() or _SENTENCE_START_RE.search(before) is not None


def _name_at(text: str, match: re.Match[str], names: frozenset[str]) -> int:
    """End of the longest place name starting at ``match`` (0 when none does)."""
    words = [match.group()]
    ends = [match.end()]
    while len(words) < _MAX_WORDS:
        more = _NEXT_WORD_RE.match(text, ends[-1])
        if not more:
            break
        words.append(more.group(1))
        ends.append(more.end())
    for k in range(len(words), 0, -1):
        if " ".join(words[:k]) in names:
            return ends[k - 1]
    street = _STREET_RE.search(words[0])
    if street and words[0][: street.start()] in names:
        return ends[0]
    return 0


def blank_place_names(text: str) -> str:
    """``text`` with every place name replaced by spaces of the same length (see module doc)."""
    names = place_names()
    out: list[str] = []
    last = 0
    pos = 0
    while True:
        match = _WORD_RE.search(text, pos)
        if not match:
            break
        end = _name_at(text, match, names)
        if not end:
            pos = match.end()
            continue
        follower = text[end : end + 2]
        if (
            _at_sentence_start(text, match.start())
            and len(follower) == 2
            and follower[0] == " "
            and follower[1].islower()
        ):
            pos = end
            continue
        start = match.start()
        if _CLAUSE_END_RE.match(text, end):  # "ressourceforløb, Svendborg:" -> "ressourceforløb:"
            separator = _SEPARATOR_RE.search(text, max(last, start - 8), start)
            start = separator.start() if separator else start
        out.append(text[last:start])
        out.append(" " * (end - start))
        last = pos = end
    out.append(text[last:])
    return "".join(out)


#: Common first names in Danish case notes (written out by hand; not exhaustive): a reader
#: must never respell them ("Inge" is no slip for "ingen", "Steen" none for "stå").
FIRST_NAMES: Final[frozenset[str]] = frozenset(
    """
    aage abdi agnieszka ahmad ahmed aisha alberte alexander ali allan amalie amina anders
    anja anna anne annette anton arne asger astrid ayse benny bent bente betina birgitte
    birte birthe bjarne bjørn bo bodil brian britt camilla carl carsten cecilie charlotte
    christian christina clara claus connie dan daniel dennis dorte dorthe egon ejner
    elisabeth ella ellen emil emma erik erling esther fatima finn flemming frederik freja
    gerda gert gitte grethe gudrun gunnar hanna hanne hassan heidi heine helle henriette
    henrik hjørdis holger hussein ib ibrahim ida inge inger jacob jakob jan jane janne
    jeanette jens jeppe jesper jette jimmy johannes john johnny jon jonas jonna josefine
    julie jytte jørgen kaj kamilla kamma karen karina karl kasper katarzyna katrine kenneth
    khadija kim kirsten kirstine kjeld klaus knud kristian kurt lars lasse laura leif leila
    lene lilly line lisbeth lise lone lotte louise lucas lykke mads magnus mahmoud maja
    malene malthe margit maria marianne martin mathias mathilde mehmet merete mette mia
    michael michel mie mikkel mogens mohamed mohammed mona morten mustafa nanna niels
    nikolaj nina noah oksana ole olena olga oliver omar oscar ove palle per pernille peter
    pia piotr poul preben rasmus rene rikke rita rune ruth sandra sanne sara sebastian signe
    simon sofie solvej sonja steen steffen sten stine sune susanne svend søren tanja tenna
    thomas tina tobias tomasz tommy torben tove trine troels uffe ulla vagn vibeke victor
    viggo villy vivi william winnie yusuf yvonne zainab
    """.split()  # noqa: SIM905 - a word list is easier to read and extend
)


#: Roles and relatives that introduce a person by name ("kollega Henrik", "hans hustru Lene",
#: "mentor, Birgitte"); lower case, for a case-insensitive match.
ROLE_WORDS: Final = (
    r"(?:kolleg\w*|\w*mentor\w*|kontaktperson\w*|\w*chef\w*|\w*leder\w*|værkfører\w*|"
    r"sagsbehandler\w*|\w*konsulent\w*|psykolog\w*|læge\w*|\w*terapeut\w*|jordemoder\w*|"
    r"tolk\w*|hustru\w*|kone\w*|mand(?:en)?|ægtefælle\w*|kæreste\w*|samlever\w*|søn\w*|"
    r"datter\w*|far|mor|bror|søster|forælder\w*)"
)
#: A capitalised name word ("Frost", "Holm-Nielsen", "Østergård").
_NAME: Final = r"[A-ZÆØÅ][a-zæøåäöüé]+(?:-[A-ZÆØÅ][a-zæøåäöüé]+)?"
#: A role, then a first name and one or two more names: the more names are a surname.
_SURNAME_RE: Final = re.compile(
    rf"(?i:\b{ROLE_WORDS}(?:\s*[:,]\s*|\s+(?:er|hedder|bliver)\s+|\s+))"
    rf"(?P<first>{_NAME})(?P<rest>(?: {_NAME}){{1,2}})\b"
)
#: A first name and one or two more names after a lower-case word: "tjek med Ole Kold",
#: "kontakt Dennis Vinter" (the first name stays, as after a role).
_NAME_PAIR_RE: Final = re.compile(
    rf"(?<=[a-zæøå] )(?P<first>{_NAME})(?P<rest>(?: {_NAME}){{1,2}})\b(?! ?[:/])"
)
#: One to three names, or names joined by "&", before a Danish company form.
_FIRM_RE: Final = re.compile(
    rf"\b(?P<rest>{_NAME}(?: (?:&|og) {_NAME}| {_NAME}){{0,2}}) "
    r"(?:ApS|A/S|I/S|K/S|P/S|IVS|A\.m\.b\.a\.|AmbA)(?!\w)"
)
#: Two names joined by "&": a firm or a practice ("Frost & Hansen", "Vinter & Ravn").
_PARTNERS_RE: Final = re.compile(rf"\b(?P<rest>{_NAME} & {_NAME})\b")
#: A name that signs, with its role after a comma ("Hanne, mentor").
_SIGNING_NAME: Final = rf"(?P<rest>{_NAME}(?: {_NAME}){{0,2}}(?:, ?(?i:{ROLE_WORDS}))?)"
#: A name signing a note at the end of a line, with its role: after a slash that starts a line
#: or follows a sentence's end ("Ikke kulde. /Hanne"), or after a dash that follows one ("...
#: – Anne Frost"). A slash or dash between items is a list's ("Undgå: Larm / Frost"), and a dash
#: at the start of a line is a list item's.
_SIGNATURE_RE: Final = re.compile(
    rf"(?:(?:^|(?<=\n)|(?<=[.!?)] ))/ ?|(?<=[.!?)] )[–-] ){_SIGNING_NAME}(?=[ \t]*(?:\n|$))"
)
#: A name after a closing formula, on its line or the next ("Mvh Vibeke Kold", "Venlig
#: hilsen⏎Rasmus Vinter, mentor"), after "v/" ("Lægehuset v/ Jens Kold"), or in a mail's
#: header ("Fra: Peter Hansen").
_SIGNED_RE: Final = re.compile(
    r"(?:(?im:^[ \t]*(?:med venlig hilsen|venlig hilsen|mange hilsner|hilsen|mvh|vh|kh|bh|"
    r"kind regards|best regards|best|regards|cheers)\.?[ \t]*[,!]?[ \t]*\n?[ \t]*)|"
    r"(?im:^[ \t]*(?:fra|from|til|to|cc):[ \t]*)|\bv/ ?)"
    rf"{_SIGNING_NAME}(?=[ \t]*(?:[\n,:]|$))"
)


def blank_person_names(text: str, known: Collection[str], function: Collection[str]) -> str:
    """``text`` with the names of people and firms replaced by spaces (see module doc).

    ``known`` holds the lower-case words a reader understands and ``function`` those of them
    that state nothing ("og", "ikke"). A first name is never a known word, so a capitalised
    heading ("Mentor: Ingen Tunge Løft") is never blanked; a surname may be one ("Kold") where
    a role or a signature makes the name plain, but only an unknown word may be where nothing
    but the capitals does ("tjek med Ole Kold" stays as written).
    """
    spans: list[tuple[int, int]] = []

    def plain(words: list[str], surname_known: bool) -> bool:
        first, *rest = words
        if first.lower() in known:
            return False
        banned = function if surname_known else known
        return not any(w.lower() in banned for w in rest)

    for m in _SURNAME_RE.finditer(text):
        if plain([m["first"], *m["rest"].split()], surname_known=True):
            spans.append(m.span("rest"))
    for m in _NAME_PAIR_RE.finditer(text):
        if plain([m["first"], *m["rest"].split()], surname_known=False):
            spans.append(m.span("rest"))
    for m in _FIRM_RE.finditer(text):
        # only the unknown words right before the company form: "Ingen Tunge Løft Netto A/S"
        # keeps its need
        words = m["rest"].split(" ")
        kept = 0
        while (
            kept < len(words)
            and words[-1 - kept].lower() not in known
            and words[-1 - kept] not in ("&", "og")
        ):
            kept += 1
        if kept:
            width = len(" ".join(words[-kept:]))
            spans.append((m.end("rest") - width, m.end("rest")))
    for m in _PARTNERS_RE.finditer(text):
        if not any(w.lower() in known for w in m["rest"].split(" & ")):
            spans.append(m.span("rest"))
    for pattern in (_SIGNATURE_RE, _SIGNED_RE):
        for m in pattern.finditer(text):
            if plain(m["rest"].split(",")[0].split(), surname_known=True):
                spans.append(m.span("rest"))
    if not spans:
        return text
    chars = list(text)
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)
