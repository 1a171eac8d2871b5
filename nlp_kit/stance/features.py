"""Target-conditioned features for stance classification (scikit-learn transformers).

Input of every transformer: a ``pandas.DataFrame`` with the columns ``target``
(what the stance is about: a motion, a policy) and ``text`` (the sentence).
The ideas follow IBM's decomposition (Bar-Haim et al. 2017): stance =
target polarity × sentence sentiment × relation. A target such as "banning
boxing" is a *negative* proposal about boxing, so a sentence that speaks ill of
boxing favours it; ``target_polarity`` captures that, and the signed features
multiply sentence cues by it so one linear weight serves both kinds of target.

Example::

    >>> import pandas as pd
    >>> X = pd.DataFrame({"target": ["We should ban boxing"], "text": ["Boxing causes brain damage"]})
    >>> PairFeatures().fit(X).transform(X).shape[0]
    1
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from nlp_kit.stance.lexicons import lexicons

TOKEN = re.compile(r"[a-z]+(?=n't)|n't|'s\b|[a-z]+(?:-[a-z]+)*|[.,;:!?]")
STOP = frozenset(
    "a an the of to in on for and or with by at from as is are was were be been being it its this that these those "
    "we they he she i you our their his her will would should could can may might must has have had do does did "
    "not no than then so such there here which who whom what when where why how all any some more most other into "
    "about over under between also only very".split()
)
CLAUSE_BREAK = frozenset(".,;:!?") | frozenset({"but", "however", "although", "though", "yet", "whereas", "while"})
NEGATION_SCOPE = 4


class CompactTfidfVectorizer(TfidfVectorizer):
    """``TfidfVectorizer`` that saves its vocabulary as two arrays and drops ``stop_words_``.

    skops stores a dict entry by entry; 80,000 vocabulary entries made the model
    take seconds to audit and load. Arrays load at once; the fitted behaviour is
    unchanged (``stop_words_`` only lists terms cut by ``max_features`` and is
    documented by scikit-learn as safe to remove).
    """

    def __getstate__(self):
        state = dict(super().__getstate__())
        state.pop("stop_words_", None)
        vocabulary = state.pop("vocabulary_", None)
        if vocabulary is not None:
            state["vocabulary_terms_"] = np.asarray(list(vocabulary), dtype=str)
            state["vocabulary_index_"] = np.fromiter(vocabulary.values(), dtype=np.int64, count=len(vocabulary))
        return state

    def __setstate__(self, state):
        state = dict(state)
        terms = state.pop("vocabulary_terms_", None)
        index = state.pop("vocabulary_index_", None)
        super().__setstate__(state)
        if terms is not None:
            self.vocabulary_ = dict(zip(terms.tolist(), index.tolist()))


def tokens(text: str) -> list[str]:
    """Lower-cased word and punctuation tokens, clitics split off:
    ``"Turkey didn't open Armenia's border."`` → turkey, did, n't, open, armenia, 's, border, ."""
    return TOKEN.findall(text.lower().replace("\u2019", "'"))


def stem(word: str) -> str:
    """A light suffix strip so 'agreements', 'agreed' and 'agree' meet in lookups and overlap."""
    for suffix, min_len in (("ies", 5), ("ing", 6), ("ed", 5), ("es", 5), ("s", 4)):
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _lookup(table: dict, word: str, default=None):
    if word in table:
        return table[word]
    root = stem(word)
    for candidate in (root, root + "e"):
        if candidate in table:
            return table[candidate]
    return default


@lru_cache(maxsize=16384)
def content_stems(text: str) -> frozenset[str]:
    """Stems of the content words of ``text``, synonyms mapped to one form ("treaty" → "agreement").

    Cached: target matching asks for the same clauses and targets once per (holder, target) pair.
    """
    syn = lexicons().synonyms
    out = set()
    for tok in tokens(text):
        if tok.isalpha() and tok not in STOP and len(tok) > 2:
            out.add(syn.get(tok, syn.get(stem(tok), stem(tok))))
    return frozenset(out)


def target_polarity(target: str) -> int:
    """+1 when the target proposes something, -1 when it proposes to ban, end or oppose it.

    ``target_polarity("This house would ban boxing")`` → -1;
    ``target_polarity("the peace agreement")`` → 1; a negation flips it.
    """
    lex = lexicons()
    toks = tokens(target)
    polarity = 1
    for tok in toks:
        if tok in lex.target_polarity or stem(tok) in lex.target_polarity:
            polarity = -polarity
    if any(tok in lex.negation for tok in toks):
        polarity = -polarity
    return polarity


def scoped_valences(toks: list[str]) -> tuple[list[float], list[int]]:
    """Per-token sentiment valence (VADER, -4..4) and good/bad-effect sign, flipped inside a negation's scope."""
    lex = lexicons()
    valences, effects = [], []
    scope = 0
    for tok in toks:
        if tok in CLAUSE_BREAK:
            scope = 0
        sign = -1 if scope > 0 else 1
        valences.append(sign * _lookup(lex.vader, tok, 0.0))
        effects.append(sign * _lookup(lex.effect, tok, 0))
        if tok in lex.negation:
            scope = NEGATION_SCOPE
        elif scope > 0:
            scope -= 1
    return valences, effects


