import { describe, expect, test } from 'vitest';
import { DomainScorer, pick, reviewsWholeText, subjectClauses, withOwn, withTheme } from '../../../scripts/lib/annotate/domains.ts';
import { loadRegistry } from '../../../scripts/lib/registry.ts';
import { ingestDocument } from '../../../scripts/lib/document.ts';
import { readSeedFiles } from '../../support/seeds.ts';

const scorer = new DomainScorer(loadRegistry().domains);

describe('DomainScorer', () => {
  test.each([
    ['D’intensifier les échanges entre les centres de crise français et belge', null, ['gestion-crise']],
    ['De poursuivre notre collaboration en matière de lutte contre la radicalisation violente en milieu carcéral.', null, ['prisons', 'radicalisation']],
    ['de signalement des détenus radicalisés violents dans le Système d’Information Schengen (SIS)', null, ['biometrie-fichiers']],
    ['L’accès à la preuve numérique constitue un enjeu majeur', null, ['preuve-numerique']],
    ['De poursuivre nos échanges', 'En matière de lutte contre le terrorisme :', ['terrorisme']],
    // A repeated cue counts once: the second "trafic" does not push the weapons out.
    ['lutter contre le trafic d’armes et le trafic de stupéfiants', null, ['trafics', 'armes-explosifs']],
    // Framework cues ("règlement", "directive", "Parlement européen", "Conseil") never push the subject out.
    ['Les données à caractère personnel sont traitées conformément au règlement (UE) 2016/679 et à la directive (UE) 2016/680 du Parlement européen et du Conseil.', null, ['protection-donnees', 'cooperation-europeenne']],
    // Customs cooperation is police cooperation, not border control; information exchanged
    // between services is both police cooperation and intelligence.
    ['Les douanes des deux pays effectueront des contrôles conjoints dans les ports.', null, ['cooperation-policiere']],
    ['De renforcer les échanges d’informations entre nos services.', null, ['cooperation-policiere', 'renseignement']],
    // The entry/exit system is a border system and a biometric register; travel documents
    // are border control; people rescued at sea are migration.
    ['De mettre en service le système entrée/sortie (EES).', null, ['biometrie-fichiers', 'controle-frontieres']],
    ['d’échanger les spécimens de faux documents de voyage détectés par leurs services', null, ['controle-frontieres']],
    ['un mécanisme de solidarité dans l’accueil des personnes secourues en mer', null, ['migration']],
    // One subject named six ways (organised crime, networks, drug trafficking, cocaine,
    // cannabis) does not silence the police cooperation the sentence names twice: each
    // further cue of a domain weighs less (`cueWeight`).
    ['Contre la criminalité organisée, les réseaux de narcotrafic et le trafic de cocaïne et de cannabis, nous renforcerons la coopération policière et les patrouilles.', null, ['trafics', 'cooperation-policiere']],
    // Smugglers are migration and organised crime; number-plate readers are a register and a
    // police tool; police forces named in their own language, Interpol, burglary gangs and
    // the EU's EMPACT cycle against serious crime.
    ['Nous intensifierons la lutte contre les passeurs.', null, ['migration', 'trafics']],
    ['Les caméras LAPI des deux pays seront reliées avant la fin de l’année.', null, ['biometrie-fichiers', 'cooperation-policiere']],
    ['Des patrouilles seront organisées avec la Guardia Civil et les Carabinieri.', null, ['cooperation-policiere']],
    ['Ces informations seront communiquées à Interpol.', null, ['cooperation-policiere']],
    ['Une attention particulière sera portée aux cambriolages en série.', null, ['trafics']],
    ['La France co-pilotera une action opérationnelle EMPACT en 2026.', null, ['trafics']],
    // Internal borders are border control; refusals of entry, exiles and unaccompanied
    // minors are migration.
    ['mettre fin aux refus d’entrée notifiés aux frontières intérieures', null, ['controle-frontieres', 'migration']],
    ['confier les mineurs non accompagnés aux services de protection de l’enfance', null, ['migration']],
    // The judicial police is a police force: "police judiciaire" is one police cue, not
    // also the judicial cue "judiciaire"; a magistrate's part stays judicial.
    ['200 enquêteurs supplémentaires seront affectés à la police judiciaire fédérale.', null, ['cooperation-policiere']],
    ['Le service de police judiciaire saisira le parquet.', null, ['cooperation-judiciaire', 'cooperation-policiere']],
    // The Union's Council, not a government's council of ministers, a town council or an
    // adviser; an EU regulation, not a national one.
    ['Le ministre présentera au Conseil des ministres un plan de lutte contre la drogue.', null, ['trafics']],
    ['La France défendra au Conseil JAI un plan de lutte contre la drogue.', null, ['trafics', 'cooperation-europeenne']],
    ['Les données à caractère personnel sont traitées conformément au règlement grand-ducal du 12 mai 2021.', null, ['protection-donnees']],
    ['Les données à caractère personnel sont traitées conformément au règlement (UE) 2016/679.', null, ['protection-donnees', 'cooperation-europeenne']],
    // A treaty article's title is part of its heading.
    ['Les informations transmises ne peuvent être utilisées à d’autres fins.', 'Article 7 Protection des données à caractère personnel', ['protection-donnees']],
  ])('%j under %j → %j', (text, heading, expected) => {
    expect(scorer.classify(text, { heading })).toEqual(expected);
  });

  test('a passage without cues takes the nearest context that has some: heading, lead, title, then the document profile', () => {
    const quiet = 'Les Parties se notifient toute modification de la liste.';
    const title = 'Accord relatif à la coopération en matière policière, douanière et de sécurité civile';
    const document = new Map([['trafics', 6], ['cooperation-policiere', 2]]);
    expect(scorer.classify(quiet, { heading: 'Article 3 Autorités compétentes', title, document })).toEqual(['cooperation-policiere', 'protection-civile']);
    expect(scorer.classify(quiet, { heading: 'Article 3', lead: 'En matière de lutte contre le terrorisme :', title, document })).toEqual(['terrorisme']);
    expect(scorer.classify(quiet, { heading: 'Article 3', document })).toEqual(['trafics']);
    // Its own cues lead over any context; a title with two cues of one domain adds it second.
    expect(scorer.classify('De renforcer les centres de crise.', { heading: 'Article 3', document })).toEqual(['gestion-crise']);
    expect(scorer.classify('De renforcer les centres de crise.', { heading: 'Article 3', title, document })).toEqual(['gestion-crise', 'cooperation-policiere']);
  });

  test('the title weighs lightly: two of its cues add a second domain, one only breaks a tie', () => {
    const passage = 'Renforcer le contrôle d’accès aux terminaux par l’identification biométrique.';
    expect(scorer.classify(passage)).toEqual(['biometrie-fichiers']);
    expect(scorer.classify(passage, { title: 'Feuille de route contre le trafic de stupéfiants et la cocaïne dans les ports' })).toEqual(['biometrie-fichiers', 'trafics']);
    expect(scorer.classify(passage, { title: 'Feuille de route sur les ports et le trafic' })).toEqual(['biometrie-fichiers']);
  });

  test.each([
    // Ransomware is cybercrime; support to victims of terrorism is about the victims.
    ['Lancer une campagne de sensibilisation des PME aux rançongiciels.', ['cybersecurite']],
    ['présenter le guichet unique créé pour les victimes d’actes de terrorisme.', ['victimes']],
  ])('%j → %j', (text, expected) => {
    expect(scorer.classify(text)).toEqual(expected);
  });

  test.each([
    ['Nous nous retrouverons à Paris en mars 2021 pour évaluer la mise en œuvre de ces engagements.', true],
    ["Les ministres se réuniront à nouveau afin d'évaluer la mise en œuvre de la présente déclaration.", true],
    ['Évaluer la mise en œuvre de la présente déclaration', true],
    ['Ces engagements feront l’objet d’un suivi régulier.', true],
    ['Un comité de suivi du présent accord se réunit chaque année.', true],
    ['Les Parties font le point sur l’application du présent Accord chaque année.', true],
    ['Les Parties procèdent à l’examen de la présente convention tous les cinq ans.', true],
    ['Les ministres se retrouveront à La Haye au printemps 2020 pour un premier bilan.', true],
    ['Premier bilan en juin.', true],
    ['Les ministres se réuniront pour évaluer la mise en œuvre du présent accord.', true],
    ['Les Parties feront le point sur la mise en œuvre du présent plan en 2020.', true],
    // Reviewing one instrument, a part of the text or one measure is not reviewing the text;
    // applying the text or examining requests under it is not reviewing it.
    ['De demander à la Commission d’évaluer la mise en œuvre du règlement ETIAS.', false],
    ['Les données échangées en application du présent Accord sont traitées conformément au RGPD.', false],
    ['Les autorités examinent les demandes formulées au titre du présent Accord.', false],
    ['Les informations sont évaluées aux fins du présent article.', false],
    ['Le suivi des combattants de retour est l’une de nos priorités.', false],
    ['Un premier bilan des patrouilles communes sera présenté en juin.', false],
    ["Un premier bilan d'étape des patrouilles.", false],
    ['Le bilan de l’attentat s’élève à trois morts.', false],
    ['Le point 3 de la présente déclaration prévoit un échange de magistrats.', false],
    ['Les autorités examinent la présente demande dans un délai d’un mois.', false],
    ['Le bilan de la présente opération sera publié.', false],
  ])('%j reviews the whole text: %s', (text, expected) => {
    expect(reviewsWholeText(text)).toBe(expected);
  });

  test('a passage that reviews the whole text takes the document profile, even with cues of its own', () => {
    const document = new Map([['trafics', 6], ['cooperation-policiere', 4], ['cooperation-judiciaire', 1]]);
    const review = 'Les ministres se retrouveront à La Haye avec la directrice d’Europol pour un premier bilan.';
    expect(scorer.classify(review, { heading: 'Article 9', document })).toEqual(['trafics', 'cooperation-policiere']);
    // Without a document profile, its own cues.
    expect(scorer.classify(review, { heading: 'Article 9' })).toEqual(['cooperation-policiere']);
  });

  test('a cue inside a longer cue of another domain does not count ("terrorisme" in "financement du terrorisme")', () => {
    expect(scorer.score('contre le financement du terrorisme').has('terrorisme')).toBe(false);
    expect(scorer.score('contre le financement du terrorisme').get('financement-terrorisme')).toBe(1);
  });

  test('a title that names one subject the body also treats is the theme; a title of several subjects, or of one the body hardly names, is none', () => {
    const body = new Map([['trafics', 4], ['cooperation-policiere', 5], ['controle-frontieres', 3], ['cooperation-europeenne', 6]]);
    expect(scorer.theme('Feuille de route contre le trafic de cocaïne dans les ports', body)).toBe('trafics');
    // Two subjects in the title: no single theme.
    expect(scorer.theme('Déclaration sur le terrorisme et la criminalité organisée', new Map([['terrorisme', 5], ['trafics', 5]]))).toBe(null);
    // The title's subject holds 1 of 12 of the body's subject cues: it names the occasion.
    expect(scorer.theme('Conférence sur la lutte contre le trafic de stupéfiants', new Map([['trafics', 1], ['migration', 8], ['controle-frontieres', 3]]))).toBe(null);
    // No title, no subject in the title.
    expect(scorer.theme(null, body)).toBe(null);
    expect(scorer.theme('Déclaration commune de Bruxelles', body)).toBe(null);
  });

  test('the theme follows the passage’s own subjects, before the framework domain, three domains at most', () => {
    expect(withTheme(['cooperation-policiere'], 'trafics')).toEqual(['cooperation-policiere', 'trafics']);
    expect(withTheme(['biometrie-fichiers', 'cooperation-europeenne'], 'trafics')).toEqual(['biometrie-fichiers', 'trafics', 'cooperation-europeenne']);
    expect(withTheme(['trafics', 'cooperation-policiere'], 'trafics')).toEqual(['trafics', 'cooperation-policiere']);
    expect(withTheme(['a', 'b', 'c'], 'trafics')).toEqual(['a', 'b', 'c']);
    expect(withTheme(['cooperation-policiere'], null)).toEqual(['cooperation-policiere']);
    // Through classify: own cues first, then the theme.
    expect(scorer.classify('détacher des officiers de liaison dans les ports', { theme: 'trafics' })).toEqual(['cooperation-policiere', 'trafics']);
  });

  test('pick keeps domains at half the best score or more, three at most, best first', () => {
    expect(pick(new Map([['a', 4], ['b', 2], ['c', 1], ['d', 3], ['e', 2]]))).toEqual(['a', 'd', 'b']);
    expect(pick(new Map())).toEqual([]);
  });

  test('pick ranks subject domains among themselves; the framework domain follows when it scores as well, or stands alone', () => {
    expect(pick(new Map([['cooperation-europeenne', 5], ['protection-donnees', 1]]))).toEqual(['protection-donnees', 'cooperation-europeenne']);
    expect(pick(new Map([['cooperation-europeenne', 1], ['terrorisme', 4]]))).toEqual(['terrorisme']);
    expect(pick(new Map([['cooperation-europeenne', 2]]))).toEqual(['cooperation-europeenne']);
  });
});

