#!/usr/bin/env python3
"""Build `crates/lede-core/models/word_clusters.tsv`: distributional word clusters learned
from unlabelled public-domain news text (the Voice of America sentences of the GMB corpus,
`shared/train/ner/gmb_voa.conll.gz`; only the words are read, never the GMB annotations).

Recipe (deterministic for a given numpy/scikit-learn build; seed fixed):
  1. words normalised as the tagger's lowercase feature does (lowercase, ASCII digits -> 0);
  2. vocabulary: words seen at least --min-count times;
  3. each word's contexts: counts of the word at offsets -2, -1, +1, +2 among the --contexts
     most frequent words (others pooled per offset);
  4. positive PMI weighting, truncated SVD to --dims dimensions, rows L2-normalised;
  5. k-means at several granularities (--ks); a word's line lists its cluster at each.

Output: `# lede-model word_clusters v1`, comment lines, then `word<TAB>c1<TAB>c2<TAB>c3`.

Usage:
  pip install numpy scipy scikit-learn
  python3 scripts/word_clusters.py ../shared/train/ner/gmb_voa.conll.gz \
      --out crates/lede-core/models/word_clusters.tsv
"""
import argparse
import gzip
import re
import sys
from collections import Counter

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

DIGIT = re.compile(r"[0-9]")


def norm(w):
    return DIGIT.sub("0", w.lower())


def sentences(path):
    sent = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("-DOCSTART-"):
                if sent:
                    yield sent
                sent = []
                continue
            sent.append(norm(line.split("\t", 1)[0].replace("_", " ")))
    if sent:
        yield sent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--contexts", type=int, default=2000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--ks", default="32,128,512")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    sents = [s for p in a.corpus for s in sentences(p)]
    counts = Counter(w for s in sents for w in s)
    ntok = sum(counts.values())
    vocab = sorted((w for w, c in counts.items() if c >= a.min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[: a.contexts])}
    nctx = a.contexts + 1  # last slot: any other word (sentence edges too)
    offsets = (-2, -1, 1, 2)
    rows, cols = [], []
    for s in sents:
        n = len(s)
        for i, w in enumerate(s):
            r = index.get(w)
            if r is None:
                continue
            for k, d in enumerate(offsets):
                j = i + d
                c = ctx.get(s[j], a.contexts) if 0 <= j < n else a.contexts
                rows.append(r)
                cols.append(k * nctx + c)
    m = sp.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), len(offsets) * nctx))
    m.sum_duplicates()
    # Positive PMI.
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel()
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (rs[coo.row] * cs[coo.col]))
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    emb = TruncatedSVD(n_components=a.dims, random_state=a.seed, algorithm="arpack").fit_transform(ppmi)
    emb = normalize(emb)
    ks = [int(k) for k in a.ks.split(",")]
    labels = []
    for k in ks:
        km = KMeans(n_clusters=k, n_init=3, random_state=a.seed, max_iter=100)
        labels.append(km.fit_predict(emb))
        print(f"k={k}: inertia {km.inertia_:.1f}", file=sys.stderr)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# lede-model word_clusters v1\n")
        f.write(f"# {len(vocab)} words from {ntok} tokens of public-domain VOA news (GMB text only);\n")
        f.write(f"# built by scripts/word_clusters.py (min count {a.min_count}, {a.contexts} contexts, "
                f"{a.dims} dims, k = {a.ks}, seed {a.seed}). word<TAB>cluster per k\n")
        for i, w in enumerate(vocab):
            if "\t" in w or w.startswith("#"):
                continue
            f.write(w + "\t" + "\t".join(str(l[i]) for l in labels) + "\n")
    print(f"wrote {a.out}: {len(vocab)} words, {ntok} tokens", file=sys.stderr)


if __name__ == "__main__":
    main()
