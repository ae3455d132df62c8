// Ingest: run the extractor over a document's text and hand text and extraction to a Store,
// which keeps both in one transaction.

import type { DocumentInput, IngestResult, Store } from "../core/store.ts";
import { extractDocument } from "../extract/extract.ts";

export async function ingestDocument(store: Store, input: DocumentInput): Promise<IngestResult> {
  const extraction = extractDocument(input.text, { document: input.name, published: input.published ?? null });
  return store.ingest(input, extraction);
}
