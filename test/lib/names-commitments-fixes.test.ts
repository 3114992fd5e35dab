/**
 * Names of bodies with "et" inside them, surname-first names in e-mails, a third party's
 * future after a fronted condition, and the elided "s'il" / "lorsqu'il" openings. The
 * sentences are written for the tests; each case failed before its rule, and the
 * counter-cases guard what must not change.
 */
import { describe, expect, test } from 'vitest';
import { actors, ingest, said } from '../support/engine.ts';

describe('a condition or a time opening on an elided word ("s\'il", "lorsqu\'il")', () => {
  test.each([
    // The main clause's subject is a thing, not an agent: a forecast, as after "Si …".
    ["S'il est adopté, le texte renforcera la coopération entre les polices.", []],
    ["S'ils sont ratifiés, ces accords renforceront la coopération judiciaire.", []],
    // A time says when, and commits to nothing yet, as "Lorsque …" does.
    ["Lorsqu'il sera adopté, le règlement renforcera les contrôles aux frontières.", []],
    // Counter-cases: the spelled-out forms, and an agent after "S'il".
    ['Si le projet est adopté, le texte renforcera la coopération entre les polices.', []],
    ["S'il le faut, la Belgique proposera d'inscrire ces patrouilles dans un arrangement.", ['announcement']],
  ])('%s', (sentence, kinds) => {
    expect(said(sentence)).toEqual(kinds);
  });
});

describe('a body\'s name with "et" inside it', () => {
  test.each([
    [
      'Le dossier a été transmis le 3 mars à la Direction générale Sécurité et Prévention, qui rendra son avis.',
      ['Direction générale Sécurité et Prévention=direction-generale-securite-et-prevention'],
    ],
    [
      'Une réunion de travail s’est tenue avec le Service public fédéral Justice et Sécurité à Bruxelles.',
      ['Service public fédéral Justice et Sécurité=service-public-federal-justice-et-securite', 'Bruxelles=bruxelles'],
    ],
    [
      'Le Ministère de l’Europe et des Affaires étrangères a convoqué l’ambassadeur.',
      ['Ministère de l’Europe et des Affaires étrangères=ministere-de-l-europe-et-des-affaires-etrangeres'],
    ],
    // The name ends before a complement that names a known actor.
    [
      'Le Ministère fédéral de l’Intérieur et du Territoire de la République fédérale d’Allemagne a répondu.',
      ['Ministère fédéral de l’Intérieur et du Territoire=ministere-federal-de-l-interieur-et-du-territoire', 'République fédérale d’Allemagne=allemagne'],
    ],
  ])('%s', (sentence, found) => {
    expect(actors(sentence)).toEqual(found);
  });

  test.each([
    // Two actors joined by "et" stay two: known actors, a second body's head noun, persons,
    // and a complement not built as the first one is ("de la Justice" / "Frontex").
    ['La France et la Belgique renforceront leurs patrouilles.', ['France=france', 'Belgique=belgique']],
    ['Europol et Eurojust apporteront leur appui.', ['Europol=europol', 'Eurojust=eurojust']],
    ['M. Dupont et Mme Martin assistaient à la réunion.', ['Dupont=dupont', 'Martin=martin']],
    ['La Direction générale Sécurité et Europol ont signé la convention.', ['Direction générale Sécurité=direction-generale-securite', 'Europol=europol']],
    ['Le Ministère de la Justice et Frontex ont signé la convention.', ['Ministère de la Justice=ministere-de-la-justice', 'Frontex=frontex']],
    ['Le Comité R et Comité P ont publié un rapport commun.', ['Comité R=comite-r', 'Comité P=comite-p']],
    ['La Direction générale Sécurité et OCRTEH échangeront leurs listes.', ['Direction générale Sécurité=direction-generale-securite']],
  ])('two actors: %s', (sentence, found) => {
    expect(actors(sentence)).toEqual(found);
  });
});

