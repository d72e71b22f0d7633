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
];

/** Words that attribute a claim to someone: a sentence with one of them is attributed paraphrase. */
const ATTRIBUTION =
  /\b(?:says?|said|saying|call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|term(?:s|ed)?|label(?:s|led)?|refer(?:s|red)? to|according to|claim(?:s|ed)?|accus(?:e|es|ed|ing)|what (?:it|he|she|they|Baku|Yerevan) called|so-called|named|branded|denounc(?:e|es|ed)|condemn(?:s|ed)?|as (?:Azerbaijan|Armenia|Baku|Yerevan|officials?) put it)\b/i;

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
  const pattern = /[^.!?\n]+(?:[.!?]+|$)/gm;
  for (const match of text.matchAll(pattern)) {
    const sentence = match[0].trim();
    if (sentence) out.push({ line: text.slice(0, match.index).split('\n').length, text: sentence });
  }
  return out;
}

/** Loaded terms used in the text's own voice: not quoted, not in an attributed sentence. */
export function voiceProblems(text: string): VoiceProblem[] {
  return sentences(text).flatMap(({ line, text: sentence }) => {
    const unquoted = sentence.replace(QUOTED, ' ');
    if (ATTRIBUTION.test(sentence)) return [];
    return LOADED_TERMS.filter(({ pattern }) => pattern.test(unquoted)).map(({ term }) => ({ line, term, sentence }));
  });
}

/** Fields of records that hold references, codes or publishers' names, never the report's voice. */
const NOT_VOICE = new Set(['url', 'publisher', 'id', 'places', 'projects', 'events', 'place', 'project']);

/**
 * The report's own words in a JSON record, each with the line it sits on:
 * every string value except URLs, publishers and references; URLs inside text are left out too.
 */
export function recordVoice(json: string): Array<{ line: number; text: string }> {
  const lines = json.split('\n');
  return lines.flatMap((raw, i) => {
    const m = /^\s*"([^"]+)":\s*"((?:[^"\\]|\\.)*)"/.exec(raw);
    if (!m || NOT_VOICE.has(m[1]!)) return [];
    const text = (JSON.parse(`"${m[2]}"`) as string).replace(/https?:\/\/\S+/g, ' ');
    return [{ line: i + 1, text }];
  });
}

/**
 * The report's own words in an MDX chapter: the body without quotations
 * (blockquote lines) and without component tags.
 */
export function chapterVoice(mdx: string): Array<{ line: number; text: string }> {
  const lines = mdx.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return lines.flatMap((raw, i) => {
    if (i <= end || /^\s*>/.test(raw)) return [];
    const text = raw.replace(/<[^>]+>/g, ' ').replace(/https?:\/\/\S+/g, ' ');
    return text.trim() ? [{ line: i + 1, text }] : [];
  });
}
