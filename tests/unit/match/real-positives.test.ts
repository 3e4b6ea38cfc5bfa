/** The real forms find what they should, in every language, with exact topic and substring. */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/lib/match';
import { pairs, realTopics } from './real-forms';

const matcher = compileMatcher(realTopics());
type Case = [label: string, text: string, expected: [topic: string, substring: string][]];

const EN: Case[] = [
  ['Amazon Rekognition', 'Amazon Rekognition was launched in 2016.', [['rekognition', 'Amazon Rekognition']]],
  ['AWS Rekognition', 'Police bought AWS Rekognition licences.', [['rekognition', 'AWS Rekognition']]],
  ['Rekognition in capitals', 'THE REKOGNITION SERVICE', [['rekognition', 'REKOGNITION']]],
  ['Amazon Rekognition Video', 'It used Amazon Rekognition Video on live feeds.', [['rekognition', 'Amazon Rekognition Video']]],
  ['misspelling Reckognition', "Amazon's Reckognition flagged 28 lawmakers", [['rekognition', 'Reckognition']]],
  ['IBM twice in unrelated prose', 'They all work for IBM, so IBM is responsible.', [['ibm', 'IBM'], ['ibm', 'IBM']]],
  ['IBM at sentence end', 'The letter came from IBM.', [['ibm', 'IBM']]],
  ["IBM's and IBM’s", "IBM's letter and IBM’s exit", [['ibm', 'IBM'], ['ibm', 'IBM']]],
  ['(IBM)', 'International Business Machines (IBM) said', [['ibm', 'International Business Machines'], ['ibm', 'IBM']]],
  ['IBM Corp.', 'IBM Corp. said on Monday', [['ibm', 'IBM Corp.']]],
  ['ticker NYSE: IBM (a real word-bounded IBM)', 'Shares (NYSE: IBM) rose.', [['ibm', 'IBM']]],
  ['IBM Watson Visual Recognition', 'IBM Watson Visual Recognition was retired.', [['ibm', 'IBM Watson Visual Recognition']]],
  ['Diversity in Faces', "IBM's Diversity in Faces dataset", [['ibm', 'IBM'], ['ibm', 'Diversity in Faces']]],
  ['alias then acronym', 'The American Civil Liberties Union (ACLU) ran the test.', [['aclu', 'American Civil Liberties Union'], ['aclu', 'ACLU']]],
  ['ACLU affiliate', 'the ACLU of Northern California said', [['aclu', 'ACLU']]],
  ['ACLUM', "ACLUM's campaign", [['aclu', 'ACLUM']]],
  ['@ACLU handle', 'as @ACLU wrote', [['aclu', 'ACLU']]],
  ['#ACLU hashtag', '#ACLU wins', [['aclu', 'ACLU']]],
  ['IBM/Red Hat (a slash in prose is no path)', 'IBM/Red Hat engineers', [['ibm', 'IBM']]],
  ['banned … facial recognition', 'San Francisco banned facial recognition in 2019.', [['bans', 'banned facial recognition']]],
  ['ban on facial recognition', 'a ban on facial recognition by police', [['bans', 'ban on facial recognition']]],
  ['facial-recognition moratorium', "Amazon's facial-recognition moratorium", [['bans', 'facial-recognition moratorium']]],
  ['face surveillance ban', 'the face surveillance ban passed', [['bans', 'face surveillance ban']]],
  ['ban on government use of face surveillance', 'a ban on government use of face surveillance', [['bans', 'ban on government use of face surveillance']]],
  ['plural, word order reversed', 'Facial recognition bans are spreading.', [['bans', 'Facial recognition bans']]],
  ['outlawed face recognition', 'Boston outlawed face recognition.', [['bans', 'outlawed face recognition']]],
  ['U.S. inside the window', 'a vote to prohibit U.S. agencies from using face recognition', [['bans', 'prohibit U.S. agencies from using face recognition']]],
  ['St. Louis inside the window', 'a ban in St. Louis on facial recognition', [['bans', 'ban in St. Louis on facial recognition']]],
  ['IBM and a ban in one sentence', 'IBM backed a ban on facial recognition.', [['ibm', 'IBM'], ['bans', 'ban on facial recognition']]],
  // Ban verbs as newsrooms write them, the face words a few words away
  ['suspended police use of its face recognition', 'Amazon suspended police use of its face recognition service.', [['bans', 'suspended police use of its face recognition']]],
  ['suspends police use (headline case)', 'Amazon Suspends Police Use of Facial Recognition', [['bans', 'Suspends Police Use of Facial Recognition']]],
  ['suspend the use', 'The board voted to suspend the use of facial recognition.', [['bans', 'suspend the use of facial recognition']]],
  ['suspended its', 'The airline suspended its facial recognition boarding.', [['bans', 'suspended its facial recognition']]],
  ['halt to', 'Activists called for a halt to facial recognition in schools.', [['bans', 'halt to facial recognition']]],
  ['to halt', 'The council voted to halt facial recognition.', [['bans', 'to halt facial recognition']]],
  ['halted plans', 'Axon halted plans to add face recognition to body cameras.', [['bans', 'halted plans to add face recognition']]],
  ['reversed: facial recognition use halted', 'Facial recognition use halted in Detroit.', [['bans', 'Facial recognition use halted']]],
  ['paused its use of live facial recognition', 'The force paused its use of live facial recognition.', [['bans', 'paused its use of live facial recognition']]],
  ['a pause on', 'a two-year pause on facial recognition', [['bans', 'pause on facial recognition']]],
  ['stop selling', 'The company will stop selling facial recognition software.', [['bans', 'stop selling facial recognition']]],
  ['stopped using', 'Portland stopped using face recognition in 2020.', [['bans', 'stopped using face recognition']]],
  ['to stop using, with a name between', 'Police agreed to stop using Clearview facial recognition.', [['bans', 'to stop using Clearview facial recognition']]],
  ['stop the use', 'a bill to stop the use of facial recognition by landlords', [['bans', 'stop the use of facial recognition']]],
  ['blocked police from using', 'A judge blocked police from using facial recognition.', [['bans', 'blocked police from using facial recognition']]],
  ['bars police from using', 'The ordinance bars police from using face surveillance.', [['bans', 'bars police from using face surveillance']]],
  ['barred from using', 'City agencies are barred from using facial recognition.', [['bans', 'barred from using facial recognition']]],
  // The EU AI Act's wording
  [
    'prohibits … ‘real-time’ remote biometric identification',
    'The AI Act prohibits the use of ‘real-time’ remote biometric identification in public spaces.',
    [['bans', 'prohibits the use of ‘real-time’ remote biometric identification']],
  ],
  ['bans real-time remote biometric identification', 'It bans real-time remote biometric identification by police.', [['bans', 'bans real-time remote biometric identification']]],
  ['reversed: … is banned', 'Real-time remote biometric identification is banned, with exceptions.', [['bans', 'Real-time remote biometric identification is banned']]],
];