class PairFeatures(TransformerMixin, BaseEstimator):
    """Dense cue features of a (target, sentence) pair.

    Columns: target polarity; sentence sentiment (mean, positive, negative),
    effect score and negation count, each also multiplied by the target
    polarity; sentiment near the words the sentence shares with the target
    (signed); lexical overlap (count, Jaccard, coverage of the target) and
    overlap × negation; contrast connectives.
    """

    feature_names = (
        "target_polarity", "sentiment", "positive", "negative", "effect", "negations",
        "signed_sentiment", "signed_positive", "signed_negative", "signed_effect", "signed_negations",
        "signed_local_sentiment", "signed_local_effect",
        "overlap", "jaccard", "target_coverage", "no_overlap", "overlap_negated", "contrast",
    )

    def fit(self, X, y=None):
        return self

    def get_feature_names_out(self, input_features=None):
        return np.asarray(self.feature_names, dtype=object)

    def transform(self, X):
        lex = lexicons()
        rows = []
        for target, text in zip(X["target"].astype(str), X["text"].astype(str)):
            p = target_polarity(target)
            toks = tokens(text)
            valences, effects = scoped_valences(toks)
            n = max(1, sum(1 for t in toks if t.isalpha()))
            sentiment = sum(valences) / n
            positive = sum(v for v in valences if v > 0) / 4.0
            negative = -sum(v for v in valences if v < 0) / 4.0
            effect = float(sum(effects))
            negations = float(sum(1 for t in toks if t in lex.negation))
            target_words = content_stems(target)
            syn = lexicons().synonyms
            norm = [syn.get(t, syn.get(stem(t), stem(t))) for t in toks]
            hits = [i for i, t in enumerate(norm) if t in target_words]
            local_sent = local_eff = 0.0
            for i in hits:
                lo, hi = max(0, i - 4), min(len(toks), i + 5)
                local_sent += sum(valences[lo:hi]) / 4.0
                local_eff += sum(effects[lo:hi])
            text_words = content_stems(text)
            shared = target_words & text_words
            overlap = float(len(shared))
            union = len(target_words | text_words) or 1
            coverage = overlap / (len(target_words) or 1)
            rows.append(
                (
                    p, sentiment, positive, negative, effect, negations,
                    p * sentiment, p * positive, p * negative, p * effect, p * negations,
                    p * local_sent, p * local_eff,
                    np.log1p(overlap), overlap / union, coverage, float(overlap == 0), coverage * min(negations, 1.0),
                    float(any(t in lex.contrast for t in toks)),
                )
            )
        return np.asarray(rows, dtype=np.float64)


