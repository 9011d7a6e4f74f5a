"""Danish accommodation-needs text (*skånehensyn*) → structured accommodation codes.

This is the safety core of the matcher: a need that is missed can put a sick citizen in a
harmful seat. The reader is therefore built to be cautious:

- every sentence that *looks* like a need (a prohibition such as "må ikke", "skal undgås",
  "max", "skånes", or a mention of pain, a body part or a diagnosis) but yields no code produces
  a warning for the consultant, never silence;
- when a code appears more than once the strictest value wins, and a range ("max 8-10 kg",
  "10-12 timer om ugen") yields its *smaller* bound: a limit that is too low only hides a seat,
  a limit that is too high can harm;
- vague statements that clearly imply a need but not its size ("tungt fysisk arbejde", a bare
  "max 4 timer" without a period) yield the cautious code *and* a warning.

How a sentence is read
----------------------
1. The text is split into sentences (:func:`features.text.sentence_spans`), each sentence into
   normalised tokens: lower case, numbers as digits ("ti kilo" → "10 kilo", "en halv time" →
   "0.5 time", "1/2 time" → "0.5 time"), split compounds glued ("kunde kontakt"), one-letter
   typos corrected against the trigger lexicon ("løfet" → "løfte"), ASCII spellings mapped back
   ("loefte" → "løfte", "boejning" → "bøjning"), clipped spellings and English loanwords of case
   notes mapped to Danish (:data:`SPELLINGS`: "ik" → "ikke", "breaks" → "pauser", "hours" →
   "timer"). Numbered items on one line ("Hensyn: 1. Rolige rammer 2. ...") are sentences.
2. The sentence is cut into *segments* at commas, colons, dashes and at conjunctions ("og",
   "eller", "men", "da", "hvis" ...). Each segment gets a *polarity* from cue phrases:
   ``restriction`` ("ikke", "må ikke", "undgås", "max", "kun", "svært ved" ...), ``negated``
   ("kan godt", "ingen problemer med", "har ikke brug for"), ``history`` ("har tidligere
   arbejdet"), ``positive`` ("er glad for", "vil gerne") or ``neutral``. Reassurance phrases are
   masked before restriction cues are looked for, so "ingen problemer med at stå" is not read as
   "ingen ... stå"; a clear reassurance also overrides a soft limit in its clause ("løft på 25
   kg er ikke et problem" is no 25 kg limit), never a hard one ("max", "højst"), and not one
   it bounds: what is fine up to a figure ends there ("løft på op til 25 kg er ikke et
   problem", "under 20 timer går fint" → 25 kg, 20 hours, with a warning). A neutral segment
   takes the polarity of its neighbours in a list joined by "og"/"eller"/commas ("Tunge løft
   og længerevarende stående arbejde frarådes"), unless it starts its own clause ("Bor alene
   og har ondt i ryggen") or only reports what follows ("Lægen skriver, at ...", a heading
   before a colon). A condition next to a symptom is a
   restriction: in "får ondt i ryggen, når hun løfter" the lifting is what hurts.
3. The rules of :data:`RULES` run over the whole sentence in order; each match masks its span
   so a later rule cannot reuse it ("løfte armene over hovedet" is overhead work, not lifting).
   A ``strong`` rule is a need by itself ("rolige omgivelser", "pauser efter behov") and fires
   unless its segment is negated; a ``topic`` rule names an activity ("stå", "kunder", "kulde")
   and fires only in a restriction (or, for demand nouns written as bare list items such as
   "Foroverbøjet arbejde.", a neutral) segment; valued rules read kilograms, hours per week and
   travel minutes.

Decisions (documented because the text alone does not settle them)
-------------------------------------------------------------------
- Ranges → the smaller bound (cautious), for kilograms, hours and minutes alike; a range from
  nothing, a form's lowest band, is a ceiling ("0-5 kg" → 5).
- Hours per day without a number of days → × 5 days; "3 timer dagligt 4 dage om ugen" → 12.
  A share of a full week is of 37 hours ("halvdelen af en normal arbejdsuge", "halv tid",
  "25 % af fuld tid", "deltid 50 %"). Less time named without a figure ("deltid", "halve
  dage", "Fuldtid: nej") is a need of unknown size: it warns, it is not guessed.
  A bare "max 15 timer" is read as per week; at 8 hours or less it also warns (it may be a day),
  unless weekdays short of the whole week are named beside it: "4 timer mandag, onsdag og
  fredag" and "man-ons 4 timer" are each day's hours (12).
- "Ingen tunge løft", "skånes for løft", "må ikke løfte" without a number → 10 kg (spec);
  "må slet ikke løfte", "ingen løft overhovedet", "ikke løfte noget", "Løfteforbud", "undgå
  alle løft", "Løft: ingen" → 0 kg. A figure that proved too much is a limit below it ("15 kg
  var for meget" → 14; "ikke over 15 kg" stays 15).
- What the citizen can travel is her limit, as her hours are ("Kan tage toget i 40 min",
  "kan cykle et kvarter"); "skal hjem efter 3 timer" is a day's hours, not travel.
- A form's field for a demand answered in a word is read ("Arbejdsstilling: siddende",
  "Omgivelser: rolige", "Pauser: fleksible", "Kompleksitet: lav", "Tempo: lavt"), and warns
  when its answer is not understood ("Temperatur: varmt").
- Weekend, evening, night and shift work restrictions → ``day_shift_only``: it is the only
  shift code; the rule engine checks that the seat offers day work.
- Rollator → ``no_prolonged_walking`` and ``wheelchair_access`` (step-free access); problems
  with stairs → ``wheelchair_access``. Work outdoors ("ikke udendørs arbejde") →
  ``no_cold_environment``. Hand-arm vibration and pain in the hands → ``limited_hand_use``.
  Eczema → ``no_wet_work``. No driving licence or a withdrawn licence → ``no_driving``.
- Travel limits need a limit word ("max", "højst", "inden for", "kan ikke klare mere end") or a
  travel-time noun ("transporttid: 30 min"): "bor 20 min fra praktikstedet" is a fact, not a need.
- Schedules: clock times that end by 18:00 ("kl. 8-14", "tidsrummet 8-15", "mandag-onsdag
  9-13") → ``day_shift_only``; with weekdays or a number of days they also give the weekly hours
  ("tirsdag og torsdag 9-12" → 6; "hverdage" are five: "kl. 9-13 på hverdage" → 20; a window
  for each weekday named adds up: "man 8-12, ons 8-12, fre 8-11" → 11, also one weekday per
  line and with two-letter weekdays in a schedule, "ma 8-11", "Ti: 8-11"; a range of days keeps
  its own window: "man-ons 9-13, tor 9-12" → 15). A weekday taken out ("fri om onsdagen") warns,
  as the days counted are then fewer. A number
  of days without hours ("2 dage om ugen") warns; "på hverdage" alone says when, not how much.
  "8:30" is read as "8.30"; a colon between words or in a ratio ("Arbejdstid: 4 timer", "1:2")
  is no clock time.
- A meeting time and a leaving time are the working day itself ("Mødetid 8.30 – fri 12.00",
  "møder kl. 8 og går hjem kl. 12") → ``day_shift_only`` and a day's hours (× 5 days unless
  the text counts them), where a window ("skal ligge mellem kl. 8 og 14") says only when. A
  meeting time alone ("Mødetid: 9.00") warns. A day's hours are read from fields named so
  ("Daglig arbejdstid: 4", "Timer pr. dag: 3", "Arbejdstid (t/dag)") and the days from theirs
  ("Dage pr. uge: 4", "Arbejdsdage: 4").
- The end of a working day ("kan arbejde til kl. 14", "senest til kl. 15", "skal have fri kl.
  14", "klokken 14") → ``day_shift_only`` whatever the hour: an evening or night limit is a
  day-shift limit too. So is a window that must not be worked when it reaches into the evening
  or the night ("må ikke arbejde kl. 18-22"). A window no code states ("kun kl. 16-22", "ikke
  kl. 8-10") warns, and so does a clock time in a clause that states no need ("har samtale
  til kl. 14"). Clock times a citizen can work are her capacity, as hours are ("kan godt
  arbejde til kl. 14").
- A bare range after a word for working time ("Arbejdstid: 10-14", also with the figures on
  the next line) or right after working ("kan arbejde 8-14") is the clock or a number of hours:
  both cautious readings are taken (``day_shift_only`` and the smaller bound as the week's
  hours, 10) and it warns. Weekdays make it a schedule ("Arbejdstid 8-12 mandag til fredag" →
  day shift, 20), minutes or "fra ... til" the clock ("8.00-14.00", "kan arbejde fra 8 til
  12"), a period makes it hours ("10-14 om ugen" → 10), and a bound over 24 rules out the
  clock. "Timer: 10-14" and "Arbejdstid: 15" are hours of no stated period: the week's, with a
  warning.
- Hours after a number of days with nothing saying they are each day's ("3 dage om ugen 2
  timer": no "hver", "om dagen", "á" or "x") → the week's hours (2) and a warning. Reading 6
  when 2 a week was meant would be too permissive; 2 when 6 was meant only hides seats, and the
  warning sends the consultant to the text. Hours written before the days are a product, as
  before ("3 t. 2 dage om ugen" → 6).
- Hours and minutes are one duration: "1 time og 15 min om dagen" → 1.25 a day → 6.25 a week;
  minutes of a break or of travel ("2 timer og 15 min pause") stay apart. Hours of "each" day
  take the days named or counted in the sentence ("man+tirs+tors 2,5 t hver" → 7.5, also with
  "/", "og", "," and full stops: "man., tirs. og tors."); with no days at all ("2 timer hver")
  one day's hours are read and the sentence warns, unless another sentence gives the days.
- Hours of another activity ("kan stå 2 timer om dagen") are that activity's need, never a
  limit on working time; when no rule reads them ("kan sidde 2 timer") they warn. Hours of an
  appointment (a talk, a meeting, a treatment: "møde med mentor 1 time om ugen", "samtale med
  psykolog 1 time hver 14. dag") are no need at all, unless the clause also names work ("kan
  arbejde 1 time om ugen ved siden af samtaler" → 1); a clause that limits the appointment
  ("max 1 times samtale om ugen") gives no working-time limit but warns.
- Wishes and likes ("vil gerne have faste opgaver") keep strong needs but not topics; history
  ("har tidligere haft nattevagter") and reassurance ("tåler støj fint") cancel topics.
- Hours a citizen can work are her capacity even when said reassuringly ("kan godt arbejde 15
  timer om ugen") and a contrast restores a stated figure ("..., men ikke mere" → 15); a
  capacity verb with a soft limit ("kan tåle at løfte op til 20 kg") is a limit too.
- Days and hours per day in different items of one text combine ("- 3 dage om ugen" and
  "- 4 timer pr. dag" → 12); a day count that no item completes warns.
- A limit changed from one figure to another is the new one when the change was made
  ("Timetallet er hævet fra 10 til 14 timer om ugen" → 14, "nedsat fra 20 til 12" → 12); a
  change still to come ("skal hæves fra 10 til 14") leaves the smaller bound and warns. A plain
  "fra 10 til 14 timer" is a range (→ 10).
- Sedentary work ("stillesiddende", "stillesiddende arb.") → ``no_prolonged_standing`` and
  ``no_prolonged_walking``; seated work ("siddende arbejde", "skal kunne sidde") only rules out
  standing. Breaks in note style ("pause mulighed", "pausemuligheder") → ``flexible_breaks``.
- A statement that there is no need ("Ingen skånehensyn", "Skånebehov: ingen", "som ikke
  giver gener i arbejdet", "lægen fandt ikke grund til begrænsninger", "er kommet sig helt",
  "ikke længere behov for hensyn") is no need and no warning, and it explains the health words
  of its own sentence as a need read there would ("Har en lettere hørenedsættelse, som ikke
  giver gener i arbejdet"). It never covers other sentences ("Har epilepsi. Ingen
  skånehensyn." still warns about the epilepsy), a statement limited to a domain ("ingen
  fysiske skånehensyn, men psykisk sårbar" warns), or a restriction beside it ("Ingen
  skånehensyn ud over løft max 10 kg" → 10 kg; "Ingen skånehensyn bortset fra pauser" →
  ``flexible_breaks``; "Ingen problemer – på nær: løft", "... set bort fra kulde", "... andet end
  kemikalier"). An exception to such a statement always names a need, so one no rule reads
  ("Ingen problemer ud over gang", "har det fint med alt pånær kulde") is not understood: a
  warning, never no need. A heading answered "nej" rules out what it names ("Kørekort: nej" →
  ``no_driving``, "Aftenarbejde: nej tak" → ``day_shift_only``), unless it only names
  conditions or aids of the citizen: "Eksem: nej", "Astma/allergi: nej", "Kørestol: nej" say the
  citizen has none (a body part or a function, "Hænder: nej", is not such a heading). One
  answered "ja" or "ok" says it is no problem ("Støj: ok"), and "Skånehensyn: nej" lends no
  restriction to the lines after it. A sentence that goes on from one with a need ("Må ikke arbejde i kulde. Eller stå op
  længe.", also after a quoted sentence) is restricted like it. In a checklist only the ticked
  items ("[x]", "☒") count, and a field answered by an unticked box is a no ("Kørestol: ☐").
  A ticked item that would be a need under a heading for needs, with no heading to say what
  its tick means ("Stå: (x)  Gå: (x)": a need, or what the citizen can do?), warns.
  A band ticked after its field's colon or on the line below it answers the field ("Timer pr.
  uge:" over "☐ 0-10 ☒ 10-20" → 10), and so does a short answer alone on the line below a short
  field ("Pauser:" over "Efter behov"); a heading for needs keeps its list. Boxes after their
  options mark them ("Løft: 15 kg [ ] 5 kg [X]" → 5), weekdays ticked in a row are the days
  counted, and a question's yes and no boxes on the lines below it answer it. A table's row of
  figures is read under its column headings ("Løft (kg)<tab>Timer/uge" over "8<tab>15"); in a
  yes/no grid a "nej" to what the citizen can do is a need ("Kan borgeren:<tab>Ja<tab>Nej"
  over "stå i længere tid<tab><tab>X"), and under a heading for needs a "ja" is. A table row
  with a figure or a tick no need accounts for warns, and so does a line ending in a bare
  figure under a heading that names a unit or a need ("Maks. løft (kg)" over "• Gulv til
  bord: 5"). An aside in
  brackets that is a list item or a bound belongs to its sentence ("Kan stå (og gå) i kort
  tid"); one a list goes on after is left out of it ("Må ikke løfte (tunge ting) eller stå
  længe"); either may only add a need of its own clause. The items before a statement
  that there is nothing else are needs ("Tunge løft, ellers ingen skånehensyn"). A need of the
  past that the sentence says is lifted ("tidligere skåneforhold ..., men ikke længere behov
  for hensyn", "Tidligere aftale om max 20 timer er bortfaldet", "... er afkræftet", "... er
  udfaset") is history. A need said to end ("bortfalder om 6 måneder") still holds.
- Sentences update each other (:mod:`features.need_updates`): a need a later entry names as
  over ("Opdateret 12.01: Timebegrænsningen er ophævet", "Hensynet om fleksible pauser er
  fjernet efter kontrol", "Lægen har ophævet løftebegrænsningen"), a past need the text says
  no longer holds ("I 2021 måtte han ikke løfte over 10 kg. Der er ingen aktuelle
  skånehensyn."), a past figure replaced by today's ("Dengang kunne han slet ikke løfte. I dag
  må han løfte op til 15 kg" → 15 kg), a wish the text says is no need ("Foretrækker rolige
  omgivelser, men det er ikke et krav"), and the items under a heading for needs that are over
  ("Tidligere skånehensyn (bortfaldet):") are dropped, **and said so**: the sentence gives a
  warning that starts with :data:`features.need_updates.READ_AS_OVER` and quotes it, and the
  needs count as unclear until a caseworker has reviewed them. Anything that may keep the need
  (a negation, a date to come, a condition, a part, a replacement figure, a question, another
  person, a reinstatement anywhere in the text) leaves it as read.
- Another person's need is warned about, not read: a relative ("hendes mand", "min kone",
  "hun" after the writer's "min mor", "borgers tidligere kollega"), someone's colleague ("hans
  kollega har selv ..."), another trainee ("en anden praktikant", also in a relative clause
  after it), a colleague or mentor with a trouble of their own ("Mentoren har selv en dårlig
  ryg", "Kollegaen i kantinen tåler ikke vådt arbejde"), and a person the text introduces by a
  role and a name ("kollega Henrik", "virksomhedsmentor Anne") unless named as the citizen
  ("borger Tomasz"); their restriction lends none to the citizen's clause after it. Not
  another person helping the citizen ("En anden medarbejder skal altid være til stede") or
  named with them ("Borger og en anden praktikant må ikke løfte over 10 kg"). So is what a
  workplace or a person offers
  ("Butikschef Anne tilbyder, at han ikke skal arbejde i weekender"), and a plain offer
  ("Virksomheden tilbyder fleksible pauser") states no need. An offer made a condition ("hvis
  virksomheden tilbyder ...", "det er en forudsætning, at ...") is read as a need.
- A plan in phases holds its first phase: the figure of a later one ("herefter gradvis op til
  10 kg", "efter 6 uger max 15 kg") does not replace what holds from the start ("Må slet ikke
  løfte de første 6 uger, herefter op til 10 kg" → 0 kg). A figure stated before "men ikke
  mere/tungere" is the limit ("Kan løfte 20 kg, men ikke mere" → 20).
- A demand named after a capacity verb in a clause without a restriction is what the citizen
  can do, not a need ("Kan bøje og vride i ryggen uden gener"); "Kan kun bøje lidt" is one.
- Dialect: Jutland's "it" right after a modal verb is "ikke" ("hun ka' it stå"); "en snes" is
  20 and "en halv snes" 10.
- English notes (doctors abroad, expats): the commonest phrasings are read ("20 hrs/week",
  "must not work alone", "not allowed to drive", "no cold environments", "wheelchair user",
  "commute max 45 minutes each way", "above shoulder height", "wrist", "grip"), and English
  restriction, demand and health words make a sentence not fully understood warn ("Light
  duties only", "Mornings only" are not read, and warn).
- ICF's qualifier words after a category ("d240 Håndtere stress: moderat problem (2)") are its
  qualifier, and the category's policy decides, not the words of its title.
- Scanned and copied texts: a scanner's letters for digits are read as the figure meant ("l2
  timer" is 12, "4O min." 40, "5 k g" 5 kg), and a round figure split by a stray space ("1 0
  kg") is joined; other split figures ("3 4 timer", "5 8 kg") may be a range and stay apart.
- A travel limit on the whole day ("max én times transport i alt om dagen") is half of it each
  way; so is one on the round trip ("1½ time t/r", "frem og tilbage"), read so cautiously and
  warned, since writers also use "t/r" for each way.
- A condition after a capacity is read on its own: "kan godt klare travlhed, så længe
  opgaverne er enkle" → ``simple_tasks`` (", så længe" and "forudsat at" as "hvis"). A question
  answered on its line is a heading with its answer ("stå i længere tid? Nej"). What the
  workplace offers everyone is no need ("Virksomheden tilbyder hæve-sænkeborde").
- Proper names are read as nothing: the job centre, the municipality, where the citizen lives,
  the mentor's surname, the workplace's firm and the note's signature ("Journalnotat,
  Jobcenter Kolding:", "bor i Struer", "mentor Anne Frost", "Frost ApS", "/Hanne, mentor")
  are blanked out before reading (:mod:`features.names`), so "Kolding" is not "kold" nor
  "Frost" frost, and a heading or a signature leaves no sentence unclear; a warning still
  quotes them as written. Common first names are never respelt ("Inge" is not "ingen").
- Background with no health content is no need: what did not happen ("har ikke haft fast
  tilknytning til arbejdsmarkedet", "har ingen uddannelse"), a service outside the seat ("brug
  for tolk ved opstartssamtalen", "behov for samtaler med psykolog"), capacities ("kognitivt
  velfungerende"), a wish and what continues it ("vil gerne arbejde i en kantine eller med let
  kontorarbejde", "ønsker et job som pedel, men det vurderes ikke realistisk"), and the date and
  time of an appointment ("næste møde 1. marts kl. 10"). A diagnosis beside a wish, a capacity
  or a service still warns ("er en velfungerende autist").
- Values are rounded down to two decimals where the needs are made: every valued code is a
  maximum, so rounding never makes a limit more permissive ("3 timer og 20 min om dagen" →
  16.66 hours a week).

Warnings: the net
-----------------
A sentence must be *fully understood* to stay quiet. After the rules ran, every word of a
restricted clause has to be accounted for: by a rule match (fired or cancelled), by a cue or
reassurance phrase, or by being a word that states nothing (:data:`NON_CONTENT`: function
words, the citizen and staff, generic words for work and time). Health and body words count as
the reason for a need read from the same sentence ("pga. ryggen ingen tunge løft"), but never
make a clause without a need quiet. A measure — a number with a unit (:data:`UNIT_WORDS`: "3
etager", "5 km", "kl. 9") — that no rule read warns wherever it stands, unless it qualifies a
need read in the same clause ("stå max 10 min"). So "må ikke arbejde med knive", "Max 2
etager", "ikke før kl. 9" and "har ondt i knæet" warn, whatever words are used.

``sentence not understood: '...'`` when such a sentence yields no need; ``sentence partly
understood: '...'`` when some need was read but a clause, a list item ("må ikke køre bil eller
betjene maskiner") or a measure was not; ``vague need, read cautiously: '...'`` for the cautious
readings above and for work described only as light ("let arbejde"); ``limit in a reassurance,
not read as a need: '...'``. Warnings quote the caseworker's sentence for the consultant;
nothing here is logged.

Typos are corrected only against the trigger lexicon, one edit away, with the same first
letter, never into protected ordinary words ("lunge" stays "lunge", not "tunge"); see
:class:`features.text.TypoCorrector`. A sentence that was still not fully understood (a
warning, or no need at all) is read a second time with spelling guesses: unknown words within
one edit (five letters or more; two edits from nine letters) of a word the rule patterns depend
on are respelt ("støende" → "støjende" *and* "stående", "boælen" → "bopælen"). Needs found only
so are kept, never removed or relaxed, and the sentence warns ``sentence partly understood
(spelling guessed: 'boælen' → 'bopælen'): '...'``, so the text stays unclear (see
:func:`_read_cautiously`). The rule set is tried through an inverted index of
literal keys, and long alternations are narrowed per sentence to the branches whose keys occur
(a branch whose literal words are absent cannot match): a pure speed-up checked by the tests to
change no reading.
"""

from __future__ import annotations

import math
import re
import re._constants as re_constants
import re._parser as re_parser
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any, Final

from features.icf import implied_needs, is_known_code
from features.names import FIRST_NAMES, ROLE_WORDS, blank_person_names, blank_place_names
from features.need_updates import READ_AS_OVER, STILL_WORDS, Sentence, read_updates
from features.needs import Need
from features.text import (
    MONTHS,
    NUMBER_WORDS,
    Token,
    TypoCorrector,
    format_number,
    join_split_compounds,
    normalize_numbers,
    parse_number,
    sentence_spans,
    tokenize,
)
from features.vocabulary import ACCOMMODATION_CODES, DEFAULT_MAX_LIFT_KG

__all__ = ["TextNeeds", "extract_needs", "RULES", "Rule"]


#: Warning prefixes of need-like sentences the reader could not (fully) read.
NOT_UNDERSTOOD: Final[str] = "sentence not understood"
PARTLY_UNDERSTOOD: Final[str] = "sentence partly understood"


@dataclass(frozen=True)
class TextNeeds:
    """What the reader understood of one accommodation text.

    Parameters
    ----------
    needs
        One :class:`~features.needs.Need` per code (``source="text"``), the strictest value when
        a code was stated several times, in order of first appearance. ``evidence`` is an exact
        span of the input text.
    warnings
        Sentences that look like needs but were not (fully) understood, and vague statements
        read cautiously, e.g. ``"sentence not understood: 'Har ondt i nakken'"``.
    """

    needs: tuple[Need, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def unclear(self) -> bool:
        """Whether some need-like sentence was not or only partly understood.

        Then a need may be missing from :attr:`needs`, so no seat can count as verified for
        this citizen (see :data:`features.rules.UNCLEAR_NEEDS_RULE`).
        """
        return any(
            w.startswith((NOT_UNDERSTOOD, PARTLY_UNDERSTOOD, READ_AS_OVER)) for w in self.warnings
        )


# ============================================================================================
# Lexicon: every phrase the reader knows lives in this section.
# Regular expressions run over the *normalised* sentence: lower case, tokens joined by single
# spaces, numbers as digits ("0.5", "12"), full stops dropped, other punctuation kept as tokens
# ("12 t / uge", "8 - 10 kg", "arbejdstid : 20 timer").
# ============================================================================================

#: A number, and a range whose smaller bound is the cautious value.
NUM: Final = r"\d+(?:\.\d+)?"
RANGE: Final = rf"(?:mellem )?(?P<a>{NUM})(?: ?(?:-|til|og|eller|/) ?(?P<b>{NUM}))?"
#: One word of gap that does not cross clause punctuation.
GAP: Final = r"(?:[^\s,;:()]+ )"
HOUR_UNIT: Final = r"(?:timer|time|times|timers|tim|t|h|arbejdstimer|hours|hour|hrs|hr|tider|timen)"
WEEK: Final = (
    r"(?:om ugen|om uge|i ugen|pr uge|pr ugen|per uge|/ ?ugen?|/ ?u\b|ugentlig\w*|hver uge|"
    r"på en uge|ugen|per week|a week|a uge|/ ?week|weekly)"
)
DAY: Final = (
    r"(?:om dagen|dagligt|daglig|pr dag|per dag|/ ?dag(?:en)?\b|hver dag|på en dag|om døgnet|"
    r"i døgnet|pr døgn|/ ?døgn|pr arbejdsdag|per arbejdsdag|om arbejdsdagen|per day|a day|a dag|"
    r"daily)"
)
TRAVEL: Final = (
    r"(?:transport\w*|rejse\w*|køretid\w*|kørsel\w*|køretur\w*|pendl\w*|bus\w*|togtur\w*|toget|"
    r"s tog\w*|"
    r"cykel\w*|cykl\w*|hver vej|bopæl\w*|hjemme\w*|"
    r"hjem\b(?! (?:og \w+ )?efter| og (?:hvile|sove|slappe|restituere))|afstand\w*|"
    r"offentlig\w*|"
    r"frem og tilbage|til og fra|tur\b|turen\b|væk fra|køre(?!stol)\w*|bil|bilen|flextrafik\w*|"
    r"handicapkørsel\w*|telekørsel\w*|dør til dør|commute|each way|one way|"
    # getting to work: "nå arbejdet på under en time", "en time om at komme på arbejde"
    r"nå (?:\w+ )?arbejde\w*|nå frem|komme (?:på|til|frem til) arbejde\w*|komme frem|"
    # on foot: "max 15 minutters gang til arbejdet", "til fods"
    r"gang til (?:arbejd\w*|praktik\w*)|gå til (?:arbejd\w*|praktik\w*)|til fods)"
)

#: A need said to be over: "ikke længere aktuelt", "ikke længere relevant".
NO_LONGER_NEEDED: Final = r"\bikke længere (?:aktuel\w*|gældende|nødvendig\w*|relevant\w*)\b"
#: Participles and verbs that end a need of the past ("er ophævet", "bortfalder", "er udfaset",
#: a suspicion "er afkræftet").
LIFTED: Final = r"(?:ophævet|bortfaldet|udfaset|afkræftet|annulleret)"
#: Phrases that say a need does *not* exist ("kan godt", "ingen problemer med", "har ikke brug
#: for"). They cancel both strong and topic rules in their segment.
NEGATING: Final[tuple[str, ...]] = (
    # (not when a figure follows: "ikke længere nogen løftebegrænsning på 5 kg; lægen har sat
    # den til 10 kg" is a limit changed, not lifted)
    # (nor a restriction that is *not* lifted: "har ikke ophævet løftebegrænsningen")
    r"\b(?:ingen|ikke|intet) (?:længere (?:nogen )?|(?!ophævet|fjernet|annulleret|afskaffet|"
    r"droppet|frafaldet)\w+ )?(?:løfte|fysiske|arbejds|gang|stå)"
    r"(?:restriktion|begrænsning|hensyn)\w*\b(?! (?:på|over|af|til) (?:\w+ )?\d)"
    # (nor when an exception or a scope follows: "ingen løftebegrænsning undtagen tunge løft",
    # "... ved enkeltløft")
    r"(?!(?: ,)? (?:undtagen|udover|ud over|med undtagelse|medmindre|bortset|ved|for|når|hvis|i "
    r"forhold til|på)\b)",
    r"\b(?:generer|gener|påvirker|forstyrrer|besværer) (?:\w+ )?ikke\b|"
    r"\bikke (?:\w+ )?(?:generet|påvirket|forstyrret) af\b",
    r"\bingen (?:\w+ )?(?:hensyn|skånehensyn|skånebehov|tilpasninger)(?: er)? nødvendig\w*",
    r"\bkan (?:\w+ )?(?:godt|sagtens|fint|uden problemer|uden besvær)\b",
    r"\bkunne (?:\w+ )?(?:godt|sagtens)\b",
    r"\bkan (?:godt |sagtens |fint )?(?:klare|tåle|holde til|magte)\b"
    r"(?! (?:\w+ ){0,3}(?:mere|max\w*|maks\w*|højst|op til|under|kun|ikke|\d))",
    r"\bhar det (?:\w+ )?(?:fint|godt) med\b",
    r"\bkan (?:godt |sagtens |fint |nu |også )?lade sig gøre\b",
    # "Bøjninger går fint igen": what goes well is no need
    r"\bgår (?:\w+ )?(?:fint|godt|fint igen|godt igen)\b(?! (?:med|når|hvis|så længe|såfremt))",
    r"\bsagtens\b",
    r"\b(?:tåler|klarer|håndterer|magter|kan tåle|kan klare)(?: [^\s,;:()]+){0,3} "
    r"(?:fint|godt|glimrende|udmærket|uden problemer)\b"
    # (not when a figure follows: "klarer fint 5-6 kg" is what it manages, a limit)
    r"(?! (?:med|når|hvis|ved|så længe|såfremt|i kort|(?:op til |ca |cirka )?\d))",
    r"\buden (?:\w+ )?(?:problem\w*|besvær|gener|vanskelighed\w*|begrænsning\w*|smerte\w*|"
    r"skånehensyn|udfordring\w*)\b",
    r"\b(?:ingen|ikke|intet|aldrig|ikke længere)(?: (?:nogen|noget|et|en|de|nævneværdige|"
    r"særlige|større|fysiske|kendte|yderligere|helbredsmæssige|længere))* (?:problem\w*|"
    r"begrænsning\w*|gener|vanskelighed\w*|skånehensyn|skånebehov|hensyn|udfordring\w*|"
    r"restriktion\w*|smerte\w*|ondt|besvær|bekymring\w*|bange for|svært|svært ved|allergi\w*|"
    r"sygdom\w*|diagnose\w*|skader|hindring\w*|forhindring\w*)\b",
    r"\b(?:ingen|ikke nogen|intet) \w+(?:problem\w*|gener|smerter|skader|besvær)\b",
    r"\buden videre\b",
    r"\b(?:ikke|intet|ingen|uden)(?: \w+){0,2} (?:brug|behov) for\b"
    r"(?: (?:særlige |nogen )?(?:skånehensyn|skånebehov|hensyn|skånsomt arbejde))?",
    r"\bbehøver (?:\w+ )?ikke\b",
    r"\bikke (?:\w+ )?(?:nødvendig\w*|påkrævet|et krav)\b"
    r"(?: med (?:\w+ )?(?:hensyn|skånehensyn|skånebehov|tilpasninger))?",
    r"\bmå (?:\w+ )?gerne\b",
    r"\b(?:er|være) (?:helt )?(?:ok|okay|i orden|fint|uproblematisk\w*|problemfrit)\b",
    r"\buproblematisk\w*|\bproblemfri\w*|\bfuldt funktionsdygtig\b",
    r"\bikke (?:\w+ )?begrænset\b",
    r"\b(?:ikke noget|intet|ingenting) (?:imod|i mod)\b|\bingen indvendinger\b",
    r"\b(?:ingen|ikke|intet)(?: (?!uden\b|med\b|under\b)\w+){0,2}? (?:nogen |nogle |særlige )?"
    r"(?:skånehensyn|skånebehov|forbehold|restriktion\w*)\b",
    r"\b(?:(?:skånehensyn\w*|skånebehov\w*|hensyn\w*|restriktion\w*|begrænsning\w*)"
    rf"(?: [^\s,;]+){{0,3}}? )?(?:er|blev|er blevet) (?!ikke )(?:\w+ )?{LIFTED}\b|"
    rf"{NO_LONGER_NEEDED}|"
    r"\b(?:er|blev|er blevet) (?:nu )?(?:helt )?(?:overstået|forsvundet|væk|aftaget)\b",
    # a doctor who found no reason for limits, a condition that causes no trouble at work,
    # a full recovery
    r"\b(?:ikke|ingen|intet)(?: \w+){0,2}? (?:grund|grundlag|anledning|indikation) (?:til|for) "
    r"(?:\w+ ){0,2}?(?:begrænsning\w*|skånehensyn|skånebehov|hensyn|restriktion\w*|skåne\w*|"
    r"forbehold)\b",
    # "der ses ingen kognitive vanskeligheder af betydning for arbejdsevnen"
    r"\b(?:ingen|ikke nogen)(?: \w+){1,3}? (?:af|uden) (?:\w+ )?betydning for (?:\w+ )?"
    r"(?:arbejds\w*|funktion\w*|job\w*)\b",
    r"\b(?:ikke|ingen) (?:\w+ )?(?:giver|medfører|volder) (?:\w+ )?(?:gener|problem\w*|"
    r"begrænsning\w*|besvær|vanskelighed\w*)\b|\b(?:giver|medfører|volder) (?:\w+ )?(?:ikke|ingen) "
    r"(?:\w+ )?(?:gener|problem\w*|begrænsning\w*|besvær|vanskelighed\w*)\b",
    r"\b(?:er|har) (?:nu )?(?:helt |fuldt |fuldstændig )?kommet sig(?: helt| fuldt| fuldstændigt?)?\b|"
    r"\ber (?:nu )?(?:helt )?rask(?:meldt)?\b|\b(?:fuldt|helt) restitueret\b",
)
#: Positive stance: likes, wishes, strengths. Cancels topic rules only ("glad for kundekontakt");
#: a strong need stays ("vil gerne have rolige omgivelser").
POSITIVE: Final[tuple[str, ...]] = (
    r"\bglad for\b",
    r"\btrives\b(?! ikke)",
    r"\bkan lide\b",
    r"\belsker\b",
    r"\bvil (?:\w+ )?gerne\b",
    r"\bønsker\b",
    r"\bkunne tænke sig\b",
    r"\bmotiveret\b",
    r"\binteresse\w*\b",
    r"\b(?:god|dygtig|stærk|vant|vante|flink) (?:til|med)\b",
    r"\berfaring\w*\b",
    r"\bforetrækker\b",
    r"\b(?:god|stærk|sund|rask) (?:ryg|krop|fysik|helbred)\b|\bi god form\b|\bfysisk stærk\b",
    r"\ber en (?:\w+ )?styrke\b",
    r"\b(?:(?:kognitivt?|fysisk|psykisk|socialt?|sprogligt?|mentalt?|generelt|ellers|i øvrigt|"
    r"meget|godt) )?velfungerende\b",
)
#: History: what the citizen did before is not a need now (valued and topic rules stay quiet).
HISTORY: Final[tuple[str, ...]] = (
    r"\btidligere\b|\btidl\b",
    r"\bhar (?:(?!ikke\b|aldrig\b)\w+ )?arbejdet\b",
    r"\barbejdede\b",
    r"\bhar (?:(?!ikke\b|aldrig\b)\w+ )?haft\b",
    r"\bhar (?:(?!ikke\b|aldrig\b)\w+ )?været\b",
    r"\bvar ansat\b",
    r"\bi (?:19|20)\d\d\b",
    # "har ikke haft fast arbejde", "har aldrig arbejdet i Danmark": what did not happen, not
    # what cannot ("har ikke været i stand til at stå" is a restriction, "har aldrig haft
    # kørekort" a need)
    r"\bhar (?:ikke|aldrig) (?:\w+ )?(?:haft|været) (?:(?:fast|et|en|noget|nogen|ordinært|ordinær|"
    r"fuldt|fuld|lønnet|stabilt?|varigt?|reelt?|egentligt?|i|på|det) ){0,3}(?:arbejde|job|jobs|"
    r"tilknytning\w*|ansættelse\w*|ansat|beskæftigelse\w*|uddannelse\w*|praktik\w*|"
    r"arbejdsmarked\w*)\b|\bhar (?:ikke|aldrig) (?:\w+ )?arbejdet\b",
    # background that is missing: "har ingen uddannelse ud over 9. klasse"
    r"\b(?:ingen|ikke nogen) (?:\w+ )?(?:uddannelse\w*|erhvervsuddannelse\w*|erhvervserfaring|"
    r"arbejdserfaring|svendebrev|eksamen|tilknytning\w*)\b",
)
#: A need for a service outside the seat (an interpreter, talks with a psychologist): it limits
#: no seat. Read like a wish: a strong need in the same clause stays, a topic does not.
SERVICE: Final[tuple[str, ...]] = (
    r"\b(?:behov|brug) for (?:\w+ ){0,2}?(?:tolk\w*|bisidder\w*|samtale\w*|møder? (?:med|hos)|"
    r"psykolog\w*|terapi\w*|terapeut\w*|behandling\w*|genoptræning\w*)\b"
    r"(?: (?:med|hos|ved|til|fra) (?:\w+ )?[^\s,;:()]+)?",
)
#: Restriction cues: a topic in such a segment is a need.
RESTRICTION: Final = (
    r"\b(?:ikke|ingen|intet|ej|aldrig|hverken|undgå\w*|skån\w*|frarå\w*|kontraindic\w*|udelukk\w*|"
    r"begræns\w*|restriktion\w*|max\w*|(?:holdes|holde sig|holdes væk|friholdes) fra|fritag\w*|"
    # someone keeps the citizen from it: "Vi holder hende fra kassen"
    r"(?:holder|holdt|holde) (?:hende|ham|borgeren|dem|\w+) (?:væk )?fra|"
    r"delvis\w*|efter behov|hindr\w*|fri for|(?:sagt|siger|siget) nej til|næppe|langtfra|"
    r"langt fra|knap nok|knapt|sjældent|uforsvarlig\w*|uansvarlig\w*|mod (?:\w+ )?råd|"
    # as little as can be: "minimal kontakt med kunder", "så lidt gang som muligt", "slippe for"
    r"minimal\w*\b(?! (?:erfaring|viden|kendskab))|mindst mulig\w*|så lidt (?:\w+ ){0,2}?som muligt|"
    r"slippe for|slipper for|"
    # "not" in dialect and hurried writing: "ka' et stå", "ka' ente", "ka' ing't", "ik"
    r"ik|ikk|itt|ente|ing't|ingt|"
    r"skal (?:han|hun|borgeren|jeg) have|"
    r"maks\w*|højst|højest|kun|blot|udelukkende|mindre end|under \d|op til|uden|svært?|svære|"
    r"sværere|besvær\w*|problem\w*|vanskelig\w*|smerte\w*|ondt|gener|generende|nedsat\w*|"
    r"reducer\w*|dårlig\w*|belast\w*|kort|korte|kortere|kortvarig\w*|skal kunne|skal have|"
    r"skal være|skal arbejde|skal sidde|skal holde|skal tage|behov for|brug for|bør|kræver|"
    r"krav om|nødvendig\w*|grænse\w*|hensyn\w*|forhindr\w*|forbud\w*|forbudt|uegne\w*|"
    r"frakend\w*|inddrag\w*|mistet|fratag\w*|udløser|forværr\w*|provoker\w*|sårbar\w*|"
    r"følsom\w*|overbelast\w*|mulighed for|ad gangen|i træk|let|lette|lettere|mangler|"
    r"tåler ikke|helst ikke|frem for|i stedet for|væk fra|skal foregå|angst for|bange for|"
    r"frygt for|nervøs for|for mange|for meget|for lang\w*|for tung\w*|forvirre\w*|overvælde\w*|"
    r"barriere\w*|udfordr\w* (?:med|ift|i forhold til|ved|omkring|når)|hjertebanken|svigt\w*|"
    r"ubehag\w*|kvalme|svimmel\w*|angstanfald\w*|panikanfald\w*|panik\w*|utryg\w*|orker ikke|"
    r"forpustet|stakåndet|åndenød|udmattet|skal andre|andre (?:skal )?tage\w* sig af|"
    r"overlade\w* til andre|"
    # a need as what matters or how the work is arranged: "Det er vigtigt at hun kan sidde",
    # "Opgaverne tilrettelægges så de er enkle"
    r"vigtigt at|tilrettelægges så|planlægges så|indrettes så|sørge for at|"
    # a need said again of another demand: "Tåler ikke kulde. Det samme gælder fugt."
    r"det samme gælder|gælder det samme|gælder også|lige så (?:slemt|galt|svært|skidt|hårdt)|"
    # a little only: "kan klare lidt larm"
    r"(?:klare|klarer|tåle|tåler) (?:kun )?lidt|"
    # a ban on lifting in one word: "løfteforbud"
    r"(?:løfte|løft|bære)forbud\w*|"
    # work left to colleagues: "skal en kollega tage sig af", "løftes af kolleger"
    r"(?:skal|må|kan) (?:en |de |hans |hendes |sine )?(?:kollega\w*|kolleger\w*) "
    r"(?:tage\w* sig af|klare\w*|udføre\w*|overtage\w*|løfte\w*|bære\w*|hjælpe\w*)|"
    r"\w+es af (?:en |de |sine |hans |hendes )?(?:kollega\w*|kolleger\w*|andre|\w*personale\w*)|"
    r"(?:kollega\w*|kolleger\w*|\w*personale\w*)(?: på \w+)? (?:tager\w* sig af|klarer (?!sig)|"
    r"overtager|står for|håndterer)|"
    # when the work lies: "arbejdet skal ligge om formiddagen", "fordelt på formiddage"
    r"skal ligge|bør ligge|"
    r"magter ikke|sover|snurrer|prikker|mister|miste|trigge\w*|"
    # English: "no lifting above shoulder height", "avoid repetitive wrist movements"
    r"no|not|avoid\w*|cannot|can't|unable|must not|mustn't|should not|limit\w*|restrict\w*|"
    r"reduced|difficult\w*|pain|needs?|requires?|only|(?<!et )must|should|has to|have to)\b"
)
#: Cues that make an unexplained segment worth a warning (need-like wording).
WARN_CUES: Final = (
    r"\b(?:må (?:\w+ )?(?:ikke|kun|max\w*|maks\w*|højst|ej)|skal (?:\w+ )?undgå\w*|undgå\w*|"
    r"skån\w*|frarå\w*|kontraindic\w*|tåler (?:\w+ )?ikke|kan (?:\w+ )?ikke|kan (?:\w+ )?kun|"
    r"kan dårligt|"
    r"max\w*|maks\w*|højst|højest|begræns\w*|nedsat\w*|reduceret|ikke egnet|uegnet|udelukket|"
    r"bør (?:\w+ )?(?:ikke|undgå\w*|begrænses)|behov for|brug for|hensyn\w*|ikke mere end|"
    r"ikke over|mindre end|svært ved|problemer med|besvær med|vanskeligt ved|lette opgaver|"
    r"let arbejde|lettere arbejde|skal kunne|ikke (?:\w+ )?(?:arbejde|udsættes|være|klare|"
    r"magte|tåle|holde til|for meget|for mange|for længe)|belast\w*|deltid|nedsat tid|"
    r"timetal|optrapning|fleksib\w*|tæt på (?:hjemmet|bopælen)|kort (?:transport\w*|"
    r"afstand\w*)|nærområde\w*|gåafstand|cykelafstand|ikke (?:et )?muligt|går ikke|"
    r"kræver|krav om|svært|vanskeligt|ingen (?:\w+ )?(?:opgaver|arbejde)|tåler dårligt|"
    r"stige\w*|højde|højder|højden|"
    # English, as doctors abroad and expats write: "must not work alone", "avoid repetitive
    # wrist movements", "not allowed to drive professionally"
    r"must not|mustn't|cannot|can't|can not|unable to|not allowed|not possible|should not|"
    r"shouldn't|may not|avoid\w*|no more than|not more than|at most|maximum|limit\w*|"
    # (not the Danish noun: "hygiejnebevis er et must")
    r"restrict\w*|needs?|requires?|only|(?<!et )must|should|has to|have to|ought to|"
    r"recommend\w*)\b"
)
#: Seat demands: a sentence that names one but yields no need and no reassurance is warned
#: about ("Igen kundekontakt." — a typo of "ingen" must not pass silently).
DEMAND_CUES: Final = (
    r"\b(?:kundekontakt\w*|kundebetjening|tunge løft\w*|"
    r"tunge (?:emner|ting|varer|kasser|byrder|genstande|sække|poser)|støj(?:ende|fyldt)?|"
    r"larm(?:ende)?|tidspres|kulde|kølerum|frostrum|kemikali\w*|vådt arbejde|kørestol\w*|"
    r"rollator|alenearbejde|"
    r"stående arbejde|nattevagt\w*|aftenvagt\w*|"
    # English
    r"lifting|standing|walking|bending|overhead|customers?|customer-facing|alone|drive|"
    r"driving|forklift|cold|wet work|chemicals?|noise|noisy|quiet|stairs|wheelchair|breaks?|"
    r"hours|hrs|commute|shifts?|precision|grip|fine motor)\b"
)
#: A form's field for a demand ("Arbejdsstilling: siddende", "Omgivelser: rolige"): answered
#: with nothing read, it is warned about like a demand named.
DEMAND_FIELDS: Final = (
    r"(?:arbejdsstilling|arbejdsposition|kropsstilling|omgivelser|arbejdsmiljø|kompleksitet|"
    r"sværhedsgrad|temperatur|arbejdstempo|tempo|pauser?)"
)
#: Health words: a sentence that mentions them and yields no need is warned about.
HEALTH_CUES: Final = (
    r"\b(?:ondt|smerte\w*|gigt\w*|slidgigt\w*|prolaps\w*|diskusprolaps\w*|fibromyalgi|migræne|"
    r"hovedpine|træthed\w*|træt|trætte|udtrætt\w*|energi\w*|angst\w*|depression\w*|"
    r"depressiv\w*|stress\w*|ptsd|adhd|add|autis\w*|asperger\w*|diabetes|epilepsi\w*|astma\w*|"
    r"kol|hjerte\w*|allergi\w*|allergisk|sygdom\w*|diagnose\w*|syg|sygemeld\w*|operation\w*|"
    r"opereret|skade\w*|brud|piskesmæld|whiplash|sklerose|parkinson\w*|psykisk\w*|"
    r"psykiatri\w*|skizofreni\w*|bipolar\w*|ocd|panikanfald|søvn\w*|koncentration\w*|"
    r"hukommelse\w*|hjerneskade\w*|blodprop\w*|kræft(?!er\b)\w*|cancer|kemo\w*|medicin\w*|"
    r"funktionsnedsættelse\w*|handicap\w*|synet|blind|døv|hørelse\w*|hørenedsættelse|ryg|"
    r"ryggen|lænd\w*|nakke\w*|skulder\w*|skuldre\w*|knæ\w*|hofte\w*|ankel|ankler|fod|fødder|"
    r"fødderne|albue\w*|håndled\w*|ben|benene|arm|armen|armene|led|leddene|bækken\w*|lunge\w*|"
    r"kondition|vejrtrækning|svimmel\w*|balance\w*|kvalme|overvægt\w*|arbejdsevne|"
    r"funktionsevne|belastning\w*|lægeerklæring\w*|speciallæge\w*|genoptræning\w*|"
    r"fysioterapeut\w*|sygehus\w*|indlagt|syns\w*|anfald\w*|hjerne\w*|kogniti\w*|"
    r"hjertebanken|ordblind\w*|høretab\w*|hjernerystelse\w*|gravid\w*|graviditet\w*|"
    r"alkohol\w*|misbrug\w*|afhængig\w*|hernie\w*|brok|apopleksi\w*|hemiparese\w*|parese\w*|"
    r"lammelse\w*|lammet|neuropati\w*|artrose\w*|artrit\w*|"
    # the skin: "hænderne revner og bløder", "udslæt af sæbe"
    r"revner|revnet|revnede|bløder|blødning\w*|udslæt|kløe|klør|"
    # being overwhelmed: "han lukker ned, når der bliver travlt"
    r"(?:lukker|lukke|lukkede) (?:\w+ ){0,3}?ned|går i sort|gik i sort|bryder sammen|brød sammen|"
    r"overvæld\w*|nedsmelt\w*|sammenbrud\w*|"
    # English
    r"pain|painful|back pain|bad back|knees?|shoulders?|hands?|wrists?|elbows?|hips?|"
    r"injury|injuries|surgery|epilepsy|seizures?|anxiety|depression|asthma|allergy|eczema|"
    r"sick leave|disability|disorder)\b|problem(?:er|erne|et)?\b|"
    r"(?:(?<!hen)syn|fobi|fobier|migræne\w*|skade|smerter)\b"
)
#: "Ikke", "ingen" and friends directly before a negatable strong trigger cancel it
#: ("er ikke støjfølsom", "har ikke eksem").
NEGATION_BEFORE: Final = r"\b(?:ikke|ingen|intet|ej|aldrig)(?: \w+){0,2} $"
#: Words that start an independent clause: such a segment does not inherit the polarity of its
#: neighbours ("Bor alene og har ondt i ryggen" is not "must not be alone").
CLAUSE_STARTERS: Final[frozenset[str]] = frozenset(
    {
        "bor", "har", "er", "var", "kan", "skal", "vil", "må", "bør", "han", "hun", "borgeren",
        "borger", "de", "der", "det", "den", "som", "jeg", "vi", "hendes", "hans", "får",
        "går", "arbejder", "tager", "laver", "bliver", "ønsker", "trives", "mangler", "sover",
        "kommer", "ser", "føler", "oplever", "klarer", "tåler", "magter", "mener", "siger",
        "fortæller", "sin", "sit", "sine", "nu", "lige", "pt", "patienten", "patient",
    }
)  # fmt: skip
#: Conjunction tokens that cut a sentence into segments, and how they link the segments.
CONNECTORS: Final[dict[str, str]] = {
    "og": "list", "eller": "list", "samt": "list", "plus": "list", "/": "list",
    ",": "list", ":": "list", ";": "list", "-": "list", "|": "list",
    "men": "contrast", "dog": "contrast", "selvom": "contrast", "selv": "contrast",
    "mens": "contrast", "bortset": "contrast", "omvendt": "contrast",
    "da": "sub", "fordi": "sub", "idet": "sub", "hvis": "sub", "når": "sub", "såfremt": "sub",
    "hvor": "rel", "som": "rel", "hvorfor": "sub", "pga": "sub", "grundet": "sub",
    "(": "sub", ")": "list", "→": "list", "⇒": "list",
    "[": "sub", "]": "sub",
}  # fmt: skip
#: A segment that is only the predicate of a list before it ("Tunge løft (over 20 kg) kan ikke
#: lade sig gøre"): explained when the segment before it is.
PREDICATE_ONLY: Final = (
    r"^(?:men )?(?:det )?(?:kan ikke lade sig gøre|skal undgås|bør undgås|må undgås|frarådes|"
    r"er udelukket|er ikke (?:en )?mulig\w*|går ikke|er ikke ok|skal begrænses|tåles ikke|"
    r"duer ikke|må ikke forekomme|kan ikke tåles|er ikke tilladt)$"
)
#: A sentence that ends in ":" and says this is a list of needs ("Skånehensyn:") makes the
#: neutral list items of the following sentences restrictions.
HEADER: Final = r"\b(?:skån\w*|hensyn\w*|begrænsning\w*|undgå\w*|må ikke|restriktion\w*|behov)\b"
#: The title of a document or section that a case note quotes from, on a line of its own or
#: before a colon ("Speciallægeerklæring (neurologi):", "Uddrag af lægeerklæring"): it names
#: where what follows comes from and states no need.
DOCUMENT_TITLE: Final = (
    r"(?:(?:uddrag|citat|resumé) (?:af|fra) )?(?:(?:special)?lægeerklæring\w*|lægeattest\w*|"
    r"statusattest\w*|friattest\w*|speciallæge\w*|egen læge\w*|lægelig\w* vurdering\w*|"
    r"læ \d+\w*|rehabiliteringsplan\w*|rehabiliteringsteam\w*|arbejdsevnebeskrivelse\w*|"
    r"ressourceprofil\w*|funktionsbeskrivelse\w*|icf ?vurdering\w*|journalnotat\w*|notat\w*|"
    r"referat\w*|statusnotat\w*|helbredsoplysning\w*|konklusion\w*|baggrund\w*)\b"
)

#: Words that state no need by themselves: function words, the citizen and the people around
#: her, generic words for work and time, and modal verbs. Every *other* word of a restricted
#: clause must be accounted for by a rule, a cue or a reassurance, or the sentence warns
#: ("må ikke arbejde med knive": "knive" is left over). The list is deliberately generic:
#: a word that can name an activity, a place, an object or a body part does not belong here.
NON_CONTENT: Final[frozenset[str]] = frozenset(
    """
    og eller men samt som der det den de dem denne dette disse hun han hen ham hende hans
    hendes sin sit sine sig selv jeg mig min mit mine vi os vores du dig din dit dine man
    en et to tre fire fem seks syv otte ni ti har have havde haft er var været være blive
    bliver blev blevet kan kunne skal skulle vil ville må måtte bør burde får fik få
    gør gøre gjorde gjort ikke ingen intet noget nogen nogle alle alt andre andet anden
    meget mere mest lidt mindre mange flere færre hele helt heller også altid aldrig
    stadig derfor dermed desuden ligeledes ligesom fordi hvis når da mens idet såfremt
    hvor hvordan hvad hvem hvilke hvilken hvilket hvorfor hvornår her der derfra dertil
    med mod til fra for hos ved efter før under over mellem omkring igennem gennem uden
    inden indenfor udenfor om på af ad op ned ind ud hen frem tilbage bag foran
    borger borgeren borgerens borgere patient patienten patientens pt pts person personen
    klient klienten ledig lediges kvinde kvinden manden mand
    arbejde arbejdet arbejder arbejdes arbejdede arbejdsopgave arbejdsopgaver opgave opgaver
    opgaven opgaverne job jobbet jobs stilling stillingen funktion funktioner ting tingene
    udføre udfører udføres varetage varetager varetages klare klarer tåle tåler tåles holde
    holder magte magter mulighed muligheden muligt mulige behov brug nødt nødvendigt
    praktik praktikken praktiksted praktikstedet praktikforløb virksomhed virksomheden
    virksomhedspraktik virksomhedspraktikken arbejdsplads arbejdspladsen arbejdssted
    arbejdsstedet forløb forløbet ressourceforløb jobafklaringsforløb fleksjob plads
    tid tiden tider periode perioden perioder længe længere lang lange langt kort korte
    gang gange gangen dag dage dagen dagene dagligt daglig uge ugen uger ugentligt ugentlig
    time timer timers minut minutter min måned måneder år året start starten opstart
    opstarten begyndelsen begyndelse først første foreløbigt foreløbig fremover pt p
    normalt generelt særligt især specielt primært typisk almindeligt almindelige
    vurderes vurderet vurderer vurdering anbefales anbefaler anbefalet anbefaling
    lægen læge lægens egen statusattest lægeattest lægeerklæring speciallæge
    speciallægeerklæring attest attesten erklæring erklæringen oplyser oplyst oplysninger
    beskriver beskrevet angiver angivet fremgår ifølge iflg jf jvf ift iht mht vedr ang
    pga grundet grund hensyn forhold forbindelse relation form sammenhæng
    skal skånes skånehensyn skånebehov hensynet følgende punkter
    så sådan sådanne således dog nok bare kun blot gerne helst evt eventuelt måske
    cirka ca max maks højst mindst mere end mindre end
    godt gode god fint fin bedst bedre dårligt
    udsættes udsat udsætte opholde opholder befinde befinder lade gøre foregå foregår
    forekomme forekommer tilrettelægges tilrettelagt tilrettelægge indrettes indrettet
    holdes derunder derover herunder heraf deraf dvs fx eksempel eksempelvis bla andet mv osv
    etc ovenstående nævnte nævnt omfatte omfatter indebære indebærer betyder betyde
    teamet teamets rehabiliteringsteamet rehabiliteringsteamets rehab jobkonsulent
    jobkonsulenten sagsbehandler sagsbehandleren konsulent konsulenten sundhedskoordinator
    sundhedskoordinatoren lægelig lægelige lægeligt sundhedsfaglig sundhedsfaglige
    noterer noteret skriver anfører anført aftalt aftalte enige enig indstilling
    indstillingen side siden oplyser mener vurderer fortæller siger nævner
    gentagne hurtigt tiltagende derefter herefter begge social sociale
    morgen morgenen formiddagen eftermiddag eftermiddagen påvirker påvirket påvirke kommer
    komme kom opstår opstå udredt diagnosticeret konstateret
    """.split()  # noqa: SIM905 - a word list is easier to read and extend
)
#: Units that make a number a measure: a measure nothing accounted for warns.
UNIT_WORDS: Final[frozenset[str]] = frozenset(
    """
    kg kilo kilos kilogram g gram t h time timer times timers min minut minutter minutters
    sek sekunder km meter m cm etage etager trin dage dag gange procent pct % kvarter
    kvarters skridt trappetrin
    """.split()  # noqa: SIM905 - a word list is easier to read and extend
)
#: Units of measures that state a limit of their own even in a clause that gave a need
#: ("kan stå 10 min" qualifies the standing; "3 etager" or "5 kg" is a figure to check).
LIMIT_UNITS: Final[frozenset[str]] = frozenset(
    [
        "kg",
        "kilo",
        "kilos",
        "kilogram",
        "g",
        "gram",
        "etage",
        "etager",
        "trin",
        "trappetrin",
        "procent",
        "pct",
        "%",
        "cm",
    ]
)
#: Stems of health and body words, found inside compounds ("rygbesvær", "nyopereret"): such
#: words explain a need read from the same sentence rather than state another one.
HEALTH_STEMS: Final = (
    r"ryg|knæ|skulder|skuldre|nakke|hofte|lænd|smert|gigt|fobi|angst|depress|besvær|sygdom|"
    r"sygemeld|skade|opere|kogniti|hjerne|psyk|diagnos|medicin|syndrom|sklerose|artrose|"
    r"prolaps|betændelse|allergi|astma|migræne|epilep|diabet|hjerte|lunge|albue|ankel|frossen|"
    r"evne|lidelse|ptsd|adhd|autis|stress|søvn|døgnrytme|træthed|udtræt|kræft|blodprop|"
    r"sklerose|gigt|whiplash|piskesmæld|hørenedsæt|høretab|høre|øre|synsnedsæt|tinnitus|"
    r"krop|ordblind|læsevanskelig|behandl|præparat|smadre|udmatt|udkørt|træt|bevægeapparat|"
    r"funktionsnedsæt|lægelig|forpust|covid|åndenød|krampe|anfald"
)
#: Restriction cues that a reassurance about the same clause overrides: "løft på op til 25 kg
#: er ikke et problem" is no limit. Hard limits ("max", "højst", "ikke over") are never
#: overridden.
SOFT_LIMIT: Final = r"op til|omkring|ca|cirka"

#: Colloquial and clipped spellings mapped to the standard word before matching.
SPELLINGS: Final[dict[str, str]] = {
    "ik": "ikke", "ikk": "ikke", "ike": "ikke", "ikek": "ikke", "ikkke": "ikke", "ikkr": "ikke",
    "mao": "må", "kg'er": "kg", "kilos": "kilo", "timers": "timer", "ha": "have", "mer": "mere",
    "mæ": "mere", "hå": "have",
    "ka": "kan", "dgl": "dagligt", "ugl": "ugentligt", "ugtl": "ugentligt", "bgr": "borgeren",
    "klokken": "kl", "klokka": "kl",
    "no": "ingen", "dgn": "døgnet", "dg": "dage", "dagl": "dagligt", "eft": "efter",
    # English loanwords in case notes
    "hours": "timer", "hour": "time", "week": "uge", "weeks": "uger", "day": "dag",
    "days": "dage", "break": "pause", "breaks": "pauser", "routine": "rutine",
    "routines": "rutiner", "setup": "struktur", "structure": "struktur", "shift": "vagt",
    "shifts": "vagter", "nightshift": "nattevagt", "nightshifts": "nattevagter",
    "customer": "kunde", "customers": "kunder", "lifting": "løft", "heavy": "tunge",
    "noise": "støj", "pace": "tempo", "instructions": "instruktioner", "buddy": "makker",
    "weekends": "weekender", "deadlines": "deadlines", "standing": "stående",
    "walking": "gående", "stressful": "stressende", "daily": "daglig", "each": "hver",
    # Swedish and Norwegian, as citizens and colleagues from the neighbours write
    "inte": "ikke", "ikkje": "ikke", "undvika": "undgå", "undvik": "undgå", "unngå": "undgå",
    "unngås": "undgås", "buller": "støj", "bullret": "støjen",
    "støy": "støj", "støyen": "støjen", "kyla": "kulde", "kylan": "kulden", "kulda": "kulden",
    "lyfta": "løfte", "lyfte": "løfte", "tunga": "tunge", "och": "og", "ska": "skal",
    "bära": "bære", "länge": "længe", "ensam": "alene", "aleine": "alene", "kunna": "kunne",
}  # fmt: skip

#: Dialect words for "ikke", read so only in lower case right after a modal verb ("ka' it",
#: "vil it"), since elsewhere "it" is the English IT.
_DIALECT_NEGATIONS: Final = frozenset({"it", "int"})
_DIALECT_VERBS: Final = frozenset(
    {"ka", "kan", "må", "vil", "ska", "skal", "bør", "tåler", "gider", "orker", "magter",
     "kunne", "sku", "skulle"}
)  # fmt: skip


def _after_verb(raw: Sequence[Token], i: int) -> bool:
    """Whether the word ``raw[i]`` follows a verb of :data:`_DIALECT_VERBS` (apostrophes
    between them skipped: "ka' it")."""
    j = i - 1
    while j >= 0 and raw[j].kind == "punct" and raw[j].text == "'":
        j -= 1
    return j >= 0 and raw[j].kind == "word" and raw[j].text in _DIALECT_VERBS


#: Words worth recovering from typos, split compounds and ASCII spellings.
LEXICON: Final[frozenset[str]] = frozenset(
    """
    finmotorisk komplekse komplicerede meget arbejdsplads arbejdspladsen
    tåler tåle tåles undgå undgås undgåes skånes skånet skånehensyn skånebehov frarådes svært
    begrænset begrænses maksimalt højst hverken kunne sagtens problemer
    løft løfte løfter løftes løftet løfteopgaver løftegrænse løftebegrænsning bære bærer
    bæres tunge tungt kilo stå stående ståen stående stillestående sidde siddende siddeplads
    arbejdsstilling arbejdsstillinger stillinger vekslende skiftende veksle bukke bøje bøjet
    foroverbøjet foroverbøjede foroverbøjning vride vrid vridninger gulvhøjde knæhøjde
    skulderhøjde hovedhøjde hovedet armene strakte grebsstyrke finmotorik finmotoriske
    håndbevægelser hænderne hænder fingrene gentagne ensidigt ensidige ensformigt timer
    ugentligt ugentlig ugentlige dagligt daglige dagvagt dagvagter dagtimer dagtimerne
    dagtid dagarbejde aftenvagt aftenvagter aftenarbejde nattevagt nattevagter natarbejde
    natvagt natvagter weekend weekender weekendarbejde weekendvagter skiftehold
    skifteholdsarbejde vagtarbejde rolige roligt omgivelser miljø miljøer rammer stille støj
    støjende støjfølsom lydfølsom lydfølsomhed lydoverfølsom larm larmende kundekontakt
    kundekontakten kunder kunderne kundebetjening kundevendt kundevendte ekspedere
    ekspedition borgerbetjening borgerkontakt publikum alene alenearbejde kollega kolleger
    kollegaer nærheden tidspres tidspresset stressende stresset travlhed akkord deadlines
    rengøringsmedarbejder rengøringsmedhjælper rengøringsassistent
    tempo tempoet arbejdstempo arbejdstempoet enkle overskuelige overskuelig genkendelige instrukser instruktioner opgaver
    opgave struktur pauser pause hyppige behov efter vådt eksem håndeksem vand kulde kølerum
    frostrum fryser udendørs kemikalier kemiske rengøringsmidler rengøringsprodukter parfume
    dufte duftstoffer opløsningsmidler kørestol kørestolsbruger rollator handicapvenlig
    trapper transport transporttid transporttiden rejsetid køretid kørsel minutter bil bilen
    firmabil kørekort kørekortet motorkøretøj frakendt længere afstande strækninger gående
    dårligt gangbesvær begrænset begrænsninger undgå undgås undgåes skånes skånehensyn
    skånebehov frarådes maksimalt højst højest ikke ingen problemer smerter vibrationer
    vibrerende gangen gange ugen dagen nærheden
    """.split()  # noqa: SIM905 - a word list is easier to read and extend
)
#: Ordinary words that must never be "corrected" into a lexicon word.
PROTECTED: Final[frozenset[str]] = frozenset(
    """
    lægge lægger ligge ligger lagt lange langt længe mere side siden lysfølsom lysfølsomhed gang
    light lights right might sight tight eight fight bright lukker lukke lukket egnet egnede
    opsamling opsamle opsamler
    stilles stillet stået trappes trappet loft loftet lofter lofterne lofts pære pæren pærer pærerne
    lysfølsomt lysfølsomme
    på gå går gået være køre kører kørte må så få når også vide ved kode koden
    nat natten nætter borer bore aften aftenen aftener højt højere kold kolde koldt taler talte lunge lunger vide viden
    times tiden tider sove sover søvn stil stille stilen gås ganske gangs tunger tungen
    lyder lyden lyset lyse ruder rude kunst kunstig bære bærer kasser kassen huske husker
    hjem hjemme vinde vinder vejen vejer veje banke banken haven have haver sidst sidste
    brug bruge bruger bruges brugt trives travl travlt tager taget tagene stoffer stoffet
    parat parate sammen samme andet andres hænge hænger tøjet folk folket bøger bøgerne
    skole skolen tage følge følger følges følte føler følelse bange angst lider lidt
    passe passer kunne kunde kunder runder hunde bukser sidder sider sætte stand stande
    stade stader gange gangen anden andre andet ander ellers efter eftersom under uden
    udover mellem imellem ingen intet ikke altid aldrig igen meget mere mest mange flere
    færre nogle noget nogen alle alt arbejde arbejder arbejdet arbejdede opgave opgaver
    hjælpe hjælp hjælper borger borgeren borgere hende hendes hans ham deres denne dette
    disse fordi derfor siden senere tidlig tidligere første sidste lidt lille store større
    bedre bedst godt gode dårlig dårlige dårligt svært svære sværere skulle skal skulle
    kunne ville villet måtte burde bliver blive blevet havde haft været være holde holder
    holdt tager tage taget giver give givet gøre gjort laver lave lavet finde finder fundet
    komme kommer kommet starte starter startet begynde slutte stoppe træne træner trænet
    vente venter tænke tænker forstå forstår forstået bestå består opstå opstår hver hvert
    hvor hvordan hvorfor hvornår hvilke hvilken hvilket også stadig allerede måske nemlig
    eller samt både enten heller rigtig rigtigt helst hellere særligt specielt primært
    primær sammen samme selve selvom omkring rundt inden uden indenfor udenfor ovenfor
    nedenfor over ovre ovenpå neden praktik praktikken praktiksted praktikstedet virksomhed
    virksomheden jobcenter jobcentret mentor mentoren kontakt kontakte sagsbehandler
    konsulent kollegaen butik butikken lager lageret køkken køkkenet kantine kantinen
    rengøring rengøringen pleje plejehjem børn barn børnene familie datter søn mand kone
    kæreste venner venne hunden hunde katte klud klude kluden kasse kassen kasser varer vare
    varerne hylder hylderne tøjet tøj bøger tager taget stande standen stoppe stolen stole
    borde bordet lokale lokalet rummet huset hjemme hjemmet bolig boligen bopæl bopælen byen
    byer kommune kommunen region lægen læge lægens sygdom skade skader skaden smerte smerten
    ondt hovedpine nakken ryggen skulderen knæet knæene hoften hofterne fødderne benene
    armen armene hånden hænderne fingre fingrene samtale samtaler møde møder mødet aftale
    aftalen aftaler plan planen mål målet uddannelse uddannet kursus kurser dansk danske
    engelsk sprog sproget læse skrive regne tæller tælle penge økonomi gæld bolig lejlighed
    bil bilen cykel cyklen bussen toget timen timer ugen ugerne dagen dage dagene måned
    måneder måneden året årene
    """.split()  # noqa: SIM905 - a word list is easier to read and extend
)
#: Compounds that are often written apart ("kunde kontakt"); glued before matching.
COMPOUNDS: Final[frozenset[str]] = frozenset(
    """
    kundekontakt kundebetjening kundevendt kundeservice skulderhøjde hovedhøjde brysthøjde
    nattevagt nattevagter natvagt natvagter aftenvagt aftenvagter dagvagt dagvagter dagtimer
    dagtimerne weekendarbejde weekendvagter skifteholdsarbejde kølerum frostrum tidspres
    arbejdsstilling arbejdsstillinger rengøringsmidler rengøringsprodukter kørestol
    kørestolsbruger grebsstyrke finmotorik håndbevægelser transporttid transporttiden
    løftegrænse støjfølsom lydfølsom borgerbetjening borgerkontakt alenearbejde vådarbejde
    gangbesvær håndeksem firmabil motorkøretøj skærmarbejde musearbejde gulvhøjde knæhøjde
    arbejdstid arbejdstiden aftenarbejde natarbejde dagarbejde stillestående
    """.split()  # noqa: SIM905 - a word list is easier to read and extend
)


@dataclass(frozen=True)
class Rule:
    """One way a need is written.

    Parameters
    ----------
    codes
        The accommodation codes the phrase implies (usually one).
    kind
        ``strong``: a need by itself; ``topic``: a need only in a restriction context; or a
        valued kind: ``lift_kg``, ``lift_default``, ``hours_week``, ``hours_product``,
        ``hours_day``, ``hours_each`` (hours of each day the sentence names: "man+tirs 2 t
        hver"), ``days``, ``clock``, ``hours_bare``, ``travel``; or ``hint``: words that
        restate a need read elsewhere in the sentence (no need of their own, but no warning);
        or ``fact``: a statement that is no need and needs no warning ("bor 20 min fra
        praktikstedet", "møde med mentor 1 time om ugen"); its ``unless`` cancels it, and in
        a clause whose own cues restrict it, it is hidden from later rules but its numbers
        still warn. A
        ``clock`` rule may read an end alone (group ``b``, no ``a``: "til kl. 14"); a
        ``vague`` one is a range that may be hours too ("Arbejdstid: 10-14").
    patterns
        Regular expressions over the normalised sentence, tried in order.
    neutral
        ``topic`` rules: fire in a neutral segment too (demand nouns written as bare list items).
    negatable
        ``strong`` rules: "ikke"/"ingen" right before the match cancels it ("ikke støjfølsom").
    unless
        The rule does not fire when this expression matches the segment text. The match it
        cancels still hides its span from later rules (except an hour rule's, see
        ``_of_other_activity``): an exception whose words another rule must read belongs in
        the pattern, as a lookahead.
    vague
        Fire cautiously and also warn ("tungt fysisk arbejde" → 10 kg + warning).
    mask
        Hide the matched span from later rules (default). Off for words that also count for a
        later rule ("tre formiddage om ugen á tre timer": mornings *and* 9 hours).
    """

    codes: tuple[str, ...]
    kind: str
    patterns: tuple[str, ...]
    neutral: bool = False
    negatable: bool = False
    unless: str | None = None
    vague: bool = False
    mask: bool = True
    regexes: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    unless_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for code in self.codes:
            if code not in ACCOMMODATION_CODES:
                raise ValueError(f"unknown accommodation code {code!r}")
        object.__setattr__(self, "regexes", tuple(re.compile(p) for p in self.patterns))
        object.__setattr__(self, "unless_regex", re.compile(self.unless) if self.unless else None)


def _r(
    code: str | tuple[str, ...],
    kind: str,
    *patterns: str,
    neutral: bool = False,
    negatable: bool = False,
    unless: str | None = None,
    vague: bool = False,
    mask: bool = True,
) -> Rule:
    codes = (code,) if isinstance(code, str) else tuple(code)
    return Rule(codes, kind, patterns, neutral, negatable, unless, vague, mask)


_SIT_NEGATED: Final = (
    r"\b(?:ikke|ingen|svært ved at|problemer med at|besvær med at|dårligt|kort tid)"
    r"(?: \w+){0,2} (?:sidde|sidder|siddende)"
)
_TIME_VALUE: Final = (
    rf"{RANGE} ?(?P<unit>minutter\w*|minut\w*|min|timer|time|times|timers|t)\b"
    r"(?! ?(?:om|pr|per|i) (?:ugen|uge|dagen)| ?/ ?(?:uge|u|dag)| ugentlig\w*| dagligt?\b)"
)
#: Durations of something other than work: "stå max 2 timer om dagen", "kan holde
#: koncentrationen i en time" are no weekly limit.
#: A full working week, of which a share may be stated; a full week is 37 hours.
_FULL_WEEK: Final = (
    r"(?:fuld ?tid\w*|fuldtid\w*|(?:normal|almindelig|fuld)\w* (?:arbejds)?uge\w*|"
    r"(?:normal|almindelig|fuld)\w* arbejdstid|37 timer\w*)"
)
_FULL_WEEK_HOURS: Final = 37.0
_SHARES: Final = {
    "halvdelen": 1 / 2, "halvdel": 1 / 2, "halve": 1 / 2, "halv": 1 / 2, "tredjedel": 1 / 3,
    "en tredjedel": 1 / 3, "fjerdedel": 1 / 4, "en fjerdedel": 1 / 4, "2 tredjedele": 2 / 3,
    "3 fjerdedele": 3 / 4, "kvart": 1 / 4, "trekvart": 3 / 4,
}  # fmt: skip
_OTHER_DURATION: Final = (
    r"\b(?:stå\w*|gå|går|gående|gang|sidde\w*|siddende|pause\w*|hvile\w*|transport\w*|"
    r"kørsel|køre\w*|tur|koncentr\w*|fokus\w*|fokuser\w*)\b"
)
#: What minutes after hours may be the duration of instead of work: a break, travel, standing
#: ("2 timer og 15 min pause", but "30 min hver gang" is no walk), or words an earlier rule
#: read and masked ("¤").
_OTHER_MINUTES: Final = rf"(?:(?!(?:hver|pr|ad|af)\b)\w+ )?{_OTHER_DURATION}|¤"
#: Durations a bare number of hours may be the length of: a stint, a meeting ("2 timer ad
#: gangen", "samtale på 1 time"); not a limit on the working week.
_STINT: Final = r"\b(?:hver|efter|varighed|møde\w*|samtale\w*|ad gangen)\b"


def _minutes(not_before: str) -> str:
    """The minutes that may follow hours in one duration ("1 time og 15 min", "1 t. 45 min":
    1.25 and 1.75 hours), unless ``not_before`` follows them.

    The group is possessive: minutes that belong to the hours are never skipped to read the
    hours alone ("2 timer og 30 min dagligt" is no weekly "2 timer" followed by other words).
    """
    return (
        r"(?: (?:og )?(?P<mm>[1-5]?\d) ?(?:minutter|minutters|minut|min)\b"
        rf"(?! (?:{not_before})))?+"
    )


_MINUTES: Final = _minutes(_OTHER_MINUTES)
#: Minutes of bare hours: before a stint word they stay apart, so that the hours alone, which
#: the stint word does not follow, are still read cautiously ("2 timer og 30 min ad gangen").
_BARE_MINUTES: Final = _minutes(rf"{_OTHER_MINUTES}|(?:\w+ )?{_STINT}")
#: Working hours, with their minutes if any: the value of the hour rules (see :func:`_low`).
_HOURS: Final = rf"{RANGE} ?{HOUR_UNIT}\b{_MINUTES}"
#: Days that are a period, not days a week: "de første 14 dage", "de næste 3 dage".
_NOT_A_PERIOD: Final = (
    r"(?!(?:(?<=første )|(?<=sidste )|(?<=næste ))\d+ \w*dage\b(?! (?:i|om|af|pr) uge))"
)
_DAYS_WORD: Final = (
    r"(?:(?:ugentlige )?(?:dage|hverdage|arbejdsdage|gange|formiddage|eftermiddage|fremmøder|"
    r"mødedage))"
)
#: A number of days, or a range of them whose smaller bound counts ("3-4 dage á 4 timer" → 12).
_DAYS_RANGE: Final = rf"(?:(?P<d0>{NUM}) ?(?:-|til|eller) ?)?(?P<d>{NUM})"
#: Stints of one length, as a count times hours ("2 x 3 timer"), and the figures of each.
_STINTS: Final = rf"{NUM} ?x ?{NUM} ?{HOUR_UNIT}"
_STINTS_RE: Final = re.compile(rf"({NUM}) ?x ?({NUM})")
#: (Two-letter abbreviations only in a schedule: before a colon, a clock window (or one a rule
#: has read and masked, ``¤``) or another weekday: "Ma: 8-12", "ti 9-13", "ma-to", "ma, on og
#: fr"; "to" is also "two".)
_WEEKDAY: Final = (
    r"(?:man|tirs?|ons|tors?|fre|lør|søn|(?:ma|ti|on|to|fr|lø|sø)"
    r"(?= ?(?::|(?:[-–+/,&]|og) ?(?:ma|ti|on|to|fr|lø|sø)\b|(?:kl\.? ?)?\d{1,2}(?:[.:]\d+)? ?[-–] ?\d|¤)))"
)
_WEEKDAYS: Final[tuple[str, ...]] = ("man", "tirs", "ons", "tors", "fre", "lør", "søn")
#: Every written form of a weekday's stem ("tirs", "tir", "ti") and the day it names.
_WEEKDAY_BY_STEM: Final[dict[str, str]] = {
    **{d: d for d in _WEEKDAYS},
    **{d[:3]: d for d in _WEEKDAYS},
    **{d[:2]: d for d in _WEEKDAYS},
}
#: Right before a clock window a two-letter weekday is one: "ma 8-11".
_WEEKDAY_BEFORE_A_WINDOW: Final = (
    "(?:" + "|".join(sorted(_WEEKDAY_BY_STEM, key=len, reverse=True)) + ")"
)


def _days_between(first: str, last: str) -> int:
    """The days from one weekday to another, both counted ("man", "ons" → 3; "fr", "ma" → 4)."""
    a, b = (_WEEKDAYS.index(_WEEKDAY_BY_STEM[w[:3]]) for w in (first, last))
    return (b - a) % 7 + 1


#: A weekday, full or abbreviated: "man", "mandag", "mandage", "mandagen".
_WEEKDAY_END: Final = r"(?:dag(?:e|en)?)?"
_WEEKDAY_RE: Final = re.compile(rf"\b{_WEEKDAY}{_WEEKDAY_END}\b")
#: A weekday, two-letter abbreviations included, as a whole token: "ma" of "ma-fr".
_ANY_WEEKDAY_RE: Final = re.compile(rf"{_WEEKDAY_BEFORE_A_WINDOW}{_WEEKDAY_END}")
#: A weekday right before a clock window: "man 8-12", "onsdag kl 9-13".
_WEEKDAY_BEFORE_RE: Final = re.compile(
    rf"(?:\b(?P<first>{_WEEKDAY_BEFORE_A_WINDOW}){_WEEKDAY_END} ?(?:-|til) ?|"
    # or a list of them: "tirsdag og onsdag kl. 7-15", "man, ons 8-12"
    rf"(?P<listed>(?:\b{_WEEKDAY_BEFORE_A_WINDOW}{_WEEKDAY_END} (?:og |, |samt |\+ |/ |& ))+))?"
    rf"\b(?P<last>{_WEEKDAY_BEFORE_A_WINDOW}){_WEEKDAY_END}(?: [:|])?(?: kl)? $"
)


#: Weekdays right after a day's hours with no period: "4 timer mandag, onsdag og fredag",
#: "5 timer man-tors" (before them, :data:`_WEEKDAY_BEFORE_RE` reads "man-ons 4 timer").
_WEEKDAY_AFTER_RE: Final = re.compile(
    rf" (?:om |hver |på |i )?(?:\b(?P<first>{_WEEKDAY_BEFORE_A_WINDOW}){_WEEKDAY_END} ?(?:-|til) ?|"
    rf"(?P<listed>(?:\b{_WEEKDAY_BEFORE_A_WINDOW}{_WEEKDAY_END} (?:og |, |samt |\+ |/ |& ))+))?"
    rf"\b(?P<last>{_WEEKDAY_BEFORE_A_WINDOW}){_WEEKDAY_END}\b"
)
#: The most hours with no period that can be one day's: more are a week's.
_MAX_DAY_HOURS: Final = 8.0


def _days_of(weekday: re.Match[str]) -> int:
    """The days a weekday before a clock window covers: one, a list's ("tirsdag og onsdag
    kl. 7-15") or a range's ("man-ons 9-13")."""
    if weekday.group("listed"):
        listed = weekday.group("listed").split()
        return 1 + sum(bool(_ANY_WEEKDAY_RE.fullmatch(w)) for w in listed)
    if not weekday.group("first"):
        return 1
    return _days_between(weekday.group("first"), weekday.group("last"))


#: Every weekday, Monday to Friday: "på hverdage", "alle hverdage".
_ALL_WEEKDAYS: Final = r"(?P<wkd>(?:(?:alle|på|om|i) )?hverdage(?:ne)?)\b"
_ALL_WEEKDAYS_RE: Final = re.compile(_ALL_WEEKDAYS)
#: Weekdays named one by one: "man, tirs og tors", "man+tirs+tors", "man/ons/fre".
_WEEKDAY_LIST: Final = (
    rf"(?P<wlist>(?:{_WEEKDAY}{_WEEKDAY_END} (?:og |, |samt |\+ |/ |& )?)+"
    rf"{_WEEKDAY}{_WEEKDAY_END})\b"
)
#: "Hver" after hours: the hours of each day the sentence names or counts ("man+tirs+tors
#: 2,5 t hver", "3 dage om ugen, 2 timer hver"). Only at the end of a clause or before the
#: weekdays, so "hver anden dag" or "hver time" is not read so.
_EACH: Final = (
    r"hver(?: gang| af dagene| af de \w+ dage| enkelt dag)?"
    rf"(?=$| [,;:()/-]| (?:og|men|samt)\b| {_WEEKDAY}{_WEEKDAY_END}\b)"
)
_CLOCK_TEMPLATE: Final = (
    r"(?:fra )?(?:kl )?(?P<a>\d{{1,2}}(?:\.\d+)?) ?(?:{joins}) ?(?:kl )?(?P<b>\d{{1,2}}(?:\.\d+)?)\b"
    r"(?! ?(?:timer|time|t|kg|kilo|min\w*|m|km|dage)\b| ?%)"
)
#: Right after a weekday, or a weekday's field: "man 8-12", "Mandag: 10-13", "ti 8-11".
_AFTER_A_WEEKDAY: Final = "|".join(
    rf"(?<={day}{colon} )"
    for day in (r"\bman", r"\btirs", r"\btir", r"\bons", r"\btors", r"\btor", r"\bfre",
                r"\blør", r"\bsøn", r"\bma", r"\bti", r"\bon", r"\bto", r"\bfr", r"\blø", r"\bsø",
                "dag")
    for colon in ("", " :")
)  # fmt: skip
#: Two clock times joined into a span: "8-14", "fra 8 til 14", "mellem 8 og 14".
_CLOCK: Final = _CLOCK_TEMPLATE.format(joins="-|til|og")
#: Times of breaks, not of work: "de faste pauser kl. 9.30 og 12" are two times, not a span.
_NOT_AFTER_BREAKS: Final = r"(?<!pause )(?<!pauser )(?<!pausen )(?<!pauserne )"
_CLOCK_SPAN: Final = _CLOCK_TEMPLATE.format(joins="-|til")
_DAYWORD: Final = (
    r"(?:dag(?:vagt\w*|timer\w*|tid\w*|arbejde\w*|hold\w*|skift\w*)|formiddag\w*|"
    r"morgenvagt\w*|hverdag\w*)"
)
#: Day-work words that are a need even as a bare list item ("Dagvagter.").
#: "Ikke ... før kl. 9": a start time, which says nothing about day work.
_NOT_BEFORE: Final = r"\bikke (?:\w+ ){0,4}?(?:før|inden) kl\b"
_DAYWORD_BARE: Final = r"(?:dag(?:vagt\w*|timer\w*|tid\w*|arbejde\w*|hold\w*|skift\w*))"
#: An hour of the clock as written after "kl" ("14", "14.30").
_HOUR: Final = r"\d{1,2}(?:\.\d+)?"
#: When the citizen meets and when she leaves: the working day itself, not a window for it.
_WORKDAY_SPAN: Final = (
    rf"\b(?:mødetid\w*|møder?|starter|start)(?: :)? (?:kl )?(?P<a>{_HOUR})(?: [,/-]| og)? "
    rf"(?:fri|fyraften|slut\w*|går hjem|hjem)(?: :)? (?:kl )?(?P<b>{_HOUR})\b"
)
_WORKDAY_SPAN_RE: Final = re.compile(_WORKDAY_SPAN)
#: Being at work: what a clock time that ends the day limits ("kan arbejde til kl. 14", "kan
#: være i praktik til kl. 13"). Not "møde", which also names the start ("møde kl. 9"). The
#: forms are spelt out and the place is any word: the words of a rule are words the spelling
#: guesser respells towards, and a stem ("arbejd\w*", "virksomhed\w*") or "praktik" would
#: draw in compounds and ordinary words ("virksomhedskonsulenten", "praktisk").
_AT_WORK: Final = (
    r"(?:arbejd(?:e|er|es|et|ede)|job(?:bet)?|vagt(?:en|er|erne)?|"
    r"være (?:i|på) [^\s,;:()]+|tilgængelig|til rådighed)\b"
)
#: Words for working time a bare range may follow ("Arbejdstid: 10-14"): the range may be the
#: clock or a number of hours.
_WORKING_TIME: Final = r"(?:arbejdstid\w*|mødetid\w*|praktiktid\w*)"
#: A field's name for working hours, of whatever period follows it.
_HOURS_FIELD: Final = r"(?:arbejdstid\w*|timetal\w*|timeantal\w*|arbejdstimer|timer)"
#: Not the hours of a day ("Daglig arbejdstid: 4" is no week's 4 hours).
_NOT_DAILY: Final = r"(?<!daglig )(?<!dagligt )(?<!daglige )"
#: Not followed by a day's period ("timetallet er 2 timer dagligt").
_NOT_PER_DAY: Final = rf"(?!(?: ?{HOUR_UNIT})? ?(?:{DAY}|hver\b))"
#: What may follow a range that is a clock time or a number of hours: not a unit or a period
#: that says which ("10-14 timer", "10-14 om ugen"), nor the minutes of a clock ("10-14.30").
_BARE_RANGE_END: Final = (
    r"\b(?! ?(?:(?:timer|time|t|kg|kilo|min\w*|m|km|dage?|gange|uger?|måned\w*|år)\b|%|procent|pct)|\.\d)"
    rf"(?! {WEEK}| {DAY})"
)
#: An appointment: a talk, a meeting, a treatment. Its hours are no working time ("samtale
#: med psykolog 1 time om ugen"); "møde" only as a noun ("møde med mentor", "statusmøde"),
#: since "kan møde 3 timer" is attendance at work. Compounds match at their last part
#: ("mentor|samtale"), and every branch starts with its word, which keeps the expression
#: cheap to try on every sentence.
_APPOINTMENT: Final = (
    r"(?:samtale\w*|møde(?:(?<=\wmøde)(?<!fremmøde)(?:r|t|rne)?\b|\w* (?:med|hos)\b|"
    r"(?:(?<=\bet møde)|(?<=ugentlig møde)|(?<=ugentligt møde)|(?<=fast møde)|"
    r"(?<=faste møde))\b)|psykolog\w*|terapi\w*|terapeut\w*|behandling\w*|genoptræning\w*)"
)
#: How often an appointment is: "om ugen", "hver 14. dag", "2 gange om måneden".
_APPOINTMENT_PERIOD: Final = (
    rf"(?:{NUM} ?(?:gange|x)(?: {WEEK}| (?:om|pr|per|i) måned\w*)?|{WEEK}|"
    r"(?:hver|om|pr|per|i) (?:\d+ |anden )?(?:uge\w*|dag\w*|måned\w*)|hver \d+\b)"
)
#: A duration of hours or minutes (no value is read from it).
_DURATION: Final = rf"{NUM}(?: ?(?:-|til) ?{NUM})? ?(?:timer|times|time|t|minutter\w*|min)"
#: Words that make the hours in a clause working time, even next to an appointment ("kan
#: arbejde 1 time om ugen ved siden af samtaler", "arbejdstræning 10 timer om ugen").
_WORK_WORD: Final = (
    r"\w*arbejd\w*|\w*praktik\w*|\bjob(?:bet|s)?\b|\bjobtræning\w*|\bfremmøde\w*|\bvagt\w*"
)

#: Not the citizen's own weight after "Vægt:" or "vejer" (a figure no lifting limit reaches).
_NOT_BODY_WEIGHT: Final = (
    r"(?!(?:(?<=vægt : )|(?<=vægt )|(?<=vejer )|(?<=vejer nu )|(?<=vejer ca ))"
    r"(?:[4-9]\d|\d{3})\b)"
)
#: The end of a bare figure: punctuation, the end, or a word that starts another clause.
_BARE_END: Final = r"(?= ?(?:[,;:|()]|$| (?:og|samt|men|pga|grundet|da|fordi|ved|efter)\b))"
#: A form's field answered yes before the figure that bounds it: "Kan stå: ja, max 30 min".
_FIELD_YES: Final = r"(?:: (?:ja (?:, )?)?(?:men )?)?"
#: Needs named by a noun, which "gang" (walking) may stand beside in a list: "kulde og gang",
#: "gang og stående arbejde", "bortset fra løft, gang".
_LISTED_NEED_NOUNS: Final = (
    "løft", "tunge løft", "kulde", "støj", "larm", "stå", "ståen", "stående", "stående arbejde",
    "bøjning", "bøje", "foroverbøjning", "knæl", "natarbejde", "aftenarbejde", "kundekontakt",
    "kemikalier", "trapper", "træk", "frost", "vådt arbejde", "tidspres", "alenearbejde",
    "gåture", "siddende arbejde", "kørsel", "vrid", "vride", "vridning", "bukke", "knæle", "bære",
    "løfte", "varme", "støv", "vibrationer", "kunder", "nattevagter", "aftenvagter", "travlhed",
)  # fmt: skip
#: The last words of an exception's marker ("bortset fra", "med undtagelse af"), after which
#: what is excepted is named.
_EXCEPTION_WORDS: Final = (
    "bortset fra", "set bort fra", "undtagen", "udover", "ud over", "pånær", "på nær",
    "undtagelse af", "andet end", "fraset", "dog",
)  # fmt: skip
#: "gang" as a list item beside such a noun, or beside a need an earlier rule read (masked
#: as "¤"), before or after it.
_GANG_LISTED: Final = (
    r"(?:"
    + "|".join(
        f"(?<={w} {c} )"
        for w in (*_LISTED_NEED_NOUNS, "¤", "arbejde", "\\)")
        for c in ("og", "eller", "samt", ",")
    )
    # ... or excepted from a statement of no needs: "Ingen bortset fra gang"
    + "".join(f"|(?<={m} )" for m in _EXCEPTION_WORDS)
    + r")gang\b(?! (?:i|på|til|om|nummer|nr)\b)|"
    r"(?<!\bi )(?<!\ben )(?<!\bad )(?<!første )(?<!anden )(?<!sidste )(?<!næste )(?<!denne )"
    r"\bgang(?= (?:og|eller|samt|,) (?:¤|(?:" + "|".join(_LISTED_NEED_NOUNS) + r")\b))"
)
#: Stems of the bodily activities other than walking: standing, bending, lifting and the like.
_ACTIVITY_STEMS: Final = r"bøj|buk|stå|løft|sidde|knæl|bær|vrid|række"
#: A word between walking and its qualifier that is no other activity: in "gå og bøje i
#: længere tid" the qualifier is bending's too, which a rule for walking must not mask.
_NO_ACTIVITY_GAP: Final = rf"(?:(?!(?:{_ACTIVITY_STEMS})\w*\b)[^\s,;:()]+ )"

#: The rules in the order they are tried; an earlier match masks its span for later rules.
RULES: Final[tuple[Rule, ...]] = (
    # --- facts that are no need: where the citizen lives is no travel limit ----------------------
    _r(
        (),
        "fact",
        rf"\b(?:bor|boede) (?!(?:max\w*|maks\w*|højst|under|inden|kun)\b)(?:[^\s,;]+ ){{0,3}}?"
        rf"{NUM} ?(?:min\w*|km|m|meter|kvarter\w*|time\w*|t)\b",
    ),
    # --- the hours of an appointment are no working time: "møde med mentor 1 time om ugen" ----
    _r(
        (),
        "fact",
        # (a period or a number before the duration only with a word that makes it the
        # appointment's: "2 gange om ugen á 1 time", "hver uge i 1 time"; in "samtale hver uge
        # 10 timer om ugen" the hours may be working time)
        rf"{_APPOINTMENT}(?: (?!(?:og|eller|men|samt|max\w*|maks\w*|højst|kun|hver|om|pr|per|"
        rf"gange?|uge\w*|dag\w*|\d+)\b)[^\s,;:()]+){{0,4}}?"
        rf"(?: {_APPOINTMENT_PERIOD} (?:i|a|á|à|af|på|med))? {_DURATION}\b"
        rf"(?: (?:{_APPOINTMENT_PERIOD}|{DAY}))?|"
        # "1 times samtale om ugen": the appointment after its duration (the duration is left
        # over, so the sentence warns; matching from the appointment keeps this quick)
        rf"(?:(?<=\d times )|(?<=\d timer )|(?<=\d time )|(?<=\d min )){_APPOINTMENT}"
        rf"(?: {WEEK}| {DAY})?",
        unless=_WORK_WORD,
    ),
    # --- a date with a clock time is an appointment's: "næste møde er den 1. marts kl. 10" ----
    _r(
        (),
        "fact",
        rf"\b\d{{1,2}} (?:{'|'.join(MONTHS)}) (?:kl )?\d{{1,2}}(?:\.\d+)?\b(?! ?(?:-|til) ?\d)",
        unless=_WORK_WORD,
    ),
    # --- a bounded walk to work is a walking need too ("Max 15 minutters gang til arbejdet");
    # the travel rule below reads its minutes, so this one leaves the words to it -------------
    _r(
        "no_prolonged_walking",
        "strong",
        r"\b(?:max\w*|maks\w*|højst|under)(?: [^\s,;]+){0,3}? (?:gang|gå)"
        r"(?= til (?:arbejd|praktik|fods))|"
        r"\b(?:max\w*|maks\w*|højst|under)(?: [^\s,;]+){0,3}? til fods\b",
        mask=False,
    ),
    # --- travel time (before hours: "max 1 times transport" is travel) ------------------------
    _r(
        "max_travel_minutes",
        "travel",
        # hours and minutes: "må ikke overstige 1 t 10 min"
        rf"\b(?:(?P<noun>transporttid\w*|rejsetid\w*|køretid\w*)|{TRAVEL})"
        rf"(?: [^\s,;]+){{0,5}}? (?P<h>\d+) ?(?:timer|time|t) (?:og )?(?P<mm>\d+) ?min\w*\b",
        rf"\b(?P<h>\d+) ?(?:timer|time|t) (?:og )?(?P<mm>\d+) ?min\w*"
        rf"(?: (?!og\b|eller\b|men\b)[^\s,;]+){{0,4}}? {TRAVEL}",
        rf"\b(?:(?P<noun>transporttid\w*|rejsetid\w*|køretid\w*)|{TRAVEL})"
        rf"(?: [^\s,;]+){{0,5}}? {_TIME_VALUE}",
        # a travel-time noun may be further from its limit ("transporttiden fra Gelsted til
        # praktikstedet må ikke overstige 25 minutter")
        rf"\b(?P<noun>transporttid\w*|rejsetid\w*|køretid\w*)(?: [^\s,;]+){{6,9}}? {_TIME_VALUE}",
        # "på borgerens buslinje, max 40 min": a means of travel, a comma, then the limit
        rf"\b(?:bus\w*|tog\b|togtur\w*|transport\w*|rejse\w*|cykel\w*|cykl\w*|pendl\w*)"
        rf"(?: [^\s,;]+){{0,3}}? , (?:max\w*|maks\w*|højst|højest|under|inden for|op til) "
        rf"{_TIME_VALUE}",
        rf"\b{_TIME_VALUE}(?: (?!og\b|eller\b|men\b)[^\s,;]+){{0,4}}? {TRAVEL}",
        # a field in minutes: "Transport (min): 30", "Max transporttid (minutter): 20"
        rf"\b(?:(?P<noun>transporttid\w*|rejsetid\w*|køretid\w*)|transport\w*|rejse\w*) "
        rf"(?:min|minutter)(?: :)? (?:max\w* |maks\w* |højst |ca )?{RANGE}"
        r"(?= ?(?:[,;:|()]|$| (?:og|samt|men|med|i|hver|pga|da|fordi|ved|efter|en|én)\b))",
    ),
    # --- clock times ("kl. 8-14", "tidsrummet 8-15", "mandag-onsdag 9-13") ---------------------
    # a range after a word for working time may be hours too: both readings, and a warning
    _r(
        "max_hours_per_week",
        "hours_week",
        # "arbejdstid: 10-14 om ugen", "Timer: ca. 20-25 pr. uge"
        rf"\b(?:{_WORKING_TIME}|timer) (?:: )?(?:ca |cirka |omkring |max\w* |maks\w* |højst )?"
        rf"{RANGE} {WEEK}",
    ),
    _r(
        "day_shift_only",
        "clock",
        rf"\b{_WORKING_TIME}(?: :)?(?: -)? (?P<a>\d{{1,2}}) ?(?:-|til) ?(?P<b>\d{{1,2}})"
        rf"{_BARE_RANGE_END}",
        # right after working: "kan arbejde 8-14" (hours, had "timer" followed, are excluded)
        rf"\b{_AT_WORK}(?: [:|])? (?P<a>\d{{1,2}}) ?- ?(?P<b>\d{{1,2}}){_BARE_RANGE_END}",
        vague=True,
    ),
    _r(
        "day_shift_only",
        "clock",
        rf"\b(?:tidsrum\w* |tidspunkt\w* |mellem kl |fra kl |mellem )(?:: )?{_CLOCK}",
        rf"{_NOT_AFTER_BREAKS}\bkl (?:: )?{_CLOCK}",
        rf"\bkl (?:: )?{_CLOCK_SPAN}",
        # (not over "hverdage", which the days rule must still read: "Arbejdstid: hverdage 8-12")
        rf"\b(?:{_WORKING_TIME}|arbejdsdag\w*)(?: :)? (?:(?!hverdage)\w+ )?{_CLOCK}",
        rf"(?<=dag ){_CLOCK}",
        rf"(?<=hverdage ){_CLOCK}",  # "Hverdage 8-12"
        # a cell of a table flattened to one line: "Tilgængelig | 8-12 | 8-12 | – |"
        r"(?<=\| )(?P<a>\d{1,2}) ?- ?(?P<b>\d{1,2})(?= \||$)",
        # after an abbreviated weekday: "man-fre 8-12"
        rf"(?:{_AFTER_A_WEEKDAY}){_CLOCK}",
        r"\b(?:dvs |ca |cirka )?(?P<a>\d{1,2}\.\d{1,2}) ?(?:-|til) ?(?P<b>\d{1,2}(?:\.\d+)?)\b"
        r"(?! ?(?:timer|time|t|kg|kilo|min\w*|m|km|dage)\b| ?%)",
        rf"\bfra (?P<a>{_HOUR}) ?(?:-|til) ?kl (?P<b>{_HOUR})\b",  # "fra 9 til kl. 14"
        # a start and an end: "Mødetid 8.30 – fri 12.00", "møder kl. 10, fyraften kl. 13"
        _WORKDAY_SPAN,
        # "kan arbejde fra 8 til 12": "fra ... til" makes it the clock
        rf"\b{_AT_WORK} fra (?P<a>{_HOUR}) ?(?:-|til) ?(?P<b>{_HOUR}){_BARE_RANGE_END}",
    ),
    # a clock time that ends the working day: "kan arbejde til kl. 14", "senest til kl. 15",
    # "skal have fri kl. 14" (no start: the end alone is read, see :func:`_read_clock`)
    _r(
        "day_shift_only",
        "clock",
        rf"\b{_AT_WORK}(?: :)?(?: (?!(?:og|eller|men)\b)[^\s,;:()]+){{0,3}}? (?:frem |helt )?"
        rf"(?:til|indtil) (?:senest )?kl (?P<b>{_HOUR})\b",
        rf"\b(?:senest (?:til|indtil) |(?:slutte|slutter|slut|fri|færdig\w*) (?:\w+ )?"
        rf"(?:senest )?)kl (?P<b>{_HOUR})\b",
        # a list item of its own: "4 timer om dagen, til kl. 14"
        rf"til kl (?:(?<=^til kl )|(?<=, til kl )|(?<=: til kl )|(?<=- til kl ))(?P<b>{_HOUR})\b",
    ),
    _r(
        "day_shift_only",
        "topic",
        r"(?<!ikke )\b(?:efter|senest|inden|før|til) kl \d+",
        unless=_NOT_BEFORE,
    ),
    # a working day that ends early: "vagter skal slutte senest 15.30"
    _r(
        "day_shift_only",
        "strong",
        r"\b(?:slutte|slutter|slut|fri|færdig\w*) (?:\w+ )?(?:senest|inden|før) (?:kl )?"
        r"(?:[5-9]|1[0-8])(?:\.\d+)?\b",
        negatable=True,
    ),
    # --- day work (not masked: the same words can also count days) ---------------------------
    _r(
        "day_shift_only",
        "strong",
        rf"\b(?:kun|udelukkende|fast\w*|alene|primært) (?:\w+ ){{0,2}}?{_DAYWORD}\b|"
        r"\b(?:\d+|alle|hver\w*) (?:formiddage|formiddag)\b|"
        r"\bfordel\w* (?:på|over) (?:\w+ )?(?:formiddage\w*|dagtimer\w*)|"
        r"\b(?:kun|udelukkende) (?:[^\W\d]+ ){0,2}?(?:om dagen|om formiddagen|i dagtiden)\b|"
        rf"{_NOT_AFTER_BREAKS}\bkl \d+ ?og ?(?:kl )?(?:1[0-8]|[1-9])\b|"
        r"\bkl \d+ ?(?:-|til) ?(?:kl )?(?:1[0-8]|[1-9])\b",
        mask=False,
    ),
    _r(
        "day_shift_only",
        "strong",
        r"(?<!ikke )\b(?:senest|inden|før|ikke efter|til) kl (?:1[0-8]|[1-9])\b",
        unless=_NOT_BEFORE,
        mask=False,
    ),
    _r("day_shift_only", "topic", rf"\b{_DAYWORD_BARE}\b", neutral=True, mask=False),
    _r("day_shift_only", "topic", r"\bformiddag\w*|\bmorgenvagt\w*", mask=False),
    _r(
        "day_shift_only",
        "strong",
        rf"\b(?:{_WORKING_TIME}|vagt\w*|vagttype\w*) : (?:kun )?(?:dag|dagtimer|dagtid|dagvagt\w*)\b|"
        # a note's "kun dag" ("max 20 timer, kun dag")
        r"\bkun dag\b(?! \d)",
        mask=False,
    ),
    _r(
        "day_shift_only",
        "topic",
        r"\b(?:efter|ved) mørkets frembrud\b|\b(?:før|inden|når) det bliver mørkt\b|"
        r"\b(?:efter|når det er) mørkt\b",
        mask=False,
    ),
    _r(
        "day_shift_only",
        "strong",
        r"\b(?:hjem|hjemme)(?: ,)? (?:\w+ )?(?:før|inden) (?:det bliver mørkt|mørkets frembrud)\b|"
        r"\bnatteblind\w*",
        negatable=True,
        mask=False,
    ),
    # --- hours per week -----------------------------------------------------------------------
    # stints of several lengths added up: "2 x 3 timer + 1 x 4 timer om ugen" is 10 hours
    _r(
        "max_hours_per_week",
        "hours_week",
        rf"\b(?P<sum>{_STINTS}(?: ?(?:\+|og|samt|,) ?{_STINTS})+)\b(?: {WEEK})?",
    ),
    _r(
        "max_hours_per_week",
        "hours_product",
        rf"\b{_DAYS_RANGE} {_DAYS_WORD}(?: {WEEK})? (?:a|á|à|med|af|på|x) {_HOURS}",
        rf"\b{_HOURS} (?:{GAP}{{0,2}}?)?{DAY} (?:{GAP}{{0,2}}?)?"
        rf"(?:i )?{_NOT_A_PERIOD}{_DAYS_RANGE} {_DAYS_WORD}\b",
        rf"\b{_DAYS_RANGE} ?(?:x|gange) ?{_HOURS}",
        rf"\b{_HOURS} ?x ?{_DAYS_RANGE} (?:dage|gange|hverdage)\b",
        rf"\b{_HOURS}(?: ad gangen| pr gang| hver gang| om dagen| dagligt)?(?: ,)? "
        rf"{_DAYS_RANGE} (?:gange|dage)\b",
        # the days first, then the hours of each: "Tre dage om ugen, 4 timer ad gangen"
        rf"\b{_DAYS_RANGE} {_DAYS_WORD}(?: {WEEK})?(?: ,)? {_HOURS} (?:ad gangen|pr gang|"
        rf"hver gang|hver dag|om dagen|dagligt)\b",
    ),
    # a share of a full week (37 hours): "halvdelen af en normal arbejdsuge", "25 % af fuld tid",
    # "deltid 50 %", "halv tid" (read before the hours: "50 % af 37 timer" is no 37 hours)
    _r(
        "max_hours_per_week",
        "hours_week",
        rf"\b(?P<pct>\d{{1,2}}(?:\.\d+)?|100) ?(?:%|procent|pct) (?:af )?(?:en )?(?:{_FULL_WEEK}|"
        r"(?:normal|almindelig) tid\b)",
        rf"\b(?:det )?(?P<frac>halvdelen|halvdel|halve|halv|(?:en )?tredjedel|(?:en )?fjerdedel|"
        rf"2 tredjedele|3 fjerdedele) (?:af )?(?:en )?{_FULL_WEEK}",
        r"\bdeltid (?:på |med )?(?P<pct>\d+(?:\.\d+)?) ?(?:%|procent|pct)",
        # a share as a form's answer for working time: "Arbejdstid: 50 %"
        rf"\b{_WORKING_TIME}(?: :)? (?P<pct>\d{{1,2}}(?:\.\d+)?|100) ?(?:%|procent|pct)",
        r"\b(?P<frac>halv) ?tid\b",
        r"\b(?P<frac>kvart|halv|trekvart) ?(?:tids)?stilling\w*",
        # "2/3 tid", "1/3 af fuld tid", "tre fjerdedele tid", "en tredjedel stilling"
        rf"\b(?:(?P<num>[1-9]) / (?P<den>[2-9]|10)|(?P<share>0\.\d+)) (?:(?:af )?(?:en )?"
        rf"{_FULL_WEEK}|tid\b|(?:tids)?stilling\w*|arbejdstid\b)",
        r"\b(?P<frac>(?:en )?tredjedel|(?:en )?fjerdedel|2 tredjedele|3 fjerdedele) "
        r"(?:tid\b|(?:tids)?stilling\w*)",
        # "10 ud af 37 timer": the first figure of a full week's
        rf"\b(?P<part>{NUM}) (?:ud )?af (?:en |sine |hans |hendes |de )?(?:{_FULL_WEEK}|"
        rf"{NUM} (?:timer|t)\b)",
        # partly back at work: "raskmeldt 25 %" works a quarter; "sygemeldt 75 %" the rest
        r"\b(?:delvis )?raskmeldt (?:på |med |til )?(?:(?P<pct>\d+) ?(?:%|procent|pct)|"
        r"(?P<num>[1-9]) / (?P<den>[2-9]|10)|(?P<share>0\.\d+))",
        r"\b(?:delvis )?sygemeldt (?:på |med |til )?(?P<sick>\d+) ?(?:%|procent|pct)",
        # "højst det halve af normal tid": a share of a normal week, said as an upper limit
        r"\b(?:højst|max\w*|maks\w*|op til) (?:det )?(?P<frac>halve|halvdelen|(?:en )?tredjedel|"
        r"(?:en )?fjerdedel) af (?:en )?(?:normal|almindelig) (?:arbejds)?tid\b",
    ),
    # hours of a longer period: "40 timer om måneden" (a month is 52/12 weeks), "52 timer over
    # 13 uger"
    _r(
        "max_hours_per_week",
        "hours_week",
        rf"\b{_HOURS} (?:{GAP}{{0,2}}?)?(?P<month>(?:(?:om|pr|per|i|hver) |/ )(?:kalender)?"
        r"(?:måned(?:en)?|mnd|mdr?|md)\b|månedlig\w*|(?:mnd|mdr?|md)\b)",
        # the period first: "Arbejdstid pr. måned: 55 timer"
        rf"\b(?:arbejdstid\w*|timer|timetal\w*|timeantal\w*) (?P<month>(?:pr|per|om|i) "
        rf"(?:måned(?:en)?|mnd|mdr?|md))\b(?: :)? (?:ca |cirka )?{_HOURS}",
        # a year's, a quarter's or a fortnight's: "400 timer om året", "30 timer pr. 14 dage",
        # "600 t/år"
        rf"\b{_HOURS} (?:{GAP}{{0,2}}?)?(?P<year>(?:(?:om|pr|per|i|hvert) |/ )år(?:et)?\b|årligt)",
        rf"\b{_HOURS} (?:{GAP}{{0,2}}?)?(?P<quarter>(?:(?:om|pr|per|i|hvert) |/ )"
        r"(?:kvartal(?:et)?|kvt)\b)",
        rf"\b{_HOURS} (?:{GAP}{{0,2}}?)?(?P<fortnight>(?:pr|per|hver|på|i) 14 dag(?:e)?|"
        r"hver (?:anden|2) uge)\b",
        rf"\b{_HOURS} (?:{GAP}{{0,2}}?)?(?:over|på|fordelt på|i løbet af|pr|per|/) "
        r"(?P<weeks>\d+) uger\b",
        # a field's bare figure and its period: "Timer: 70 pr. md.", "Timetal: 45/md"
        rf"\b(?:timer|timetal\w*|arbejdstimer|arbejdstid\w*)(?: :)? (?:ca |cirka )?{RANGE} "
        r"(?P<month>(?:(?:om|pr|per|i) |/ )(?:måned(?:en)?|mnd|mdr?|md)\b)",
        rf"\b(?:timer|timetal\w*|arbejdstimer|arbejdstid\w*)(?: :)? (?:ca |cirka )?{RANGE} "
        r"(?P<year>(?:(?:om|pr|per|i) |/ )år(?:et)?\b)",
        # a norm for a longer period: "Årsnorm: 700 timer", "Kvartalsnorm 120 t"
        rf"\b(?P<year>års)norm\w* (?::)? ?{_HOURS}",
        rf"\b(?P<quarter>kvartals)norm\w* (?::)? ?{_HOURS}",
        rf"\b(?P<month>måneds)norm\w* (?::)? ?{_HOURS}",
        # (not a ramp: "optrapning til 20 timer over 8 uger"; "normeret til 40 timer/måned" is
        # no ramp)
        unless=r"\b(?:optrap\w*|trappe\w*|op på|op til|(?<!normeret )(?<!ansat )til \d)",
    ),
    _r(
        "max_hours_per_week",
        "hours_week",
        rf"\b{_HOURS} (?:{GAP}{{0,2}}?)?{WEEK}",
        rf"\b{RANGE} ugentlig\w* {HOUR_UNIT}\b{_MINUTES}",
        # (not the week of a day count: in "3 dage om ugen 2 timer" the hours may be each
        # day's; the hours are read by a later rule, cautiously)
        rf"(?<!dage )(?<!gange ){_NOT_DAILY}\b(?:ugentlig\w*|om ugen|pr uge|per uge|"
        rf"arbejdstid\w*|timetal\w*)(?: [^\s,;()]+(?<!dage)(?<!gange)(?<!fremmøder)){{0,4}}? {_HOURS}"
        rf"(?! ?(?:om|pr|per) dag| ?dagligt| {_EACH})",
        rf"{_NOT_DAILY}\btimetal\w*(?: :)? (?:\w+ ){{0,2}}?{RANGE}\b"
        rf"(?! ?(?:kg|kilo|min\w*|m|km|dage)\b| ?%){_NOT_PER_DAY}",
        # a heading for the week's hours: "Timer pr. uge: 15", "Timer/uge: 12"
        rf"\b(?:timer|timetal|arbejdstimer|arbejdstid)(?: (?:pr|per|om|i) ugen?|(?: t)? ?/ ?(?:uge|u)\b|"
        rf" i praktik\w*)(?: :)? (?:ca |cirka |max\w* |maks\w* |højst )?{RANGE}{_BARE_END}",
        # a noun for the limit itself: "Timegrænse: 18"
        rf"\b(?:timegrænse\w*|timebegrænsning\w*|timeantal\w*|timeloft\w*|timeramme\w*)(?: :)? "
        rf"(?:på |er |ca |max\w* )?{RANGE}{_BARE_END}",
        # a flex job's hours: "fleksjob på 8"
        rf"\bfleksjob\w* (?:på|med|af) (?:ca |max\w* )?{RANGE}{_BARE_END}",
        # a bare figure after a weekly limit: "Ugentligt højst 20."
        rf"\bugentlig\w* (?:max\w*|maks\w*|højst|op til) {RANGE}(?= ?(?:[,;:|()]|$))",
        # the figure after a clause about it: "Det ugentlige timetal, som teamet har anbefalet,
        # er tolv"
        rf"\btimetal\w*(?: [^\s;:()]+){{1,15}}? (?:er|bliver|skal være|bør være|sættes til) "
        rf"(?:max\w* |maks\w* |højst )?{RANGE}\b"
        rf"(?! ?(?:kg|kilo|min\w*|m|km|dage|gange|år)\b| ?%){_NOT_PER_DAY}",
    ),
    # "Timer: 10-14", "Arbejdstid: 15": hours, but of which period? Per week, cautiously, with
    # a warning.
    _r(
        "max_hours_per_week",
        "hours_week",
        # (a word, not "\b", first: the expression is tried quickly)
        rf"(?:timer(?<!\wtimer)(?<!\d timer)|arbejdstimer(?<!\warbejdstimer))(?: :)?(?: -)? "
        rf"{RANGE}{_BARE_RANGE_END}",
        # "Arbejdstid: 15" (a meeting time's one figure is a clock time: "Mødetid: 9.00")
        rf"{_NOT_DAILY}\b(?!mødetid\w* (?:: )?\d+(?:\.\d+)?(?! ?-))"
        rf"{_WORKING_TIME}(?: :)?(?: -)? {RANGE}{_BARE_RANGE_END}",
        vague=True,
    ),
    _r(
        "max_hours_per_week",
        "hours_day",
        rf"\b{_HOURS} (?:{GAP}{{0,2}}?)?{DAY}",
        rf"\b{DAY} (?:{GAP}{{0,3}}?)?{_HOURS}",
        # a field for a day's hours: "Daglig arbejdstid: 4", "Timer pr. dag: 3"
        rf"\b(?:{DAY} {_HOURS_FIELD}|{_HOURS_FIELD} (?:(?:t|timer) )?{DAY})(?: :)? "
        rf"(?:ca |cirka |max\w* |maks\w* |højst )?{RANGE}(?: ?(?:timer|time|t)\b)?{_BARE_END}",
        unless=_OTHER_DURATION,
    ),
    _r(
        "max_hours_per_week",
        "hours_each",
        rf"\b{_HOURS} {_EACH}",
        unless=rf"(?<!hver )(?<!pr ){_OTHER_DURATION}",  # "hver gang" is each time, no walk
    ),
    _r(
        "max_hours_per_week",
        "days",
        # "ikke to dage i træk" counts no days, nor does a period: "de første 14 dage"
        rf"{_NOT_A_PERIOD}\b{RANGE} {_DAYS_WORD}\b(?! i træk)",
        # a field for the days of a week: "Dage pr. uge: 4", "Arbejdsdage/uge: 3"
        rf"\b(?:(?:antal )?(?:arbejds|møde|fremmøde)?dage (?:(?:pr|per|om|i) ugen?|/ ?(?:uge|u)\b)|"
        rf"(?:antal )?(?:arbejds|møde|fremmøde)dage|antal dage)(?: :)? {RANGE}{_BARE_END}",
        rf"\b(?P<wa>{_WEEKDAY}){_WEEKDAY_END}\b ?(?:-|til) ?(?P<wb>{_WEEKDAY}){_WEEKDAY_END}\b",
        rf"\b{_WEEKDAY_LIST}",
        rf"\b{_ALL_WEEKDAYS}",  # "på hverdage": Monday to Friday
        mask=False,
    ),
    # --- positions and movements that also use "løft" or "hæve" (before lifting) ---------------
    _r(
        "no_prolonged_standing",
        "strong",
        r"\bhæve ?sænke ?(?:bord\w*|borde)|\bståstøtte\w*|\bsidde ?ståstol\w*|"
        r"\bmulighed for at sætte sig\b|\bsætte sig (?:ned|ind imellem|når)",
    ),
    _r(
        "no_overhead_work",
        "topic",
        r"\b(?:(?:løft\w*|arbejde|række|nå|arbejder) )?over (?:\w+ )?(?:skulder|hoved|bryst)\w*|"
        r"\bskulderhøjde\w*|\bhovedhøjde\w*|\bøverste hylde\w*|\bhøjtsiddende\b|"
        rf"\bbrysthøjde\w*|\barm\w* (?:{GAP}){{0,3}}?(?:over|oppe|løftet|løftes|hævet|hæves|strakt)\b|"
        r"\bover vandret\b|"
        r"\b(?:løft\w*|hæv\w*|strække|strakte|række) (?!(?:\w+ )?tung)(?:\w+ ){0,2}?"
        r"(?:arm|armen|armene|arme)\b|\bunder loftet\b|\bloftshøjde\w*|"
        r"\b(?:male|maling af|rengøre|rengøring af|vaske|pudse) (?:\w+ )?loft(?:et|er|erne)?\b|"
        r"\bstrakte arme\b|\brække (?:\w+ )?op\b|\bhænder\w* over\b|\bloftarbejde\b|"
        r"\bhøjt oppe\b|\bhøje (?:hylder|stativer|reoler|skabe)\b|\boppe på (?:skabe|reoler|hylder)\w*|"
        r"\breoltop\w*|\bstrække sig (?:op|opad)\b|"
        r"\babove (?:\w+ )?(?:shoulder|head)\w*|\boverhead\b|"
        # an angle of the shoulder: "Skulderen kan ikke løftes over 60 grader"
        r"\b(?:skulder\w*|arm\w*|elevation|fleksion|abduktion)(?: \w+){0,4}? (?:(?:over|mere end|"
        r"højere end|ud over|kun|højst|max\w*) )?\d+ grader\b",
        neutral=True,
    ),
    _r(
        "no_bending",
        "topic",
        r"\b(?:løft\w*|samle|tage|hente) (?:\w+ ){0,2}?(?:op )?fra gulv\w*",
        neutral=True,
        mask=False,
    ),
    # --- wet work, before hand use ("hænderne i vand") ------------------------------------------
    _r(
        "no_wet_work",
        "strong",
        r"eksem\w*|\batopisk\w*",
        negatable=True,
    ),
    # (a demand of the seat, not a condition of the citizen: a topic, so "Vådt arbejde: ok" and
    # "kan godt have hænderne i vand" are no need, as "Eksem: ja" is one)
    _r(
        "no_wet_work",
        "topic",
        r"\bvådt arbejde\b|\bvådarbejde\b|\bvåde (?:\w+ (?:og|eller) )?hænder\b|"
        r"\bhænder(?:ne)? (?:\w+ )?i (?:sæbe|opvaske|rengørings)?vand\b|"
        r"\bfugtig\w* (?:miljø\w*|arbejde|hænder)\b",
        neutral=True,
    ),
    _r(
        "no_wet_work",
        "topic",
        r"\b(?:sæbe|opvaske)?vand\b|\bvåd\w*|\bfugt\w*|\bopvask(?!emid)\w*|\bwet work\b",
    ),
    # dry work only: "Fremover kun tørre opgaver", "skal have tørt arbejde"
    _r(
        "no_wet_work",
        "topic",
        r"\btør(?:re|t) (?:\w+ )?(?:opgave\w*|arbejde\w*|arbejdsopgave\w*)\b",
    ),
    _r(
        "no_cold_environment",
        "strong",
        r"\bfingre\w* (?:\w+ )?(?:bliver|er|går) (?:\w+ )?(?:hvide|døde|kolde|følelsesløse)\b",
    ),
    # --- wheelchair (before standing: "sidder i kørestol") ---------------------------------------
    _r(
        ("no_prolonged_walking", "wheelchair_access"),
        "strong",
        r"\b(?:går med |bruger |har )?(?:en )?rollator\w*",
        negatable=True,
    ),
    _r(
        "wheelchair_access",
        "strong",
        r"\b(?:sidder |sidde |bruger |er )?(?:i )?(?:en )?(?:el ?)?kørestol\w*|"
        r"\bkørestolsbruger\w*|\bhandicapvenlig\w*|\bhandicaptilgængelig\w*|\bniveaufri\w*|"
        r"\btrinfri\w*|\bhandicaptoilet\w*|\bel ?scooter\w*|\belevator\w*|\brampe\w*|"
        # paralysed legs: "lam fra livet og ned", "paraplegiker"
        r"\blam\w* (?:fra livet|fra hoften|fra brystet|i (?:begge )?ben\w*)|\bparaplegi\w*|"
        r"\btetraplegi\w*|"
        r"\bwheelchair\w*|\bstep-free\b",
        negatable=True,
    ),
    _r(
        ("wheelchair_access", "no_prolonged_walking"),
        "topic",
        r"\btrappegang\w*|\btrappeløb\w*|"
        r"\b(?:gå|går|gang|klare|tage|bruge|forcere|komme) (?:\w+ ){0,2}?(?:op ad |ned ad |på )?"
        r"trapp\w*",
    ),
    _r(
        "wheelchair_access",
        "topic",
        r"\bstueetage\w*|\bstueplan\w*|\bstueniveau\w*|\bbrede døre\b|\bdørbredde\w*|"
        r"\bniveaufri\w*|\bikke (?:\w+ )?etage\w*",
    ),
    # no stairs: a mobility limit, so walking too (as "kan ikke gå på trapper")
    _r(
        ("wheelchair_access", "no_prolonged_walking"),
        "topic",
        r"\btrappefri\w*|\b(?:uden|ingen|ikke) (?:\w+ )?trapp\w*|\btrappetrin\b|"
        r"\btrapp\w* (?:er|skal være|må være) (?:\w+ )?(?:udelukket|umulig\w*|ikke mulig\w*|"
        r"forbudt|en hindring)\b",
    ),
    _r("wheelchair_access", "topic", r"\bdørtrin\b|\bniveauforskel\w*"),
    # --- time pressure before quiet ("stille og roligt tempo") -----------------------------------
    # a field's value: "Tempo: lavt", "Arbejdstempo: roligt"
    _r(
        "no_time_pressure",
        "strong",
        r"\b(?:arbejds)?tempo : (?:lav\w*|rolig\w*|eget|langsom\w*|nedsat)\b",
    ),
    _r(
        "no_time_pressure",
        "strong",
        r"\b(?:eget|sit eget|hendes eget|hans eget|roligt|stille og roligt|lavt|langsomt|"
        r"langsommere|nedsat|fleksibelt|individuelt|moderat) (?:arbejds)?tempo\b|"
        r"\btempo (?:der|som) passer\b|\bstress(?:følsom|sårbar|tærskel)\w*|"
        r"\bsårbar\w* (?:\w+ )?(?:over for |overfor |for )?(?:stress|pres)\b|"
        r"\btage det stille og roligt\b|\b(?:bliver|blive) (?:\w+ )?stresse\w*|"
        r"\b(?:arbejds)?tempo\w* (?:skal|må|bør) (?:\w+ )?være (?:lavt|roligt|nedsat|lavere|moderat)\b|"
        # unsettled when it gets busy: "bliver nervøs, når vi har travlt"
        r"\b(?:bliver|blive|er) (?:\w+ )?(?:nervøs|urolig|utryg|forvirret|usikker|overvældet)\w*"
        r"(?: ,)? (?:når|hvis) (?:\w+ ){0,4}?(?:travlt|travlhed|pres|tidspres|går (?:for |meget )?stærkt)\b|"
        # time to do the work in: "har brug for ro og tid", "skal have god tid til opgaverne"
        r"(?:\b(?:brug for|behov for|skal have|skal gives|skal (?:\w+ )?give\w* (?:\w+ )?) |"
        r"(?<=\bro )og )(?:god |ekstra |rigelig |mere |længere )?tid\b"
        r"(?= *(?:$|[.,;:]|og\b|til (?:opgave\w*|arbejde\w*|at (?:lære|løse|udføre|forstå|"
        r"komme i gang|omstille|lave|gøre))))",
        negatable=True,
    ),
    _r(
        "no_time_pressure",
        "topic",
        r"\btidspres\w*|\btidsfrist\w*|\bdeadline\w*|\bakkord\w*|\bproduktionskrav\w*|"
        r"\bsamlebånd\w*|\w*rush\b|\bpluk ?rate\w*|\btidsmåling\w*",
        neutral=True,
    ),
    _r(
        "no_time_pressure",
        "topic",
        r"\bpres\b|\bpresse[sdr]?\b|\bpresset\b|\bpressede\b|\bpræstationspres\b|\bstress\w*|"
        r"\b(?:time )?pressure\b|"
        r"\btravl\w*|\bgår (?:for |meget |rigtig )?stærkt\b|"
        r"\bhektisk\w*|\b(?:højt|hurtigt|stort|højere|hurtigere) (?:arbejds)?tempo\b|"
        r"\barbejdstempo(?:et)?\b|\btempo(?:et)?\b|\bspidsbelastning\w*|\bmyldretid\w*|"
        r"\bkrav om (?:\w+ )?(?:hastighed|hurtighed|tempo|effektivitet)\b|\bhurtighed\b",
    ),
    _r(
        "no_time_pressure",
        "strong",
        r"\b(?:roligt|stille|jævnt|eget|sit eget|lavt|moderat) (?:flow|pace|arbejdsrytme|rytme)\b",
        negatable=True,
    ),
    _r(
        "no_time_pressure",
        "topic",
        r"\b(?:high|fast|høj\w*|hurtig\w*) (?:pace|speed)\b|\bpace\b|\b(?:arbejds)?hastighed\w*|"
        r"\btidsstyre\w*|\btidskrav\w*|\btempokrav\w*|\bjag\b|\bræs\b|\bpå tid\b|"
        r"\bfærdig\w* (?:\w+ )?til (?:et|en) (?:bestemt|fast) (?:tid|tidspunkt|klokkeslæt)\b",
        neutral=True,
    ),
    # --- quiet environment -----------------------------------------------------------------------
    _r(
        "quiet_environment",
        "strong",
        r"\b(?:rolig\w*|stille|fredelig\w*|afskærmet|skærmet|uforstyrret|lydsvag\w*|dæmpet)"
        r"(?: og (?:rolig\w*|stille|\w+))? (?:\w+ )?(?:omgivelser|miljø\w*|arbejdsmiljø\w*|"
        r"rammer|arbejdsplads\w*|arbejdssted\w*|sted|afdeling\w*|område\w*|rum|lokale\w*|"
        r"hjørne|plads|kontor\w*|værksted\w*)\b",
    ),
    _r(
        "quiet_environment",
        "strong",
        r"\b(?:rum|lokale|kontor|sted|plads|hjørne|arbejde|sidde) for sig selv\b|"
        r"\beg(?:en|et) (?:\w+ )?(?:arbejdsstation|arbejdsbord|hjørne)\b|\bvæk fra (?:de )?andre\b|"
        r"\beget (?:\w+ )?(?:rum|lokale|kontor)\b",
    ),
    _r(
        "quiet_environment",
        "strong",
        r"\b(?:støj|lyd|lydover|støjover|sanse|larm)følsom\w*|\blydoverfølsom\w*|\bhyperakusi\b|"
        r"\bsanseindtryk\w*|\boverstimuler\w*|\btinnitus\b|\bstimul(?:us|i)\w*",
        negatable=True,
    ),
    _r(
        "quiet_environment",
        "strong",
        r"\bquiet (?:room|zone|area|space|office)\b|\bstille ?rum\b|\bstilleværelse\w*|"
        r"\b(?:separat\w*|adskilt\w*|lukket|lukkede|enkeltmands?\w*) (?:\w+ )?(?:lokale\w*|rum|"
        r"kontor\w*|arbejdsplads\w*|arbejdsstation\w*)\b|\benkeltmandskontor\w*|\bnoise\w*|"
        r"\bhøretelefon\w*|\bhøreværn\w*|\børeprop\w*",
    ),
    # a field's value: "Omgivelser: rolige", "Arbejdsmiljø: stille"
    _r(
        "quiet_environment",
        "strong",
        r"\b(?:omgivelser\w*|arbejdsmiljø\w*|miljø\w*|lydniveau\w*|støjniveau\w*) : "
        r"(?:rolig\w*|stille|lav\w*|dæmpet|skærmet|afskærmet)\b",
    ),
    # English: "a calm work environment", "quiet surroundings"
    _r(
        "quiet_environment",
        "strong",
        r"\b(?:quiet|calm|peaceful|low[- ]noise|noise[- ]free|low[- ]stimulus)(?: and \w+)? "
        r"(?:work )?(?:environments?|workplaces?|surroundings|settings?|place|area|room|zone|space|"
        r"office|department|workspace|corner)\b",
    ),
    _r(
        "quiet_environment",
        "topic",
        r"\blyd\b|\blydene\b|\bhøj lyd\b|\bstøjende\b",
        neutral=True,
    ),
    # crowds: noise and people at once, so read cautiously and said to be vague
    _r(
        "quiet_environment",
        "topic",
        r"\bstore grupper\b|\bgrupper af mennesker\b|\bmenneskemængde\w*|\bforsamling\w*|"
        r"\bmylder\w*",
        vague=True,
    ),
    _r(
        "quiet_environment",
        "topic",
        r"\bstøj\w*|\blarm\w*|\buro\b|\buroligt\b|\bhøje lyde\b|\blyde\b|\blydniveau\w*|"
        r"\bmange mennesker\b|\bmange (?:\w+ )?indtryk\b|\bkaos\w*|\bmylder\b|\bro\b|"
        r"\bafbrydelse\w*|\bforstyrrelse\w*|\bforstyrre\w*|\bmusik\w*|\bråb(?!eafstand)\w*|\bskrål\w*|"
        r"\bhøje? stemmer\b",
        r"støj\w*",  # also inside compounds: "baggrundsstøj"
        r"larm\w*",
        neutral=True,
    ),
    # --- lifting ---------------------------------------------------------------------------------
    # a limit that was changed: the new one counts ("hævet fra 5 til 15 kg" is 15, not 5)
    _r(
        "max_lift_kg",
        "lift_kg",
        rf"\b(?:hævet|øget|forhøjet|sat op|opjusteret|justeret|ændret|nedsat|sænket) (?:\w+ )?"
        rf"fra {NUM} ?(?:kg|kilo)? til (?P<a>{NUM}) ?(?:kg|kilo|kilogram)\b",
    ),
    _r(
        "max_lift_kg",
        "lift_kg",
        rf"\b{_NOT_BODY_WEIGHT}{RANGE} ?(?:kg|kilo|kilos|kilogram|kilogrammer)\b",
        # a bare figure right after a limit on lifting is its weight: "Max løft 8", "Løft:
        # højst 12" (not a count: "løft max 2 gange i timen")
        rf"\b(?:(?:max\w*|maks\w*|højst|højest) (?:løft|løftet|løfte|løftekapacitet\w*|bære)(?: :)?|"
        rf"løft(?:e|er|et)?(?: \( kg \))?(?: max\w*| maks\w*)?(?: :)?(?: (?:max\w*|maks\w*|højst|højest|op til|"
        rf"mere end|over|under))?) (?:ca |cirka )?{RANGE}{_BARE_END}",
        # a limit set on lifting: "en grænse på 4 for løft"
        rf"\bgrænse\w* (?:på |er )?{RANGE} (?:for|ved) (?:\w+ )?løft\w*",
        # a noun for the limit itself: "Løftegrænse: 8 i praktikaftalen"
        rf"\b(?:løftegrænse\w*|løftebegrænsning\w*|vægtgrænse\w*|vægtbegrænsning\w*|bæreevne\w*|"
        rf"løftekapacitet\w*|tungeste løft|løft i kg)(?: [:/-])? (?:på |er |ca |max\w* )?"
        # (not a count, nor a figure split by a scan, "1 5 kg", which an earlier rule masked: ¤)
        rf"{RANGE}\b(?! ?(?:gange|x|%|cm|m|meter|min\w*|timer|time|t|etager|dage|uger|stk)\b"
        r"| ?[\d¤])",
        # (the citizen's own weight: "hun vejer 140 kilo"; a figure of 40 kg or more right after
        # "vejer" or "Vægt:" is left out by _NOT_BODY_WEIGHT)
        unless=r"\b(?:han|hun|borgeren|jeg) (?:\w+ )?vejer\b|"
        r"\b(?:vægttab|tabt|taget på|tager på|overvægt\w*|bmi|tabe)\b",
    ),
    _r("max_lift_kg", "lift_default", r"\bheavy lift\w*|\blifting\b"),
    _r(
        "max_lift_kg",
        "lift_default",
        r"\b(?:tungt|hårdt|fysisk hårdt|fysisk tungt|fysisk krævende|fysisk belastende|"
        r"hårdt fysisk|tungt fysisk|meget fysisk|fysisk tungt|groft|fysisk anstrengende)"
        r"(?: \w+)? arbejde\b|\bfysisk (?:hårdt|tungt|krævende|anstrengende|belastende)\b",
        vague=True,
    ),
    _r(
        "max_lift_kg",
        "lift_default",
        r"\bløft\w*|\bbær(?:e|er|es|ing|ingen)\b|\bhæve\b|\bhive\b|\bslæb\w*|\bforflytning\w*|"
        r"\btung\w* (?:\w+ )?(?:ting|emner|byrder|kasser|genstande|varer|sække|poser|vægt\w*|"
        r"materialer|møbler|opgaver|last)\b|\btung(?:e|t)?\b",
    ),
    # --- standing --------------------------------------------------------------------------------
    _r(
        "no_customer_contact",
        "topic",
        r"\bstå (?:i|ved|bag) (?:kassen|disken|skranken|butikken|informationen|receptionen|"
        r"baren|front\w*)\b",
    ),
    # sedentary work rules out standing and walking alike: "stillesiddende arbejde/arb./job"
    _r(
        ("no_prolonged_standing", "no_prolonged_walking"),
        "strong",
        r"\bstillesiddende (?:arbejd\w*|arb|job\w*|funktion\w*|opgave\w*|arbejdsopgave\w*)\b",
        negatable=True,
    ),
    _r(
        ("no_prolonged_standing", "no_prolonged_walking"),
        "topic",
        r"\bstillesiddende\b",
        neutral=True,
    ),
    _r(
        "no_prolonged_standing",
        "strong",
        r"\b(?:veksl\w*|skift\w*|variere\w*|afveksl\w*) (?:\w+ )?(?:mellem|imellem) (?:at )?"
        r"(?:sidde|stå|gå)\w*(?: (?:og|/|eller) (?:at )?(?:sidde|stå|gå)\w*)?|"
        r"\bsiddende (?:og|/|eller) stående\b|\bstående (?:og|/|eller) siddende\b|"
        r"\b(?:vekslende|varierende|skiftende|afvekslende|varieret|varierede|forskellige) "
        r"(?:arbejds)?stilling\w*|\bstillingsskift\w*|\bskifte (?:arbejds)?stilling\w*|"
        r"\bsiddende (?:arbejde|stilling|funktion\w*|opgave\w*|arbejdsopgave\w*)\b|"
        r"\b(?:udføres|udføre|foregå\w*|arbejde[nt]?|arbejder|arbejdes|opgaver\w*) (?:\w+ )?"
        r"siddende\b|"
        # a preference for seated work is a limit on standing: "fortrinsvis siddende"
        r"\b(?:fortrinsvis|primært|overvejende|hovedsageligt|helst|mest|kun|udelukkende|"
        r"altovervejende) siddende\b|"
        r"\b(?:ensidige|statiske|fastlåste|ensformige) (?:arbejds)?stilling\w*|"
        r"\bsidde ned\b|\bsiddeplads\w*|\bmulighed for (?:at )?(?:\w+ )?sidde\b|"
        r"\b(?:kunne|mulighed for at|lov (?:til )?at) (?:\w+ )?bevæge sig\b|\bbevæge sig rundt\b|"
        r"\b(?:skal|kunne|må|behov for at|brug for at|adgang til at|plads til at|"
        r"mulighed for at) (?:kunne )?(?:\w+ )?sidde\b|\bhvor (?:\w+ )?(?:kan|må) (?:\w+ )?sidde\b|"
        r"\b(?:kontor|arbejds|skrivebords|sidde|stå|sidde ?stå|hæve ?sænke)?stol(?:e|en)?\b",
        unless=_SIT_NEGATED,
    ),
    # standing and walking named together: "stå/gå max 1 time", "stående og gående arbejde"
    _r(
        ("no_prolonged_standing", "no_prolonged_walking"),
        "topic",
        r"\b(?:stå|står) ?(?:/|og|eller) ?(?:gå|går)\b|\b(?:gå|går) ?(?:/|og|eller) ?(?:stå|står)\b",
    ),
    _r(
        ("no_prolonged_standing", "no_prolonged_walking"),
        "topic",
        r"\bstående ?(?:/|og|eller) ?gående\b|\bgående ?(?:/|og|eller) ?stående\b",
        neutral=True,
    ),
    _r(
        "no_prolonged_standing",
        "strong",
        r"\b(?:behov for|brug for|mulighed for|skal kunne|lov (?:til )?at|kunne) (?:at )?(?:kunne )?"
        r"(?:gå rundt|bevæge sig|gå lidt rundt|røre sig|gå en tur)\b|"
        r"\b(?:variere|veksle|skifte|ændre|ændre på) (?:\w+ )?(?:arbejds)?stilling\w*",
    ),
    _r(
        "no_prolonged_standing",
        "strong",
        rf"\bkan (?:\w+ ){{0,2}}?stå (?:op )?{_FIELD_YES}(?:\w+ ){{0,2}}?(?:i )?"
        r"(?:ca |cirka |omkring )?\d+(?:\.\d+)? ?(?:min\w*|time\w*|timer|t)\b",
    ),
    # the verb needs a restriction ("hun står tidligt op" is no need) ...
    _r(
        "no_prolonged_standing",
        "topic",
        r"\bstå(?:r op)?\b(?! (?:for|på (?:en )?(?:stige\w*|tag\w*|lift\w*))\b)|"
        r"\bstår\b(?<!fejlagtigt står)(?<!forkert står)"
        r"(?! (?:i|at|der|for|beskrevet|nævnt|tidligt|forkert|fejlagtigt|anført|nedenfor|ovenfor|"
        r"herunder|(?:jeg |han |hun )?af)\b)",
    ),
    _r(
        "no_prolonged_standing",
        "strong",
        r"\b(?:kunne|mulighed for at|lov (?:til )?at|skal kunne|plads til at) (?:\w+ )?sætte sig\b|"
        r"\bsætte sig (?:, )?(?:ned|ind imellem|indimellem|når|hvis|efter behov)\b|"
        r"\brejse sig\b|\bsiddende arbejd\w*|"
        r"\b(?:sidde ?/ ?stå|stå ?/ ?sidde) ?(?:arbejde|bord\w*|stol\w*|funktion\w*)",
        negatable=True,
    ),
    _r(
        "no_prolonged_standing",
        "topic",
        r"\bsamme (?:arbejds)?stilling\w*|\bstatisk\w* (?:arbejde|arbejdsstilling\w*|stilling\w*)\b",
        neutral=True,
    ),
    # ... being "on one's feet" is standing and walking alike
    _r(("no_prolonged_standing", "no_prolonged_walking"), "topic", r"\bpå benene\b", neutral=True),
    # ... the noun is a need even as a bare list item ("Stående arbejde.")
    _r(
        "no_prolonged_standing",
        "topic",
        r"\bstående\b|\bståen\w*|\bstillestående\b|\bstå\w*arbejde\b|"
        r"\bståfunktion\w*|\bståtid\w*|\bståevne\w*",
        neutral=True,
    ),
    # --- walking ---------------------------------------------------------------------------------
    _r(
        "no_prolonged_walking",
        "strong",
        rf"\bkan (?:\w+ ){{0,2}}?gå {_FIELD_YES}(?:\w+ ){{0,2}}?(?:i )?(?:ca |cirka |omkring )?"
        r"\d+(?:\.\d+)? ?(?:min\w*|time\w*|timer|t|m|meter|km|kilometer)\b",
        # ... after another capacity read before it: "kan stå 10 min og gå 20 min"
        r"(?:(?<=¤ og )|(?<=¤ , )|(?<=¤ samt ))gå (?:i )?(?:ca |cirka |omkring )?"
        r"\d+(?:\.\d+)? ?(?:min\w*|time\w*|timer|t|m|meter|km|kilometer)\b",
    ),
    _r(
        "no_prolonged_walking",
        "strong",
        r"\bdårligt gående\b|\bgangbesvær\w*|\bnedsat gang\w*|\bkort gang(?:distance|afstand)\w*|"
        r"\bgår (?:med|m|ved) (?:stok|krykke\w*|albuestok\w*|gangstativ)\b|\bgangstativ\w*|"
        r"\bkrykke\w*|\balbuestok\w*|\b(?:bruger|går med|med) (?:en )?stok\b",
        negatable=True,
    ),
    _r(
        "no_prolonged_walking",
        "topic",
        rf"\bgå\w* (?!fra\b)(?:{_NO_ACTIVITY_GAP}){{0,5}}?(?:langt|længe|længere|lange|meget|rundt|"
        r"distance\w*|i kort tid|kortvarig\w*|i korte perioder|"
        rf"(?:hele|det meste af) (?:dagen|tiden|vagten|arbejdsdagen)|en hel (?:dag|vagt|arbejdsdag)|"
        rf"afstand\w*|strækning\w*|{NUM} ?(?:m|meter|km|kilometer|min\w*|time|timer|times))\b|"
        r"\b(?:kan (?:ikke|kun|dårligt)(?: holde til| tåle| klare)?(?: at)?|tåler ikke at|"
        r"svært ved at|problemer med at|besvær med at) (?:\w+ )?gå\b"
        r"(?! (?:i gang|ned i (?:tid|knæ)|fra|til|hjem|på arbejde))|"
        rf"\bkan (?:\w+ )?gå (?:{GAP}){{0,8}}?(?:, )?men (?:ikke (?:\w+ )?(?:længere|langt)|"
        r"(?:kun|højst) (?:i )?(?:kort\w*|lidt))\b|"
        r"\bkan gå(?= :)|"  # a form's field, restricted by its answer: "Kan gå: ja, kortvarigt"
        r"(?:^|(?<=[:,;|] ))(?:gå|gang)(?= :)|"  # "Gå: nej", "Løft: nej, gå: nej", "Gang: kort"
        # walking among other activities: "tåler ikke at stå, gå eller bøje sig"
        r"\bgå(?= (?:,|eller|og|samt) (?:(?:at )?(?:stå|bøje|løfte|sidde|knæle|bære|række)\b|¤))|"
        # ... or last in such a list ("Hensyn: løft, stå, gå"; the words before may be masked)
        r"(?:(?<=[\w¤] , )|(?<=[\w¤] og )|(?<=[\w¤] eller ))gå(?= ,| og | eller |$)",
    ),
    _r(
        "no_prolonged_walking",
        "topic",
        r"\b(?:lange|længere|større) (?:gang|gå\w*|afstande|strækninger|distancer|gåture|ture)\b|"
        r"\bgang (?:over|på længere|i længere|(?:på )?mere end|længere)\b|"
        r"\bgang (?:i )?(?:op til|indtil|under|max\w*|maks\w*|højst) (?:ca )?\d|"
        r"\bgang (?:kun )?(?:i kort(?:ere)? tid|kortvarigt|i korte(?:re)? perioder)\b|"
        r"\bgang(?:en)? er (?:\w+ )?(?:besværlig|svær|vanskelig|begrænset|nedsat|smertefuld|"
        r"problematisk|et problem)\w*|"
        r"\b(?:meget|megen|en del|for meget|lang|langvarig|længerevarende|kortvarig|kort) "
        r"(?:gang|gåen|gående)\b|"
        # walking as what a symptom comes with: "smerter ved gang", "forværres af gang og kulde",
        # "svimmel under gang", "må sidde efter få minutters gang"
        r"\b(?:ved|af|under) (?:gang|gåen)\b(?! (?:i|på|til|med|nummer|nr) \w)|"
        r"\b(?:få|nogle|et par) minut\w* (?:gang|gåen)\b|"
        rf"{_GANG_LISTED}|"
        r"\b(?:minimal\w*(?: med)?|så lidt|mindst mulig\w*) (?:gang|gåen|gående)\b|"
        r"\bgående (?:arbejde|funktion\w*|opgave\w*)\b|\bgåture?\b|\bgangdistance\w*|"
        r"\bgåafstand\w*|\bgangafstand\w*|"
        rf"\b{NUM} (?:min\w*|meter|m|km|kilometer|time|times|timer|timers) (?:\w+ )?"
        r"(?:gang|gåen|gåtur)\b",
        neutral=True,
    ),
    _r(
        "no_prolonged_walking",
        "topic",
        r"\bkort\w* (?:gå)?afstand\w* (?:fra|til|mellem) (?:\w+ )?(?:parkering\w*|indgang\w*|"
        r"arbejdsstation\w*|toilet\w*|kantine\w*|p plads\w*|bus\w*|stoppested\w*)",
    ),
    # --- bending ---------------------------------------------------------------------------------
    _r(
        "no_bending",
        "topic",
        r"\bbukk(?:e|er|es|et|ende|ning\w*)\b|\bbuk\b|\bbøj(?:e|er|es|et|ede|ning\w*|ende)?\b|"
        r"\bforoverbøj\w*|\bforover\b|\bvrid\w*|\bkrum\w*|\bknæl\w*|\bpå hug\b|\bhugsiddende\b|"
        r"\bgulvhøjde\b|\bknæhøjde\b|\bned til gulvet\b|\bsamle (?:\w+ )?op fra gulvet\b|"
        r"\bnå ned\b|\brotation\w*|\bnederste hylde\w*|\bned i knæ\w*|\bbunden af (?:reol|hylde)\w*",
        neutral=True,
    ),
    _r(
        "no_bending",
        "topic",
        r"\bpå knæ\b|\bknæliggende\b|\bdreje (?:og|eller) vride\b|\bvride (?:og|eller) dreje\b|\bdreje\w* (?:\w+ ){0,2}?(?:ryg\w*|krop\w*|overkrop\w*)|"
        r"\brotationer\b",
        neutral=True,
    ),
    # --- hands -----------------------------------------------------------------------------------
    _r(
        "limited_hand_use",
        "strong",
        r"\b(?:nedsat|dårlig|svag\w*|begrænset|reduceret|manglende) (?:\w+ )?(?:grebs\w*|"
        r"gribe\w*|greb|finmotorik\w*|håndfunktion\w*|førlighed i (?:\w+ )?hånd\w*|"
        r"kraft i (?:\w+ )?(?:hånd\w*|hænder\w*|fingr\w*|arm\w*))\b|"
        r"\bgigt i (?:\w+ )?(?:hånd\w*|hænder\w*|fingr\w*|håndled\w*)|\bkarpaltunnel\w*|"
        r"\bseneskedehindebetændelse\w*|\btennisalbue\b|\bmusearm\b|\brysten\b|\brystelser\b|"
        r"\btremor\b|\bryster på hænderne\b|\btaber (?:\w+ )?(?:ting|genstande)\b|"
        # an injury of the hand or wrist: "en gammel skade i venstre håndled"
        r"\bskade\w* (?:på|i) (?:\w+ ){0,2}?"
        r"(?:hånd(?:en|led\w*)?|hænder\w*|fingr\w*|tommel\w*)\b",
    ),
    _r(
        "limited_hand_use",
        "strong",
        r"\b(?:hænder|hånd|fingre|fingrene)\w* (?:\w+ )?(?:sover|snurrer|prikker|hæver|hovner|"
        r"mister kraft\w*|er følelsesløse|bliver følelsesløse)\b|\bføleforstyrrelse\w*|"
        r"\bsnurren\b|\bsovende (?:hænder|fingre)\b|\bnedsat følesans\w*",
    ),
    _r(
        "limited_hand_use",
        "topic",
        r"\bfinmotori\w*|\bbimanuel\w*|\btohånd\w*|\b(?:pincet|fin|grov|kraft)?greb(?:s\w*|et|ene)?\b|"
        r"\bgribe\w*|"
        r"\bhånd(?:en|led\w*|kraft|funktion\w*|bevægelse\w*|arbejde|værktøj)?\b|"
        r"\bhænder(?:ne)?\b|\bfingr\w*|\bfinger\w*|\bgentagne (?:hånd\w*|greb\w*|arm\w*|"
        r"bevægelse\w*|arbejdsgange)\b|\bensformig\w* (?:bevægelse\w*|gentag\w*)|"
        r"\bensidig\w* (?:gentag\w*|bevægelse\w*|arbejde|belastning\w*)|\bega\b|"
        r"\bmusearbejde\b|\btastatur\w*|\bvibr\w*|\bskrue\w*|\bværktøj\w*|\bsmå ?ting\b|\bsmå dele\b|"
        r"\bholde (?:fast )?på (?:små|ting|værktøj)\w*|"
        # English
        r"\bwrists?\b|\bgrip\w*|\bfine motor\b|\brepetitive (?:\w+ ){0,2}?movements?\b|"
        r"\bprecision with the hands\b",
        unless=r"\b(?:vand|våd\w*|hud\w*|fugt\w*|kold\w*|kulde\w*|varm\w*)\b|eksem",
    ),
    # --- shifts ----------------------------------------------------------------------------------
    _r(
        "day_shift_only",
        "topic",
        r"\baften\w*|\bnat\b|\bnight\w*|\bevening\w*|\bshifts?\b|\bnatte\w*|\bnat\w*vagt\w*|\bnatarbejde\b|\bnathold\b|\bnætter\b|"
        r"\bweekend\w*|\blørdag\w*|\bsøndag\w*|\bhelligdag\w*|\bskifte ?hold\w*|\bholddrift\b|"
        r"\bvagtarbejde\b|\bskiftende (?:\w+ )?(?:vagter|arbejdstid\w*|tider|mødetider)\b|"
        r"\brul\w* vagt\w*|\bvagtskift\w*|\bsene vagter\b|\bom aftenen\b|\bom natten\b|"
        r"\bskæve (?:\w+ )?(?:tider|tidspunkter|arbejdstider|vagter)\b",
    ),
    _r(
        "max_hours_per_week",
        "hours_day",
        rf"\barbejdsdag\w*(?: \(| :| ,)? (?:{GAP}){{0,3}}?{_HOURS}",
        rf"\b{RANGE} ?{HOUR_UNIT}s? (?:lang\w* )?arbejdsdag\w*",
        # "skal hjem efter 3 timer", "fri efter 4 timer": a day's hours
        rf"\b(?:hjem|fri|fyraften|stoppe|stopper) (?:og \w+ )?efter {_HOURS}",
    ),
    # --- customer contact ------------------------------------------------------------------------
    _r(
        "no_customer_contact",
        "strong",
        r"\bbag (?:scenen|kulisserne)\b|\bback ?office\b|\bbaglokale\w*|\bbagland\w*|"
        r"\bbagved\b|\bbagerst\w*",
    ),
    _r(
        "no_customer_contact",
        "topic",
        r"\bkunde(?:r|rne|kontakt\w*|betjening\w*|vendt\w*|service\w*|henvendelse\w*|rettet|"
        r"ekspedition\w*|"
        r"|"
        r"dialog\w*|møde\w*)\b|\bkontakt med (?:\w+ )?(?:kunde\w*|borger\w*|gæst\w*|publikum|"
        r"fremmede|patient\w*|beboer\w*|klient\w*|brugere|mennesker|folk)\b|\bekspedi\w*|"
        r"\bekspeder\w*|\bborgerbetjening\w*|\bborgerkontakt\w*|\bpublikum\w*|\bgæster\b|"
        r"\bfremmede\b|\bkasse(?:arbejde|n|ekspedition|funktion\w*|linje\w*)?\b"
        r"(?! (?:med|mælk|øl|vand|sodavand|varer|frugt)\b)|\bskranke\w*|"
        r"\breception\w*|(?<!\bsin )(?<!\bhans )(?<!\bhendes )(?<!\begen )(?<!\bmin )"
        r"\btelefon\w*|\bbetjen\w* (?:\w+ )?(?:kunde\w*|borgere|gæster)\b|"
        r"\bfront\w*|\bsalgsarbejde\b|\bsælge\b",
    ),
    _r(
        "no_customer_contact",
        "topic",
        r"\bcustomer\w*|\bfront ?desk\b|\binformationen\b|\binformations?(?:skranke|disk)\w*|"
        r"\bkundeservice\b",
    ),
    # --- not alone -------------------------------------------------------------------------------
    _r(
        "not_alone",
        "strong",
        rf"\b(?:kollega\w*|kolleger\w*|andre|nogen|en voksen|personale\w*|medarbejder\w*|"
        rf"makker\w*|en person|folk|kontaktperson\w*|mentor\w*|leder\w*|voksen)(?: ,)? "
        rf"(?:{GAP}){{0,3}}?(?:i nærheden|tæt på|ved siden af|hos sig|omkring "
        rf"(?:sig|hende|ham)|til stede|på vagt samtidig|(?:at |kan )?(?:spørge|snakke med|tale med|sparre med|henvende sig til)|at støtte sig til|(?:at |kan )?gå til|i umiddelbar "
        rf"nærhed|inden for (?:rækkevidde|råbeafstand|hørevidde|synsvidde))\b|\bsammen med (?:andre|kolleg\w*|en kollega|en makker)\b|"
        r"\bmakker\w*|\bbuddy\b|\bbuddies\b|\bsparringspartner\w*|\boverladt til sig selv\b|"
        r"\bi team med\b|"
        # who she must work with, named or by role: "skal altid arbejde sammen med Mette",
        # "skal ledsages af mentor Anne"
        r"\b(?:skal|bør|må kun|kan kun)(?: (?!ikke\b|aldrig\b)\w+){0,2}? (?:arbejde|være|arbejder) "
        r"sammen med \w|"
        r"\bskal (?:\w+ )?(?:ledsages|følges)\b(?! op\b)|"
        r"\b(?:arbejde|være|arbejder) uden (?:\w+ )?(?:kollega\w*|kolleger\w*|andre|mentor\w*|"
        r"makker\w*)\b|\b(?:den|være) eneste (?:\w+ )?(?:på vagt|på arbejde|til stede|i butikken|"
        r"på stedet)\b|"
        r"\bkontaktperson (?:\w+ )?(?:på|i) (?:arbejdspladsen|praktikstedet|virksomheden|"
        r"afdelingen)\b|"
        r"\b(?:brug for|behov for|skal have) (?:\w+ ){0,2}?(?:kollega|kollegaer|kolleger|makker|"
        r"voksen|kontaktperson)\b|\b(?:tjekker|tjekke|kigger|ser) (?:\w+ )?(?:ind|forbi|til hende|"
        r"til ham)\b",
    ),
    # someone she must have near, named or not ("Skal altid have Jens Hansen i nærheden"; a
    # surname is blanked, so the gap may be wide); not a thing ("skal have et toilet i nærheden")
    _r(
        "not_alone",
        "strong",
        r"\b(?:skal|bør|må kun|kan kun)(?: (?!ikke\b|aldrig\b)\w+){0,2}? have "
        r"(?!(?:\w+\s+){0,3}?(?:toilet\w*|wc|pauserum\w*|hvilerum\w*|telefon\w*|mobil\w*|"
        r"medicin\w*|vand\w*|bil|bilen|parkering\w*|p-plads\w*|stoppested\w*|bus\w*|tog\w*|"
        r"station\w*|hjem\w*|bolig\w*|kantine\w*|stol\w*|hjælpemid\w*|inhalator\w*|mad|"
        r"madpakke\w*)\b)"
        r"(?:\w+\s+){1,3}?(?:i nærheden|tæt på|ved siden af|til stede|inden for "
        r"(?:rækkevidde|råbeafstand))\b",
    ),
    _r(
        "not_alone",
        "topic",
        r"\balene\b|\balone\b|\balenearbejde\b|\benearbejde\b|\bselvstændigt arbejde\b|"
        r"\bcolleague nearby\b|"
        r"\barbejde selvstændigt\b|\bpå egen hånd\b|\bsolo\w*|\bkontaktperson\w*|"
        r"\beneste (?:medarbejder|ansatte|ansat|person|voksne)\b|"
        r"\b(?:være|er) den eneste (?:på|i) (?:\w+ )?(?:arbejdsplads\w*|stedet|butikken|afdeling\w*|"
        r"lokalet|værkstedet|køkkenet|lageret)\b",
    ),
    # --- simple tasks ----------------------------------------------------------------------------
    _r(
        "simple_tasks",
        "strong",
        r"\b(?:enkle|enkel|simple|simpel|overskuelig\w*|genkendelig\w*|rutineprægede?|"
        r"ukomplicerede?|afgrænsede?|letoverskuelig\w*|letforståelig\w*|konkrete|velkendte|"
        r"ensartede|faste|strukturerede|gentagende|rutinemæssige|ensformige|forudsigelige)"
        r"(?: og (?:\w+))? (?:\w+ )?(?:opgave\w*|arbejdsopgave\w*|arbejdsgang\w*|arbejde|"
        r"instruks\w*|instruktion\w*|rutine\w*|arbejdsfunktion\w*|funktion\w*|ting)\b|"
        r"\b(?:en|1|én) (?:\w+ )?(?:opgave|ting|arbejdsopgave)(?: \w+){0,4}? "
        r"(?:ad gangen|af gangen|ad gang)\b|"
        r"\b(?:opgave\w*|ting) (?:\w+ ){0,2}?(?:en|1) (?:ad|af) gang(?:en)?\b|"
        r"\b(?:opgave\w*|ting) (?:\w+ ){0,2}?(?:en|1) efter (?:en|1)\b|"
        r"\b(?:opgave\w*|arbejdsopgave\w*|instruks\w*|instruktion\w*|beskeder|anvisning\w*|"
        r"arbejdsgang\w*) (?:\w+ ){0,2}?(?:være|er) (?:meget )?(?:enkle|simple|overskuelig\w*|"
        r"genkendelig\w*|korte|klare|tydelige|konkrete|ukompliceret\w*|rutineprægede|"
        r"forudsigelige)\b|\bopgave\w* (?:\w+ )?vises\b|\bvises hvordan\b|"
        r"\b(?:klare|tydelige|præcise|korte|enkle|konkrete|skriftlige|mundtlige|visuelle|faste|"
        r"klar|"
        r"tydelig|entydige|simple)(?: og (?:\w+))? (?:\w+ )?(?:instruks\w*|instruktion\w*|"
        r"beskeder|besked|anvisning\w*|aftaler|forventninger|rammer|retningslinjer|"
        r"arbejdsbeskrivelse\w*)\b|"
        r"\bhjælp til (?:at )?(?:\w+ ){0,3}?opgave\w*|\bhjælp til at komme i gang\b|"
        r"\bguide\w* (?:\w+ )?(?:i|med|gennem) (?:\w+ )?opgave\w*|\brutine(?:opgave\w*|arbejde)\b|"
        r"\b(?:instruks\w*|instruktion\w*|beskeder|besked|opgave\w*) (?:\w+ ){0,3}?(?:på skrift|"
        r"skriftligt|nedskrevet|visuelt)\b|"
        r"\bfast\w* (?:\w+ )?(?:dagsrytme|rytme|skema|plan|dagsplan|rutine\w*|struktur)\b|"
        r"\bdagsplan\w*|\bhjælp til (?:at )?(?:planlægge|strukturere|organisere|prioritere)\b|"
        r"\bopgaverne (?:\w+ )?vist\b|\bvis\w* hvordan\b|\bvist hvordan\b|\btrin for trin\b",
    ),
    _r("simple_tasks", "topic", r"\bstruktur\w*|\bforudsigelig\w*", neutral=True),
    _r(
        "simple_tasks",
        "topic",
        r"\bkomplekse?\b|\bkomplicerede?\b|"
        r"\b(?:mange|flere) (?:\w+ )?(?:opgaver|bolde|ting|beskeder|informationer|instruktioner|"
        r"instrukser|beslutninger)\b|"
        r"\b(?:ikke mere end|ikke flere end|højst|max\w*|maks\w*) \d+ (?:opgave\w*|ting) (?:\w+ )?(?:ad|af|på) (?:gang(?:en)?|1 gang)\b|"
        r"\bmultitask\w*|\bflere (?:\w+ )?(?:opgaver|ting) (?:\w+ )?(?:samtidig|på (?:en|1) gang|ad "
        r"gangen|på samme tid)\b|\boverblik\w*|\bomstilling\w*|\bforandring\w*|\buforudsigelig\w*|"
        r"\bimproviser\w*|\b(?:meget|stort|for meget) ansvar\b|"
        r"\bansvar for (?:andre\w*|personer|mennesker|børn)\b|\bansvarsfuld\w*|\boverskue\w*|\bnye opgaver\b|"
        r"\bskiftende (?:\w+ )?(?:krav|opgaver|arbejdsopgaver)\b|\bhuske\w*|\bhukommelse\w*|"
        r"\bforklaring\w*|\binstruks\w*|\binstruktion\w*",
    ),
    _r(
        "simple_tasks",
        "strong",
        r"\b(?:vide|ved) (?:\w+ )?(?:præcis |præcist |hele tiden )?hvad (?:der )?(?:forventes|skal ske"
        r"|hun skal|han skal)\b|\bmange (?:\w+ )?(?:skift|forandringer|omstillinger)\b",
    ),
    # clinicians' words: "monotasking", "opgaver med lav kompleksitet"
    _r(
        "simple_tasks",
        "strong",
        r"\bmonotask\w*|\b(?:lav|lavt|ringe) (?:\w+ )?kompleksitet\w*",
        negatable=True,
    ),
    _r(
        "simple_tasks",
        "topic",
        r"\bens fra dag til dag\b|"
        r"\b(?:genkendelig\w*|gentagende|rutineprægede?|ensartede?|ukomplicere\w*|afgrænset\w*|"
        r"afgrænsede|konkret\w*|overskuelig\w*|enkle|simple)\b|\bskriftlig\w*|\bpå skrift\b|"
        r"\bnedskrevet\b|\bskrevet ned\b|\bmundtlig\w*|\bforklar\w*|\binstructions?\b|"
        r"\b(?:huske|tjek|check|opgave|do )?liste\w*",
    ),
    # a field's value: "Kompleksitet: lav", "Opgaver: enkle"
    _r(
        "simple_tasks",
        "strong",
        r"\b(?:kompleksitet\w*|sværhedsgrad\w*|opgave\w*|arbejdsopgave\w*) : "
        r"(?:lav\w*|enkle?|simple?|nemme?|ukomplicere\w*|rutine\w*)\b",
    ),
    # a field's value: "Arbejdsstilling: siddende", "Arbejdsposition: sid/stå"
    _r(
        "no_prolonged_standing",
        "strong",
        r"\b(?:arbejdsstilling\w*|arbejdsposition\w*|kropsstilling\w*|stilling) : "
        r"(?:siddende|sid\w*|veksl\w*|skiftevis)\b",
    ),
    # --- breaks ----------------------------------------------------------------------------------
    _r(
        "flexible_breaks",
        "strong",
        rf"\b(?:(?:holde|tage|afholde) (?:\w+ )?)?pause\w* (?:, )?(?:{GAP}){{0,3}}?(?:efter behov|ved behov|når (?:\w+ )?(?:har brug|behov|"
        r"træt\w*|smerte\w*|det|der|hun|han|borgeren)\w*|løbende|undervejs|jævnligt|hyppigt|"
        r"ofte|når som helst|efter eget)\b",
    ),
    _r(
        "flexible_breaks",
        "strong",
        r"\b(?:hyppige|ekstra|flere|mange|korte|små|jævnlige|fleksible|løbende|hyppig|"
        r"regelmæssige|ofte|ekstraordinære|ubegrænsede|selvvalgte|individuelle|"
        r"mikro|hvile)(?: \w+)? ?pause\w*|"
        r"\bpausebehov\w*|\bpause\w* (?:[^\s,;:()]+ ){0,6}?hvert?\b|"
        # note style, the noun first: "pause mulighed", "pausemuligheder"
        r"\bpause(?:r|n|rne)? ?mulighed\w*|"
        r"\bspise (?:\w+ ){0,3}?(?:faste (?:mellemrum|intervaller|tider)|regelmæssigt|jævnligt)\b|"
        r"\bmellemmåltid\w*|"
        r"\b(?:mulighed for|brug for|behov for|behøver|ret til|adgang til|tid til|plads til|"
        r"lov til|"
        r"skal have|skal kunne holde|kunne holde|kunne tage|skal kunne tage|skal holde)"
        r"(?: \w+){0,2}? pause\w*|"
        r"\b(?:holde|tage|afholde) (?:\w+ )?pause\w*|\bhvilepause\w*|\bpauserum\w*|"
        r"\bhvilerum\w*|\bhvile(?: sig)?\b|\bhvil\b|\brestitu(?!eret\b)\w*|\blægge sig\b|\bligge ned\b|"
        r"\btrække sig\b|\bfå luft\b|\bgå afsides\b|"
        r"\b(?:hvis|når|så længe|forudsat at) (?:der )?(?:\w+ )?(?:er|gives|holdes|kan holdes|må "
        r"holdes) (?:\w+ )?pause\w*|\bmed (?:\w+ )?pauser\b|"
        r"\b(?:kunne|lov (?:til )?at|mulighed for at) (?:gå|komme) (?:\w+ )?(?:på |ud på )?toilet\w*|"
        r"\btoilet\w* (?:\w+ )?(?:ofte|hyppigt|efter behov|hurtigt|i nærheden|tæt på)\b|"
        r"\b(?:nær|tæt på|nem adgang til|hurtig adgang til) (?:\w+ )?toilet\w*|\b(?:hyppige|ekstra) toiletbesøg\w*|"
        # the citizen decides when: "pauserne styrer hun selv", "selv bestemme sine pauser"
        r"\bpause\w* (?:styrer|bestemmer|planlægger|tilrettelægger|tager|holder) (?:\w+ )?selv\b|"
        r"\bselv (?:\w+ ){0,2}?(?:styre|bestemme|planlægge|tilrettelægge|vælge|styrer|bestemmer) "
        r"(?:\w+ ){0,3}?pause\w*|"
        r"\b(?:selv|hun|han|borger\w*) (?:\w+ ){0,2}?bestemme\w* (?:, )?hvornår (?:\w+ ){0,3}?pause\w*|"
        # "kan ikke arbejde uden pauser"
        r"\bikke (?:arbejde|klare|holde) uden (?:\w+ )?pause\w*|"
        r"\b(?:styre|bestemme) (?:egne|sine|hendes|hans|sin|egen) pause\w*|"
        r"\b(?:kunne|lov (?:til )?at|mulighed for at|plads til at) (?:\w+ )?(?:gå fra|gå ud|gå en tur|"
        r"gå udenfor|gå uden for|"
        r"trække vejret|komme ud)\b(?: og (?:trække vejret|få luft|hvile\w*|komme ned i tempo))?",
    ),
    # a field's value: "Pauser: fleksible", "Pauser: hyppige"
    _r(
        "flexible_breaks",
        "strong",
        r"\bpause\w* : (?:fleksib\w*|hyppig\w*|ekstra|mange|ofte|frie|løbende|selvvalgt\w*)\b",
    ),
    # English ("breaks" is read as "pauser"): "must be able to take breaks", "frequent breaks"
    _r(
        "flexible_breaks",
        "strong",
        r"\b(?:take|taking|have|having|allowed|allow|needs?|with|frequent|regular|short|extra|"
        r"flexible) (?:\w+ ){0,2}?pauser?\b",
    ),
    _r("flexible_breaks", "topic", r"\bpause\w*", unless=r"\buden (?:\w+ )?pause"),
    # --- cold ------------------------------------------------------------------------------------
    _r(
        "no_cold_environment",
        "strong",
        r"\bkulde(?:følsom\w*|allergi\w*|intolerance|overfølsom\w*|skade\w*)\b|\braynaud\w*|"
        r"\bhvide fingre\b",
        negatable=True,
    ),
    _r(
        "no_cold_environment",
        "topic",
        r"\bkulde\w*|\bkold\w*|\bcold\b|\bkølerum\w*|\bkøle\w*|\bfrostrum\w*|\bfryse\w*|\bfrost\w*|"
        r"\blave temperatur\w*|\btemperatur\w* under\b|\bunder \d+ grader\b|\bminusgrader\b|"
        # (not an angle: "armene over 90 grader")
        r"\bgrader\b(?:(?<=minus \d\d grader)|(?<=- \d\d grader)|"
        r"(?<!4[5-9] grader)(?<![5-9]\d grader)(?<!\d{3} grader))|\bkølig\w*|\bvinter\w*|"
        r"(?<!dage i )(?<!timer i )(?<!gange i )(?<!uger i )(?<!døgn i )"
        r"(?<!nætter i )(?<!vagter i )(?<!\d i )(?<!minutter i )(?<!min i )(?<!kvarter i )"
        # (not a pull: "træk/skub", "skub og træk")
        r"(?<!timer i )(?<!time i )(?<!¤ i )(?<!skub )(?<!skub / )(?<!skub og )(?<!skubbe og )"
        r"\btræk\b(?! ?(?:/|og|eller) ?skub)",
        neutral=True,
    ),
    _r(
        "no_cold_environment",
        "topic",
        r"\budendørs\w*|\budenfor\b|\budearbejde\b|\bindendørs\b|\binden døre\b|"
        r"\b(?:foregå|foregår|arbejde|arbejder|være|ophold\w*) inde\b|"
        r"\bopvarmede? (?:lokale\w*|rum|bygning\w*)|"
        r"\bvarm\w* (?:miljø\w*|lokale\w*|omgivelser|arbejdsplads\w*|rum)\b",
        unless=r"\b(?:ikke|dårligt|svært|uden)\b(?: \w+){0,4} (?:indendørs|inde|varm\w*|opvarm\w*)",
    ),
    # --- chemicals -------------------------------------------------------------------------------
    _r(
        "no_chemicals",
        "strong",
        r"\ballergi\w* (?:\w+ ){0,2}?(?:kemi\w*|rengøring\w*|parfume\w*|duft\w*|opløsning\w*|"
        r"sæbe\w*|latex|desinfektion\w*|sprit|maling|lak)\w*|"
        r"\b(?:parfume|duft|kemi\w*)(?:allergi\w*|overfølsom\w*|følsom\w*)\b",
    ),
    _r(
        "no_chemicals",
        "topic",
        r"\bkemi\w*|\bparfume\w*|"
        r"\bduft\w*|\bopløsningsmid\w*|\bdampe\b|\bdesinfektion\w*|\bdesinfic\w*|sprit\b|"
        r"\bmaling\b|"
        r"\blugt\w*|\bklor\b|\bstærke midler\b|\bætsende\b|\bspray\w*|\blak\b|\blakker\w*|"
        r"\bblegemid\w*|\blatex\b|\bgummihandsker\b|\bsolvent\w*|\bepoxy\w*|\bsprøjtemid\w*|"
        r"\bpesticid\w*|\bukrudtsmid\w*|\bgiftstof\w*|\bhærdende stoffer\b|\bisocyanat\w*|"
        # (dust and smoke are no chemicals: no code says them, so they are warned about)
        r"\bkonserveringsmid\w*|\brengørings- ",
        r"kemikalie\w*",  # also inside compounds: "rengøringskemikalier"
        r"\w+kemi\b",  # "rengøringskemi"
        r"\w+spray\w*",  # "rengøringsspray"
        r"\w*(?:vaske|afkalknings|affedtnings|rense)midl\w*",
        r"rengøringsmid\w*",
        r"rengøringsprodukt\w*",
        neutral=True,
    ),
    # --- driving ---------------------------------------------------------------------------------
    _r(
        "no_driving",
        "strong",
        r"\bkørselsforbud\w*|\bkøreforbud\w*|"
        r"\bfrakend\w* (?:\w+ )?(?:kørekort|førerret)\w*|"
        r"\b(?:kørekort|førerret)\w* (?:: )?(?:er )?(?:blevet )?(?:frakendt|inddraget|taget|mistet)\b|"
        # the verb first: "lægen har taget kørekortet", "har mistet sit kørekort" (not "har
        # taget kørekort", got one)
        r"\b(?:inddraget|frataget|mistet|frakendt) (?:\w+ )?(?:kørekort|førerret)\w*|"
        r"\btaget (?:hans |hendes |sit )?(?:kørekortet|førerretten)\b",
        negatable=True,
    ),
    _r(
        "no_driving",
        "topic",
        r"\b(?:køre|føre|kørsel (?:med|i|af)|kører|fremføre|betjene|bruge) (?:\w+ ){0,2}?"
        r"(?:bil\w*|firmabil\w*|"
        r"motorkøretøj\w*|køretøj\w*|varevogn\w*|truck\w*|gaffeltruck\w*|traktor\w*|lastbil\w*|"
        r"knallert\w*|motorcykel\w*|minibus\w*)|\bbilkørsel\b|\bkørekort\w*|\bmotorkøretøj\w*|"
        r"\bdrive\b|\bdriving\b|"
        # (a subordinate clause puts the negation first: "at han ikke må køre")
        r"\b(?:(?:må|kan|bør|skal) (?:\w+ )?(?:ikke|aldrig)|(?:ikke|aldrig) (?:\w+ )?"
        r"(?:må|kan|bør|skal)) (?:\w+ )?(?:køre|føre)\b"
        r"(?! (?:med|i) (?:bus\w*|tog\w*|offentlig\w*|transport\w*))|\bchauffør\w*|"
        r"\bkørselsopgaver\b|\budbringning\w*|\bkørsel\b|\bbag rattet\b",
    ),
    _r(
        "no_driving",
        "topic",
        r"\b(?:gaffel)?truck\w*|\bkøretøj\w*|\blastbil\w*|\bvarevogn\w*|\btraktor\w*|\bfirmabil\w*",
    ),
    # --- hints: words that restate a need read elsewhere in the sentence ---------------------
    _r(
        "max_hours_per_week",
        "hint",
        r"\blange (?:arbejds)?dage\b|\blange vagter\b|\bfuld ?tid\b|\bmange timer\b|"
        r"\blange arbejdsuger\b|\bdeltid\w*|\bhalv tid\b|\bnedsat tid\b|\bpart ?time\b|"
        r"\bhalve (?:arbejds)?dage\b",
    ),
    # --- hours with no period (last: only when nothing else claimed the number) ----------------
    _r(
        "max_hours_per_week",
        "hours_bare",
        # "ved skærmarbejde i mere end en time": how long an activity goes well, not work's
        # hours ("kan ikke arbejde i mere end 4 timer" still is)
        rf"(?<!kl )(?:(?<=\barbejde i mere end )|(?<=\barbejde i over )|"
        rf"(?<!i mere end )(?<!i længere end )(?<!i over ))\b{RANGE} ?(?:timer|time|t)\b"
        rf"{_BARE_MINUTES}",
        unless=f"{_OTHER_DURATION}|{_STINT}",
    ),
)


# ============================================================================================
# Reading
# ============================================================================================

#: Negating, history and positive phrases in one expression; the group says which.
_REASSURANCE_RE: Final = re.compile(
    f"(?P<negated>{'|'.join(NEGATING)})|(?P<history>{'|'.join(HISTORY)})"
    f"|(?P<positive>{'|'.join(POSITIVE)})|(?P<service>{'|'.join(SERVICE)})"
)
_RESTRICTION_RE: Final = re.compile(RESTRICTION)
_WARN_RE: Final = re.compile(WARN_CUES)
_HEALTH_RE: Final = re.compile(HEALTH_CUES)
_DEMAND_RE: Final = re.compile(DEMAND_CUES)
_DEMAND_FIELD_RE: Final = re.compile(DEMAND_FIELDS)
_NEGATION_BEFORE_RE: Final = re.compile(NEGATION_BEFORE)
#: A lift compared with an object: "mere end en liter mælk", "svarende til en indkøbspose".
_COMPARED_WEIGHT_RE: Final = re.compile(
    r"\b(?:mere end|tungere end|svarende til|det samme som) (?:en|et|sin|sit|sine|hans|hendes|"
    r"\d+) (?!kg\b|kilo\w*|kvarter\w*|minut\w*|min\b|time\w*|timer|sekund\w*|dag\w*|uge\w*|"
    r"gang\w*|meter\w*|km\b|halv\w*)[^\W\d]+",
    re.IGNORECASE,
)
#: A bound right before a figure: a reassurance up to it ("ingen problemer med løft under 10
#: kg", "op til 25 kg er ikke et problem") sets the limit there, as a capacity does ("kan løfte
#: op til 25 kg"): what lies beyond is not said to be fine.
_BOUND_FIGURE_RE: Final = re.compile(r"\b(?:under|mindre end|op til|indtil) (?:ca )?\d")
#: The kinds of figure such a bound can limit: weight, weekly hours, travel time.
_BOUNDED_KINDS: Final = frozenset({"lift_kg", "hours_week", "travel"})


def _bounded(work: str, m: re.Match[str], seg_text: str, travel: bool = False) -> bool:
    """Whether a match in a reassuring clause is bounded by "under"/"mindre end" right before
    its figure: what is fine ends there, so the figure is the limit. So is a ride the citizen
    is said to manage or to be fine with ("kan klare at tage bussen i 20 min", "20 min i bussen
    er ok"): no longer is said, unless the figure is a floor ("over 30 min er ok")."""
    if _BOUND_FIGURE_RE.search(work, max(0, m.start() - 12), m.end()):
        return bool(_CLEAR_REASSURANCE_RE.search(seg_text))
    return bool(
        travel
        and not _FLOOR_RE.search(work, max(0, m.start() - 12), m.end())
        and (_CAPACITY_VERB_RE.search(seg_text) or _CLEAR_REASSURANCE_RE.search(seg_text))
        # ("kan sagtens sidde en time i bus, det er ikke noget problem": more may be fine too)
        and not _STRONG_REASSURANCE_RE.search(seg_text)
    )


#: A reassurance that says more than that the figure is fine: the figure is then no ceiling.
_STRONG_REASSURANCE_RE: Final = re.compile(
    r"\b(?:sagtens|uden problemer|uden besvær|(?:ikke|intet) (?:noget |et )?problem|glimrende|"
    r"udmærket|let|nemt)\b"
)


#: A form's field for travel, answered by the time after it: "Transport: 30 min".
_TRAVEL_FIELD_RE: Final = re.compile(
    r"(?:transport\w*|rejse\w*|pendl\w*|kørsel\w*|bus\w*)(?: \( [^()]{1,25} \))?(?: min| minutter)? : "
    r"(?:ca |cirka |max\w* |maks\w* )?\d"
)
#: A figure that is a floor, not a ceiling: "transport over 30 min er ok".
_FLOOR_RE: Final = re.compile(r"\b(?:over|mere end|længere end|mindst|minimum|fra) (?:ca )?\d")
#: A verb that makes what follows a capacity: what the citizen manages, and no more.
_CAPACITY_VERB_RE: Final = re.compile(r"\b(?:kan|klarer|tåler|magter|orker)\b")


_HEADER_RE: Final = re.compile(HEADER)
#: A bare "no" answering a heading for needs ("Skånebehov: ingen").
_BARE_NO_RE: Final = re.compile(
    r"(?:ingen|intet|nej|nej tak|ingen kendte|ingen særlige|ikke nogen|ikke relevant|"
    r"ikke aktuel\w*|0|÷)"
)
#: A bare answer that what a heading names is no problem ("Støj: ok", "Kan bøje: ja").
_BARE_YES_RE: Final = re.compile(
    r"(?:ja|ja tak|ok|okay|fint|ingen problemer?|uden problemer|klarer det|kan godt|"
    r"ubegrænset|uden begrænsning(?:er)?|ingen begrænsning(?:er)?|normal|normalt)"
)
#: A heading line answered that there is no need ("Skånehensyn: nej", "Skånehensyn: –").
_NO_NEED_LINE_RE: Final = re.compile(
    rf"^[^:]*:\s*(?:{_BARE_NO_RE.pattern}|[–—-]+)\s*$", re.IGNORECASE
)
#: A heading for needs that are over and nothing else: "Tidligere skånehensyn (bortfaldet)",
#: "Ophævede hensyn" (not "Skånehensyn, som ikke er ophævet", "... (udløbet 01.03, forlænget
#: til 01.09)").
_OVER_WORDS: Final = r"(?:bortfaldet|bortfaldne|ophævet|ophævede|udløbet|udløbne|ophørt|ophørte)"
_LIFTED_HEADER_RE: Final = re.compile(
    rf"[-–•*\s]*(?:(?:tidligere|{_OVER_WORDS})\s+)*(?:skånehensyn|hensyn|skånebehov|begrænsninger|"
    rf"restriktioner|skåneforhold)(?:\s*\(\s*{_OVER_WORDS}\s*\))?\s*"
)
#: Words that an item under such a heading still holds, or holds anew.
_STILL_HOLDS_RE: Final = re.compile(
    rf"\b(?:{STILL_WORDS}|dog|men|ny|nye|nyt|nuværende|aktuel\w*|genindf\w*|viderefør\w*|"
    r"forlæng\w*|hævet|sænket|sat|ændret|fra|pr|igen|oprethold\w*|bibehold\w*|behold\w*|"
    r"udløber|tilbage|bemærk|obs|vigtigt)\b"
)
#: Connectors that make an exception ("ingen skånehensyn bortset fra pauser").
_EXCEPTIONS: Final = frozenset({"bortset", "udover", "pånær", "fraset", "dog"})
#: A statement that there are no needs at all, which an exception may follow.
_NO_NEEDS_RE: Final = re.compile(
    r"\b(?:ingen|ikke|intet)\b.*(?:skån\w*|hensyn\w*|begrænsning\w*|restriktion\w*)$|"
    # "Ingen problemer ud over kulde", "ikke noget, hun ikke kan, lige bortset fra ..."
    r"\b(?:ingen|intet|ikke (?:noget|nogen))\b.*(?:problem\w*|udfordring\w*|gener)"
    r"(?: (?:i|på) \w+)?(?: lige)?$|"
    r"\bikke noget,? (?:som |der )?(?:han|hun|borger\w*) ikke kan(?: ,)?(?: lige)?$|"
    rf"\b(?:skånehensyn\w*|hensyn\w*|begrænsning\w*|restriktion\w*) (?:\w+ )?(?:er )?{LIFTED}$"
)

#: A statement that the citizen can do everything, which an exception may follow ("kan
#: varetage alle opgaver i køkkenet undtagen opvask", "Alle vagter undtagen aftenvagter",
#: "Alt andet end tunge løft er fint"; not "alt for", too much).
_ALL_TASKS_RE: Final = re.compile(
    r"\b(?:kan|klarer|må|varetager|udfører|tage|tager|være)\b.*\b(?:alle (?:\w+ )?(?:opgaver|"
    r"arbejdsopgaver|funktioner|typer arbejde|vagter|slags arbejde|afdelinger|steder|områder)|"
    r"alt(?! for\b)(?: arbejde| forefaldende| andet)?|det hele)\b|"
    r"^(?:alle (?:\w+ )?(?:opgaver|arbejdsopgaver|funktioner|vagter|slags arbejde)|alt(?: andet)?)\b"
)
#: "Alt andet end", "alle andre opgaver end": what follows "end" is the exception.
_ALL_ELSE_RE: Final = re.compile(r"\b(?:alt andet|alle andre(?: \w+)?)$")
#: An exception named first: "Kunder undtaget kan hun klare det hele".
_EXCEPTED_FIRST_RE: Final = re.compile(r"^(?:[^\s,;:()]+ ){1,4}?undtaget\b(?P<rest>.*)$")


#: Exception markers of more than one word, by their last word: "ud over", "på nær", "med
#: undtagelse (af)", "set bort fra", "andet end".
_MARKER_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "over": ("ud",), "nær": ("på",), "undtagelse": ("med",), "fra": ("set", "bort"),
    "end": ("andet",),
}  # fmt: skip
#: A bare "none" as the whole answer before an exception: "Ingen - bortset fra løft".
_BARE_NONE_RE: Final = re.compile(r"(?:^|[:;|] ?)(?:ingen|intet|nej|ikke nogen)$")
#: What may stand between a statement of no needs and its exception: "Ingen problemer – på
#: nær: løft", "Ingen gener, undtagen: gå langt".
_MARKER_PUNCT: Final = " ,:;-"


def _exception_marker(norm: str, tokens: list[Token], offsets: list[int], i: int) -> int:
    """How many tokens, ending at token ``i``, make an exception to a statement of no needs right
    before them ("Ingen skånehensyn ud over pauser", "Ingen løftebegrænsning, undtagen ved
    gentagne løft over 8 kg", "Ingen skånehensyn, set bort fra kulde"), else 0. Elsewhere the
    same words may be a measure ("ikke muligt ud over 1 time", "pauser ud over de normale")."""
    word = tokens[i].text if i < len(tokens) else ""
    if word == "end" and _ALL_ELSE_RE.search(norm[: offsets[i]].rstrip(_MARKER_PUNCT)):
        return 1  # "Alt andet end tunge løft er fint"
    if word in _MARKER_HEADS:
        head = _MARKER_HEADS[word]
        n = len(head)
        if i < n or tuple(t.text for t in tokens[i - n : i]) != head:
            return 0
        before = norm[: offsets[i - n]].rstrip(_MARKER_PUNCT)
        size = n + 1
    elif word in ("undtagen", "undtaget", "udover", "medmindre", "pånær", "fraset", "bortset"):
        before = norm[: offsets[i]].rstrip(_MARKER_PUNCT)
        size = 1
    else:
        return 0
    no_needs = (
        _NO_NEEDS_RE.search(before)
        or _ALL_TASKS_RE.search(before)
        or _BARE_NONE_RE.search(before)  # "Skånehensyn: ingen bortset fra gang", "Nej, ..."
    )
    following = next((t for t in tokens[i + 1 :] if t.text not in _MARKER_PUNCT), None)
    return size if no_needs and not (following is not None and _is_number(following)) else 0


#: A clause saying that a need of the past is lifted (see :func:`_lift_past`).
_LIFTED_RE: Final = re.compile(
    rf"\bikke længere\b|(?<!ikke )\b{LIFTED}\b|\bkommet sig\b|\bfuldt funktionsdygtig\b"
)
#: A statement that there is no need at all (see :func:`_states_no_need`).
_NO_NEED_RE: Final = re.compile(
    r"\b(?:ingen|ikke|intet)(?: [^\s,;:()]+){0,4}? (?:skånehensyn|skånebehov|hensyn|"
    r"begrænsning\w*|restriktion\w*|skåneforhold|forbehold|tilpasninger)\b|"
    r"\b(?:ikke|ingen) (?:\w+ )?(?:giver|medfører|volder) (?:\w+ )?(?:gener|problem\w*|"
    r"begrænsning\w*)\b|\b(?:giver|medfører|volder) (?:\w+ )?(?:ikke|ingen) (?:\w+ )?(?:gener|"
    r"problem\w*|begrænsning\w*)\b|\bpåvirker (?:\w+ )?ikke (?:\w+ )?(?:arbejd\w*|"
    r"arbejdsevne\w*|funktionsevne\w*)\b|"
    r"\bkommet sig\b|\ber (?:nu )?(?:helt )?rask(?:meldt)?\b|\bfuldt funktionsdygtig\b|"
    r"\b(?:fuldt|helt) restitueret\b|"
    rf"(?<!ikke )\b{LIFTED}\b|{NO_LONGER_NEEDED}"
)
#: A finding or capacity that states there is no need, in a clause the reader may take for a
#: restriction or a plain statement: "Der er ikke fundet (objektive) tegn på begrænsninger",
#: "har (genvundet sin) fulde arbejdsevne", "ingen egne helbredsproblemer" (not "har ikke fuld
#: arbejdsevne").
_FOUND_NO_NEED_RE: Final = re.compile(
    r"\b(?:ikke|ingen) (?:er )?(?:blevet )?(?:fundet|påvist|konstateret|observeret)"
    r"(?: [^\s,;:()]+){0,3}? (?:begrænsning\w*|nedsat funktionsevne|skånebehov)\b|"
    r"(?<!ikke )\b(?:har|genvundet|genvandt|generhvervet|fået) (?:nu )?(?:igen )?"
    r"(?:sin |hans |hendes )?fulde? (?:arbejdsevne|funktionsevne)\b|"
    r"\b(?:ingen|ikke nogen) (?:egne |særlige |kendte )?helbreds(?:problemer|mæssige "
    r"(?:problemer|udfordringer|gener))\b"
)
#: A word after such a finding that excepts something from it: "har fuld arbejdsevne, bortset
#: fra natarbejde" states a need, however it names it.
_EXCEPTED_RE: Final = re.compile(
    r"\b(?:bortset|undtagen|undtaget|pånær|på nær|undtagelse|udover|ud over|fraset|dog|men|"
    r"except|but|kun ikke|ikke ved|ikke til)\b"
)
#: A restriction lifted in its own clause, after it: "Tidligere aftale om max 20 timer er
#: bortfaldet" (unlike "kan ikke længere løfte", which is a need now).
_LIFTED_HERE_RE: Final = re.compile(
    rf"\b(?:er|blev|er blevet) (?:nu )?{LIFTED}\b|"
    rf"\bgælder (?:\w+ )?ikke (?:længere|mere)\b|{NO_LONGER_NEEDED}"
)
#: Words that limit a no-need statement to one domain ("ingen fysiske skånehensyn").
_NEED_DOMAIN_RE: Final = re.compile(
    r"\b(?:fysisk\w*|psykisk\w*|kognitiv\w*|mental\w*|social\w*|kropslig\w*|legemlig\w*)\b"
)
#: Restriction cues that only describe work as light: weak enough for a wish to override.
_WEAK_CUES: Final = frozenset({"let", "lette", "lettere"})
#: A contrast that only judges the wish before it: "men det vurderes ikke realistisk".
_JUDGES_WISH_RE: Final = re.compile(
    r"(?:det|dette|hvilket)(?: (?:er|vurderes|anses|skønnes|virker|synes|bliver|endnu|dog|"
    r"for nuværende|p ?t))* (?:ikke )?(?:helt )?(?:realistisk\w*|urealistisk\w*|afklaret|"
    r"uafklaret|relevant|aktuelt|sandsynligt)"
)
_DOCUMENT_TITLE_RE: Final = re.compile(DOCUMENT_TITLE)
#: At most this many words make a title.
_TITLE_WORDS: Final = 8
#: Symptoms that make the condition next to them a restriction ("ondt ..., når hun løfter").
_SYMPTOM_RE: Final = re.compile(
    r"\b(?:ondt|smerte\w*|gener|hjertebanken|angst\w*|panik\w*|svimmel\w*|kvalme|"
    r"hovedpine|migræne\w*|træt|udtrættet|stresse\w*|ubehag\w*|problemer|besvær|hævelse\w*|"
    r"hæver|snurre\w*|sover|låser|går i baglås|klare|tåle|tåler|svært|reagerer|"
    r"påvirket|står (?:\w+ )?af|giver (?:\w+ )?op|fejl|låser|går i stå)\b"
)
_CONDITION_WORDS: Final = frozenset({"når", "hvis", "såfremt"})
_SOFT_LIMIT_RE: Final = re.compile(SOFT_LIMIT)
#: Reassurances clear enough to override a soft limit; "kan tåle"/"kan klare" state a capacity.
_CLEAR_REASSURANCE_RE: Final = re.compile(
    r"\b(?:problem\w*|sagtens|fint|glimrende|udmærket|besvær|ok|okay|i orden|"
    r"uproblematisk\w*|udfordring\w*)\b"
)
#: Working time that is less than full by its very name ("deltid", "halve dage"): a need for
#: fewer hours, but how many only a figure says.
_PART_TIME_RE: Final = re.compile(
    r"\b(?:deltid\w*|(?:nedsat|reduceret) (?:arbejds)?tid|(?:nedsat|reduceret) timetal|"
    r"halve (?:arbejds)?dage|korte(?:re)? (?:arbejds)?dage|færre (?:arbejds)?timer|part ?time)\b"
)
#: Work described only as light or gentle: some need is meant, but not which one.
_VAGUE_WORK_RE: Final = re.compile(
    r"\b(?:let|lette|lettere|skånsomt|skånsomme|skånsom|nemt|nemme|nemmere) (?:\w+ )?"
    r"(?:arbejde|arbejdsopgaver|opgaver|job|funktioner|stilling)\b|\bskånejob\w*|"
    r"\b(?:let|lettere) (?:karakter|art)\b"
)
#: Words that name a vague need (load, strain) rather than explain one: they never count as
#: an explanation (see :func:`_leftover`).
_VAGUE_NEED_RE: Final = re.compile(
    r"belast\w*|psykisk\w*|fysisk\w*|krævende|anstrengende|skånsom\w*|hårdt|hårde"
)
_HEALTH_STEM_RE: Final = re.compile(HEALTH_STEMS)
#: A list item that gives an example of the item before it ("væk fra kunderne, fx på lageret").
_EXAMPLE_STARTERS: Final = frozenset({"fx", "eksempelvis", "eks", "herunder", "dvs", "især", "bla"})
#: Fewer hours than this, with no period named, are a stint's length rather than a week's
#: limit: such a figure is left to a person (a warning), not read.
_MIN_BARE_WEEK: Final = 2.0
#: Rule kinds that read a number.
_VALUED_KINDS: Final = frozenset(
    {
        "lift_kg",
        "hours_week",
        "hours_product",
        "hours_day",
        "hours_each",
        "hours_bare",
        "travel",
        "clock",
    }
)
#: Valued kinds whose figure is the limit itself (a contrast can restore them).
_LIMIT_KINDS: Final = frozenset({"lift_kg", "hours_week", "hours_product", "travel"})
#: Hours a citizen "can" work are her capacity, even when said reassuringly ("kan godt arbejde
#: 15 timer om ugen"): reading them as the limit is the cautious choice.
_HOURS_KINDS: Final = frozenset(
    {"hours_week", "hours_product", "hours_day", "hours_each", "hours_bare"}
)
_APPOINTMENT_RE: Final = re.compile(_APPOINTMENT)
_WORK_WORD_RE: Final = re.compile(_WORK_WORD)
#: The clock times she can work are her capacity in the same way ("kan godt arbejde til kl. 14").
_CAPACITY_KINDS: Final = _HOURS_KINDS | {"clock"}
#: A negation right before a clock time: the hours are the ones she must *not* work ("må ikke
#: arbejde kl. 18-22").
_CLOCK_FORBIDDEN_RE: Final = re.compile(
    r"\b(?:ikke|ingen|intet|ej|aldrig|undgå\w*|undtagen)(?: \w+){0,2} $"
)
_PREDICATE_ONLY_RE: Final = re.compile(PREDICATE_ONLY)
_ABSOLUTE_NO_LIFT_RE: Final = re.compile(
    r"\b(?:slet ikke|overhovedet|ingen form for|ikke (?:\w+ )?noget|ingen løft\w*|nul|"
    r"(?<!ikke )alle (?:former for )?løft\w*|helt (?:\w+ )?(?:for )?løft\w*|løfteforbud\w*|"
    r"forbud mod (?:\w+ )?løft\w*)\b"
)
_HEAVY_RE: Final = re.compile(r"\btung\w*")
_NO_LIFT_AT_ALL_RE: Final = re.compile(
    r"\b(?:ingen løft\w* (?:overhovedet|af nogen art|i det hele taget)|(?:slet|overhovedet) ikke "
    r"løfte|ingen form for løft\w*)\b(?! (?:over|med|af|ved|tung\w*|fra|under)\b)|"
    # a field answered with none: "Løft: ingen", "Løft: 0"
    r"\bløft\w* : (?:ingen|0)(?: kg)? ?$"
)
#: A capacity verb right before a demand, in a clause without a restriction: what the citizen
#: can do ("Kan bøje og vride", "kan arbejde med armene over hovedet"), not a demand to avoid;
#: "kan få ondt ved vrid" and "kan mærke ryggen ved bøjning" still name the demand as a problem.
_CAPACITY_BEFORE_RE: Final = re.compile(
    r"\b(?:kan|kunne|klarer|tåler|magter|formår)(?: (?:godt|sagtens|fint|også|at))*"
    r"(?: arbejde(?: med)?)? ?$"
)
#: A clause that opens a later phase of a plan ("herefter gradvis op til 10 kg", "efter 6 uger
#: max 15 kg"): its figure is where the plan goes, not what holds from the start.
_LATER_PHASE_RE: Final = re.compile(
    r"(?:herefter|derefter|dernæst|senere|efterfølgende|siden|så (?:gradvis|langsomt|"
    r"efterhånden)|efter \S+ (?:uge|uger|måned\w*|mdr|mnd))\b"
)
#: A travel limit for the whole day's travel ("max én times transport i alt om dagen"), or
#: for the round trip ("1½ time t/r", "frem og tilbage", "i alt"): the code's minutes one way
#: are half of it. Whether a round trip's figure is the total or each way is not always meant
#: as written ("45 min t/r"), so that reading warns (:data:`_AMBIGUOUS_ROUND_TRIP_RE`).
_ROUND_TRIP: Final = (
    r"\bt ?/ ?r\b|\btur ?(?:/|-|og)? ?retur\b|\bfrem og tilbage\b|\bbegge veje\b|\bround ?trip\b"
)
_ROUND_TRIP_RE: Final = re.compile(
    rf"\b(?:om|pr|per|i) dag(?:en)?\b|\bdaglig\w*|\bi alt\b|\bsamlet\b|{_ROUND_TRIP}"
)
_AMBIGUOUS_ROUND_TRIP_RE: Final = re.compile(rf"{_ROUND_TRIP}|\b(?:i alt|samlet)\b(?!.*\bdag)")
_EACH_WAY_RE: Final = re.compile(r"\bhver vej\b|\bden ene vej\b|\bhver gang\b|\bad gangen\b")


def _round_trip(clause: str) -> bool:
    """Whether a travel limit in ``clause`` is for the round trip or the day."""
    return _ROUND_TRIP_RE.search(clause) is not None and not _EACH_WAY_RE.search(clause)


def _travel_clause(sentence: str, m: re.Match[str]) -> str:
    """The clause of a travel limit: from the last comma or "og" before it (not the "og" of
    "frem og tilbage") to the next comma, so "3 timer pr. dag og højst en halv times transport"
    lends no "pr. dag" to the travel."""
    left = max(
        [sentence.rfind(sep, 0, m.start()) for sep in (",", ";", ":")]
        + [
            j.start()
            for j in re.finditer(r" og ", sentence[: m.start()])
            if not re.search(r"(?:frem|tur) $", sentence[: j.start() + 1])
        ]
    )
    right = min(
        (i for i in (sentence.find(sep, m.end()) for sep in (",", ";")) if i >= 0),
        default=len(sentence),
    )
    return sentence[left + 1 : right]


_TRAVEL_LIMIT_RE: Final = re.compile(
    r"\b(?:max\w*|maks\w*|højst|højest|inden for|indenfor|under|op til|mindre end|kun|"
    r"grænse\w*|ikke (?:\w+ )?(?:mere|længere|over)|kan (?:\w+ )?klare|kan ikke|må ikke|"
    r"(?:mere|længere) end|(?<!\bi )over|"
    r"skal|bør|ikke)\b"
)
_TRAVEL_NOUN_RE: Final = re.compile(r"\b(?:transporttid\w*|rejsetid\w*|køretid\w*)\b")
#: A verb that changes a limit, right before "fra A til B" (see :func:`_change`).
_CHANGED_FROM_RE: Final = re.compile(
    r"\b(?P<verb>(?:hæv|øg|forøg|optrap|trap|opjuster|nedjuster|juster|forhøj|udvid|ændr|sænk|"
    r"reducer|nedsat|nedsæt|nedtrap|sat|satte|sætte|steg|stig|gå|gik|skru)\w*)"
    r"(?: [^\s,;:()]+){0,3}? fra $"
)
#: The verb forms that say the change was made (participles and past tense).
_DONE_CHANGE_RE: Final = re.compile(
    r"hævet|hævede|øget|øgede|forøget|forøgede|optrappet|optrappede|trappet|trappede|"
    r"opjusteret|opjusterede|nedjusteret|nedjusterede|justeret|justerede|forhøjet|forhøjede|"
    r"udvidet|udvidede|ændret|ændrede|sænket|sænkede|reduceret|reducerede|nedsat|nedsatte|"
    r"nedtrappet|nedtrappede|sat|satte|steget|steg|gået|gik|skruet"
)
#: A date to come before a figure: "Fra næste måned går han op til 15 timer", "Fra 1. juni
#: max 5 kg", "Om to uger 20 timer" (not a plan's weeks, "Uge 5-8: 20 t.", which are read by
#: their first phase, nor a document's date, "attesten fra marts").
_FROM_LATER_RE: Final = re.compile(
    rf"\b(?:fra (?:næste|og med|(?:den )?\d+ (?:{'|'.join(MONTHS)}))|"
    r"om (?:\d+|en|et|to|tre|fire|fem|seks|otte) (?:uge|uger|måned\w*)|på sigt)\b"
)
#: A figure said to hold later, right after it: "25 timer om ugen på sigt".
_LATER_AFTER_RE: Final = re.compile(r" (?:på sigt|senere|efterhånden|med tiden|til sidst)\b")
#: Words that put a change in the future: "skal hæves", "vil blive hævet", "forventes øget".
_PLANNED_RE: Final = re.compile(
    r"\b(?:skal|skulle|vil|ville|bør|kan|forventes|planlægges|påtænkes|ønskes|målet er)\b"
)

#: Long number words are worth recovering too ("terdive min." is "tredive min."); short ones
#: are too close to ordinary words ("aften" is not "atten", and "natten" is protected).
_TYPOS: Final = TypoCorrector(
    LEXICON | COMPOUNDS | {w for w in NUMBER_WORDS if len(w) >= 6}, PROTECTED | FIRST_NAMES
)
#: Every word the reader knows: none is taken for a person's name.
_KNOWN_WORDS: Final = (_TYPOS.known - FIRST_NAMES) | NON_CONTENT
#: Stands for "any digit" among the literal keys of an alternative.
_DIGIT: Final = "\x00digit"


@dataclass(frozen=True)
class _Keys:
    """What a sentence must contain for an alternative to have a chance to match.

    ``words3``: the first three letters of a word; ``words``: a whole short word; ``parts``:
    a substring anywhere; ``digit``: any number.
    """

    words3: frozenset[str]
    words: frozenset[str]
    parts: tuple[str, ...]
    digit: bool


def _literal_keys(pattern: str) -> _Keys | None:
    """The :class:`_Keys` of ``pattern``, or ``None`` when no safe keys can be derived.

    Used only to skip regular expressions that cannot match a sentence: every match starts with
    one of the literal prefixes found here. ``None`` means "always try". A test checks that
    reading with and without this shortcut gives the same results.
    """
    try:
        parsed = re_parser.parse(pattern)
    except re.error:  # pragma: no cover - the pattern compiled already
        return None
    found = _prefixes(list(parsed), anchored=False, depth=0)
    if not found:
        return None
    words3: set[str] = set()
    words: set[str] = set()
    parts: list[str] = []
    digit = False
    for key, anchored in found:
        if key == _DIGIT:
            digit = True
            continue
        first = key.split(" ")[0]
        if anchored and len(first) >= 3 and first.isalpha():
            words3.add(first[:3])
        elif anchored and " " in key and first.isalpha():
            words.add(first)
        else:
            parts.append(key)
    return _Keys(frozenset(words3), frozenset(words), tuple(parts), digit)


def _prefixes(seq: list[Any], anchored: bool, depth: int) -> set[tuple[str, bool]] | None:
    """Literal prefixes of every match of the parsed sequence ``seq``, each with whether it
    starts at a word boundary (see :func:`_literal_keys`)."""
    if depth > 12:
        return None
    prefix = ""
    for i, (op, av) in enumerate(seq):
        rest = seq[i + 1 :]
        if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
            if prefix:
                return {(prefix, anchored)}
            anchored = anchored or (op is re_constants.AT and av is re_constants.AT_BOUNDARY)
            continue
        if op is re_constants.LITERAL:
            prefix += chr(av)
            continue
        if prefix:
            return {(prefix, anchored)}
        if op is re_constants.BRANCH:
            found: set[tuple[str, bool]] = set()
            for branch in av[1]:
                sub = _prefixes(list(branch) + rest, anchored, depth + 1)
                if sub is None:
                    return None
                found |= sub
            return found
        if op is re_constants.SUBPATTERN:
            return _prefixes(list(av[-1]) + rest, anchored, depth + 1)
        if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
            low, _high, item = av
            if low >= 1:
                return _prefixes(list(item), anchored, depth + 1)
            with_item = _prefixes(list(item) + rest, anchored, depth + 1)
            without = _prefixes(rest, anchored, depth + 1)
            if with_item is None or without is None:
                return None
            return with_item | without
        if op is re_constants.IN and av == [(re_constants.CATEGORY, re_constants.CATEGORY_DIGIT)]:
            return {(_DIGIT, anchored)}
        return None
    return {(prefix, anchored)} if prefix else None


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    out: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


#: Rule kinds whose matches carry no value: their alternations may be narrowed per sentence.
_SPLITTABLE: Final = frozenset({"strong", "topic", "lift_default", "hint", "fact"})

#: Every (rule, compiled alternative, literal keys) in the order they are tried.
_ALTERNATIVES: Final[tuple[tuple[Rule, re.Pattern[str], _Keys | None], ...]] = tuple(
    (rule, regex, _literal_keys(regex.pattern)) for rule in RULES for regex in rule.regexes
)


def _split(alternative: tuple[Rule, re.Pattern[str], _Keys | None]) -> tuple[str, ...]:
    """The top-level branches of an alternative when each has literal keys, else ``()``."""
    rule, regex, _keys = alternative
    if rule.kind not in _SPLITTABLE:
        return ()
    parts = _branches(regex.pattern)
    if len(parts) < 4 or any(_literal_keys(p) is None for p in parts):
        return ()
    return tuple(parts)


#: The branches of each alternative (aligned with :data:`_ALTERNATIVES`; ``()``: not split).
_BRANCHES: Final[tuple[tuple[str, ...], ...]] = tuple(_split(a) for a in _ALTERNATIVES)


@dataclass(frozen=True)
class _KeyIndex:
    """Inverted index from literal keys to the alternatives (and branches) that need them.

    A *slot* is an alternative as a whole (branch ``-1``) or one branch of a split alternative.
    Dropping the branches of an alternation whose keys a sentence lacks cannot change its
    matches, since those branches cannot match there.
    """

    slots: tuple[tuple[int, int], ...]  # (alternative, branch or -1)
    by_word3: dict[str, frozenset[int]]
    by_word: dict[str, frozenset[int]]
    parts: tuple[tuple[str, int], ...]
    digit: frozenset[int]
    always: frozenset[int]

    @classmethod
    def build(
        cls,
        alternatives: tuple[tuple[Rule, re.Pattern[str], _Keys | None], ...],
        branches: tuple[tuple[str, ...], ...],
    ) -> _KeyIndex:
        slots: list[tuple[int, int]] = []
        keyed: list[_Keys | None] = []
        for i, (_rule, _regex, keys) in enumerate(alternatives):
            if branches[i]:
                for j, part in enumerate(branches[i]):
                    slots.append((i, j))
                    keyed.append(_literal_keys(part))
            else:
                slots.append((i, -1))
                keyed.append(keys)
        by_word3: dict[str, set[int]] = {}
        by_word: dict[str, set[int]] = {}
        parts: list[tuple[str, int]] = []
        digit: set[int] = set()
        always: set[int] = set()
        for slot, keys in enumerate(keyed):
            if keys is None:
                always.add(slot)
                continue
            for k in keys.words3:
                by_word3.setdefault(k, set()).add(slot)
            for k in keys.words:
                by_word.setdefault(k, set()).add(slot)
            parts.extend((p, slot) for p in keys.parts)
            if keys.digit:
                digit.add(slot)
        return cls(
            tuple(slots),
            {k: frozenset(v) for k, v in by_word3.items()},
            {k: frozenset(v) for k, v in by_word.items()},
            tuple(parts),
            frozenset(digit),
            frozenset(always),
        )

    def candidates(self, text: str, has_digit: bool) -> list[tuple[int, re.Pattern[str]]]:
        """The alternatives that may match ``text`` in rule order, each narrowed to the branches
        that may match."""
        found = set(self.always)
        for w in set(text.split()):
            hit = self.by_word3.get(w[:3])
            if hit:
                found |= hit
            hit = self.by_word.get(w)
            if hit:
                found |= hit
        if has_digit:
            found |= self.digit
        for part, slot in self.parts:
            if part in text:
                found.add(slot)
        key = frozenset(found)
        plan = _PLANS.get(key)
        if plan is None:
            by_alt: dict[int, list[int]] = {}
            for slot in sorted(found):
                alt, branch = self.slots[slot]
                by_alt.setdefault(alt, []).append(branch)
            plan = [(alt, _narrowed(alt, tuple(bs))) for alt, bs in sorted(by_alt.items())]
            if len(_PLANS) > 20_000:
                _PLANS.clear()
            _PLANS[key] = plan
        return plan


_INDEX: Final = _KeyIndex.build(_ALTERNATIVES, _BRANCHES)
_NARROWED: dict[tuple[int, tuple[int, ...]], re.Pattern[str]] = {}
#: The alternatives to try for each set of slots a sentence's words can match (the grouping
#: depends only on the slots, so sentences with the same key words share it).
_PLANS: dict[frozenset[int], list[tuple[int, re.Pattern[str]]]] = {}


def _narrowed(alt: int, branches: tuple[int, ...]) -> re.Pattern[str]:
    """Alternative ``alt`` with only the given branches, in their original order (cached)."""
    if branches == (-1,) or len(branches) == len(_BRANCHES[alt]):
        return _ALTERNATIVES[alt][1]
    key = (alt, branches)
    regex = _NARROWED.get(key)
    if regex is None:
        if len(_NARROWED) > 50_000:
            _NARROWED.clear()
        regex = re.compile("|".join(_BRANCHES[alt][j] for j in branches))
        _NARROWED[key] = regex
    return regex


#: Polarity strength: a match touching several segments takes the strongest.
_RANK: Final[dict[str, int]] = {
    "restriction": 4,
    "neutral": 3,
    "positive": 2,
    "history": 1,
    "negated": 0,
}
_MASK: Final = "¤"
#: Default days per week when only hours per day are given.
DAYS_PER_WEEK: Final = 5


@dataclass
class _Segment:
    lo: int  # char offsets in the normalised sentence
    hi: int
    tok_lo: int  # token index range
    tok_hi: int
    link: str  # how it is joined to the previous segment: "", "list", "contrast", "sub"
    conn: str = ""  # the connector word before the segment ("når", "og", ",")
    own: str = "neutral"  # polarity from its own cues
    polarity: str = "neutral"  # after inheritance
    source: int = -1  # index of the segment the polarity came from
    warn: bool = False  # own need-like wording
    starts_clause: bool = False
    before_colon: bool = False  # followed by ":" (a heading such as "Skånebehov:")
    own_limit: bool = False  # a reassurance overrode a soft limit ("op til 25 kg er fint")
    frame: bool = False  # reports what follows: "lægen skriver, at ...", "Teamets indstilling:"
    past: bool = False  # has a history cue ("tidligere"), whatever its polarity
    weak: bool = False  # restricted only by "let"/"lette"/"lettere" ("med let kontorarbejde")
    other: bool = False  # about another person: "hendes mand sidder i kørestol"
    #: spans of its wish, capacity and service phrases (a diagnosis beside them still warns)
    wish_spans: list[tuple[int, int]] = field(default_factory=list)
    #: spans of the normalised sentence its cue and reassurance phrases cover
    cue_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Found:
    code: str
    value: float | None
    start: int  # evidence span in the original text
    end: int
    order: int  # char offset in the original text where the need was read
    #: hours per day when the weekly hours assumed a number of days: the default, or one day
    #: for the hours of "each" day when the sentence named none (a number of days stated in
    #: another sentence of the text replaces the assumption)
    per_day: float | None = None
    #: hours that may be a mentor's or another helper's time with the citizen ("Mentorstøtte 2
    #: t/uge"): read as working time only when no other figure of the text gives it
    support: bool = False


@dataclass
class _Reading:
    """What one sentence gave: needs, warnings, and a number of days still waiting for hours.

    ``days`` and ``days_warning`` are set when the sentence states a number of working days but
    no hours ("3 dage om ugen"): another sentence of the same text may give the hours per day
    ("4 timer pr. dag"), and only when none does is the warning shown. ``hours_warning`` is the
    converse: hours of "each" day and no days ("3 timer hver"), read as one day's hours until
    another sentence gives the days.
    """

    found: list[_Found]
    warnings: list[str]
    days: float | None = None
    days_warning: str | None = None
    hours_warning: str | None = None


@dataclass
class _Sentence:
    """A sentence in normalised form with the bookkeeping to map back to the original."""

    text: str  # normalised, tokens joined by spaces
    tokens: list[Token]
    offsets: list[int]  # char offset of each token in ``text``
    segments: list[_Segment]


def extract_needs(text: str | None) -> TextNeeds:
    """Read the accommodation needs (*skånehensyn*) out of a caseworker's Danish free text.

    Parameters
    ----------
    text
        The ``accommodations_text`` of a citizen; ``None`` or blank gives an empty result.

    Returns
    -------
    TextNeeds
        One need per code (strictest value, order of first appearance, ``source="text"``,
        ``evidence`` an exact span of ``text``) and warnings for need-like sentences that were
        not or only partly understood.

    Examples
    --------
    >>> r = extract_needs("Skal skånes for tunge løft. Max 12 timer om ugen. Rolige omgivelser.")
    >>> [(n.code, n.value, n.evidence) for n in r.needs]  # doctest: +NORMALIZE_WHITESPACE
    [('max_lift_kg', 10.0, 'Skal skånes for tunge løft'),
     ('max_hours_per_week', 12.0, 'Max 12 timer om ugen'),
     ('quiet_environment', None, 'Rolige omgivelser')]
    >>> extract_needs("Kan godt løfte almindelige varer.").needs
    ()
    >>> extract_needs("Har ondt i nakken.").warnings
    ("sentence not understood: 'Har ondt i nakken'",)
    """
    if not text or not text.strip():
        return TextNeeds()
    original, plain = text, blank_person_names(blank_place_names(text), _KNOWN_WORDS, NON_CONTENT)
    text = _questions_as_headings(_marked_answers(_without_unticked_items(plain)))
    text = _schedule_lines_joined(text)
    found: list[_Found] = []
    warnings: list[str] = []
    days: list[float] = []
    days_warnings: list[str] = []
    hours_warnings: list[str] = []
    carry = "neutral"  # polarity a "Skånehensyn:" header lends to the list items after it
    sentences: list[tuple[Sentence, _Reading]] = []
    last_end = 0
    label = ""  # the text before a colon that the next sentence stands under
    spans = _sentence_spans(text)
    for a, b in spans:
        after = text[b : b + 80].lstrip(" \t")[:1]  # (a form's blanked note may stand between)
        ends_colon = after == ":"
        is_header = ends_colon or (len(text[a:b].split()) <= 3 and after in ("\n", "\r"))
        if carry == "lifted" and (
            not _is_list_item(text, a) or _BLANK_LINE_RE.search(text, last_end, a) or ends_colon
        ):
            carry = "restriction"  # the list of needs that are over has ended; what follows
            # reads as under any heading for needs ("Stadig aktuelt:", "Gældende:")
        carry_here = "restriction" if carry == "lifted" else carry
        follows_a_need = bool(sentences and sentences[-1][0].codes)
        if carry_here == "neutral" and follows_a_need and _CONTINUES_RE.match(text, a):
            carry_here = "restriction"  # 'Må ikke arbejde i kulde." Eller stå op længe.'
        last_end = b
        reading = _read_cautiously(text, a, b, carry_here)
        if "(" in text[a:b]:
            reading = _with_asides_read(text, a, b, carry_here, reading)
        reading = _with_icf_codes(text, a, b, reading)
        if carry == "lifted" and reading.found and not _STILL_HOLDS_RE.search(text[a:b].lower()):
            # an item under "Tidligere skånehensyn (bortfaldet):", said so
            reading.found.clear()
            reading.warnings[:] = [f"{READ_AS_OVER}: '{text[a:b]}'"]
        if is_header and not reading.found and _HEADER_RE.search(text[a:b].lower()):
            # the list items under "Skånehensyn:" are needs; "Skånehensyn: nej" has none
            # ... and those under "Tidligere skånehensyn (bortfaldet):" are over
            carry = (
                "neutral"
                if _NO_NEED_LINE_RE.match(text[a:b])
                else "lifted"
                if _LIFTED_HEADER_RE.fullmatch(text[a:b].lower())
                and re.search(_OVER_WORDS, text[a:b].lower())
                else "restriction"
            )
            label = text[a:b]
            continue
        if not reading.found and _is_document_title(text, a, b):
            continue
        codes = frozenset(f.code for f in reading.found)
        question = text[b : b + 1] == "?"
        sentences.append((Sentence(a, b, text[a:b], codes, label, question), reading))
        label = text[a:b] if ends_colon else ""
    updates = read_updates(
        [s for s, _r in sentences],
        lambda lo, hi: frozenset(f.code for f in _read_cautiously(text, lo, hi, "neutral").found),
    )
    for (_s, reading), dropped, update in zip(
        sentences, updates.dropped, updates.warnings, strict=True
    ):
        found.extend(f for f in reading.found if f.code not in dropped)
        # an update is understood as one: its warning says so, and asks for a check
        for w in [update] if update else reading.warnings:
            if w not in warnings:
                warnings.append(w)
        if reading.days is not None:
            days.append(reading.days)
        if reading.days_warning is not None:
            days_warnings.append(reading.days_warning)
        if reading.hours_warning is not None:
            hours_warnings.append(reading.hours_warning)
    if any(f.support for f in found) and any(
        f.code == "max_hours_per_week"
        and not f.support
        and _WORKING_TIME_RE.search(text, f.start, f.end) is not None
        for f in found
    ):
        # "Mentorstøtte 2 t/uge. Praktik max 6 t/uge": the text gives the working time
        support = [f for f in found if f.support]
        found = [f for f in found if not f.support]
        warnings = [_as_support(w, support, text) for w in warnings]
    # "- 3 dage om ugen / - 4 timer pr. dag": days and hours per day in different list items
    per_day = [f for f in found if f.per_day is not None]
    if days and per_day:
        for f in per_day:
            f.value = (f.per_day or 0.0) * min(days)
    else:
        warnings.extend(w for w in days_warnings if w not in warnings)
    if not days:
        warnings.extend(w for w in hours_warnings if w not in warnings)
    if "\t" in original or "|" in original or "  " in original:
        warnings.extend(w for w in _table_columns(plain, found) if w not in warnings)
    for lo, hi in _unplaced_yes_no_lines(plain) + _unread_figure_lines(plain):
        # "☐ Ja ☒ Nej  Kan borgeren arbejde alene?": an answer before what it answers; "Man 4"
        # under "Arbejdstid (timer pr. dag):", "• Gulv til bord: 5" under "Maks. løft (kg)": a
        # figure whose unit or need only a line above names; either with no need read from it
        if not any(f.start < hi and lo < f.end for f in found):
            w = f"{NOT_UNDERSTOOD}: '{original[lo:hi].strip()}'"
            if w not in warnings:
                warnings.append(w)
    for lo, hi in _ticked_items(plain):
        # "Stå: ☒  Gå: ☒", "☒ Natarbejde" with no heading to say whether a tick is a need
        if not any(f.start < hi and lo < f.end for f in found) and (
            _read_cautiously(plain, lo, hi, "restriction").found
        ):
            w = f"{NOT_UNDERSTOOD}: '{original[lo:hi]}'"
            if w not in warnings:
                warnings.append(w)
    if text != original:  # a warning quotes what the caseworker wrote, not the text as read
        warnings = [_as_written(w, text, plain, original, spans) for w in warnings]
    return TextNeeds(_merge(original, found), tuple(warnings))


#: What a note says of hours left as a helper's time beside the working time the text gives.
SUPPORT_HOURS: Final = "hours read as a mentor's or helper's time, not as working time"


def _as_support(warning: str, support: Sequence[_Found], text: str) -> str:
    """``warning`` renamed when it is the cautious reading of hours now left as a helper's."""
    head, sep, quoted = warning.partition(": '")
    if head != "vague need, read cautiously" or not sep:
        return warning
    quoted = quoted[:-1]
    if any(text[f.start : f.end] in quoted for f in support):
        return f"{SUPPORT_HOURS}: '{quoted}'"
    return warning


def _as_written(
    warning: str, text: str, plain: str, original: str, spans: Sequence[tuple[int, int]]
) -> str:
    """``warning`` quoting the caseworker's words where it quotes the text as read.

    The text as read keeps every character in its place (a form's answers moved beside their
    questions, names blanked in ``plain``), so a quote maps to the same offsets of the
    original; a name blanked at either end of it belongs to it ("… /Tårnby").
    """
    head, sep, quoted = warning.partition("'")
    if not sep or len(quoted) < 2 or not quoted.endswith("'"):
        return warning
    quoted = quoted[:-1]
    for a, b in spans:
        at = text.find(quoted, a, b)
        if at < 0:
            continue
        lo, hi = at, at + len(quoted)
        if text[a:b] != plain[a:b] and (lo, hi) != (a, b):
            return warning  # a part of a form's sentence as read stands as it is
        j = hi
        while j < len(plain) and plain[j] in " \t":
            hi = j + 1 if plain[j] != original[j] else hi
            j += 1
        j = lo
        while j > 0 and plain[j - 1] in " \t":
            lo = j - 1 if plain[j - 1] != original[j - 1] else lo
            j -= 1
        return f"{head}'{original[lo:hi].strip()}'"
    return warning


#: A cell of a table that is a figure: "6", "08:00", "8 kg", "10-20", "3,5 t".
_FIGURE_CELL_RE: Final = re.compile(
    r"\s*\d{1,3}(?:[.,:]\d{1,2})?(?:\s*[-–]\s*\d{1,3}(?:[.,:]\d{1,2})?)?\s*"
    r"(?:kg|kilo|t|timer|time|min|minutter|m)?\.?\s*",
    re.IGNORECASE,
)


def _table_columns(text: str, found: list[_Found]) -> list[str]:
    """The needs of a table's rows, read into ``found``, and warnings for the rows no need
    accounts for.

    A table pasted from a form (cells split by tabs, "|" or runs of spaces under a heading row
    laid out the same way) may give a need's figure in a
    column under its heading ("Løft (kg)<tab>Timer/uge" over "8<tab>15"), a day's hours in a
    row ("Man | 3"), or a yes/no answer as a tick in a column ("Kan borgeren:<tab>Ja<tab>Nej"
    over "stå i længere tid<tab><tab>X"). Read as sentences, its rows do not connect a cell
    with its column. So a row of figures only, as long as its heading row, is read cell by
    cell as "heading: figure", and a row of a yes/no grid as "label: answer" (each with the
    reader itself; the cell or the label is the evidence). Any other row with a figure or a
    tick that is no need's evidence leaves the needs unclear rather than read as none."""
    out: list[str] = []
    heading: list[str] | None = None
    columns: list[int] | None = None  # where a heading's cells start, when set by spaces
    start = 0
    for line in text.split("\n"):
        sep = "|" if line.count("|") >= 2 else "\t" if "\t" in line.strip() else None
        cells: list[tuple[int, str]] = []
        if sep is None and "  " in line.strip():
            cells = _spaced_cells(line, start, columns)
        elif sep is not None:
            at = start
            for cell in line.split(sep):
                cells.append((at, cell))
                at += len(cell) + 1
            if sep == "|":  # the bars that open and close the row are no cells
                cells = cells[1 if not cells[0][1].strip() else 0 :]
                cells = cells[: -1 if cells and not cells[-1][1].strip() else None]
        if heading is not None and 0 < len(cells) < len(heading):
            cells += [(start + len(line), "")] * (len(heading) - len(cells))  # empty cells last
        filled = [(at, c) for at, c in cells if c.strip()]
        start += len(line) + 1
        if len(filled) < 2 or any(_FIELD_COLON_RE.search(c) for _a, c in filled):
            heading, columns = None, None
            continue
        answer = _grid_answer(heading, cells)
        if answer is not None and heading is not None:
            # "Kan borgeren:<tab>Ja<tab>Nej" over "stå i længere tid<tab><tab>X"
            at, label = cells[0]
            lo, hi = at + len(label) - len(label.lstrip()), at + len(label.rstrip())
            if _HEADER_RE.search(heading[0].lower()) and not (
                _ASKED_ROW_RE.match(label.strip().lower()) or _RESTRICTION_RE.search(label.lower())
            ):
                # under "Skånehensyn | Ja | Nej" a "ja" to "Tunge løft" is the need
                if answer != "ja":
                    continue
                read = extract_needs(f"Skånehensyn: {label.strip()}")
            else:
                read = extract_needs(f"{label.strip()}: {answer}")
            if read.unclear or (answer == "nej" and _NEGATED_ROW_RE.search(label.lower())):
                # (a "nej" to "Må ikke løfte" says what?)
                out.append(f"{NOT_UNDERSTOOD}: '{line.strip()}'")
                continue
            found.extend(_Found(n.code, n.value, lo, hi, lo) for n in read.needs)
            continue
        if heading is not None and any(_GRID_TICK_RE.fullmatch(c) for _a, c in filled):
            # ticks under headings that are no yes/no answers: "Dage:<tab>Ma<tab>Ti" over
            # "<tab>X<tab><tab>X"
            out.append(f"{NOT_UNDERSTOOD}: '{line.strip()}'")
            continue
        figures = [(at, at + len(c)) for at, c in filled if _FIGURE_CELL_RE.fullmatch(c)]
        if not figures:
            if heading is None and not any(ch.isdigit() for _a, c in filled for ch in c):
                heading = [c.strip() for _a, c in cells]
                line_start = start - len(line) - 1
                columns = [at - line_start for at, _c in cells] if sep is None else None
            continue
        if heading is None:
            continue
        if len(figures) == len(filled) and len(cells) == len(heading):
            for (at, cell), name in zip(cells, heading, strict=True):
                if cell.strip() and name:
                    read = extract_needs(f"{name}: {cell.strip()}")
                    if not read.unclear:
                        lo = at + len(cell) - len(cell.lstrip())
                        hi = at + len(cell.rstrip())
                        found.extend(_Found(n.code, n.value, lo, hi, lo) for n in read.needs)
        if any(not any(_reads_only(f, cell, figures) for f in found) for cell in figures):
            out.append(f"{NOT_UNDERSTOOD}: '{line.strip()}'")
    return out


def _spaced_cells(line: str, start: int, columns: list[int] | None) -> list[tuple[int, str]]:
    """The cells of a table row laid out with spaces ("Hensyn      Ja    Nej" over "Kan stå
    længe        X"): runs of words two or more spaces apart, each put under the heading cell
    it starts nearest to (an empty cell where none is); as they stand when no heading is known
    or two runs would share a cell."""
    runs = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]
    if columns is None:
        return [(start + at, run) for at, run in runs]
    cells = [(start + column, "") for column in columns]
    for at, run in runs:
        k = min(range(len(columns)), key=lambda i: abs(columns[i] - at))
        if cells[k][1]:
            return [(start + at, run) for at, run in runs]
        cells[k] = (start + at, run)
    return cells


def _reads_only(f: _Found, cell: tuple[int, int], cells: list[tuple[int, int]]) -> bool:
    """Whether the evidence of ``f`` covers the figure ``cell`` and no other of ``cells``: a
    need read from a whole row ("8 kg<tab>15 min<tab>10 min") accounts for one figure only."""

    def covers(span: tuple[int, int]) -> bool:
        return f.start < span[1] and span[0] < f.end

    return covers(cell) and not any(covers(other) for other in cells if other != cell)


#: A line of a weekday and a figure: "Man 4", "- tirsdag: 3 t".
_DAY_FIGURE_LINE_RE: Final = re.compile(
    rf"^[ \t]*[-•*]?[ \t]*{_WEEKDAY_BEFORE_A_WINDOW}{_WEEKDAY_END}\.?[ \t]*:?[ \t]*"
    r"\d{1,2}(?:[.,]\d+)?[ \t]*(?:t|timer|time)?\.?[ \t]*$",
    re.IGNORECASE,
)
#: A line that ends in a figure with no unit ("• Gulv til bord: 5", "( X ) 8", "45").
_BARE_FIGURE_END_RE: Final = re.compile(
    r"(?:^|[\s:(|])(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?(?:[ \t]*[-–][ \t]*\d{1,3})?\+?[ \t.]*$"
)
#: A field for the days of a week, read as days, not as a need ("Dage pr. uge: 4").
_DAYS_FIELD_RE: Final = re.compile(r"\b(?:arbejds|møde|fremmøde)?dage\b", re.IGNORECASE)
#: What names a need's unit or measure in a heading above figures.
_UNIT_HEADING_RE: Final = re.compile(
    r"\b(?:kg|kilo\w*|løft\w*|timer?|timetal\w*|timeantal\w*|arbejdstid\w*|arbejdstimer|"
    r"t/uge|t/dag|min|minutter|transport\w*|rejsetid\w*|dage)\b",
    re.IGNORECASE,
)


def _unread_figure_lines(text: str) -> list[tuple[int, int]]:
    """The spans of lines whose figure's unit or need only a line above names: a weekday and
    its hours ("Man 4" under "Arbejdstid (timer pr. dag):"), or a line ending in a bare
    figure under a heading that names a unit or a need in the same block ("Maks. løft (kg)"
    over "• Gulv til bord: 5", "Transport (min)" over "45"). The caller warns for those no
    need's evidence covers."""
    out: list[tuple[int, int]] = []
    start = 0
    named = False  # a line above in this block names a unit or a need
    for line in text.split("\n"):
        end = start + len(line)
        if not line.strip():
            named = False
        elif _DAY_FIGURE_LINE_RE.match(line) or (
            named and _BARE_FIGURE_END_RE.search(line) and not _DAYS_FIELD_RE.search(line)
        ):
            out.append((start, end))
        else:
            named = named or _UNIT_HEADING_RE.search(line) is not None
        start = end + 1
    return out


#: A grid's row that asks a question of its own ("Kan arbejde alene", "Må arbejde alene").
_ASKED_ROW_RE: Final = re.compile(r"(?:kan|klarer|tåler|magter|orker|må|skal)\b")
#: A grid's row that is negated itself ("Må ikke løfte"), which a "nej" leaves in doubt.
_NEGATED_ROW_RE: Final = re.compile(r"\b(?:ikke|ingen|intet|undgå\w*|uden)\b")
#: The heading of a yes/no column in a grid, and the answer a tick in it gives.
_GRID_ANSWERS: Final = {"ja": "ja", "nej": "nej", "kan": "ja", "kan ikke": "nej", "ok": "ja"}
_GRID_TICK_RE: Final = re.compile(r"\s*[xX✓✔☒]\s*")


def _grid_answer(heading: list[str] | None, cells: list[tuple[int, str]]) -> str | None:
    """The answer the one tick of a row of a yes/no grid gives ("stå i længere tid<tab><tab>X"
    under "Kan borgeren:<tab>Ja<tab>Nej" is "nej"); ``None`` for any other row."""
    if heading is None or len(cells) != len(heading) or len(cells) < 3:
        return None
    answers = [_GRID_ANSWERS.get(h.strip().lower()) for h in heading[1:]]
    marks = [c for _a, c in cells[1:]]
    ticked = [i for i, c in enumerate(marks) if _GRID_TICK_RE.fullmatch(c)]
    if None in answers or len(ticked) != 1 or sum(bool(c.strip()) for c in marks) != 1:
        return None
    return answers[ticked[0]]


#: A field's colon in a cell, before its answer ("Løft: 5"); not a clock's ("08:00"), nor a
#: heading's ("Kan borgeren:").
_FIELD_COLON_RE: Final = re.compile(r":(?!\d)(?=\s*\S)")


#: A checklist item left unticked ("[ ] Ingen løft", "☐ Kørestol"), up to the next box or line.
_UNTICKED_RE: Final = re.compile(r"(?:\[ ?\]|☐)[^\[\n☐☒☑]*")
#: A field whose whole answer is an unticked box: "Kørestol: ☐", "Rollator: [ ]".
_UNTICKED_FIELD_RE: Final = re.compile(
    r"^[ \t]*[^\n:☐☒☑\[\]]{1,40}:[ \t]*(?:☐|\[ ?\])[ \t]*$", re.M
)
#: The box of a ticked item ("[x] Ingen natarbejde", "☒ Rolige omgivelser").
_TICKED_RE: Final = re.compile(r"\[[xX✓✔]\]|☒|☑")
#: A field answered by ticking one of two boxes, the box before or after its answer:
#: "Natarbejde [ ] ja [x] nej", "ja [ ] nej [X]", "Ja: ☐ Nej: ☒", "(x) nej ( ) ja".
_PAREN_BOX: Final = r"\( ?[xX✓✔]? ?\)"
_PAREN_BOX_RE: Final = re.compile(_PAREN_BOX)
_BOX: Final = rf"(?:\[ ?[xX✓✔vV]? ?\]|{_PAREN_BOX}|[☐☒☑□❑▢■▣])"
_TICK_RE: Final = re.compile(r"[xX✓✔vV☒☑■▣]")
#: A box after the option it marks, in any form.
_AFTER_BOX: Final = rf"(?:{_BOX}|[✔✓])"
#: A ticked box or mark: "[x]", "(x)", "☒", "✔", or a bare "X" as a field's whole answer
#: ("Stå: X").
_TICK_MARK_RE: Final = re.compile(
    r"\[ ?[xX✓✔vV] ?\]|\( ?[xX✓✔] ?\)|[☒☑■▣✔✓]|(?<=:)[ \t]*[xX](?=[ \t]*(?:$|[|;\t]| {2,}))",
    re.MULTILINE,
)
#: The rest of a line after a tick that ends in a box or tick: the boxes stand after their
#: items ("Stå: ☒  Gå: ☐").
_LINE_ENDS_IN_BOX_RE: Final = re.compile(rf"(?:{_AFTER_BOX}|:[ \t]*[xX])[ \t]*$|^[ \t]*$")
#: An item that names a licence, which a tick says the citizen holds.
_LICENCE_ITEM_RE: Final = re.compile(r"kørekort|certifikat|licens|bevis", re.IGNORECASE)
#: What parts the items of a line of ticks: a box, a bar, a semicolon, a tab, a gap of spaces.
_TICK_ITEM_END_RE: Final = re.compile(rf"{_AFTER_BOX}|[|;\t\n]| {{2,}}")


def _ticked_items(text: str) -> list[tuple[int, int]]:
    """The spans of the items ticked in ``text``: the words after a tick ("☒ Stå", "[x] ja"),
    or before it on a line that ends in a box or tick ("Stå: ☒  Gå: ☐", "Løft (x)"), or when
    none stand after it. A licence is left out: a ticked "Kørekort" is one held. The caller
    warns for the items that would name a need under a heading for needs but from which no
    need was read: what a tick means (a need, or a capacity) is for the form's heading to say,
    and a form pasted without one leaves it open."""
    if not _TICK_MARK_RE.search(text):
        return []
    ends = [(m.start(), m.end()) for m in _TICK_ITEM_END_RE.finditer(text)]
    out = []
    for m in _TICK_MARK_RE.finditer(text):
        line_end = text.find("\n", m.end())
        rest = text[m.end() : len(text) if line_end < 0 else line_end]
        boxes_after = _LINE_ENDS_IN_BOX_RE.search(rest) is not None
        hi = min((s for s, _e in ends if s >= m.end()), default=len(text))
        lo = max((e for _s, e in ends if e <= m.start()), default=0)
        after, before = text[m.end() : hi].strip(" \t:"), text[lo : m.start()].strip(" \t:")
        if ":" in before:  # a tick after a field's answer marks the answer: "Kunder: ja ☒"
            before = before.rsplit(":", 1)[1].strip(" \t")
        if before and (boxes_after or not after):
            start = text.rindex(before, lo, m.start())
            item = before
        elif after:
            start, item = text.index(after, m.end()), after
        else:
            continue
        if not _LICENCE_ITEM_RE.search(item):
            out.append((start, start + len(item)))
    return out


#: A line of options each followed by its box, ending in a box: "Løft: 15 kg [ ] 5 kg [X]",
#: "Timer: 30 ☐ 20 ☐ 10 ✔", "man (x) tirs ( ) ons (x)".
_BOXES_AFTER_ITEMS_RE: Final = re.compile(
    rf"^(?P<head>[^\n:]{{0,60}}:)?(?P<pairs>(?:[ \t]*[^\s☐☒☑✔✓□▢❑■\[\]()]"
    rf"[^\n☐☒☑✔✓□▢❑■\[\]()]*?[ \t]*{_AFTER_BOX}){{2,}})[ \t]*$",
    re.MULTILINE,
)
_ITEM_AND_BOX_RE: Final = re.compile(
    rf"(?P<item>[^\n☐☒☑✔✓□▢❑■\[\]()]+?)[ \t]*(?P<box>{_AFTER_BOX})"
)
_WEEKDAY_ITEM_RE: Final = re.compile(
    rf"\s*{_WEEKDAY_BEFORE_A_WINDOW}{_WEEKDAY_END}\.?\s*", re.IGNORECASE
)


def _boxes_after_items(m: re.Match[str]) -> str:
    """A line of options each marked by the box after it, as the ticked options alone: an
    unticked option is blanked out with its box, and a ticked one's box becomes a comma, so
    the ticked ones are a list ("Løft ☒ Stå ☐ Gå ☒" as "Løft, Gå,"; weekdays ticked are
    counted as days). Offsets stay."""
    pairs = m.group("pairs")
    out = list(pairs)
    for pair in _ITEM_AND_BOX_RE.finditer(pairs):
        if _TICK_RE.search(pair.group("box")) is None:
            out[pair.start() : pair.end()] = " " * (pair.end() - pair.start())
        else:
            out[pair.start("box") : pair.end()] = ",".ljust(pair.end() - pair.start("box"))
    return (m.group("head") or "") + "".join(out) + m.group()[m.end("pairs") - m.start() :]


#: A question and its yes and no boxes each on a line below it: "Kan arbejde alene?" over "Ja
#: ☐" over "Nej ☒", or "[ ] Ja" over "[x] Nej".
_YES_NO_OPTION: Final = rf"[ \t]*(?:{_BOX}[ \t]*(?:ja|nej)|(?:ja|nej)[ \t]*:?[ \t]*{_BOX})[ \t]*"
_BOXES_BELOW_RE: Final = re.compile(
    rf"^[^\n]{{3,80}}[?:][ \t]*\n{_YES_NO_OPTION}\n{_YES_NO_OPTION}$",
    re.IGNORECASE | re.MULTILINE,
)
#: A yes or no box with its answer, as a line of its own ("☒ Nej") or before a question on
#: its line ("☐ Ja ☒ Nej  Kan borgeren arbejde alene?").
_LEADING_YES_NO_RE: Final = re.compile(
    rf"^{_YES_NO_OPTION}$|^(?:{_YES_NO_OPTION}){{2}}[^\n]*\?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _unplaced_yes_no_lines(text: str) -> list[tuple[int, int]]:
    """The spans of yes/no answers given before what they answer: a pair of boxes before a
    question on its line, or lone options not under a question or a field (a question with
    its options on the lines below it is read)."""
    if not any(b in text for b in "[(☐☒☑□❑▢■▣"):
        return []
    placed = [(m.start(), m.end()) for m in _BOXES_BELOW_RE.finditer(text)]
    out = []
    for m in _LEADING_YES_NO_RE.finditer(text):
        above = text[: m.start()].rstrip(" \t\n").rsplit("\n", 1)[-1]
        if any(lo <= m.start() < hi for lo, hi in placed) or (
            "?" not in m.group() and above.endswith(("?", ":"))
        ):
            continue
        out.append((m.start(), m.end()))
    return out


#: A field's note of how it is answered: "Natarbejde (ja/nej): nej", "Timer/uge (sæt X):".
_YES_NO_NOTE_RE: Final = re.compile(
    r"\(\s*(?:ja?\s*/\s*n(?:ej)?|sæt (?:et )?(?:x|kryds)|marker\w*|kryds af|vælg (?:én|en|et))\s*\)",
    re.IGNORECASE,
)
#: A field's note of the unit its figure is in: "Løftebegrænsning (kg): 5-7", "Timer (pr.
#: uge): 12". The field's name says what the figure limits, so a unit is left out; a period
#: is read as part of the name ("Timer pr. uge: 12").
_UNIT_NOTE_RE: Final = re.compile(
    r"\((\s*(?:kg|kilo|timer|t|min|minutter|pr\.? ?uge|t/uge|timer pr\.? ?uge|ugentlig\w*|"
    r"pr\.? ?dag|t/dag|timer pr\.? ?dag|timer/dag|dagligt?)\s*)\)"
    r"(?=\s*(?::|\.{2,}|[/–-]\s*\d))",
    re.IGNORECASE,
)
_YES_NO_BOXES_RE: Final = re.compile(
    rf"(?P<b1>{_BOX})[ \t]*(?P<a1>ja|nej)\b[ \t]*(?P<b2>{_BOX})[ \t]*(?P<a2>ja|nej)\b|"
    rf"\b(?P<a3>ja|nej)[ \t]*:?[ \t]*(?P<b3>{_BOX})[ \t,/]*(?P<a4>ja|nej)[ \t]*:?[ \t]*"
    rf"(?P<b4>{_BOX})|"
    # the answer inside its box: "[ ja ] [X nej]"
    r"(?P<b5>\[ ?[xX✓✔]? ?)(?P<a5>ja|nej) ?\][ \t]*(?P<b6>\[ ?[xX✓✔]? ?)(?P<a6>ja|nej) ?\]",
    re.IGNORECASE,
)


#: An answer struck out ("~~Ja~~ Nej"): the other one holds.
_STRUCK_ANSWER_RE: Final = re.compile(r"~~\s*(?:ja|nej)\s*~~\s*/?", re.IGNORECASE)
#: An answer chosen in bold among two ("Ja / **Nej**").
_BOLD_CHOICE_RE: Final = re.compile(
    r"\b(?:ja|nej)\s*/\s*\*\*(?P<b>ja|nej)\*\*|\*\*(?P<a>ja|nej)\*\*\s*/\s*(?:ja|nej)\b",
    re.IGNORECASE,
)


def _bold_choice(m: re.Match[str]) -> str:
    """The answer set in bold, where the form's yes and no both stand."""
    return (m.group("a") or m.group("b")).ljust(len(m.group()))


def _answered_boxes(m: re.Match[str]) -> str:
    """The ticked answer of a pair of yes/no boxes, as a heading's answer ("Natarbejde: nej");
    a pair ticked both or neither ways is left to the checklist reading."""
    first = next(b for b in "135" if m.group("b" + b) is not None)
    second = str(int(first) + 1)
    ticked = [bool(_TICK_RE.search(m.group("b" + b))) for b in (first, second)]
    if ticked[0] == ticked[1]:
        return m.group()
    answer = m.group("a" + (first if ticked[0] else second))
    # (after a question the answer is read as the question's: "Kan ... køre bil? [x] nej")
    colon = "" if m.string[: m.start()].rstrip()[-1:] in (":", "?") else ":"
    # (a "|" keeps the field apart from the next one on the line)
    return (colon + " " + answer).ljust(len(m.group()) - 1) + "|"


#: A sentence that continues the one before it: "Eller stå op i længere tid.", "Og natarbejde.",
#: "Det samme gælder for at gå.", "Ditto med vand."
_CONTINUES_RE: Final = re.compile(
    r"[\"”“»«\s]*(?i:eller|og|samt|også|fx|f\.\s?eks\.?|eksempelvis|herunder|især|heller ikke|"
    r"det samme gælder|det gælder også|ditto|ligeså|ligeledes|tilsvarende|samme med)\b"
)
#: A blank line, which ends a list.
_BLANK_LINE_RE: Final = re.compile(r"\n[ \t]*\r?\n")


def _is_list_item(text: str, a: int, numbered: bool = False) -> bool:
    """Whether the sentence starting at ``a`` is an item of a bulleted list (only a bullet
    mark and space before it on its line), or with ``numbered`` also of a numbered one ("1.",
    "2)")."""
    prefix = text[text.rfind("\n", 0, a) + 1 : a]
    if numbered and _NUMBERED_ITEM_RE.fullmatch(prefix):
        return True
    return bool(prefix.strip()) and not prefix.strip(" \t-–•*·▪◦")


def _unit_note(m: re.Match[str]) -> str:
    """A field's unit note blanked out, or its period kept without the brackets."""
    note = m.group(1)
    kept = ("uge", "dag", "min")  # a period, or minutes (which a travel field's figure needs)
    return f" {note} " if any(k in note.lower() for k in kept) else " " * len(m.group())


#: A gap of spaces or tabs before the next field on the same line ("Timer/uge: 15   Løft: 8
#: kg"): a field's end, which a figure would otherwise run on past.
_FIELD_GAP_RE: Final = re.compile(
    r"(?<=\S)(?: {2,}|\t+)(?!(?:Ja|Nej|JA|NEJ)\b)(?=[A-ZÆØÅ][^\n:|.]{0,30}:)"
)
#: A dotted leader between a field's name and its answer on the same line (not an ellipsis).
_LEADER_RE: Final = re.compile(r"[ \t]*(?:\.{4,}|(?:\. ){3,}\.)[ \t]*(?=[^\s.])")


def _leader(m: re.Match[str]) -> str:
    """A dotted leader read as the colon it stands for, or as space before a colon of its own
    ("Transport.........: 25 min")."""
    if m.string.startswith(":", m.end()):
        return " " * len(m.group())
    return ":" + " " * (len(m.group()) - 1)


def _without_unticked_items(text: str) -> str:
    """``text`` with a form's marked answers read as the answers of their fields (yes/no boxes,
    a dotted leader as a colon, fields side by side split, a struck-out or bold choice:
    "Natarbejde [ ] ja [x] nej" as "Natarbejde: nej"), the unticked items of a checklist blanked
    out (a form's own way of saying "not this") and the boxes of the ticked ones too; offsets
    stay those of ``text``, so the evidence of a need is still an exact span of it. Each step
    runs only when its marks are in the text."""
    if "...." in text or ". . . ." in text:  # a leader between a field and its answer
        text = _LEADER_RE.sub(_leader, text)
    if "  " in text or "\t" in text:  # fields side by side: "Timer/uge: 15   Løft: 8 kg"
        text = _FIELD_GAP_RE.sub(lambda m: "|" + " " * (len(m.group()) - 1), text)
    if "~~" in text:
        text = _STRUCK_ANSWER_RE.sub(lambda m: " " * len(m.group()), text)
    if "**" in text:
        text = _BOLD_CHOICE_RE.sub(_bold_choice, text)
    boxes = any(b in text for b in "[☐☒☑□❑▢■▣")
    if "(" in text:
        text = _YES_NO_NOTE_RE.sub(lambda m: " " * len(m.group()), text)
        text = _UNIT_NOTE_RE.sub(_unit_note, text)
        boxes = boxes or _PAREN_BOX_RE.search(text) is not None
    if boxes:
        # a question with its yes and no boxes on the lines below it, read on one line
        text = _BOXES_BELOW_RE.sub(lambda m: m.group().replace("\n", " "), text)
        text = _YES_NO_BOXES_RE.sub(_answered_boxes, text)
    if boxes or "✔" in text or "✓" in text:
        text = _BOXES_AFTER_ITEMS_RE.sub(_boxes_after_items, text)
    if "[" not in text and not any(b in text for b in "☐☒☑"):
        return text
    # a field answered by an unticked box is a "no", its name included: "Kørestol: ☐"
    text = _UNTICKED_FIELD_RE.sub(lambda m: " " * len(m.group()), text)
    blank = _UNTICKED_RE.sub(_blank_unticked, text)
    return _TICKED_RE.sub(lambda m: " " * len(m.group()), blank)


def _blank_unticked(m: re.Match[str]) -> str:
    """An unticked item blanked out. A ";" keeps the items on either side apart, so no need's
    evidence spans the gap; but an item right after its field's colon leaves the field to the
    ticked item after it ("Timer pr. uge: ☐ 0-10 ☒ 10-15" is "Timer pr. uge: 10-15")."""
    lines = m.string[: m.start()].rsplit("\n", 2)
    before = lines[-1].rstrip(" \t") or (lines[-2].rstrip(" \t") if len(lines) > 1 else "")
    if before.endswith(":"):
        return " " * len(m.group())
    # (weekdays ticked in a row stay a list of days: "☒ man ☐ tirs ☒ ons" is two days)
    mark = "," if _WEEKDAY_ITEM_RE.fullmatch(m.group()[1:].lstrip(" ]")) else ";"
    return mark + " " * (len(m.group()) - 1)


#: A lone answer marked by a tick beside it ("Må borgeren køre bil? ✔ Nej", "Nej ✔"), or
#: given after an arrow ("Kemikalier → ok").
_MARKED_ANSWER_RE: Final = re.compile(
    r"(?:[✔✓]|\[[xX]\]|\([xX]\))(?=[ \t]*(?:ja|nej)\b[ \t.]*$)|"
    r"(?:(?<=\bja)|(?<=\bnej))[ \t]*(?:[✔✓]|\[[xX]\]|\([xX]\))(?=[ \t.]*$)|"
    r"→(?=[ \t]*(?:ja|nej|ok)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def _marked_answers(text: str) -> str:
    """``text`` with a lone answer's tick blanked and an arrow before an answer read as a
    colon ("Kemikalier → ok" as "Kemikalier : ok"); offsets stay those of ``text``."""
    if not any(mark in text for mark in "✔✓[(→"):
        return text
    return _MARKED_ANSWER_RE.sub(lambda m: ":" if m.group() == "→" else " " * len(m.group()), text)


#: A question answered on its line ("- stå i længere tid? Nej", "Arbejde alene? ja").
_ANSWERED_QUESTION_RE: Final = re.compile(
    r"\?(?=[ \t]*(?:nej|ja|ok|okay)\b[^\n?.|;]{0,20}(?:$|[.|;]))", re.IGNORECASE | re.MULTILINE
)


def _questions_as_headings(text: str) -> str:
    """``text`` with a question answered on its own line read as a heading with its answer
    ("Kan borgeren ... - stå i længere tid? Nej" as "stå i længere tid: Nej"); the "?" becomes
    ":", so offsets stay those of ``text``."""
    return _ANSWERED_QUESTION_RE.sub(":", text) if "?" in text else text


#: A line of a week's schedule: a weekday and its clock window, a dash or a day off
#: ("Man: 9-12", "Tirsdag kl. 8.30-11", "Tor: -", "Fredag: fri").
_SCHEDULE_LINE_RE: Final = re.compile(
    rf"^[ \t]*(?:[-•*|][ \t]*)?{_WEEKDAY}{_WEEKDAY_END}\.?[ \t]*(?P<colon>[:|])?[ \t]*"
    r"(?:kl\.?[ \t]*)?(?:\d{1,2}(?:[.:]\d{2})?[ \t]*[-–][ \t]*\d{1,2}(?:[.:]\d{2})?|"
    r"(?P<off>[-–—]|fri|lukket|ingen))?[ \t]*\|?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _schedule_lines_joined(text: str) -> str:
    """``text`` with a week's schedule written one weekday per line read as one line ("Man:
    9-12\nOns: 9-12" as "Man  9-12,Ons  9-12"), so its windows are summed as a week's hours;
    a day off is blanked out ("Tor: -"), not read as the start of a range of days. Offsets stay
    those of ``text``."""
    if "\n" not in text or not _WEEKDAY_RE.search(text.lower()):
        return text
    lines = list(_SCHEDULE_LINE_RE.finditer(text))
    chars = list(text)
    for prev, line in zip(lines, lines[1:], strict=False):
        if prev.end() + 1 == line.start() and text[prev.end()] == "\n":
            chars[prev.end()] = ","
            for m in (prev, line):
                if m.group("off"):
                    chars[m.start() : m.end()] = " " * (m.end() - m.start())
                elif m.group("colon"):
                    chars[m.start("colon")] = " "
    return "".join(chars)


#: A heading for working time whose figures may stand on the next line ("Arbejdstid:\n10-14").
_WORKING_TIME_HEADING: Final = re.compile(
    rf"{_WORKING_TIME}|timetal\w*|timer|arbejdstimer", re.IGNORECASE
)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` (:func:`features.text.sentence_spans`), with a field read with
    its answer on the line after it: a heading for working time with its figures
    ("Arbejdstid:\n10-14" as "Arbejdstid: 10-14"), and any short field with a short answer
    that stands alone on its line ("Pauser:\nEfter behov", "Timer pr. uge:\n10-20"). A
    heading for needs ("Skånehensyn:") keeps its list below it."""
    out: list[tuple[int, int]] = []
    for a, b in sentence_spans(text):
        if out:
            pa, pb = out[-1]
            if text[pb : pb + 1] == ":" and (
                (text[a : a + 1].isdigit() and _WORKING_TIME_HEADING.fullmatch(text, pa, pb))
                or _lone_answer(text, pa, pb, a, b)
            ):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


#: A line after an answer that leaves it alone: the end, a blank line or another field.
#: (A ";" is an unticked item blanked out.)
_AFTER_LONE_ANSWER_RE: Final = re.compile(r"[ \t;]*(?:$|\n[ \t;]*(?:\n|$|[^\n:]{1,40}:))")


def _lone_answer(text: str, pa: int, pb: int, a: int, b: int) -> bool:
    """Whether ``a:b`` is the short answer, alone on the next line, of the short field
    ``pa:pb`` that is not a heading for a list of needs."""
    return (
        text[pb + 1 : a].strip(" \t") == "\n"
        and len(text[pa:pb].split()) <= 4
        and len(text[a:b].split()) <= 4
        and not any(ch in text[a:b] for ch in "\n:,")  # one answer, not a field or a list
        and not _HEADER_RE.search(text[pa:pb].lower())
        and _AFTER_LONE_ANSWER_RE.match(text, b) is not None
    )


#: An ICF category named in free text, with its qualifier written right after it: "d4300.3",
#: "d4300 (3)", "b130: 4", "d4300 (løfte): kvalifikator 3", "d240 grad 2", "d4154 Stå: moderat
#: problem (2)".
_ICF_MENTION: Final = re.compile(r"(?<![\w.])([bdes]\d{3,5})(?![\w])", re.IGNORECASE)
_ICF_QUALIFIER: Final = re.compile(
    r"^(?:\.|\s*[:=–—-]\s*|\s*\(\s*)\+?([0-4])(?![\d,.]\d)|"
    r"^[^.;\n]{0,60}?\b(?:kvalifikator\w*|qualifier|grad|niveau|score|kval)\.?\s*:?\s*([0-4])\b|"
    # the category's title, a colon or a dash, the qualifier (an environmental factor's "+3"
    # is a facilitator): "d240 Håndtere stress – 0", "e310 Nærmeste familie: +3"
    r"^[^.;:\n\d]{1,60}?(?::\s*|\s[–—-]\s*(?=\+?[0-4]\s*(?:[:.;,]|$)))\+?([0-4])(?![\d,.]\d)|"
    # ICF's own words for the qualifier, with its digit or alone: "Stå: moderat problem (2)"
    r"^[^.;:\n\d]{0,60}?[:(]?\s*(?:\w+ )?(intet|ingen|let|lettere|moderat|middel|svært|svær|"
    r"alvorligt|fuldstændigt|fuldstændig|komplet) problem(?:\s*\(\s*[0-4]\s*\))?|"
    # an environmental factor named a facilitator in words: "e310 Nærmeste familie –
    # understøttende faktor"
    r"^[^.;:\n\d]{0,60}?[:(–—-]\s*(understøttende|fremmende|støttende|facilitator)\b",
    re.IGNORECASE,
)
#: Words that call an environmental factor (an e-category) a facilitator: no problem to heed.
_FACILITATOR_WORDS: Final = frozenset({"understøttende", "fremmende", "støttende", "facilitator"})
#: ICF's qualifier words (its Danish translation and common variants).
_ICF_QUALIFIER_WORDS: Final = {
    "intet": 0, "ingen": 0, "let": 1, "lettere": 1, "moderat": 2, "middel": 2, "svært": 3,
    "svær": 3, "alvorligt": 3, "fuldstændigt": 4, "fuldstændig": 4, "komplet": 4,
}  # fmt: skip


def _with_icf_codes(text: str, a: int, b: int, reading: _Reading) -> _Reading:
    """``reading`` plus the needs that ICF categories named in the sentence imply.

    Caseworkers sometimes copy a functional assessment into the text ("d4300 (løfte):
    kvalifikator 3"). A qualifier of 3 or more implies the same hard need as in the structured
    ICF profile (:func:`features.icf.implied_needs`); qualifier 0 says there is no problem. A
    category with qualifier 1-2 or no readable qualifier is health information the consultant
    should read, so the sentence is warned about. The first reading's "not understood" warning
    is dropped only when the rest of the sentence, without the categories, needs none.
    """
    sentence = text[a:b]
    mentions = [m for m in _ICF_MENTION.finditer(sentence) if is_known_code(m.group(1).lower())]
    if not mentions:
        return reading
    found = list(reading.found)
    unread = False
    rest = sentence
    for i, m in enumerate(mentions):
        stop = mentions[i + 1].start() if i + 1 < len(mentions) else len(sentence)
        q = _ICF_QUALIFIER.search(sentence[m.end() : stop])
        if q is None:
            unread = True
            continue
        given = next(g for g in q.groups() if g is not None)
        if given.lower() in _FACILITATOR_WORDS:
            if not m.group(1).lower().startswith("e"):
                unread = True  # only the environment facilitates
                continue
            given = "+0"
        qualifier = _ICF_QUALIFIER_WORDS[given.lower()] if given.isalpha() else int(given)
        if "+" in q.group():
            qualifier = 0  # a facilitator in the environment: no problem to heed
        needs = implied_needs([{"code": m.group(1).lower(), "qualifier": qualifier}])
        unread |= not needs and qualifier > 0  # 0: no problem, nothing to warn about
        start, end = a + m.start(), a + m.end() + q.end()
        # the category's title read as words ("Håndtere stress: moderat problem") is the
        # category itself: the policy decides, not the words
        found = [f for f in found if not (start <= f.start and f.end <= end)]
        found.extend(_Found(n.code, n.value, start, end, start) for n in needs)
        rest = rest[: m.start()] + " " * (end - start) + rest[end - a :]
    warnings = list(reading.warnings)
    if not found:  # the only needs read were a category's title
        warnings = [w.replace(PARTLY_UNDERSTOOD, NOT_UNDERSTOOD, 1) for w in warnings]
    if unread and not any(w.startswith((NOT_UNDERSTOOD, PARTLY_UNDERSTOOD)) for w in warnings):
        warnings.append(f"{PARTLY_UNDERSTOOD if found else NOT_UNDERSTOOD}: '{sentence}'")
    elif (
        not unread
        and not reading.found
        and not _read_sentence(rest, 0, len(rest), "neutral").warnings
    ):
        warnings = [w for w in warnings if not w.startswith(NOT_UNDERSTOOD)]
    return _Reading(found, warnings, reading.days, reading.days_warning, reading.hours_warning)


def _is_document_title(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is the title of a quoted document or section (see
    :data:`DOCUMENT_TITLE`): a short line of its own, or before a colon, that starts with one."""
    after = text[b : b + 80].lstrip(" \t")[:1]  # (trailing blanks, a place name blanked)
    if after and after not in ":\n\r":
        return False
    before = a
    while before > 0 and text[before - 1] in " \t-•*":
        before -= 1
    if before > 0 and text[before - 1] not in "\n\r":
        return False
    words = [t.text for t in tokenize(text[a:b]) if t.kind != "punct"]
    return len(words) <= _TITLE_WORDS and _DOCUMENT_TITLE_RE.match(" ".join(words)) is not None


def _merge(text: str, found: list[_Found]) -> tuple[Need, ...]:
    """One need per code: the strictest value, in order of first appearance."""
    best: dict[str, _Found] = {}
    first: dict[str, int] = {}
    for f in found:
        first.setdefault(f.code, f.order)
        cur = best.get(f.code)
        if cur is None or (f.value is not None and cur.value is not None and f.value < cur.value):
            best[f.code] = f
    needs = []
    for code in sorted(best, key=lambda c: first[c]):
        f = best[code]
        value = None if f.value is None else _round_down(f.value)
        needs.append(Need(code, value, source="text", evidence=text[f.start : f.end]))
    return tuple(needs)


def _round_down(limit: float) -> float:
    """``limit`` to two decimals, rounded down: every valued code is a maximum, so a shown
    limit is never more permissive than the one read ("3 timer og 20 min om dagen" is 16.66
    hours a week, not 16.666666666666668 and not 16.67).

    >>> _round_down(16.666666666666668), _round_down(5.416666666666667), _round_down(2.3)
    (16.66, 5.41, 2.3)
    """
    # round to 6 places first, so that 2.3 (229.99999999999997 hundredths) stays 2.3
    return math.floor(round(limit * 100, 6)) / 100


#: Prepositions abbreviated with a full stop in notes: "u. kulde", "m. kollega", "e. behov".
_ABBREVIATED_WORDS: Final[dict[str, str]] = {"u": "uden", "m": "med", "e": "efter"}
#: Signs written for the words of a limit: "Transport: <30 min", "timer ≤ 12/uge".
_SYMBOL_WORDS: Final[dict[str, str]] = {"<": "under", "≤": "max", ">": "over"}


def _prepare(
    text: str,
    a: int,
    b: int,
    respell: Mapping[int, str] | None = None,
    raw: list[Token] | None = None,
) -> _Sentence:
    """Normalise one sentence into tokens, a matching string and segments.

    ``respell`` maps the start offset of a word to the spelling to read instead (the guesses of
    the spelling-tolerant second reading, see :func:`_read_cautiously`); offsets, and so the
    evidence spans, stay those of the original text. ``raw`` is ``tokenize(text[a:b], a)`` when
    the caller has it already.
    """
    if raw is None:
        raw = tokenize(text[a:b], a)
    raw = _repair_scanned_numbers(raw, text)
    if text.find(":", a, b) >= 0:
        raw = _join_clock_times(raw)
    tokens: list[Token] = []
    for i, tok in enumerate(raw):
        if tok.kind == "punct" and tok.text in _SYMBOL_WORDS:
            tokens.append(Token(_SYMBOL_WORDS[tok.text], tok.start, tok.end, "word"))
            continue
        if tok.kind == "punct" and tok.text == "÷" and i > 0 and raw[i - 1].kind == "word":
            # a form's minus after what it answers: "løft ÷, gå ÷" as "løft: nej, gå: nej"
            tokens.append(Token(":", tok.start, tok.start, "punct"))
            tokens.append(Token("nej", tok.start, tok.end, "word"))
            continue
        if (
            tok.kind == "punct"
            and tok.text == "÷"
            and i + 1 < len(raw)
            and raw[i + 1].kind == "word"
        ):
            tokens.append(Token("ingen", tok.start, tok.end, "word"))  # "÷ kundekontakt"
            continue
        if tok.kind == "punct":
            if tok.text in ".'\"!?*•":
                continue
            if tok.text == "-":
                spaced = (
                    tok.start > 0
                    and text[tok.start - 1].isspace()
                    and tok.end < len(text)
                    and text[tok.end].isspace()
                )
                between_numbers = (
                    0 < i < len(raw) - 1 and _is_number(raw[i - 1]) and _is_number(raw[i + 1])
                )
                # "man-fre", also abbreviated: "man.-fre."
                left = i - 2 if i > 1 and raw[i - 1].text == "." else i - 1
                between_weekdays = (
                    left >= 0
                    and i < len(raw) - 1
                    and _ANY_WEEKDAY_RE.fullmatch(raw[left].text) is not None
                    and _ANY_WEEKDAY_RE.fullmatch(raw[i + 1].text) is not None
                )
                if not spaced and not between_numbers and not between_weekdays:
                    continue  # a hyphen inside a word: "ikke-kundevendt"
        elif tok.kind == "word":
            guess = respell.get(tok.start) if respell else None
            word = guess or _TYPOS.correct(SPELLINGS.get(tok.text, tok.text))
            if (
                not guess
                and text[tok.start : tok.end] in _DIALECT_NEGATIONS
                and _after_verb(raw, i)
            ):
                word = "ikke"  # Jutland's "it": "hun ka' it stå"
            if (
                tok.text in _ABBREVIATED_WORDS
                and i + 1 < len(raw)
                and raw[i + 1].text == "."
                and not (i > 0 and raw[i - 1].kind == "num")  # "500 m." is metres
            ):
                word = _ABBREVIATED_WORDS[tok.text]  # "u. tidspres", "m. kollega", "e. behov"
            elif tok.text == "ad" and i + 1 < len(raw) and raw[i + 1].text == "lib":
                word = "efter"  # "pauser ad lib.": as the citizen likes
            elif tok.text == "lib" and i > 0 and raw[i - 1].text == "ad":
                word = "behov"
            split = _negation_split(word)
            if split is not None and tok.end - tok.start == len(word):
                negation, rest = split
                middle = tok.start + len(negation)
                tokens.append(Token(negation, tok.start, middle, "word"))
                tokens.append(Token(rest, middle, tok.end, "word"))
                continue
            if word != tok.text:
                tok = Token(word, tok.start, tok.end, "word")
        tokens.append(tok)
    tokens = join_split_compounds(tokens, COMPOUNDS)
    tokens = normalize_numbers(tokens)
    tokens = _neither_is_a_problem(tokens)
    offsets: list[int] = []
    pos = 0
    for t in tokens:
        offsets.append(pos)
        pos += len(t.text) + 1
    norm = " ".join(t.text for t in tokens)
    return _Sentence(norm, tokens, offsets, _segments(norm, tokens, offsets, _other_names(text)))


#: What "hverken A eller B" is said not to be: "Hverken løft eller bøjninger er et problem".
_TROUBLE: Final = frozenset(
    {"problem", "problemer", "problemet", "udfordring", "udfordringer", "besvær", "hindring"}
)


def _neither_is_a_problem(tokens: list[Token]) -> list[Token]:
    """ "Hverken løft, bøjninger eller gang er et problem" read as "løft, bøjninger eller gang er
    ikke et problem": the negation sits in "hverken", far from the verb it negates, and read
    word by word the list would be needs.

    Only where the list is the subject: "hverken" opens the clause and nothing but the list's
    words stands before the verb. "Hun kan hverken stå eller gå, hvilket er et problem" and "må
    hverken løfte eller bøje sig" are needs, left alone.
    """
    words = [t.text for t in tokens]
    if "hverken" not in words:
        return tokens
    first = words.index("hverken")
    if first > 0 and words[first - 1] not in (",", "-", "–", ":", ";", "men", "og"):
        return tokens
    if "eller" not in words[first:]:
        return tokens
    either = words.index("eller", first)
    for k in range(first + 1, len(words) - 1):
        word = words[k]
        if word in ("er", "udgør", "giver", "volder") and k > either + 1:
            if any(w in _TROUBLE for w in words[k + 1 : k + 3]):
                at = tokens[k].end
                return [
                    *tokens[:first],
                    *tokens[first + 1 : k + 1],
                    Token("ikke", at, at, "word"),
                    *tokens[k + 1 :],
                ]
            return tokens
        if tokens[k].kind != "word" and not (word == "," and k < either):
            return tokens  # the clause ends before any verb
        if word in _CLAUSE_WORDS:
            return tokens
    return tokens


#: Words that show a clause of its own (a verb, a subject) inside a "hverken ... eller" list.
_CLAUSE_WORDS: Final = frozenset(
    {
        "kan",
        "må",
        "skal",
        "bør",
        "vil",
        "har",
        "hun",
        "han",
        "det",
        "der",
        "som",
        "hvilket",
        "ikke",
        "ingen",
        "intet",
        "at",
        "når",
        "hvis",
        "men",
        "og",
    }
)


#: Letters a scanner (OCR) reads for digits: "l" or "I" before digits ("l2 timer"), "O" or "o"
#: after them ("4O min."). Not the other way round: "2l" is two litres.
_SCANNED_BEFORE: Final = frozenset("lI")
_SCANNED_AFTER: Final = frozenset("oO")
#: Units after which a scanner's stray space splits a round figure: "1 0 kg", "3 0 min". Only
#: before a 0: "3 4 timer" or "1 5 kg" may be a range or a decimal, and is left as written.
_SPLIT_FIGURE_UNITS: Final = frozenset({"kg", "kilo", "timer", "t", "min", "minutter"})


def _repair_scanned_numbers(raw: list[Token], text: str) -> list[Token]:
    """Figures as a scanner wrote them: "l2" -> 12, "4O" -> 40, "1 0 kg" -> 10 kg,
    "5 k g" -> 5 kg (the token spans the damaged original, so evidence stays exact).

    Read unrepaired, "l2 timer om ugen" is 2 hours and "max 5 k g" is no figure at all: one far
    too strict, the other missing.
    """
    if not any(t.kind == "num" for t in raw):
        return raw
    out: list[Token] = []
    i = 0
    while i < len(raw):
        tok = raw[i]
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if (
            nxt is not None
            and tok.kind == "word"
            and tok.end == nxt.start
            and nxt.kind == "num"
            and set(text[tok.start : tok.end]) <= _SCANNED_BEFORE
            and (not out or out[-1].end < tok.start)
        ):
            digits = "1" * (tok.end - tok.start) + text[nxt.start : nxt.end]
            tok = Token(_scanned_number(digits), tok.start, nxt.end, "num")
            i += 1
            nxt = raw[i + 1] if i + 1 < len(raw) else None
        if (
            nxt is not None
            and tok.kind == "num"
            and tok.text.isdigit()
            and nxt.kind == "word"
            and tok.end == nxt.start
            and set(text[nxt.start : nxt.end]) <= _SCANNED_AFTER
        ):
            zeros = "0" * (nxt.end - nxt.start)
            tok = Token(_scanned_number(tok.text + zeros), tok.start, nxt.end, "num")
            i += 1
            nxt = raw[i + 1] if i + 1 < len(raw) else None
        after = raw[i + 2] if i + 2 < len(raw) else None
        if (
            nxt is not None
            and after is not None
            and tok.kind == nxt.kind == "num"
            and nxt.start == tok.end + 1
            and text[nxt.start : nxt.end] == "0"
            and tok.text.isdigit()
            and len(tok.text) <= 2
            and after.text in _SPLIT_FIGURE_UNITS
        ):
            tok = Token(tok.text + nxt.text, tok.start, nxt.end, "num")
            i += 1
            nxt = after
        if (
            out
            and out[-1].kind == "num"
            and tok.text == "k"
            and nxt is not None
            and nxt.text == "g"
            and nxt.start == tok.end + 1
        ):
            tok = Token("kg", tok.start, nxt.end, "word")
            i += 1
        out.append(tok)
        i += 1
    return out


def _scanned_number(digits: str) -> str:
    return str(int(digits)) if digits.isdigit() else digits


def _join_clock_times(raw: list[Token]) -> list[Token]:
    """``raw`` with each clock time written with a colon ("8:30", "13:00") as one number, as
    "8.30" is read: the colon would otherwise cut the sentence and split the time in two.

    Only a written-together hour (one or two digits, at most 24) and two digits of minutes
    (below 60) make a clock time, so a heading ("Arbejdstid: 4 timer"), a ratio ("1:1", "1:2")
    and an ICF qualifier ("d4300:3") keep their colon. The token spans the whole time in the
    original text, where :func:`_clock_hour` reads its minutes.
    """
    out: list[Token] = []
    i = 0
    while i < len(raw):
        hour = raw[i]
        if (
            i + 2 < len(raw)
            and hour.kind == "num"
            and hour.text.isdigit()
            and hour.end - hour.start <= 2
            and int(hour.text) <= 24
            and raw[i + 1].text == ":"
            and raw[i + 1].start == hour.end
            and raw[i + 2].kind == "num"
            and raw[i + 2].start == raw[i + 1].end
            and raw[i + 2].end - raw[i + 2].start == 2
            and raw[i + 2].text.isdigit()
            and int(raw[i + 2].text) < 60
            and (i == 0 or raw[i - 1].end < hour.start or raw[i - 1].kind == "punct")
        ):
            minutes = int(raw[i + 2].text)
            value = format_number(float(f"{hour.text}.{minutes:02d}"))
            out.append(Token(value, hour.start, raw[i + 2].end, "num"))
            i += 3
            continue
        out.append(hour)
        i += 1
    return out


_NEGATIONS: Final = ("ingen", "ikke", "intet")


@lru_cache(maxsize=50_000)
def _negation_split(word: str) -> tuple[str, str] | None:
    """A negation typed together with the next word ("ingenkundekontakt", "ikkeløfte"), split
    in two when the rest is a word the reader knows and the whole is not."""
    if len(word) < 8 or not word.startswith(_NEGATIONS):
        return None
    for negation in _NEGATIONS:
        rest = word[len(negation) :]
        if word.startswith(negation) and len(rest) >= 4:
            vocab = _vocabulary()
            if vocab.is_known(rest) and not vocab.is_known(word):
                return negation, rest
    return None


def _is_number(tok: Token) -> bool:
    """A number in digits or as a Danish number word ("fem-seks kilo" is a range)."""
    return tok.kind == "num" or (tok.kind == "word" and parse_number(tok.text) is not None)


#: Relatives a caseworker writes about beside the citizen.
_RELATIVE: Final = (
    r"(?:ægtefælle|mand|kone|hustru|kæreste|partner|samlever|barn|børn|søn|datter|mor|moder|"
    r"far|fader|forældre|bror|broder|søster|svigermor|svigerfar|svigerforældre)"
    r"(?:en|n|et|ne|ene|nen)?"
)
#: Another trainee, colleague or participant: "en anden praktikant", "de andre kolleger".
_ANOTHER: Final = (
    r"(?:en|et|den|det|de|nogle|flere|to) (?:anden|andet|andre) (?:\w+ )?(?:praktikant\w*|"
    r"kolleg\w*|borger\w*|medarbejder\w*|deltager\w*|elev\w*|person(?:en|er|erne)?|ansat|"
    r"ansatte|kursist\w*|mentor\w*)\b"
)
#: Words between a possessive and a relative or colleague: "borgers tidligere kollega".
_KIN_ADJECTIVES: Final = r"(?:(?:tidligere|gamle|ældste|yngste|lille) )?"
#: A clause whose subject is a relative, not the citizen: "Borgers ægtefælle sidder i
#: kørestol", "hendes mand ...", "sønnen har ADHD". Without a possessive only a definite form
#: that cannot be the citizen ("manden" may be).
_OTHER_PERSON_RE: Final = re.compile(
    rf"(?:(?:borgers|borgerens|hans|hendes|sin|sit|sine|deres|min|mit|mine|vores) "
    rf"{_KIN_ADJECTIVES}{_RELATIVE}|"
    r"(?:ægtefællen|konen|hustruen|kæresten|samleveren|sønnen|datteren|barnet|børnene|"
    r"forældrene|moderen|faderen|svigermoderen)|"
    # someone's colleague ("hans kollega har selv ..."), not "kollegerne tager sig af
    # skruearbejdet", which says what the citizen cannot do
    rf"(?:borgers|borgerens|hans|hendes|sin|sine|min|mine|vores) {_KIN_ADJECTIVES}kolleg\w*|"
    # another trainee or colleague: "En anden praktikant har fået eksem"
    rf"{_ANOTHER})\b"
)
#: A colleague or mentor as the subject of a clause that "selv" turns to their own trouble
#: ("Mentoren på stedet har selv en dårlig ryg"); without "selv" the clause may say what they
#: do for the citizen ("Kollegaen tager de tunge løft").
_COLLEAGUE_SELF_RE: Final = re.compile(
    r"(?:mentoren|kollegaen|kollegerne|lederen|chefen|værkføreren|vejlederen|kontaktpersonen|"
    r"praktikvejlederen|butikschefen|køkkenchefen)(?:(?: [^\s,;]+){0,3}? (?:har|er|var|havde|"
    r"bruger|lider)(?: selv)?|(?: (?:på|i|ved|fra) [^\s,;]+)? (?P<own>tåler|lider)\b"
    r"(?! (?:ikke )?,? ?at\b).*)$"
)
#: What "selv" turns to a colleague's own trouble: "har selv en dårlig ryg", "bruger selv
#: høreværn" (not "har selv foreslået, at borger ...").
_OWN_TROUBLE_RE: Final = re.compile(
    r"(?:selv )?(?:en |et |nogle |lidt |også )?(?:\w+ )?(?:dårlig\w*|ondt|problem\w*|brug for|"
    r"behov for|svært|besvær|gener|smerte\w*|astma|allergi\w*|eksem|gigt|diagnose\w*|sygdom\w*|"
    r"skade\w*|høreværn|handicap\w*|gravid\w*|angst\w*|stress\w*|migræne\w*|diskusprolaps)\b"
)
#: Words that make another person's need the citizen's too: "der også har brug for pauser".
_SHARED_RE: Final = re.compile(r"\b(?:også|ligesom|samme)\b")
#: A first-person writer's relative ("min mor"): a "hun" or "han" after it is not the writer.
_MY_RELATIVE_RE: Final = re.compile(rf"\b(?:min|mit|mine|vores) {_RELATIVE}\b")
#: Roles and relatives that introduce a person by name (:data:`features.names.ROLE_WORDS`), read
#: in the original spelling, where a name has its capital.
_ROLE: Final = ROLE_WORDS
_ROLE_RE: Final = re.compile(_ROLE)
_NAMED_OTHER_RE: Final = re.compile(rf"(?i:\b{_ROLE}) ([A-ZÆØÅ][a-zæøåéü]+)\b")
#: The citizen introduced by name ("borger Tomasz", "Borgeren, Ali,").
_NAMED_CITIZEN_RE: Final = re.compile(r"\b[Bb]orger(?:en)?,? ([A-ZÆØÅ][a-zæøåéü]+)\b")


@lru_cache(maxsize=1_000)
def _other_names(text: str) -> frozenset[str]:
    """Names (lower case) the text gives to people other than the citizen: meeting minutes name
    colleagues, mentors and relatives, and "Henrik har selv en skulderskade" is about Henrik."""
    citizens = {m.group(1).lower() for m in _NAMED_CITIZEN_RE.finditer(text)}
    names = {m.group(1).lower() for m in _NAMED_OTHER_RE.finditer(text)} - citizens - NON_CONTENT
    # a name that is also a word the reader knows ("Per": "per uge", "Tage": "tage pauser")
    # could start a clause about the citizen: it marks no other person
    return frozenset(n for n in names if not _vocabulary().is_known(n))


#: Words that open a clause with a subject of its own.
_SUBJECTS: Final = frozenset(
    {"han", "hun", "borger", "borgeren", "jeg", "vi", "de", "den", "det", "der", "patienten"}
    | {"patient", "hendes", "hans", "sin", "sit", "sine", "borgers"}
)
#: A clause that ends naming a relative, so that a relative clause after it is about them.
_ENDS_WITH_OTHER_RE: Final = re.compile(
    rf"\b(?:(?:borgers|borgerens|hans|hendes|sin|sit|sine|deres) {_RELATIVE}|{_ANOTHER})$"
)


#: What another person does for the citizen, or with them: the citizen's need ("En anden
#: medarbejder skal altid være til stede", "... en anden medarbejder, der kan tage de tunge løft").
_HELPS_RE: Final = re.compile(
    r"\b(?:til stede|i nærheden|være med|med ved|sammen med|makker\w*|hjælpe\w*|tage (?:sig af|"
    r"de tunge)|løfte for|overtage\w*|afløse\w*|støtte\w*|følges|ledsage\w*)\b"
)


def _with_the_citizen(norm: str, segs: list[_Segment], k: int) -> bool:
    """Whether a segment that opens with another person is still about the citizen: the
    citizen named with them ("Borger og en anden praktikant må ikke løfte"), or the other
    person helping the citizen ("En anden medarbejder skal altid være til stede")."""
    seg = segs[k]
    if _HELPS_RE.search(norm, seg.lo, seg.hi):
        return True
    before = norm[segs[k - 1].lo : segs[k - 1].hi] if k else ""
    return seg.conn in ("og", "samt") and before in _CITIZEN_SUBJECTS


def _colleague_self(norm: str, seg: _Segment, after: Sequence[_Segment]) -> bool:
    """Whether a segment opens a clause about a colleague's or mentor's own trouble."""
    m = _COLLEAGUE_SELF_RE.match(norm, seg.lo, seg.hi)
    if m is None or _SHARED_RE.search(norm, seg.lo):
        return False  # "Kollegaen har selv brug for pauser, ligesom borger"
    if m.group("own"):
        return True  # "Kollegaen i kantinen tåler ikke vådt arbejde"
    said_self = m.group().endswith(" selv") or bool(after and after[0].conn == "selv")
    follows = norm[after[0].lo : after[0].hi] if after else ""
    return said_self and bool(_OWN_TROUBLE_RE.match(follows))


def _segments(
    norm: str, tokens: list[Token], offsets: list[int], others: frozenset[str] = frozenset()
) -> list[_Segment]:
    """Cut the sentence at connectors and give each segment its polarity.

    ``others`` are the names the text gives to people other than the citizen (see
    :func:`_other_names`)."""
    segs: list[_Segment] = []
    link = ""
    conn_word = ""
    start = 0
    for i, t in enumerate(tokens + [Token("", 0, 0, "end")]):
        conn = CONNECTORS.get(t.text) if t.kind != "end" else "end"
        if t.text == "-" and t.kind == "punct":
            between_numbers = (
                0 < i < len(tokens) - 1
                and tokens[i - 1].kind == "num"
                and tokens[i + 1].kind == "num"
            )
            between_weekdays = (  # "man-fre"
                0 < i < len(tokens) - 1
                and _WEEKDAY_RE.fullmatch(tokens[i - 1].text) is not None
                and _WEEKDAY_RE.fullmatch(tokens[i + 1].text) is not None
            )
            conn = None if between_numbers or between_weekdays else "list"
        marker = _exception_marker(norm, tokens, offsets, i)
        if marker:
            # "ingen skånehensyn undtagen/udover/ud over pauser": a need after all
            opening = i - marker + 1
            if opening > start:
                lo = offsets[start]
                hi = offsets[opening - 1] + len(tokens[opening - 1].text)
                segs.append(_Segment(lo, hi, start, opening, link, conn_word))
            link, conn_word, start = "contrast", "udover", i + 1
            continue
        if t.text in (":", "-") and i == start and link == "contrast":
            start = i + 1  # "undtagen: kulde", "dog: kulde": the colon or dash joins nothing
            continue
        if t.text == "/" and i > 0 and tokens[i - 1].kind == "num":
            conn = None  # "12 t / uge" and "8/10" are not clause breaks
        if t.text == "/" and 0 < i < len(tokens) - 1 and tokens[i - 1].text in ("t", "timer"):
            conn = None
        if conn is None:
            continue
        if i > start:
            lo = offsets[start]
            hi = offsets[i - 1] + len(tokens[i - 1].text)
            segs.append(_Segment(lo, hi, start, i, link, conn_word, before_colon=t.text == ":"))
        if conn != "end":
            link = conn if not (segs and link == "sub" and conn == "list" and i == start) else link
            conn_word = t.text
        start = i + 1
    for seg in segs:
        words = [t.text for t in tokens[seg.tok_lo : seg.tok_lo + 2]]
        if words in (["så", "længe"], ["forudsat", "at"]) or words[:1] == ["forudsat"]:
            # a condition, as "hvis": ", så længe opgaverne er enkle" takes no polarity from
            # the capacity before it ("kan godt klare travlhed")
            seg.link, seg.conn = "sub", "hvis"
    for k, seg in enumerate(segs):
        _own_polarity(norm, seg)
        if (
            seg.own in ("negated", "positive")
            and k + 1 < len(segs)
            and _NO_MORE_RE.fullmatch(norm[segs[k + 1].lo : segs[k + 1].hi].strip())
            and any(ch.isdigit() for ch in norm[seg.lo : seg.hi])
        ):
            seg.own = "restriction"  # "kan sagtens klare 25 timer, men heller ikke mere"
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if seg.own == "neutral" and (
            seg.before_colon
            or (
                nxt is not None
                and tokens[nxt.tok_lo].text == "at"
                and nxt.conn not in ("og", "eller", "samt")  # "..., og at ..." continues a list
            )
        ):
            seg.frame = True  # a heading or a reporting clause states no need of its own
        first = tokens[seg.tok_lo].text
        if seg.link == "list" and first in ("der", "som"):
            seg.link = "rel"  # "opgaver, der kræver ..." qualifies the noun before it
        seg.starts_clause = first in CLAUSE_STARTERS
        seg_text = norm[seg.lo : seg.hi]
        # (not a subordinate clause: "kan kun arbejde, når børnene er i skole, dvs. 8.30-14"
        # is the citizen's limit)
        named = [t.text for t in tokens[seg.tok_lo : seg.tok_lo + 2]]
        seg.other = (
            seg.link != "sub"
            and (
                (bool(_OTHER_PERSON_RE.match(seg_text)) and not _with_the_citizen(norm, segs, k))
                or _colleague_self(norm, seg, segs[k + 1 :])
                # "Henrik har selv en skulderskade", "kollega Marianne er også gravid"
                or named[0] in others
                or bool(named[1:] and named[1] in others and _ROLE_RE.fullmatch(named[0]))
            )
            or (
                # "jeg hjælper min mor hjemme, hun sidder i kørestol"
                named[0] in ("hun", "han", "de")
                and k > 0
                and bool(_MY_RELATIVE_RE.search(norm[segs[k - 1].lo : segs[k - 1].hi]))
            )
            or (
                # "bor med sin mor, som ikke tåler støj" (not "en anden praktikant, der også
                # har brug for pauser": the citizen shares the need)
                seg.link == "rel"
                and k > 0
                and bool(_ENDS_WITH_OTHER_RE.search(norm[segs[k - 1].lo : segs[k - 1].hi]))
                and not _SHARED_RE.search(seg_text)
                and not _HELPS_RE.search(seg_text)
            )
        )
    for k in range(1, len(segs)):
        # "Borgers ægtefælle har sclerose og sidder i kørestol": a clause joined on without a
        # subject of its own has the subject before it
        seg = segs[k]
        # ("Hans kone fortæller, at han ...": what she reports has its own subject)
        # ("Henrik har selv en skulderskade": "selv" only stresses the subject)
        # (not after a relative clause: in "en anden praktikant, der har astma, og må ikke
        # arbejde alene" whose limit the last clause is cannot be told)
        if (
            segs[k - 1].other
            and segs[k - 1].link != "rel"
            and (seg.link == "list" or seg.conn == "selv")
            and seg.conn in ("og", "eller", "samt", "selv")
            and tokens[seg.tok_lo].text not in _SUBJECTS | {"at"}
        ):
            seg.other = True
    _offers(segs, norm, tokens)
    _answer_no(segs, norm)
    _lift_past(segs, norm)
    _inherit(segs, norm)
    return segs


#: Someone offering something, in the active voice: "Virksomheden tilbyder hæve-sænkeborde",
#: "Butikschef Anne tilbyder, at ...", "Praktikstedet har tilbudt, at ...".
_OFFER_RE: Final = re.compile(r"\b(?:tilbyder|tilbød|har tilbudt|kan tilbyde|vil tilbyde)\b")
#: Subjects that make an offer the citizen's own ("Han vil tilbyde at arbejde i dagtimerne").
_CITIZEN_SUBJECTS: Final = frozenset({"jeg", "han", "hun", "borger", "borgeren", "vi"})
#: Words that make an offer a condition of the trial, so a need: "det kræver, at virksomheden
#: tilbyder ...", "det er en forudsætning, at ...", "hvis arbejdspladsen tilbyder ...".
_OFFER_REQUIRED_RE: Final = re.compile(
    r"\b(?:kræv\w*|krav\w*|forudsæt\w*|forudsat|betinge\w*|afhæng\w*|skal|bør|behov|brug for|"
    r"nødvendig\w*|vigtig\w*|hvis|såfremt|når|kun)\b"
)


def _offers(segs: list[_Segment], norm: str, tokens: list[Token]) -> None:
    """What a workplace or a person offers is no need of the citizen's: the offer's own clause
    states none, and a clause it reports ("Butikschef Anne tilbyder, at han ikke skal arbejde i
    weekender") is warned about instead of read, as another person's need is. An offer that the
    sentence makes a condition ("hvis virksomheden tilbyder fleksible pauser", "det er en
    forudsætning, at ...") is read as usual: it names what the citizen needs."""
    offering = False
    for seg in segs:
        text = norm[seg.lo : seg.hi]
        first = tokens[seg.tok_lo].text
        if offering and first == "at":  # also "..., og at ..."
            seg.other = True  # what the offer reports
            continue
        offering = False
        m = _OFFER_RE.search(text)
        if m is None or first in _CITIZEN_SUBJECTS:
            continue  # "Jeg kan tilbyde 3 dage om ugen" is the citizen's own availability
        before = norm[segs[0].lo : seg.lo] + " " + seg.conn + " " + text[: m.start()]
        if _OFFER_REQUIRED_RE.search(before):
            continue
        offering = True
        if seg.own != "restriction":
            seg.own = "negated"


def _answer_no(segs: list[_Segment], norm: str) -> None:
    """A heading for needs answered with a bare "ingen" ("Skånebehov: ingen", "Begrænsninger:
    ingen kendte") states that there is no need: both parts are negated. Any other heading
    answered so names what is ruled out ("Kørekort: nej", "Aftenarbejde: nej tak"), and an
    exception to a statement of no need ("Ingen skånehensyn bortset fra pauser", "... ud over
    pauser") is a need."""
    for k in range(len(segs) - 1):
        head, answer = segs[k], segs[k + 1]
        if head.before_colon and _BARE_NO_RE.fullmatch(norm[answer.lo : answer.hi]):
            if _HEADER_RE.search(norm[head.lo : head.hi]):
                head.own = answer.own = "negated"
            elif _asks_for_conditions(segs, k, norm):  # "Eksem: nej", "Astma/allergi: nej"
                answer.own = "negated"
                for seg in _heading_items(segs, k):
                    seg.own = "negated"
            elif head.own in ("neutral", "positive", "negated"):  # "Kan klare kulde: nej"
                head.own, answer.own = "restriction", "negated"
        elif head.before_colon and head.own != "restriction" and _qualified_yes(segs, k, norm):
            # "Kan stå: ja, kortvarigt", "Pauser: ja, efter behov", "Stå: ok i 10 min": a yes
            # with a limit is the limit
            head.own = "restriction"
        elif (
            head.before_colon
            and head.own == "neutral"
            and _BARE_YES_RE.fullmatch(norm[answer.lo : answer.hi])
        ):
            # "Støj: ok", "Kan bøje/vride: ja": what the heading names is no problem
            answer.own = "positive"
            j = k
            while j >= 0 and segs[j].own == "neutral" and not (j < k and segs[j].before_colon):
                segs[j].own = "positive"
                if segs[j].conn not in ("/", "og", "eller"):
                    break  # the heading's own words only, not the list item before it
                j -= 1
        if (
            answer.conn in _EXCEPTIONS
            and (
                (
                    answer.own == "neutral"
                    and (head.own == "negated" or _BARE_NONE_RE.search(norm[head.lo : head.hi]))
                )
                # "Hun er alt andet end tryg ved at være alene": anything but
                or bool(_ALL_ELSE_RE.search(norm[head.lo : head.hi]))
                # ("Alle opgaver undtagen opvask er fine": the reassurance is the whole's)
                or (answer.own != "restriction" and _ALL_TASKS_RE.search(norm[head.lo : head.hi]))
            )
        ):
            answer.own = "restriction"  # "... undtagen opvask": what is excepted is ruled out
    for seg in segs:
        m = _EXCEPTED_FIRST_RE.match(norm[seg.lo : seg.hi])
        if m and _ALL_TASKS_RE.search(m.group("rest")):
            seg.own = "restriction"  # "Kunder undtaget kan hun klare det hele"


#: A condition or an aid of the citizen, which a form's "nej" says the citizen does not have
#: ("Eksem: nej", "Kørestol: nej", "Rygproblemer: nej"). Body parts and functions are not
#: among them: "Hænder: nej" or "Koncentration: nej" may say what the citizen cannot use or do.
_CONDITION_WORD_RE: Final = re.compile(
    r"\w*(?:eksem|atopi|allergi|astma|epilep|diabet|migræne|hovedpine|smerte|gigt|prolaps|"
    r"angst|depressi|stress|ptsd|adhd|autis|asperger|sklerose|parkinson|svimmel|kvalme|"
    r"tinnitus|høretab|hørenedsæt|ordblind|kørestol|rollator|krykke|gangstativ|høreapparat|"
    r"gangbesvær|følsom|raynaud|natteblind|kørselsforbud|køreforbud|handicap|misbrug|anfald|"
    r"lammelse|hernie|artrose|artrit|fibromyalgi|whiplash|piskesmæld|sygdom|diagnose|lidelse|"
    r"problem|gener|besvær|skade|kræft|cancer|blodprop|apopleksi|bipolar|skizofreni)\w*|"
    r"allergisk|kol|add|ocd|brok|stok|stokke"
)
#: Words that turn a condition into its absence or into a demand of the seat: "Smertefri: nej"
#: says there is pain, "Handicapvenlig: nej" speaks of the workplace.
_CONDITION_TURNED_RE: Final = re.compile(r"fri$|frit$|venlig|tilgængelig|egnet|ufølsom")


def _heading_items(segs: list[_Segment], k: int) -> list[_Segment]:
    """The segments of the heading before the answer at ``k + 1``: the heading itself and the
    list items joined to it ("Astma/allergi: nej")."""
    items = [segs[k]]
    j = k
    while j > 0 and segs[j].conn in ("/", "og", "eller") and not segs[j - 1].before_colon:
        j -= 1
        items.append(segs[j])
    return items


def _asks_for_conditions(segs: list[_Segment], k: int, norm: str) -> bool:
    """Whether the heading before the answer at ``k + 1`` only names conditions or aids of the
    citizen (besides words that state nothing), so a bare "nej" says there is none."""
    words = [
        w
        for seg in _heading_items(segs, k)
        for w in re.findall(r"\w+", norm[seg.lo : seg.hi])
        if w not in NON_CONTENT
    ]
    return bool(words) and all(
        _CONDITION_WORD_RE.fullmatch(w) and not _CONDITION_TURNED_RE.search(w) for w in words
    )


#: What limits a yes: "lidt", "kortvarigt", "efter behov", "med pauser", a figure.
_QUALIFIER_RE: Final = re.compile(
    r"\b(?:lidt|delvis\w*|efter behov|i mindre grad|med pauser?|kortvarig\w*|kort\w*|lette?|"
    r"lettere|lav|lave|lavt|nedsat|reduceret|begrænset|mindre|roligt|"
    r"sjældent|af og til|indimellem|med hjælp|med støtte|med (?:venstre|højre|den ene|"
    r"en|én) hånd|kun|max\w*|maks\w*|højst|ikke|helst ikke|dårligt?|gener\w*|besvær\w*)\b|\d"
)
#: A yes that names its limit in the same breath: "ok i 10 min", "ja (kun kort)".
_QUALIFIED_YES_RE: Final = re.compile(r"^(?:ja|ok|okay)\b(?: (?:men|dog|kun|i|op til|under))? \S")


def _qualified_yes(segs: list[_Segment], k: int, norm: str) -> bool:
    """Whether the answer after heading ``k`` is a yes with a limit: in the answer itself ("ok i
    10 min") or in the clause right after it ("ja, kortvarigt", "ja (kun kort)")."""
    answer = norm[segs[k + 1].lo : segs[k + 1].hi]
    if _QUALIFIED_YES_RE.match(answer) and _QUALIFIER_RE.search(answer[2:]):
        return True
    if not _BARE_YES_RE.fullmatch(answer) or k + 2 >= len(segs):
        return False
    after = segs[k + 2]
    return (
        after.conn in (",", "(", "men", "dog", "-")
        and not after.before_colon
        and bool(_QUALIFIER_RE.search(norm[after.lo : after.hi]))
    )


def _lift_past(segs: list[_Segment], norm: str) -> None:
    """A need of the past that a later clause says is lifted ("Lægen anbefalede tidligere
    skåneforhold ..., men der er ikke længere behov for hensyn", "Tidligere skånehensyn ... er
    bortfaldet") is history: the restricted clauses with a history cue before the lifting
    clause state no need now, and so does one in parentheses right after a clause with one
    ("Tidligere skånehensyn (løft max 5 kg) er ophævet"). A restriction without a history cue
    stays."""
    for j, seg in enumerate(segs):
        if seg.own == "negated" and _LIFTED_RE.search(norm[seg.lo : seg.hi]):
            for k in range(j):
                past = segs[k].past or (k > 0 and segs[k].conn == "(" and segs[k - 1].past)
                if past and segs[k].own == "restriction":
                    segs[k].own = "history"


#: A clause that makes the figure managed before it a ceiling ("kan sagtens klare 25 timer, men
#: heller ikke mere").
_NO_MORE_RE: Final = re.compile(
    r"(?:men |og )?(?:heller |så )?(?:ikke|aldrig) (?:mere|længere|flere)(?: end (?:det|dét|dette))?"
)


def _own_polarity(norm: str, seg: _Segment) -> None:
    """Polarity of a segment from its own cue phrases (reassurances masked first)."""
    s = norm[seg.lo : seg.hi]
    kinds: set[str] = set()
    spans = seg.cue_spans

    def mask(m: re.Match[str]) -> str:
        kinds.add(m.lastgroup or "")
        spans.append((seg.lo + m.start(), seg.lo + m.end()))
        if m.lastgroup in ("positive", "service"):
            seg.wish_spans.append((seg.lo + m.start(), seg.lo + m.end()))
        return _MASK * len(m.group())

    s = _REASSURANCE_RE.sub(mask, s)
    cues = []
    for m in _RESTRICTION_RE.finditer(s):
        cues.append(m.group())
        spans.append((seg.lo + m.start(), seg.lo + m.end()))
    if (
        cues
        and "negated" in kinds
        and all(_SOFT_LIMIT_RE.fullmatch(c) for c in cues)
        and _CLEAR_REASSURANCE_RE.search(norm[seg.lo : seg.hi])
    ):
        seg.own = "negated"
        seg.own_limit = True
    elif cues and "history" in kinds and _LIFTED_HERE_RE.search(norm[seg.lo : seg.hi]):
        seg.own = "history"  # "tidligere aftale om max 20 timer er bortfaldet"
    elif cues:
        seg.own = "restriction"
        seg.weak = all(c in _WEAK_CUES for c in cues)
        for m in _WARN_RE.finditer(s):
            seg.warn = True
            spans.append((seg.lo + m.start(), seg.lo + m.end()))
    elif "negated" in kinds:
        seg.own = "negated"
    elif "history" in kinds:
        seg.own = "history"
    elif "positive" in kinds or "service" in kinds:
        seg.own = "positive"  # a wish, a capacity, or a service outside the seat
    seg.past = "history" in kinds


#: A statement that there is nothing else ("derudover ingen skånehensyn"): the items before it
#: are needs, not negated by it.
_BESIDES_RE: Final = re.compile(r"(?:derudover|ellers|i øvrigt|udover det|ud over det|herudover)\b")


def _inherit(segs: list[_Segment], norm: str = "") -> None:
    """Neutral list items take the polarity of the nearest cue segment in their list.

    A condition clause ("når", "hvis", "ved") next to a clause about a symptom is restricted
    too: in "får ondt i ryggen, når hun løfter" the lifting is what hurts.
    """
    for i, seg in enumerate(segs):
        seg.polarity, seg.source = seg.own, i
    for i, seg in enumerate(segs):
        if seg.own != "neutral" or seg.conn not in _CONDITION_WORDS:
            continue
        if seg.link == "sub" and i > 0:
            other = i - 1  # "får ondt i ryggen, når hun løfter"
        elif i + 1 < len(segs) and segs[i + 1].link != "sub":
            other = i + 1  # "når hun står længe, får hun ondt"
        else:
            continue
        if _SYMPTOM_RE.search(norm[segs[other].lo : segs[other].hi]):
            seg.polarity, seg.source = "restriction", other
    for i, seg in enumerate(segs):
        if seg.own != "neutral" or (seg.frame and not seg.before_colon):
            continue
        if seg.link == "rel" and i > 0:
            seg.polarity, seg.source = segs[i - 1].polarity, segs[i - 1].source
            continue
        if seg.before_colon:
            # a form's field ("Kulde: tåles ikke", "Kan stå: kort tid") takes its own answer's
            # polarity, not that of the field before it ("Løft: ok | Kulde: tåles ikke")
            if i + 1 < len(segs) and segs[i + 1].own != "neutral":
                seg.polarity, seg.source = segs[i + 1].own, i + 1
            continue
        if seg.starts_clause:
            continue
        # previous segments, while linked by list connectors
        j = i
        # (past another person's clause, whose restriction does not restrict the citizen's:
        # "må ikke arbejde alene med en anden praktikant, der er ny, eller stå op længe")
        while j > 0 and (segs[j].link == "list" or (j < i and segs[j].other and not seg.other)):
            j -= 1
            if segs[j].other and not seg.other:
                continue
            if segs[j].polarity != "neutral":
                seg.polarity, seg.source = segs[j].polarity, segs[j].source
                break
        if seg.source != i:
            continue
        j = i
        while j + 1 < len(segs) and segs[j + 1].link == "list":
            j += 1
            if segs[j].own == "negated" and _BESIDES_RE.match(norm[segs[j].lo : segs[j].hi]):
                # "tunge løft, ellers ingen skånehensyn": the items before are the needs
                seg.polarity = "restriction"
                break
            if segs[j].own != "neutral":
                seg.polarity, seg.source = segs[j].own, j
                break
    for i, seg in enumerate(segs):
        text = norm[seg.lo : seg.hi]
        if seg.own == "restriction" and _SHARED_DURATION_RE.search(text):
            # "kan stå, bøje og gå i kort tid": the duration limits every item of the list
            j = i
            while j > 0 and segs[j].link == "list" and segs[j].conn != ":":
                j -= 1
                item = norm[segs[j].lo : segs[j].hi]
                capacity = segs[j].own == "negated" and _CAPACITY_ONLY_RE.search(item)
                if (
                    not (segs[j].own in ("neutral", "positive") or capacity)
                    or segs[j].tok_hi - segs[j].tok_lo > 3
                    or not _ACTIVITY_RE.search(item)
                ):
                    break
                segs[j].polarity, segs[j].source = "restriction", i
    _inherit_wish(segs, norm)


#: A bodily activity, which a duration can bound: the items of such a list.
_ACTIVITY_RE: Final = re.compile(rf"\b(?:(?:{_ACTIVITY_STEMS})\w*|gå|går|gående|gang)\b")
#: A capacity with no negation of its own ("kan klare gang"): a reassurance a duration at the
#: end of its list still bounds.
_CAPACITY_ONLY_RE: Final = re.compile(r"^(?!.*\b(?:ikke|ingen|intet)\b).*\b(?:kan|klarer|tåler)\b")
#: A duration that ends a list of activities and limits each ("kan stå, bøje og gå i kort tid").
_SHARED_DURATION_RE: Final = re.compile(
    r"\b(?:i (?:kort|kortere|begrænset) tid|kortvarigt|i korte(?:re)? perioder|"
    r"(?:i )?(?:max\w*|maks\w*|højst|op til|under) \d+(?:\.\d+)? ?min\w*)(?: ad gangen)?$"
)


def _inherit_wish(segs: list[_Segment], norm: str) -> None:
    """What continues a wish is part of the wish: a list item restricted only by "let"
    ("vil gerne arbejde i en kantine eller med let kontorarbejde"), and a contrast that only
    judges the wish ("ønsker et job som pedel, men det vurderes ikke realistisk")."""
    for i in range(1, len(segs)):
        seg, before = segs[i], segs[i - 1]
        if before.polarity != "positive" or seg.own != "restriction":
            continue
        if (seg.link == "list" and seg.weak and not seg.starts_clause) or (
            seg.link == "contrast" and _JUDGES_WISH_RE.fullmatch(norm[seg.lo : seg.hi])
        ):
            seg.polarity, seg.source = "positive", before.source


def _read_sentence(
    text: str,
    a: int,
    b: int,
    carry: str,
    prefilter: bool = True,
    respell: Mapping[int, str] | None = None,
    raw: list[Token] | None = None,
) -> _Reading:
    """Needs and warnings of the sentence ``text[a:b]``.

    ``prefilter`` skips rules none of whose literal keys occur in the sentence (a pure speed-up).
    ``respell`` replaces words before reading and ``raw`` are the sentence's tokens when known
    (see :func:`_prepare`).
    """
    sent = _prepare(text, a, b, respell, raw)
    segs = sent.segments
    if carry != "neutral":
        for seg in segs:
            if seg.polarity == "neutral" and not seg.starts_clause:
                seg.polarity = carry
    work = sent.text
    found: list[_Found] = []
    covered: set[int] = set()  # segments explained by a need
    direct: set[int] = set()  # segments a fired rule matched in (not only lent polarity to)
    unfired: dict[int, list[tuple[Rule, re.Match[str]]]] = {}
    vague = False
    reassured_limit = False  # a limit in a reassurance: "op til 25 kg er ikke et problem"
    hours_day: list[tuple[float, int, int, int]] = []
    each: list[tuple[float, int, int, int]] = []  # hours of each day named: "2 t hver"
    days: list[tuple[float, int, int]] = []  # (days, start, end in the normalised sentence)
    weekdays_only: list[tuple[float, int, int]] = []  # "på hverdage": days of no count
    clock: list[tuple[float, int, int, int]] = []  # working hours per day from clock times
    unread_clock: set[int] = set()  # segments with a clock limit no code states
    hints: list[tuple[Rule, set[int]]] = []
    matched: set[int] = set()  # segments some rule matched (fired or not)
    for_others: set[int] = set()  # segments where a need of another person was not read
    #: 1 for each char of the normalised sentence a rule, a cue or a reassurance accounts for
    consumed = bytearray(len(work) + 1)
    for seg in segs:
        for lo, hi in seg.cue_spans:
            consumed[lo:hi] = b"\x01" * (hi - lo)
    for m in _VAGUE_WORK_RE.finditer(work):
        consumed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    def add(
        code: str, value: float | None, seg_ids: set[int], at: int, per_day: float | None = None
    ) -> None:
        """Record a need; ``at`` is the char offset of the match in the normalised sentence."""
        seg_ids = seg_ids | {k - 1 for k in seg_ids if k > 0 and segs[k].link == "rel"}
        lo = min(segs[k].tok_lo for k in seg_ids)
        hi = max(segs[k].tok_hi for k in seg_ids)
        where = sent.tokens[_token_at(sent.offsets, at)].start
        found.append(
            _Found(code, value, sent.tokens[lo].start, sent.tokens[hi - 1].end, where, per_day)
        )
        covered.update(seg_ids)

    has_digit = any(t.kind == "num" for t in sent.tokens)
    order = (
        _INDEX.candidates(work, has_digit)
        if prefilter
        else [(i, alt[1]) for i, alt in enumerate(_ALTERNATIVES)]
    )
    for idx, regex in order:
        rule = _ALTERNATIVES[idx][0]
        for m in regex.finditer(work):
            if not m.group().strip(" " + _MASK):
                continue
            touched = _touched(segs, m.start(), m.end())
            if not touched:
                continue
            matched.update(touched)
            pol, src = _polarity(segs, touched)
            seg_text = " ".join(sent.text[segs[k].lo : segs[k].hi] for k in touched)
            if rule.kind == "fact":
                if rule.unless_regex is not None and rule.unless_regex.search(seg_text):
                    continue  # "kan arbejde ... samtaler": working time after all
                # no need, and accounted for; in a clause that restricts it ("max 1 times
                # samtale") it is still hidden from the hour rules, but its measure warns
                if all(segs[k].own != "restriction" for k in touched):
                    consumed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                work = work[: m.start()] + _MASK * (m.end() - m.start()) + work[m.end() :]
                continue
            fire = _fires(rule, pol, work, m, seg_text)
            if (
                fire
                and pol == "neutral"
                and rule.kind == "topic"
                and _CAPACITY_BEFORE_RE.search(sent.text[segs[touched[0]].lo : m.start()])
            ):
                fire = False  # "Kan bøje og vride": what the citizen can do is no need
            # hours of another activity ("Kan stå 2 timer om dagen", also named by the field
            # they answer: "Transport: max 1 time om dagen") are left to the rules after this
            # one, and warn as a measure if none reads them
            heading = touched[0] - 1
            if heading >= 0 and segs[heading].before_colon:
                scope = sent.text[segs[heading].lo : segs[touched[0]].hi]
            else:
                scope = seg_text
            other = _of_other_activity(rule, scope)
            if other:
                fire = False
            # a topic that is no need in a neutral clause ("har samtale til kl. 14") is neither
            # a need nor cancelled: it accounts for nothing, so a measure in it still warns
            idle = not fire and pol == "neutral" and rule.kind in ("topic", "lift_default")
            if rule.kind != "days" and not other and not idle:
                # (days explain nothing until hours are known)
                consumed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            ids = set(touched) | ({src} if src >= 0 else set())
            if rule.kind == "hint":
                hints.append((rule, set(touched)))
                continue
            if (
                fire
                and rule.kind in ("lift_default",)
                and any(
                    f.code == "max_lift_kg" and not _LATER_PHASE_RE.match(text[f.start : f.end])
                    for f in found
                )
            ):
                # a stated number of kilograms wins over the default, unless it is the figure
                # of a later phase ("må slet ikke løfte de første 6 uger, herefter op til 10 kg")
                fire = False
                direct.update(touched)
            if fire and any(segs[k].other for k in touched):
                # another person's need is not the citizen's, but the clause may be misread:
                # warn instead of reading it
                fire = False
                for_others.update(touched)
            if fire:
                direct.update(touched)
                value = _value(rule, m, seg_text, sent.text)
                if rule.kind in ("hours_day", "hours_each"):
                    daily = hours_day if rule.kind == "hours_day" else each
                    daily.append((value or 0.0, min(ids), max(ids), m.start()))
                elif rule.kind == "hours_bare" and (value or 0.0) < _MIN_BARE_WEEK:
                    # "alene i korte perioder (under en time)": a stint, not a week's hours
                    unread_clock.update(ids)
                elif (
                    rule.kind == "hours_bare"
                    and (value or 0.0) <= _MAX_DAY_HOURS
                    and (
                        named := _WEEKDAY_AFTER_RE.match(sent.text, m.end())
                        or _WEEKDAY_BEFORE_RE.search(sent.text, 0, m.start())
                    )
                    # ("8 timer mandag til fredag" may be the week's: read as the bare figure)
                    and _days_of(named) < DAYS_PER_WEEK
                ):
                    # "4 timer mandag, onsdag og fredag": the hours of each day named
                    for code in rule.codes:
                        add(code, (value or 0.0) * _days_of(named), ids, m.start(), value)
                elif rule.kind == "days":
                    days.append((value or 0.0, m.start(), m.end()))
                    if m.groupdict().get("wkd"):
                        weekdays_only.append((value or 0.0, m.start(), m.end()))
                elif rule.kind == "clock":
                    start = (
                        _clock_hour(text, sent, m.start("a")) if m.groupdict().get("a") else None
                    )
                    end = _clock_hour(text, sent, m.start("b"))
                    read = _read_clock(
                        start,
                        end,
                        forbidden=_CLOCK_FORBIDDEN_RE.search(work[: m.start()]) is not None,
                        # "Arbejdstid: 10-14" may be hours, unless weekdays make it a schedule
                        # or minutes make it the clock ("Arbejdstid 8.00-14.00")
                        maybe_hours=rule.vague
                        and not _WEEKDAY_RE.search(sent.text)
                        and not _ALL_WEEKDAYS_RE.search(sent.text)
                        and not _with_minutes(text, sent, m.start("a"), m.start("b")),
                    )
                    if read.hours is not None:
                        add("max_hours_per_week", read.hours, ids, m.start())
                        vague = True
                    if read.per_day is not None:
                        clock.append((read.per_day, min(ids), max(ids), m.start()))
                    if read.day_shift:
                        add("day_shift_only", None, ids, m.start())
                    if not read.understood:
                        unread_clock.update(ids)  # "kl. 16-22": no code says evenings only
                else:
                    for code in rule.codes:
                        add(code, value if ACCOMMODATION_CODES[code] else None, ids, m.start())
                    if (
                        rule.vague
                        or (rule.kind == "hours_bare" and (value or 0) <= 8)
                        # "ingen problemer med løft under 10 kg": a limit read from what is fine
                        or (
                            pol == "negated"
                            and rule.kind in _BOUNDED_KINDS
                            and _bounded(work, m, seg_text, rule.kind == "travel")
                        )
                        # "Fra næste måned 15 timer", "25 timer på sigt": a figure of a date to come
                        or (
                            rule.kind in _VALUED_KINDS
                            and (
                                _FROM_LATER_RE.search(sent.text, 0, m.start()) is not None
                                or _LATER_AFTER_RE.match(sent.text, m.end()) is not None
                            )
                        )
                        # "skal hæves fra 10 til 14 timer": 10 until it is done
                        or _change(m, sent.text) == "planned"
                        # "45 min t/r": the round trip's total, or each way? (half: cautious)
                        or (
                            rule.kind == "travel"
                            and _round_trip(clause := _travel_clause(sent.text, m))
                            and _AMBIGUOUS_ROUND_TRIP_RE.search(clause) is not None
                        )
                        # "samtale hver uge 10 timer om ugen": the talk's hours, or work's?
                        or _of_appointment(
                            rule, sent.text[segs[touched[0]].lo : m.start()], seg_text
                        )
                    ):
                        vague = True
                    if _of_support(rule, sent.text, m):
                        for f in found[len(found) - len(rule.codes) :]:
                            f.support = f.code == "max_hours_per_week"
            elif pol in ("negated", "positive", "history", "neutral") and not any(
                segs[k].other for k in touched
            ):
                for k in touched:
                    unfired.setdefault(k, []).append((rule, m))
                if pol == "negated" and rule.kind in _VALUED_KINDS and segs[touched[0]].own_limit:
                    reassured_limit = True
            if rule.mask and not other:
                work = work[: m.start()] + _MASK * (m.end() - m.start()) + work[m.end() :]

    hours_warning = None
    if each and days:
        hours_day.extend(each)  # "man+tirs+tors 2,5 t hver": the hours of each day named
    elif each:
        # "2 timer hver" names no days: one day's hours, the cautious reading, unless another
        # sentence of the text counts the days (see :func:`extract_needs`)
        for value, lo, hi, at in each:
            add("max_hours_per_week", value, set(range(lo, hi + 1)), at, value)
        hours_warning = f"vague need, read cautiously: '{text[a:b]}'"
    if weekdays_only and not (clock or hours_day):
        # "kun dagvagter på hverdage" says when, not how many days: no hours to complete
        for entry in weekdays_only:
            days.remove(entry)
            consumed[entry[1] : entry[2]] = b"\x01" * (entry[2] - entry[1])
    dated = [_WEEKDAY_BEFORE_RE.search(sent.text, 0, at) for _v, _lo, _hi, at in clock]
    if len(clock) > 1 and days and not hours_day and all(dated):
        # "man-ons 9-13, tor 9-12": each window has its own days; the week is their sum
        for _d, d_lo, d_hi in days:
            consumed[d_lo:d_hi] = b"\x01" * (d_hi - d_lo)
        days = []
        ids = set(range(min(lo for _v, lo, _h, _a in clock), max(h for *_, h, _a in clock) + 1))
        week = sum(v * _days_of(m) for (v, *_), m in zip(clock, dated, strict=True) if m)
        add("max_hours_per_week", week, ids, clock[0][3])
    elif clock and days and not hours_day:
        hours_day = clock  # "mandag-onsdag 9-13": the clock gives the hours of each day
    elif clock and not (days or hours_day):
        # "man 8-12, ons 8-12, fre 8-11": a window for each weekday named before it; the week
        # is their sum. A window with no weekday before it among them is not understood.
        if all(dated):
            ids = set(range(min(lo for _v, lo, _h, _a in clock), max(h for *_, h, _a in clock) + 1))
            week = sum(v * _days_of(m) for (v, *_), m in zip(clock, dated, strict=True) if m)
            add("max_hours_per_week", week, ids, clock[0][3])
        elif len(clock) > 1:
            # (weekdays elsewhere, as a table's heading row, or none: which window is which
            # day's, and how many days are there?)
            unread_clock.update(lo for _v, lo, _h, _a in clock)
        elif _NAMED_WEEKDAY_RE.search(sent.text):
            # weekdays named that no rule counted beside the window ("9-15 mandag og 9-12
            # torsdag", "fri kl. 12 om onsdagen"): which day has which hours is not understood
            unread_clock.update(lo for _v, lo, _h, _a in clock)
        elif _WORKDAY_SPAN_RE.match(sent.text, clock[0][3]):
            # "Møder kl. 8 og går hjem kl. 12" is a working day, as "4 timer om dagen" is (a
            # window, "skal ligge mellem kl. 8 og 14", says only when): five days, unless the
            # text counts them
            hours_day = clock
    if hours_day:
        for _d, d_lo, d_hi in days:
            consumed[d_lo:d_hi] = b"\x01" * (d_hi - d_lo)
        for value, lo, hi, at in hours_day:
            if days:
                add(
                    "max_hours_per_week",
                    value * min(d for d, _, _ in days),
                    set(range(lo, hi + 1)),
                    at,
                )
            else:
                add("max_hours_per_week", value * DAYS_PER_WEEK, set(range(lo, hi + 1)), at, value)

    # "Kan godt stå, men ikke længe": a restriction that follows a contrast and names no
    # activity of its own applies to the activities of the list before it.
    for k, seg in enumerate(segs):
        if seg.link == "contrast" and seg.own == "restriction" and k not in covered and k > 0:
            j = k - 1
            while j >= 0:
                # "kan løfte 20 kg, men ikke mere": the stated figure, not the default
                seg_lo = sent.tokens[segs[j].tok_lo].start
                seg_hi = sent.tokens[segs[j].tok_hi - 1].end
                stated = {
                    code
                    for rule, _ in unfired.get(j, [])
                    if rule.kind in _LIMIT_KINDS
                    for code in rule.codes
                } | {f.code for f in found if f.value is not None and seg_lo <= f.order < seg_hi}
                for rule, um in unfired.get(j, []):
                    if rule.kind in ("topic", "strong", "lift_default"):
                        for code in rule.codes:
                            value = DEFAULT_MAX_LIFT_KG if code == "max_lift_kg" else None
                            if code in stated:
                                continue
                            if ACCOMMODATION_CODES[code] is None or value is not None:
                                add(code, value, {j, k}, segs[j].lo)
                    elif rule.kind in _LIMIT_KINDS:
                        # "kan godt arbejde 15 timer om ugen, men ikke mere": the stated figure
                        value = _value(rule, um, sent.text[segs[j].lo : segs[j].hi], sent.text)
                        for code in rule.codes:
                            add(code, value, {j, k}, um.start())
                if segs[j].link != "list":
                    break
                j -= 1

    found_codes = {f.code for f in found}
    # a word for less working time with no figure read: "Fuldtid: nej", "kan arbejde på deltid"
    hint_unread: set[int] = set()
    for rule, ids in hints:
        if found_codes.intersection(rule.codes):
            covered.update(ids)
            direct.update(ids)
        else:
            hint_unread.update(
                k
                for k in ids
                if segs[k].polarity == "restriction"
                or (
                    segs[k].polarity == "neutral"
                    and _PART_TIME_RE.search(sent.text[segs[k].lo : segs[k].hi])
                )
            )
    for k in range(1, len(segs)):
        if (
            k not in covered
            and segs[k].link == "list"
            and k - 1 in covered
            and _PREDICATE_ONLY_RE.match(sent.text[segs[k].lo : segs[k].hi])
        ):
            covered.add(k)
            direct.add(k)

    for k in list(direct):
        if segs[k].link == "rel" and k > 0:
            direct.add(k - 1)  # "arbejde i butikken, hvor der er mange kunder"
    for k in range(1, len(segs)):
        first = sent.tokens[segs[k].tok_lo].text
        if first in _EXAMPLE_STARTERS and k - 1 in direct:
            direct.add(k)  # an example of the need before it
    for k in range(len(segs) - 1, -1, -1):
        nxt = k + 1
        if nxt in direct and (
            segs[k].before_colon  # "Nedsat tid: 20 timer pr. uge"
            or sent.tokens[segs[nxt].tok_lo].text == "at"  # "har brug for, at en kollega ..."
            or segs[nxt].conn in _CONDITION_WORDS  # "kan ikke klare, når folk råber"
            # a heading in parts, none need-like: "Journalnotat, Jobcenter Assens: max 10 kg"
            or (
                segs[nxt].before_colon
                and segs[nxt].conn == ","
                and segs[k].own == "neutral"
                and not segs[k].warn
            )
        ):
            direct.add(k)
    if days and not hours_day and "max_hours_per_week" in {f.code for f in found}:
        for _d, d_lo, d_hi in days:  # "max 8 timer om ugen fordelt på 2 dage"
            consumed[d_lo:d_hi] = b"\x01" * (d_hi - d_lo)
        days = []

    sentence = text[a:b]
    warnings: list[str] = []
    if vague:
        warnings.append(f"vague need, read cautiously: '{sentence}'")
    if reassured_limit:
        warnings.append(f"limit in a reassurance, not read as a need: '{sentence}'")
    days_segs = (
        {k for _d, lo, hi in days for k in _touched(segs, lo, hi)}
        if days and not hours_day
        else set()
    )
    days_read = bytearray(consumed)  # the days' own figures ("Dage pr. uge: 4") are read
    for _d, d_lo, d_hi in days:
        days_read[d_lo:d_hi] = b"\x01" * (d_hi - d_lo)
    unexplained: list[int] = sorted(unread_clock | for_others | hint_unread)
    if _unread_exception(sent, found):
        unexplained.append(0)  # "Ingen problemer ud over gang": the exception is a need
    if not found and _MEETING_TIME_RE.search(sent.text):
        unexplained.append(0)  # "Mødetid: 9.00": when the day starts, not how long it is
    if not found and _DOUBTED_CAPACITY_RE.search(sent.text):
        unexplained.append(0)  # "Det er tvivlsomt, om hun kan tåle larmen": maybe a need
    if not found and _PENDING_CHANGE_RE.search(sent.text):
        unexplained.append(0)  # "løfterestriktionen skal ændres": to what is not known
    # "Har en lettere hørenedsættelse, som ikke giver gener i arbejdet": a statement that there
    # is no need explains the health words of its sentence as a found need does
    no_need = _states_no_need(sent, matched)
    explained = bool(found) or no_need
    # clauses that state a finding of no need: "Der er ikke fundet tegn på begrænsninger"
    found_none = {k for k, seg in enumerate(segs) if k not in matched and _found_no_need(sent, seg)}
    for k, seg in enumerate(segs):
        seg_text = sent.text[seg.lo : seg.hi]
        leftover = _leftover(sent, seg, consumed, k in direct, explained)
        if seg.polarity in ("negated", "history", "positive") or seg.frame or k in found_none:
            continue
        if leftover and k - 1 in direct and all(w.startswith("#") for w in leftover):
            # "stående arbejde, ca. 10-15 min": a duration that qualifies the need before it
            leftover = _leftover(sent, seg, consumed, True, explained)
        if _VAGUE_WORK_RE.search(seg_text):
            if "max_lift_kg" not in found_codes:
                unexplained.append(k)  # "let arbejde": some need, but which?
            continue
        if explained and not leftover and _explains(sent, seg, consumed):
            continue  # "har nedsat hørelse og tinnitus, og bør ikke arbejde i støj"
        if k in days_segs and not _leftover(sent, seg, days_read, k in direct, explained):
            continue  # reported with the days below, unless another sentence gives the hours
        if k in unread_clock:
            continue
        if leftover and (seg.polarity == "restriction" or _is_number_left(leftover)):
            unexplained.append(k)  # a word or a measure of a restricted clause no rule read
        elif (
            k not in direct
            and (
                (seg.warn and not (seg.before_colon and found and _HEADER_RE.search(seg_text)))
                # a list item under a restriction that no rule recognised: "må ikke køre bil
                # eller betjene maskiner"
                or (
                    seg.polarity == "restriction"
                    and seg.source < k
                    and k not in matched
                    and _has_content(sent.tokens[seg.tok_lo : seg.tok_hi])
                )
            )
        ):
            unexplained.append(k)
    if (
        not found
        and len(segs) == 1
        and segs[0].polarity == "neutral"
        and any(rule.kind in ("topic", "lift_default") for rule, _ in unfired.get(0, []))
        and sum(tok.kind == "word" for tok in sent.tokens) <= 3
        and _is_list_item(text, a, numbered=True)
    ):
        unexplained.append(0)  # a list item that only names a need's topic: "- løft"
    if (
        _DAY_OFF_RE.search(sent.text)
        # (not when each day's own window is named: "Man 10-13, Ons 10-13, Fre fri")
        and not (clock and all(m and not m.group("first") for m in dated))
    ):
        # "kl. 10-14 mandag-fredag, men fri om onsdagen", "Onsdag har hun fri": the days
        # counted for the week's hours, here or in the sentence before, are fewer
        unexplained.append(0)
    if not found and matched and _DASH_ANSWER_RE.search(sentence):
        unexplained.append(0)  # "Stå: -", "Stående arbejde (-)": no, or not filled in?
    if _FOR_A_PERSON_RE.search(sent.text) or (
        # "ikke løfte mere end en liter mælk": the object's weight is not read, only a default
        _COMPARED_WEIGHT_RE.search(sent.text) and any(f.code == "max_lift_kg" for f in found)
    ):
        unexplained.append(0)  # "Det står forkert i aftalen, at ...", "sygemeldt i 30 af 37 timer"
    if unexplained:
        if found:
            warnings.append(f"{PARTLY_UNDERSTOOD}: '{sentence}'")
        else:
            warnings.append(f"{NOT_UNDERSTOOD}: '{sentence}'")
    elif not found and not days_segs:
        health = any(
            seg.polarity != "negated"
            and k not in found_none
            # "Ingen skånehensyn, men har epilepsi": what is set against the statement is not
            # explained by it
            and not (no_need and seg.link != "contrast" and _names_only_health(sent, seg, consumed))
            and (
                _HEALTH_RE.search(_unwished(sent.text, seg))
                # a wish for a demand is no need: "kan lide kundekontakt"
                or (seg.polarity != "positive" and _DEMAND_RE.search(sent.text[seg.lo : seg.hi]))
                # a demand's field with an answer after it: "Temperatur: varmt"
                or (
                    seg.before_colon
                    and k + 1 < len(segs)
                    and _DEMAND_FIELD_RE.fullmatch(sent.text[seg.lo : seg.hi].strip(" :"))
                )
            )
            for k, seg in enumerate(segs)
        )
        if health:
            warnings.append(f"{NOT_UNDERSTOOD}: '{sentence}'")
    reading = _Reading(found, warnings, hours_warning=hours_warning)
    if days_segs:
        reading.days = min(d for d, _, _ in days)
        kind = PARTLY_UNDERSTOOD if found else NOT_UNDERSTOOD
        reading.days_warning = f"{kind}: '{sentence}'"
    return reading


#: A statement of no needs, or that the citizen manages everything, followed by an exception
#: ("Ingen problemer – på nær: løft", "ikke noget, han ikke kan, lige bortset fra at være
#: alene", "har det fint med alt pånær kulde"): what is excepted is a need.
_EXCEPTION_TO_NONE_RE: Final = re.compile(
    r"(?:\b(?:ingen|intet|ikke (?:noget|nogen))(?: [^\s,;:]+){0,3}? (?:problem\w*|udfordring\w*|"
    r"gener|skån\w*|hensyn\w*|begrænsning\w*|restriktion\w*)(?: [^\s,;:]+){0,2}?|"
    r"\bikke noget,? (?:[^\s,;:]+ ){0,3}?ikke kan|\b(?:alt|det hele)|"
    r"(?:^|[:;|] )(?:ingen|intet|nej))[ ,:;-]*(?:lige )?[ ,:;-]*"
    r"\b(?:undtaget|(?:med |eneste )?undtagelse\w*(?: af| er)?|"
    + "|".join(w for w in _EXCEPTION_WORDS if not w.startswith("undtagelse"))
    + r")\b"
)


#: A weekday by its full name ("mandag", "onsdagen"): "søn" or "fre" alone may be other words.
_NAMED_WEEKDAY_RE: Final = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)})dag\w*")
#: A time the citizen meets, which no rule read with an end.
_MEETING_TIME_RE: Final = re.compile(r"\bmødetid\w*(?: :)? (?:kl )?\d")
#: A doubt whether the citizen can do something ("Det er tvivlsomt, om hun kan tåle larmen",
#: "usikkert om han magter det"): a need may be meant, so a sentence with no need read warns.
_DOUBTED_CAPACITY_RE: Final = re.compile(
    r"\b(?:tvivl\w*|usikker\w*|usikkert|uvist|ikke sikker\w*|ikke sikkert)(?: [^\s,]+){0,2}? ,? ?"
    r"om (?:[^\s,]+ ){0,2}?(?:kan|kunne|vil kunne|magter|klarer|tåler|holder til)\b"
)

#: A need said to change, or to be assessed again, with no new value ("løfterestriktionen skal
#: ændres efter scanningen", "timetallet revurderes", "vi afventer en ny vurdering af
#: løft"): which way is not known, so a sentence with no need read warns.
_NEED_TOPIC: Final = (
    r"(?:skånehensyn\w*|skånebehov\w*|\w*restriktion\w*|løft(?:et|ene|e\w+)?\b|\w*begrænsning\w*|timetal\w*|"
    r"arbejdstid\w*|\w*grænse\w*)"
)
_CHANGE_VERB: Final = r"(?:ændre[srt]?|revurdere[srt]?|genvurdere[srt]?|(?:op|ned)?justere[srt]?)"
_PENDING_CHANGE_RE: Final = re.compile(
    rf"\b{_NEED_TOPIC}(?: [^\s.]+){{0,4}}? {_CHANGE_VERB}\b|"
    rf"\b{_CHANGE_VERB}(?: [^\s.]+){{0,3}}? {_NEED_TOPIC}|"
    r"\bafvent\w*(?: [^\s.]+){0,2}? (?:ny|nye|fornyet|endelig)\w* (?:vurdering|udtalelse|"
    r"erklæring|attest|besked)\w*"
)


def _unread_exception(sent: _Sentence, found: list[_Found]) -> bool:
    """Whether the sentence excepts something from a statement of no needs and no need was read
    from what it excepts. An exception always names a need, so one not read is not understood,
    whatever its words (a walk, a noun no rule knows)."""
    m = _EXCEPTION_TO_NONE_RE.search(sent.text)
    if m is None:
        return False
    end = sent.tokens[_token_at(sent.offsets, m.end() - 1)].end
    return not any(f.end > end for f in found)


def _states_no_need(sent: _Sentence, matched: set[int]) -> bool:
    """Whether a clause of the sentence states, without limiting it to a domain, that there is
    no need: "ingen særlige skånehensyn", "som ikke giver gener i arbejdet", "ikke fandt grund
    til begrænsninger", "er kommet sig helt", "ikke længere behov for hensyn".

    "Ingen fysiske skånehensyn" leaves the psyche open, and "ingen begrænsninger ift. løft"
    (a clause some rule matched) only the lifting: neither states that there is no need.
    """
    for k, seg in enumerate(sent.segments):
        if k in matched:
            continue
        seg_text = sent.text[seg.lo : seg.hi]
        if _NEED_DOMAIN_RE.search(seg_text):
            continue
        if _found_no_need(sent, seg) or (
            seg.polarity == "negated" and _NO_NEED_RE.search(seg_text)
        ):
            return True
    return False


def _found_no_need(sent: _Sentence, seg: _Segment) -> bool:
    """Whether a clause states a finding or capacity of no need (:data:`_FOUND_NO_NEED_RE`)
    that nothing after it in the sentence excepts from."""
    m = _FOUND_NO_NEED_RE.search(sent.text, seg.lo, seg.hi)
    return (
        m is not None
        and not _NEED_DOMAIN_RE.search(sent.text, seg.lo, seg.hi)
        and not _EXCEPTED_RE.search(sent.text, m.end())
    )


def _unwished(norm: str, seg: _Segment) -> str:
    """The text of a segment with its wish, capacity and service phrases blanked out: in "er
    en velfungerende autist" the diagnosis is still there to be warned about."""
    text = norm[seg.lo : seg.hi]
    for lo, hi in reversed(seg.wish_spans):
        text = text[: lo - seg.lo] + _MASK * (hi - lo) + text[hi - seg.lo :]
    return text


def _leftover(
    sent: _Sentence, seg: _Segment, consumed: bytearray, read: bool, explained: bool
) -> list[str]:
    """The words and measures of a segment that nothing accounted for.

    A content word is one of three letters or more that is not in :data:`NON_CONTENT`; a
    measure is a number followed by a unit ("3 etager", "5 km"), kept as the number prefixed
    with ``"#"``. In a segment a rule read a need from (``read``) only measures of weight,
    floors or percent count: the other words and durations qualify that need ("stærke
    dufte", "gentagne løft", "stå max 10 min"). Health and body words
    explain a need rather than state one, so they do not count in a sentence that gave a need
    (``explained``): "pga. ryggen ingen tunge løft".
    """
    out: list[str] = []
    toks = sent.tokens
    for t in range(seg.tok_lo, seg.tok_hi):
        tok = toks[t]
        if consumed[sent.offsets[t]]:
            continue
        if tok.kind == "num":
            nxt = toks[t + 1] if t + 1 < seg.tok_hi else None
            prev = toks[t - 1] if t > seg.tok_lo else None
            if (
                (nxt is not None and nxt.text in (LIMIT_UNITS if read else UNIT_WORDS))
                or (prev is not None and prev.text == "kl")  # a clock time no rule read
                or _bare_limit_figure(sent, t)
                # today's figure, beside another: "max 15 kg, p.t. 5", "Indtil da 8."
                or (_after_now_cue(toks, t) and (nxt is None or nxt.kind != "num"))
            ):
                out.append("#" + tok.text)
            continue
        word = tok.text
        if read or tok.kind != "word" or len(word) < 3 or word in NON_CONTENT:
            continue
        if (
            explained
            and (_HEALTH_RE.fullmatch(word) or _HEALTH_STEM_RE.search(word))
            and not _VAGUE_NEED_RE.fullmatch(word)
        ):
            continue
        out.append(word)
    return out


#: What opens a numbered list item on its line: "1.", "2)".
_NUMBERED_ITEM_RE: Final = re.compile(r"\s*\d{1,2}[.)]\s*")
#: A weekday taken out of the working days ("alle hverdage undtagen fredag", "fri om
#: onsdagen", "onsdag er fridag"): the week's hours are then not those of every day named.
_DAY_OFF_RE: Final = re.compile(
    rf"\b(?:undtagen|undtaget|bortset fra|på nær|pånær|med undtagelse af|ekskl\w*|dog ikke|minus|"
    rf"ikke om|fri om|fri)(?: \w+){{0,2}}? {_WEEKDAY}{_WEEKDAY_END}\b|"
    rf"\b{_WEEKDAY_BEFORE_A_WINDOW}{_WEEKDAY_END} (?::|er|som|undtaget)? ?(?:dog )?"
    r"(?:fri|fridag|friedag)\b|"
    rf"\b{_WEEKDAY}{_WEEKDAY_END} (?:har|holder|tager) (?:\w+ ){{0,2}}?fri\b"
)
#: A field answered by a dash alone ("Stå: -", "Tidspres (-)"): "no", "not filled in" and
#: "not relevant" are all read so, so which one is for a person to say.
_DASH_ANSWER_RE: Final = re.compile(r":\s*[-–—]\s*(?:$|[,;|\n]|(?=[A-ZÆØÅ]))|\(\s*[-–—]\s*\)")
#: A word that makes a bare figure in its sentence a limit's: hours, weight, travel.
_LIMIT_DOMAIN_RE: Final = re.compile(
    r"\b(?:time\w*|\w*arbejdstid\w*|løft\w*|\w*løfte\w*|bære\w*|kg|kilo\w*|"
    r"transport\w*|rejsetid\w*|køretid\w*|pendl\w*|minutter|min|uge|ugen|ugentlig\w*|"
    r"(?:løfte?|vægt|time|arbejdstids|transport|rejse|køre)?(?:grænse|begrænsning)\w*)\b"
)
#: Words right before a bare figure that set a limit to it, whatever the sentence is about:
#: "Efter scanningen er det sat ned til 4", "lægen har sagt 4", "Grænsen er 6".
_SETS_A_LIMIT_RE: Final = re.compile(
    r"(?:\b(?:sat|sænket|nedsat|reduceret|justeret|ændret|hævet|gået|sættes|sænkes|nedsættes|"
    r"reduceres|nedjusteret|opjusteret)(?: \w+)?(?: ned| op)? til|\b(?:sagt|skrevet|anbefalet|"
    r"aftalt|vurderet)|\bgrænse\w* (?:er|på|sat til)|"
    # a figure said or changed to, its unit left to the sentence before: "nu er det 10", "i dag
    # 3", "nede på 10", "Lægen siger 5", "Nu kan jeg klare 12", "Lad os sige 15"
    r"\b(?:siger|sagde|svarede|svarer|sige|klare|kan|holde til|nede på|oppe på|ned på|op på|"
    r"i dag|nu|er det|stadig|arbejder (?:hun|han|borger\w*|jeg)))$"
)
#: A period after a figure that makes it a rate ("12 pr. uge", "4 om dagen", "5 ugentligt").
_RATE_AFTER: Final = frozenset({"pr", "per", "om", "i", "ugentligt", "ugentlig", "dagligt"})
_PERIOD_WORDS: Final = frozenset({"uge", "ugen", "dag", "dagen", "måned", "måneden"})
_LIMIT_FIGURE_RE: Final = re.compile(r"\d{1,3}(?:\.\d)?")
#: Words right before a figure that make it something other than a limit.
_NOT_LIMIT_BEFORE: Final = frozenset(
    {"kl", "fra", "efter", "før", "inden", "mellem", "uge", "nr", "side", "år", "d", "-", "–", "/",
     "("}
)  # fmt: skip
_ICF_CODE_RE: Final = re.compile(r"\b[bdes] ?\d{3,5}\b")


def _bare_limit_figure(sent: _Sentence, t: int) -> bool:
    """Whether the figure at ``t`` stands bare where a limit's figure would ("Timer (t/uge):
    12", "Løftegrænse angivet i kilo: 6", "kan klare 12 pr. uge", "sat ned til 4"): before a
    period, or at the end of its clause in a sentence that names hours, weight or travel or
    right after words that set or say a limit. No rule read it, so the limit it may state is not
    known."""
    toks = sent.tokens
    if not _LIMIT_FIGURE_RE.fullmatch(toks[t].text) or float(toks[t].text) > 120:
        return False
    if t > 0 and (
        toks[t - 1].text in _NOT_LIMIT_BEFORE
        or _ICF_CODE_RE.search(" ".join(x.text for x in toks[max(0, t - 3) : t]))
    ):
        return False  # a clock time, a week, the end of a range, a number, an ICF qualifier
    nxt = toks[t + 1] if t + 1 < len(toks) else None
    if nxt is not None and nxt.text == "(":
        return False  # a label's number: "Fase 2 (uge 6-12)", "Notat 1 (08.01)"
    rate = (
        nxt is not None
        and nxt.text in _RATE_AFTER
        and (
            nxt.text in ("ugentligt", "ugentlig", "dagligt")
            or (t + 2 < len(toks) and toks[t + 2].text in _PERIOD_WORDS)
        )
    )
    bare = nxt is None or (nxt.kind == "punct" and nxt.text not in ("-", "/", "°", "%"))
    before = " ".join(x.text for x in toks[max(0, t - 4) : t])
    sets = "." not in toks[t].text and _SETS_A_LIMIT_RE.search(before) is not None
    return (
        rate
        or (bare and (sets or _LIMIT_DOMAIN_RE.search(sent.text) is not None))
        or (
            sets
            and nxt is not None
            and nxt.text in ("for", "ved", "til")  # "en grænse på 4 for løft"
        )
    )


#: Words before a bare figure that make it the one that holds now ("p.t. 5", "indtil da 8",
#: "dog kun 15", "opstart 8").
_NOW_CUES: Final = frozenset({"nu", "pt", "aktuelt", "da", "opstart", "kun", "foreløbig"})


#: A sentence whose figure only a person can settle: the case file says it is wrong somewhere,
#: a limit is changed by a factor, a share of sick leave, days counted over a month, or a share
#: of a week that is not of 37 hours.
_FOR_A_PERSON_RE: Final = re.compile(
    r"\b(?:står|stod|er|var|blev) (?:\w+ )?(?:forkert|fejlagtigt)\b|\bdet er (?:\w+ )?forkert\b|"
    r"\bikke korrekt\b|\bfejl i (?:\w+ )?(?:aftalen|journalen|planen|notatet|beskrivelsen|skabelonen|"
    r"systemet|sagen|attesten|erklæringen|skemaet|feltet|forbindelse)\b|\b(?:taste|skrive|overførsels)fejl\w*|\b(?:det )?korrekte? er\b|"
    r"\brettet til\b|\bskal rettes\b|\d ?(?:→|- >) ?\d|\bikke enig\w*|\buenig\w*|"
    # a share of the time off sick, or of absence: which part is worked is easily misread
    r"\bsygemeld\w* (?:\w+ ){0,3}?(?!\d{4}\b)\d+(?:\.\d+)?\b(?! ?(?:år|måned\w*|mdr|uge\w*|dage?)\b)|"
    r"\d ?(?:%|procent|pct)(?: \w+){0,2}? sygemeld\w*|\bfraværsprocent\w*|\barbejdsprocent\w*|"
    # days counted over a month: "12 dage om måneden", "8 arbejdsdage á 5 timer pr. måned"
    r"\b(?:dage|arbejdsdage) (?:om|pr|per|i) (?:måned\w*|md|mdr|mnd)\b|"
    r"\b(?:arbejds)?dage (?:á|a|af|à) \d+ timer (?:om|pr|per|i) (?:måned\w*|md|mdr|mnd)\b|"
    # a share of a week that is not of 37 hours: "sin normale tid (28 t)", "fulde tid er 30"
    r"\b(?:sin|sine|hans|hendes|virksomhedens|arbejdspladsens) (?:normale|fulde|egen|aftalte) "
    r"(?:arbejds)?tid\b|\bfulde? tid (?:\w+ ){0,3}?er \d|\bansat på \d+ timer\b|"
    # a limit changed by a factor: "halvt så meget", "timetallet halveres"
    r"\bhalvt så (?:meget|mange|lidt|langt|længe|tungt)\b|\bhalver(?:et|es|er|e)\b|\bdobbelt så\b|"
    r"\bforkert (?:overført|skrevet|angivet|noteret|indtastet|registreret)\b"
)
_SMALL_FIGURE_RE: Final = re.compile(r"[1-5]?\d(?:\.\d)?")  # not "6.01", a date


def _after_now_cue(toks: list[Token], t: int) -> bool:
    """Whether the figure at ``t`` follows a word that makes it today's ("nu 8", "p.t. 5"), and
    is small enough to be a limit (not a date or a year)."""
    if t == 0 or not _SMALL_FIGURE_RE.fullmatch(toks[t].text):
        return False
    prev = toks[t - 1].text
    before = toks[t - 2].text if t > 1 else ""
    return (
        prev in _NOW_CUES
        or (prev == "t" and before == "p")  # "p.t. 5"
        or (
            prev in ("på", "med")
            and before in ("starter", "starte", "start", "opstart", "begynder")
        )
        or " ".join(x.text for x in toks[t + 1 : t + 3]) in ("indtil videre", "i starten", "for nu")
    )


def _explains(sent: _Sentence, seg: _Segment, consumed: bytearray) -> bool:
    """Whether a segment only names health conditions or body parts (the reasons for a need
    read elsewhere in the sentence) besides words that state nothing."""
    health = False
    for t in range(seg.tok_lo, seg.tok_hi):
        tok = sent.tokens[t]
        if tok.kind != "word" or consumed[sent.offsets[t]] or tok.text in NON_CONTENT:
            continue
        if _VAGUE_NEED_RE.fullmatch(tok.text):
            return False
        if _HEALTH_RE.fullmatch(tok.text) or _HEALTH_STEM_RE.search(tok.text):
            health = True
    return health


def _names_only_health(sent: _Sentence, seg: _Segment, consumed: bytearray) -> bool:
    """Whether every word of a segment that nothing accounted for is a health or body word (or
    a word that states nothing): what a no-need statement in the same sentence explains."""
    for t in range(seg.tok_lo, seg.tok_hi):
        tok = sent.tokens[t]
        if tok.kind != "word" or consumed[sent.offsets[t]] or tok.text in NON_CONTENT:
            continue
        if len(tok.text) < 3:
            continue
        if _VAGUE_NEED_RE.fullmatch(tok.text) or not (
            _HEALTH_RE.fullmatch(tok.text) or _HEALTH_STEM_RE.search(tok.text)
        ):
            return False
    return True


def _is_number_left(leftover: list[str]) -> bool:
    """Whether an unexplained measure is among the leftovers of a segment."""
    return any(w.startswith("#") for w in leftover)


#: Words that carry no content of their own in a list item ("eller lignende").
_FILLER: Final[frozenset[str]] = frozenset(
    [
        "eller",
        "lignende",
        "osv",
        "etc",
        "mv",
        "dvs",
        "andre",
        "andet",
        "også",
        "samt",
        "hele",
        "tiden",
        "dagen",
        "meget",
        "mere",
        "mindre",
        "længere",
        "længe",
        "perioder",
        "periode",
        "gange",
        "altid",
        "generelt",
        "især",
        "særligt",
        "primært",
        "derfor",
        "gerne",
        "helst",
        "eksempel",
        "eksempelvis",
    ]
)


def _has_content(tokens: list[Token]) -> bool:
    """Whether a list item says something of its own: at least two content words ("betjene
    maskiner"), not a bare noun that continues the list before it ("bil eller truck")."""
    words = [t for t in tokens if t.kind == "word" and len(t.text) >= 4 and t.text not in _FILLER]
    return len(words) >= 2


def _token_at(offsets: list[int], at: int) -> int:
    """Index of the token that contains char ``at`` of the normalised sentence."""
    return max(0, bisect_right(offsets, at) - 1)


def _touched(segs: list[_Segment], lo: int, hi: int) -> list[int]:
    """Indices of the segments a match ``[lo, hi)`` overlaps."""
    return [k for k, s in enumerate(segs) if s.lo < hi and lo < s.hi]


def _polarity(segs: list[_Segment], touched: list[int]) -> tuple[str, int]:
    """The strongest polarity among the touched segments and the segment it came from."""
    best = max(touched, key=lambda k: _RANK[segs[k].polarity])
    return segs[best].polarity, segs[best].source


def _fires(rule: Rule, pol: str, work: str, m: re.Match[str], seg_text: str) -> bool:
    """Whether a match of ``rule`` in a segment of polarity ``pol`` is a need."""
    if rule.unless_regex is not None and rule.unless_regex.search(seg_text):
        return False
    if rule.kind == "strong":
        if pol == "negated":
            return False
        return not (rule.negatable and _NEGATION_BEFORE_RE.search(work[: m.start()]))
    if rule.kind in ("topic", "lift_default", "hint"):
        if pol == "negated" and _bounded_duration(rule, work, m):
            return True  # "Det er ok at stå i op til 10 minutter": what is fine ends there
        return pol == "restriction" or (pol == "neutral" and rule.neutral)
    if rule.kind == "travel":
        if pol == "negated" and _bounded(work, m, seg_text, travel=True):
            return True  # "ingen problemer med transport under 20 min"
        if pol in ("negated", "history"):
            return False
        return (
            bool(m.groupdict().get("noun"))
            or bool(_TRAVEL_LIMIT_RE.search(seg_text))
            # a form's field restricted by its answer: "Transport over 30 min: nej"
            or (pol == "restriction" and work[m.end() :].startswith(" :"))
            # a form's field for travel answered with a time: "Transport: 30 min"
            or _TRAVEL_FIELD_RE.match(work, m.start()) is not None
            # what she can travel is her limit, as her hours are: "Kan tage toget i 40 min"
            or _CAPACITY_VERB_RE.search(seg_text) is not None
        )
    # valued rules: a stated number is a limit unless negated or history; weekly hours are a
    # capacity even after "kan godt" unless a clear reassurance covers a soft limit
    if pol == "negated" and rule.kind in _BOUNDED_KINDS and _bounded(work, m, seg_text):
        return True  # "ingen problemer med løft under 10 kg": what is fine ends at the figure
    if pol == "negated" and rule.kind in _CAPACITY_KINDS:
        return not _CLEAR_REASSURANCE_RE.search(seg_text)
    return pol not in ("negated", "history")


#: A bound on a duration or distance right after standing or walking: "at stå i op til 10
#: minutter", "gå under 200 m", "stå ved disken i højst 20 min".
_DURATION_BOUND_RE: Final = re.compile(
    r"\w+(?: [^\s,;:]+){0,3}? (?:i )?(?:under|mindre end|op til|indtil|max\w*|maks\w*|højst) "
    r"(?:ca |cirka )?\d+(?:\.\d+)? ?(?:min\w*|time\w*|timer|t|m|meter|km)\b"
)
_STAND_OR_WALK: Final = frozenset({"no_prolonged_standing", "no_prolonged_walking"})


def _bounded_duration(rule: Rule, work: str, m: re.Match[str]) -> bool:
    """Whether a standing or walking match is bounded by a duration or distance right after it:
    a reassurance about it then ends at the bound, and beyond it the activity is limited."""
    return bool(set(rule.codes) & _STAND_OR_WALK) and bool(
        _DURATION_BOUND_RE.match(work, m.start())
        or _BOUND_FIGURE_RE.search(work, max(0, m.start() - 12), m.end())  # "op til 10 min gang"
    )


def _of_other_activity(rule: Rule, seg_text: str) -> bool:
    """Whether an hour rule matched the duration of another activity (its ``unless``): "Kan
    stå 2 timer om dagen" is no working-time limit. Such a match neither masks nor accounts
    for its words, so the standing and walking rules after it can still read the need, and a
    duration no rule reads ("Kan sidde 2 timer") warns as an unread measure."""
    return (
        rule.kind in _HOURS_KINDS
        and rule.unless_regex is not None
        and rule.unless_regex.search(seg_text) is not None
    )


def _of_appointment(rule: Rule, before: str, seg_text: str) -> bool:
    """Whether an hour rule matched hours that may be those of an appointment or a mentor's
    support named before them in the clause ("samtale med mentor hver uge 10 timer om ugen",
    "har mentor 3 timer om ugen").

    The fact rule reads the clear forms quietly ("møde med mentor 1 time om ugen"); hours it
    leaves are read as working time, the stricter reading, and the caller warns. A clause that
    names work is working time ("kan arbejde 10 timer om ugen inkl. samtaler"), and so are
    hours before the appointment ("10 timer om ugen inkl. samtaler").
    """
    return (
        rule.kind in _HOURS_KINDS
        and (_APPOINTMENT_RE.search(before) or _MENTOR_RE.search(before)) is not None
        and _WORK_WORD_RE.search(seg_text) is None
    )


def _of_support(rule: Rule, sentence: str, m: re.Match[str]) -> bool:
    """Whether an hour rule matched hours that are a mentor's or another helper's time with
    the citizen, in a bare statement of it: the helper named first ("Mentorstøtte 2 t/uge",
    "Borger har fast mentor (5 timer/uge)", "Bevilget bostøtte 3 timer om ugen"), nothing after
    the hours but their period, and no word of work in the sentence. A helper who speaks ("SKP:
    8 timer om ugen er max"), hours that are a bound or a capacity ("Mentor 10 t/u max", "...
    er det hun kan holde til") or the citizen's attendance with the helper ("Kan kun møde ind
    med bostøtte 9 timer") are not."""
    return (
        rule.kind in _HOURS_KINDS
        and _SUPPORT_OPENING_RE.match(sentence, 0, m.start()) is not None
        and _SUPPORT_TAIL_RE.fullmatch(sentence, m.end()) is not None
        and _WORK_WORD_RE.search(sentence) is None
    )


#: Helpers whose hours with the citizen are support, not working time.
_HELPER: Final = (
    r"\w*mentor\w*|\w*støttekontakt\w*|\bskp\b|\w*bostøtte\w*|\bhjemmehjælp\w*|"
    r"\bhjemmevejled\w*|\bbisidder\w*|\w*pædagogisk\w* støtte\b"
)
#: A mentor's or another helper's hours are support, maybe not working time: "har mentor 3
#: timer om ugen", "bostøtte 2 timer ugentligt".
_MENTOR_RE: Final = re.compile(_HELPER)
#: What a bare statement of a helper's hours opens with, up to the figure: a list mark, the
#: citizen, a grant, the helper ("1 ) mentorstøtte ", "borger skal have fast mentor ( ").
_SUPPORT_OPENING_RE: Final = re.compile(
    r"(?:\d+ ?[).]? |[-•*] )?(?:(?:borger\w*|hun|han) )?"
    r"(?:(?:har|får|skal have|er bevilget|bevilges|bevilget|tilbydes) )?(?:en )?"
    rf"(?:(?:fast|ugentlig|bevilget) )?(?:{_HELPER})(?: (?:\(|i|á|a|ca|cirka|omkring)){{0,2}} $"
)
#: What may follow the hours of such a statement: their period and its end.
_SUPPORT_TAIL_RE: Final = re.compile(
    r"(?: (?:\)|i|om|pr|per|hver|ugentlig\w*|ugen|uge|opstarten|perioden|forløbet))* ?"
)
#: A figure that is the working time: named by work or as a bound ("Arbejdstid 15 timer om
#: ugen", "Praktik max 6 t/uge"), unlike a wish, opening hours or a plan's figure.
_WORKING_TIME_RE: Final = re.compile(
    rf"{_WORK_WORD}|\b(?:max\w*|maks\w*|højst|arbejdstid\w*|timetal\w*)\b", re.IGNORECASE
)


def _value(rule: Rule, m: re.Match[str], seg_text: str, sentence: str) -> float | None:
    """The value a fired rule carries (kg, hours per week, minutes), or ``None``."""
    kind = rule.kind
    if kind == "lift_default":
        # "slet ikke løfte" is none at all; "ikke noget med tunge løft" only the heavy ones
        absolute = _ABSOLUTE_NO_LIFT_RE.search(seg_text) and not _HEAVY_RE.search(seg_text)
        # "må ikke løfte (ingen løft overhovedet)": the sentence says none at all elsewhere
        return 0.0 if absolute or _NO_LIFT_AT_ALL_RE.search(sentence) else DEFAULT_MAX_LIFT_KG
    if kind in ("strong", "topic", "clock"):  # a clock time is read by :func:`_read_clock`
        return None
    groups = m.groupdict()
    if kind == "days" and groups.get("wlist"):
        # each token a weekday ("ma , on , fr": a two-letter one is one in the list it closes)
        return float(sum(bool(_ANY_WEEKDAY_RE.fullmatch(w)) for w in groups["wlist"].split()))
    if kind == "days" and groups.get("wkd"):
        return 5.0
    if kind == "days" and groups.get("wa"):
        wa, wb = groups["wa"] or "", groups["wb"] or ""
        return float(_days_between(wa, wb))
    if kind == "travel":
        # a limit on the day's travel or on the round trip is half of it each way
        share = 0.5 if _round_trip(_travel_clause(sentence, m)) else 1.0
        if groups.get("h"):
            return share * (float(groups["h"] or 0) * 60 + float(groups["mm"] or 0))
        unit = groups.get("unit") or "min"
        return share * (_low(groups) * 60 if unit.startswith("t") else _low(groups))
    if groups.get("sum"):
        return sum(float(n) * float(h) for n, h in _STINTS_RE.findall(groups["sum"] or ""))
    if groups.get("month"):
        return _low(groups) * 12 / 52
    if groups.get("year"):
        return _low(groups) / 52
    if groups.get("quarter"):
        return _low(groups) / 13
    if groups.get("fortnight"):
        return _low(groups) / 2
    if groups.get("weeks"):
        return _low(groups) / max(1.0, float(groups["weeks"] or 1))
    if groups.get("pct"):
        return float(groups["pct"] or 0) / 100 * _FULL_WEEK_HOURS
    if groups.get("sick"):
        return max(0.0, 100 - float(groups["sick"] or 0)) / 100 * _FULL_WEEK_HOURS
    if groups.get("share"):
        return float(groups["share"] or 0) * _FULL_WEEK_HOURS
    if groups.get("part"):
        return float(groups["part"] or 0)
    if groups.get("den"):
        return float(groups["num"] or 0) / float(groups["den"] or 1) * _FULL_WEEK_HOURS
    if groups.get("frac"):
        return _SHARES[groups["frac"] or ""] * _FULL_WEEK_HOURS
    low = _low(groups)
    if _change(m, sentence) == "done":
        low = float(groups["b"] or 0) + float(groups.get("mm") or 0) / 60  # "hævet fra 10 til 14"
    if kind == "hours_product":
        d = groups.get("d")
        d0 = groups.get("d0")
        days = min(float(d), float(d0)) if d and d0 else float(d) if d else 1.0
        return low * days
    if kind == "lift_kg" and _TOO_MUCH_RE.search(seg_text) and not _OVER_RE.search(seg_text):
        return max(0.0, low - 1)  # "15 kg var for meget": less than the figure that failed
    return low


#: A figure that proved too much ("15 kg var for meget", "kasser på 12 kg kunne hun ikke
#: løfte", "klarede ikke 10 kg"): the limit lies below it.
_TOO_MUCH_RE: Final = re.compile(
    r"\b(?:er|var|blev|bliver) (?:\w+ )?for (?:meget|tung\w*|hårdt|svært)\b|"
    r"\b(?:kunne|kan|klarede|klarer) (?:\w+ )?ikke (?:klare|løfte|bære|håndtere)?\b(?! over\b)"
)
#: A limit stated with its bound ("ikke over 15 kg", "mere end 10 kg"): the figure itself holds.
_OVER_RE: Final = re.compile(r"\b(?:over|mere end|op til|max\w*|maks\w*|højst|under)\b")


def _change(m: re.Match[str], sentence: str) -> str | None:
    """Whether the range of a valued match is a limit changed from one figure to the other:
    ``"done"`` when the change was made ("Timetallet er hævet fra 10 til 14 timer": the limit is
    14 now), ``"planned"`` when it is still to come ("skal hæves fra 10 til 14": the limit is
    still 10, and the caller warns), else ``None`` (a plain range, read as its smaller bound).
    """
    groups = m.groupdict()
    if not groups.get("a") or not groups.get("b"):
        return None
    if "til" not in sentence[m.end("a") : m.start("b")]:
        return None
    before = sentence[: m.start("a")]
    verb = _CHANGED_FROM_RE.search(before)
    if verb is None:
        return None
    if _DONE_CHANGE_RE.fullmatch(verb.group("verb")) and not _PLANNED_RE.search(
        before, max(0, verb.start() - 40), verb.start()
    ):
        return "done"
    return "planned"


def _clock_hour(text: str, sent: _Sentence, at: int) -> float:
    """The clock time at ``at`` in the sentence's matching string, as hours, read from the
    original text: "11.30" and "11:30" are half past eleven (the matching string has lost the
    zero), "8" is eight o'clock."""
    tok = sent.tokens[_token_at(sent.offsets, at)]
    hour, _, minutes = text[tok.start : tok.end].replace(":", ".").partition(".")
    if hour.isdigit() and len(minutes) == 2 and minutes.isdigit() and int(minutes) < 60:
        return int(hour) + int(minutes) / 60
    return float(tok.text)


def _with_minutes(text: str, sent: _Sentence, *starts: int) -> bool:
    """Whether a figure at one of ``starts`` is written with minutes ("8.00", "13:45"): a
    clock time, never a number of hours."""
    for at in starts:
        tok = sent.tokens[_token_at(sent.offsets, at)]
        _, sep, minutes = text[tok.start : tok.end].replace(":", ".").partition(".")
        if sep and len(minutes) == 2 and minutes.isdigit():
            return True
    return False


@dataclass(frozen=True)
class _ClockReading:
    """What a clock limit on work says (see :func:`_read_clock`)."""

    day_shift: bool  # a day-shift limit
    per_day: float | None = None  # the hours of a working day it gives
    hours: float | None = None  # the week's hours, when the range may be hours instead
    understood: bool = True  # False: a limit no code states, to be warned about


def _read_clock(
    start: float | None, end: float, *, forbidden: bool, maybe_hours: bool
) -> _ClockReading:
    """Read a clock limit on work from its ``start`` (``None``: only an end is given) and
    ``end`` hours.

    An end alone ("til kl. 14") is a day-shift limit whatever the hour: work after it is ruled
    out, and evening and night limits are day-shift limits too (the only shift code). A window
    that must not be worked (``forbidden``: "ikke kl. 18-22") is one when it reaches into the
    evening or the night. A window that may be worked ("kl. 8-14") is one when it lies between
    5 and 18, and gives its hours; outside that ("kl. 16-22", evenings only; "ikke kl. 8-10",
    no mornings) no code states it, and it is not understood. A bare range after a word for
    working time (``maybe_hours``: "Arbejdstid: 10-14") may also be a number of hours: its
    smaller bound is read as the week's hours too, and the clock only when it can be one
    ("20-25" cannot).
    """
    hours = start if maybe_hours else None
    if start is None:
        return _ClockReading(True)
    if hours is not None and end > 24:
        return _ClockReading(False, hours=hours)
    if forbidden:
        day_shift = end > 18 or start < 5 or end <= start
        return _ClockReading(day_shift, hours=hours, understood=day_shift)
    day_shift = 5 <= start < end <= 18
    per_day = end - start if end > start else None
    return _ClockReading(day_shift, per_day, hours, understood=day_shift)


def _low(groups: dict[str, str | None]) -> float:
    """The smaller bound of a ``RANGE`` match (the cautious limit), with the minutes of
    :data:`_MINUTES` added to the bound they follow ("1-2 timer og 30 min" → 1, not 1.5). A
    range from nothing is a ceiling: "0-5 kg", a form's lowest band, is up to 5 kg, not 0."""
    a = float(groups["a"] or 0)
    b = groups.get("b")
    hours = float(groups.get("mm") or 0) / 60
    if not b:
        return a + hours
    return float(b) + hours if a == 0 else min(a, float(b) + hours)


# ============================================================================================
# Spelling-tolerant second reading
# ============================================================================================
#
# Caseworkers type fast. A misspelt trigger word ("støende" for "støjende", "boælen" for
# "bopælen") makes a sentence unreadable, and the single-edit corrector of the first reading
# (:class:`features.text.TypoCorrector`) deliberately leaves ambiguous slips, slips into ordinary
# words ("klude" is a word, and a slip for "kulde") and words beyond its lexicon alone. A
# sentence the first reading did not fully understand is therefore read again with its
# unknown words respelt as the nearest words the rules depend on, and with words clipped by a
# full stop ("rolige omg.", "ingen kundekont.") spelt out. Needs found this way are
# kept (enforcing a need that may be there is the cautious error), but the sentence stays
# "partly understood", so the citizen is never verified on a guess. The second reading can
# only add needs: the first reading's needs are kept, and the strictest value wins.

#: Edits (Damerau-Levenshtein, adjacent transpositions count one) a slip may be away from the
#: word it is read as, by the length of the shorter of the two: a short word has many
#: neighbours, so a slip in it is too ambiguous to undo; a long one has few.
_EDIT_BUDGET: Final[tuple[tuple[int, int], ...]] = ((9, 2), (5, 1))
#: Stems (``bopæl\w*``) at least this long are words to respell towards; words starting with a
#: known stem of at least :data:`_KNOWN_STEM` letters are read by it and never respelt.
_TARGET_STEM: Final = 5
_KNOWN_STEM: Final = 4
#: A word this close to more trigger words is too ambiguous to guess at all.
_MAX_GUESSES: Final = 4
#: Danish inflection endings (and linking letters) a known stem may carry.
_ENDINGS: Final[frozenset[str]] = frozenset(
    """
    e en er et ene ede ende ende erne ernes ers es ets ens ne ns s t r n de te rne re ret
    ning ninger ningen ingen inger ing ig ige igt lig lige ligt hed heden else elser ere est
    este ses
    """.split()  # noqa: SIM905 - a word list is easier to read and extend
) | {""}
#: Rule kinds whose words are worth respelling towards: facts and hints give no need.
_NO_NEED_KINDS: Final = frozenset({"fact", "hint"})


def _edit_budget(length: int) -> int:
    """Edits allowed between two words whose shorter one has ``length`` letters."""
    for min_length, edits in _EDIT_BUDGET:
        if length >= min_length:
            return edits
    return 0


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (optimal string alignment) of ``a`` and ``b``, or
    ``limit + 1`` as soon as it is known to exceed ``limit``.

    >>> _edit_distance("klude", "kulde", 1), _edit_distance("boælen", "bopælen", 1)
    (1, 1)
    >>> _edit_distance("lunge", "tunger", 1)
    2
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            best = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, before[j - 2] + 1)
            cur[j] = best
        if min(cur) > limit:
            return limit + 1
        before, prev = prev, cur
    return min(prev[-1], limit + 1)


def _deletions_upto(word: str, depth: int) -> set[str]:
    """``word`` and every string made from it by deleting up to ``depth`` letters."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:k] + w[k + 1 :] for w in frontier for k in range(len(w))}
        out |= frontier
    return out


def _pattern_words(pattern: str) -> tuple[set[str], set[str]]:
    """The literal words of a regular expression: whole words, and stems the expression lets
    go on with any letters (``bopæl\\w*`` → stem ``bopæl``).

    Branches and optional parts are expanded (``stå(?:ende)?`` → ``stå``, ``stående``);
    look-arounds are skipped (``køre(?!stol)`` names no word). Taking the vocabulary from the
    rules themselves keeps it complete as rules are added.

    >>> sorted(_pattern_words(r"\\b(?:ikke )?stå(?:ende)?\\b|bopæl\\w*")[0])
    ['ikke', 'stå', 'stående']
    """
    words: set[str] = set()
    stems: set[str] = set()

    def flush(states: set[str], stem: bool) -> set[str]:
        (stems if stem else words).update(s for s in states if s)
        return {""}

    def letter_class(item: list[Any]) -> bool:
        """Whether ``item`` is one character class that can match a letter (``\\w``,
        ``[^\\s,;]``, ``.``)."""
        if len(item) != 1:
            return False
        op, av = item[0]
        if op is re_constants.ANY:
            return True
        return op is re_constants.IN and any(
            kind is re_constants.NEGATE
            or (kind is re_constants.CATEGORY and value is re_constants.CATEGORY_WORD)
            for kind, value in av
        )

    def walk(seq: list[Any], states: set[str]) -> set[str]:
        for op, av in seq:
            if op is re_constants.LITERAL:
                ch = chr(av)
                states = {s + ch for s in states} if ch.isalpha() else flush(states, False)
            elif op is re_constants.BRANCH:
                states = set().union(*(walk(list(branch), states) for branch in av[1]))
            elif op is re_constants.SUBPATTERN:
                states = walk(list(av[-1]), states)
            elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
                low, _high, item = av
                if letter_class(list(item)):
                    states = flush(states, True)
                elif low == 0:
                    states = states | walk(list(item), states)
                else:
                    states = walk(list(item), states)
            elif op not in (re_constants.ASSERT, re_constants.ASSERT_NOT):
                states = flush(states, False)
            if len(states) > 256:  # pragma: no cover - no rule branches this much
                states = flush(states, False)
        return states

    flush(walk(list(re_parser.parse(pattern)), {""}), False)
    return words, stems


@dataclass(frozen=True)
class _Vocabulary:
    """The words a misspelt word may be respelt as, and the words never respelt.

    ``targets`` and ``stems`` come from the patterns of the rules that give needs, the
    restriction cues and the reader's lexicon (reassurances left out: respelling towards them
    could only hide a need), plus the Danish number words 1-99. ``known`` are the words the
    reader already understands or deliberately ignores; ``ordinary`` are ordinary Danish words
    that a slip can produce ("klude" for "kulde"), respelt only in a sentence the first reading
    warned about; ``common`` are the most frequent Danish words (``data/words``), never respelt
    as whole words: "venter" is no slip for "vinter", "skole" none for "stole". (They do not
    count as understood: "Jens" is a common word and still a person's name.)
    """

    targets: frozenset[str]
    stems: frozenset[str]
    known: frozenset[str]
    known_stems: frozenset[str]
    ordinary: frozenset[str]
    common: frozenset[str]
    #: Words that can be a part of a compound (see :func:`_budget`).
    parts: frozenset[str]
    word_index: dict[str, frozenset[str]]
    stem_index: dict[str, frozenset[str]]

    @classmethod
    def build(cls) -> _Vocabulary:
        """Collect the vocabulary from the module's rules and lexicon."""
        targets: set[str] = set()
        stems: set[str] = set()
        for rule in RULES:
            if rule.kind in _NO_NEED_KINDS:
                continue
            for pattern in rule.patterns:
                w, s = _pattern_words(pattern)
                targets |= w
                stems |= s
        w, s = _pattern_words(RESTRICTION)
        targets |= w
        stems |= s
        reassuring = {
            x
            for x in LEXICON | COMPOUNDS
            if _REASSURANCE_RE.search(x) and not _RESTRICTION_RE.search(x)
        }
        targets |= (LEXICON | COMPOUNDS) - reassuring
        targets |= {w for w in NUMBER_WORDS if w.isalpha()}
        targets |= {
            f"{u}og{t}"
            for u in ("en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")
            for t in (
                "tyve",
                "tredive",
                "tredve",
                "fyrre",
                "halvtreds",
                "tres",
                "halvfjerds",
                "firs",
                "halvfems",
            )
        }
        known: set[str] = set(targets)
        known_stems: set[str] = set(stems)
        understood = (
            *NEGATING, *POSITIVE, *HISTORY, WARN_CUES, DEMAND_CUES, HEALTH_CUES, HEADER,
            PREDICATE_ONLY, NEGATION_BEFORE, _BARE_YES_RE.pattern, _BARE_NO_RE.pattern,
        )  # fmt: skip
        known_stems |= set(HEALTH_STEMS.split("|"))
        for pattern in understood:
            w, s = _pattern_words(pattern)
            known |= w
            known_stems |= s
        for rule in RULES:
            for pattern in rule.patterns + ((rule.unless,) if rule.unless else ()):
                w, s = _pattern_words(pattern)
                known |= w
                known_stems |= s
        known |= LEXICON | COMPOUNDS | NON_CONTENT | UNIT_WORDS | set(SPELLINGS)
        known |= set(SPELLINGS.values())
        targets = {t for t in targets if t.isalpha() and len(t) >= _EDIT_BUDGET[-1][0]}
        stems = {s for s in stems if s.isalpha() and len(s) >= _TARGET_STEM}
        return cls(
            frozenset(targets),
            frozenset(stems),
            frozenset(known),
            frozenset(s for s in known_stems if len(s) >= _KNOWN_STEM),
            PROTECTED - known,
            _common_words(),
            frozenset(w for w in known | known_stems | PROTECTED if len(w) >= _KNOWN_STEM),
            _deletion_index(targets),
            _deletion_index(stems),
        )

    def is_known(self, word: str) -> bool:
        """Whether ``word`` is understood as written: a known word, a number word, or a known
        stem followed by an inflection or a known word ("bopælen", "kuldefølsom"); "timetla"
        starts with "time" but is a slip for "timetal"."""
        if word in self.known or parse_number(word) is not None:
            return True
        return any(
            word[:k] in self.known_stems and self.may_follow_stem(word[k:])
            for k in range(_KNOWN_STEM, len(word) + 1)
        )

    def may_follow_stem(self, rest: str) -> bool:
        """Whether ``rest`` can end a word after a stem: an inflection or a known word."""
        return rest in _ENDINGS or rest in self.parts


def _deletion_index(words: set[str]) -> dict[str, frozenset[str]]:
    """Symmetric-deletion index: each word under itself and its deletions up to its budget.

    Two words within ``k`` edits share a string reachable by at most ``k`` deletions from each,
    so a lookup needs only the deletions of the misspelt word, not a scan of the vocabulary.
    """
    index: dict[str, set[str]] = {}
    for word in words:
        for d in _deletions_upto(word, _edit_budget(len(word))):
            index.setdefault(d, set()).add(word)
    return {k: frozenset(v) for k, v in index.items()}


def _budget(a: str, b: str, length: int) -> int:
    """Edits allowed between ``a`` and ``b``: by ``length``, but a second edit only when the
    parts that differ are long.

    Danish compounds share their parts: "samarbejde" is two edits from "dagarbejde", yet "sam"
    and "dag" are different words, not two slips. So when both words share a known word as
    first or last part (four letters or more) and both differ in more than a stray letter,
    two edits are allowed only if the differing parts are themselves long enough for two; one
    edit stays allowed ("kuldfølsom" for "kuldefølsom", "samlebådn" for "samlebånd").
    """
    budget = _edit_budget(length)
    if budget < 2:
        return budget
    words = _vocabulary().parts
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    head = max((k for k in range(_KNOWN_STEM, same + 1) if a[:k] in words), default=0)
    same = 0
    while same < min(len(a), len(b)) - head and a[-1 - same] == b[-1 - same]:
        same += 1
    tail = max((k for k in range(_KNOWN_STEM, same + 1) if a[-k:] in words), default=0)
    rest_a, rest_b = len(a) - head - tail, len(b) - head - tail
    if (head or tail) and min(rest_a, rest_b) >= 2:
        budget = min(budget, max(1, _edit_budget(max(rest_a, rest_b))))
    return budget


def _common_words() -> frozenset[str]:
    """The most frequent Danish word forms (``data/words/SOURCE.md``)."""
    text = files("features").joinpath("data/words/da_common.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    """The vocabulary, built on first use (it costs some milliseconds at import otherwise)."""
    return _Vocabulary.build()


@lru_cache(maxsize=50_000)
def _nearest(word: str) -> tuple[int, tuple[str, ...]]:
    """The smallest edit distance from ``word`` to a target, and the respellings at that
    distance; ``(0, ())`` when nothing is within budget.

    A target is a whole word, or a stem that keeps the rest of the word when that rest is an
    inflection or a known word ("boælen" → "bopælen", "kuldfølsom" → "kuldefølsom"). A stem
    that would leave a rest no word ends in explains only the start of the word ("rambevægelser"
    is no "rampe" + "vægelser"; "kunedkontkat" is "kundekontakt", not "kunde" + "kontkat").
    """
    vocab = _vocabulary()
    found: dict[str, int] = {}
    depth = _edit_budget(len(word))
    for d in _deletions_upto(word, depth):
        for target in vocab.word_index.get(d, ()):
            limit = _budget(word, target, min(len(word), len(target)))
            dist = _edit_distance(word, target, limit)
            if 0 < dist <= min(limit, found.get(target, limit)):
                found[target] = dist
    # a stem is the start of the word meant: its budget follows the stem and the whole word
    for k in range(_TARGET_STEM - depth, len(word) + 1):
        prefix, rest = word[:k], word[k:]
        if not vocab.may_follow_stem(rest):
            continue
        for d in _deletions_upto(prefix, depth):
            for stem in vocab.stem_index.get(d, ()):
                limit = _budget(prefix, stem, min(len(word), len(stem)))
                dist = _edit_distance(prefix, stem, limit)
                if 0 < dist <= min(limit, found.get(stem + rest, limit)):
                    found[stem + rest] = dist
    if not found:
        return 0, ()
    best = min(found.values())
    return best, tuple(sorted(s for s, dist in found.items() if dist == best and s != word))


def _guess(word: str, warned: bool, found: bool) -> tuple[str, ...]:
    """The spellings ``word`` may be a slip for, or ``()`` when it is to be read as written.

    Only words of five letters or more that the reader does not know are guessed at, and never
    one of the most frequent Danish words ("venter", "skole", "pakker"). A rarer ordinary word
    ("klude") is respelt only in a sentence the first reading warned about and
    read no need from (where a need was read, the sentence made sense, and "vand og klude" means
    cloths), one edit away and with the same first letter (slips rarely hit the first letter, while real
    words one edit from a trigger often differ there: "lunge" is no slip for "tunge"). Several
    spellings at the same distance are all returned: the caller reads each and keeps every
    need found.
    """
    vocab = _vocabulary()
    if len(word) < _EDIT_BUDGET[-1][0] or not word.isalpha() or vocab.is_known(word):
        return ()
    if word in vocab.common:
        return ()
    dist, spellings = _nearest(word)
    if word in vocab.ordinary:
        if not warned or found or dist != 1:
            return ()
        spellings = tuple(s for s in spellings if s[0] == word[0])
    return spellings if len(spellings) <= _MAX_GUESSES else ()


def _clipped(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` may be clipped: a full stop follows, and no capital
    after it starts a new sentence ("ingen kundekont. pga angst", "rolige omg."; not "på 1.
    sal. Der er ...")."""
    if text[end : end + 1] != ".":
        return False
    rest = text[end + 1 :].lstrip(" \t")
    return not rest or not rest[0].isupper()


@lru_cache(maxsize=10_000)
def _expansions(word: str) -> tuple[str, ...]:
    """The words the rules depend on that an unknown word clipped with a full stop may stand
    for ("omg." → "omgivelser", "kundekont." → "kundekontakt"); ``()`` when it is too short to
    say or stands for too many."""
    vocab = _vocabulary()
    if len(word) < 3 or not word.isalpha() or vocab.is_known(word) or word in vocab.ordinary:
        return ()  # an ordinary word before a full stop ends its sentence: "læse og skrive."
    # a clipped word leaves out a good part of the word ("damp." is no clipped "dampe")
    found = tuple(
        sorted(t for t in vocab.targets if t.startswith(word) and len(t) >= len(word) + 3)
    )
    return found if 0 < len(found) <= _MAX_GUESSES else ()


#: A word in a sentence that was understood is only respelt when it is this long or longer.
_SLIP_MIN_LENGTH: Final = 7


@lru_cache(maxsize=50_000)
def _slip(word: str) -> tuple[str, ...]:
    """The spellings a long unknown word in an understood sentence is an obvious slip for.

    An understood sentence can still hide a slip that costs a need ("max 12 timer kun
    formidage"). Only a long word the reader does not know, one edit from a whole word the
    rules depend on and with the same first letter, is respelt: real words further away
    ("støjniveau" is no slip for "stueniveau") and compounds one edit from a stem are left
    alone.
    """
    vocab = _vocabulary()
    if len(word) < _SLIP_MIN_LENGTH or not word.isalpha() or vocab.is_known(word):
        return ()
    if word in vocab.ordinary or word in vocab.common:
        return ()
    dist, spellings = _nearest(word)
    if dist != 1:
        return ()
    # whole words only: a stem respelt inside a compound is too often a real word
    # ("rengøringsmedarbejder" is no slip for "rengøringsmid-")
    same = tuple(s for s in spellings if s[0] == word[0] and s in vocab.targets)
    return same if len(same) <= _MAX_GUESSES else ()


def _read_cautiously(text: str, a: int, b: int, carry: str) -> _Reading:
    """:func:`_read_sentence`, and again with guessed spellings when that was not enough.

    A sentence that gave a need and no warning is fully understood and read once. Otherwise
    (a warning, or no need at all) every word that may be a slip for a word the rules depend
    on is respelt, and the sentence is read once with every word at its first guess and once
    more for each other guess. The needs those readings add (a new code or a stricter value)
    are kept, and the sentence is reported as partly understood with the guesses, so the text
    stays unclear. When the guesses add nothing, the first reading stands as it was.
    """
    raw = tokenize(text[a:b], a)
    first = _read_sentence(text, a, b, carry, raw=raw)
    unclear = any(w.startswith((NOT_UNDERSTOOD, PARTLY_UNDERSTOOD)) for w in first.warnings)
    warned = unclear or first.days_warning is not None
    understood = bool(first.found) and not warned
    guesses: list[tuple[Token, tuple[str, ...]]] = []
    for tok in raw:
        if tok.kind == "word" and (not understood or len(tok.text) >= _SLIP_MIN_LENGTH):
            word = _TYPOS.correct(SPELLINGS.get(tok.text, tok.text))
            spellings = _slip(word) if understood else _guess(word, warned, bool(first.found))
            if not spellings and not understood and _clipped(text, tok.end):
                spellings = _expansions(word)  # clipped in a hurried note: "rolige omg."
            if spellings:
                guesses.append((tok, spellings))
    if not guesses:
        return first
    base = {tok.start: spellings[0] for tok, spellings in guesses}
    variants = [base] + [
        {**base, tok.start: other} for tok, spellings in guesses for other in spellings[1:]
    ]
    strictest: dict[str, float | None] = {}
    for f in first.found:
        strictest[f.code] = _stricter(strictest.get(f.code, f.value), f.value)
    added: list[_Found] = []
    warnings: list[str] = []
    used: dict[int, list[str]] = {}
    for respell in variants:
        reading = _read_sentence(text, a, b, carry, respell=respell, raw=raw)
        new = [f for f in reading.found if _adds(f, strictest)]
        if not new:
            continue
        added.extend(new)
        warnings.extend(
            w for w in reading.warnings if not w.startswith((NOT_UNDERSTOOD, PARTLY_UNDERSTOOD))
        )
        credited = [
            tok for tok, _s in guesses if any(f.start <= tok.start < f.end for f in new)
        ] or [tok for tok, _s in guesses]
        for tok in credited:
            spelling = respell[tok.start]
            if spelling not in used.setdefault(tok.start, []):
                used[tok.start].append(spelling)
    if not added:
        return first
    quoted = ", ".join(
        f"'{text[tok.start : tok.end]}' → " + " or ".join(f"'{s}'" for s in used[tok.start])
        for tok, _s in guesses
        if tok.start in used
    )
    kept = [w for w in first.warnings if not w.startswith((NOT_UNDERSTOOD, PARTLY_UNDERSTOOD))]
    guessed = f"{PARTLY_UNDERSTOOD} (spelling guessed: {quoted}): '{text[a:b]}'"
    out: list[str] = []
    for w in [guessed, *kept, *warnings]:
        if w not in out:
            out.append(w)
    return _Reading(first.found + added, out, first.days, first.days_warning, first.hours_warning)


#: A parenthetical aside with words in it ("(og gå)", "(tunge ting)"), not a figure or a box.
_ASIDE_RE: Final = re.compile(r"\(([^()\n]*[^\W\d_][^()\n]*)\)")
#: An aside that is part of the sentence: a list item ("(og gå)", "(eller evt. bøje)") or the
#: bound of what it follows ("(kortvarigt)", "(max 15 min ad gangen)").
_PART_ASIDE_RE: Final = re.compile(
    r"\s*(?:(?:og|eller|samt|/)\b.*|ikke (?:for )?længe|ikke i længere tid|"
    r"(?:kun |ganske |meget )?(?:i (?:kort|kortere|begrænset) tid|"
    r"kortvarigt|i korte(?:re)? perioder|(?:i )?(?:max\w*|maks\w*|højst|op til|under) "
    r"\d+(?:[.,]\d+)? ?min\w*)(?: ad gangen)?)\s*",
    re.IGNORECASE,
)


#: What goes on after an aside that leaves it out of a list: "Må ikke løfte (tunge ting) eller
#: stå længe" (not a contrast, a sentence's end or a field's colon).
_LIST_GOES_ON_RE: Final = re.compile(r"\s*(?:og|eller|samt)\b|\s*,(?!\s*(?:men|dog)\b)")


def _aside_read(m: re.Match[str]) -> str:
    """An aside as part of its sentence (brackets as spaces), as blank when the list it
    interrupts goes on after it, or as it was."""
    if _PART_ASIDE_RE.fullmatch(m.group(1)):
        return f" {m.group(1)} "
    if not any(ch.isdigit() for ch in m.group(1)) and _LIST_GOES_ON_RE.match(m.string, m.end()):
        return " " * len(m.group())
    return m.group()


def _with_asides_read(text: str, a: int, b: int, carry: str, first: _Reading) -> _Reading:
    """``first``, with the needs added that the sentence gives when its asides are read as part
    of it or left out. A parenthesis cuts a sentence apart, so an item set in one ("Kan stå (og
    gå) i kort tid") or a list going on after one ("Må ikke løfte (tunge ting) eller stå
    længe") would lose an item or its bound. An aside that is a list item or a bound is read
    with the brackets as spaces, one without figures that a list goes on after is left out;
    any other stays (it explains, dates, quotes or gives a field's unit). Only new codes read
    in the clause of an aside are added: an aside's figure is the value of the need it follows
    ("Ingen tunge løft (over 15 kg)"), and what a changed aside does to a later clause is not
    what the text says. Offsets stay those of ``text``."""
    sentence = text[a:b]
    read = _ASIDE_RE.sub(_aside_read, sentence)
    if read == sentence:
        return first
    second = _read_cautiously(text[:a] + read + text[b:], a, b, carry)
    codes = {f.code for f in first.found}
    asides = [(a + m.start(), a + m.end()) for m in _ASIDE_RE.finditer(sentence)]
    added = [
        f
        for f in second.found
        if f.code not in codes
        and any(_same_clause(text, f.start, f.end, lo, hi) for lo, hi in asides)
    ]
    return replace(first, found=first.found + added) if added else first


#: The end of a clause inside a sentence as read (not an abbreviation's dot: "evt.", "maks.").
_CLAUSE_END_RE: Final = re.compile(r"(?:\)|\b[^\W\d_]{5,})[.!?]\s|;|\n")


def _same_clause(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the evidence ``start:end`` spans no clause's end and overlaps the aside
    ``lo:hi`` or has no clause's end between them."""
    if _CLAUSE_END_RE.search(text, start, end):
        return False
    if start < hi and lo < end:
        return True
    gap = text[hi:start] if start >= hi else text[end:lo]
    return not re.search(r"[.;:!?\n]", gap)


def _stricter(a: float | None, b: float | None) -> float | None:
    """The stricter of two values of one code (the smaller limit; ``None`` has no value)."""
    if a is None or b is None:
        return a if b is None else b
    return min(a, b)


def _adds(found: _Found, strictest: dict[str, float | None]) -> bool:
    """Whether ``found`` is a need the first reading lacks: a new code or a stricter value."""
    if found.code not in strictest:
        return True
    current = strictest[found.code]
    return found.value is not None and (current is None or found.value < current)