describe('a person named surname first', () => {
  const mail = [
    'De : Lefebvre Antoine <antoine.lefebvre@interieur.gouv.fr>',
    'Envoyé : mardi 14 octobre 2025 10:12',
    'À : Kowalczyk Zbigniew (Policja) <zbigniew.kowalczyk@policja.gov.pl>; Permanence CCPD <ccpd.permanence@police.example.eu>',
    'Objet : Patrouilles mixtes à Tournai',
    '',
    'Bonjour,',
    '',
    'La patrouille du 24 octobre est confirmée. M. Kowalczyk y participera avec deux agents.',
    '',
    'Bien cordialement,',
    '',
    'LEFEBVRE Antoine',
    'Commissaire divisionnaire',
  ].join('\n');

  test('an e-mail header\'s "Surname Given <given.surname@…>" and a signature\'s "SURNAME Given" are the whole person', () => {
    const doc = ingest(mail);
    const people = doc.actors.filter((a) => a.kind === 'person').map((a) => `${a.id}|${a.name}`);
    expect(people).toEqual(expect.arrayContaining(['antoine-lefebvre|Antoine Lefebvre', 'zbigniew-kowalczyk|Zbigniew Kowalczyk']));
    const said = doc.mentions.filter((m) => m.type === 'actor').map((m) => `${m.text}=${m.id}`);
    expect(said).toEqual(expect.arrayContaining(['Lefebvre Antoine=antoine-lefebvre', 'Kowalczyk Zbigniew=zbigniew-kowalczyk', 'Kowalczyk=zbigniew-kowalczyk', 'LEFEBVRE Antoine=antoine-lefebvre']));
    // Neither a body's mailbox nor the signature's office is a person.
    expect(doc.actors.map((a) => a.id)).not.toContain('permanence-ccpd');
    expect(doc.actors.map((a) => a.id)).not.toContain('ccpd-permanence');
    expect(doc.actors.map((a) => a.id)).not.toContain('antoine-commissaire');
  });

  test.each([
    ['Étaient présents : VAN DAMME Sophie et DUPONT Marie.', ['VAN DAMME Sophie=sophie-van-damme', 'DUPONT Marie=marie-dupont']],
    ['Le Lieutenant Marie Dupont <marie.dupont@example.be> a répondu.', ['Marie Dupont=marie-dupont']],
    // Counter-cases: an acronym before a given name, and given names first on one line.
    ['Le CCPD Laurent recevra la demande.', ['CCPD=ccpd']],
  ])('%s', (sentence, found) => {
    expect(actors(sentence)).toEqual(found);
  });
});

describe('a future after a fronted condition is the speakers\' only', () => {
  const declaration = (title: string) =>
    [
      title,
      '',
      'Paris, le 12 mars 2025',
      '',
      'Les ministres de l’Intérieur se sont réunis à Paris pour faire le point sur les patrouilles mixtes.',
      '',
      'Si le bilan des patrouilles est positif, la Belgique proposera d’étendre le dispositif à la province de Namur.',
      '',
      'Si l’accord de cessez-le-feu échoue, la Russie renforcera sa présence militaire aux frontières orientales de l’Union.',
      '',
      'Si la demande en est faite, Europol apportera son appui analytique aux enquêteurs des deux pays.',
      '',
      'Si les flux augmentent, nous renforcerons les contrôles conjoints sur l’autoroute A2.',
    ].join('\n');
  const openings = (text: string) => ingest(text).commitments.map((c) => c.text.split(' ').slice(0, 5).join(' '));

  test('in a Franco-Belgian declaration, Russia\'s and Europol\'s futures commit no one; Belgium\'s and "nous" do', () => {
    expect(openings(declaration('Déclaration conjointe de la France et de la Belgique sur la sécurité des frontières'))).toEqual([
      'Si le bilan des patrouilles',
      'Si les flux augmentent, nous',
    ]);
  });

  test('a Belgian declaration named by its demonym keeps Belgium\'s conditional proposal', () => {
    expect(openings(declaration('Déclaration du gouvernement belge sur la sécurité des frontières'))).toEqual([
      'Si le bilan des patrouilles',
      'Si les flux augmentent, nous',
    ]);
  });

  test.each([
    ['Déclaration de Jean-Marc Lefort et de son homologue belge sur la sécurité des frontières', 'la France'],
    ['Déclaration commune de M. Pierre Alvarez et de Mme Annelies Verlinden', 'la France'],
    ['Déclaration commune de M. Pierre Alvarez et de Mme Annelies Verlinden', 'la police espagnole'],
  ])('a speaker of no known country may be of any: a country\'s future stays a commitment, Europol\'s not (%s; %s)', (title, party) => {
    const text = [title, '', 'Paris, le 12 mars 2025', '', `Si les flux augmentent, ${party} déploiera des patrouilles supplémentaires à la frontière.`, '', 'Si la demande en est faite, Europol apportera son appui analytique aux enquêteurs des deux pays.'].join('\n');
    expect(openings(text)).toEqual([`Si les flux augmentent, ${party.split(' ')[0]}`]);
  });

  test('a title that names no party leaves the conditional futures as they were', () => {
    expect(openings(declaration('Déclaration sur la sécurité des frontières'))).toContain('Si le bilan des patrouilles');
  });
});