const FR: Case[] = [
  [
    'seed: interdira … reconnaissance faciale Rekognition',
    'Amazon a annoncé mercredi qu’il interdira à la police d’utiliser son logiciel de reconnaissance faciale Rekognition pendant un an.',
    [['bans', 'interdira à la police d’utiliser son logiciel de reconnaissance faciale'], ['rekognition', 'Rekognition']],
  ],
  ['seed: qu’IBM', 'Cette nouvelle arrive deux jours après qu’IBM ait annoncé', [['ibm', 'IBM']]],
  [
    'seed: l’American Civil Liberties Union (ACLU)',
    'Une étude réalisée en 2018 par l’American Civil Liberties Union (ACLU) a révélé',
    [['aclu', 'American Civil Liberties Union'], ['aclu', 'ACLU']],
  ],
  ['seed: L’AWS a lancé Rekognition', 'L’AWS a lancé Rekognition en 2016.', [['rekognition', 'Rekognition']]],
  ["l'ACLU", "selon l'ACLU, c'est trop court", [['aclu', 'ACLU']]],
  ['d’IBM', 'le patron d’IBM', [['ibm', 'IBM']]],
  ['«IBM» without spaces', 'le groupe «IBM» renonce', [['ibm', 'IBM']]],
  ['le service « Rekognition »', 'le service « Rekognition » d’Amazon', [['rekognition', 'Rekognition']]],
  ['interdire la reconnaissance faciale', 'Il faut interdire la reconnaissance faciale.', [['bans', 'interdire la reconnaissance faciale']]],
  ['moratoire sur la reconnaissance faciale', 'un moratoire sur la reconnaissance faciale', [['bans', 'moratoire sur la reconnaissance faciale']]],
  [
    'a ban after an earlier face word, with a name between (the span over the name must not take the ban with it)',
    "IBM a renoncé à la reconnaissance faciale, l'ACLU salue un moratoire sur la reconnaissance faciale.",
    [['ibm', 'IBM'], ['aclu', 'ACLU'], ['bans', 'moratoire sur la reconnaissance faciale']],
  ],
  ["interdiction de la reconnaissance faciale", "l'interdiction de la reconnaissance faciale", [['bans', 'interdiction de la reconnaissance faciale']]],
  ["bannir l'utilisation d'outils", "bannir l'utilisation d'outils de reconnaissance faciale", [['bans', "bannir l'utilisation d'outils de reconnaissance faciale"]]],
  ['reversed: reconnaissance faciale … interdite', 'La reconnaissance faciale est interdite à Boston.', [['bans', 'reconnaissance faciale est interdite']]],
  ['Union américaine pour les libertés civiles (capitalised)', "l'Union Américaine pour les Libertés Civiles", [['aclu', 'Union Américaine pour les Libertés Civiles']]],
  ['Union américaine des libertés civiles', "l'Union américaine des libertés civiles", [['aclu', 'Union américaine des libertés civiles']]],
  // Every person and tense, and other ban verbs
  ['interdisant', 'une loi interdisant la reconnaissance faciale', [['bans', 'interdisant la reconnaissance faciale']]],
  ['interdiront', 'Les villes interdiront la reconnaissance faciale.', [['bans', 'interdiront la reconnaissance faciale']]],
  ['interdise (subjunctive)', "pour qu'elle interdise la reconnaissance faciale", [['bans', 'interdise la reconnaissance faciale']]],
  ['interdisions', 'si nous interdisions la reconnaissance faciale', [['bans', 'interdisions la reconnaissance faciale']]],
  ['bannissant', 'en bannissant la reconnaissance faciale', [['bans', 'bannissant la reconnaissance faciale']]],
  ['bannirait', 'la ville bannirait la reconnaissance faciale', [['bans', 'bannirait la reconnaissance faciale']]],
  [
    'suspendu l’utilisation … reconnaissance faciale',
    'Amazon a suspendu l’utilisation par la police de son logiciel de reconnaissance faciale.',
    [['bans', 'suspendu l’utilisation par la police de son logiciel de reconnaissance faciale']],
  ],
  ["suspension de l'utilisation", "la suspension de l'utilisation de la reconnaissance faciale", [['bans', "suspension de l'utilisation de la reconnaissance faciale"]]],
  ["cesser d'utiliser", "La police doit cesser d'utiliser la reconnaissance faciale.", [['bans', "cesser d'utiliser la reconnaissance faciale"]]],
  ["a cessé d'utiliser", "La ville a cessé d'utiliser des outils de reconnaissance faciale.", [['bans', "cessé d'utiliser des outils de reconnaissance faciale"]]],
  ['met en pause', 'Londres met en pause la reconnaissance faciale.', [['bans', 'met en pause la reconnaissance faciale']]],
  // The EU AI Act's wording
  [
    'interdit … identification biométrique à distance «en temps réel»',
    "Le règlement interdit l'utilisation de systèmes d'identification biométrique à distance «en temps réel».",
    [['bans', "interdit l'utilisation de systèmes d'identification biométrique à distance"]],
  ],
  [
    'reversed: … en temps réel est interdite',
    "L'identification biométrique à distance en temps réel est interdite.",
    [['bans', 'identification biométrique à distance en temps réel est interdite']],
  ],
];

