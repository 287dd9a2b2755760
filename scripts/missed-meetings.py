#!/usr/bin/env python3
"""Lists the gold meetings an extraction run misses, using the scorer's own matching, and says why.

usage: missed-meetings.py GOLD_DIR PRED_DIR [--scorer PATH]

For each required gold meeting left unmatched: its kind, date, names, and the reason, one of
  taken-by-other  a predicted meeting could match it but was assigned to another gold meeting
                  (two events merged into one, or the assignment preferred the other),
  date-conflict   a predicted meeting shares people, place or name but its date is incompatible,
  not-found       no predicted meeting shares people, place or name with it.
Ends with the counts by (reason, kind) and by reason.
"""
import argparse, json, os, sys
from collections import Counter

ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("pred")
ap.add_argument("--scorer", default="/work/shared/tools")
args = ap.parse_args()
sys.path.insert(0, args.scorer)
from score_extraction import Article, norm, names_of, containment, date_compatible  # noqa: E402


def reason(a, gid, g):
    people = a.gold_targets(gid, "ATTENDED", reverse=True)
    places = {norm(g["place"])} if g.get("place") else set()
    for t in a.gold_targets(gid, "HELD_IN"):
        places |= names_of(a.g_ent.get(t, {}))
    found = ("not-found", "")
    for pid, p in a.p_ent.items():
        if p["type"] != "Meeting":
            continue
        shared = {a.match.get(x) for x in a.pred_targets(pid, "ATTENDED", reverse=True)} & people
        if not (shared or a.place_names(pid) & places or containment(names_of(p), names_of(g)) >= 0.67):
            continue
        if date_compatible(p.get("date"), g.get("date")) is False:
            found = ("date-conflict", f"{p.get('name')} {p.get('date')}")
            continue
        return ("taken-by-other", f"{p.get('name')} -> {a.match.get(pid)}")
    return found


rows = []
for fn in sorted(os.listdir(args.gold)):
    if not fn.endswith(".json"):
        continue
    gold = json.load(open(os.path.join(args.gold, fn)))
    path = os.path.join(args.pred, fn)
    pred = json.load(open(path)) if os.path.exists(path) else {"entities": [], "relationships": []}
    a = Article(gold, pred)
    a.run()
    for gid, g in a.g_ent.items():
        if g["type"] == "Meeting" and not g.get("optional") and gid not in a.rmatch:
            why, note = reason(a, gid, g)
            rows.append((why, g.get("kind") or "-", fn, (g.get("names") or [g.get("name")])[0], g.get("date"), note))
for r in sorted(rows):
    print(" | ".join(str(x) for x in r))
print(Counter((r[0], r[1]) for r in rows).most_common())
print(Counter(r[0] for r in rows).most_common(), len(rows))
