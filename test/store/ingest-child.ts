// Child process for the crash test: extracts every generated document first, then ingests
// them one transaction each, printing "stored N" after each commit, so that the parent's
// SIGKILL lands inside a transaction. Usage: ingest-child.ts DB_FILE DOCUMENTS
import { extractDocument } from "../../src/extract/extract.ts";
import { openSqliteStore } from "../../src/store/sqlite/open.ts";
import { crashDocument } from "./crash-documents.ts";

const [file, count] = process.argv.slice(2);
const { store } = await openSqliteStore(file!);
const docs = Array.from({ length: Number(count) }, (_, i) => crashDocument(i));
const extracted = docs.map((d) => extractDocument(d.text, { document: d.name }));
process.stdout.write("ready\n");
for (let i = 0; i < docs.length; i++) {
  const r = await store.ingest(docs[i]!, extracted[i]!);
  process.stdout.write(`stored ${i} ${r.status}\n`);
}
await store.close();
