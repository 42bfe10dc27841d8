"""Reference side of scripts/check-stemmer.

  python3 stemmer_reference.py vocabulary   # prints the test words, one a line
  python3 stemmer_reference.py stem         # stems stdin's words (one a line), one stem a line

The words are the 60,000 most frequent English words from `wordfreq` (its data ships in the
wheel, so this works offline), kept when they are letters and apostrophes only, plus a few
hundred words chosen to hit every exception and rule of the algorithm.
"""

import sys

# The pure-Python stemmer that the pinned snowballstemmer ships. `snowballstemmer.stemmer`
# would quietly switch to PyStemmer's C code when that happens to be installed, whose Snowball
# version is pinned by nobody here; the reference must be the version in the requirements file.
from snowballstemmer.english_stemmer import EnglishStemmer

# Words that exercise each rule; many are not in wordfreq's list, or only in one form.
TRICKY = """
skis skies sky news howe atlas cosmos bias andes dying lying tying idly gently ugly early only singly
skiing skied skys newses howes atlases biases andess dyings lyings vying eying flying trying crying
ying yying xying dye dyed dyes lie lied lies tie tied ties tieing spying prying frying
a i s 'a 'ab ab as is us ox by my ty 's '' ''' 's' s' 'ss a's ab' abs'
generate general generous generously generation generality generalization communism community
communication communicate arsenal arsenic arsenals past paste pasted pasting pastes pasts pastime
universe university universal universally later lateral laterally emergency emerge emerged emergent
organ organize organization organs organic interest interests international internal interview
interviewing interviews interfere interfering intern interned inter interred interring
inning innings outing outings canning herring herrings earring earrings evening evenings even
proceed proceeds proceeded proceeding exceed exceeds exceeded exceedingly succeed succeeds
succeeded succeeding succeedingly feed feeds agreed agreedly agree disagreed guaranteed
caresses ponies ties cries cried tied died lied gas gaps kiwis gaps' this yes his us bus buses
sees seed speed speedily luxuriated luxuriating hopped hoped hopping hoping filed filing failed
failing added adding egged egging odded ebbed ebbing tanned tanning fizzed fizzing bled
troubled troubling sized sizing rated rating shopped shopped shopping shaped shaping
falling fall fell filled fill pass passes passed passing hiss hissed fuss fussed
yell yellow yellowy yelling yay yays yayy ayyy aye eye eyed eyeing obey obeyed obeying
say says saying sayings player players toy toys toy's boy boy's boys' boys'' enjoy enjoyed enjoying
play played playing playful playfully key keys keyed monkey monkeys journey journeys
cry cry's happy happily happiness happier happiest try tried trying tries beyond yearly
relational conditional rational valency hesitancy digitizer conformably radically differently
vilely analogously vietnamization predication operator feudalism decisiveness hopefulness
callousness formality sensitivity sensibility analogi analogies geology geologist biologist
ecologist fulli fruitfully hopelessly limitless helplessly ogist logi ology apology cheerfully
triplicate formative formalize electricity electrical hopeful goodness effectively creative
revival allowance inference airliner gyroscopic adjustable defensible irritant replacement
adjustment dependent adoption homologou communism activate angulariti homologous effective
bowdlerize adoption controll roll rolling controlling probate rate cease hope tape ale
generalizations internationalization meaninglessly knowingly seemingly exceedingly
instructive instructively excessive excessively ably fully badly oddly only'
'tis 'twas 'em o'clock ma'am rock'n'roll y'all
consign consigned consigning consignment consist consisted consistency consistent consistently
knack knackered knaves knavish kneaded kneading knee kneel kneeled kneeling kneels knees knell
skating skated skate innate renewal renewals renewed
café cafés naïve résumé résumés über façade crème fiancée pokémon
"""


# Words the algorithm singles out; each also goes in with the apostrophe and plural forms that
# must not be mistaken for them (skis's, 'dying, innings').
SINGLED_OUT = """
skis skies sky news howe atlas cosmos bias andes idly gently ugly early only singly dying lying tying
inning outing canning herring earring evening proceed exceed succeed
"""


def tricky_words():
    words = TRICKY.split()
    for word in SINGLED_OUT.split():
        words += [word, word + "s", word + "'s", word + "'", word + "s'", "'" + word]
    return words


def vocabulary():
    from wordfreq import top_n_list

    words = []
    seen = set()
    for word in top_n_list("en", 60000) + tricky_words():
        word = word.lower()
        letters = [c for c in word if c != "'"]
        # Real words only: letters and apostrophes (drops numbers, "u.s", emoji); the tricky list
        # adds some all-apostrophe tokens on purpose.
        if any(not c.isalpha() for c in letters):
            continue
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "vocabulary":
        sys.stdout.write("".join(w + "\n" for w in vocabulary()))
    elif mode == "stem":
        stemmer = EnglishStemmer()
        words = sys.stdin.read().split()
        sys.stdout.write("".join(stemmer.stemWord(w.lower()) + "\n" for w in words))
    else:
        sys.exit("usage: stemmer_reference.py vocabulary|stem")


if __name__ == "__main__":
    main()
