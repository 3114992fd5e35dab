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
