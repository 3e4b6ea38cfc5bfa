/**
 * What page does the benchmark scan by default?
 *
 * A deterministic (seeded) article: prose paragraphs with inline links and
 * emphasis, headings, lists and tables, with about one mention per 20
 * paragraphs in English, French, German or Spanish. `scale` 1 gives at least
 * 2 MB of text in at least 20,000 text nodes; the storm page adds a paragraph
 * that a page script rewrites every 5 ms.
 */
import { mulberry32 } from './random';

// Everyday English, plus near-misses the matcher must reject (banner, Banque, recognition, bandwidth…).
const EN = (
  'the a of and to in that is was for on with as by at from it this be are were have has had not but ' +
  'city council said report year public people police state government officials data system program ' +
  'new local federal court law rule policy agency company market research study results technology ' +
  'software camera video image privacy rights civil community members residents vote meeting plan ' +
  'budget school street project office department service use used using would could should may will ' +
  'after before during between under over about against without within across through while because ' +
  'banner bandwidth Banque recognition recognised awareness moratorium-free bank bans-up IBMX ACL ' +
  'Tuesday Monday spring autumn morning evening decade history early later recent several many most'
).split(' ');
const FR = 'la ville a déclaré que son travail était important pour les habitants et le conseil municipal bannière reconnaissance du mérite'.split(' ');
const DE = 'die Stadt sagte am Dienstag dass die Erkennung von Mustern wichtig sei für die Bürger und der Rat Bannerwerbung'.split(' ');
const ES = 'el ayuntamiento dijo que el reconocimiento de su labor era importante para los vecinos y la ciudad pancarta'.split(' ');

/** Sentences with mentions of all four topics, in the four languages. */
const MENTIONS = [
  'IBM said in June 2020 that it would no longer offer general-purpose facial recognition software.',
  'The ACLU tested Amazon Rekognition on members of Congress and found 28 false matches.',
  'San Francisco banned facial recognition by city agencies in May 2019.',
  'Amazon announced a one-year moratorium on police use of Rekognition.',
  'The American Civil Liberties Union asked shareholders to vote on the matter.',
  'Amazon annonce un moratoire d’un an sur la reconnaissance faciale par la police.',
  'L’ACLU a publié les résultats de son test de Rekognition.',
  'IBM renonce à la reconnaissance faciale généraliste.',
  'Die Stadt Boston hat die Gesichtserkennung durch Behörden verboten.',
  'IBM steigt aus dem Geschäft mit Gesichtserkennung aus, schrieb der Konzern.',
  'La ACLU pidió a Amazon que dejara de vender Rekognition a la policía.',
  'El ayuntamiento prohibió el reconocimiento facial en espacios públicos.',
];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

function words(rand: () => number, list: readonly string[], count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(rand, list));
  return out.join(' ');
}

function sentence(rand: () => number, list: readonly string[]): string {
  const text = words(rand, list, 8 + Math.floor(rand() * 14));
  const clause = rand() < 0.3 ? `, ${words(rand, list, 3 + Math.floor(rand() * 5))}` : '';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${clause}${pick(rand, ['.', '.', '.', '?', '!', ';'])}`;
}

/** Prose with inline markup: every few sentences a link, emphasis or strong text. */
function paragraphBody(rand: () => number, mention: boolean): string {
  const list = rand() < 0.9 ? EN : pick(rand, [FR, DE, ES]);
  const parts: string[] = [];
  const count = 4 + Math.floor(rand() * 4);
  const at = mention ? Math.floor(rand() * count) : -1;
  for (let i = 0; i < count; i++) {
    let text = i === at ? pick(rand, MENTIONS) : sentence(rand, list);
    const roll = rand();
    if (roll < 0.25) text = `${text} <a href="#ref-${Math.floor(rand() * 999)}">${words(rand, list, 2)}</a>`;
    else if (roll < 0.4) text = `<em>${words(rand, list, 3)}</em> ${text}`;
    else if (roll < 0.5) text = `${text} <strong>${words(rand, list, 2)}</strong>`;
    parts.push(text);
  }
  return parts.join(' ');
}

function table(rand: () => number): string {
  const rows: string[] = ['<tr><th>Year</th><th>Place</th><th>Measure</th><th>Source</th></tr>'];
  for (let r = 0; r < 5; r++) {
    const year = 1990 + Math.floor(rand() * 35);
    rows.push(`<tr><td>${year}</td><td>${words(rand, EN, 2)}</td><td>${words(rand, EN, 4)}</td><td><a href="#s${r}">${words(rand, EN, 1)}</a></td></tr>`);
  }
  return `<table>\n${rows.join('\n')}\n</table>`;
}

function list(rand: () => number): string {
  const items: string[] = [];
  for (let i = 0; i < 5; i++) items.push(`<li>${sentence(rand, EN)}</li>`);
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

/** The article's body elements, about `minChars` characters of text. */
export function articleBody(minChars: number, seed = 2024): string {
  const rand = mulberry32(seed);
  const blocks: string[] = [];
  let chars = 0;
  for (let n = 0; chars < minChars; n++) {
    let block: string;
    if (n % 40 === 0) block = `<h2>${words(rand, EN, 4)}</h2>`;
    else if (n % 17 === 0) block = list(rand);
    else if (n % 29 === 0) block = table(rand);
    else block = `<p>${paragraphBody(rand, rand() < 0.05)}</p>`;
    blocks.push(block);
    chars += block.replace(/<[^>]+>/g, '').length;
  }
  return blocks.join('\n');
}

function document(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title>
<style>body { font: 16px/1.5 serif; max-width: 46em; margin: 2em auto; } td, th { padding: 0 .5em; }</style>
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
${script}
</body>
</html>
`;
}

/** The default benchmark page: `scale` × 2.1 M characters of text. */
export function generatedPage(scale = 1): string {
  return document('Benchmark article', articleBody(Math.round(scale * 2.1e6)));
}

/** A normal article plus a paragraph whose text a page script rewrites every 5 ms, sometimes with a mention. */
export function stormPage(): string {
  const script = `<script>
const target = document.getElementById('storm');
let n = 0;
setInterval(() => {
  n++;
  target.textContent = n % 7 === 0 ? 'Update ' + n + ': IBM and the ACLU commented on facial recognition.' : 'Update ' + n + ': nothing to report from the city council.';
}, 5);
</script>`;
  return document('Storm', `<p id="storm">Waiting.</p>\n${articleBody(60_000, 7)}`, script);
}

/** A saved page's body repeated `times` times (the "4× the size" page for a --page file). */
export function repeatBody(html: string, times: number): string {
  const open = /<body[^>]*>/i.exec(html);
  const close = html.toLowerCase().lastIndexOf('</body>');
  if (!open || close < 0) return html.repeat(times);
  const start = open.index + open[0].length;
  const inner = html.slice(start, close);
  return html.slice(0, start) + inner.repeat(times) + html.slice(close);
}
