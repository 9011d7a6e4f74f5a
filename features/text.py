"""Danish text normalisation shared by the text readers (accommodation needs, CVs).

Caseworkers write fast: abbreviations ("t/uge", "max.", "kg."), numbers as words ("ti kilo",
"en halv time"), split or glued compounds ("kunde kontakt"), one-letter typos ("løfet",
"ståenede") and now and then ASCII spellings of æ, ø and å ("loefte", "staa"). This module turns
such text into a stream of normalised :class:`Token` objects that still know where they came from
in the original string, so that a reader can quote the exact span it based a decision on.

Everything here is language plumbing with no knowledge of accommodation codes; the lexicons live
with the readers that use them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

#: Characters mapped before tokenising: typographic dashes, quotes and accented vowels that
#: Danish writes only for stress ("én", "á") are folded to their plain forms; æ, ø, å are kept.
_CHAR_MAP: Final[dict[int, str]] = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "é": "e",
        "á": "a",
        "ó": "o",
        "è": "e",
        "à": "a",
        "ä": "æ",
        "ö": "ø",
    }
)

_FRACTIONS: Final[dict[str, float]] = {"½": 0.5, "¼": 0.25, "¾": 0.75}

#: One token of the original text: a number (digits with an optional decimal part and an
#: optional vulgar fraction: "7,5", "1½"), a word (letters, inner hyphens and apostrophes) or a
#: single other non-space character.
_TOKEN_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?[½¼¾]?|[½¼¾])"
    r"|(?P<word>[^\W\d_]+(?:['][^\W\d_]+)*)"
    r"|(?P<punct>[^\w\s])"
)


class Token(NamedTuple):
    """One normalised token and the span of the original text it stands for.

    A named tuple rather than a dataclass: readers create millions of them.

    Parameters
    ----------
    text
        The normalised form: lower case, NFC, numbers as plain decimals ("7.5", "30").
    start, end
        Character offsets into the original text (``original[start:end]``).
    kind
        ``"word"``, ``"num"`` or ``"punct"``.
    """

    text: str
    start: int
    end: int
    kind: str


def normalize(text: str) -> str:
    """Unicode NFC, case folding and typographic clean-up, keeping æ, ø and å.

    >>> normalize("  Max 12 T/Uge – ÉN opgave ")
    'max 12 t/uge - en opgave'
    """
    folded = unicodedata.normalize("NFC", text).lower().translate(_CHAR_MAP)
    return " ".join(folded.split())


def _number_text(raw: str) -> str:
    """Digits as a plain decimal string: "7,5" -> "7.5", "1½" -> "1.5", "8.00" -> "8"."""
    frac = 0.0
    if raw and raw[-1] in _FRACTIONS:
        frac = _FRACTIONS[raw[-1]]
        raw = raw[:-1]
    value = (float(raw.replace(",", ".")) if raw else 0.0) + frac
    return format_number(value)


def format_number(value: float) -> str:
    """A number as the shortest plain decimal: 10.0 -> "10", 0.5 -> "0.5"."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into normalised tokens with offsets into ``text`` itself.

    Offsets refer to the string passed in, so ``text[t.start:t.end]`` is the original spelling;
    ``offset`` is added to every offset (for a slice of a longer text).
    Words are lower-cased, NFC-normalised and typographically folded (see :func:`normalize`);
    hyphenated words are split ("ikke-kundevendt" -> "ikke", "-", "kundevendt").

    >>> [t.text for t in tokenize("Max. 7,5 kg/dag")]
    ['max', '.', '7.5', 'kg', '/', 'dag']
    """
    tokens: list[Token] = []
    # Fast path: when folding the whole text keeps every character in place (NFC already, no
    # letter whose lower case is longer), tokens are sliced from the folded text.
    folded = text.lower().translate(_CHAR_MAP)
    whole = len(folded) == len(text) and unicodedata.is_normalized("NFC", text)
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        start, end = m.span()
        if kind == "num":
            norm = _number_text(m.group())
        elif whole:
            norm = folded[start:end]
        else:
            norm = unicodedata.normalize("NFC", m.group()).lower().translate(_CHAR_MAP)
        tokens.append(Token(norm, start + offset, end + offset, kind))
    return tokens


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

#: Abbreviations whose full stop never ends a sentence in this kind of text.
NON_TERMINAL_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "pga", "ca", "jf", "jvf", "bl", "f", "eks", "fx", "evt", "inkl", "ekskl", "dvs", "mht",
        "ift", "iht", "kl", "pr", "nr", "max", "maks", "mv", "bla", "hhv", "vedr", "ang", "tlf",
        "st", "ex", "el", "osv", "mm", "incl", "ml", "mf", "vha", "ifm", "ifht", "iflg", "ifølge",
        "gl", "stk", "afd", "hr", "fr", "dr", "d", "tidl", "hø", "sv", "approx", "appr", "eft",
    }
)  # fmt: skip
#: Units and abbreviated nouns whose full stop ends a sentence only before a capital letter:
#: "max 20 min. Skal sidde" ends, "3 t. 2 dage om ugen", "min. 3 opgaveforslag" and "undgå
#: arb. m. armene løftet" do not.
UNIT_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"min", "t", "tim", "bemærkn", "pct"})
#: Abbreviated weekdays: their full stop ends no sentence when the list of days or its hours go
#: on ("Man., tirs. og tors. 2 t. hver" is one sentence: the hours belong to all three days).
WEEKDAY_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {"man", "tir", "tirs", "ons", "tor", "tors", "fre", "lør", "søn"}
)
_GOES_ON_WITH_DAYS_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?:og|samt|eller) |[+&/,] ?)?(?:(?:man|tirs?|ons|tors?|fre|lør|søn)(?:dag(?:e|en)?)?\b|\d)",
    re.IGNORECASE,
)

_CUT_RE: Final[re.Pattern[str]] = re.compile(r"[\n\r!?.]")
_BULLET_RE: Final[re.Pattern[str]] = re.compile(r"(?m)^[ \t]*(?:[-*•·▪◦]|\d+[.)])[ \t]+")
#: The months, as Danish writes them.
MONTHS: Final[tuple[str, ...]] = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)  # fmt: skip
#: Lower-case words an ordinal number stands before ("9. klasse", "hver 14. dag", "for 3.
#: gang", "1. marts"): the ordinal's full stop ends no sentence and starts no list item.
_ORDINAL_NOUN_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zæøå]*\b|"
    r"(?:klasse\w*|klassetrin|dag|dage|dags|uge|uges|gang|gange|måned|måneds|år|års|sal|"
    r"etage|kvartal|semester|plads|time|runde|forsøg|forløb|periode|halvår|skoleår|hverdag|"
    r"og|eller|til)\b"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, stripped of surrounding space and dots.

    A sentence ends at "!", "?", a line break, a bullet, or a full stop that is followed by an
    upper-case letter, a digit, the end of the text, or a lower-case word when the word before the
    stop is an ordinary word of three letters or more (caseworkers forget capitals), unless the word before the stop is an
    abbreviation that never ends a sentence ("pga.", "max.", "kl." ...). After a unit ("min.",
    "t.") only a capital letter starts a new sentence ("max 20 min. Skal kunne sidde"
    but "3 t. 2 dage om ugen"); after an abbreviated weekday only when no day or hours follow
    ("Man., tirs. og tors. 2 t. hver" is one sentence). The stop of an ordinal before a month or a counted noun ends
    nothing ("1. marts", "9. klasse", "hver 14. dag", "for 3. gang").

    >>> t = "Max. 15 t./uge pga. ryg. Kun dagvagter\\n- rolige omgivelser"
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Max. 15 t./uge pga. ryg', 'Kun dagvagter', 'rolige omgivelser']
    """
    # Each cut is (where the previous sentence ends, where the next one may start).
    cuts: list[tuple[int, int]] = [(m.start(), m.end()) for m in _BULLET_RE.finditer(text)]
    ordinals = _inline_ordinals(text)
    cuts.extend((a, b) for a, b in ordinals.values())
    for m in _CUT_RE.finditer(text):
        i = m.start()
        if i in ordinals:
            continue
        if text[i] != "." or _full_stop_ends_sentence(text, i):
            # (a closing quote after the stop ends the quoted sentence, not starts the next)
            quoted = text[i] == "." and text[i + 1 : i + 2] in tuple(_CLOSING_QUOTES)
            cuts.append((i, i + 2 if quoted else i + 1))
    bounds: list[tuple[int, int]] = []
    pos = 0
    for end, nxt in sorted(cuts):
        if end >= pos:
            bounds.append((pos, end))
        pos = max(pos, nxt)
    bounds.append((pos, len(text)))
    spans: list[tuple[int, int]] = []
    for a, b in bounds:
        a, b = _strip_span(text, a, b)
        if b > a:
            spans.append((a, b))
    return spans


