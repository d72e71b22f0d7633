/** Place details the research base does not structure: name kinds, settlement kinds, summaries. */
type AltName = { name: string; kind: string; note?: string };

/** "Akna (Armenian name used by the former NKR authorities)" → name, kind and note. */
export function classifyAltName(raw: string): AltName[] {
  const m = /^(.*?)\s*\((.+)\)$/.exec(raw);
  const names = (m ? m[1]! : raw).split(' / ').map((n) => n.trim());
  const remark = m?.[2];
  return names.map((name) => {
    const kind = kindOf(name, remark);
    const note = remark && !/^(Russian|Armenian script)$/.test(remark) ? capitalise(remark) : undefined;
    return note ? { name, kind, note } : { name, kind };
  });
}

function kindOf(name: string, remark = ''): string {
  if (/misspelling|misrendering/i.test(remark)) return 'misspelling';
  if (/\bname before\b|former Russian name|village name before/i.test(remark)) return 'historical';
  if (/[\u0531-\u058F]/.test(name) || /armenian/i.test(remark)) return 'armenian';
  if (/[\u0400-\u04FF]/.test(name) || /russian/i.test(remark)) return 'russian';
  if (/[əıüöğşçƏİÜÖĞŞÇ]/.test(name) || /^[XQ]/.test(name)) return 'azerbaijani';
  return 'variant';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const PLACE_KINDS: Record<string, string> = {
  aghdam: 'city',
  fuzuli: 'city',
  jabrayil: 'city',
  zangilan: 'city',
  gubadli: 'city',
  lachin: 'city',
  kalbajar: 'city',
  shusha: 'city',
  khankendi: 'city',
  khojaly: 'town',
  aghdara: 'town',
  khojavend: 'town',
  hadrut: 'settlement',
  horadiz: 'city',
};

/** Written from the records' own sourced control histories, populations and notes. */
export const PLACE_SUMMARIES: Record<string, string> = {
  aghdam:
    'Aghdam, the centre of Aghdam District, was taken by Armenian forces in July 1993 and left almost entirely in ruins; Azerbaijani forces entered the district on 20 November 2020 under the trilateral statement. The city is being rebuilt, with a rail and bus station opened in May 2025 and the first resettled families arriving in February 2026.',
  fuzuli:
    'Fuzuli, the centre of Fuzuli District, was under the control of ethnic Armenian forces from August 1993 until October 2020. Azerbaijan built Fuzuli International Airport near the city, opened in October 2021, and the first resettled residents arrived in August 2023.',
  jabrayil:
    'Jabrayil, the centre of Jabrayil District near the Iranian border, was under the control of ethnic Armenian forces from August 1993 until 4 October 2020. The rebuilt city began receiving resettled residents in 2024.',
  zangilan:
    'Zangilan, in the south-west of the region on the Iranian border, was under the control of ethnic Armenian forces from 1993 until October 2020. Its district holds Aghali, the first "smart village", and Zangilan International Airport, opened in October 2022.',
  gubadli:
    'Gubadli, the centre of Gubadli District, was taken by Armenian forces on 31 August 1993 and returned to Azerbaijani control in late October 2020. Reconstruction of villages in the district began in 2024.',
  lachin:
    'Lachin lies on the road between Armenia and Karabakh. Armenian forces took it in May 1992; the district returned to Azerbaijan on 1 December 2020, but the city stayed under Russian peacekeepers until a bypass road opened in August 2022. Resettlement began in 2022 and Lachin International Airport opened in May 2025.',
  kalbajar:
    'Kalbajar, a mountain town in the north-west of the region, was taken by Armenian forces in April 1993; Azerbaijani forces entered the district on 25 November 2020. The Murovdag tunnel road towards it opened in August 2025, and returns to the city began that year.',
  shusha:
    "Shusha, on a plateau above Khankendi, was taken by Armenian forces in May 1992 and came under Azerbaijani control on 8 November 2020. Azerbaijan declared it the country's cultural capital in 2021; the first new residential complex opened in May 2024.",
  khankendi:
    'Khankendi, known in Armenian as Stepanakert, was the capital of the self-declared Nagorno-Karabakh Republic. It stayed under Armenian authorities after the 2020 war and came under Azerbaijani control after the September 2023 offensive, when nearly all of its ethnic Armenian population left.',
  khojaly:
    "Khojaly, next to the region's airport north of Khankendi, was taken by ethnic Armenian forces in February 1992 and came under Azerbaijani control after the September 2023 offensive. Resettlement of Azerbaijani residents began in 2025.",
  aghdara:
    'Aghdara, known in Armenian as Martakert, changed hands in 1992 and 1993 and was under the control of ethnic Armenian forces until September 2023. By 2025 Azerbaijani returnees had settled in villages of the district.',
  khojavend:
    'Khojavend, known in Armenian as Martuni, lies about 41 km east of Khankendi. It was under the control of ethnic Armenian forces from October 1992 until the September 2023 offensive.',
  hadrut:
    'Hadrut, a settlement in Khojavend District within the former Nagorno-Karabakh Autonomous Oblast, came under Azerbaijani control during the 2020 war. The first Azerbaijani returnees arrived in September 2025.',
  horadiz:
    'Horadiz, in Fuzuli District, changed hands in 1993–94 and served as the temporary centre of Fuzuli District while Fuzuli city was under Armenian control. It is the starting point of the Horadiz–Aghband highway and railway towards the Armenian border.',
};
