"""Author lists as rendered pages print them, split into names, given name first.

    A One, B Two, C Three, and F Six              (given name first, serial "and")
    Lee, Ann H, Chen, Bo T, and Roe, Jan B    (jekyll-scholar "Last, First")
    Lee, A.H., Chen, B.T., and Roe, J.B.             ("Last, Initials")
    Lee, Ann; Chen, Bo                                        (semicolons between people)
    Lee, Ann, Bo Chen, and Cy Roe          (Chicago, MLA: the first author inverted)
    A One and B Two, et al.

The order of the names is never changed and initials stay as written. A one-word surname
followed by given names or initials is read as one "Last, First" person; any other piece
between commas is a name of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nameparser.config import CONSTANTS as _NAMEPARSER
from .name_marks import PARTICLE_WORDS  # the lower-case particles that open a surname

# (an ellipsis closing the list, "AB Lee, B Chen, C Roe…", is Google Scholar's cut: names left out, as
# "et al." leaves them)
# The same mark in the bibliographic styles of other languages, after the last name shown: a
# documented table (provenance: German DIN 1505-2 and the Citavi / research-information-system
# exports following it, "u. a." = "und andere"; Dutch "e.a." = "en andere"; Danish, Norwegian and
# Swedish "m.fl." = "med flere"; Polish "i in." = "i inni"; Russian GOST 7.1 "и др." = "и другие";
# Spanish "y otros" / "y cols.", Italian "e altri", French "et coll."). Matched case-sensitively:
# "Lee, U. A." is a name with initials, "u. a." is not.
OTHER_LANGUAGE_ET_AL = ("u. a.", "u.a.", "e.a.", "m.fl.", "i in.", "и др.", "y otros", "y cols.", "e altri", "et coll.",
                        # Turkish "ve diğerleri", Finnish "ynnä muut", Hungarian "és munkatársai", Czech
                        # "a kolektiv" (since wt-names8)
                        "vd.", "ym.", "és mtsai.", "a kol.")
_OTHER_ET_AL = "|".join(re.escape(m.rstrip(".")).replace(r"\ ", r"\s?") + r"\.?" for m in OTHER_LANGUAGE_ET_AL)
_ET_AL = re.compile(r"[,;]?\s*(?:et\.?\s*al\.?|(?:and\s+)?(?:\d+\s+(?:more\s+)?)?others|…|\.{2,3})\s*$"
                    r"|[,;]?\s+(?-i:" + _OTHER_ET_AL + r")\s*$", re.I)
_OTHER_ET_AL_CLOSING = re.compile(r"\s(?:" + _OTHER_ET_AL + r")[\s(\[,:;]*$")


def other_language_et_al(names: str) -> bool:
    """Whether a list of names (up to the year's bracket) closes with another language's et-al
    mark (``OTHER_LANGUAGE_ET_AL``): "Lee, Ann; Roe, Cy u. a. (": names were left out."""
    return bool(_OTHER_ET_AL_CLOSING.search(names))
_ELIDED = re.compile(r"([,;])\s*(?:\.\.\.|…)\s*[,;]")
# A group closing a list of people ("A. Lee, B. Chen, and the BGPS collaboration", "... for the
# ATLAS Consortium"): the group's other members are left out, as "et al." leaves them; the
# group is no person's name ("team" and "group" only after "the": "and Bo Group" is a person)
_GROUP_NAME = r"(?:(?!\b(?:and|for)\b)[\w./&\-+ ]){1,60}?\s"
_GROUP_TAIL = re.compile(rf"[,;]?\s*(?:and|&|for|on behalf of)\s+(?:(?:the\s+)?{_GROUP_NAME}(?:collaborations?|consortium|consortia)"
                         rf"|the\s+{_GROUP_NAME}(?:team|group))\s*$", re.I)
# and the group in parentheses after the people, as physics papers print it ("A. Lee and B.
# Chen (for the CMS Collaboration)", "A. Lee et al. (ATLAS Collaboration)")
_GROUP_IN_PARENTHESES = re.compile(rf"[,;]?\s*\((?:(?:for|on behalf of)\s+)?(?:the\s+)?{_GROUP_NAME}"
                                   rf"(?:collaborations?|consortium|consortia)\)\s*$", re.I)

# the same group opening what follows the names' full stop ("A. Lee et al. (ATLAS
# Collaboration), Title"): a reader that ended the names at "al." finds it before the title
# What a text's last characters must be for each of the three patterns above to match it (each
# alternative's last characters, before the spaces that may close the text), in lower case.
# The patterns start with optional parts, so the regex engine tries them at every character
# of a list of names (about 0.3 µs a character for ``_ET_AL``: most of the split of a long
# list); a text that ends otherwise is not searched (``_may_close``).
# The other languages' marks end as their last word does, with or without its stop ("u. a." ends
# "a" or "a.", "m.fl." "fl" or "fl."), derived from the table so that a mark added there is
# searched for.
_OTHER_ET_AL_ENDS = tuple(sorted({w + stop for m in OTHER_LANGUAGE_ET_AL
                                  for w in [re.split(r"[\s.]", m.rstrip("."))[-1].lower()]
                                  for stop in ("", ".")}))
_ET_AL_ENDS = ("al", "al.", "others", "…", "..") + _OTHER_ET_AL_ENDS
_GROUP_TAIL_ENDS = ("collaboration", "collaborations", "consortium", "consortia", "team", "group")
_GROUP_IN_PARENTHESES_ENDS = (")",)


def _may_close(text: str, ends: tuple[str, ...]) -> bool:
    """Whether one of the patterns whose ``ends`` these are may match ``text``: false only
    when it cannot. Its end spaces and a final newline (``\\s*$``) stripped, an ASCII text ends
    with one of ``ends`` in any case; re.IGNORECASE matches some letters outside ASCII with
    ASCII ones ("ſ" with "s", "ı" and "İ" with "i"), so any other text may.
    tests/test_author_list_prefilter.py compares the searches with and without it."""
    return not text.isascii() or text.rstrip().lower().endswith(ends)


GROUP_OPENING = re.compile(rf"\((?:(?:for|on behalf of)\s+)?(?:the\s+)?{_GROUP_NAME}"
                           rf"(?:collaborations?|consortium|consortia)\)[,.:]?\s*", re.I)


def without_group(text: str) -> tuple[str, bool]:
    """(``text`` without a group that closes a list of people, whether there was one): "...,
    and the ATLAS Collaboration", "... (for the CMS Collaboration)". The group is no person;
    as "et al." does, it says the list leaves its other members out."""
    text, n = _GROUP_IN_PARENTHESES.subn("", text) if _may_close(text, _GROUP_IN_PARENTHESES_ENDS) else (text, 0)
    text, m = _GROUP_TAIL.subn("", text) if _may_close(text, _GROUP_TAIL_ENDS) else (text, 0)
    return text, bool(n or m)
# The word that joins the last two names of a list, in the languages CVs and publication
# lists are usually written in (each language's ordinary conjunction "and"; Spanish writes
# "e" before an i- sound, Italian "ed" before a vowel). French "et" is no joiner before "al."
# (a list cut short). Dutch, Swedish, Danish / Norwegian, Polish and Catalan lists (national CVs,
# departments' reports) join theirs with "en", "och", "og", "i" (since wt-names7), Turkish, Finnish,
# Hungarian, Czech / Slovak and Romanian with "ve", "ja", "és", "a", "și" (since wt-names8; their
# et-al marks are in OTHER_LANGUAGE_ET_AL). Czech "a" is also English's article, so it joins two
# names only where a whole name follows it (as the surname joiners below).
LAST_NAME_JOINERS = {"English": ("and",), "French": ("et",), "German": ("und",), "Spanish": ("y", "e"),
                     "Italian": ("e", "ed"), "Portuguese": ("e",), "Dutch": ("en",), "Swedish": ("och",),
                     "Danish": ("og",), "Norwegian": ("og",), "Polish": ("i",), "Catalan": ("i",),
                     # (since wt-names8)
                     "Turkish": ("ve",), "Finnish": ("ja",), "Hungarian": ("és",), "Czech": ("a",),
                     "Slovak": ("a",), "Romanian": ("și", "şi")}
# "y" and "e" (and "ed") also live inside Spanish and Portuguese compound surnames ("Santiago
# Ramón y Cajal", "João Costa e Silva"), "i" inside Catalan ones ("Puig i Cadafalch"): they join
# two names only where a whole name follows them (an initial, or two capitalised words), never
# where one word ends the name.
_INSIDE_SURNAMES = frozenset({"y", "e", "ed", "i"})
# the joiners that part two names only where a whole name follows them
_GUARDED_JOINERS = _INSIDE_SURNAMES | {"a"}
# (a surname's particles may open the name that follows: "Anderson A. e de Vel O. Y.", "Lee, A. y van
# Dijk, B."; since wt-names7)
_NAME_FOLLOWS = (r"(?=\s+(?:(?:" + PARTICLE_WORDS + r")\s+)*"
                 r"(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w'\-]*\s+[A-ZÀ-Þ]))")
# In a list of inverted names ("Holm, G. y Weber, J."), each name ends in its initials: "y"
# or "e" after an initial's period and before a surname with its comma and initial joins two
# names (a compound surname, "Ramón y Cajal, S.", has a whole word before "y").
_INVERTED_AROUND = (r"(?<=[A-ZÀ-Þ]\.\s){w}(?=\s+(?:(?:" + PARTICLE_WORDS + r")\s+)*"
                    r"[A-ZÀ-Þ][\w'\-]*,\s*[A-ZÀ-Þ]\.)")
_joiners = sorted({w for words in LAST_NAME_JOINERS.values() for w in words}, key=len, reverse=True)
JOINER = r"(?:" + "|".join(w + _NAME_FOLLOWS + "|" + _INVERTED_AROUND.format(w=w) if w in _GUARDED_JOINERS else w
                           for w in _joiners).replace("et", r"et(?!\s+al\b)") + ")"
_SPLIT = re.compile(rf"\s*[,;]\s*(?:{JOINER}\s+|&\s*)?|\s+(?:{JOINER}|&)\s+")
_SPLIT_KEEP = re.compile(f"({_SPLIT.pattern})")  # the same, the separators kept
# a capital letter, the accented Latin ones too: an initial may be "Ø.", "É.", "Š."
_CAP = "A-ZÀ-ÖØ-ÞĀ-Ž"
# (bare initials may be accented capitals too: "Yumruktepe, VÇ", "Öztürk, ŞA")
_INITIALS = re.compile(rf"^(?:(?:[{_CAP}][a-z]?\.[\s-]?)+|[{_CAP}]{{1,3}})$")  # R.G., M.E., K.-J., Ch., Ø., J, RG (not "Li")
# Words of job titles and institutions, never of a person's name ("Associate Professor",
# "Department of Biology" next to a page's list).
_NOT_NAME_WORDS = frozenset("professor associate assistant lecturer department university institute laboratory lab "
                            "school college center centre faculty postdoc student editor chair "
                            # and of venues, printed next to the names in a citation
                            "journal review letters proceedings transactions conference symposium workshop "
                            # and the legal suffixes of a company's name ("ProQuest LLC", "Springer GmbH")
                            "llc inc ltd gmbh corp".split())
# A venue's abbreviated words, never a name's: "Phys.", "Comput.Phys", "Astrophys.J" (a
# name abbreviates to initials: "J.", "Ch.", "Th.", "Yu.N." (two letters before the period),
# or ends in "Jr." / "Sr.").
_ABBREVIATION = re.compile(r"^(?!(?:Jr|Sr|St)\.$)[A-Z][a-z]{2,}\.|[a-z]{2}\.[A-Z]")
_PARTICLES = frozenset("van von der den de del della da di du le la dos bin al ter ten".split())
# Particles that are particles only as printed in lower case: Portuguese "do" and "das" ("do
# Carmo LHM", "M. das Neves", as listing_page's table has them); capitalised, "Do" is a surname
# of its own (Vietnamese: "Luong, Anh Mai and Do, Quyen Hanh"), so the surname-first reading
# (``_surname``) never takes these for particles.
_LOWER_CASE_PARTICLES = frozenset(("do", "das"))
# Given names abbreviated to two letters or more, as names transliterated from Cyrillic print
# one letter (ISO 9 / BGN-PCGN: Я "Ya.", Ю "Yu.", Е "Ye.", Ё "Yo.", Ж "Zh.", Х "Kh.", Ц "Ts.",
# Ч "Ch.", Ш "Sh.", Щ "Shch.") and French, German and Romanian names print theirs ("Ch." Charles,
# "Th." Thomas, "Ph." Philippe, "Gh." Gheorghe): "Ya. B. Zeldovich", "Igor Ya. Erukhimovich".
# Those without a vowel are no word; "Ya.", "Yu.", "Ye." and "Yo." are also names of their own
# ("Bo Yu", "Wang, Yu. Title": a given name "Yu" ending the list), and are abbreviations only
# next to another initial, or opening a name that goes on (:data:`_NAME_GOES_ON`).
ABBREVIATED_GIVEN = {"no vowel": ("Zh", "Kh", "Ts", "Ch", "Sh", "Shch", "Th", "Ph", "Gh"),
                     "beside an initial": ("Ya", "Yu", "Ye", "Yo")}
# A particle written joined to the surname, the surname's capital kept ("deRuiter", "vanHouten",
# "diMaggio"): a capitalised surname all the same
# ("bin" and "al" are left out: written joined, they are no particle of a Western surname)
_JOINED_PARTICLE = re.compile("^(?:" + "|".join(sorted(_PARTICLES - {"bin", "al"})) + ")[A-Z][a-z]")
# A particle joined to the surname by a hyphen or an apostrophe ("al-Qaimari", "el-Sayed",
# "d'Alembert", "dell'Acqua"): the Arabic article "al" / "el" and the elided Romance ones
# written so, the surname's capital after the mark
_MARKED_PARTICLE = re.compile(r"^(?:al|el|d|dell|l)[-'’][A-ZÀ-ÖØ-Þ]")


# Two surnames joined by "y" or "e" (:data:`_INSIDE_SURNAMES`): "Ramón y Cajal", "Costa e
# Silva" are one surname, as a hyphenated one is
_JOINED_SURNAMES = re.compile(r"(?<=[^\W\d_])\s+(?:" + "|".join(sorted(_INSIDE_SURNAMES)) + r")\s+(?=[A-ZÀ-ÖØ-Þ])")


def abbreviated_given(before: str, after: str) -> bool:
    """Whether the period ending ``before`` (the text up to it) is an abbreviated given
    name's (:data:`ABBREVIATED_GIVEN`) rather than a sentence's end; ``after`` is the text
    after the period."""
    m = re.search(r"(?:^|[\s.\-])([A-Z][a-z]{1,3})$", before)
    if not m:
        return False
    token = m.group(1)
    if token in ABBREVIATED_GIVEN["no vowel"]:
        return True
    if token not in ABBREVIATED_GIVEN["beside an initial"]:
        return False
    # beside another initial ("Ya. B.", "A. Yu. Manin": a surname goes on after it; "H. Yu.
    # Measuring ...": the surname "Yu" ends the list before the title's words), or opening a
    # name of the list (after its start, a comma or a joining word: a surname "Yu" ends a
    # name, never opens one)
    initial = r"[A-Z][a-z]?\."
    ahead = before[:m.start(1)]
    goes_on = _NAME_GOES_ON.match(after)
    return bool(re.match(rf"\s*-?{initial}", after) or (re.search(rf"(?:^|\s){initial}\s*$", ahead) and goes_on)
                or (re.search(rf"(?:^|[,;&]|\s{JOINER})\s*$", ahead) and goes_on))


# what follows an abbreviated given name that opens a name: an initial ("B."), or a surname
# ended by a comma, a stop or a semicolon (a footnote mark between: "Wolf*,"), or by "and" / "&"
# before an initial ("Yu. Manin and A. Lee"); "Wang, Yu. Deep learning" goes on with no name
_NAME_GOES_ON = re.compile(r"\s*(?:[A-Z]\.|[A-Z][\w'’\-]+[*∗†‡\d]*(?:[,.;]|\s+(?:and|&)\s+[A-Z]\.))")


def _surname(piece: str, capital_particles: bool = True) -> bool:
    """One capitalised word, maybe after particles ("van der Berg", "Van Dijcke"), maybe
    hyphenated or two joined by "y" / "e" ("Ramón y Cajal"). With ``capital_particles`` False
    a particle counts only in lower case: where nothing else says the list is inverted, "Di
    He", "Le Song", "Van Nguyen" are a given name and a surname."""
    if len(piece) <= _CACHED_PIECE_CHARS:
        return _surname_cached(piece, capital_particles)
    return _surname_read(piece, capital_particles)


# A page's lists name the same people again and again (a themed page printing "Liu, Shiwei,
# Chen, Tianlong, ..." asks about 90 distinct pieces 470 times): the answer is pure, so each
# distinct piece is read once. Pieces of up to _CACHED_PIECE_CHARS characters are kept (a
# name's piece is far shorter), so the cache holds at most about 4,096 x 80 characters.
_CACHED_PIECE_CHARS = 80


@lru_cache(maxsize=4096)
def _surname_cached(piece: str, capital_particles: bool) -> bool:
    return _surname_read(piece, capital_particles)


def _surname_read(piece: str, capital_particles: bool) -> bool:
    """``_surname`` without the cache."""
    words = _JOINED_SURNAMES.sub("-", piece).split()
    # (a word of capitals beside a mixed-case one is initials, not a particle: "Kraus AL")
    mixed = any(not w.isupper() for w in words)
    # a capitalised particle before one in lower case is a particle whatever the list says
    # ("Van den Bercken", "De la Cruz"): no given name is followed by a lower-case particle
    core = [w for k, w in enumerate(words)
            if ((w.lower() if capital_particles or (k + 1 < len(words) and words[k + 1] in _PARTICLES) else w)
                not in _PARTICLES) or (mixed and w.isupper() and _INITIALS.match(w))]
    if len(core) == 2 and words[0] in _PARTICLES and all(w[:1].isupper() and not _INITIALS.match(w) for w in core):
        # a surname opening with a particle in lower case may hold two capitalised words, as
        # Spanish and Portuguese double surnames do ("del Pozo Cruz", "de Gamiz Zearra"): a name
        # printed given name first never opens with a lower-case particle
        return True
    return len(core) == 1 and (core[0][:1].isupper() or bool(_JOINED_PARTICLE.match(core[0]))
                               or bool(_MARKED_PARTICLE.match(core[0]))) \
        and not _INITIALS.match(core[0])


def _given(piece: str) -> bool:
    """Given names or initials: one to three words besides initials (a Dutch name may have
    four initials: "Mark G. L. M."), each capitalised or an initial."""
    if len(piece) <= _CACHED_PIECE_CHARS:
        return _given_cached(piece)
    return _given_read(piece)


# The same pieces are asked about again and again, as for ``_surname`` (a themed page printing
# "Liu, Shiwei, Chen, Tianlong, ..." asks about 102 distinct pieces 472 times: whether a list
# alternates, then piece by piece); kept the same way, at most 4,096 pieces of 80 characters.
@lru_cache(maxsize=4096)
def _given_cached(piece: str) -> bool:
    return _given_read(piece)


def _given_read(piece: str) -> bool:
    """``_given`` without the cache."""
    words = piece.split()
    return (1 <= len(words) <= MAX_GIVEN_WORDS and sum(not _INITIALS.match(w) for w in words) <= 3
            and all(w[:1].isupper() for w in words))


# the most words given names take, initials counted ("Mark G. L. M.", "Peter M. G. A."): a
# longer piece is no person's given names
MAX_GIVEN_WORDS = 5


_NOT_IN_NAMES = re.compile(r"[\d()\[\]{}\\|·•:;=<>@]")  # digits, brackets, separators: no name's characters
# A digit inside a word of a group's name ("Earth2Ocean Research Derby", "Tech4Good Lab"): two
# letters before it, the last lower-case, and a lower-case letter after it (a capital may lead).
# Volumes, pages and years stand apart from letters, and chemical formulas ("H2O", "MoS2",
# "CO2") have no lower-case pair on both sides, so neither is taken for this.
DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d_][a-z])\d{1,2}(?=[A-Z]?[a-z])")