_ORDINAL_RE: Final[re.Pattern[str]] = re.compile(r"(?<![\w.,/-])(\d{1,2})\.[ \t]+(?=[^\W\d_])")


def _inline_ordinals(text: str) -> dict[int, tuple[int, int]]:
    """Numbered list items written on one line ("Hensyn: 1. Rolige rammer 2. Faste opgaver").

    Maps the position of each item's full stop to the cut it makes: the previous item ends
    before the number and the next starts after the stop. A number counts as an item only when
    its neighbour in the sequence (n - 1 or n + 1) is an item too, so "max 10. Skal sidde"
    keeps its 10.
    """
    found = [
        (int(m.group(1)), m.start(), m.end(1))
        for m in _ORDINAL_RE.finditer(text)
        if not _ORDINAL_NOUN_RE.match(text, m.end())  # "2. februar ... 1. marts": dates
    ]
    numbers = {n for n, _, _ in found}
    return {
        stop: (start, stop + 1) for n, start, stop in found if n - 1 in numbers or n + 1 in numbers
    }


#: Quotation marks that may close a quoted sentence after its full stop (not the single ones,
#: which are also apostrophes: "ka' ikke").
_CLOSING_QUOTES: Final = '"”»'


def _full_stop_ends_sentence(text: str, i: int) -> bool:
    """Whether the "." at ``text[i]`` ends a sentence (see :func:`sentence_spans`)."""
    j = i + 1
    n = len(text)
    if j < n and text[j] in _CLOSING_QUOTES:
        # the end of a quoted sentence: 'sagde: "Vi har en anden praktikant." Vores borger'
        j += 1
        while j < n and text[j] in " \t":
            j += 1
        return j > i + 2 and (j >= n or text[j] in "\n\r" or text[j].isupper())
    if j < n and not text[j].isspace():
        return False  # "t./uge", "7.5", "bl.a."
    while j < n and text[j] in " \t":
        j += 1
    if j >= n or text[j] in "\n\r":
        return True
    nxt = text[j]
    k = i
    while k > 0 and (text[k - 1].isalpha()):
        k -= 1
    prev = text[k:i].lower()
    if prev in NON_TERMINAL_ABBREVIATIONS:
        return False
    if prev in WEEKDAY_ABBREVIATIONS and _GOES_ON_WITH_DAYS_RE.match(text, j):
        return False
    if prev in UNIT_ABBREVIATIONS or prev.endswith("arb"):  # "arb.", "natarb. nej", "lagerarb."
        return nxt.isupper()
    if nxt.islower():
        # a sentence started without its capital ("efter behov. kan godt lide kunder"); a
        # short word before the stop is more likely an unlisted abbreviation, and a number
        # before a month or a counted noun is an ordinal ("d. 1. marts", "9. klasse", "hver
        # 14. dag")
        if not prev and i > 0 and text[i - 1].isdigit():
            return _ORDINAL_NOUN_RE.match(text, j) is None
        return len(prev) >= 3 and (k == 0 or text[k - 1] != ".")
    if not (nxt.isupper() or nxt.isdigit() or nxt in "•-*\"'("):
        return False
    # "1. 2. 3." ordinals and dates ("d. 1. marts") do not end a sentence.
    return not (not prev and i > 0 and text[i - 1].isdigit() and not nxt.isupper())


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink ``[a, b)`` past surrounding whitespace, full stops and bullet marks."""
    while a < b and (text[a].isspace() or text[a] in ".;,•·▪◦*"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".;,:"):
        b -= 1
    return a, b


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

#: Danish cardinal number words with an unambiguous meaning. "en"/"et" (also the indefinite
#: article) are handled in context by :func:`normalize_numbers`.
NUMBER_WORDS: Final[dict[str, float]] = {
    "nul": 0, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30,
    "tredve": 30, "fyrre": 40, "fyrretyve": 40, "halvtreds": 50, "halvtredsindstyve": 50,
    "tres": 60, "tresindstyve": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90,
    "hundrede": 100, "halvanden": 1.5, "halvandet": 1.5,
}  # fmt: skip

_UNITS_WORDS: Final[dict[str, int]] = {
    "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
    "ni": 9,
}  # fmt: skip
_TENS_WORDS: Final[dict[str, int]] = {
    "tyve": 20, "tredive": 30, "tredve": 30, "fyrre": 40, "fyrretyve": 40, "halvtreds": 50,
    "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90,
}  # fmt: skip
_COMPOUND_NUMBER_RE: Final[re.Pattern[str]] = re.compile(
    rf"^({'|'.join(_UNITS_WORDS)})og({'|'.join(_TENS_WORDS)})$"
)

#: Words after which "en"/"et" is the number one ("en time", "et kvarter", "en halv").
_ONE_BEFORE: Final[frozenset[str]] = frozenset(
    {
        "time", "times", "timer", "timers", "kilo", "kg", "kvarter", "dag", "dags", "uge",
        "minut", "minuts", "halv", "halvt", "enkelt", "kilogram", "gang", "kvarters", "døgn",
        "snes",
    }
)  # fmt: skip


def parse_number(word: str) -> float | None:
    """The value of a normalised number token or Danish number word, else ``None``.

    >>> parse_number("tolv"), parse_number("femogtyve"), parse_number("7.5"), parse_number("kg")
    (12.0, 25.0, 7.5, None)
    """
    if word and (word[0].isdigit()):
        try:
            return float(word)
        except ValueError:
            return None
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if "og" not in word:
        return None
    m = _COMPOUND_NUMBER_RE.match(word)
    if m:
        return float(_UNITS_WORDS[m.group(1)] + _TENS_WORDS[m.group(2)])
    return None


def normalize_numbers(tokens: Sequence[Token]) -> list[Token]:
    """Number words to digits, in context, keeping original offsets.

    - unambiguous words: "tolv" -> "12", "femogtyve" -> "25", "halvanden" -> "1.5";
    - "en"/"et" only before a unit: "en time" -> "1 time" (elsewhere they are articles);
    - halves: "en halv time" -> "0.5 time", "to en halv time" / "2 og en halv" -> "2.5";
    - quarters of an hour: "et kvarter" -> "15 min", "tre kvarter" -> "45 min";
    - "et par timer" -> "2 timer" (a couple); a score: "en snes" -> "20", "en halv snes" -> "10";
    - slash fractions before a unit: "1/2 time" -> "0.5 time", "1 1/2 time" -> "1.5 time"
      (without a unit "1/2" is a date and left alone).

    >>> [t.text for t in normalize_numbers(tokenize("en halv times kørsel og tre kvarter"))]
    ['0.5', 'times', 'kørsel', 'og', '45', 'min']
    """
    out: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1].text if i + 1 < n else ""
        nxt2 = tokens[i + 2].text if i + 2 < n else ""
        if tok.kind == "word" and tok.text in ("en", "et") and nxt in ("halv", "halvt"):
            # "en halv" (0.5), possibly after a whole number: "2 og en halv".
            value = 0.5
            start = tok.start
            if out and out[-1].text == "og" and len(out) >= 2 and out[-2].kind == "num":
                value += float(out[-2].text)
                start = out[-2].start
                del out[-2:]
            elif out and out[-1].kind == "num":
                value += float(out[-1].text)
                start = out[-1].start
                del out[-1:]
            out.append(Token(format_number(value), start, tokens[i + 1].end, "num"))
            i += 2
            continue
        if tok.kind == "word" and tok.text in ("et", "en") and nxt == "par" and nxt2:
            out.append(Token("2", tok.start, tokens[i + 1].end, "num"))
            i += 2
            continue
        if tok.kind == "num" and nxt == "/" and i + 3 <= n:
            fraction = _slash_fraction(tokens, i)
            if fraction is not None:
                # "1/2 time" -> 0.5, "1 1/2 time" -> 1.5 (a whole number before it is added)
                value, start = fraction, tok.start
                if out and out[-1].kind == "num" and "." not in out[-1].text:
                    value += float(out[-1].text)
                    start = out[-1].start
                    del out[-1:]
                out.append(Token(format_number(value), start, tokens[i + 2].end, "num"))
                i += 3
                continue
        if tok.kind == "word" and tok.text in ("snes", "snese") and out and out[-1].kind == "num":
            # a score, the old count of twenty: "en snes kilo" (20), "en halv snes" (10)
            value = float(out[-1].text) * 20
            out[-1] = Token(format_number(value), out[-1].start, tok.end, "num")
            i += 1
            continue
        if tok.text in ("ti", "to") and _before_a_window(tokens, i):
            out.append(tok)  # Tuesday or Thursday in a schedule: "ti 8-11", "To: 9-12"
            i += 1
            continue
        number = _token_value(tok, nxt)
        if number is not None and nxt in ("kvarter", "kvarters"):
            out.append(Token(format_number(number * 15), tok.start, tok.end, "num"))
            out.append(Token("min", tokens[i + 1].start, tokens[i + 1].end, "word"))
            i += 2
            continue
        if number is not None and tok.kind == "word":
            out.append(Token(format_number(number), tok.start, tok.end, "num"))
        elif tok.kind == "word" and tok.text in ("halv", "halvt") and nxt.startswith("time"):
            out.append(Token("0.5", tok.start, tok.end, "num"))
        else:
            out.append(tok)
        i += 1
    return out


#: A weekday, full or abbreviated ("ma", "tirs", "onsdag"): after "ti"/"to" and a joiner it
#: makes them weekdays too ("ti-lø 10-14", "to, fr").
_WEEKDAY_WORD_RE: Final = re.compile(
    r"(?:ma|ti|on|to|fr|lø|sø|man|tirs?|ons|tors?|fre|lør|søn)(?:dag(?:e|en)?)?"
)


def _before_a_window(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` stands before a colon or a clock window ("8-11", "8.30 - 12"),
    or starts a range or list of weekdays ("ti-lø", "to, fr"), as an abbreviated weekday of a
    schedule does."""
    j = i + 1
    if j < len(tokens) and tokens[j].text == ":":
        return True
    if (
        j + 1 < len(tokens)
        and tokens[j].text in ("-", "–", "+", "/", ",", "&", "og")
        and _WEEKDAY_WORD_RE.fullmatch(tokens[j + 1].text)
    ):
        return True
    if j < len(tokens) and tokens[j].text == "kl":
        j += 2 if j + 1 < len(tokens) and tokens[j + 1].text == "." else 1
    window = tokens[j : j + 3]
    return (
        len(window) == 3
        and window[0].kind == "num"
        and window[1].text in ("-", "–")
        and window[2].kind == "num"
    )


