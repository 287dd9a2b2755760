#!/usr/bin/env python3
"""Groups PARTY_TO errors by cause, with the scorer's own matching (its Article class).

usage: party-error-classes.py GOLD_DIR PRED_DIR [v]   (v: list every error under its class)

False positives: the agreement matched no gold one; the country matched none; the country attended the gold meeting
that produced the agreement; the country is party to another gold agreement of the article; other. Each with the
confidence of the rule that made it (0.85 sides named, 0.8 named/signers, 0.75 meeting participants, 0.6 in passing,
0.5 the article's two principal countries). Misses: the gold agreement was not found, or by how many parties the
found one has.
"""
import sys, os, json, collections
sys.path.insert(0, os.environ.get('SCORER_DIR', '/work/shared/tools'))
from score_extraction import Article
gold_dir, pred_dir = sys.argv[1], sys.argv[2]
verbose = len(sys.argv) > 3
fp = collections.Counter(); fn = collections.Counter(); ex = collections.defaultdict(list)
for f in sorted(os.listdir(gold_dir)):
    if not f.endswith('.json'): continue
    g = json.load(open(os.path.join(gold_dir, f)))
    pp = os.path.join(pred_dir, f)
    p = json.load(open(pp)) if os.path.exists(pp) else {'entities': [], 'relationships': []}
    a = Article(g, p); a.run()
    gt = {}
    for r in a.g_rel:
        gt[(r['type'], r['from'], r['to'])] = r.get('optional', False) or a.g_ent.get(r['from'], {}).get('optional', False) or a.g_ent.get(r['to'], {}).get('optional', False)
    # gold attendee countries per gold meeting
    rep = collections.defaultdict(set)
    for r in a.g_rel:
        if r['type'] == 'REPRESENTS': rep[r['from']].add(r['to'])
    gparties = collections.defaultdict(set)
    for (t, fr, to), o in gt.items():
        if t == 'PARTY_TO': gparties[to].add(fr)
    seen = set()
    for r in a.p_rel:
        if r['type'] != 'PARTY_TO': continue
        key = ('PARTY_TO', a.match.get(str(r['from'])), a.match.get(str(r['to'])))
        if key in seen: continue
        seen.add(key)
        if key in gt: continue
        rule = r.get('rule') or str(r.get('confidence'))
        if key[2] is None: cls = 'agreement unmatched'
        elif key[1] is None: cls = 'country unmatched'
        else:
            ga = key[2]
            prod = [fr for (t, fr, to) in gt if t == 'PRODUCED' and to == ga]
            att = set()
            for m in prod:
                for (t, fr, to) in gt:
                    if t == 'ATTENDED' and to == m: att |= rep[fr]
            if key[1] in att: cls = 'country attended producing meeting'
            elif any(key[1] in ps for ag, ps in gparties.items() if ag != ga): cls = 'party of another agreement'
            else: cls = 'other'
        fp[(cls, rule)] += 1
        ex[('FP', cls, rule)].append(f"{f}: {a.p_ent.get(str(r['from']),{}).get('name')} -> {a.p_ent.get(str(r['to']),{}).get('name')} | {r.get('evidence','')[:150]}")
    for (t, fr, to), o in gt.items():
        if t != 'PARTY_TO' or o or (t, fr, to) in seen: continue
        pa = a.rmatch.get(to); pc = a.rmatch.get(fr)
        if pa is None: cls = 'agreement missed'
        elif pc is None: cls = 'country missed'
        else:
            n = len(a.pred_targets(pa, 'PARTY_TO', reverse=True))
            cls = f'agreement has {min(n,3)}{"+" if n>=3 else ""} parties'
        fn[cls] += 1
        ex[('FN', cls, '')].append(f"{f}: {a.g_ent[fr]['names'][0]} -> {a.g_ent[to]['names'][0]}")
print('FALSE POSITIVES', sum(fp.values()))
for k, v in fp.most_common(): print(f'{v:5} {k[0]:40} {k[1]}')
print('MISSES', sum(fn.values()))
for k, v in fn.most_common(): print(f'{v:5} {k}')
if verbose:
    for k, v in ex.items():
        print('==', k)
        for x in v: print('   ', x)
