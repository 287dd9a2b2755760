#!/usr/bin/env python3
"""Checks that every gold annotation of the development set is well formed before it is used to score.

The scorer keys gold entities by id, so a repeated id silently drops one entity and re-points its
relationships (eight files once carried such a pair unnoticed, a Place and an Agreement both named after
a city), hence this guard. Usage: check_devset_gold.py DEVSET_DIR (with articles/ and gold/ inside). Exits 1 on any fault.
"""
import json
import sys
from pathlib import Path


def faults_of(gold_path: Path, articles: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = articles / gold.get("article", "")
    if not article.is_file():
        yield f"its article {gold.get('article')!r} is not in {articles}"
        return
    seen = set()
    for entity in gold["entities"]:
        if entity["id"] in seen:
            yield f"id {entity['id']!r} is used by more than one entity"
        seen.add(entity["id"])
    for relation in gold["relationships"]:
        for end in ("from", "to"):
            if relation[end] not in seen:
                yield f"{relation['type']} {end} {relation[end]!r} names no entity"


def main(devset: Path) -> int:
    bad = 0
    golds = sorted((devset / "gold").glob("*.json"))
    for gold_path in golds:
        for fault in faults_of(gold_path, devset / "articles"):
            print(f"{gold_path.name}: {fault}")
            bad += 1
    print(f"{len(golds)} gold files checked, {bad} faults")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