#: Words after which "1/2", "1/4" and "3/4" are fractions of a unit rather than dates
#: ("1/2 time", "3/4 times transport"; but "starter 1/2 med 3 timer" is the first of February).
_FRACTION_UNITS: Final[frozenset[str]] = frozenset(
    {
        "time", "times", "timer", "timers", "t", "kg", "kilo", "kvarter", "dag", "dags", "dage",
        "uge", "uges", "tid", "tids", "arbejdstid", "stilling", "min", "minut", "minutter",
    }
)  # fmt: skip


def _slash_fraction(tokens: Sequence[Token], i: int) -> float | None:
    """The value of "1/2", "1/4" or "3/4" at ``tokens[i:i+3]`` when a unit follows, else None."""
    num, den = tokens[i].text, tokens[i + 2].text
    if tokens[i + 2].kind != "num" or den not in ("2", "4") or not num.isdigit():
        return None
    if int(num) >= int(den):
        return None
    unit = tokens[i + 3].text if i + 3 < len(tokens) else ""
    if unit not in _FRACTION_UNITS:
        return None
    return int(num) / int(den)


def _token_value(tok: Token, nxt: str) -> float | None:
    """The number a token stands for, given the next token's text (for "en"/"et")."""
    if tok.kind == "num":
        return float(tok.text)
    if tok.kind != "word":
        return None
    if tok.text in ("en", "et", "een", "eet"):
        return 1.0 if nxt in _ONE_BEFORE else None
    return parse_number(tok.text)


