#!/usr/bin/env python3
"""Writes README.md from the converted files (run after convert.py)."""
import glob, json, os, re
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "test", "resources", "eval", "quotes-public")
rows = []
tot = dict(docs=0, news=0, itv=0, words=0, q=0, qn=0, i=0, iname=0, n=0, o=0, s=0, proj=0, turns=0,
           addq=0, addi=0, addn=0)
for g in sorted(glob.glob(os.path.join(HERE, '*.gold.json'))):
    d = json.load(open(g, encoding='utf-8'))
    md = open(os.path.join(HERE, d['article']), encoding='utf-8').read().split('---', 2)[2]
    src = open(os.path.join(HERE, 'source', d['article'].replace('.md', '.txt')), encoding='utf-8').read()
    gid = re.search(r'^ID: (\S+)', src, re.M).group(1)
    url = re.search(r'^URL: (\S+)', src, re.M).group(1)
    w = len(md.split())
    qn = sum(1 for q in d['quotes'] if q['speaker'])
    iname = sum(1 for q in d['inline_quotes'] if q['speaker'])
    speakers = sorted({q['speaker'] for q in d['quotes'] + d['inline_quotes'] if q['speaker']})
    added = d.get('added_by_project', {})
    nadd = sum(len(v) for v in added.values())
    rows.append(f"| {d['article'][:-3]} | {gid} | {d['dct']} | {w} | {len(d['quotes'])} ({qn}) | "
                f"{len(d['inline_quotes'])} ({iname}) | {len(d['not_quotes'])} | {len(d['optional_quotes'])} | "
                f"{d['speakers_annotated_by_project']} | {nadd} | {'; '.join(speakers) or '-'} | {url} |")
    for k, v in (('docs', 1), ('news', int('_news_' in gid)), ('itv', int('_interview_' in gid)), ('words', w),
                 ('q', len(d['quotes'])), ('qn', qn), ('i', len(d['inline_quotes'])), ('iname', iname),
                 ('n', len(d['not_quotes'])), ('o', len(d['optional_quotes'])),
                 ('s', len(d.get('unlisted_one_word_quotes', []))),
                 ('proj', d['speakers_annotated_by_project']), ('turns', d['speakers_from_gum_turns']),
                 ('addq', len(added.get('quotes', []))), ('addi', len(added.get('inline_quotes', []))),
                 ('addn', len(added.get('not_quotes', [])))):
        tot[k] += v
