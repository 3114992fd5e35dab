import { describe, expect, test } from 'vitest';
import { DomainScorer, pick, reviewsWholeText } from '../../../scripts/lib/annotate/domains.ts';
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