# A code host's account name printed among a software release's authors ("svstopyra",
# "nroth0815", "rc-softdev-admin"): one word in lower case, maybe with digits, hyphens or
# underscores, or a capitalised word run into digits ("Nroth0815")
_HANDLE = re.compile(r"^(?:[a-z][a-z0-9_\-]{2,38}|[A-Za-z][a-z]+[0-9][A-Za-z0-9_\-]*)$")
HANDLES_SHARE = 0.5  # handles are names in a list whose names are at least this share people's


def names_with_handles(names: list[str]) -> bool:
    """Whether a list of names is people's names and a code host's account names among them,
    as a software release (a repository's citation file, Zenodo's record of a GitHub release)
    prints its contributors: every name plausible or a handle (:data:`_HANDLE`), the plausible
    ones at least half of the list and two or more, the list's first name plausible."""
    people = [plausible_name(n) for n in names]
    if not names or not people[0] or sum(people) < 2:
        return False
    return sum(people) >= HANDLES_SHARE * len(names) and all(p or _HANDLE.fullmatch(n) for p, n in zip(people, names))
# A name in a script with no letter case: Chinese characters, Japanese kana, Korean Hangul
# ("鵜沼昂", "김 민수"), two to eight characters in at most two words, as East Asian lists print
# their authors' names (wt-realstudy8web).
_CASELESS_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]{1,6}"
                            r"(?:[ \u3000][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]{1,6})?")


