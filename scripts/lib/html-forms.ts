// Reading the portal's no-JavaScript forms from HTML, as a browser without scripts would: used by the
// load runs and by tests that post forms the way an outsider can.

export function decodeEntities(html: string): string {
  return html.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The hidden inputs (React's action fields included) of the first form on the page holding `marker`. */
export function formFields(html: string, marker: string): [string, string][] {
  const form = html.split("<form").slice(1).map((f) => f.split("</form>")[0]).find((f) => f.includes(marker));
  if (!form) throw new Error(`no form with ${marker}`);
  return [...form.matchAll(/<input([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => /type="hidden"/.test(attrs))
    .map((attrs) => [decodeEntities(/name="([^"]*)"/.exec(attrs)?.[1] ?? ""), decodeEntities(/value="([^"]*)"/.exec(attrs)?.[1] ?? "")] as [string, string])
    .filter(([name]) => name);
}
