/**
 * The real forms stay quiet on the traps of facts.md §4: names inside URLs,
 * words and code; ban words without a facial-recognition word; recognition alone.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/match';
import { pairs, realTopics } from './real-forms';

const matcher = compileMatcher(realTopics());
/** [label, text, topic that must NOT be found ("*" = no mention at all)] */
type Case = [label: string, text: string, topic: string];

const LONG_TOKEN = `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(8)}-IBM-${'YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo'.repeat(8)}`;

const NAMES: Case[] = [
  ['IBM in a hostname with www', 'Visit www.IBM.com today.', '*'],
  ['IBM in a bare hostname', 'See IBM.com for details.', '*'],
  ['lowercase ibm.com', 'see ibm.com for details', '*'],
  ['IBM in a URL path', 'Source: https://x.org/IBM/foo', '*'],
  ['IBM in a URL without scheme', 'example.org/IBM/report', '*'],
  ['IBM in an email address', 'Write to user@IBM.com.', '*'],
  ['IBM in a query string', 'search?q=IBM&lang=en', '*'],
  ['IBM in a Unix path', 'installed in /opt/IBM/db2', '*'],
  ['IBM in a Windows path', 'C:\\IBM\\bin\\tool.exe', '*'],
  ['IBM as a CSS class', 'the .IBM-logo rule', '*'],
  ['IBM inside a base64 token', 'token aGVsbG8+IBM/dGVzdA== here', '*'],
  ['IBM inside a data: URI', 'data:image/png;base64,iVBORw0KGgo+IBM/AAAANSUhEUg==', '*'],
  ['IBM inside a 500-character blob', LONG_TOKEN, '*'],
  ['IBM bytes hidden in base64 text', 'aGVsbG9JQk1zdHVmZg==', '*'],
  ['IBMer', 'every IBMer knows', '*'],
  ['IBM_Watson identifier', 'import IBM_Watson from x', '*'],
  ['ibmcloud', 'run ibmcloud login', '*'],
  ['ibm in lowercase prose', 'the ibm team', '*'],
  ['IBM glued to digits', 'model IBM5150 and 2IBM', '*'],
  ['IBM glued to a non-ASCII letter', 'ÉIBM et IBMé', '*'],
  ['Big Blue is not matched', 'Big Blue said so', '*'],
  ['ACLU hostname', 'Donate at ACLU.org now', '*'],
  ['@ACLU_NorCal handle (underscore joins the word)', 'follow @ACLU_NorCal', '*'],
  ['lowercase aclu', 'the aclu-style page', '*'],
  ['Recognition is not Rekognition', 'Amazon Recognition service', 'rekognition'],
  ['speech recognition', 'speech recognition and image recognition', '*'],
  ['Rekognition in a dotted identifier', 'AWS.Tools.Rekognition module', 'rekognition'],
  ['Rekognition in a URL', 'https://aws.amazon.com/rekognition/', '*'],
  ['rekognition_client identifier', 'rekognition_client.detect()', '*'],
];

