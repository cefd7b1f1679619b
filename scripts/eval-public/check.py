#!/usr/bin/env python3
"""Checks the gold files of the quotation/timeline evaluation set.
usage: python3 scripts/eval-public/check.py FILE.gold.json [...]
Every "starts", "contains", "not_quotes", "optional_quotes", "anchor" and optional anchor must be
found in the article text (compared with accents folded, case ignored, punctuation as spaces).
"""
import json, re, sys, unicodedata

def comparable(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'[^\w]+', ' ', s, flags=re.UNICODE).replace('_', ' ').strip()

VALUE = re.compile(r'^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI))?$')
ok = True
counts = {'blocks': 0, 'inlines': 0, 'dates': 0}
for path in sys.argv[1:]:
    gold = json.load(open(path, encoding='utf-8'))
    md = path.replace('.gold.json', '.md')
    text = comparable(open(md, encoding='utf-8').read())
    def need(kind, s):
        global ok
        if not isinstance(s, str) or len(comparable(s).split()) < 2:
            print(f'{path}: {kind} {s!r} is too short (two words at least)'); ok = False; return
        if comparable(s) not in text:
            print(f'{path}: {kind} not in the article: {s!r}'); ok = False
    if not re.match(r'^\d{4}-\d{2}-\d{2}$', gold.get('dct', '')):
        print(f'{path}: dct missing'); ok = False
    for q in gold.get('quotes', []):
        need('block starts', q.get('starts')); counts['blocks'] += 1
        if 'speaker' not in q: print(f'{path}: block without "speaker" (null when nobody)'); ok = False
    for q in gold.get('inline_quotes', []):
        need('inline contains', q.get('contains')); counts['inlines'] += 1
        if 'speaker' not in q and 'speaker_not' not in q: print(f'{path}: inline without "speaker" (null when nobody)'); ok = False
    for s in gold.get('not_quotes', []): need('not_quote', s)
    for s in gold.get('optional_quotes', []): need('optional_quote', s)
    for e in gold.get('timeline', []):
        need('timeline anchor', e.get('anchor')); counts['dates'] += 1
        if not VALUE.match(str(e.get('value'))): print(f'{path}: bad value {e.get("value")!r}'); ok = False
        if e.get('mod') not in (None, 'START', 'MID', 'END', 'BEFORE', 'AFTER', 'APPROX'):
            print(f'{path}: bad mod {e.get("mod")!r}'); ok = False
    for s in gold.get('timeline_optional_anchors', []): need('optional anchor', s)
print(('OK ' if ok else 'ERRORS ') + str(counts))
sys.exit(0 if ok else 1)
