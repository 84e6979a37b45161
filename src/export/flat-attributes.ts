/**
 * Actors and relations as flat attribute values, the shape GraphML and GEXF both need: lists
 * joined, the period split in two, and the evidence kept whole (as JSON) beside readable quotes.
 */
import type { Actor, Relation } from '../model/schema';
import { joinAliases } from './alias-list';
import { readableQuotes } from './readable-quotes';
import { jsonForXml } from './xml-escape';

export type AttributeValues = Readonly<Record<string, string | number | boolean | undefined>>;

export function actorAttributes(actor: Actor): AttributeValues {
  return {
    name: actor.name,
    kind: actor.kind,
    aliases: joinAliases(actor.aliases),
    description: actor.description,
    affiliation: actor.affiliation,
  };
}

export function relationAttributes(relation: Relation): AttributeValues {
  return {
    type: relation.type,
    directed: relation.directed,
    date: relation.date,
    period_start: relation.period?.start,
    period_end: relation.period?.end,
    summary: relation.summary,
    certainty: relation.certainty,
    evidence_count: relation.evidence.length,
    evidence: jsonForXml(relation.evidence),
    quotes: readableQuotes(relation.evidence),
  };
}
