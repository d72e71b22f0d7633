/**
 * The report's own voice stays neutral (../shared/EDITORIAL.md): loaded terms
 * appear only inside quotations or attributed paraphrase. This finds the
 * sentences where they appear bare, with their line numbers.
 */

/** Terms the report never uses in its own voice. */
export const LOADED_TERMS: Array<{ term: string; pattern: RegExp }> = [
  { term: 'liberated/liberation', pattern: /\bliberat(?:e|ed|es|ing|ion|or|ors)\b/i },
  { term: 'occupation/occupied', pattern: /\b(?:occupation|occupied|occupier|occupiers|occupying|de-occupied)\b/i },
  { term: 'ghost town', pattern: /\bghost (?:town|city|areas?)\b/i },
  { term: 'illegal', pattern: /\billegal(?:ly)?\b/i },
  { term: 'genocide', pattern: /\bgenocid(?:e|al)\b/i },
  { term: 'aggression', pattern: /\baggress(?:ion|or|ors|ive)\b/i },
  { term: 'terrorist', pattern: /\b(?:anti-|counter-)?terroris(?:t|ts|m)\b/i },
  { term: 'martyr', pattern: /\bmartyrs?\b/i },
  { term: 'heroic/glorious', pattern: /\b(?:heroic|glorious)\b/i },
  { term: 'Patriotic War', pattern: /\bPatriotic War\b/ },
  // Standing phrases that carry one side's framing (EDITORIAL.md, "Voice").
  { term: 'regained territories', pattern: /\bregained (?:territor(?:y|ies)|lands?|districts?|areas?|regions?)\b/i },
  {
    term: '"departure" of the Armenian population (UNHCR and the wires say "fled")',
    pattern: /\bdepart(?:ure|ed)\b[^.;]{0,40}\bArmenians?\b|\bArmenians?\b[^.;]{0,40}\bdepart(?:ure|ed)\b/i,
  },
  // Official names with a political charge: quoted as names, explained or attributed, never bare.
  { term: 'Great Return', pattern: /\bGreat Return\b/i },
  { term: 'Victory Road', pattern: /\bVictory Road\b/i },
  { term: 'East Zangezur', pattern: /\bEast(?:ern)? Zang[ae]zur\b/i },
  { term: 'Zangezur corridor', pattern: /\bZang[ae]zur corridor\b/i },
  { term: 'Western Azerbaijan', pattern: /\bWestern Azerbaijan\b/i },
];

/**
 * Who a sentence attributes a claim to: a named body or person, or a word for an office; never a bare "called" or
 * "so-called", which leave the claim in the report's own voice. A capitalised word inside the sentence counts as a
 * name (months and function words aside); the sentence's first word only when the verb follows it at once
 * ("Baku called it…"), since every sentence starts with a capital.
 */
const NOT_NAMES = String.raw`(?:The|A|An|In|On|At|It|Its|This|That|These|Those|By|For|From|After|Before|During|Since|When|While|As|Some|Many|Most|Both|Each|Other|Often|Also|There|Here|What|Which|Who|Now|Then|But|And|Yet|So|First|January|February|March|April|May|June|July|August|September|October|November|December)`;
const NAME = String.raw`(?!${NOT_NAMES}\b)\p{Lu}[\p{L}'’.-]+`;
const OFFICE = String.raw`\b(?:government|ministry|minister|president|presidency|officials?|authorities|agency|office|spokes(?:man|woman|person)|leaders?|leadership|parliament|court|prosecutors?|he|she|they)\b`;
// Verbs of saying, singular and plural ("Armenian officials call it…"); not the nouns "states", "terms", "labels";
// not the "called" of "so-called".
const VERB = String.raw`(?:says?|said|(?<!so-)call(?:s|ed)?|describ(?:e|es|ed)|termed|labell?ed|refer(?:s|red)? to|claim(?:s|ed)?|accus(?:e|es|ed)|denounc(?:e|es|ed)|condemn(?:s|ed)?|brand(?:s|ed)?|announc(?:e|es|ed)|stated|wr(?:ote|ites?)|put it|spoke of|speaks? of)`;
const ATTRIBUTED = new RegExp(
  [
    String.raw`\b[Aa]ccording to\b`,
    String.raw`\b[Ii]n the words of\b`,
    String.raw`^${NAME}(?: ${NAME})* ${VERB}\b`,
    String.raw`(?<!^)\b${NAME}[^.;]{0,80}?\b${VERB}\b`,
    String.raw`${OFFICE}[^.;]{0,80}?\b${VERB}\b`,
    // "…, said President Aliyev.": the agent after the verb closes the sentence
    String.raw`\b${VERB},? (?:the )?(?:${NAME}|${OFFICE})(?: ${NAME})*[.!?]?$`,
  ].join('|'),
  'u',
);

