// The records that hold files, each read the same way: who may see it (and so its files), who may add
// files to it, its title for the upload page, and the page a file belongs to. The policy decides;
// this module only says which rule and which facts about the row apply.
import type { Db, Tx } from "@/lib/db.server";
import { can, type Action, type Actor, type Resource } from "@/lib/policy/policy";
import type { RecordKind } from "./schemas";

export type HeldBy = {
  kind: RecordKind;
  id: string;
  /** The facts the policy needs: the owning city, and the status its rule reads. */
  resource: Resource;
  view: Action;
  attach: Action;
  /** What the upload page names: a proposal's or item's title, a forum's, a report's item and date. */
  title: string;
  /** The page showing the record and its files. */
  href: string;
  isDemo: boolean;
  /** A progress report or scorecard figure the secretariat asked the city to clarify. */
  verification: string | null;
};

/** The column of Attachment that points at each kind of record. */
export const FOREIGN_KEY = {
  proposal: "proposalId",
  progressReport: "progressReportId",
  scorecardEntry: "scorecardEntryId",
  agendaItem: "agendaItemId",
  forum: "forumId",
} as const satisfies Record<RecordKind, string>;

type Client = Db | Tx;
type IndicatorTitle = (indicator: string) => string;

/** The record `kind`/`id` as the policy sees it; null when it does not exist. */
export async function loadHolder(db: Client, kind: RecordKind, id: string, indicatorTitle: IndicatorTitle = (i) => i): Promise<HeldBy | null> {
  switch (kind) {
    case "proposal": {
      const p = await db.proposal.findUnique({ where: { id }, select: { cityId: true, status: true, title: true, isDemo: true } });
      return p && { kind, id, resource: { cityId: p.cityId, status: p.status }, view: "proposal.view", attach: "proposal.attach", title: p.title, href: `/proposals/${id}`, isDemo: p.isDemo, verification: null };
    }
    case "progressReport": {
      const r = await db.progressReport.findUnique({
        where: { id },
        select: { verification: true, commitment: { select: { id: true, cityId: true, agendaItem: { select: { title: true } } } } },
      });
      return r && {
        kind, id, resource: { cityId: r.commitment.cityId, status: r.verification }, view: "commitment.view", attach: "evidence.attach",
        title: r.commitment.agendaItem.title, href: `/commitments/${r.commitment.id}#report-${id}`, isDemo: false, verification: r.verification,
      };
    }
    case "scorecardEntry": {
      const e = await db.scorecardEntry.findUnique({ where: { id }, select: { cityId: true, indicator: true, verification: true, city: { select: { slug: true } } } });
      return e && {
        kind, id, resource: { cityId: e.cityId, status: e.verification }, view: "commitment.view", attach: "evidence.attach",
        title: indicatorTitle(e.indicator), href: `/workspace/scorecard#entry-${id}`, isDemo: false, verification: e.verification,
      };
    }
    case "agendaItem": {
      const a = await db.agendaItem.findUnique({ where: { id }, select: { status: true, title: true } });
      return a && { kind, id, resource: { status: a.status }, view: "agenda.view", attach: "agenda.manage", title: a.title, href: `/agenda/manage/${id}`, isDemo: false, verification: null };
    }
    case "forum": {
      const f = await db.forum.findUnique({ where: { id }, select: { slug: true, title: true, isDemo: true } });
      return f && { kind, id, resource: {}, view: "forum.view", attach: "forum.update", title: f.title, href: `/forums/${f.slug}`, isDemo: f.isDemo, verification: null };
    }
  }
}

export const maySee = (actor: Actor, holder: HeldBy) => can(actor, holder.view, holder.resource);
export const mayAttach = (actor: Actor, holder: HeldBy) => maySee(actor, holder) && can(actor, holder.attach, holder.resource);