def plausible_name(name: str) -> bool:
    """A person's or group's name as lists print it: one to five words, each capitalised, an
    initial or a name particle; no digits or brackets. A name in a script with no letter
    case (:data:`_CASELESS_NAME`) is one too."""
    if _CASELESS_NAME.fullmatch(name.strip()) and 2 <= len(re.sub(r"\s", "", name)) <= 8:
        return True
    words = _JOINED_SURNAMES.sub("-", name).split()  # ("Ramón y Cajal": one surname)
    if not 1 <= len(words) <= 6 or _NOT_IN_NAMES.search(DIGIT_IN_WORD.sub("", name)):
        return False
    core = [w for w in words if w.lower() not in _PARTICLES and w not in _LOWER_CASE_PARTICLES]
    if any(w.lower().strip(".,") in _NOT_NAME_WORDS or _ABBREVIATION.search(w) for w in core):
        return False
    return bool(core) and len(core) <= 5 and all(w[:1].isupper() or w[:1] in "'’" or _JOINED_PARTICLE.match(w)
                                                 or _MARKED_PARTICLE.match(w) for w in core)


# Abstract nouns made with a derivational suffix ("Viscosity", "Entailment", "Dependency",
# "Aboutness", "Restriction", "Cosmology"): words of titles, which people's names are almost
# never made of. Each suffix with the shortest word it counts in, so that the given names and
# surnames sharing an ending stay names ("Felicity", "Verity", "Clement", "Guinness", "Sion");
# "-ing", "-ance", "-ence" and "-ics" are left out for the names that end so ("Manning",
# "Ling", "Constance", "Florence", "Petrovics").
_ABSTRACT_SUFFIXES = (("tion", 7), ("tions", 8), ("sion", 7), ("sions", 8), ("ment", 8), ("ments", 9), ("ness", 9),
                      ("ity", 9), ("ities", 9), ("ency", 7), ("encies", 8), ("ology", 7), ("ologies", 9), ("ism", 7),
                      ("isms", 8))


