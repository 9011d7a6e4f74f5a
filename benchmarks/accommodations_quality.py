"""Quality of the accommodation-text reader on labelled Danish sentences.

Run ``python -m benchmarks.accommodations_quality`` to print, for each labelled file, for the two
tuned files together, and for the blind file on its own: per-code recall and precision, the
overall (micro-averaged) recall and precision, the share of need-like sentences that got a
warning (warning recall), the share of sentences without an expected warning that got one anyway
(spurious warnings), the sentences where a labelled need was missed *and* no warning was given
(silent misses: the failures a consultant cannot notice), and throughput.

A predicted need counts as correct only when both its code and its value equal the label
(values compared to 0.01). Labels are JSON lines ``{"text", "needs": [{"code", "value"}],
"warn"}``. ``accommodation_sentences_independent.jsonl`` was written by someone other than the
author of the reader. ``accommodation_sentences_blind.jsonl`` holds sentences written in styles
the other files under-represent (rehabilitation-team notes, doctors' statements, the citizen's own
words, bullet lists, loanwords, misspellings, reassurances) and scored *before* the reader was
changed for them; it is reported apart from the tuned files and never pooled with them. It was
written in eight batches, each scored before the round of changes that followed it (batches
4-8 by writers who never saw the reader; batch 4 aimed at its weak spots: slips and SMS style, long
report sentences, negation and lifted-need traps, numbers in words, Swedish, Norwegian and
dialect, need-like sentences that state no need; batch 5 holds realistic whole fields, headers
and bullet lists with context lines, and every code at least six times; batch 6 the language of
rehabilitation plans, doctors' statements, mentors' notes and citizens' own words, and numbers in
many forms; batch 7 the hurried everyday wording of the case system's field, with abbreviations;
batch 8 realistic whole fields with background sentences, hurried notes, professionals'
statements, and texts that state little or no need; batch 10 needs written as capacities ("kan
stå i ca. 20 min ad gangen") and as what the workplace must offer, plans in phases, long case
texts, second-language and SMS writing, dialect and therapists' jargon, and texts that state no
need or lift one, by a sixth writer; two of its labels were set to the reader's documented
conventions before scoring: a range is read as its smaller bound, seated work rules out
standing only; batch 11 needs and capacities mixed with contrasts and conditions, the work
environment, schedules in unusual forms, forms and checklists, mentors' notes after a trial
started, travel, and texts that state little or no need, by a seventh writer):

=========  =====  ==========================  ==================================
batch      lines  reader before all rounds    reader just before this batch's round
=========  =====  ==========================  ==================================
1          231    R 0.866 P 0.928, 9 silent   (the same)
2          90     R 0.783 P 0.929, 7 silent   R 0.843 P 0.946, 1 silent
3          70     R 0.794 P 0.877, 8 silent   R 0.841 P 0.898, 4 silent
4          110    R 0.681 P 0.725, 17 silent  R 0.767 P 0.724, 10 silent
5          100    R 0.875 P 0.909, 9 silent   R 0.894 P 0.923, 1 silent
6          100    R 0.787 P 0.828, 14 silent  R 0.851 P 0.851, 4 silent
7          80     R 0.701 P 0.847, 16 silent  R 0.736 P 0.842, 8 silent
8          100    R 0.945 P 0.858, 4 silent   R 0.970 P 0.862, 3 silent
10         100    (not measured)              R 0.927 P 0.835, 3 silent
11         100    (not measured)              R 0.875 P 0.730, 3 silent
=========  =====  ==========================  ==================================

(R recall, P precision, silent: sentences with a missed need and no warning.) Batch 9 (100
filled-in forms, checklists, exceptions, schedules and quick notes) was scored the same way
(R 0.878 P 0.858, 9 silent before its round) but its file was lost before it was added here;
the phrasings its round fixed are pinned by tests. Batch 12 (``accommodation_sentences_open.jsonl``,
100 texts by an eighth writer, one of them a duplicate of an earlier file and dropped, aimed at needs stated without the usual trigger words: through
their consequences, schedules as shares of a week, geography, situations) was scored the same
way: R 0.798 P 0.798, 7 silent before its round, R 0.848 P 0.824, 4 silent after. It is kept
apart because four of its needs are still missed silently: three are inferred from what
happened ("hun endte med at sidde på toilettet og græde" after a rush; a past placement that
failed from standing) or from a crowd ("bange, når der er mange mennesker omkring hende"), and
one follows a labelling convention the other files do not share (a wheelchair user labelled
unable to stand and walk for long; the reader, as the other writers' labels, reads
``wheelchair_access`` only). Batch 15
(``accommodation_sentences_scans.jsonl``, 100 texts by an eleventh writer who never saw the reader:
scanned and copied texts, dictation, long journal entries, scope words, unusual quantities) was
scored the same way: R 0.880 P 0.770, 5 silent before its round (two permissive: "M ax 2O
t/uge" gave no hours at all, "alle opgaver ... undtagen opvask" no wet-work need), R 0.947
P 0.834, 0 silent after. Batch 16 (``accommodation_sentences_workplace.jsonl``, 100 texts by a
twelfth such writer: numbered lists and dated plans, what the seat must not involve, needs tied
to tasks and conditions, medication, the citizen's own words against the caseworker's, the
companies' notes, figures that are no limits) was scored the same way: R 0.928 P 0.749, 2
silent before its round, both stricter than the label (a plan's earlier phase, which only the
date of reading can settle), R 0.964 P 0.769 after, the same 2. Batch 17 (``accommodation_sentences_boundaries.jsonl``, 100
texts by a thirteenth writer on the boundary between a need that holds now and one that does
not, in both directions) was scored the same way: R 0.976 P 0.675, 0 silent before its round
(the reader read most lifted, past and future needs, other persons' needs and wishes as
needs: the cautious error). Batch 18 (``accommodation_sentences_updates.jsonl``, 100 texts by a
fourteenth writer on the same boundary, written to test that round: lifted, partly lifted and
reinstated needs, past needs, other persons, wishes, hypotheticals) was scored before the
round: R 0.911 P 0.408, 5 silent (all stricter than the label); after the part of the round
batch 17 prompted, and before anything was changed for batch 18: R 0.911 P 0.418. Two
adversarial reviews of the round (606 texts written to make it drop a need that holds) found
that any rule of this kind can be misled, so since this round a need dropped by another
sentence is never dropped silently (see :mod:`features.need_updates`); a third review (460
texts aimed at silent losses only) found the other paths of the round that lost needs
silently (another person's clause inside the citizen's list, an exception after "ikke
længere nogen løftebegrænsning", a sentence going on from a quoted one), which were fixed.
After the round: batch 17 R 0.976 P 0.722, batch 18 R 0.946 P 0.469, 0 and 3 silent
(stricter), and of the 1,057 review texts kept as ``need_updates_attacks.jsonl`` none loses a
need that holds without a warning. Batch 19 (``accommodation_sentences_mix.jsonl``, 99 texts
by a fifteenth writer: realistic fields of many municipalities and systems, most stating one to
four needs, a third none or only past or other persons' needs) was scored after that round and
R 0.954 P 0.812, 1 silent (a lifting limit read from the earlier of two assessments:
stricter), the same as the reader before the round; three phrasings were fixed after it
(days before the hours of each time, "Tre dage om ugen, 4 timer ad gangen"; a clock window for
each weekday named, "man 8-12, ons 8-12, fre 8-11", which gave no hours and no warning; an
earlier limit, "Tidligere max 5 kg", replaced by today's, with a warning): R 0.982 P 0.823,
0 silent. Batch 20 (``accommodation_sentences_jargon.jsonl``, 100 texts by a sixteenth
writer: numbers in words, fractions, shares of full time and sums of stints, figures that are
no limits next to need words, therapists' and doctors' jargon, long journal texts, some
without æ, ø, å) scored R 0.871 P 0.792, 1 silent (a sum of stints, "2 x 3 timer + 1 x 4
timer", read as its last term: stricter); batch 21 (``accommodation_sentences_forms.jsonl``,
100 texts by a seventeenth writer: forwarded e-mails and quoted replies, forms with ticks,
yes/no boxes and tables flattened with "|", hurried and second-language writing, capacities)
R 0.916 P 0.785, 4 silent, three of them needs left out (a form's fields "Tunge løft: Nej |
Kan stå: ja, max 30 min" lost to the next field's "ja", "Timer: ca. 20-25 pr. uge", a
week's table of clock windows). After the rounds of that session: R 0.936 P 0.834 and R 0.970 P 0.806,
0 silent. Batch 22 (``accommodation_sentences_paraphrase.jsonl``, 100 texts by an
eighteenth writer asked to write what a rule-based reader would miss silently: references to
an earlier sentence, restrictions at the end of a list, litotes, paraphrase, exceptions that
flip the meaning, figures far from their noun) scored R 0.767 P 0.767, 4 silent ("Alt andet
end aften- og natvagter kan hun sagtens tage", "Kunder undtaget kan hun klare det hele", "Det
ugentlige timetal, som ... er tolv", and a figure of next month read as today's, looser than
the label); batch 23 (``accommodation_sentences_settings.jsonl``, 100 texts by a nineteenth
writer: needs tied to the tasks of kitchens, shops, cleaning, care, gardens and warehouses,
restrictions that have no code, hedged first-person texts) R 0.927 P 0.721, 2 silent ("skal
holdes fra ... kemiske midler", a travel limit in a condition). After their round: R 0.844
P 0.792 and R 0.954 P 0.732, 0 silent; what batch 22 still misses is warned about. (The
figures before a round are this command on the code of the time: 8a76365 for batches 20-23,
whose first round left batches 22 and 23 as they were.) Two
adversarial reviews of the round of batches 20-23 (490 texts written to make its rules lose a
need silently, kept as ``reader_form_attacks.jsonl``) found 180 that did on the code they
reviewed (b3f40cc; a need lost and the needs not unclear, as the test counts), most in forms (one
field's "ja" read as the next field's, boxes after their answer, a yes with a limit, a body
weight read as a lifting limit); 22 remain after the fixes they prompted (a test ceiling).
Two more reviews of the whole reader (506 texts, ``reader_open_attacks.jsonl``: records and
forms, and narrative text, each trick used at most five times, written with the reader at
hand) found 242 on the code they reviewed (5cff149); 134 remain (figures that need arithmetic or a correction, objects as
weights, idioms that hit another need's word, needs named in the sentence before, contrasts,
needs implied by behaviour, marks such as emoji), an upper bound on what ordinary text does.
Batch 24 (``accommodation_sentences_ordinary.jsonl``, 100 ordinary texts of many writers
and styles by a twentieth writer, not written to trick the reader; one duplicate of an
earlier file dropped) was scored after all of that and not tuned on: R 0.937 P 0.869, 1
silent miss (stricter: 8 hours a week where 16 hold), 58 of 99 texts unclear. Batches 25
(``..._figures.jsonl``: fields, agreements and schedules with figures, and figures that are
no limits) and 26 (``..._general.jsonl``: a general mix), by two more writers, scored on
6c7428e before the round they prompted: R 0.919 P 0.700 with 2 silent misses and R 0.911 P
0.863 with 3, all stricter than the label but one in each (a range answer under "(kg)" read
as nothing; "en fjerdedel af normal arbejdstid" read as nothing); after it R 0.931 P 0.706
and R 0.927 P 0.865, the silent misses left all stricter. Two reviews of that round (469
texts, ``reader_round_attacks.jsonl``) found 107 silent losses on the code they reviewed
(d6e76dd); 35 remain (a test ceiling). Batch 27 (``..._plain.jsonl``, 100 ordinary texts by a
twenty-third writer), scored after all of that and not tuned on: R 0.981 P 0.851, no silent
miss, 63 of 100 texts unclear (the code before the round, 6c7428e: R 0.968 P 0.844, no silent
miss). Two reviews of that round's rules and of ordinary case text (578 texts,
``reader_rules_attacks.jsonl``) found 144 silent losses on f5704c7; 48 remain. The last column
is the honest estimate of how the reader does on phrasings it has never seen; after each round
the batch is tuned like the rest, and the tests hold it to zero silent misses.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from features.accommodations import extract_needs
from features.vocabulary import ACCOMMODATION_CODES

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "features" / "data"
#: The labelled files the reader was developed against (independent first, then the own file).
LABELLED_FILES: tuple[Path, ...] = (
    DATA_DIR / "accommodation_sentences_independent.jsonl",
    DATA_DIR / "accommodation_sentences.jsonl",
)
#: Sentences scored before the reader was changed for them; reported on their own.
BLIND_FILE: Path = DATA_DIR / "accommodation_sentences_blind.jsonl"
#: A blind batch whose round left needs the reader misses silently (inferred from what
#: happened, not stated); reported apart, and not held to zero silent misses.
OPEN_FILE: Path = DATA_DIR / "accommodation_sentences_open.jsonl"
#: A blind batch in new voices (citizens writing Danish as a second language, therapists'
#: notes, meeting minutes naming several people); reported apart. Its silent misses are
#: readings stricter than the label (an earlier, lower figure), not needs left out.
VOICES_FILE: Path = DATA_DIR / "accommodation_sentences_voices.jsonl"
#: Blind batch 14: case-system exports, status reports over time, unusual number formats and
#: English notes; reported apart, its silent misses too are stricter readings.
EXPORTS_FILE: Path = DATA_DIR / "accommodation_sentences_exports.jsonl"
#: Blind batch 15: scanned and copied texts (OCR damage, missing æøå, page footers),
#: dictation without punctuation, long journal entries, "hverken/undtagen" and other scope
#: words, quantities in unusual forms; reported apart.
SCANS_FILE: Path = DATA_DIR / "accommodation_sentences_scans.jsonl"
#: Blind batch 16: numbered lists and dated plans, what the seat must (not) involve, needs tied
#: to tasks and conditions, medication, the citizen's own words against the caseworker's, notes
#: from the companies, and figures that are no limits; reported apart.
WORKPLACE_FILE: Path = DATA_DIR / "accommodation_sentences_workplace.jsonl"
#: Blind batch 17: the boundary between a need that holds now and one that does not (lifted,
#: past, future, another person's, a wish, a reassurance, negation scope), in both directions.
BOUNDARIES_FILE: Path = DATA_DIR / "accommodation_sentences_boundaries.jsonl"
#: Blind batch 18: the same boundary, written to test the round batch 17 prompted (lifted,
#: partly lifted and reinstated needs, past needs, other persons, wishes, hypotheticals).
UPDATES_FILE: Path = DATA_DIR / "accommodation_sentences_updates.jsonl"
#: Blind batch 19: realistic fields of many municipalities and writers, a general mix; scored
#: after the round batches 17 and 18 prompted.
MIX_FILE: Path = DATA_DIR / "accommodation_sentences_mix.jsonl"
#: Blind batch 20: quantities in unusual forms, figures that are no limits, clinicians' jargon,
#: long journal texts, text without æ, ø, å.
JARGON_FILE: Path = DATA_DIR / "accommodation_sentences_jargon.jsonl"
#: Blind batch 21: e-mails and quoted replies, forms with ticks, boxes and flattened tables,
#: hurried, dialect and second-language writing, needs written as capacities.
FORMS_FILE: Path = DATA_DIR / "accommodation_sentences_forms.jsonl"
#: Blind batch 22: written to be missed silently (references, litotes, paraphrase, exceptions).
PARAPHRASE_FILE: Path = DATA_DIR / "accommodation_sentences_paraphrase.jsonl"
#: Blind batch 23: needs tied to the tasks of company centres, restrictions without a code,
#: hedged first-person texts.
SETTINGS_FILE: Path = DATA_DIR / "accommodation_sentences_settings.jsonl"
#: Blind batch 24: an ordinary mix, scored after the rounds of batches 20-23 and their reviews
#: and not tuned on.
ORDINARY_FILE: Path = DATA_DIR / "accommodation_sentences_ordinary.jsonl"
#: Blind batch 25: figures and fields (units in the heading, the answer or nowhere, schedules,
#: agreements) mixed with figures that are no limits (dates, ages, doses, test results).
FIGURES_FILE: Path = DATA_DIR / "accommodation_sentences_figures.jsonl"
#: Blind batch 26: a general mix of voices (journal notes, statements, e-mails, SMS).
GENERAL_FILE: Path = DATA_DIR / "accommodation_sentences_general.jsonl"
#: Blind batch 27: an ordinary mix, scored after the round of batches 25-26 and its reviews and
#: not tuned on.
PLAIN_FILE: Path = DATA_DIR / "accommodation_sentences_plain.jsonl"
#: Blind batch 28: an everyday mix (fields, forms, professionals' notes, citizens' own words,
#: texts stating little need, exceptions and capacities), scored before the round it was
#: written in and not tuned on.
EVERYDAY_FILE: Path = DATA_DIR / "accommodation_sentences_everyday.jsonl"
#: Blind batch 29: what a case system holds, in many voices (fields, forms and agreements,
#: professionals' notes, citizens' e-mails and SMS, texts stating little need, schedules and
#: capacities), scored on the code after the reviews of batch 28's rounds.
CASEFILES_FILE: Path = DATA_DIR / "accommodation_sentences_casefiles.jsonl"
#: Blind batch 30: text whose meaning is in its layout (ticks on ranges, tables pasted from
#: forms, answers on the line below their field, a day's and a week's hours, start and end
#: times, asides in brackets), scored on the code before the round it prompted.
LAYOUT_FILE: Path = DATA_DIR / "accommodation_sentences_layout.jsonl"
#: Blind batch 31: an ordinary mix of many voices, scored on the code before the round of
#: batch 30 and not tuned on.
VARIED_FILE: Path = DATA_DIR / "accommodation_sentences_varied.jsonl"
#: Blind batch 32: an ordinary mix of many voices (98 texts; two duplicates of earlier files
#: dropped), scored on the code after the review of batch 30's round.
MIXED_FILE: Path = DATA_DIR / "accommodation_sentences_mixed.jsonl"
#: Blind batch 33: an ordinary mix of 98 municipalities' writers (99 texts; one duplicate of an
#: earlier file dropped), scored on the code after batch 32's round.
MUNICIPAL_FILE: Path = DATA_DIR / "accommodation_sentences_municipal.jsonl"
#: Blind batch 34: ordinary texts of many towns' writers, a quarter with complications and a
#: tenth in English (99 texts; one duplicate of an earlier file dropped), scored on 6c875a2.
TOWNS_FILE: Path = DATA_DIR / "accommodation_sentences_towns.jsonl"
#: Blind batch 35: notes written the way busy people write them (abbreviations, messages,
#: weekday schedules, pasted tables), scored after batch 34's round.
NOTES_FILE: Path = DATA_DIR / "accommodation_sentences_notes.jsonl"
#: Blind batch 36: half short notes (a field, a box, a message), half ordinary, scored after the
#: review of short notes.
SHORT_FILE: Path = DATA_DIR / "accommodation_sentences_short.jsonl"
#: Blind batch 37: ordinary weekly material, scored after every round of batches 34-36 and the
#: review of short notes, and not tuned on.
WEEKLY_FILE: Path = DATA_DIR / "accommodation_sentences_weekly.jsonl"
#: Blind batch 38: notes full of proper names (places, people, firms, signatures), scored after
#: the first rounds on place and person names.
NAMES_FILE: Path = DATA_DIR / "accommodation_sentences_names.jsonl"
#: Blind batch 39: an ordinary mix of 100 texts (journal notes, SMS, doctors' and
#: physiotherapists' statements, e-mails, forms, lifted needs, texts stating none) by a new
#: writer, scored on a3ebc0d before the round it prompted: R 0.981 P 0.812, one silent miss
#: (walking, inferred from a test result beside "Anbefaling: overvejende siddende arbejde").
DAILY_FILE: Path = DATA_DIR / "accommodation_sentences_daily.jsonl"
#: Blind batch 40: field entries and follow-up notes from company centres (numbers changed over
#: weeks, needs lifted or added), doctors' statements of restored capacity, citizens' messages,
#: texts without a current need; scored after this session's rounds and not tuned on: R 0.963
#: P 0.823, no need left out or read looser without a warning (the session's first code, 739db6d:
#: R 0.963 P 0.818).
FOLLOWUPS_FILE: Path = DATA_DIR / "accommodation_sentences_followups.jsonl"
#: Blind batch 41: short field entries and forms, longer notes mixing background with needs
#: (lifted and changed needs, others' needs, a helper's hours beside the working hours, walking
#: to work, wheelchair users), texts by the citizen, doctors and companies, 15 stating none;
#: scored after this session's rounds and before its own fix: R 0.932 P 0.782, one need left
#: out without a warning ("bruger elkørestol" unread), the rest read stricter; after the fix
#: R 0.938 P 0.783 and none.
HELPERS_FILE: Path = DATA_DIR / "accommodation_sentences_helpers.jsonl"
#: The blind files reported apart from the tuned ones.
APART: tuple[Path, ...] = (
    BLIND_FILE,
    OPEN_FILE,
    VOICES_FILE,
    EXPORTS_FILE,
    SCANS_FILE,
    WORKPLACE_FILE,
    BOUNDARIES_FILE,
    UPDATES_FILE,
    MIX_FILE,
    JARGON_FILE,
    FORMS_FILE,
    PARAPHRASE_FILE,
    SETTINGS_FILE,
    ORDINARY_FILE,
    FIGURES_FILE,
    GENERAL_FILE,
    PLAIN_FILE,
    EVERYDAY_FILE,
    CASEFILES_FILE,
    LAYOUT_FILE,
    VARIED_FILE,
    MIXED_FILE,
    MUNICIPAL_FILE,
    TOWNS_FILE,
    NOTES_FILE,
    SHORT_FILE,
    WEEKLY_FILE,
    NAMES_FILE,
    DAILY_FILE,
    FOLLOWUPS_FILE,
    HELPERS_FILE,
)


@dataclass
class Quality:
    """Counts behind recall, precision and warning rates of one labelled set."""

    sentences: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    warn_expected: int = 0
    warn_given: int = 0
    quiet_expected: int = 0
    spurious_warnings: int = 0
    silent_misses: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Share of labelled needs found with the right value."""
        found, total = sum(self.tp.values()), sum(self.tp.values()) + sum(self.fn.values())
        return found / total if total else 1.0

    @property
    def precision(self) -> float:
        """Share of predicted needs that are labelled, with the right value."""
        right, total = sum(self.tp.values()), sum(self.tp.values()) + sum(self.fp.values())
        return right / total if total else 1.0

    @property
    def silent_miss_rate(self) -> float:
        """Share of sentences where a labelled need was missed *and* no warning was given: the
        failures a consultant cannot notice."""
        return self.silent_misses / self.sentences if self.sentences else 0.0

    @property
    def warning_recall(self) -> float:
        """Share of sentences labelled ``warn`` that got at least one warning."""
        return self.warn_given / self.warn_expected if self.warn_expected else 1.0

    @property
    def spurious_warning_rate(self) -> float:
        """Share of sentences not labelled ``warn`` that got a warning anyway."""
        return self.spurious_warnings / self.quiet_expected if self.quiet_expected else 0.0

    def code_scores(self, code: str) -> tuple[float, float, int]:
        """(recall, precision, support) of one code."""
        tp, fp, fn = self.tp[code], self.fp[code], self.fn[code]
        recall = tp / (tp + fn) if tp + fn else float("nan")
        precision = tp / (tp + fp) if tp + fp else float("nan")
        return recall, precision, tp + fn


