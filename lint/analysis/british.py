"""Is this copy written in British or Commonwealth style?

An American house style (the ``ap`` pack, ``guard = "american"``, the AP
rules ST002-ST007 and the AP date-style group DT101-DT105) must stay silent on a Guardian, BBC, Canadian Press
or Times of India story: flagging "towards" or "per cent" there floods the
editor with findings that are right for another style book. The signals
are read in body copy outside quotations (an American story may quote a
British statement) and only in lower case, so proper names in American
copy ("the Labour Party", "Sydney Harbour", "Lincoln Center"'s British
twins) do not count:

- British spellings: -our (colour, favour, honour, neighbour, behaviour…),
  -re (centre, metre, litre, fibre…), -ence (defence, offence, licence),
  -ise/-isation verbs and nouns with an American -ize form (recognise,
  organisation, criticised…), -yse (analyse, paralysed), and others
  (programme, tyre, kerb, cheque, aluminium, jewellery, manoeuvre,
  mould, smoulder…);
- a courtesy title without a full point before a name ("Mr Patel",
  "Dr Singh");
- a day-month-year date ("4 June 2023"), a day before its month after a
  weekday or "on" ("on 21 March", "Tuesday 21 March"), a time with a full
  point ("11.45pm");
- "per cent", which counts only from its second use: one slip in American
  copy is exactly what the AP pack should report, while Commonwealth copy
  writes it again and again.

One signal is enough: a wrong "British" verdict only silences the AP
rules, while a missed one floods British copy.
"""

from __future__ import annotations

import re

from lint.article.document import Document
from lint.support.patterns import LazyPattern

# British spellings, read word by word (one regular expression of them all
# took longer to compile than the whole check takes to run).
_OUR_STEMS = frozenset(
    "colour favour honour labour neighbour behaviour harbour humour rumour vapour vigour valour odour flavour "
    "armour clamour endeavour fervour parlour rancour splendour tumour candour demeanour ardour rigour".split())
_RE_WORDS = frozenset(
    "centre centred centres metre metres kilometre kilometres centimetre centimetres millimetre millimetres "
    "litre litres fibre fibres calibre spectre sombre lustre meagre manoeuvre manoeuvres manoeuvred".split())
# Stems whose -ise forms are British only (advise, revise, surprise… are -ise everywhere).
_ISE_STEMS = frozenset(
    "organis recognis realis apologis criticis emphasis prioritis authoris minimis maximis summaris characteris "
    "finalis mobilis legalis privatis subsidis stabilis utilis specialis normalis centralis jeopardis categoris "
    "capitalis hospitalis penalis standardis sympathis visualis neutralis modernis digitis memoris publicis "
    "criminalis harmonis optimis patronis polaris sanitis terroris traumatis vandalis weaponis industrialis "
    "colonis democratis globalis immunis incentivis liberalis localis marginalis militaris monetis nationalis "
    "naturalis rationalis revitalis socialis urbanis scrutinis mesmeris galvanis fertilis familiaris energis "
    "itemis randomis sensitis westernis agonis antagonis baptis dramatis economis equalis evangelis fantasis "
    "formalis idealis idolis legitimis magnetis materialis moisturis motoris pasteuris personalis philosophis "
    "plagiaris popularis pressuris radicalis reorganis satiris scandalis sterilis stigmatis strategis symbolis "
    "synchronis tantalis theoris unionis vaporis victimis".split())
_ISE_ENDINGS = ("ations", "ation", "ing", "ers", "ed", "es", "er", "e")
# Not "travelled", "whilst" or "amongst": one of those in American copy is a
# slip the AP pack reports, not a sign of another style book.
_OTHER_WORDS = frozenset(
    "programme programmes tyre tyres kerb kerbs cheque cheques aluminium jewellery oestrogen storey storeys "
    "aeroplane aeroplanes moustache moustaches pyjamas defence offence licence pretence ageing enrolment "
    "instalment fulfil analyse analysed analysing paralyse paralysed paralysing catalyse catalysed "
    "catalysing".split())
_OTHER_PREFIXES = ("mould", "smoulder", "moult", "paediatric", "anaesthe", "orthopaedic", "foetus", "plough",
                   "sceptic")
_LOWER_WORD = LazyPattern(r"\b[a-z]{4,}\b")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Compiled on first use: only copy that some AP rule has something to say
# about is ever judged.
_SIGNALS = LazyPattern(
    r"\b(?:Mr|Mrs|Dr)[ \u00a0][A-Z][a-z]"
    rf"|\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"
    rf"|\b(?:on|from|until|by|{_WEEKDAYS}),? \d{{1,2}} (?:{_MONTHS})\b"
    r"|\b\d{1,2}\.\d\d ?[ap]m\b"
)
_PER_CENT = LazyPattern(r"\bper\s+cent\b", re.IGNORECASE)


def british_word(word: str) -> bool:
    """A lowercase word spelled the British way (see the module docstring)."""
    if word in _RE_WORDS or word in _OTHER_WORDS or word.startswith(_OTHER_PREFIXES):
        return True
    at = word.find("our")
    if at > 0 and word[:at + 3] in _OUR_STEMS:
        return True
    for ending in _ISE_ENDINGS:
        if word.endswith(ending) and word[:-len(ending)] in _ISE_STEMS:
            return True
    return False


def british_copy(doc: Document) -> bool:
    """True when the body copy, outside quotations, reads as British or
    Commonwealth English (see the module docstring). Computed once per
    document, and only when an American-guarded rule has something to say."""
    from lint.analysis.people import copy_blocks
    from lint.analysis.quotes import in_quotes

    quotes = in_quotes(doc)
    text = doc.text
    per_cent = 0
    for block in doc.analysis(copy_blocks):
        for match in _LOWER_WORD.finditer(text, block.start, block.end):
            if british_word(match.group()) and match.start() not in quotes:
                return True
        for match in _SIGNALS.finditer(text, block.start, block.end):
            if match.start() not in quotes:
                return True
        for match in _PER_CENT.finditer(text, block.start, block.end):
            if match.start() not in quotes:
                per_cent += 1
                if per_cent >= 2:
                    return True
    return False