@lru_cache(maxsize=4096)  # the words of names and titles repeat across a page's entries
def abstract_noun(word: str) -> bool:
    """Whether ``word`` is an abstract noun by its suffix (:data:`_ABSTRACT_SUFFIXES`): a word
    of a title, not of a name ("NPI Licensing, Strawson Entailment, and Context Dependency"
    is a title shaped like a list of names)."""
    w = word.strip(".,;:!?\"'’“”()").lower()
    return w.isalpha() and any(w.endswith(suffix) and len(w) >= shortest for suffix, shortest in _ABSTRACT_SUFFIXES)


# A title that is a list of people (a reading that ended the names too early, "David B." read as
# "B. David" and the rest of the names taken for the title, "Lomet and Mark R. Tuttle"): split
# as names, at least this share of its pieces are names of up to four words, and something in it
# is a person's sign (``title_of_names``: "Mark R. Tuttle", "Naughton*", "Vista, D."), as no
# title's words are ("Romeo and Juliet" is a title).
NAMES_TITLE_SHARE = 0.75
_MARKED_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿ'’\-]+[*∗†‡]+(?=\s|,|$)")
_SURNAME_COMMA_INITIALS = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+,\s(?:[A-Z]\.\s?-?)+")
_YEAR_CLOSING = re.compile(r"[.,]?\s*\(?(?:19|20)\d\d[a-z]?\)?\.?$")
_GIVEN_INITIAL_SURNAME = re.compile(r"(?:^|[\s,])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿ]+\s+(?:[A-Z]\.\s?-?)+\s*[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+")


def title_of_names(title: str) -> bool:
    """Whether ``title`` is a list of people's names (see NAMES_TITLE_SHARE); the mark a CV
    prints after a name ("Naughton* and Qiong Luo") is a person's sign as a given name, an
    initial and a surname are, and so are two people printed "Vista, D., Jagadish, H. V." (APA's
    names read as a title by a title-first reading). A star after a letter or a number names an
    object ("Sgr A*", "M87*", "A* search"); a year closing the title ("..., and Kyuseok Shim.
    1997") is no name."""
    marked = _MARKED_NAME.search(title or "") is not None
    plain = _YEAR_CLOSING.sub("", re.sub(r"[*∗†‡§¶]", "", title or ""))
    if not (marked or _GIVEN_INITIAL_SURNAME.search(plain) or len(_SURNAME_COMMA_INITIALS.findall(plain)) >= 2):
        return False
    names, _ = split_author_list(plain)
    if len(names) < 2:
        return False
    return sum(plausible_name(n) and len(n.split()) <= 4 for n in names) >= NAMES_TITLE_SHARE * len(names)


def split_author_list(text: str) -> tuple[list[str], bool]:
    """(names, truncated): the names of a rendered author list in their order; truncated
    when it ends in "et al." or "others"."""
    text = text or ""
    if len(text) > _CACHED_CHARS:
        return _split_author_list(text)
    names, truncated = _split_cached(text)
    return list(names), truncated  # (a list of the caller's own: callers may change it)


# Readers split the same text more than once (an HTML reader tries an element's text while
# finding the list's element, then splits it again for the entry; a markdown reader tries a
# line under several citation forms): the split is pure, so each distinct text is split once.
# Only texts of up to _CACHED_CHARS characters are kept (a page's lists are far shorter; a
# collaboration's list of thousands of names is split each time), so the cache holds at most
# about 2,048 x 4,000 characters and their names whatever the documents.
# tests/test_normalizer_fast_paths.py holds the cached split equal to the uncached one.
_CACHED_CHARS = 4_000


@lru_cache(maxsize=2048)
def _split_cached(text: str) -> tuple[tuple[str, ...], bool]:
    names, truncated = _split_author_list(text)
    return tuple(names), truncated


# a first person's initial, then a second person's initials and surname ("A. B. Chen",
# "J. L. Gonza Inlago"); and a person given name first by initials ("C. Roe", "G. Prado Ayala")
_FIRST_RUN_ON = re.compile(r"^([A-Z]\.)\s+((?:[A-Z]\.\s?)+[A-Z][a-z][\w'’\-]*(?:\s[A-Z][a-z][\w'’\-]*){0,2})$")
_GIVEN_FIRST_INITIALS = re.compile(r"^(?:[A-Z]\.\s?)+[A-Z][a-z][\w'’\-]*(?:\s[A-Z][a-z][\w'’\-]*){0,2}$")


