// An e-mailed report opens with its mail header ("From:", "To:", "Date:", "Subject:"): the
// subject is the report's title, the Date line its publication date; none of it is a section,
// a place or a paragraph to read incidents from.

const HEADER_LINE_RE = /^\s*(From|To|Cc|Bcc|Sent|Date|Subject|Reply-To|Importance)\s*:\s*(.*?)\s*$/i;

export interface MailHeader {
  subject: string | null;
  /** The Date line's text, as written. */
  date: string | null;
}

/** The header fields of a block made only of mail-header lines, or null when it is anything else. */
export function readMailHeader(raw: string): MailHeader | null {
  const out: MailHeader = { subject: null, date: null };
  for (const line of raw.split("\n")) {
    const m = HEADER_LINE_RE.exec(line);
    if (!m) return null;
    const field = m[1]!.toLowerCase();
    // "RE:", "FW:" prefixes of a forwarded or answered mail are no part of the title.
    if (field === "subject") out.subject = m[2]!.replace(/^(?:(?:re|fwd?|aw|tr)\s*:\s*)+/i, "") || null;
    else if (field === "date" || field === "sent") out.date = m[2] || null;
  }
  return out;
}