class SignedTfidf(TransformerMixin, BaseEstimator):
    """TF-IDF of the sentence multiplied by the target's polarity.

    A weight learned for "damage" then means "against whatever the target
    proposes", whether the target is "legalizing X" or "banning X".
    """

    def __init__(self, ngram_range=(1, 2), max_features=20000, min_df=2):
        self.ngram_range = ngram_range
        self.max_features = max_features
        self.min_df = min_df

    def fit(self, X, y=None):
        self.vectorizer_ = CompactTfidfVectorizer(
            ngram_range=self.ngram_range, max_features=self.max_features, min_df=self.min_df,
            sublinear_tf=True, dtype=np.float32,
        )
        self.vectorizer_.fit(X["text"].astype(str))
        return self

    def get_feature_names_out(self, input_features=None):
        return np.asarray(["signed:" + f for f in self.vectorizer_.get_feature_names_out()], dtype=object)

    def transform(self, X):
        matrix = self.vectorizer_.transform(X["text"].astype(str))
        signs = np.asarray([target_polarity(t) for t in X["target"].astype(str)], dtype=np.float32)
        return sp.diags(signs) @ matrix


class RelatednessFeatures(TransformerMixin, BaseEstimator):
    """How much a sentence is about the target: TF-IDF cosine (words and character n-grams,
    fitted on targets and sentences together) and content-word overlap with synonyms.

    Feeds the NONE gate: "Turkey reopened its embassy" is about neither
    "the peace agreement" nor "banning boxing", whatever its sentiment.
    """

    def __init__(self, max_features=15000, topic_features=6000, topic_dims=96, random_state=13):
        self.max_features = max_features
        self.topic_features = topic_features
        self.topic_dims = topic_dims
        self.random_state = random_state

    def fit(self, X, y=None):
        corpus = list(X["target"].astype(str).unique()) + list(X["text"].astype(str))
        self.words_ = CompactTfidfVectorizer(stop_words="english", sublinear_tf=True, max_features=self.max_features, dtype=np.float32).fit(corpus)
        self.chars_ = CompactTfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, max_features=self.max_features, dtype=np.float32).fit(corpus)
        # latent topics (LSA) relate "vaccination" to "immunity" where no word is shared
        self.topic_words_ = CompactTfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2, max_features=self.topic_features, dtype=np.float32).fit(corpus)
        dims = max(1, min(self.topic_dims, len(self.topic_words_.vocabulary_) - 1))
        self.topics_ = TruncatedSVD(n_components=dims, random_state=self.random_state).fit(self.topic_words_.transform(corpus))
        return self

    def get_feature_names_out(self, input_features=None):
        return np.asarray(["word_cosine", "char_cosine", "topic_cosine", "overlap", "jaccard", "target_coverage", "text_coverage", "no_overlap"], dtype=object)

    def transform(self, X):
        targets, texts = X["target"].astype(str), X["text"].astype(str)
        columns = []
        for vectorizer in (self.words_, self.chars_):
            a, b = vectorizer.transform(targets), vectorizer.transform(texts)
            columns.append(np.asarray(a.multiply(b).sum(axis=1)).ravel())
        a = normalize(self.topics_.transform(self.topic_words_.transform(targets)))
        b = normalize(self.topics_.transform(self.topic_words_.transform(texts)))
        columns.append((a * b).sum(axis=1))
        overlap_rows = []
        for target, text in zip(targets, texts):
            tw, xw = content_stems(target), content_stems(text)
            shared = len(tw & xw)
            overlap_rows.append((np.log1p(shared), shared / (len(tw | xw) or 1), shared / (len(tw) or 1), shared / (len(xw) or 1), float(shared == 0)))
        return np.column_stack([*columns, np.asarray(overlap_rows, dtype=np.float64).reshape(len(targets), 5)])