table = '\n'.join(rows)
text = f'''# Public evaluation set: quotations in Wikinews news articles and interviews (from GUM)

## What this is
{tot['docs']} English Wikinews documents ({tot['news']} news reports, {tot['itv']} Wikinews interviews) converted
from the **GUM corpus** (Georgetown University Multilayer corpus, https://github.com/amir-zeldes/gum,
https://gucorpling.org/gum/) into the evaluation format of this project: NAME.md (front matter
`title`, `lang: en`, `date` = the article's Wikinews date, `source` = the Wikinews address, then the
text as paragraphs) and NAME.gold.json. The gold files list quotations only (no timeline).

Totals: {tot['words']} words; {tot['q']} block quotations (`quotes`), {tot['qn']} of them with a named
speaker; {tot['i']} inline quotations (`inline_quotes`), {tot['iname']} of them with a named speaker;
{tot['n']} `not_quotes`; {tot['o']} `optional_quotes` (interviewer questions). Speakers: {tot['turns']} come
from GUM's interview turns, {tot['proj']} were annotated by this project (see below).

Citation: Zeldes, Amir (2017) "The GUM Corpus: Creating Multilayer Resources in the Classroom".
Language Resources and Evaluation 51(3), 581–612. doi:10.1007/s10579-016-9343-x.
The texts are by Wikinews contributors (https://en.wikinews.org), see each file's `source`.

## Where the annotation comes from
GUM's TEI layer (the `xml/` files of the GUM repository) marks
* `<quote>` — "a quotation" (words someone said or wrote, in or out of quotation marks);
* `<q>` — "quotation marks not marking a quotation (e.g. scare quotes)" — titles, terms, words
  mentioned, imagined speech;
* `<sp who="#Name">` — a turn of a named speaker in interviews.

GUM gives the quotation *spans* and the speakers of interview turns, but it **records no speaker for
a `<quote>`**, and its quotation markup is incomplete: some documents have no `<quote>`/`<q>` markup
at all (GUM_news_hackers, _ie9, _warhol, _warming, _flag, GUM_interview_messina), others leave single
quotations untagged. This project therefore added, by hand, as a careful human annotator would:

* **Speakers (project annotation on GUM's quotation spans).** Every quotation outside an interview
  turn — GUM `<quote>` spans and the quotations added below — has a `speaker`: the fullest form of
  the name the document itself uses (a person, or an organisation speaking through a statement, a
  website or a publication: "Korean Central News Agency", "Church of Scientology", "Microsoft"), or
  `null` when the text gives no identifiable speaker (an unnamed blogger or e-mail writer, readers,
  a crowd, an adage, "the report's authors"). Each gold file says so in
  `"speaker_annotation"` and counts these speakers in `speakers_annotated_by_project` (interview
  turns keep GUM's speaker, counted in `speakers_from_gum_turns`). `null` now means "no
  identifiable speaker", no longer "not annotated".
* **Exhaustive quotation lists.** Words in quotation marks that GUM leaves untagged were added as
  quotations with their speakers, or as `not_quotes` when they are titles, terms, names or words
  mentioned (also a few GUM `<q>` reclassified as quotations: "quasi-state of war", words of KCNA).
  The additions are listed for information under `added_by_project` in each gold file
  ({tot['addq']} block and {tot['addi']} inline quotations, {tot['addn']} not_quotes in all). Every gold file
  says `"exhaustive": true`.
* Quotations or turns of a single word ("Yes.", "Wow.") cannot be expressed as `starts`/`contains`
  (the checker needs two words) and are listed under `unlisted_one_word_quotes` ({tot['s']} in all);
  single-word scare quotes ("unknowns") cannot be listed as `not_quotes` either.

Mapping to the gold format (convert.py):
* interview turns of an interviewee -> `quotes` (one entry per paragraph), speaker from GUM `sp@who`;
* interview turns of the interviewer -> `optional_quotes` (questions, as the project brief says);
* a paragraph consisting only of quotation material (a pull quote, a block quotation) -> `quotes`;
* every other quotation (also one nested in an interview turn) -> `inline_quotes`;
* `<q>` and the project's non-quotations -> `not_quotes` (those inside a quotation are not listed).
Words in unbalanced quotation marks (a quotation opened with ' and closed with ", frequent in
GUM_interview_messina) go to `not_quotes`, as the project brief asks.

## How it was converted
1. The GUM `xml/` file of each document (one token per line with TEI tags; read from the GUM
   GitHub repository, commits 01f29e4a…, 19bca993…, 043b07be…, 0d33ae59…, 13d6ff5f…) was turned by
   hand into `source/NAME.txt`: the tokens were joined back into running text (GUM's tokenisation
   undone, e.g. `do n't` -> `don't`; `<sic>` errors kept as written), one line per block (`P:`
   paragraph or a sentence standing outside any paragraph such as the dateline, `H:` heading, `C:`
   image caption, `I:` list item, `SP #id:` a paragraph of a speaker turn). `<quote>` became
   `[[Q{{Speaker}} …]]`, `<q>` became `[[S …]]`, project additions are `[[A{{Speaker}} …]]` (quotation)
   and `[[N …]]` (not a quotation). Image descriptions (`<figure rend>`), links, formatting and
   `<incident>` notes were dropped. The document title (first `<head>`) went to the front matter.
2. Where a GUM `<quote>` element spans whole sentences that also contain the reporting clause
   (GUM nests `<quote>` and `<s>`, so e.g. `"…," said Bolden to the gathered crowd. "…"` is one
   element), the span was narrowed to the text between the quotation marks; a `<quote>` that GUM
   splits at sentence boundaries stays split (two inline entries).
3. Layout decisions: a pull quote whose attribution GUM keeps in the same sentence ("… - Matthew
   Ingram", "… — Rick Santorum", "… — Peres, on …", a bold quote followed by "Valeska Paris") was put
   on its own line, the attribution on the next, as in the original layout; quotations without
   quotation marks that GUM places as a block inside a paragraph (GUM_news_imprisoned: the Church's
   statement after "denied these allegations:") were put on their own line. GUM_news_flag has no
   paragraph markup: each sentence is a paragraph. In interviews with several interviewees
   (GUM_interview_gaming, _onion, _dungeon, _cyclone) each turn starts with a speaker label
   ("Chet Clem: …") built from GUM's `sp@who`, as in the original transcript — GUM drops the labels,
   and without them the speaker of a turn could not be read from the text; in GUM_interview_cyclone
   five interviewees are known only by the surname of their GUM speaker id (Richman, Snow, Zhang,
   Knight, Morrissey), which is the name used. List items of an answer (GUM_interview_herrick,
   _cyclone) are paragraphs of the turn.
4. `date` is the article's dateline; without a dateline, GUM's `dateCreated`. They differ for
   GUM_news_afghan (dateline 2017-07-21, dateCreated 2017-07-18) and GUM_news_soccer (2018-06-19 vs.
   2018-06-18). GUM_news_imprisoned carries the dateline "Thursday, May 7, 2015" (apparently copied
   from another document; the article is of 2011): its `date` is dateCreated, 2011-12-02.
5. `python3 convert.py` writes NAME.md and NAME.gold.json from the source files;
   `python3 make_readme.py` writes this file; `python3 scripts/eval-public/check.py *.gold.json` must
   print OK.

GUM news and interview documents not converted: GUM_news_election, _expo, _lanterns, _stampede and
_worship contain no quotation (only scare quotes or none). All other news and interview documents of
GUM are here.

## Licence (see LICENSE)
* Texts: Wikinews, Creative Commons Attribution 2.5 (CC BY 2.5) — copying, redistribution and
  adaptation allowed, also commercially, with attribution (Wikinews + article address, kept in each
  file's front matter) and the licence's address; changes made are described above.
* Annotations: GUM annotations are CC BY 4.0; the gold files derived from them, including this
  project's speaker and quotation annotation, are CC BY 4.0 too (credit: the GUM annotators,
  https://gucorpling.org/gum/, and the citation above).
* Only GUM's news and interview genres (both from Wikinews) are used; GUM genres under
  non-commercial licences (WikiHow, fiction, essays, letters, podcasts, reddit) are not.

## Files
quotes / inline: count (with a named speaker); project: speakers annotated by this project;
added: quotations and not_quotes added to GUM's markup.

| name | GUM document | date | words | quotes | inline | not_quotes | optional | project | added | speakers | source |
|---|---|---|---|---|---|---|---|---|---|---|---|
{table}
'''
open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write(text)
print(tot)
