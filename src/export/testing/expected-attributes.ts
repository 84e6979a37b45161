/**
 * What GraphML and GEXF should hold for an actor or relation, written out by hand from the data
 * (not from the serializers' own mapping), as strings after XML's forbidden characters are dropped.
 * The evidence JSON is left out: the tests compare it parsed.
 */
import type { Actor, Relation } from '../../model/schema';
import { joinAliases } from '../alias-list';
import { readableQuotes } from '../readable-quotes';
import { stripXmlForbidden as strip } from '../xml-escape';

/** The fields without their undefined entries. */
function defined(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export function expectedActorValues(actor: Actor): Record<string, string> {
  return defined({
    id: actor.id,
    name: strip(actor.name),
    shortName: actor.shortName === undefined ? undefined : strip(actor.shortName),
    kind: actor.kind,
    aliases: strip(joinAliases(actor.aliases)),
    description: strip(actor.description),
    affiliation: actor.affiliation,
  });
}

export function expectedRelationValues(relation: Relation): Record<string, string> {
  return defined({
    id: relation.id,
    source: relation.source,
    target: relation.target,
    type: relation.type,
    directed: String(relation.directed),
    date: relation.date,
    period_start: relation.period?.start,
    period_end: relation.period?.end,
    summary: strip(relation.summary),
    certainty: relation.certainty,
    strength: relation.strength,
    evidence_count: String(relation.evidence.length),
    quotes: strip(readableQuotes(relation.evidence)),
  });
}