const BANS: Case[] = [
  ['Muslim ban', 'The ACLU sued over the Muslim ban.', 'bans'],
  ['travel ban', 'The travel ban was struck down.', 'bans'],
  ['ban and facial recognition in different sentences', 'Trump signed the travel ban. Facial recognition spread anyway.', 'bans'],
  ['split by "!"', 'Ban it! Facial recognition is everywhere.', 'bans'],
  ['split by "?"', 'A ban? Facial recognition is everywhere.', 'bans'],
  ['split by "…"', 'Smoking ban… Facial recognition came later.', 'bans'],
  ['split by a blank line', 'Smoking ban\n\nfacial recognition came later', 'bans'],
  ['too far apart (more than 6 words)', 'The ban, debated for months after many long hearings, covers facial recognition.', 'bans'],
  ['eviction moratorium', 'The eviction moratorium was extended.', 'bans'],
  ['moratoire sur la dette', 'un moratoire sur la dette des pays pauvres', 'bans'],
  ['Schuldenmoratorium', 'Das Schuldenmoratorium gilt bis Juni.', 'bans'],
  ['moratoria hipotecaria', 'La moratoria hipotecaria termina en junio.', 'bans'],
  ['banner, urban, banana', 'An urban banner with a banana next to facial recognition cameras.', 'bans'],
  ['Banque', 'La Banque de France et la reconnaissance faciale', 'bans'],
  ['German Bann and Bank', 'Die Bank steht im Bann der Gesichtserkennung.', 'bans'],
  ['bannière (not bannir)', 'une bannière sur la reconnaissance faciale', 'bans'],
  ['interdisciplinaire (not interdire)', 'une recherche interdisciplinaire sur la reconnaissance faciale', 'bans'],
  ['French "ouvrir le ban"', 'ouvrir le ban pour la reconnaissance faciale', 'bans'],
  ['facial recognition alone', 'Police use facial recognition at airports.', '*'],
  ['reconnaissance faciale alone', 'la reconnaissance faciale progresse', '*'],
  ['Gesichtserkennung alone', 'Gesichtserkennung am Bahnhof', '*'],
  ['reconocimiento facial alone', 'el reconocimiento facial avanza', '*'],
  ['speech recognition ban', 'a ban on speech recognition in exams', 'bans'],
  ['reconnaissance as gratitude', "Interdit d'oublier : toute ma reconnaissance aux bénévoles.", 'bans'],
  ['Spracherkennung verbieten', 'Sie wollen Spracherkennung verbieten.', 'bans'],
  ['reconocimiento as an award', 'Prohibido olvidar el reconocimiento a los voluntarios.', 'bans'],
  ['ban word of another language (Verbot + facial recognition)', 'Verbot: facial recognition', 'bans'],
  ['veta (vein) and voice recognition', 'una veta de oro y reconocimiento de voz', 'bans'],
];

const OTHER: Case[] = [
  ['TikTok ban', 'Lawmakers debated a TikTok ban.', 'bans'],
  ['Huawei ban', 'The Huawei ban hit suppliers.', 'bans'],
  ['smoking ban', 'The smoking ban started in 2007.', 'bans'],
  ['death-penalty moratorium', 'a moratorium on the death penalty', 'bans'],
  ['drilling moratorium', 'the offshore drilling moratorium', 'bans'],
  ['GMO moratoria', 'GMO moratoria in Europe', 'bans'],
  ['ban on face masks ("face" alone)', 'a ban on face masks', 'bans'],
  ['ban on facial hair', 'a ban on facial hair at work', 'bans'],
  ['interdiction de fumer', "l'interdiction de fumer dans les bars", 'bans'],
  ['moratoire sur la peine de mort', 'un moratoire sur la peine de mort', 'bans'],
  ['reconnaissance vocale interdite', 'la reconnaissance vocale est interdite', 'bans'],
  ['reconnaissance militaire', 'une mission de reconnaissance interdite au public', 'bans'],
  ['FR ban word and facial words in different sentences', 'Le moratoire sur la dette est prolongé. La reconnaissance faciale progresse.', 'bans'],
  ['Rauchverbot', 'Das Rauchverbot gilt überall.', 'bans'],
  ['Fahrverbot', 'ein Fahrverbot für Diesel', 'bans'],
  ['Moratorium für Abschiebungen', 'ein Moratorium für Abschiebungen', 'bans'],
  ['Texterkennung verboten', 'Texterkennung ist verboten', 'bans'],
  ['DE ban word and Gesichtserkennung in different sentences', 'Das Verbot gilt ab Montag. Gesichtserkennung bleibt erlaubt.', 'bans'],
  ['prohibido fumar', 'Prohibido fumar en el bar.', 'bans'],
  ['veto a Huawei', 'el veto a Huawei sigue', 'bans'],
  ['reconocimiento de voz prohibido', 'el reconocimiento de voz está prohibido', 'bans'],
  ['ES ban word and facial words in different sentences', 'La moratoria terminó. El reconocimiento facial sigue.', 'bans'],
  ['diplomatic recognition', 'diplomatic recognition of Kosovo was banned from the agenda', '*'],
  ['award recognition', 'an award in recognition of her work', '*'],
  ['Recognition Video (no k)', 'Recognition Video is not the product', '*'],
  ['voice recognition in a product name', 'Amazon Transcribe and Alexa voice recognition', '*'],
  ['DiF alone is too ambiguous', 'the DiF dataset', '*'],
  ['ACLU inside a longer acronym', 'the MACLU and ACLUX groups', '*'],
];