# --------------------------------------------------------------------------------------------
# Typos, ASCII spellings and split compounds
# --------------------------------------------------------------------------------------------


def within_one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by at most one insertion, deletion, substitution or
    transposition of two neighbouring letters (Damerau-Levenshtein distance <= 1).

    >>> within_one_edit("løfet", "løfte"), within_one_edit("ståenede", "stående")
    (True, True)
    >>> within_one_edit("løber", "løfter")
    False
    """
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [k for k in range(la) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    # b is one longer: deleting one character of b must give a.
    k = 0
    while k < len(a) and a[k] == b[k]:
        k += 1
    return a[k:] == b[k + 1 :]


def _deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


_ASCII_SPELLINGS: Final[tuple[tuple[str, str], ...]] = (("aa", "å"), ("oe", "ø"), ("ae", "æ"))


def _through_danish_letter(word: str) -> str | None:
    """``word`` up to and including its first æ, ø or å, at least three letters; else None."""
    for k, ch in enumerate(word):
        if ch in "æøå":
            return word[: max(3, k + 1)] if len(word) >= 3 else None
    return None


class TypoCorrector:
    """Maps misspelt words to a known lexicon word one edit away.

    Only words of at least ``min_length`` letters that are neither lexicon words nor in the
    ``protected`` set of ordinary Danish words are touched, and only when exactly one lexicon
    word is within one edit (ambiguous corrections are not made); a word one letter shorter than
    ``min_length`` may only get a missing letter back ("alne" → "alene"). The first letter must
    agree:
    typing slips rarely hit it, while real words one edit from a trigger often differ there
    ("lunge" is not a misspelt "tunge"). ASCII spellings of æ, ø and å
    ("loefte", "staa") are mapped back when the result is a known word, at any length. Lookups
    are memoised, so a corrector costs one dictionary lookup per recurring word.

    Parameters
    ----------
    lexicon
        The words worth recovering (trigger words of a reader).
    protected
        Ordinary words that must never be "corrected" into a lexicon word ("passe" is not a
        misspelt "pause").
    min_length
        Shorter words are too ambiguous to correct.
    """

    def __init__(
        self, lexicon: Iterable[str], protected: Iterable[str] = (), min_length: int = 5
    ) -> None:
        self.lexicon: frozenset[str] = frozenset(lexicon)
        self.known: frozenset[str] = self.lexicon | frozenset(protected)
        self.min_length = min_length
        index: dict[str, set[str]] = {}
        for word in self.lexicon:
            if len(word) < min_length - 1:
                continue
            index.setdefault(word, set()).add(word)
            for d in _deletions(word):
                index.setdefault(d, set()).add(word)
        self._index = index
        #: Six-letter beginnings of long lexicon words: an ASCII-spelt compound that starts
        #: like one is respelt even when the compound itself is unknown.
        self._prefixes: frozenset[str] = frozenset(w[:6] for w in self.lexicon if len(w) >= 7)
        #: Beginnings of lexicon words through their first æ, ø or å (at least three letters):
        #: "boejning" respelt "bøjning" starts like "bøje", "vaade" like "vådt". ASCII spellings
        #: of ordinary words and names ("Aarhus", "kollegaer") rarely start like a trigger.
        self._letter_prefixes: frozenset[str] = frozenset(
            p for p in (_through_danish_letter(w) for w in self.known) if p is not None
        )
        self._cache: dict[str, str] = {}

    def correct(self, word: str) -> str:
        """``word`` itself, or the single lexicon word it is a misspelling of.

        >>> TypoCorrector(["løfte", "pause"], ["passe"]).correct("løfet")
        'løfte'
        """
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        result = self._correct(word)
        if len(self._cache) < 100_000:
            self._cache[word] = result
        return result

    def _correct(self, word: str) -> str:
        if word in self.known or not word.isalpha():
            return word
        for ascii_form, _letter in _ASCII_SPELLINGS:
            if ascii_form in word:
                respelt = word
                for a2, l2 in _ASCII_SPELLINGS:
                    respelt = respelt.replace(a2, l2)
                if (
                    respelt in self.known
                    or respelt[:6] in self._prefixes
                    or _through_danish_letter(respelt) in self._letter_prefixes
                ):
                    return respelt  # "koerestolsadgang" → "kørestolsadgang"
                if len(respelt) >= self.min_length:
                    fixed = self._one_edit(respelt)  # "soejende": ASCII and a typo at once
                    if fixed != respelt:
                        return fixed
                break
        if len(word) < self.min_length - 1:
            return word
        if len(word) < self.min_length:
            # one letter short of a longer lexicon word ("alne" for "alene"): only insertions
            hits = {
                w for w in self._index.get(word, ()) if len(w) == len(word) + 1 and w[0] == word[0]
            }
            return hits.pop() if len(hits) == 1 else word
        return self._one_edit(word)

    def _one_edit(self, word: str) -> str:
        """The single lexicon word one edit from ``word`` with the same first letter, if any."""
        candidates: set[str] = set(self._index.get(word, ()))
        for d in _deletions(word):
            if d in self.lexicon:
                candidates.add(d)
            candidates.update(self._index.get(d, ()))
        matches = {c for c in candidates if c[0] == word[0] and within_one_edit(word, c)}
        if len(matches) == 1:
            return matches.pop()
        return word


@functools.lru_cache(maxsize=8)
def _compound_starts(compounds: frozenset[str]) -> frozenset[str]:
    """Every beginning of a compound that could be a word written apart (two letters or more)."""
    return frozenset(c[:k] for c in compounds for k in range(2, len(c) - 1))


def join_split_compounds(tokens: Sequence[Token], compounds: frozenset[str]) -> list[Token]:
    """Glue two adjacent words written apart when together they form a known compound.

    Danish writes compounds as one word; "kunde kontakt" and "skulder højde" are common slips.
    Only pairs whose concatenation (or concatenation with a linking "e"/"s") is in ``compounds``
    are joined, so ordinary word pairs are left alone.

    >>> tokens = tokenize("ikke kunde kontakt")
    >>> [t.text for t in join_split_compounds(tokens, frozenset({"kundekontakt"}))]
    ['ikke', 'kundekontakt']
    """
    out: list[Token] = []
    i = 0
    n = len(tokens)
    firsts = _compound_starts(compounds)
    while i < n:
        tok = tokens[i]
        if tok.kind == "word" and tok.text in firsts and i + 1 < n and tokens[i + 1].kind == "word":
            nxt = tokens[i + 1]
            glued = None
            for link in ("", "e", "s"):
                candidate = tok.text + link + nxt.text
                if candidate in compounds:
                    glued = candidate
                    break
            if glued is not None:
                out.append(Token(glued, tok.start, nxt.end, "word"))
                i += 2
                continue
        out.append(tok)
        i += 1
    return out
