/**
 * Three shapes of e-mails and signed texts that were read wrongly: a forwarded message's
 * header in an e-mail's body (read as paragraphs that could commit), list items of a
 * quoted message (not marked quoted as its paragraphs are), and signatures set side by side
 * with tabs (read as a table). The texts are written for these tests; each case failed
 * before its rule.
 */
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { collapseSpace } from '../../scripts/lib/normalise.ts';
import { segment } from '../../scripts/lib/segment.ts';
import { structure } from '../../scripts/lib/structure.ts';
import { parseMdx, renderMdx, textOf } from '../support/mdx.ts';

const read = (text: string) => ingestDocument({ file: 't.txt', bytes: new TextEncoder().encode(text) });

/** Each `<Para>` or `<Item>` of the MDX: its words and its `quoted` attribute (null when it has none). */
function blocksOf(mdx: string, name: 'Para' | 'Item'): Array<{ text: string; quoted: string | null }> {
  const out: Array<{ text: string; quoted: string | null }> = [];
  visit(parseMdx(mdx), (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) {
      const words: string[] = [];
      visit(node, 'text', (text) => void words.push(text.value));
      const quoted = node.attributes.find((a) => 'name' in a && a.name === 'quoted');
      out.push({ text: collapseSpace(words.join('')), quoted: quoted && typeof quoted.value === 'string' ? quoted.value : null });
    }
  });
  return out;
}

/** Every word of every line of `text` is on the page (the title and header facts included). */
async function everyWordShown(text: string, doc: ReturnType<typeof read>) {
  const shown = collapseSpace([doc.data.title, ...Object.values(doc.data.header).flat().filter((v): v is string => typeof v === 'string'), textOf(await renderMdx(doc.mdx))].join(' '));
  for (const line of text.split('\n')) {
    // A quote's marks and a list's markers are not words: the page shows them otherwise.
    for (const cell of line.replace(/^\s*>\s?/u, '').replace(/^\s*-\s+/u, '').split('\t')) {
      if (cell.trim() !== '') expect(shown).toContain(collapseSpace(cell));
    }
  }
}