def load_labelled(path: Path) -> list[dict[str, Any]]:
    """The labelled sentences of one JSON-lines file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _pairs(needs: Iterable[Any]) -> set[tuple[str, float | None]]:
    out: set[tuple[str, float | None]] = set()
    for n in needs:
        code = n["code"] if isinstance(n, dict) else n.code
        value = n.get("value") if isinstance(n, dict) else n.value
        out.add((code, None if value is None else round(float(value), 2)))
    return out


def evaluate(rows: Sequence[dict[str, Any]]) -> Quality:
    """Score the reader on labelled rows."""
    q = Quality()
    for row in rows:
        q.sentences += 1
        result = extract_needs(row["text"])
        expected = _pairs(row["needs"])
        predicted = _pairs(result.needs)
        for code, _ in expected & predicted:
            q.tp[code] += 1
        for code, _ in expected - predicted:
            q.fn[code] += 1
        if expected - predicted and not result.warnings:
            q.silent_misses += 1
        for code, _ in predicted - expected:
            q.fp[code] += 1
        if row.get("warn"):
            q.warn_expected += 1
            q.warn_given += bool(result.warnings)
        else:
            q.quiet_expected += 1
            q.spurious_warnings += bool(result.warnings)
        if expected != predicted or (row.get("warn") and not result.warnings):
            q.errors.append(
                {
                    "text": row["text"],
                    "expected": sorted(expected, key=str),
                    "predicted": sorted(predicted, key=str),
                    "warn": row.get("warn", False),
                    "warnings": list(result.warnings),
                    "unclear": result.unclear,
                }
            )
    return q


def throughput(texts: Sequence[str], seconds: float = 2.0) -> tuple[float, float]:
    """Texts per CPU-second and per wall-clock second read by :func:`extract_needs`.

    The reader keeps no cache of whole texts, so repeating the same texts measures honest work.
    CPU time is the stable figure on a shared machine; wall time includes other load.
    """
    n = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    while time.process_time() - cpu0 < seconds:
        for t in texts:
            extract_needs(t)
        n += len(texts)
    return n / (time.process_time() - cpu0), n / (time.perf_counter() - wall0)


def three_sentence_texts(rows: Sequence[dict[str, Any]]) -> list[str]:
    """Texts of three labelled sentences each (the typical length of a citizen's text)."""
    sentences = [r["text"].rstrip(".") + "." for r in rows]
    return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences) - 2, 3)]