def _split_author_list(text: str) -> tuple[list[str], bool]:
    """``split_author_list`` without the cache."""
    text = " ".join((text or "").split())  # (re.sub(r"\s+", " ", ...).strip(), without a match per space)
    if text.endswith(".") and not re.search(r"(?:^|[\s.,-])[A-Z][a-z]?\.$", text):
        text = text[:-1]  # the citation's period, not an initial's
    text, grouped = _GROUP_IN_PARENTHESES.subn("", text) if _may_close(text, _GROUP_IN_PARENTHESES_ENDS) \
        else (text, 0)  # "A. Lee et al. (ATLAS Collaboration)"
    cut = _ET_AL.search(text) if _may_close(text, _ET_AL_ENDS) else None
    truncated = bool(cut) or bool(grouped)
    # (a match runs to the text's end, or to a final newline: the one match ``_ET_AL.sub`` removes)
    text = (text[:cut.start()] + text[cut.end():] if cut else text).strip().rstrip(",;")
    text, grouped = _GROUP_TAIL.subn("", text) if _may_close(text, _GROUP_TAIL_ENDS) else (text, 0)
    truncated = truncated or bool(grouped)
    text, elided = _ELIDED.subn(lambda m: m.group(1), text)  # "A; B; ...; Z": names left out
    truncated = truncated or bool(elided)
    if not text:
        return [], truncated
    slashed = _slashed_people(text)
    if slashed:
        return slashed, truncated
    if ";" in text:  # semicolons between people: each may be "Last, First"
        people = [p.strip() for p in re.split(r"\s*;\s*(?:and\s+|&\s*)?", text) if p.strip()]
        return [_given_first(p) for p in people], truncated
    pieces, commas = _pieces(text)
    pieces, commas, suffixes = _suffixes_apart(pieces, commas)
    # A one-word surname followed by given names or initials is one "Last, First" person;
    # any other piece is a name of its own ("Chen, B., and J. Roe": two people).
    # Single words alone ("Lee, Chen, Roe") are surnames, unless the whole list
    # alternates surname / given names. A surname and its given names are parted by a bare
    # comma only: "Vuorre & Przybylski" and "Lee and Chen" are two people.
    # BibTeX's own form printed as it is ("Zhang, Yuxin and Du, Yuxuan and Ji, Rongrong"): two
    # people or more, each "Surname, Given", parted by "and" only. No other style parts people
    # so (an "and" comes once, before the last name), so its shape alone says where each person
    # ends, even where a surname is also a particle or a given name ("Du", "Le", "Di").
    bibtex_form = len(pieces) >= 4 and len(pieces) % 2 == 0 and all(
        commas[k] and _CAPITALISED_WORDS.match(pieces[k]) for k in range(0, len(pieces), 2)) and not any(
        commas[k] for k in range(1, len(pieces) - 1, 2))
    alternating = len(pieces) >= 2 and len(pieces) % 2 == 0 and all(
        (_surname(pieces[k]) or bibtex_form) and _given(pieces[k + 1]) and commas[k] for k in range(0, len(pieces), 2))
    # Chicago and MLA invert the first author only: "Lee, Ann, Bo Chen, and Cy Roe".
    # (the others given name first: "Bin Cui", "Di He" are such names, as their first piece
    # is no particle in lower case)
    first_inverted = len(pieces) >= 3 and _surname(pieces[0], False) and _given(pieces[1]) and all(
        len(p.split()) >= 2 and not _surname(p, False) for p in pieces[2:])
    # (the pattern first: most lists have no piece of bare initials, and then no surname is tested)
    inverted = any(_BARE_INITIALS.match(b) and _surname(a) for a, b in zip(pieces, pieces[1:]))
    names, i = [], 0
    starts: list[int] = []  # the piece each name starts at (where a suffix goes back to)
    run_on = _FIRST_RUN_ON.match(pieces[1]) if len(pieces) >= 3 and commas[0] else None
    if run_on and _surname(pieces[0], False) and all(_GIVEN_FIRST_INITIALS.match(p) for p in pieces[2:]):
        # "Lee, A. B. Chen, & C. Roe": APA's list as some print it, the first person surname first
        # and the others given name first; the comma after the first person's initial left out,
        # the next person's initials and surname ran on. Every other person prints an initial
        # and a surname, so the first initial is the first person's, the rest the second's.
        starts += [0, 1]
        names += [f"{run_on.group(1)} {pieces[0]}", run_on.group(2)]
        i = 2
    elif (len(pieces) >= 3 and commas[0] and _BARE_INITIALS.match(pieces[1]) and _COMPOUND_SURNAME.match(pieces[0])
          and all(_GIVEN_FIRST_INITIALS.match(p) for p in pieces[2:])):
        # "Prado Ayala, G., L. Roe, & J. Lee": the same list whose first person has a surname of
        # two words; initials alone are no person, so they are the first person's
        starts.append(0)
        names.append(f"{pieces[1]} {pieces[0]}")
        i = 2
    while i < len(pieces):
        run = _RUN_ON.match(pieces[i + 1]) if i + 2 < len(pieces) and commas[i] and commas[i + 1] else None
        if run and _surname(pieces[i]) and _surname(run.group(2)) and _BARE_INITIALS.match(pieces[i + 2]):
            # "Lee, A. Chen, B.": the comma after the first person's initials left out; the
            # piece between two surname-first people is the first's initials and the next surname
            starts.append(i)
            names.append(f"{run.group(1).strip()} {pieces[i]}")
            pieces[i + 1] = run.group(2)
            i += 1
            continue
        if (i + 1 < len(pieces) and commas[i] and (_surname(pieces[i]) or alternating) and _given(pieces[i + 1])
                and (alternating or (i == 0 and first_inverted)
                     or any(_INITIALS.match(w.strip(".")) or _INITIALS.match(w) for w in pieces[i + 1].split()))):
            given = pieces[i + 1]
            if i + 2 == len(pieces) and _LONE_INITIAL_END.search(given) and any(
                    _INITIAL_WITH_PERIOD.search(p) for p in pieces[:i]):
                given += "."  # "Lee, A., Chen, B., Roe, C." whose closing period the citation took
            starts.append(i)
            names.append(f"{given} {pieces[i]}")
            i += 2
        elif (i + 1 < len(pieces) and commas[i] and _BARE_INITIALS.match(pieces[i + 1])
              and _ONE_WORD_SURNAME.match(pieces[i]) and (inverted or len(pieces) == 2)):
            # "Yin, L. and LIU, S.", "Luo, G., Du, Y.": one word that looks like initials (a
            # short surname in capitals, an owner so marked in Harvard: "LIU" as "L. I. U.") or
            # like a particle ("Du", "Le", "Van") is a surname when initials with periods follow
            # it, as they follow only a surname: the two pieces are one person
            starts.append(i)
            names.append(f"{pieces[i + 1]} {pieces[i]}")
            i += 2
        elif (i + 1 < len(pieces) and commas[i] and _BARE_INITIALS.match(pieces[i + 1])
              and (_COMPOUND_SURNAME.match(pieces[i]) or _particle_compound(pieces[i])) and inverted):
            # "Lee, A., Des Roches, S.": initials alone are no person; in a list that prints
            # others surname first, the capitalised words before them are a surname of two or
            # three words whose particle the list of particles does not know
            starts.append(i)
            names.append(f"{pieces[i + 1]} {pieces[i]}")
            i += 2
        else:
            starts.append(i)
            names.append(pieces[i])
            i += 1
    for k, suffix in suffixes.items():  # "J. Smith, Jr." -> "J. Smith Jr."; "Smith, J., Jr." too
        j = max(j for j, start in enumerate(starts) if start <= k)
        names[j] = f"{names[j]} {suffix}"
    return names, truncated


# A name's generational suffix printed as a piece of the list of its own ("J. Smith, Jr., A. Lee",
# "Smith, J., Jr., Lee, A.", "Smith, John, III, Ann Lee"): nameparser's suffixes that are no
# acronym (its CONSTANTS.suffix_not_acronyms: "jr", "sr", "iii", "jnr", "esq", ...), the Latin
# ones of two letters or more ("I" and "V" are initials too), written capitalised
_NAME_SUFFIXES = frozenset(w for w in _NAMEPARSER.suffix_not_acronyms if w.isascii() and w.isalpha() and len(w) >= 2)


def _suffixes_apart(pieces: list[str], commas: list[bool]) -> tuple[list[str], list[bool], dict[int, str]]:
    """(the pieces without suffix pieces, their commas, {index of the piece a suffix followed:
    the suffix}); the first piece is never a suffix, nor one before initials alone, where a
    surname stands ("Holloway, M.T., Jr, J.M.V.": the list's own reading of a surname "Jr"), nor
    one after an "and", where a person starts ("Tang, Jay X. and Jr, James M.": BibTeX's form)."""
    if not any(p[:1].isupper() and p.rstrip(".").lower() in _NAME_SUFFIXES for p in pieces[1:]):
        return pieces, commas, {}
    kept, kept_commas, suffixes = [], [], {}
    for k, (piece, comma) in enumerate(zip(pieces, commas)):
        if kept and commas[k - 1] and piece[:1].isupper() and piece.rstrip(".").lower() in _NAME_SUFFIXES \
                and not (k + 1 < len(pieces) and _INITIALS.match(pieces[k + 1])):
            suffixes[len(kept) - 1] = piece
            kept_commas[-1] = comma  # (the comma after the suffix parts its person from the next)
        else:
            kept.append(piece)
            kept_commas.append(comma)
    return kept, kept_commas, suffixes


# one or two capitalised words (a surname that may be two: "Van Dyke", "Ramón Cajal")
_CAPITALISED_WORDS = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*)?$")
_ONE_WORD_SURNAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*$")
_COMPOUND_SURNAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+){1,2}$")


def _particle_compound(piece: str) -> bool:
    """Whether a piece is a surname of capitalised words after particles in lower case ("del
    Pozo Cruz", "van der Berg"): in a surname-first list, initials alone after it make one
    person of the two pieces as after "Des Roches" (APA keeps the particle's case)."""
    words = piece.split()
    k = 0
    while k < len(words) - 1 and words[k] in _PARTICLES | _LOWER_CASE_PARTICLES:
        k += 1
    return 0 < k and len(words) - k <= 2 and all(_ONE_WORD_SURNAME.match(w) for w in words[k:])


# A piece of initials and a surname ("A. Chen") between a surname and initials alone: two
# halves of surname-first people run together ("Lee, A. Chen, B.")
_RUN_ON = re.compile(r"^((?:[A-Z]\.\s?-?)+)\s*([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+)$")
# ("S-C.", "S-E.": a hyphenated given name's initials with one stop, as APA lists print them)
_BARE_INITIALS = re.compile(rf"^(?:[{_CAP}]\.\s?-?)+$|^(?:[{_CAP}]\.\s?)*[{_CAP}]-[{_CAP}]\.$")


