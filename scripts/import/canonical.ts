/**
 * Mirror and reprint URLs whose original is obvious, pointed at the original.
 * The mirror stays in the source's note, so the copy that was read is known.
 */
type Source = { url: string; publisher: string; published?: string; note?: string };

const WIKIPEDIA: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [
    /^https?:\/\/[^/]+\/content\/wikipedia_(en|de)_all_(?:mini|maxi)_[\d-]+\/A\/(.+)$/,
    (m) => `https://${m[1]}.wikipedia.org/wiki/${m[2]}`,
  ],
  [/^https?:\/\/enwikipedia\.net\/wiki\/(.+)$/, (m) => `https://en.wikipedia.org/wiki/${m[1]}`],
  [/^https?:\/\/wikimili\.com\/en\/(.+)$/, (m) => `https://en.wikipedia.org/wiki/${m[1]}`],
  [/^https?:\/\/pinocchiopedia\.com\/wiki\/(.+)$/, (m) => `https://en.wikipedia.org/wiki/${m[1]}`],
  [/^https?:\/\/wiki-gateway\.eudic\.net\/wikipedia_en\/(.+)\.html$/, (m) => `https://en.wikipedia.org/wiki/${m[1]}`],
  [/^https?:\/\/cryer\.org\.uk\/(.+)$/, (m) => `https://en.wikipedia.org/wiki/${m[1]}`],
  [/^https?:\/\/s\.cnmilf\.com\/w\/index\.php\?(.+)$/, (m) => `https://it.wikipedia.org/w/index.php?${m[1]}`],
];

const NEWS: Array<[RegExp, (m: RegExpExecArray) => string, string]> = [
  [
    /^https?:\/\/ocmedia(?:new\.vecto\.digital|test\.fourthestate\.app)\/(.+?)\/?$/,
    (m) => `https://oc-media.org/${m[1]}/`,
    'OC Media',
  ],
  [/^https?:\/\/lfwp\.net\/dw\/(.+)$/, (m) => `https://www.dw.com/${m[1]}`, 'Deutsche Welle'],
  [
    /^https?:\/\/darkblue-guanaco-904513\.hostingersite\.com\/(.+)$/,
    (m) => `https://eurasianet.org/${m[1]}`,
    'Eurasianet',
  ],
  [/^https?:\/\/dev\.report\.az\/(.+)$/, (m) => `https://report.az/${m[1]}`, 'Report.az'],
];

export function canonicalSource(raw: Source): Source {
  const { url, publisher } = raw;
  const clean = (s: Source): Source => Object.fromEntries(Object.entries(s).filter(([, v]) => v)) as Source;
  for (const [pattern, to] of WIKIPEDIA) {
    const m = pattern.exec(url);
    if (!m) continue;
    const snapshot = /(\d{4}-\d{2}) (?:dump|snapshot)/.exec(publisher)?.[1];
    const note = `Read in a mirror copy${snapshot ? ` (${snapshot} snapshot)` : ''} at ${url}; the live article may differ.`;
    return clean({ url: to(m), publisher: 'Wikipedia', published: raw.published, note: joinNotes(note, raw.note) });
  }
  for (const [pattern, to, name] of NEWS) {
    const m = pattern.exec(url);
    if (!m) continue;
    return clean({
      url: to(m),
      publisher: name,
      published: raw.published,
      note: joinNotes(`Read in a mirror copy at ${url}.`, raw.note),
    });
  }
  return clean(raw);
}

function joinNotes(...notes: Array<string | undefined>): string {
  return notes.filter(Boolean).join(' ');
}