/** Quoted spans: “…”, "…", and ‘…’ / '…' used as quotation marks (not apostrophes). */
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’|(?<![\w])'[^'\n]*'(?![\w])/g;

export interface VoiceProblem {
  line: number;
  term: string;
  sentence: string;
}

/** Splits text into sentences, keeping the line each starts on. */
function sentences(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  // a clause after a semicolon stands alone: "…liberated lands; Trend said…" attributes nothing before it
  const pattern = /[^.!?;\n]+(?:[.!?;]+|$)/gm;
  for (const match of text.matchAll(pattern)) {
    const sentence = match[0].trim();
    if (sentence) out.push({ line: text.slice(0, match.index).split('\n').length, text: sentence });
  }
  return out;
}

/**
 * Loaded terms used in the text's own voice: not quoted, not in a sentence that attributes them to a named agent.
 * A title names things in the report's voice, so only quotation marks excuse a term there.
 */
export function voiceProblems(text: string, { title = false } = {}): VoiceProblem[] {
  return sentences(text).flatMap(({ line, text: sentence }) => {
    const unquoted = sentence.replace(QUOTED, ' ');
    // the loaded terms themselves are no speaker: "The Great Return programme was announced" attributes nothing
    const speakers = LOADED_TERMS.reduce((rest, { pattern }) => rest.replace(new RegExp(pattern, 'gi'), ' '), unquoted);
    if (!title && ATTRIBUTED.test(speakers)) return [];
    return LOADED_TERMS.filter(({ pattern }) => pattern.test(unquoted)).map(({ term }) => ({ line, term, sentence }));
  });
}

/** Fields of records that hold references, codes or publishers' names, never the report's voice. */
const NOT_VOICE = new Set(['url', 'publisher', 'id', 'places', 'projects', 'events', 'place', 'project']);

/** Fields that title a record or a chapter. */
const TITLES = new Set(['title', 'name']);

/** A stretch of the report's own words, the line it sits on, and whether it is a title. */
export interface VoicePart {
  line: number;
  text: string;
  title: boolean;
}

/**
 * The report's own words in a JSON record, each with the line it sits on:
 * every string value except URLs, publishers and references; URLs inside text are left out too.
 */
export function recordVoice(json: string): VoicePart[] {
  const lines = json.split('\n');
  return lines.flatMap((raw, i) => {
    const m = /^\s*"([^"]+)":\s*"((?:[^"\\]|\\.)*)"/.exec(raw);
    if (!m || NOT_VOICE.has(m[1]!)) return [];
    const text = (JSON.parse(`"${m[2]}"`) as string).replace(/https?:\/\/\S+/g, ' ');
    return [{ line: i + 1, text, title: TITLES.has(m[1]!) }];
  });
}

/** A YAML scalar as written on one line: quotes taken off, so they are not read as a quotation. */
const yamlScalar = (value: string) =>
  /^'.*'$/.test(value)
    ? value.slice(1, -1).replaceAll("''", "'")
    : /^".*"$/.test(value)
      ? (JSON.parse(value) as string)
      : value;

/**
 * The report's own words in an MDX chapter: its title, description, findings and source-mix note in the frontmatter,
 * and the body without quotations (blockquote lines), with what its components show (titles, captions, alt text).
 */
export function chapterVoice(mdx: string): VoicePart[] {
  const lines = mdx.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return lines.flatMap((raw, i) => {
    if (i <= end) {
      const m = /^\s*(?:- )?(title|description|text|sourceMixNote): (.+)$/.exec(raw);
      return m ? [{ line: i + 1, text: yamlScalar(m[2]!.trim()), title: m[1] === 'title' }] : [];
    }
    if (/^\s*>/.test(raw)) return [];
    // what components show readers in their attributes (a callout's title, a figure's caption and alt) is prose too
    const shown = [...raw.matchAll(/\b(?:title|caption|alt)="([^"]*)"/g)].map((a) => `${a[1]}.`);
    const text = [raw.replace(/<[^>]+>/g, ' '), ...shown].join(' ').replace(/https?:\/\/\S+/g, ' ');
    return text.trim() ? [{ line: i + 1, text, title: false }] : [];
  });
}