/** Ban verbs that mean something else too (facts.md §4 rule 2), and bans of other things. */
const VERBS: Case[] = [
  ['the bar near the stadium', 'the bar near the stadium uses facial recognition', 'bans'],
  ['raising the bar (noun)', 'NIST raised the bar for facial recognition accuracy.', 'bans'],
  ['the bar for facial recognition accuracy', 'the bar for facial recognition accuracy', 'bans'],
  ['bars and restaurants', 'Bars and restaurants use facial recognition at the door.', 'bans'],
  ['barring as "unless"', 'Barring delays, facial recognition starts in May.', 'bans'],
  ['barred from a venue by facial recognition', 'A lawyer was barred from the venue after facial recognition spotted her.', 'bans'],
  ['a pause to discuss recognition', 'a pause to discuss recognition', '*'],
  ['a pause to discuss facial recognition', 'After a pause to discuss facial recognition, the panel moved on.', 'bans'],
  ['paused (narrative)', 'She paused before explaining facial recognition.', 'bans'],
  ['stop-and-frisk and facial recognition', 'stop-and-frisk and facial recognition in New York', 'bans'],
  ['traffic stop', 'During a traffic stop, facial recognition matched him.', 'bans'],
  ['stopped by police', 'He was stopped by police after facial recognition flagged him.', 'bans'],
  ['bus stop using', 'a bus stop using facial recognition cameras', 'bans'],
  ['stopped using cash', 'Shoppers stopped using cash as facial recognition payments spread.', 'bans'],
  ['city block', 'Every city block has facial recognition cameras.', 'bans'],
  ['masks blocked facial recognition', 'Masks blocked facial recognition at the border.', 'bans'],
  ['blocks police (noun, then a comma)', 'Ten blocks, police said, had facial recognition cameras.', 'bans'],
  ['officer suspended', 'An officer was suspended after a facial recognition search.', 'bans'],
  ['suspended sentence', 'He got a suspended sentence despite the facial recognition match.', 'bans'],
  ['suspended from the ceiling', 'Cameras suspended from the ceiling run facial recognition.', 'bans'],
  ['ground to a halt (noun)', 'Traffic ground to a halt as facial recognition cameras failed.', 'bans'],
  ['halting (adjective)', 'He spoke in halting English about facial recognition.', 'bans'],
  ['halted, then a new sentence', 'The train halted. Facial recognition gates opened.', 'bans'],
  ['suspended police use of something else', 'Amazon suspended police use of its cloud storage.', 'bans'],
  ['stop selling something else', 'IBM will stop selling PCs.', 'bans'],
  ['blocked police from something else', 'A judge blocked police from using tear gas.', 'bans'],
  ['bars police from something else', 'Boston bars police from using chokeholds.', 'bans'],
  ['halted something else', 'The council halted construction of the stadium.', 'bans'],
  ['paused its bus service', 'The city paused its bus service.', 'bans'],
  ['FR policier suspendu', 'le policier suspendu pour avoir utilisé la reconnaissance faciale', 'bans'],
  ['FR caméras suspendues', 'des caméras suspendues au plafond utilisent la reconnaissance faciale', 'bans'],
  ['FR arrêté (arrested)', 'arrêté par la police grâce à la reconnaissance faciale', 'bans'],
  ['FR arrêté municipal (decree)', 'un arrêté municipal sur la reconnaissance faciale', 'bans'],
  ['FR une pause pour discuter', 'une pause pour discuter de la reconnaissance faciale', 'bans'],
  ["FR cesser d'utiliser l'argent liquide", "cesser d'utiliser l'argent liquide au profit de la reconnaissance faciale", 'bans'],
  ["FR suspendre l'utilisation d'autre chose", "suspendre l'utilisation des trottinettes", 'bans'],
  ['DE der Gesichtserkennung ausgesetzt (exposed to)', 'Passanten sind der Gesichtserkennung ausgesetzt.', 'bans'],
  ['DE stoppte einen Autofahrer', 'Die Polizei stoppte einen Autofahrer per Gesichtserkennung.', 'bans'],
  ['DE Bus-Stopp', 'am Bus-Stopp mit Gesichtserkennung', 'bans'],
  ['DE Aussetzung der Abschiebung', 'die Aussetzung der Abschiebung', 'bans'],
  ['DE stoppt den Einsatz von Glyphosat', 'Die Stadt stoppt den Einsatz von Glyphosat.', 'bans'],
  ['ES agente suspendido', 'un agente suspendido por usar reconocimiento facial', 'bans'],
  ['ES detuvo (arrested)', 'La policía detuvo al sospechoso gracias al reconocimiento facial.', 'bans'],
  ['ES detener a sospechosos', 'detener a sospechosos con reconocimiento facial', 'bans'],
  ['ES frenar la delincuencia', 'frenar la delincuencia con reconocimiento facial', 'bans'],
  ['ES suspensión del partido', 'la suspensión del partido y el reconocimiento facial', 'bans'],
  ['ES suspender el uso de otra cosa', 'suspender el uso de bolsas de plástico', 'bans'],
];

