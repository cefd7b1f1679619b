#!/usr/bin/env python3
"""Convert GUM (Georgetown University Multilayer corpus) news and interview documents
into the evaluation format (NAME.md + NAME.gold.json).

Input: source/NAME.txt, one file per GUM document. Each file is the GUM `xml/` version of the
document (token per line, TEI tags) with the tokens joined back into running text and only the
tags that matter here kept, one block per line:

    ID: GUM_news_iodine                      GUM document id
    URL: https://en.wikinews.org/wiki/...    sourceURL from the GUM <text> element
    DATE: 2006-02-23                         the article's date: its dateline, else dateCreated
                                             from the GUM <text> element (see README)
    TITLE: ...                               the document's first <head> (may hold markers, below)
    SPEAKERS: #NickBos=Nick Bos; ...         sp@who ids -> fullest name used in the document
    INTERVIEWER: #Wikinews                   sp@who ids whose turns are the interviewer's questions
    LABELS: #id=Label; ...                   (optional; interviews with several interviewees) the
                                             turns of these ids are printed "Label: text" (first
                                             paragraph of a turn), as in the original transcript
    ---
    H: text        a further <head> (section heading)
    P: text        a <p>, or a sentence/block standing outside any <p> (dateline, block quote)
    C: text        an image <caption>
    I: text        a list <item>
    SP #id: text   a <p> inside <sp who="#id">

Markers inside a block (they may nest):
    [[Q{Speaker} ...]]  GUM's <quote> (a quotation); the speaker in braces is this project's
                        annotation (GUM records none); {} = no identifiable speaker
    [[A{Speaker} ...]]  a quotation GUM leaves untagged (or tags <q>), added by this project
    [[S ...]]           GUM's <q> ("quotation marks not marking a quotation": scare quotes, titles)
    [[N ...]]           words in quotation marks GUM leaves untagged that are not a quotation
                        (title, term, word mentioned), added by this project
    [[X ...]]           GUM's <quote> around words this project does not count as a quotation
                        (e.g. a title); goes to not_quotes

Gold:
  * SP turns of an interviewee           -> "quotes" (block), speaker = SPEAKERS name (from GUM)
  * SP turns of the interviewer           -> "optional_quotes" (questions, as in the brief)
  * a block that is nothing but [[Q]]/[[A]] -> "quotes" (block), speaker from the braces
  * any other [[Q]]/[[A]] (top level or nested) -> "inline_quotes", speaker from the braces
  * [[S]], [[N]], [[X]] not inside a quotation -> "not_quotes" (inside a quotation they are
    not listed, as before)
Speakers of interviewee turns come from GUM; all other speakers (and the null decisions) are
this project's annotation: the gold file counts them in "speakers_annotated_by_project".
Quotations of one word cannot be given as "contains" (the checker needs two words); they are
listed under "unlisted_one_word_quotes".
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'source')
OUT = os.path.join(HERE, "..", "..", "src", "test", "resources", "eval", "quotes-public")
OPEN_MARKS = '"\'“”‘’«»`'
QUOTE_KINDS = 'QA'
NOT_KINDS = 'SNX'
MARK = re.compile(r'\[\[([QASNX])(?:\{([^{}]*)\})? ')


def parse_inline(s):
    """Return (plain_text, spans) where spans = [(kind, start, end, depth, parent_kind, speaker)].
    speaker: None when no braces were given, '' for {} (no identifiable speaker)."""
    out, spans, stack, i = [], [], [], 0
    while i < len(s):
        m = MARK.match(s, i)
        if m:
            stack.append((m.group(1), len(''.join(out)), m.group(2)))
            i = m.end()
        elif s.startswith(']]', i) and stack:
            kind, start, spk = stack.pop()
            parent = stack[-1][0] if stack else None
            spans.append((kind, start, len(''.join(out)), len(stack), parent, spk))
            i += 2
        else:
            out.append(s[i])
            i += 1
    if stack:
        raise ValueError('unclosed marker in: ' + s[:80])
    return ''.join(out), spans


def words(s):
    return re.findall(r"[\w][\w'’\-\.]*", s)


def strip_marks(s):
    return s.strip().strip(OPEN_MARKS + ' ,.;:').strip()


def _tokens(s):
    # consecutive whitespace tokens, stopping at a token of punctuation only ("...", "-", "–")
    out = []
    for t in strip_marks(s).split():
        if not words(t):
            if len(out) >= 2:
                break
            out = []
            continue
        out.append(t)
    return out


def first_words(s, n=8):
    return ' '.join(_tokens(s)[:n]).rstrip(',;:')


def contains_words(s, n=8):
    return ' '.join(_tokens(s)[:n]).rstrip(',;:')


def convert(path):
    meta, blocks = {}, []
    lines = open(path, encoding='utf-8').read().split('\n')
    sep = lines.index('---')
    for line in lines[:sep]:
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip()
    for line in lines[sep + 1:]:
        if not line.strip():
            continue
        m = re.match(r'^(H|P|C|I|SP (#\S+)):\s?(.*)$', line)
        if not m:
            raise ValueError(f'{path}: bad line {line[:60]!r}')
        kind = 'SP' if m.group(1).startswith('SP') else m.group(1)
        blocks.append((kind, m.group(2), m.group(3)))
    speakers = {}
    for part in filter(None, [p.strip() for p in meta.get('SPEAKERS', '').split(';')]):
        k, v = part.split('=', 1)
        speakers[k.strip()] = v.strip()
    interviewer = set(meta.get('INTERVIEWER', '').split())
    labels = {}
    for part in filter(None, [p.strip() for p in meta.get('LABELS', '').split(';')]):
        k, v = part.split('=', 1)
        labels[k.strip()] = v.strip()

    name = meta['NAME']
    paras, quotes, inline, notq, optional, short = [], [], [], [], [], []
    from_turns = 0
    added = {'quotes': [], 'inline_quotes': [], 'not_quotes': []}
    title, title_spans = parse_inline(meta['TITLE'])
    items = [('T', None, title, title_spans)]
    prev_who = None
    for kind, who, raw in blocks:
        text, spans = parse_inline(raw)
        text = re.sub(r'\s+', ' ', text).strip()
        # speaker label of the original transcript ("Name: ...") at the start of each turn,
        # for interviews with several interviewees (LABELS); gold is computed without it
        label = labels.get(who) if kind == 'SP' and who != prev_who else None
        paras.append(label + ': ' + text if label else text)
        prev_who = who if kind == 'SP' else None
        items.append((kind, who, text, spans))
    for kind, who, text, spans in items:
        for sp in spans:
            if sp[0] in QUOTE_KINDS and sp[5] is None:
                raise ValueError(f'{path}: quotation without speaker: {text[sp[1]:sp[2]][:60]!r}')
        top_q = [sp for sp in spans if sp[0] in QUOTE_KINDS and sp[3] == 0]
        rest = text
        for sp in sorted(top_q, key=lambda x: -x[1]):
            rest = rest[:sp[1]] + rest[sp[2]:]
        whole_quote = bool(top_q) and not words(rest) and kind not in ('SP', 'T')
        if kind == 'SP':
            if who in interviewer:
                if len(words(text)) >= 2:
                    optional.append(first_words(text, 8))
            elif len(words(text)) < 2:
                short.append(text)
            else:
                quotes.append({'starts': first_words(text, 8), 'speaker': speakers[who]})
                from_turns += 1
        elif whole_quote:
            first = min(top_q, key=lambda x: x[1])
            spk = {sp[5] for sp in top_q}
            if len(spk) != 1:
                raise ValueError(f'{path}: block quotation with several speakers: {text[:60]!r}')
            entry = {'starts': first_words(text[first[1]:first[2]], 8), 'speaker': first[5] or None}
            quotes.append(entry)
            if any(sp[0] == 'A' for sp in top_q):
                added['quotes'].append(entry['starts'])
        for sp in spans:
            inner = text[sp[1]:sp[2]]
            if sp[0] in QUOTE_KINDS:
                if sp[3] == 0 and whole_quote:
                    continue
                c = contains_words(inner)
                if len(words(c)) < 2:
                    short.append(strip_marks(inner))
                    continue
                inline.append({'contains': c, 'speaker': sp[5] or None})
                if sp[0] == 'A':
                    added['inline_quotes'].append(c)
            elif sp[0] in NOT_KINDS and sp[4] not in tuple(QUOTE_KINDS):
                c = strip_marks(inner)
                if len(words(c)) >= 2:
                    notq.append(c)
                    if sp[0] in 'NX':
                        added['not_quotes'].append(c)
    date = meta['DATE']
    fm = ['---', 'title: ' + json.dumps(title, ensure_ascii=False), 'lang: en',
          'date: ' + date, 'source: ' + meta['URL'], '---', '']
    with open(os.path.join(OUT, name + '.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(fm) + '\n' + '\n\n'.join(paras) + '\n')
    gold = {
        'article': name + '.md',
        'dct': date,
        'source': f"GUM (Georgetown University Multilayer corpus), document {meta['ID']}; "
                  f"text from Wikinews: {meta['URL']} (CC BY 2.5); annotations CC BY 4.0",
        'exhaustive': True,
        'speaker_annotation': 'project annotation on GUM\'s quotation spans: GUM marks quotations '
                              '(<quote>) but records no speaker, so every speaker of a quotation outside '
                              'an interview turn was added by this project\'s annotation; speakers of '
                              'interview turns come from GUM (<sp who>); null = no identifiable speaker',
        'speakers_annotated_by_project': len(quotes) + len(inline) - from_turns,
        'speakers_from_gum_turns': from_turns,
        'quotes': quotes,
        'inline_quotes': inline,
        'not_quotes': notq,
        'optional_quotes': optional,
    }
    if any(added.values()):
        gold['added_by_project'] = {k: v for k, v in added.items() if v}
    if short:
        gold['unlisted_one_word_quotes'] = short
    with open(os.path.join(OUT, name + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write('\n')
    return len(quotes), len(inline), len(notq), len(optional)


if __name__ == '__main__':
    files = sys.argv[1:] or sorted(os.path.join(SRC, f) for f in os.listdir(SRC) if f.endswith('.txt'))
    tot = [0, 0, 0, 0]
    for p in files:
        r = convert(p)
        tot = [a + b for a, b in zip(tot, r)]
        print(os.path.basename(p), 'blocks=%d inline=%d not=%d optional=%d' % r)
    print('TOTAL blocks=%d inline=%d not=%d optional=%d' % tuple(tot))