describe("a forwarded message's header inside an e-mail", () => {
  // A prefecture's officer forwards a police station's note, Gmail-style: separator, then
  // "De :", "Date:", "Subject:", "To:", "Cc:" (mixed French and English labels).
  const gmail = [
    'De : Lemaire Isabelle <isabelle.lemaire@nord.gouv.fr>',
    'Envoyé : lundi 3 novembre 2025 08:47',
    'À : Cellule sécurité Lille <securite@mairie-lille.fr>',
    'Objet : TR: Marché de Noël - dispositif de sécurité',
    '',
    'Bonjour,',
    '',
    'Pour information, je vous transfère la note du commissariat. Nous tiendrons une réunion de calage le 12 novembre en préfecture.',
    '',
    'Cordialement,',
    '',
    'Isabelle Lemaire',
    'Cabinet du préfet du Nord',
    '',
    '---------- Forwarded message ---------',
    'De : Commissariat central de Lille <cc-lille@interieur.gouv.fr>',
    'Date: ven. 31 oct. 2025 à 16:05',
    "Subject: La Ville s'engage à fermer la Grand-Place aux véhicules",
    'To: Lemaire Isabelle <isabelle.lemaire@nord.gouv.fr>',
    'Cc: Police municipale de Lille <pm@mairie-lille.fr>',
    '',
    'Madame,',
    '',
    'Le commissariat central déploiera quatre patrouilles pédestres chaque soir du 21 novembre au 30 décembre. Nous demandons que la police municipale assure le filtrage des accès rue Neuve.',
    '',
    'Respectueusement,',
    '',
    'Commandant Hervé Dubus',
  ].join('\n');
  const doc = read(gmail);
  const paras = blocksOf(doc.mdx, 'Para');
  const quotedOf = (start: string) => paras.find((p) => p.text.startsWith(start))?.quoted;

  test('its separator and fields are the forwarded message\'s header lines, not body paragraphs', () => {
    for (const line of ['---------- Forwarded message ---------', 'De : Commissariat central', 'Date: ven. 31 oct.', 'Subject: La Ville', 'To: Lemaire Isabelle', 'Cc: Police municipale']) {
      expect(quotedOf(line), line).toBe('header');
    }
  });

  test('its header commits to nothing; the forwarded body still does', () => {
    const texts = doc.data.commitments.map((c) => c.text);
    expect(texts.some((t) => t.includes('fermer la Grand-Place'))).toBe(false);
    expect(texts.some((t) => t.startsWith('Le commissariat central déploiera quatre patrouilles'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Nous demandons que la police municipale'))).toBe(true);
  });

  test('the forwarded body is the quoted message; the forwarding text around it is not', () => {
    expect(quotedOf('Le commissariat central déploiera')).toBe('quoted');
    expect(quotedOf('Commandant Hervé Dubus')).toBe('quoted');
    expect(quotedOf('Pour information, je vous transfère')).toBeNull();
    expect(quotedOf('Cabinet du préfet du Nord')).toBeNull();
  });

  test('the date in its header is when that message was sent', () => {
    const sent = doc.data.dates.find((d) => d.iso === '2025-10-31');
    expect(sent?.type).toBe('publication');
  });

  test('no word is lost', async () => {
    await everyWordShown(gmail, doc);
  });

  test('without a separator, under a rule (Outlook), and over a message quoted with ">" ("… a écrit :")', () => {
    const outlook = [
      'Bonjour Tom,',
      '',
      'Nous confirmons la participation de la gendarmerie à l’exercice.',
      '',
      '________________________________',
      'De : Claes Tom <tom.claes@police.belgium.eu>',
      'Envoyé : mercredi 11 juin 2025 17:45',
      'À : Roux Émilie <emilie.roux@gendarmerie.interieur.gouv.fr>',
      'Objet : La police fédérale s’engage à fournir deux équipes cynophiles',
      '',
      'Bonjour Émilie,',
      '',
      'La police fédérale organisera un exercice commun à Maubeuge le 25 septembre.',
      '',
      'Le lun. 9 juin 2025 à 10:02, Europol Liaison <liaison@europol.europa.eu> a écrit :',
      '> Europol se tient prêt à soutenir l’exercice avec un',
      '> analyste détaché sur place.',
    ].join('\n');
    const mail = read(outlook);
    const found = blocksOf(mail.mdx, 'Para');
    const of = (start: string) => found.find((p) => p.text.startsWith(start))?.quoted;
    expect(of('De : Claes Tom')).toBe('header');
    expect(of('Objet : La police fédérale')).toBe('header');
    expect(of('Le lun. 9 juin 2025')).toBe('header');
    expect(of('La police fédérale organisera')).toBe('quoted');
    expect(of('Nous confirmons la participation')).toBeNull();
    expect(mail.data.commitments.map((c) => c.text).some((t) => t.includes('deux équipes cynophiles'))).toBe(false);
    expect(mail.data.commitments.map((c) => c.text).some((t) => t.startsWith('La police fédérale organisera'))).toBe(true);
  });

  test('an e-mail\'s own fields at its top stay its header; a text that opens on a forward separator is that message', () => {
    const forwarded = read(
      [
        '---------- Message transféré ---------',
        'De : Préfecture du Nord <communication@nord.gouv.fr>',
        'Date : mar. 4 nov. 2025 à 10:12',
        'Objet : Fermeture temporaire du poste frontière de Halluin',
        'À : <redaction@example.fr>',
        '',
        'Le poste frontière de Halluin sera fermé du 10 au 14 novembre pour travaux.',
      ].join('\n'),
    );
    expect(forwarded.data.title).toBe('Fermeture temporaire du poste frontière de Halluin');
    expect(forwarded.data.header.authorLines).toEqual(['De : Préfecture du Nord <communication@nord.gouv.fr>']);
    expect(forwarded.data.header.addressee).toEqual(['À : <redaction@example.fr>']);
    expect(blocksOf(forwarded.mdx, 'Para').every((p) => p.quoted === null)).toBe(true);
  });
});

describe('list items of a quoted message', () => {
  const reply = [
    'De : Martin Hugo <hugo.martin@sdis59.fr>',
    'Envoyé : mercredi 5 février 2025 14:20',
    'À : Peeters An <an.peeters@brandweer.be>',
    'Objet : RE: Exercice commun Halluin-Menen',
    '',
    'Bonjour An,',
    '',
    'Merci pour votre proposition, que le SDIS accepte sans réserve :',
    '',
    '- nous fournirons deux engins ;',
    '- nous enverrons la liste des participants avant le 1er mars.',
    '',
    "> Pour l'exercice du printemps, le comité a décidé :",
    "> - de simuler un incendie dans l'entrepôt logistique de Menen le 14 avril ;",
    '> - de mobiliser deux engins de chaque côté de la frontière ;',
    '> - de tester la radio commune sur le canal transfrontalier.',
    '',
    'Bien cordialement,',
    '',
    'Hugo Martin',
    '',
    '-----Message d’origine-----',
    'De : Peeters An <an.peeters@brandweer.be>',
    'Envoyé : lundi 3 février 2025 09:12',
    'À : Martin Hugo <hugo.martin@sdis59.fr>',
    'Objet : Exercice commun Halluin-Menen',
    '',
    "Pour l'exercice du printemps, le comité a décidé :",
    "- de simuler un incendie dans l'entrepôt logistique de Menen le 14 avril ;",
    '- de mobiliser deux engins de chaque côté de la frontière ;',
    '- de tester la radio commune sur le canal transfrontalier.',
  ].join('\n');
  const doc = read(reply);
  const items = blocksOf(doc.mdx, 'Item');

  test('are marked quoted, as the quoted paragraphs are; the reply\'s own items are not', () => {
    expect(items.map((i) => [i.text.slice(0, 30), i.quoted])).toEqual([
      ['nous fournirons deux engins ;', null],
      ['nous enverrons la liste des pa', null],
      ['de simuler un incendie dans l\'', 'quoted'],
      ['de mobiliser deux engins de ch', 'quoted'],
      ['de tester la radio commune sur', 'quoted'],
      ['de simuler un incendie dans l\'', 'quoted'],
      ['de mobiliser deux engins de ch', 'quoted'],
      ['de tester la radio commune sur', 'quoted'],
    ]);
  });

  test('in the model too: the segmented items say they are quoted', () => {
    const structured = structure(reply, 't.txt');
    const lists = segment(structured, 2025).body.flatMap((node) => (node.type === 'list' ? [node] : []));
    expect(lists.map((list) => list.items.map((item) => item.quoted === true))).toEqual([
      [false, false],
      [true, true, true],
      [true, true, true],
    ]);
  });

  test('the reply\'s excerpt of the message it answers commits to nothing; the message does, once', () => {
    const simulate = doc.data.commitments.filter((c) => c.text.startsWith('de simuler un incendie'));
    expect(simulate).toHaveLength(1);
    expect(simulate[0]!.line).toBe(29);
  });

  test('no word is lost', async () => {
    await everyWordShown(reply, doc);
  });
});

describe('signatures set side by side with tabs', () => {
  const signed = [
    'Arrangement administratif relatif aux patrouilles mixtes',
    '',
    'Article 1er',
    '',
    'Les Parties organisent des patrouilles mixtes dans la zone frontalière.',
    '',
    'Article 2',
    '',
    'Le présent arrangement entre en vigueur le jour de sa signature.',
    '',
    'Fait à Tournai, le 4 juin 2025, en deux exemplaires originaux.',
    '',
    'Pour le Gouvernement\t\tPour le Gouvernement',
    'de la République française\t\tdu Royaume de Belgique',
    '',
    'Le ministre de l’Intérieur\t\tLa ministre de l’Intérieur',
    'Laurent Nuñez\t\t\tAnnelies Verlinden',
  ].join('\n');

  test('are no table: each signatory\'s lines are read in turn, a line going on in lower case joined to its own', async () => {
    const doc = read(signed);
    expect(doc.mdx).not.toContain('<PipeTable');
    const texts = blocksOf(doc.mdx, 'Para').map((p) => p.text);
    const from = texts.indexOf('Pour le Gouvernement de la République française');
    expect(texts.slice(from)).toEqual([
      'Pour le Gouvernement de la République française',
      'Le ministre de l’Intérieur',
      'Laurent Nuñez',
      'Pour le Gouvernement du Royaume de Belgique',
      'La ministre de l’Intérieur',
      'Annelies Verlinden',
    ]);
    await everyWordShown(signed, doc);
  });

  test('names and offices under "Fait à …" with one tab between them', () => {
    const doc = read(
      [
        'Déclaration commune des ministres de l’Intérieur',
        '',
        'Nous renforcerons les échanges d’informations entre nos services.',
        '',
        'Fait à Luxembourg, le 14 mars 2025.',
        '',
        'Le ministre des Affaires intérieures\tLe ministre de l’Intérieur',
        'Léon Gloden\tBruno Retailleau',
      ].join('\n'),
    );
    const texts = blocksOf(doc.mdx, 'Para').map((p) => p.text);
    expect(texts.slice(-4)).toEqual(['Le ministre des Affaires intérieures', 'Léon Gloden', 'Le ministre de l’Intérieur', 'Bruno Retailleau']);
  });

  test('a table exported with tabs stays a table', () => {
    const doc = read(
      [
        'Plan d’action transfrontalier',
        '',
        'N°\tAction\tPilote\tÉchéance',
        '1\tInstaller une cellule commune d’analyse au CCPD\tOFAST\tjuin 2025',
        '2\tRenforcer les patrouilles mixtes sur l’A16\tGendarmerie\tdécembre 2025',
      ].join('\n'),
    );
    expect(doc.mdx).toContain('<PipeTable');
  });
});