# The last person of a surname-first list ends in an initial; the citation's period after it
# is the initial's too, and a reader that cut the sentence there took it. When the list's other
# initials carry periods, the last one gets its period back ("Roe, C" is "C. Roe").
_LONE_INITIAL_END = re.compile(rf"^(?:[{_CAP}]\.[\s-]?)*[{_CAP}]$")
_INITIAL_WITH_PERIOD = re.compile(rf"(?:^|[\s.\-])[{_CAP}]\.")


def _pieces(text: str) -> tuple[list[str], list[bool]]:
    """(the list's pieces between separators, for each piece whether a bare comma parts it
    from the next: a comma without "and" or "&")."""
    parts = _SPLIT_KEEP.split(text)
    pieces, commas = [], []
    for k in range(0, len(parts), 2):
        if parts[k]:
            pieces.append(parts[k])
            commas.append(k + 1 < len(parts) and parts[k + 1].strip() == ",")
        elif commas and k + 1 < len(parts):
            commas[-1] = commas[-1] and parts[k + 1].strip() == ","
    return pieces, commas


# A spaced slash between people, each printed surname first ("Lee, Ann / Chen, Bo"), as German
# and Scandinavian humanities lists (DIN 1505) part them where others put a semicolon; no name
# holds a spaced slash, and a list read so must be "Surname, Given" piece by piece (a slash in
# any other text, "Theory / Practice", leaves it to the other readings).
_SLASH = re.compile(r"\s+/\s+")


def _slashed_people(text: str) -> list[str] | None:
    """The people of a list parted by spaced slashes, each "Surname, Given" ("Holloway, Maren
    T. / Lee, Ann" -> ["Maren T. Holloway", "Ann Lee"]); None for any other text."""
    if " / " not in text or ";" in text:
        return None
    people = [p.strip() for p in _SLASH.split(text)]
    if len(people) < 2:
        return None
    for p in people:
        last, comma, first = p.partition(",")
        if not comma or "," in first or not _surname(last.strip()) or not _given(first.strip()):
            return None
    return [_given_first(p) for p in people]


def _given_first(person: str) -> str:
    if "," in person:
        last, _, first = person.partition(",")
        return f"{first.strip()} {last.strip()}".strip()
    return person


# "Lee AB", "von Hippel GM": a surname (maybe after lower-case particles), then up to four
# initials without periods (Vancouver, PubMed; "van Doorn MGLM" has four given names); or
# the initials parted by spaces, as the Chinese standard GB/T 7714-2015 prints them ("LEE A
# B", "VAN DOORN M G L M"): single capitals after a surname, no given-first name ends so
VANCOUVER_NAME = re.compile(r"^(?P<last>(?:[a-z]{1,3}\s+){0,2}(?:(?:al|el|d|dell|l)[-'’])?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*"
                            r"(?:\s+[\w'’\-]+){0,2}?)\s+(?P<initials>[A-ZÀ-ÖØ-Þ]{1,4}|[A-ZÀ-ÖØ-Þ](?:\s[A-ZÀ-ÖØ-Þ]){1,3})$")


def vancouver_given_first(name: str) -> str | None:
    """"Lee AB" (or "Lee A B") -> "A. B. Lee"; None when the name is not in that form."""
    m = VANCOUVER_NAME.match(name)
    return " ".join(f"{c}." for c in m.group("initials").replace(" ", "")) + " " + m.group("last") if m else None


# "Lee A.", "Lee A.B.", "de Haro M. L.": a surname, then initials with periods (the way many
# European and Russian lists print names)
# (up to four initials, as Dutch names have: "van Doorn M.G.L.M."; an abbreviated given name of
# two letters, "Efros Al.L.", "Bludov Yu.V."; a capital with an accent, "Larson P.-Å."; a
# particle joined by a hyphen, "al-Qaimari G."; "Jr." and "Sr." are no given names)
_STOPPED_INITIAL = r"(?!(?:Jr|Sr|St)\.)[A-ZÀ-ÖØ-Þ][a-z]?\."
SURNAME_INITIALS = re.compile(r"^(?P<last>(?:[a-z]{1,3}\s)*(?:(?:al|el|d|dell|l)[-'’])?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*"
                              r"(?:\s+[\w'’\-]+){0,2}?)\s+"
                              rf"(?P<initials>(?:{_STOPPED_INITIAL}\s?-?){{1,4}})$")


def _surname_initials_first(name: str) -> str | None:
    """"Lee A.B." -> "A. B. Lee"; None when the name is not in that form."""
    m = SURNAME_INITIALS.match(name.strip())
    if not m:
        return None
    # the initials as written, a hyphenated pair kept whole ("Yao D.-X." is "D.-X. Yao", "Chang
    # K.-C.C." is "K.-C. C. Chang"), only spaced apart where they run together
    return " ".join(_WRITTEN_INITIAL.findall(m.group("initials"))) + " " + m.group("last")


_WRITTEN_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ][a-z]?\.(?:\s?-\s?[A-ZÀ-ÖØ-Þ][a-z]?\.)?")


# Vancouver's date, the year then a semicolon before the volume ("2001;19(7):619-42", "2001
# Jan;19:1-9", NLM's Citing Medicine): no other style prints it, so an entry that does prints
# its names surname first even when it has one ("Jagadish HV")
VANCOUVER_DATE = re.compile(r"(?<![\d.])(?:19|20)\d\d(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\s?\d")
# Springer's basic author-year style closes an entry with the volume, issue and pages run together
# ("Venue 3(2):1–9", the year printed after the names) and prints Vancouver's names: one name
# "Surname AB" alone is surname first there too (DBLP spaces them, "3(2): 1-9 (2021)")
_RUN_TOGETHER_PAGES_END = re.compile(r"\s\d{1,5}\(\d{1,4}\):[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?\.?$")


def vancouver_entry(text: str) -> bool:
    """The entry prints Vancouver's date or Springer's run-together pages closing it (wt-names5)."""
    return bool(VANCOUVER_DATE.search(text) or _RUN_TOGETHER_PAGES_END.search(text.rstrip()))


def given_first(names: list[str], alone: bool = False) -> list[str]:
    """A list whose every name puts the surname first and the initials after it, Vancouver
    ("Lee AB", "Chen B") or with periods ("Lee A.", "Chen B.C."), given name first ("A. B.
    Lee", ...); any other list as it is. Only a whole list of two or more such names is taken
    for one: "Wei LI" alone may as well be a given name and a surname in capitals, unless
    ``alone`` (the entry says it is Vancouver: :data:`VANCOUVER_DATE`)."""
    if not names:
        return names
    if len(names) < 2 and not alone:
        # initials with their stops after the surname ("Jagadish H.V.", "von Fintel K."): no
        # name printed given name first ends in a stopped initial, so one alone is turned too,
        # and so is one whose last initial lost its stop to the list's ("Shor C.M": a stopped
        # initial before it says how it was printed)
        lost = _STOP_LOST_AFTER_INITIAL.search(names[0])
        # and so is one that opens with a particle in lower case and ends in bare initials ("von
        # Fintel K", "van der Berg AB"): a name printed given name first never opens so (wt-names7)
        particle_first = _PARTICLE_THEN_BARE_INITIALS.match(names[0])
        return [_surname_initials_first(names[0] + ("." if lost else ""))
                or (vancouver_given_first(names[0]) if particle_first else None) or names[0]]
    # (a name whose last initial follows a stopped one and lost its own stop, "Shor C.M", as a
    # list read without its names' final stops gives it: the stop given back)
    turned = [vancouver_given_first(n) or _surname_initials_first(n)
              or (_surname_initials_first(n + ".") if _STOP_LOST_AFTER_INITIAL.search(n) else None) for n in names]
    if turned[-1] is None and _STOP_TAKEN.search(names[-1]) and all(
            t is not None and SURNAME_INITIALS.match(n.strip()) for n, t in zip(names[:-1], turned[:-1])):
        # in a list whose every other name ends in stopped initials, the last name's initial
        # without its stop lost it to the citation's full stop ("..., Holovatch Yu", "..., Larson
        # P.-Å"): the stop is given back, as the other names print theirs
        turned[-1] = _surname_initials_first(names[-1].rstrip() + ".")
    if sum(t is not None for t in turned) >= MONONYM_AMONG:
        # a one-word name (a mononym, "Parag") prints alone in every style: among Vancouver
        # names it is one person as it is ("Chakrabarti S, Parag, Sudarshan S")
        turned = [n if t is None and _ONE_WORD_SURNAME.match(n) else t for n, t in zip(names, turned)]
    return names if any(t is None for t in turned) else turned  # type: ignore[return-value]


