"""Vietnamese collation and the order of people in Vietnamese lists.

Vietnamese lists of people are sorted by given name (the last word), then by
family name (the first word), then by the middle names. Letters follow the
Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x
y; the foreign letters f j w z in their Latin places), and the tones only
break ties between otherwise equal words, in the dictionary order: none,
huyền, hỏi, ngã, sắc, nặng (as Unicode CLDR's Vietnamese collation does).
"""

import unicodedata

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
LETTER_RANK = {letter: rank for rank, letter in enumerate(ALPHABET, start=20)}
# Combining marks that make another letter (ă â ê ô ơ ư) ...
LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
# ... and the five tones, ranked after the toneless form.
TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def word_key(word):
    """Sort key of one word: letters first, then tones, then case."""
    letters, tones, cases = [], [], []
    for char in unicodedata.normalize("NFD", word or ""):
        if char in TONE_RANK:
            if tones:
                tones[-1] = TONE_RANK[char]
            continue
        if char in LETTER_MARKS:
            if letters:
                base = unicodedata.normalize("NFC", chr(letters[-1][1]) + char)
                letters[-1] = (LETTER_RANK.get(base.lower(), 99), ord(base.lower()))
            continue
        if unicodedata.combining(char):
            continue
        lower = char.lower()
        if lower in LETTER_RANK:
            rank = LETTER_RANK[lower]
        elif lower.isdigit():
            rank = int(lower)
        else:
            rank = 10  # spaces and punctuation before letters
        letters.append((rank, ord(lower)))
        tones.append(0)
        cases.append(0 if char == lower else 1)
    return (
        tuple(rank for rank, _code in letters),
        tuple(tones),
        tuple(cases),
    )


def text_key(text):
    """Sort key of a whole text in Vietnamese alphabetical order."""
    return word_key(" ".join((text or "").split()))


def name_key(full_name):
    """Sort key of a person's full name in the order of Vietnamese lists:
    given name, family name, middle names."""
    words = (full_name or "").split()
    if not words:
        return ((), (), ())
    if len(words) == 1:
        return (word_key(words[0]),)
    given, family, middle = words[-1], words[0], words[1:-1]
    return (word_key(given), word_key(family), text_key(" ".join(middle)))


def sort_names(items, key=None):
    """Sort ``items`` (names, or anything ``key`` maps to a name) in the order
    of Vietnamese lists."""
    key = key or (lambda item: item)
    return sorted(items, key=lambda item: name_key(key(item) or ""))