/** The EU AI Act's wording needs its prohibition word, and "remote identification" of drones is another thing. */
const EU: Case[] = [
  ['remote biometric identification alone', 'Remote biometric identification is high-risk under Annex III.', 'bans'],
  ['post remote biometric identification allowed', 'Post remote biometric identification is allowed with authorisation.', 'bans'],
  ['drone remote identification banned', 'Drones without remote identification are banned.', 'bans'],
  ['biometric identification cards banned', 'Biometric identification cards were banned.', 'bans'],
  ['ban and remote biometric identification in different sentences', 'The Act bans social scoring. Remote biometric identification follows other rules.', 'bans'],
  ['FR identification biométrique à distance seule', "l'identification biométrique à distance en temps réel est encadrée", 'bans'],
  ['FR identification à distance des drones interdite', "l'identification à distance des drones est interdite", 'bans'],
  ['DE Fernidentifizierung von Drohnen', 'Drohnen ohne Fernidentifizierung sind verboten.', 'bans'],
  ['DE biometrische Echtzeit-Fernidentifizierung alone', 'biometrische Echtzeit-Fernidentifizierung im Bahnhof', 'bans'],
  ['ES identificación biométrica remota sola', 'la identificación biométrica remota en tiempo real está regulada', 'bans'],
  ['ES identificación biométrica en bancos', 'prohibido fumar; la identificación biométrica en bancos está permitida', 'bans'],
];

describe.each([
  ['other bans, moratoria and recognitions', OTHER],
  ['names in URLs, words, code and other traps', NAMES],
  ['bans and recognition traps', BANS],
  ['ban verbs with other meanings, and bans of other things', VERBS],
  ['the EU AI Act wording', EU],
])('real forms, negatives: %s', (_group, cases) => {
  it.each(cases)('%s', (_label, text, topic) => {
    const found = pairs(text, matcher.match(text)).filter(([t]) => topic === '*' || t === topic);
    expect(found).toEqual([]);
  });
});
