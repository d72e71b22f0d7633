/**
 * Milestones that establish a project's status, by milestone index, read from
 * each milestone's text: an opening, a completion, a start of service.
 */
export const MILESTONE_MARKS: Record<string, Record<number, string>> = {
  'fuzuli-international-airport': { 1: 'under-construction', 4: 'operational' },
  'zangilan-international-airport': { 1: 'under-construction', 3: 'operational' },
  'lachin-international-airport': { 0: 'under-construction', 5: 'operational' },
  'victory-road-ahmadbayli-fuzuli-shusha': { 4: 'operational' },
  'ahmadbayli-fuzuli-shusha-highway': { 4: 'completed' },
  'barda-aghdam-highway': { 1: 'under-construction', 3: 'operational' },
  'lachin-bypass-road': { 0: 'under-construction', 2: 'completed' },
  'gulabird-hydropower-plant': { 1: 'operational' },
  'sugovushan-hydropower-plants': { 1: 'under-construction', 2: 'operational' },
  'small-hydropower-fleet': { 0: 'operational' },
  'khudafarin-giz-galasi-hydro-complexes': { 1: 'operational' },
  'karabakh-power-grid-substations': { 1: 'under-construction', 3: 'operational' },
  'shusha-water-supply-system': { 3: 'operational' },
  'kalbajar-lachin-emergency-water-supply': { 0: 'operational' },
  'humanitarian-demining-anama': { 1: 'operational' },
  'turkish-military-demining-support': { 0: 'operational' },
  'karabakh-telecom-backbone': { 2: 'operational' },
  'aghali-smart-village': { 1: 'completed' },
  'aghdam-villages-khidirli-kangarli-sarijali': { 2: 'completed' },
  'lachin-city-restoration-and-return': { 1: 'completed' },
  'shusha-master-plan': { 2: 'completed' },
  'zabukh-and-talish-village-returns': { 1: 'completed' },
  'primary-healthcare-network': { 0: 'operational' },
  'fuzuli-school-no1-mirzo-ulugbek': { 0: 'under-construction', 1: 'operational' },
  'schools-programme': { 0: 'operational' },
  'karabakh-university-khankendi': { 3: 'operational' },
  'dost-agropark-zangilan': { 1: 'operational' },
  'aghdam-juma-mosque-restoration': { 2: 'under-construction', 3: 'completed' },
};

/** Research-base ids that carried a loaded term; renamed before anything was published. */
export const RENAMED_IDS: Record<string, string> = {
  'hydropower-plants-in-liberated-territories': 'hydropower-plants',
};

/** Sources of project notes that name their sources only in passing ("ADY, 2023"). */
export const NOTE_SOURCES: Record<string, Record<string, string[]>> = {
  'horadiz-aghband-railway': {
    'Foundation month conflicts': [
      'https://en.trend.az/azerbaijan/business/3545628.html',
      'https://en.trend.az/business/transport/3712852.html',
    ],
  },
  'great-return-state-programme': {
    'Different officials cite': [
      'https://de.azvision.az/news/111080/--bayramov-kontamination-von-gebieten-mit-landminen-und-anderen-sprengstoffen-ist-das-gr%C3%B6%C3%9Fte-hindernis-f%C3%BCr-restaurierungs-und-bauarbeiten-.html',
      'https://resortaddiction.com/turkish-contractors-to-help-rebuild-nagorno-karabakh-middle-east-monitor/',
    ],
  },
};