const DE: Case[] = [
  ['IBM-Chef compound', 'IBM-Chef Arvind Krishna schrieb', [['ibm', 'IBM']]],
  ['IBMs genitive', 'IBMs Ausstieg', [['ibm', 'IBMs']]],
  ['Aclu as AFP writes it', 'die US-Bürgerrechtsorganisation Aclu kritisierte', [['aclu', 'Aclu']]],
  ['Amerikanische Bürgerrechtsunion', 'die Amerikanische Bürgerrechtsunion', [['aclu', 'Amerikanische Bürgerrechtsunion']]],
  ['Amerikanischen Bürgerrechtsunion (dative)', 'von der Amerikanischen Bürgerrechtsunion', [['aclu', 'Amerikanischen Bürgerrechtsunion']]],
  ['Amazon-Dienst Rekognition', 'der Amazon-Dienst Rekognition', [['rekognition', 'Amazon-Dienst Rekognition']]],
  ['Verbot der Gesichtserkennung', 'ein Verbot der Gesichtserkennung', [['bans', 'Verbot der Gesichtserkennung']]],
  ['verbietet Gesichtserkennung', 'San Francisco verbietet Gesichtserkennung', [['bans', 'verbietet Gesichtserkennung']]],
  ['Moratorium für Gesichtserkennungssoftware (stem)', 'ein einjähriges Moratorium für Gesichtserkennungssoftware', [['bans', 'Moratorium für Gesichtserkennungssoftware']]],
  ['reversed: Gesichtserkennung ist verboten', 'Gesichtserkennung ist dort verboten.', [['bans', 'Gesichtserkennung ist dort verboten']]],
  ['one-word compound Gesichtserkennungsverbot', 'Boston beschloss ein Gesichtserkennungsverbot.', [['bans', 'Gesichtserkennungsverbot']]],
  ['compound, plural', 'Die Gesichtserkennungsverbote der Städte', [['bans', 'Gesichtserkennungsverbote']]],
  ['hyphenated compound', 'das Gesichtserkennungs-Verbot in Portland', [['bans', 'Gesichtserkennungs-Verbot']]],
  ['compound Moratorium', 'ein Gesichtserkennungsmoratorium für die Polizei', [['bans', 'Gesichtserkennungsmoratorium']]],
  // Every person and tense, and other ban verbs
  ['untersagte', 'Die Stadt untersagte die Gesichtserkennung.', [['bans', 'untersagte die Gesichtserkennung']]],
  ['Untersagung', 'die Untersagung der Gesichtserkennung', [['bans', 'Untersagung der Gesichtserkennung']]],
  ['verboten (participle)', 'Gesichtserkennung wird verboten.', [['bans', 'Gesichtserkennung wird verboten']]],
  ['Aussetzung', 'die Aussetzung der Gesichtserkennung durch die Polizei', [['bans', 'Aussetzung der Gesichtserkennung']]],
  ['stoppt den Einsatz', 'Amazon stoppt den Einsatz seiner Gesichtserkennungssoftware.', [['bans', 'stoppt den Einsatz seiner Gesichtserkennungssoftware']]],
  // The EU AI Act's wording
  [
    'verbietet … biometrischer Echtzeit-Fernidentifizierungssysteme',
    'Die KI-Verordnung verbietet die Verwendung biometrischer Echtzeit-Fernidentifizierungssysteme.',
    [['bans', 'verbietet die Verwendung biometrischer Echtzeit-Fernidentifizierungssysteme']],
  ],
  ['Verbot der biometrischen Fernidentifizierung', 'das Verbot der biometrischen Fernidentifizierung in Echtzeit', [['bans', 'Verbot der biometrischen Fernidentifizierung']]],
  ['verbotene … Echtzeit-Fernerkennungssysteme', 'verbotene biometrische Echtzeit-Fernerkennungssysteme', [['bans', 'verbotene biometrische Echtzeit-Fernerkennungssysteme']]],
];

