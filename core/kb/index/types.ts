/**
 * The contract between the connectors (which fetch and extract) and the index (which chunks,
 * stores and searches). Connectors hand over plain text; the index never calls a connector.
 */

/** One article, flexible asset or file, extracted to text, as a connector saw it. */
export interface SourceDocument {
  /** Stable id within the connector (IT Glue `flexible_asset:123`, Hudu `article:9`, Graph driveItem id). */
  externalId: string;
  title: string;
  /** Where an engineer opens it in the source system. */
  url: string | null;
  /** The client it belongs to; null = the MSP's own documentation, shown for every ticket. */
  companyName: string | null;
  folder: string | null;
  /** When the source last changed it. */
  updatedAt: Date | null;
  /** Plain text; headings as markdown `#`/`##` lines so the chunker keeps them with their section. */
  text: string;
}

/** What `upsertDocument` did, so a sync can report "3 changed, 40 unchanged". */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';