# a name's last initial after a stopped one, its own stop gone ("Shor C.M", "Birget J.-C"): the
# list's full stop took it
# (or spaced from it, "Gillies A. S", "de Vel O. Y": since wt-names7)
_STOP_LOST_AFTER_INITIAL = re.compile(rf"\s(?:[{_CAP}]\.(?:-|\s)?)+[{_CAP}]$")
# the last initial of a name whose stop a citation's full stop took: a capital (maybe after a
# hyphen, "P.-Å") or an abbreviated given name of ABBREVIATED_GIVEN ("Yu", "Ch"), after a space
# or a stopped initial; never a word ("Taosong He": "He" is a surname)
_STOP_TAKEN = re.compile(rf"(?:\s|\.|\.-)(?:[{_CAP}]|" + "|".join(w for ws in ABBREVIATED_GIVEN.values() for w in ws) + r")$")


# a name opening with lower-case particles, then a capitalised surname and bare initials
_PARTICLE_THEN_BARE_INITIALS = re.compile(r"^(?:(?:" + PARTICLE_WORDS + r")\s+)+"
                                          r"[A-ZÀ-ÖØ-Þ][\w'’\-]+\s+[A-ZÀ-ÖØ-Þ]{1,3}$")


# the fewest names turned from surname first that make the list's style plain enough for a
# one-word name among them to be a mononym, not a list in another style: two (one alone may be a
# given name and a surname in capitals, "Wei LI")
MONONYM_AMONG = 2



# An author list of people each printed surname first between semicolons ("Lee, Ann B.; Chen,
# Bo; **Roe, Cy**"), opening a citation: every person before the last is one piece with one
# comma; the last is a surname, a comma and given names or initials, then the list's period.
# The list is decided by its whole look (two people and more, each "Surname, Given"), so that
# the initial closing the last person ("Cooper, Andrew B. Portfolio conservation ...") is
# taken as the list's end and the title is not read into the names.
_INVERTED_SEMICOLON_LIST = re.compile(
    r"^(?:[^;,.]{2,60},[^;,]{1,60};\s*)+"  # each person before the last: one piece with one comma
    r"(?:\*\*)?(?:[a-z]{1,3}\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+,\s*"  # the last: a surname, a comma
    r"(?:[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?(?:\s+[A-Z](?:\.|\b))*|(?:[A-Z]\.[\s-]{0,2}){0,2}[A-Z](?:\.|(?=\*\*)))"  # given names or initials
    r"(?:\*\*)?(?=\.?\s)")


# One person printed surname first with initials only ("Lee, A. B.", "van der Berg, J.-P.",
# "Van den Berg, J.", "al-Rashid, O.", "Grushka, Ya."), and what parts two of them in a list
# (Nature's "&", APA's ", &", ACS's ";")
_INVERTED_INITIALS_PERSON = re.compile(
    rf"(?:[a-z]{{1,3}}\s)*(?:(?:al|el|d|dell|l)[-'’])?[{_CAP}][\w'’\-]*(?:\s(?:[a-z]{{1,3}}\s)*[{_CAP}][\w'’\-]*){{0,2}}"
    rf",\s(?:[{_CAP}][a-z]?\.(?:\s?-\s?(?=[{_CAP}])|\s(?=[{_CAP}][a-z]?\.))?)+")
_INVERTED_INITIALS_SEP = re.compile(r"[,;]?\s*(?:&|and)\s+|[,;]\s+")
# and with no comma between the surname and the initials ("Yao D.-X.", "van Dam M.G."): two
# people at least, as one alone ("Ann B.") opens a name printed given name first ("Ann B. Lee")
_SURNAME_INITIALS_PERSON = re.compile(
    rf"(?:[a-z]{{1,3}}\s)*(?:(?:al|el|d|dell|l)[-'’])?[{_CAP}][\w'’\-]*(?:\s(?:[a-z]{{1,3}}\s)*[{_CAP}][\w'’\-]*){{0,2}}"
    rf"\s(?:[{_CAP}][a-z]?\.(?:\s?-\s?(?=[{_CAP}])|\s(?=[{_CAP}][a-z]?\.))?)+")
_ET_AL_AFTER = re.compile(r"\s*,?\s*et\.?\s*al\.")


# GOST 7.1 (and ISO 690's Russian form) print a spaced double slash between a work's title and
# the document that holds it ("Title // Venue. – 2021. – Vol. 3"); no title holds one. Its names
# are surname first ("Lee A. B., Chen B."), one alone too (wt-names5).
HOST_MARK = re.compile(r"\s//\s+")


def host_mark(text: str) -> re.Match | None:
    """GOST's double slash in ``text`` in its short form ("Names Title // Venue"); None when a
    spaced single slash comes before it: the full form "Title / A. Lee, B. Chen // Venue", whose
    names after the title the CV PDF reader's GOST reading reads (cv_pdf_styles.parse_gost_slashes)."""
    m = HOST_MARK.search(text) if "//" in text else None
    return m if m and " / " not in text[:m.start()] else None


def inverted_initials_list_end(text: str) -> int | None:
    """Where an opening list of people each printed "Surname, I." ends ("Lee, A. B. & Chen, C.
    Title", "Gray, J. Title", "Lee, A. et al. Title"), or each "Surname I." ("Yao D.-X., Lee
    A. B. Title", two people or more): the index of the space after the last
    initial's full stop (or after "et al."), which is the list's end too; None when ``text``
    does not open with such a list, or a title does not follow it (a capital or a quotation
    mark: "Lee, A. (2021)." and "Lee, A.: Title" are read by their own styles). A reader that
    takes every "A." for an initial reads the first words of the title into the names."""
    host = host_mark(text) is not None
    for person, fewest in ((_INVERTED_INITIALS_PERSON, 1), (_SURNAME_INITIALS_PERSON, 1 if host else 2)):
        m = person.match(text)
        if m:
            break
    else:
        return None
    end, people = m.end(), 1
    while True:
        sep = _INVERTED_INITIALS_SEP.match(text, end)
        nxt = person.match(text, sep.end()) if sep else None
        if not nxt:
            break
        end, people = nxt.end(), people + 1
    if people < fewest:
        return None
    et_al = _ET_AL_AFTER.match(text, end)
    end = et_al.end() if et_al else end
    if text[end - 1:end] != "." or not re.match(r"\s+[\"“‘'A-ZÀ-ÖØ-Þ0-9]", text[end:]):
        return None
    return end


# One person of BibTeX's own name form printed as it is ("Keogh, Eamonn J.", "von Hippel, Georg
# M.", "Lakshmanan, Laks V. S.", "Chang, Kevin Chen-Chuan"): a surname of one word (maybe after
# lower-case particles; two capitalised words are a given-first name: "Taosong He, Stephen G.
# Eick und ..."), a comma, then given names and initials; the people parted by " and " only
# (BibTeX's "and" between every two: no other style parts people so)
# (an initial, an abbreviated given name of ABBREVIATED_GIVEN, "Ya.", or a word: "Bo." is a
# given name and the list's stop)
_GIVEN_WORD = (rf"(?:(?:[{_CAP}]|" + "|".join(w for ws in ABBREVIATED_GIVEN.values() for w in ws)
               + rf")\.|[{_CAP}][\w'’\-]+)")
