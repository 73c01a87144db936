/**
 * The risk map of a whole cell: every risk of a resolved design, each computed by the model its
 * own view uses (classifier, windows, flaw and stiffness criteria, creep refill, misfit, stack
 * pressure), never by a second copy of their rules.
 */
import type { KbIndex } from '../../kb/structure';
import { anodeSideElectrolyte, cathodeSideElectrolyte, type CellDesign } from './design';
import { resolveDesign, type ResolvedDesign } from './resolve';
import { anodeInterfaceRisk } from './risks/anode-interface';
import { cathodeOxidationRisk } from './risks/cathode';
import { compositeRisk } from './risks/composite';
import { filamentRisk } from './risks/filament';
import { layerInterfaceRisk } from './risks/layers';
import { stackRisk } from './risks/stack';
import { voidRisk } from './risks/voids';
import { type CellAssessment, type CellRisk, type RiskGrade, worseGrade } from './types';

/**
 * Every risk of a design whose ids resolve, anode to cathode, then the whole cell; a bilayer adds the
 * interface between its two layers.
 */
export function assessResolved(r: ResolvedDesign, index: KbIndex): CellAssessment {
  const c = r.design.conditions;
  const anodeSide = r.electrolytes[0];
  const cathodeSide = r.electrolytes[r.electrolytes.length - 1] ?? anodeSide;
  if (!anodeSide || !cathodeSide) return { risks: [], overall: 'low' };
  const risks: CellRisk[] = [
    voidRisk(r.anode, c.currentDensityMAcm2, c.stackPressureMPa, index),
    anodeInterfaceRisk(anodeSide, r.anode, index),
    filamentRisk(anodeSide, r.anode, c.currentDensityMAcm2, index),
    ...(cathodeSide !== anodeSide ? [layerInterfaceRisk(anodeSide, cathodeSide, index)] : []),
    cathodeOxidationRisk(cathodeSide, r.coating, r.cathode, r.cutoffV, r.cutoffBasis, index),
    compositeRisk(r.cathode, cathodeSide, index),
    stackRisk(r.anode, r.cathode, c.stackPressureMPa, c.arealCapacityMAhCm2, index),
  ];
  const overall = risks.reduce<RiskGrade>((g, x) => worseGrade(g, x.grade), 'low');
  return { risks, overall };
}

/** The outcome of assessing a design from a link: the risks, or why there are none. */
export type AssessOutcome =
  | {
      ok: true;
      resolved: ResolvedDesign;
      assessment: CellAssessment;
      /** Parts of the design that could not be used (unknown ids), each named. */
      problems: string[];
      /** What the models do not cover for this design (e.g. a temperature they do not use). */
      notes: string[];
    }
  | { ok: false; error: string };

/**
 * Resolves a design against the KB (replacing and naming unknown ids) and assesses it. The anode
 * side and cathode side are the first and last electrolyte layers.
 */
export function assessCell(design: CellDesign, index: KbIndex): AssessOutcome {
  const outcome = resolveDesign(design, index);
  if (!outcome.ok) return outcome;
  const notes: string[] = [];
  if (design.conditions.temperatureC !== 25) {
    notes.push(
      `The knowledge base's numbers are room-temperature values; the models do not adjust them to ${design.conditions.temperatureC} °C.`,
    );
  }
  return {
    ok: true,
    resolved: outcome.resolved,
    assessment: assessResolved(outcome.resolved, index),
    problems: outcome.problems,
    notes,
  };
}

export { anodeSideElectrolyte, cathodeSideElectrolyte };