const ES: Case[] = [
  ['prohibición del reconocimiento facial', 'la prohibición del reconocimiento facial', [['bans', 'prohibición del reconocimiento facial']]],
  ['prohíbe el reconocimiento facial', 'San Francisco prohíbe el reconocimiento facial', [['bans', 'prohíbe el reconocimiento facial']]],
  ['moratoria de un año', 'una moratoria de un año sobre el reconocimiento facial', [['bans', 'moratoria de un año sobre el reconocimiento facial']]],
  ['prohibir el uso de tecnología', 'prohibir el uso de tecnología de reconocimiento facial', [['bans', 'prohibir el uso de tecnología de reconocimiento facial']]],
  [
    'Unión Estadounidense … (ACLU)',
    'la Unión Estadounidense por las Libertades Civiles (ACLU) denunció',
    [['aclu', 'Unión Estadounidense por las Libertades Civiles'], ['aclu', 'ACLU']],
  ],
  ['Unión Americana de Libertades Civiles', 'según la Unión Americana de Libertades Civiles', [['aclu', 'Unión Americana de Libertades Civiles']]],
  ['Unión de Libertades Civiles Americana', 'la Unión de Libertades Civiles Americana', [['aclu', 'Unión de Libertades Civiles Americana']]],
  ['Rekognition de Amazon', 'Rekognition de Amazon identificó', [['rekognition', 'Rekognition']]],
  ['misspelling Rekongnition', 'el sistema Rekongnition', [['rekognition', 'Rekongnition']]],
  ['IBM abandona (no ban word)', 'IBM abandona el reconocimiento facial', [['ibm', 'IBM']]],
  // Every person and tense, and other ban verbs
  ['prohibiendo', 'una ley prohibiendo el reconocimiento facial', [['bans', 'prohibiendo el reconocimiento facial']]],
  ['prohibió', 'Boston prohibió el reconocimiento facial.', [['bans', 'prohibió el reconocimiento facial']]],
  ['suspendió el uso', 'Amazon suspendió el uso policial de su reconocimiento facial.', [['bans', 'suspendió el uso policial de su reconocimiento facial']]],
  ['suspensión del uso', 'la suspensión del uso del reconocimiento facial', [['bans', 'suspensión del uso del reconocimiento facial']]],
  ['detener el uso', 'decidió detener el uso de reconocimiento facial', [['bans', 'detener el uso de reconocimiento facial']]],
  ['frenar el uso', 'para frenar el uso del reconocimiento facial', [['bans', 'frenar el uso del reconocimiento facial']]],
  ['paraliza el uso', 'El Gobierno paraliza el uso del reconocimiento facial.', [['bans', 'paraliza el uso del reconocimiento facial']]],
  // The EU AI Act's wording
  [
    'prohíbe … identificación biométrica remota «en tiempo real»',
    'El reglamento prohíbe el uso de sistemas de identificación biométrica remota «en tiempo real».',
    [['bans', 'prohíbe el uso de sistemas de identificación biométrica remota']],
  ],
  [
    'reversed: … a distancia en tiempo real está prohibida',
    'La identificación biométrica a distancia en tiempo real está prohibida.',
    [['bans', 'identificación biométrica a distancia en tiempo real está prohibida']],
  ],
];

describe.each([
  ['EN', EN],
  ['FR', FR],
  ['DE', DE],
  ['ES', ES],
])('real forms, %s positives', (_lang, cases) => {
  it.each(cases)('%s', (_label, text, expected) => {
    expect(pairs(text, matcher.match(text))).toEqual(expected);
  });
});