describe('the theme of a document', () => {
  const text = [
    'Plan d’action franco-belge contre le narcotrafic',
    '',
    'Bruxelles, le 12 mars 2024',
    '',
    'Les ministres constatent que le trafic de cocaïne et le narcotrafic menacent les ports de la mer du Nord.',
    '',
    'Les deux pays s’engagent :',
    '',
    '- à détacher des officiers de liaison dans les ports d’Anvers et du Havre d’ici juin 2024 ;',
    '- à démanteler les réseaux qui corrompent les dockers ;',
    '- à créer une cellule commune de renseignement à Anvers.',
  ].join('\n');

  test('a commitment that does not name the theme its title names still gets it, after its own subject', () => {
    const doc = ingestDocument({ file: 'plan-cocaine.txt', bytes: new TextEncoder().encode(text) }).data;
    const liaison = doc.commitments.find((c) => c.text.includes('officiers de liaison'));
    expect(liaison?.domains).toEqual(['cooperation-policiere', 'trafics']);
    const cell = doc.commitments.find((c) => c.text.includes('cellule commune'));
    expect(cell?.domains).toEqual(['renseignement', 'trafics']);
  });
});

describe('an answer in an interview', () => {
  test('an answer without cue words of its own takes the domains of the question it replies to', () => {
    const text = [
      'Entretien avec le ministre de la Justice',
      '',
      'Mardi 4 février 2025',
      '',
      'Journaliste : Les prisons sont surpeuplées et les détenus attendent. Que comptez-vous faire ?',
      '',
      'Vincent Dehaene : Nous ouvrirons d’ici l’été 300 places supplémentaires à Haren.',
      '',
      'Journaliste : Et la cybercriminalité ?',
      '',
      'Le ministre : Nous recruterons cent enquêteurs spécialisés dans les rançongiciels.',
    ].join('\n');
    const doc = ingestDocument({ file: 'entretien.txt', bytes: new TextEncoder().encode(text) }).data;
    const places = doc.commitments.find((c) => c.text.includes('300 places'));
    expect(places?.domains).toEqual(['prisons']);
    // An answer with cues of its own keeps them.
    expect(doc.commitments.find((c) => c.text.includes('rançongiciels'))?.domains).toContain('cybersecurite');
  });

  test('an answer after "M. NOM. –" takes the question too; a declaration\'s rhetorical question lends nothing', () => {
    const interview = 'Entretien\n\nMardi 4 février 2025\n\nJournaliste : Que comptez-vous faire contre les détenus radicalisés en prison ?\n\nM. DARMANIN. – Nous allons agir très vite, dès le mois prochain.';
    const answer = ingestDocument({ file: 'e.txt', bytes: new TextEncoder().encode(interview) }).data.commitments[0];
    expect(answer?.domains).toEqual(['prisons', 'radicalisation']);
    const declaration = 'Déclaration\n\nParis, le 3 mars 2024\n\nLes ministres ont examiné la lutte contre le terrorisme et la radicalisation en prison.\n\nFaut-il aller plus loin dans la lutte contre le trafic de drogue ?\n\nLes ministres s’engagent à se réunir de nouveau avant la fin de l’année.';
    const last = ingestDocument({ file: 'd.txt', bytes: new TextEncoder().encode(declaration) }).data.commitments.at(-1);
    expect(last?.domains).not.toEqual(['trafics']);
  });
});

