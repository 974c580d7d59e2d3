"""Number words and the contexts where AP keeps figures (ST002, ST005, ST006).

AP spells out whole numbers below 10 and uses figures for 10 and above,
with many exceptions that always take figures: ages, percentages, money,
times, dates, addresses, scores and votes, dimensions, weights, speeds and
temperatures, and identifiers ("No. 3", "Route 9", "Category 4"). The word
lists here say which neighbouring words mark such an exception; when in
doubt a word is listed, because a missed finding costs less than a false one.
"""

from __future__ import annotations

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

WORD_VALUES = {word: value for value, word in enumerate(UNITS)}
WORD_VALUES.update({word: 10 + value for value, word in enumerate(TEENS)})
WORD_VALUES.update({word: 10 * value for value, word in enumerate(TENS) if word})
NUMBER_WORDS = frozenset(WORD_VALUES) | {"hundred", "thousand", "million", "billion", "trillion", "dozen"}


def in_words(value: int) -> str | None:
    """1-99 in words ("seven", "forty-two"); None outside that range."""
    if not 0 < value < 100:
        return None
    if value < 10:
        return UNITS[value]
    if value < 20:
        return TEENS[value - 10]
    tens, units = divmod(value, 10)
    return TENS[tens] + (f"-{UNITS[units]}" if units else "")


def word_value(word: str) -> int | None:
    """The value of "fifteen" or "twenty-five"; None if ``word`` is not one."""
    word = word.lower()
    if word in WORD_VALUES:
        return WORD_VALUES[word]
    tens, _, units = word.partition("-")
    if tens in TENS and tens and units in UNITS[1:]:
        return WORD_VALUES[tens] + WORD_VALUES[units]
    return None


# A figure followed by one of these keeps its figure in AP style, or is a
# multiplier, a range or a measure the rule cannot judge.
FIGURE_WORDS = frozenset("""
percent percentage per pct cent cents dollar dollars euro euros pound pounds yen yuan pesos peso rupees rupee
francs franc bucks grand million billion trillion thousand hundred dozen
degree degrees mile miles foot feet inch inches yard yards meter meters metre metres kilometer kilometers
kilometre kilometres centimeter centimeters millimeter millimeters km cm mm m ft mi in yd
acre acres hectare hectares square cubic gallon gallons liter liters litre litres quart quarts pint pints
cup cups tablespoon tablespoons teaspoon teaspoons ounce ounces oz pound lb lbs ton tons tonne tonnes
gram grams kilogram kilograms kilo kilos kg g mg ml calorie calories carat carats karat karats
volt volts watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts horsepower hp
mph kph knot knots magnitude hz ghz mhz gb mb tb kb gigabyte gigabytes megabyte megabytes terabyte terabytes
x times point points percentage-point
p a am pm o'clock o’clock noon midnight
hour hours minute minutes second seconds hr hrs min mins sec secs
vote votes ballot ballots
goal goals run runs hit hits yard yards rebound rebounds assist assists strikeout strikeouts touchdown
touchdowns save saves sack sacks tackle tackles birdie birdies bogey bogeys eagle eagles stroke strokes
under over par wicket wickets ace aces steal steals block blocks turnover turnovers foul fouls rbi rbis
inning innings lap laps set sets game games match matches round rounds seed seeds shot shots homer homers
star stars
""".split())

# Ages: "3 years old", "aged 3", "ages 3 to 5".
AGE_AFTER = frozenset({"old"})
# A figure after one of these is an identifier or a label, not a count.
ID_BEFORE = frozenset("""
no no. nos. number num. # page pages p. pp. chapter chapters ch. article section sec. route highway interstate
room rooms gate gates game round level levels category stage phase grade grades step steps platform
terminal district ward precinct size sizes type version model channel floor pier berth dock slip row seat
line verse track week day top lane exit unit apartment apt. suite box flight vol. volume episode season
part act scene book issue item items figure fig. table appendix proposition measure amendment title
aged age ages class division region zone window door bus train pick picks jersey number-one lot lots
station hole holes court field bay hangar runway psalm psalms question questions count counts
""".split())

# Function words: a figure followed by one of these is not counting things
# ("at 3 on Friday", "won 3 to 2"); "of" is the exception ("3 of the victims").
FUNCTION_WORDS = frozenset("""
a an the and or nor but to in on at by for from with as than that this these those is was were are be been
will would could should may might can did do does has had have so if then when while after before into onto
over under about against between through during since until per via vs vs. versus plus minus
""".split())