_BIBTEX_FORM_PERSON = (rf"(?:[a-z]{{1,3}}\s)*[{_CAP}][\w'’\-]*,\s{_GIVEN_WORD}"
                       rf"(?:[\s-]{_GIVEN_WORD}){{0,5}}?")
# what follows the list: a capitalised word or a quote opening the title, no initial and no
# person going on ("Keogh, Eamonn J. Exact Indexing": "Exact" is followed by no comma or "and")
_TITLE_AFTER_NAMES = (rf"\s+(?![{_CAP}][a-z]?\.)[\"“‘'{_CAP}0-9](?![\w'’\-]*(?:,|\s+and\s))")
# the list ending in an initial (its stop is the list's end), or two people or more ending in a
# word before the sentence's stop
_BIBTEX_FORM_LIST = re.compile(rf"{_BIBTEX_FORM_PERSON}(?:\s+and\s+{_BIBTEX_FORM_PERSON})*?(?<=\.)(?={_TITLE_AFTER_NAMES})"
                               rf"|{_BIBTEX_FORM_PERSON}(?:\s+and\s+{_BIBTEX_FORM_PERSON})+?(?<=\w)(?=\.{_TITLE_AFTER_NAMES})")


def bibtex_form_list_end(text: str) -> int | None:
    """Where an opening list in BibTeX's own name form ends ("Keogh, Eamonn J. Title", "von
    Fintel, Kai and Gillies, Anthony S. Title", "Lee, Ann and Chang, Kevin Chen-Chuan. Title"):
    the index after the last initial's full stop (which is the list's end too: a reader that
    takes every "A." for an initial reads the title's first words into the names), or of the
    list's own stop after a word (two people or more); None when ``text`` opens otherwise."""
    m = _BIBTEX_FORM_LIST.match(text)
    if not m:
        return None
    # (a given name written whole in it: a list of initials only, "Yan, T. W. Title", is
    # inverted_initials_list_end's)
    given = [p.partition(",")[2] for p in _BIBTEX_FORM_SEP_SPLIT.split(m.group(0))]
    return m.end() if any(re.search(r"[^\W\d_]{2,}(?![.\w])", g) for g in given) else None


_BIBTEX_FORM_SEP_SPLIT = re.compile(r"\s+and\s+")


def inverted_semicolon_list_end(text: str) -> int | None:
    """Where an opening author list of surname-first people between semicolons ends (the
    index of the period after it, or of the space after the last initial's period, which is
    the list's too), or None when ``text`` does not open with such a list of two people or more."""
    m = _INVERTED_SEMICOLON_LIST.match(text)
    return m.end() if m else None  # (the list's period or the space after the initial's period)


# A family name printed in capitals beside given names in mixed case: the capitals mark the
# family name, wherever it stands (Chinese, Japanese, Korean and Hungarian CVs in English print
# "LEE Ann B." family name first; French CVs and HAL print "Ann B. LEE" given names first). A
# capitals word has two letters or more and a vowel ("SF" in "SF Wolf" is initials); lower-case
# particles may open the family name ("van den BOSCH Frank"); a given name is a word in mixed
# case or an initial with its stop. A group's word ("ATLAS Collaboration") is no given name.
_CAPS_FAMILY_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+")
_CAPS_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")
_ROMAN_SUFFIX = re.compile(r"[IVX]+|JR|SR")  # "John Smith III": a suffix, no family name
_MIXED_GIVEN = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)?"
                          r"|[A-ZÀ-ÖØ-Þ]\.(?:-?[A-ZÀ-ÖØ-Þ]\.)*")  # "Ann", "SungRan", "Jia-Bin", "B.", "J.-B."
# the last given name an initial whose stop a reading took for the names' end ("GROSS Thomas R")
_BARE_LAST_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_GROUP_WORDS = frozenset(("collaboration", "collaborations", "consortium", "consortia", "team", "group", "project",
                          "network", "society", "committee", "investigators", "study", "research", "lab",
                          "laboratory", "laboratories", "institute", "center", "centre", "university"))


# A capitals word of up to this many letters opening or closing a name may be initials run
# together without stops (Google Scholar's "AB Lee", Vancouver's "Lee AB") as well as a short
# family name ("LI Wei", "Wei LI"): such a name is turned only in a list that prints another
# name's family name in capitals for sure.
_AMBIGUOUS_CAPS_LETTERS = 3


def _caps_family(name: str) -> tuple[list[str], list[str], bool] | None:
    """(the family name's words, the given names' words, whether the capitals may be initials
    instead) of a name printed with its family name in capitals (:data:`_CAPS_FAMILY_WORD`),
    first or last; None otherwise."""
    words = name.split()
    if len(words) < 2 or any(w.lower().strip(".,") in _GROUP_WORDS for w in words):
        return None

    def caps(w: str) -> bool:
        return bool(_CAPS_FAMILY_WORD.fullmatch(w) and _CAPS_VOWEL.search(w)) and not _ROMAN_SUFFIX.fullmatch(w)

    def family_at(i: int) -> int:
        """The end of a family name opening at i (particles, in lower case or in capitals, and
        capitals words, the last one in capitals: "van den BOSCH", "VAN den BUSSCHE"), or i."""
        end, k = i, i
        while k < len(words) and (words[k] in _PARTICLES or caps(words[k])):
            k += 1
            if caps(words[k - 1]):
                end = k
        return end

    # family name first: "LEE Ann B.", "van den BOSCH Frank C."; a reading may have put the
    # last initials first ("G. L. van DOORN Mark" from "van DOORN Mark G. L.")
    lead = 0
    while lead < len(words) - 2 and re.fullmatch(r"[A-ZÀ-ÖØ-Þ]\.", words[lead]):
        lead += 1
    if family_at(lead) == lead:
        lead = 0
    end = family_at(lead)
    given = words[end:]
    if given and _BARE_LAST_INITIAL.fullmatch(given[-1]) and len(given) > 1:
        given = given[:-1] + [given[-1] + "."]
    if end > lead and end < len(words) and all(_MIXED_GIVEN.fullmatch(w) for w in given):
        ambiguous = end == lead + 1 and len(words[lead]) <= _AMBIGUOUS_CAPS_LETTERS
        return words[lead:end], given + words[:lead], ambiguous
    # given names first: "Ann B. LEE", "Frank C. van den BOSCH"
    start = next((i for i in range(1, len(words)) if family_at(i) == len(words)), None)
    if start is not None and all(_MIXED_GIVEN.fullmatch(w) for w in words[:start]):
        # (one short word in capitals last may be Vancouver's initials, "Lee AB", or a family name, "Wei LI")
        return words[start:], words[:start], len(words) - start == 1 and len(words[-1]) <= _AMBIGUOUS_CAPS_LETTERS
    return None


def capitals_family_names(names: list[str]) -> list[str]:
    """A list's names with their family names in capitals turned given name first, the capitals
    kept as printed, as :func:`markdown_page.caps_surname_page` keeps them ("LEE Ann B." and
    "B. LEE Ann" -> "Ann B. LEE", "GROSS Thomas R" -> "Thomas R. GROSS"), when every name of
    the list that holds a word in capitals is printed so (an acronym in one name leaves the list
    as printed) and one of them at least is so for sure (:data:`_AMBIGUOUS_CAPS_LETTERS`);
    names with no capitals are kept."""
    split = [_caps_family(n) for n in names]
    if not any(s and not s[2] for s in split) or any(s is None and re.search(r"\b[A-ZÀ-ÖØ-Þ]{2,}\b", n) for s, n in zip(split, names)):
        return names
    out = []
    for n, s in zip(names, split):
        if s is None:
            out.append(n)
            continue
        out.append(" ".join([*s[1], *s[0]]))
    return out