def report(name: str, q: Quality, *, per_code: bool = True, show_errors: bool = False) -> str:
    """A plain-text report of one labelled set."""
    lines = [f"== {name}: {q.sentences} sentences"]
    if per_code:
        lines.append(f"{'code':24} {'recall':>7} {'prec':>7} {'n':>4}")
        for code in ACCOMMODATION_CODES:
            r, p, n = q.code_scores(code)
            if n or q.fp[code]:
                lines.append(f"{code:24} {r:7.3f} {p:7.3f} {n:4d}")
    lines.append(
        f"overall recall {q.recall:.3f}  precision {q.precision:.3f}  "
        f"warning recall {q.warning_recall:.3f} ({q.warn_given}/{q.warn_expected})  "
        f"spurious warnings {q.spurious_warning_rate:.3f} ({q.spurious_warnings}/{q.quiet_expected})"
        f"  silent misses {q.silent_misses}"
    )
    if show_errors:
        for e in q.errors:
            lines.append(
                f"  ! {e['text']!r} expected={e['expected']} predicted={e['predicted']}"
                f" warn={e['warn']} warnings={len(e['warnings'])}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the quality report for the labelled files (the blind file apart)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every misread sentence")
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        default=[*LABELLED_FILES, *APART],
    )
    args = parser.parse_args(argv)
    tuned: list[dict[str, Any]] = []
    for path in args.files:
        rows = load_labelled(path)
        apart = path.resolve() in {p.resolve() for p in APART}
        if not apart:
            tuned.extend(rows)
        name = f"{path.name} (blind, reported apart)" if apart else path.name
        print(report(name, evaluate(rows), show_errors=args.errors))
        print()
    if len(args.files) > 1 and tuned:
        print(report("combined tuned files", evaluate(tuned), per_code=False))
    everything = tuned or [row for path in args.files for row in load_labelled(path)]
    texts = three_sentence_texts(everything)
    cpu, wall = throughput(texts)
    print(
        f"\nthroughput: {cpu:,.0f} texts per CPU-second ({wall:,.0f} per wall-clock second) "
        f"of 3 sentences each ({len(texts)} distinct texts)"
    )


if __name__ == "__main__":
    main()