describe('subjects a passage names in a part of its own', () => {
  test.each([
    // A fronted topic and the rest of the sentence are read apart.
    ['En matière de trafic de stupéfiants, nous renforcerons nos échanges.', ['En matière de trafic de stupéfiants', ' nous renforcerons nos échanges.']],
    ['S’agissant des prisons, les administrations coopéreront.', ['S’agissant des prisons', ' les administrations coopéreront.']],
    // A list stays in the topic, up to the main clause's subject or infinitive.
    ['En matière de terrorisme, de radicalisation et de prisons, nous coopérerons.', ['En matière de terrorisme, de radicalisation et de prisons', ' nous coopérerons.']],
    ['En matière de terrorisme, d’intensifier nos échanges.', ['En matière de terrorisme', ' d’intensifier nos échanges.']],
    // The first of several sentences; a single sentence without a topic is the whole passage.
    ['Nous créerons une équipe commune. Elle aura son siège à Lille.', ['Nous créerons une équipe commune.']],
    ['Nous créerons une équipe commune, en matière de terrorisme.', []],
  ])('%j → %j', (text, expected) => {
    expect(subjectClauses(text)).toEqual(expected);
  });

  test.each([
    // The topic names trafficking four ways, the action police and judicial cooperation once each.
    ['En matière de criminalité organisée, de réseaux de trafics d’armes et de narcotrafic, nous souhaitons renforcer notre coopération avec Eurojust et Europol.', null, ['trafics', 'cooperation-judiciaire', 'cooperation-policiere']],
    // The second sentence's many border cues do not silence the fighters the first names.
    ['De soutenir le contrôle des frontières extérieures face au retour des combattants terroristes étrangers. L’Union a renforcé FRONTEX, mis en place ETIAS et le système entrée/sortie.', null, ['controle-frontieres', 'combattants-etrangers']],
    // The heading's base does not silence what the first sentence names.
    ['De réunir les ministres de la justice des quatre pays contre le terrorisme islamiste. Une date sera fixée.', 'Lutte contre le terrorisme', ['terrorisme', 'cooperation-judiciaire']],
  ])('%j under %j → %j', (text, heading, expected) => {
    expect(scorer.classify(text, { heading })).toEqual(expected);
  });

  test('cues overlapping each other are all found: a longer one masks another domain\'s stem inside it', () => {
    // "retour des combattants" and "combattants terroristes" overlap: both are found, count
    // once, and the second masks "terroris".
    expect([...scorer.score('le retour des combattants terroristes étrangers')]).toEqual([['combattants-etrangers', 1]]);
  });

  test('what the parts add comes after the subjects, before the framework, at most three', () => {
    expect(withOwn(['trafics', 'cooperation-europeenne'], ['cooperation-policiere'])).toEqual(['trafics', 'cooperation-policiere', 'cooperation-europeenne']);
    expect(withOwn(['trafics', 'migration', 'cooperation-europeenne'], ['cooperation-policiere', 'terrorisme'])).toEqual(['trafics', 'migration', 'cooperation-policiere']);
    expect(withOwn(['trafics'], ['trafics'])).toEqual(['trafics']);
  });
});

describe('domains of the seeds', () => {
  test('every commitment and every paragraph of the seeds has its domains; every commitment at least one', () => {
    const seeds = readSeedFiles();
    for (const [name, bytes] of seeds) {
      if (!name.endsWith('.txt')) continue;
      const doc = ingestDocument({ file: name, bytes }).data;
      expect(doc.commitments.every((c) => c.domains.length >= 1 && c.domains.length <= 3)).toBe(true);
      const blockIds = new Set(doc.blocks.map((b) => b.id));
      for (const c of doc.commitments) expect(blockIds.has(c.block), c.block).toBe(true);
    }
  });
});
